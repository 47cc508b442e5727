"""NLP stage: load the German spaCy pipeline and add the project's components.

Either the bundled model (``pipeline/models/de_press_sm``, trained by
``training/``) or spaCy's ``de_core_news_sm`` when it is installed. Our rules
use tokens, sentences, entities and, where the model has them, part-of-speech
tags and lemmas, which both provide. spaCy is imported only when a model is
loaded, so a re-run with nothing new does not pay for it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import resources
from .config import Config

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODELS_DIR = Path(__file__).parent / "models"

INSTALL_HINT = (
    "Install a German spaCy model: either reinstall this package (the bundled model "
    "ships in pipeline/models/de_press_sm; rebuild it with `make model DATA=../shared/data`) "
    "or, with internet access, run `python -m spacy download de_core_news_sm`."
)


class ModelNotFound(RuntimeError):
    """No usable German model; the message says how to install one."""


def resolve_model(config: Config) -> str | Path:
    """The package name or folder of the spaCy pipeline the config selects."""
    choice = config.model
    bundled = MODELS_DIR / config.bundled_model
    if choice == "auto":
        if _installed(config.preferred_model):
            return config.preferred_model
        choice = "bundled"
    if choice == "bundled":
        if (bundled / "config.cfg").is_file():
            return bundled
        raise ModelNotFound(f"The bundled model is missing ({bundled}). {INSTALL_HINT}")
    if Path(choice).is_dir():
        return Path(choice)
    if _installed(choice):
        return choice
    raise ModelNotFound(f"spaCy model {choice!r} is not installed. {INSTALL_HINT}")


def _installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def load(config: Config) -> Language:
    """Load the selected model and add our components to it (the analyst's list of known
    organisations, ``config.known``, becomes patterns of the ``known_organisations`` ruler)."""
    source = resolve_model(config)
    try:
        import spacy

        with _quick_lookup_tables():
            nlp = spacy.load(source)
    except OSError as exc:
        raise ModelNotFound(f"Could not load spaCy model {source}: {exc}. {INSTALL_HINT}") from exc
    from . import components  # noqa: F401  (registers our components)

    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    else:
        nlp.add_pipe("paragraph_boundaries", last=True)
    nlp.add_pipe("domain_lemmas", last=True)
    ruler = nlp.add_pipe("span_ruler", name="known_organisations",
                         config={"spans_key": resources.KNOWN_ORGS, "phrase_matcher_attr": "ORTH", "overwrite": False})
    with nlp.select_pipes(disable=nlp.pipe_names):  # phrases matched by ORTH: the patterns need only the tokenizer
        ruler.add_patterns(resources.known_organisation_patterns(config.known))
    from .extract.events import matcher  # noqa: F401  (registers event_triggers)

    nlp.add_pipe("event_triggers", last=True)
    return nlp


@contextlib.contextmanager
def _quick_lookup_tables() -> Iterator[None]:
    """While a model loads, its lookup tables (the lemmatizer's 355,000 forms) are built without a
    Python call per entry: the same ``spacy.lookups.Table`` objects (items in order, Bloom filter of the
    same size) that ``Lookups.from_bytes`` builds, in about 40 % of the time."""
    from spacy.lookups import Lookups

    original = Lookups.from_bytes
    Lookups.from_bytes = _lookups_from_bytes  # type: ignore[method-assign]
    try:
        yield
    finally:
        Lookups.from_bytes = original  # type: ignore[method-assign]


def _lookups_from_bytes(self: Any, bytes_data: bytes, **kwargs: Any) -> Any:
    """``spacy.lookups.Lookups.from_bytes`` with ``lookup_table`` for ``Table(name, data)``."""
    import srsly

    self._tables = {name: lookup_table(name, data) for name, data in srsly.msgpack_loads(bytes_data).items()}
    return self


def lookup_table(name: str, data: dict) -> Any:
    """``spacy.lookups.Table(name, data)``, filled by one loop that calls no Python method per entry."""
    from collections import OrderedDict

    from preshed.bloom import BloomFilter
    from spacy.lookups import Table
    from spacy.strings import get_string_id

    table = Table.__new__(Table)
    OrderedDict.__init__(table)
    table.name, table.default_size = name, 1e6
    table.bloom = BloomFilter.from_error_rate(max(len(data), 1))
    set_item, add = OrderedDict.__setitem__, table.bloom.add
    for key, value in data.items():
        key = get_string_id(key)
        set_item(table, key, value)
        add(key)
    return table


# Longer texts go through the model in pieces cut at line breaks: a model's memory and time
# grow with the length of one Doc (a 0.9 MB release needed 2.6 GB in one piece).
PIECE_CHARS = 10_000


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """``nlp.pipe`` over texts; a long text is parsed in pieces joined back into one Doc
    whose text is exactly the input (a line break always ends a sentence anyway)."""
    pieces = ((piece, n) for n, text in enumerate(texts) for piece in _pieces(text))
    parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size)
    for _, group in itertools.groupby(parsed, key=lambda pair: pair[1]):
        docs = [doc for doc, _ in group]
        yield docs[0] if len(docs) == 1 else docs[0].__class__.from_docs(docs, ensure_whitespace=False)


def _pieces(text: str) -> Iterator[str]:
    """Cut ``text`` after line breaks into pieces of at most ``PIECE_CHARS`` (or at a
    space, if a line is longer)."""
    start = 0
    while len(text) - start > PIECE_CHARS:
        limit = start + PIECE_CHARS
        cut = text.rfind("\n", start, limit) + 1 or text.rfind(" ", start, limit) + 1 or limit
        yield text[start:cut]
        start = cut
    yield text[start:]


def model_label(nlp: Language) -> str:
    """``de_press_sm 0.1.0``: which model produced an output."""
    return _label(nlp.meta)


def model_identity(config: Config) -> str:
    """The label of the model the config selects, read from its meta.json
    without loading it (raises ModelNotFound like ``load``)."""
    source = resolve_model(config)
    try:
        meta = json.loads(_meta_file(_model_folder(source)).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotFound(f"Model {source} has no readable meta.json: {exc}. {INSTALL_HINT}") from exc
    return _label(meta)


def model_fingerprint(config: Config) -> str:
    """Hash of the selected model's files (weights, vocab, config): a retrained model
    with the same name and version still invalidates cached results."""
    digest = hashlib.sha256()
    folder = _model_folder(resolve_model(config))
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_stamp(config: Config) -> str:
    """Hash of the selected model's folder and its files' names, sizes and modification times:
    cheap, and the same as long as ``model_fingerprint`` would be (the trust a re-run gives an
    output whose size and time are unchanged, ``cache.RunState``)."""
    folder = _model_folder(resolve_model(config))
    digest = hashlib.sha256(str(folder.resolve()).encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        info = path.stat()
        digest.update(f"{path.relative_to(folder).as_posix()}\x1f{info.st_size}\x1f{info.st_mtime_ns}\x1e".encode())
    return digest.hexdigest()


def _model_folder(source: str | Path) -> Path:
    if isinstance(source, Path):
        return source
    spec = importlib.util.find_spec(source)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(f"spaCy model {source!r} is not installed. {INSTALL_HINT}")
    return Path(next(iter(spec.submodule_search_locations)))


def _meta_file(folder: Path) -> Path:
    """meta.json of a pipeline folder or of an installed package (which nests the pipeline)."""
    if (folder / "meta.json").is_file():
        return folder / "meta.json"
    nested = sorted(folder.glob("*/meta.json"))
    return nested[-1] if nested else folder / "meta.json"


def _label(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')} {meta.get('version', '')}".strip()
