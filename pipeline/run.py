"""The full run: ingest → clean → nlp → extract (per document, cached) →
reconcile → export (whole corpus)."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from spacy.language import Language
from tqdm import tqdm

from . import clean, export, ingest, nlp
from .cache import DocCache
from .config import Config
from .extract import extract
from .reconcile import reconcile
from .records import DocResult, SourceDocument
from .schema import TABLES

log = logging.getLogger(__name__)
MAX_CHARS = 1_000_000  # spaCy's default max_length; longer cleaned texts are reported as errors


@dataclass
class RunSummary:
    n_docs: int
    n_ok: int
    n_failed: int
    n_events: int
    seconds: float
    model: str
    out_dir: Path

    def line(self) -> str:
        return (f"{self.n_docs} documents: {self.n_ok} ok, {self.n_failed} failed or skipped · "
                f"{self.n_events} events · {self.seconds:.1f} s · model {self.model} → {self.out_dir}")


def run(inputs: Iterable[Path], out_dir: Path, config: Config, progress: bool | None = None) -> RunSummary:
    """Process every input file and write all outputs to ``out_dir``."""
    started = time.perf_counter()
    inputs = [Path(p) for p in inputs]
    for path in inputs:
        if not path.exists():
            raise ingest.InputError(f"input not found: {path}")
    language = nlp.load(config)
    model = nlp.model_label(language)
    cache_dir = Path(config.cache_dir)
    cache = DocCache((cache_dir if cache_dir.is_absolute() else out_dir / cache_dir) if config.cache else None,
                     model, json.dumps(config.as_dict(), sort_keys=True))
    sources = list(ingest.discover(inputs))
    show = sys.stderr.isatty() if progress is None else progress
    results: list[DocResult] = []
    with tqdm(total=len(sources), unit="doc", disable=not show, desc="extracting") as bar:
        for result in process(sources, language, model, cache, config.batch_size):
            results.append(result)
            bar.update(1)
    tables = reconcile(results)
    for result in results:
        if result.clean is not None and result.document.status == "ok":
            export.write_text(out_dir, result.document.doc_id, result.clean.text)
    for table in TABLES:
        export.write_table(out_dir, table, tables[table.name])
    export.write_datapackage(out_dir)
    n_ok = sum(r.document.status == "ok" for r in results)
    return RunSummary(len(results), n_ok, len(results) - n_ok, len(tables["events"]),
                      time.perf_counter() - started, model, out_dir)


def process(sources: list[SourceDocument], language: Language, model: str, cache: DocCache,
            batch_size: int) -> Iterator[DocResult]:
    """Per-document results in input order; cached ones are reused, the rest
    go through spaCy in batches."""
    it = iter(sources)
    while batch := list(islice(it, batch_size)):
        todo: list[tuple[SourceDocument, object]] = []
        done: dict[str, DocResult] = {}
        for source in batch:
            cached = cache.get(source)
            if cached is not None:
                done[source.doc_id] = cached
            elif source.status != "ok":
                done[source.doc_id] = DocResult(document=source, model=model)
            else:
                todo.append((source, clean.clean(source)))
        for result in _analyse(todo, language, model):
            result.document = dataclasses.replace(result.document, text="")  # the clean text is kept
            cache.put(result.document, result)
            done[result.document.doc_id] = result
        for source in batch:
            yield done[source.doc_id]


def _analyse(todo: list, language: Language, model: str) -> Iterator[DocResult]:
    """spaCy + extractors; a failing document is reported, never fatal."""
    ready = []
    for source, cleaned in todo:
        if not cleaned.text.strip():
            source.status, source.error = "empty", "no release text after removing page furniture"
            yield _failed(source, cleaned, model)
        elif len(cleaned.text) > MAX_CHARS:
            source.status, source.error = "error", f"text too long ({len(cleaned.text)} > {MAX_CHARS} chars)"
            yield _failed(source, cleaned, model)
        else:
            ready.append((source, cleaned))
    try:
        docs = list(language.pipe((c.text for _, c in ready)))
    except Exception:  # isolate the culprit below
        docs = [None] * len(ready)
    for (source, cleaned), doc in zip(ready, docs, strict=True):
        try:
            doc = doc if doc is not None else language(cleaned.text)
            yield extract(doc, source, cleaned, model)
        except Exception as exc:  # one bad document must not stop the run
            log.exception("processing %s failed", source.doc_id)
            source.status, source.error = "error", f"processing failed: {type(exc).__name__}: {exc}"
            yield _failed(source, cleaned, model)


def _failed(source: SourceDocument, cleaned: object, model: str) -> DocResult:
    return DocResult(document=source, clean=cleaned, model=model)

