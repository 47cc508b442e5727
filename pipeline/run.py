"""The full run: ingest → clean → nlp → extract (per document, cached, in
parallel if asked) → reconcile → export (whole corpus)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import multiprocessing
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache, partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from . import __version__, clean, export, ingest, nlp, publish, resources
from . import overrides as corrections
from .cache import DocCache, OutputMemo, RunState
from .config import Config
from .records import CleanDocument, DocResult, SourceDocument
from .schema import TABLES, Table
from .spool import Release, Releases, Spool

if TYPE_CHECKING:  # spaCy, the extractors and reconcile load only when a document needs them
    from spacy.language import Language

    from .reconcile import Tables
    from .run_names import RunNames

log = logging.getLogger(__name__)
TABLE = {table.name: table for table in TABLES}
MAX_CHARS = 1_000_000  # spaCy's default max_length; longer cleaned texts are reported as errors
MODEL_MEMO = "model-fingerprint.memo"  # JSON, in the cache folder (see _weights); not a cached result


@dataclass
class RunSummary:
    n_docs: int
    n_ok: int
    n_failed: int
    n_cached: int
    n_events: int
    seconds: float
    model: str
    out_dir: Path
    warnings: list[str]

    def line(self) -> str:
        return (f"{self.n_docs} documents: {self.n_ok} ok ({self.n_cached} from the cache), "
                f"{self.n_failed} failed or skipped · {self.n_events} events · {self.seconds:.1f} s · "
                f"model {self.model} → {self.out_dir}")


def run(inputs: Iterable[Path], out_dir: Path, config: Config, progress: bool | None = None) -> RunSummary:
    """Process every input file and publish all outputs to ``out_dir`` at once."""
    started = time.perf_counter()
    inputs = [Path(p) for p in inputs]
    publish.check_paths(inputs, out_dir)
    warnings: list[str] = []
    files = ingest.list_inputs(inputs, warnings)
    override_file = corrections.locate(inputs, config.overrides)
    fixes = corrections.read(override_file)
    not_releases = corrections.own_files(inputs, override_file)  # the analyst's corrections are no release
    files = [f for f in files if not (f.path.name in not_releases and f.path.resolve() in not_releases[f.path.name])]
    if not files:
        warnings.append(f"no input files found in {', '.join(map(str, inputs))}")
        log.warning(warnings[-1])
    model = nlp.model_identity(config)  # the model itself loads only if a document needs it
    publish.check_writable(out_dir, needed_bytes=_needed_bytes(files))
    with publish.OutputFolder(out_dir) as folder:
        cache_folder = _cache_folder(config, out_dir)
        doc_cache = DocCache(cache_folder, model, _settings_key(config, cache_folder))
        state = RunState(doc_cache.folder, out_dir, doc_cache.version)
        last_hashes, hashes = state.input_hashes(), {}  # the inputs' hashes as the last run and this one saw them
        input_key = state.input_key((ingest.fingerprint(f, last_hashes, hashes) for f in files),
                                    overrides=fixes.sha256)
        previous = state.unchanged(input_key)
        if previous is not None:  # nothing new: the outputs on disk are what this run would write
            for message in corrections.warnings(previous.get("overrides", {})):
                log.warning(message)
            seconds = {"total": round(time.perf_counter() - started, 3)}
            return _finish(folder, {**previous, "cached": previous["documents"].get("ok", 0)}, started, seconds,
                           complete=False)
        memo = OutputMemo(doc_cache.folder, out_dir, doc_cache.version)  # what the last run wrote, for reuse
        show = sys.stderr.isatty() if progress is None else progress
        reused: set[str] = set()
        inputs: dict[str, str] = {}  # doc_id → sha256, for run.json
        statuses: Counter[str] = Counter()
        written: list[str] = []  # releases with a text (and a report page)
        undated: list[str] = []
        with Spool(folder.staging) as spool:
            releases = Releases()
            texts = folder.staging / "texts"
            try:
                with tqdm(total=len(files), unit="doc", disable=not show, desc="extracting") as bar:
                    inputs_at: dict[str, int] = {}  # doc_id → where its input record lies in the spool
                    sources = (ingest.read_input(f) for f in _spooled(files, spool, inputs_at))
                    for result in process(sources, model, doc_cache, config, reused):
                        release = _keep(result, texts, spool, out_dir)
                        releases.append(release)
                        inputs[release.doc_id] = result.document.sha256
                        statuses[result.document.status] += 1
                        if result.clean is not None and result.document.status == "ok":
                            written.append(release.doc_id)
                            if not result.clean.published:
                                undated.append(release.doc_id)
                        bar.update(1)
                if config.reread_with_run_names:
                    _extract_again(releases, spool, inputs_at, model, doc_cache, config, reused,
                                   partial(_keep, texts=texts, spool=spool, out_dir=out_dir), show)
            except OSError as exc:
                raise _output_error(exc, out_dir) from exc
            extracted = time.perf_counter()
            written.sort()
            undated.sort()
            if undated:
                warnings.append(f"{len(undated)} release(s) without a publication date, so their relative dates "
                                f"stay unresolved (add it to manifest.csv): {', '.join(undated[:5])}"
                                + (" …" if len(undated) > 5 else ""))
                log.warning(warnings[-1])
            from .reconcile import reconcile

            tables = reconcile(releases, fixes)
            override_record = corrections.record(fixes, tables.overrides)
            for message in corrections.warnings(override_record):
                warnings.append(message)
                log.warning(message)
            reconciled = time.perf_counter()
            from . import export_formats  # pandas and friends: only when there is something to write

            try:
                counts, report_files = _write_tables(folder.staging, out_dir, tables, releases, written, memo)
                export.write_datapackage(folder.staging)
                export_formats.write_all(folder.staging, warnings)  # press.sqlite, press.xlsx from the CSVs
            except OSError as exc:
                raise _output_error(exc, out_dir) from exc
            except BaseException:
                memo.close()
                raise
            finally:
                tables.close()
        finished = time.perf_counter()
        record = {
            "pipeline_version": __version__,
            "model": model,
            "config": config.as_dict(),
            "inputs": inputs,
            "documents": dict(sorted(statuses.items())),
            "rows": counts,
            "overrides": override_record,
            "warnings": warnings,
        }
        seconds = {"extract": round(extracted - started, 3), "reconcile": round(reconciled - extracted, 3),
                   "export": round(finished - reconciled, 3), "total": round(finished - started, 3)}
        try:
            summary = _finish(folder, {**record, "cached": len(reused)}, started, seconds, complete=True)
        except BaseException:
            memo.close()
            raise
        memo.save()
        state.save(input_key, [t.filename for t in TABLES] + ["datapackage.json", *export_formats.FILENAMES]
                   + [f"texts/{doc_id}.txt" for doc_id in written] + report_files, record, inputs=hashes)
        return summary


def _spooled(files: list[Any], spool: Spool, at: dict[str, int]) -> Iterator[ingest.InputFile]:
    """The input files, each dropped from the list once yielded and its record written to the spool
    (``at``: doc_id → where), so the records do not stay in memory for the whole run and the second pass
    reads back only those it needs instead of listing the inputs again."""
    for i, item in enumerate(files):
        files[i] = None
        at[item.doc_id] = spool.write(item.as_tuple())
        yield item


def _extract_again(releases: Releases, spool: Spool, inputs_at: dict[str, int], model: str, doc_cache: DocCache,
                   config: Config, reused: set[str], keep: Callable[[DocResult], Release], show: bool) -> None:
    """Extract once more, with the names known, each release that uses a name of the run its own
    rules missed (an acronym another release defines, a town another one names with its type word)
    where an event or an office may take it, so its events and roles see that organisation; each such
    release's record in ``releases`` is replaced."""
    from .run_names import RunNames

    run_names = RunNames.collect(releases)
    known: dict[str, RunNames] = {}
    if run_names:
        for release in releases:
            if release.clean is not None and release.document.status == "ok":
                candidates = run_names.within(release.clean.text)
                names = candidates.for_events(release) if candidates else None
                if names:
                    known[release.doc_id] = names
    if not known:
        return
    files = [ingest.InputFile.from_tuple(spool.read(inputs_at[doc_id])) for doc_id in known]
    at = {release.doc_id: n for n, release in enumerate(releases)}
    again: set[str] = set()
    with tqdm(total=len(files), unit="doc", disable=not show, desc="with the run's names") as bar:
        for result in process((ingest.read_input(f) for f in files), model, doc_cache, config, again, known):
            doc_id = result.document.doc_id
            if doc_id in at:
                releases[at[doc_id]] = keep(result)
                if doc_id not in again:
                    reused.discard(doc_id)
            bar.update(1)


def _keep(result: DocResult, texts: Path, spool: Spool, out_dir: Path) -> Release:
    """Write a release's text as it arrives and keep its compact record."""
    if result.clean is not None and result.document.status == "ok":
        export.write_text(texts.parent, result.document.doc_id, result.clean.text, published=out_dir)
        return Release(result, spool, texts)
    return Release(result, spool, None)


def _write_tables(staging: Path, out_dir: Path, tables: Tables, releases: Releases,
                  pages: list[str], memo: OutputMemo | None = None) -> tuple[dict[str, int], list[str]]:
    """Every CSV and the report. The per-release tables and the release pages are written in one
    pass over the releases in doc_id order, each release's rows built, written and dropped in turn;
    what the last run wrote with the same rows is reused (``memo``).
    RETURNS: rows per table, the report's files."""
    from . import report
    from .reconcile import PER_RELEASE

    texts = _TextFiles(staging / "texts", pages)
    counts = {}
    for table in TABLES:
        if table.name not in PER_RELEASE:
            counts[table.name] = _write_groups(staging, table, tables.groups(table.name), memo)
    writer = report.Writer(staging, tables, texts, published=out_dir, memo=memo)
    streams = {name: export.TableWriter(staging, TABLE[name], memo) for name in PER_RELEASE}
    late = []  # tables whose rows did not arrive in key order (doc_ids of unusual shape): written at once
    try:
        for release in sorted(releases, key=lambda r: export.sort_key(r.doc_id)):
            rows = tables.release_rows(release)
            for name, stream in list(streams.items()):
                try:
                    stream.add(rows[name])
                except export.OutOfOrder:
                    stream.discard()
                    del streams[name]
                    late.append(name)
            if release.doc_id in texts:
                writer.page(release.doc_id, release.sentences, rows)
            release.unload(save=False)
        for name, stream in streams.items():
            stream.close()
            counts[name] = stream.n_rows
        streams = {}
    finally:
        for stream in streams.values():
            stream.discard()
    for name in late:
        rows = tables[name]
        export.write_table(staging, TABLE[name], rows, published=out_dir)
        counts[name] = len(rows)
    return {table.name: counts[table.name] for table in TABLES}, writer.close()


def _write_groups(staging: Path, table: Table, groups: Iterable[list[dict]], memo: OutputMemo | None = None) -> int:
    """Write a table whose rows come in key order, a group at a time. RETURNS: its rows."""
    stream = export.TableWriter(staging, table, memo)
    try:
        for rows in groups:
            stream.add(rows)
    except BaseException:
        stream.discard()
        raise
    stream.close()
    return stream.n_rows


class _TextFiles(Mapping[str, str]):
    """doc_id → cleaned text, read from the text files written so far."""

    def __init__(self, folder: Path, doc_ids: list[str]) -> None:
        self.folder, self.doc_ids = folder, frozenset(doc_ids)

    def __getitem__(self, doc_id: str) -> str:
        if doc_id not in self.doc_ids:
            raise KeyError(doc_id)
        return (self.folder / f"{doc_id}.txt").read_bytes().decode("utf-8")

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.doc_ids

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.doc_ids))

    def __len__(self) -> int:
        return len(self.doc_ids)


def _output_error(exc: OSError, out_dir: Path) -> publish.OutputError:
    return publish.OutputError(f"could not write the outputs ({exc.strerror or exc}); "
                               f"the previous outputs in {out_dir} are unchanged")


def _needed_bytes(files: list[ingest.InputFile]) -> int:
    """A generous estimate of the space the outputs take: texts plus tables."""
    size = 0
    for f in files:
        with contextlib.suppress(OSError):
            size += f.path.stat().st_size if f.status == "ok" else 0
    return 3 * size + 10_000_000


def _finish(folder: publish.OutputFolder, record: dict, started: float, seconds: dict,
            complete: bool) -> RunSummary:
    """Write run.json (the one output that holds timings), publish, and sum the run up."""
    cached = record.pop("cached", 0)
    record = {**record, "seconds": seconds}
    export.write_atomic(folder.staging / "run.json",
                        (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode())
    try:
        folder.publish(complete=complete)
    except OSError as exc:
        raise publish.OutputError(f"could not publish the outputs in {folder.out_dir}: {exc.strerror or exc}; "
                                  "the next run finishes the job") from exc
    documents = record["documents"]
    n_docs = sum(documents.values())
    return RunSummary(n_docs, documents.get("ok", 0), n_docs - documents.get("ok", 0), cached,
                      record["rows"]["events"], time.perf_counter() - started, record["model"], folder.out_dir,
                      record.get("warnings", []))


def _cache_folder(config: Config, out_dir: Path) -> Path | None:
    if not config.cache:
        return None
    folder = Path(config.cache_dir)
    return folder if folder.is_absolute() else out_dir / folder


def _settings_key(config: Config, cache_folder: Path | None = None) -> str:
    """Settings that change per-document results (not workers, cache or engine), the model's
    weights and the listed organisations; and whether releases are read again with the run's names."""
    return json.dumps({"model": config.model, "max_chars": MAX_CHARS, "weights": _weights(config, cache_folder),
                       "known": resources.known_organisation_patterns(config.known),
                       "reread": config.reread_with_run_names}, sort_keys=True)


def _weights(config: Config, cache_folder: Path | None) -> str:
    """``nlp.model_fingerprint``, remembered in the cache folder under the model files' names,
    sizes and times: a re-run does not read the whole model to find it unchanged."""
    if cache_folder is None:
        return nlp.model_fingerprint(config)
    memo, stamp = cache_folder / MODEL_MEMO, nlp.model_stamp(config)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        saved = json.loads(memo.read_text("utf-8"))
        if saved["stamp"] == stamp and isinstance(saved["weights"], str):
            return saved["weights"]
    weights = nlp.model_fingerprint(config)
    with contextlib.suppress(OSError):  # an unwritable cache only costs the next run the hashing
        export.write_atomic(memo, json.dumps({"stamp": stamp, "weights": weights}).encode("utf-8"))
    return weights


def process(sources: Iterable[SourceDocument], model: str, doc_cache: DocCache, config: Config,
            reused: set[str] | None = None, known: Mapping[str, RunNames] | None = None) -> Iterator[DocResult]:
    """Per-document results in input order: cached ones reused (their ids added to ``reused``),
    the rest analysed in chunks — in this process, in worker processes or on Dask. ``known``:
    doc_id → the run's names to extract that release with."""
    reused = set() if reused is None else reused
    known = known or {}
    chunks = _chunks(sources, doc_cache, model, config.batch_size, reused, known)
    if config.engine == "dask":
        analysed = _dask_map(chunks, config)
    elif config.workers > 1:
        with ProcessPoolExecutor(max_workers=config.workers) as pool:
            yield from _store(_windowed(partial(_submit, pool), chunks, config), doc_cache, reused, known)
        return
    else:
        analysed = (analyse_chunk(chunk, config, names) for chunk, names in chunks)
    yield from _store(analysed, doc_cache, reused, known)


def _variant(known: Mapping[str, RunNames], doc_id: str) -> str:
    return known[doc_id].fingerprint() if doc_id in known else ""


def _store(analysed: Iterable[list[DocResult]], doc_cache: DocCache, reused: set[str],
           known: Mapping[str, RunNames]) -> Iterator[DocResult]:
    for results in analysed:
        for result in results:
            doc_id = result.document.doc_id
            if result.clean is not None and doc_id not in reused:
                doc_cache.put(result.document, result, _variant(known, doc_id))
            yield result


Chunk = tuple[list["SourceDocument | DocResult"], dict[str, "RunNames"]]


def _chunks(sources: Iterable[SourceDocument], doc_cache: DocCache, model: str, chunk_size: int,
            reused: set[str], known: Mapping[str, RunNames]) -> Iterator[Chunk]:
    """Chunks of work: a DocResult where nothing is left to do (cached or
    unreadable), else the SourceDocument to analyse; with the run's names for its releases."""
    it = iter(sources)
    while chunk := list(islice(it, chunk_size)):
        work: list[SourceDocument | DocResult] = []
        for source in chunk:
            cached = doc_cache.get(source, _variant(known, source.doc_id))
            if cached is not None:
                reused.add(source.doc_id)
                work.append(cached)
            elif source.status != "ok":
                work.append(DocResult(document=source, model=model))
            else:
                work.append(source)
        yield work, {item.doc_id: known[item.doc_id] for item in work
                     if isinstance(item, SourceDocument) and item.doc_id in known}


def analyse_chunk(chunk: list[SourceDocument | DocResult], config: Config,
                  known: Mapping[str, RunNames] | None = None) -> list[DocResult]:
    """Clean, parse and extract the documents of one chunk (finished results pass through);
    ``known``: doc_id → the run's names to extract that release with."""
    todo = [(item, clean.clean(item)) for item in chunk if isinstance(item, SourceDocument)]
    if not todo:
        return list(chunk)  # type: ignore[arg-type]
    language = _language(config)
    # the words and strings the chunk adds to the model's vocabulary are freed after it (the results hold
    # none of its Docs): memory stays flat however many new names and numbers a corpus brings
    with language.memory_zone():
        analysed = {r.document.doc_id: r for r in _analyse(todo, language, nlp.model_label(language),
                                                           config.batch_size, known or {})}
    return [item if isinstance(item, DocResult) else analysed[item.doc_id] for item in chunk]


@cache
def _language(config: Config) -> Language:
    """One model per process, loaded on first use."""
    return nlp.load(config)


def _submit(pool: ProcessPoolExecutor, fn: Callable[..., list[DocResult]], chunk: list[SourceDocument | DocResult],
            config: Config, known: Mapping[str, RunNames]) -> Future[list[DocResult]]:
    """A chunk with nothing to analyse stays in this process (its results are not pickled to a worker
    and back); the model is loaded here before the first chunk that needs it goes out, so the worker
    processes, forked on that first submit, inherit it instead of loading one each."""
    if not any(isinstance(item, SourceDocument) for item in chunk):
        done: Future[list[DocResult]] = Future()
        done.set_result(fn(chunk, config, known))
        return done
    if multiprocessing.get_start_method() == "fork":
        _language(config)
    return pool.submit(fn, chunk, config, known)


def _windowed(submit: Callable[..., Any], chunks: Iterator[Chunk], config: Config) -> Iterator[list[DocResult]]:
    """Submit chunks to an executor keeping a bounded number in flight, and
    yield their results in order (memory stays flat in corpus size)."""
    window: deque = deque()
    for chunk, known in chunks:
        window.append(submit(analyse_chunk, chunk, config, known))
        if len(window) >= 4 * config.workers:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def _dask_map(chunks: Iterator[Chunk], config: Config) -> Iterator[list[DocResult]]:
    """Map chunks over a Dask cluster: the one at ``config.scheduler``, or a
    local cluster of worker processes."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if config.scheduler:
        client = Client(config.scheduler)
    else:
        cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        yield from _windowed(lambda fn, *args: client.submit(fn, *args, pure=False), chunks, config)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _analyse(todo: list[tuple[SourceDocument, CleanDocument]], language: Language,
             model: str, batch_size: int, known: Mapping[str, RunNames]) -> Iterator[DocResult]:
    """spaCy + extractors; a failing document is reported, never fatal."""
    from .extract import extract

    ready = []
    for source, cleaned in todo:
        source = dataclasses.replace(source, text="")  # the clean text is what we keep
        if not cleaned.text.strip():
            source.status, source.error = "empty", "no release text after removing page furniture"
            yield DocResult(document=source, clean=cleaned, model=model)
        elif len(cleaned.text) > MAX_CHARS:
            source.status, source.error = "error", f"text too long ({len(cleaned.text)} > {MAX_CHARS} chars)"
            yield DocResult(document=source, clean=cleaned, model=model)
        else:
            ready.append((source, cleaned))
    try:
        docs = list(nlp.parse(language, [c.text for _, c in ready], batch_size))
    except Exception:  # isolate the culprit below, one document at a time
        docs = [None] * len(ready)
    for (source, cleaned), doc in zip(ready, docs, strict=True):
        try:
            yield extract(doc if doc is not None else language(cleaned.text), source, cleaned, model,
                          known.get(source.doc_id))
        except Exception as exc:  # one bad document must not stop the run
            log.exception("processing %s failed", source.doc_id)
            source.status, source.error = "error", f"processing failed: {type(exc).__name__}: {exc}"
            yield DocResult(document=source, clean=cleaned, model=model)


def fingerprint(out_dir: Path) -> str:
    """Hash of every output file except run.json (which holds timings) and the pipeline's own
    bookkeeping (dot files: cache, locks, the list of files it wrote)."""
    digest = hashlib.sha256()
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir)
        if path.is_file() and path.name != "run.json" and not any(p.startswith(".") for p in rel.parts):
            digest.update(path.relative_to(out_dir).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
