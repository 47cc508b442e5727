"""The HTML evidence report: ``OUT/report/index.html`` (every event, sortable and
filterable) and ``OUT/report/docs/<doc_id>.html`` (one page per release, its
organisations, people, dates, figures and event evidence highlighted in the text).

Built from the reconciled tables (the rows export writes) and the cleaned texts;
nothing is extracted again. Every text from a release, the manifest or a table is
HTML-escaped, links leave the report only to ``http(s)`` source URLs, and each page
forbids inline scripts (Content-Security-Policy), so a release cannot inject markup
or code. The pages need no network: style and script are files beside them
(``pipeline/resources/report.css``, ``report.js``). Same input, same bytes.
"""

from __future__ import annotations

import contextlib
import os
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from .cache import file_stat
from .export import digest, sort_key, write_staged

FOLDER = "report"
ASSETS = ("report.css", "report.js")
Row = Mapping[str, Any]

# highlight kinds: CSS class → legend text (colours in report.css, displaCy's palette)
KINDS = {"ORG": "organisation", "PER": "person", "LOC": "place", "ROLE": "office",
         "DATE": "date", "FIG": "figure"}
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'")
EVENT_COLUMNS = (  # (heading, sort type) of the index table
    ("Date", "text"), ("Type", "text"), ("Subject", "text"), ("Other parties", "text"),
    ("Figure", "number"), ("Confidence", "number"), ("Evidence", "text"), ("Conflict", "text"))


class Writer:
    """Writes the report into ``out_dir/report/`` one release page at a time, so the rows of
    the per-release tables (mentions, dates, figures) need not all be in memory at once.

    tables (Tables or dict): table name → rows of the run-wide tables, as reconcile made them.
    texts (Mapping): doc_id → cleaned text, for every release that gets a page (read on demand).
    published (Path | None): the output folder the files will replace files in (a page that is
    there already with the same bytes is linked, not written).
    memo (cache.OutputMemo | None): with reconcile's Tables, each page's digest of everything it was
    built from (its rows and sentences, and every row and text it looked up) is recorded; a page
    whose inputs have the digest the last run recorded is the published page, linked without
    building it again.
    """

    MEMO = f"{FOLDER}/docs"

    def __init__(self, out_dir: Path, tables: Mapping[str, Sequence[Row]], texts: Mapping[str, str],
                 published: Path | None = None, memo: Any = None) -> None:
        self.out_dir, self.published = out_dir, published
        self._reuse = self._record = None
        if hasattr(tables, "sources_of_release"):  # reconcile's Tables: rows looked up in its store
            self.data: _Data = _StoredData(tables, texts)
            if memo is not None and published is not None:
                self._reuse, self._record = memo.previous(self.MEMO), memo.recorder(self.MEMO)
        else:
            run_wide = ("documents", "organisations", "people", "events", "event_sources")
            self.data = _Data({name: _rows(tables, name) for name in run_wide}, texts)
        self.files: list[str] = []
        self._folders: set[str] = set()  # staging folders known to exist

    def page(self, doc_id: str, sentences: Sequence[Sequence[int]], rows: Mapping[str, Sequence[Row]]) -> None:
        """Write the page of one release; rows (table name → rows): its mentions, dates and figures."""
        rel = f"{FOLDER}/{page_path(doc_id)}"
        own = None
        if self._record is not None:
            own = (doc_id, [tuple(s) for s in sentences],
                   [list(rows.get(name, ())) for name in ("mentions", "dates", "figures")])
            if self._reuse is not None and self._known(rel, doc_id, own):
                return
            self.data.trace = []  # type: ignore[attr-defined]
        by_doc = self.data.by_doc[doc_id]
        for name in ("mentions", "dates", "figures"):
            by_doc[name] = sorted(rows.get(name, ()), key=lambda r: (_int(r.get("start")), _int(r.get("end"))))
        try:
            self._write(rel, _release(self.data, doc_id, sentences))
        finally:
            for name in ("mentions", "dates", "figures"):
                del by_doc[name]
        if own is not None:
            trace, self.data.trace = _grouped(self.data.trace), None  # type: ignore[attr-defined]
            inputs = digest((own, trace))
            with contextlib.suppress(OSError):
                if inputs is not None:
                    self._record.add((sort_key(doc_id), doc_id, inputs,  # type: ignore[union-attr]
                                      [(kind, key, [column for column, _ in cells]) for kind, key, cells in trace],
                                      file_stat(os.stat(self.out_dir / rel))))

    def _known(self, rel: str, doc_id: str, own: tuple) -> bool:
        """Link the published page if the last run built it from the same inputs (and it is still
        the file it wrote). RETURNS: whether it did."""
        last = self._reuse.find(sort_key(doc_id), doc_id)  # type: ignore[union-attr]
        if last is None or len(last) != 5:
            return False
        _, _, inputs, needs, stat = last
        published = os.path.join(self.published, rel)  # type: ignore[arg-type]
        try:
            if file_stat(os.stat(published)) != stat:
                return False
            fetch = self.data.fetch  # type: ignore[attr-defined]
            trace = [(kind, key, fetch(kind, key, columns)) for kind, key, columns in needs]
        except (OSError, KeyError, TypeError, ValueError):
            return False
        if digest((own, trace)) != inputs:
            return False
        staged = os.path.join(self.out_dir, rel)
        try:
            folder = os.path.dirname(staged)
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staged)
            os.link(published, staged)
        except OSError:
            return False
        self.files.append(rel)
        self._record.add(last)  # type: ignore[union-attr]
        return True

    def close(self) -> list[str]:
        """Write the index and the assets. RETURNS (list[str]): the files written, relative to ``out_dir``."""
        if self._reuse is not None:
            self._reuse.close()
            self._reuse = None
        index = self.out_dir / FOLDER / "index.html"  # written as it is built: it lists every event
        index.parent.mkdir(parents=True, exist_ok=True)
        with index.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(_index(self.data))
        self.files.append(f"{FOLDER}/index.html")
        for name in ASSETS:
            self._write(f"{FOLDER}/{name}", resources.files("pipeline.resources").joinpath(name).read_bytes())
        return sorted(self.files)

    def _write(self, rel: str, data: str | bytes) -> None:
        write_staged(self.out_dir / rel, data if isinstance(data, bytes) else data.encode("utf-8"),
                     self.published / rel if self.published is not None else None)
        self.files.append(rel)


def build(tables: Mapping[str, Sequence[Row]], texts: Mapping[str, str],
          sentences: Mapping[str, Sequence[Sequence[int]]]) -> dict[str, bytes]:
    """Every file of the report, built in memory: path relative to the output folder → bytes."""
    data = _Data(tables, texts)
    files = {f"{FOLDER}/index.html": "".join(_index(data))}
    for doc_id in sorted(texts):
        files[f"{FOLDER}/{page_path(doc_id)}"] = _release(data, doc_id, sentences.get(doc_id, ()))
    for name in ASSETS:
        files[f"{FOLDER}/{name}"] = resources.files("pipeline.resources").joinpath(name).read_bytes()
    return {rel: (data if isinstance(data, bytes) else data.encode("utf-8")) for rel, data in files.items()}


def page_path(doc_id: str) -> str:
    """A release's page, relative to the report folder."""
    return f"docs/{doc_id}.html"


def sentence_anchor(sent_idx: int | str) -> str:
    return f"s{sent_idx}"


def _rows(tables: Mapping[str, Sequence[Row]], name: str) -> Sequence[Row]:
    try:
        return tables[name]
    except KeyError:
        return []


class _Data:
    """The tables indexed the way the pages need them."""

    def __init__(self, tables: Mapping[str, Sequence[Row]], texts: Mapping[str, str]) -> None:
        def rows(name: str) -> list[Row]:
            return list(_rows(tables, name))

        self.texts = texts
        self.documents = {r["doc_id"]: r for r in rows("documents")}
        self.organisations = {r["org_id"]: r for r in rows("organisations")}
        self.people = {r["person_id"]: r for r in rows("people")}
        self.events = sorted(rows("events"), key=lambda r: (_text(r.get("start_date")) or "9999",
                                                           _text(r.get("event_id"))))
        self.by_event: dict[str, list[Row]] = defaultdict(list)
        self.by_doc: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for r in sorted(rows("event_sources"), key=lambda r: (r["doc_id"], _int(r.get("sent_idx")), r["event_id"])):
            self.by_event[r["event_id"]].append(r)
            self.by_doc[r["doc_id"]]["event_sources"].append(r)
        for name in ("mentions", "dates", "figures"):
            for r in sorted(rows(name), key=lambda r: (r["doc_id"], _int(r.get("start")), _int(r.get("end")))):
                self.by_doc[r["doc_id"]][name].append(r)
        self.event_by_id = {r["event_id"]: r for r in self.events}

    def n_events(self) -> int:
        return len(self.events)

    def event_types(self) -> list[str]:
        return sorted({_text(e.get("event_type")) for e in self.events} - {""})

    def org_names(self) -> Iterable[str]:
        return sorted({_text(o.get("name")) for o in self.organisations.values()} - {""})

    def document_ids(self) -> Iterable[str]:
        return sorted(self.documents)

    def events_in(self, doc_id: str) -> int:
        """Events with a source in this release."""
        return len({s["event_id"] for s in self.by_doc.get(doc_id, {}).get("event_sources", ())})

    def doc_title(self, doc_id: str) -> str:
        return _text(self.documents.get(doc_id, {}).get("title")) or doc_id

    def has_page(self, doc_id: str) -> bool:
        return doc_id in self.texts


class _Lookup(Mapping[str, Row]):
    """The rows of one table by id, looked up in reconcile's store (the last few remembered)."""

    def __init__(self, tables: Any, name: str, data: _StoredData) -> None:
        self.tables, self.name, self.data = tables, name, data
        self._row = lru_cache(maxsize=512)(lambda key: tables.row(name, key))

    def __getitem__(self, key: str) -> Row:
        row = self._row(key)
        trace = self.data.trace
        if trace is not None:
            trace.append((self.name, key, "", row is not None))
            if row is not None:
                return _TracedRow(row, self.name, key, trace)
        if row is None:
            raise KeyError(key)
        return row

    def __len__(self) -> int:
        return self.tables.count(self.name)

    def __iter__(self) -> Iterator[str]:
        return self.tables.keys(self.name)


class _TracedRow(Mapping[str, Any]):
    """A looked-up row that notes each cell read in the page's trace as (table, id, column, (present, value))."""

    __slots__ = ("key", "name", "row", "trace")

    def __init__(self, row: Row, name: str, key: str, trace: list) -> None:
        self.row, self.name, self.key, self.trace = row, name, key, trace

    def __getitem__(self, column: str) -> Any:
        self.trace.append((self.name, self.key, column, _cell(self.row, column)))
        return self.row[column]

    def get(self, column: str, default: Any = None) -> Any:
        self.trace.append((self.name, self.key, column, _cell(self.row, column)))
        return self.row.get(column, default)

    def __len__(self) -> int:
        self.trace.append((self.name, self.key, "#len", len(self.row)))
        return len(self.row)

    def __iter__(self) -> Iterator[str]:
        self.trace.append((self.name, self.key, "#keys", list(self.row)))
        return iter(self.row)


def _cell(row: Row | None, column: str) -> tuple[bool, Any]:
    """What a traced read of ``column`` saw (a missing row reads as a missing cell)."""
    if row is None or column not in row:
        return (False, None)
    return (True, row[column])


def _read(row: Row | None, column: str) -> Any:
    """What a traced lookup of a row saw: whether it exists (column ""), its length, keys or a cell."""
    if not column:
        return row is not None
    if column == "#len":
        return len(row) if row is not None else None
    if column == "#keys":
        return list(row) if row is not None else None
    return _cell(row, column)


def _grouped(trace: list[tuple[str, str, str, Any]]) -> list[tuple[str, str, list[tuple[str, Any]]]]:
    """A page's trace as (kind, key, [(column, value), …]): each thing looked up once, in the order first
    looked up, with each of its columns read once."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, key, column, value in trace:
        groups.setdefault((kind, key), {}).setdefault(column, value)
    return [(kind, key, list(cells.items())) for (kind, key), cells in groups.items()]


class _Sources:
    """event_id → its event_sources rows, looked up in reconcile's store."""

    def __init__(self, tables: Any) -> None:
        self.tables = tables

    def get(self, event_id: str, default: Any = ()) -> list[Row]:
        return self.tables.sources_of_event(event_id) or default


class _ReleaseRows:
    """doc_id → its rows by table name (event_sources from reconcile's store; ``Writer.page`` adds
    the per-release tables); the last release asked is remembered."""

    def __init__(self, tables: Any, data: _StoredData) -> None:
        self.tables, self.data = tables, data
        self._last: tuple[str, dict[str, list[Row]]] = ("", {})

    def __getitem__(self, doc_id: str) -> dict[str, list[Row]]:
        if self._last[0] != doc_id or not self._last[1]:
            self._last = (doc_id, {"event_sources": self.tables.sources_of_release(doc_id)})
        if self.data.trace is not None:
            self.data.trace.append(("event_sources", doc_id, "", self._last[1]["event_sources"]))
        return self._last[1]

    def get(self, doc_id: str, default: Any = None) -> dict[str, list[Row]]:
        return self[doc_id]


class _Texts(Mapping[str, str]):
    """The cleaned texts, each read noted in the page's trace."""

    def __init__(self, texts: Mapping[str, str], data: _StoredData) -> None:
        self.texts, self.data = texts, data

    def __getitem__(self, doc_id: str) -> str:
        text = self.texts[doc_id]
        if self.data.trace is not None:
            self.data.trace.append(("text", doc_id, "", text))
        return text

    def __contains__(self, doc_id: object) -> bool:
        found = doc_id in self.texts
        if self.data.trace is not None:
            self.data.trace.append(("has_text", doc_id, "", found))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


class _StoredData(_Data):
    """``_Data`` over reconcile's ``Tables``: rows looked up in its store as the pages need them,
    so the report's memory does not grow with the corpus. While ``trace`` is a list, every text,
    row and cell looked up is noted there as (kind, key, column, value) — what a page was built
    from (``fetch`` looks one up again)."""

    def __init__(self, tables: Any, texts: Mapping[str, str]) -> None:  # not super().__init__: nothing to index
        self.trace: list[tuple[str, str, str, Any]] | None = None
        self.tables, self.texts = tables, _Texts(texts, self)
        self.documents = _Lookup(tables, "documents", self)  # type: ignore[assignment]
        self.organisations = _Lookup(tables, "organisations", self)  # type: ignore[assignment]
        self.people = _Lookup(tables, "people", self)  # type: ignore[assignment]
        self.event_by_id = _Lookup(tables, "events", self)  # type: ignore[assignment]
        self.by_event = _Sources(tables)  # type: ignore[assignment]
        self.by_doc = _ReleaseRows(tables, self)  # type: ignore[assignment]

    def fetch(self, kind: str, key: str, columns: list[str]) -> list[tuple[str, Any]]:
        """What the reads noted in a trace as (kind, key, column, value), one for each of ``columns``,
        give now (in the form ``_grouped`` gives them)."""
        if kind == "text":
            found: Any = self.texts.texts[key]
        elif kind == "has_text":
            found = key in self.texts.texts
        elif kind == "event_sources":
            found = self.tables.sources_of_release(key)
        else:
            row = {"documents": self.documents, "organisations": self.organisations, "people": self.people,
                   "events": self.event_by_id}[kind]._row(key)
            return [(column, _read(row, column)) for column in columns]
        return [(column, found) for column in columns]

    @property
    def events(self) -> Iterator[Row]:  # type: ignore[override]
        return self.tables.events_by_date()

    def n_events(self) -> int:
        return self.tables.count("events")

    def event_types(self) -> list[str]:
        return [t for t in self.tables.event_types() if t]

    def org_names(self) -> Iterable[str]:
        return self.tables.names("organisations")

    def document_ids(self) -> Iterable[str]:
        return self.tables.keys("documents")

    def events_in(self, doc_id: str) -> int:
        return len({s["event_id"] for s in self.tables.sources_of_release(doc_id)})


# --- pages ---------------------------------------------------------------------------------------------------

def _page(title: str, body: str, depth: int) -> str:
    up = "../" * depth
    return (
        "<!DOCTYPE html>\n"
        '<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f'<link rel="stylesheet" href="{up}report.css">\n'
        f'<script src="{up}report.js" defer></script>\n'
        f"</head>\n<body>\n{body}</body>\n</html>\n")


def _index(data: _Data) -> Iterator[str]:
    """The index page, in parts (it lists every event and release)."""
    n_events = data.n_events()
    head, tail = _page("Events — evidence report", "\0", depth=0).split("\0")
    yield (head + f"<header>\n<h1>Events</h1>\n<p>{n_events} events from {len(data.documents)} releases. "
           "Each event links to the sentences that report it; the release pages show everything found in "
           "the text.</p>\n</header>\n<main>\n"
           '<form id="filters" class="filters" role="search" aria-label="Filter the events">\n'
           '<label>Search <input id="f-text" type="search" autocomplete="off"></label>\n'
           '<label>Type <select id="f-type"><option value="">all types</option>')
    yield "".join(f'<option value="{_e(t)}">{_e(t)}</option>' for t in data.event_types())
    yield ("</select></label>\n"
           '<label>Organisation <input id="f-org" type="search" list="org-names" autocomplete="off"></label>\n'
           '<datalist id="org-names">')
    yield from (f'<option value="{_e(n)}"></option>' for n in data.org_names())
    yield ("</datalist>\n"
           '<label>From <input id="f-from" type="date"></label>\n'
           '<label>To <input id="f-to" type="date"></label>\n'
           '<button type="reset">Clear</button>\n'
           f'<output id="count" aria-live="polite">{n_events} of {n_events} events</output>\n'
           "</form>\n"
           '<table id="events" class="sortable">\n<thead><tr>')
    yield "".join(f'<th scope="col" data-sort-type="{kind}"><button type="button">{_e(name)}</button></th>'
                  for name, kind in EVENT_COLUMNS)
    yield "</tr></thead>\n<tbody>\n"
    yield from (_event_row(data, event) for event in data.events)
    yield "</tbody>\n</table>\n"
    yield from _releases_table(data)
    yield "</main>\n" + tail


def _event_row(data: _Data, event: Row) -> str:
    event_id = _text(event.get("event_id"))
    names = [_text(event.get("subject_name")), *_list(event.get("object_names"))]
    ids = [_text(event.get("subject_id")), *_list(event.get("object_ids"))]
    orgs = "\n".join(n.lower() for n in (*names, *ids) if n)
    date = _text(event.get("date"))
    modality = _text(event.get("modality"))
    cells = [
        _td(f"{_e(date) or '—'}{_small(event.get('date_role'))}", date),
        _td(f"{_e(event.get('event_type'))}{_small(modality if modality not in ('', 'reported') else '')}"
            f"{_small(event.get('office'))}", _text(event.get("event_type"))),
        _td(_e(event.get("subject_name")), _text(event.get("subject_name"))),
        _td(_e(", ".join(n for n in _list(event.get("object_names")) if n))),
        _td(_e(_number(event.get("figure"))), _number(event.get("figure"))),
        _td(_e(_number(event.get("confidence"))), _number(event.get("confidence"))),
        f'<td class="sources">{_sources(data, event_id)}</td>',
        _td(_e(event.get("conflict"))),
    ]
    return (f'<tr id="{_e(event_id)}" data-type="{_e(event.get("event_type"))}" data-orgs="{_e(orgs)}" '
            f'data-start="{_e(event.get("start_date"))}" data-end="{_e(event.get("end_date"))}">'
            + "".join(cells) + "</tr>\n")


def _sources(data: _Data, event_id: str) -> str:
    """The event's reporting sentences, each linked to its anchor on the release page, and the
    releases' source URLs."""
    items = []
    for source in data.by_event.get(event_id, ()):
        doc_id, sent_idx = source["doc_id"], _int(source.get("sent_idx"))
        label = f"{data.doc_title(doc_id)}, sentence {sent_idx + 1}"
        quote_ = f'<q>{_e(source.get("evidence"))}</q>'
        if data.has_page(doc_id):
            link = f'<a href="{_href(page_path(doc_id), sentence_anchor(sent_idx))}">{_e(label)}</a>'
        else:
            link = _e(label)
        items.append(f"<li>{link}{_external(data.documents.get(doc_id, {}).get('url'))}<br>{quote_}</li>")
    return f"<ol>{''.join(items)}</ol>" if items else ""


def _releases_table(data: _Data) -> Iterator[str]:
    yield ('<h2 id="releases">Releases</h2>\n<table id="release-list">\n<thead><tr><th scope="col">Release</th>'
           '<th scope="col">Published</th><th scope="col">Source</th><th scope="col">Events</th>'
           '<th scope="col">Status</th></tr></thead>\n<tbody>\n')
    for doc_id in data.document_ids():
        doc = data.documents[doc_id]
        title = _e(data.doc_title(doc_id))
        name = f'<a href="{_href(page_path(doc_id))}">{title}</a>' if data.has_page(doc_id) else title
        status = _text(doc.get("status"))
        status_cell = _e(status) + (f": {_e(doc.get('error'))}" if _text(doc.get("error")) else "")
        yield (f"<tr><td>{name}<br><small>{_e(doc_id)}</small></td><td>{_e(doc.get('published'))}</td>"
               f"<td>{_e(doc.get('source'))}{_external(doc.get('url'))}</td><td>{data.events_in(doc_id)}</td>"
               f"<td>{status_cell}</td></tr>\n")
    yield "</tbody>\n</table>\n"


def _release(data: _Data, doc_id: str, sentences: Sequence[Sequence[int]]) -> str:
    doc = data.documents.get(doc_id, {})
    rows = data.by_doc.get(doc_id, {})
    sources = rows.get("event_sources", [])
    title = data.doc_title(doc_id)
    meta = [f"<span>{_e(doc.get('published'))}</span>" if _text(doc.get("published")) else "",
            f"<span>{_e(doc.get('source'))}</span>" if _text(doc.get("source")) else "",
            _external(doc.get("url"), "source") if _safe_url(doc.get("url")) else "",
            f"<span>{_e(doc_id)}</span>"]
    out = ['<nav><a href="../index.html">← all events</a></nav>\n<header>\n'
           f"<h1>{_e(title)}</h1>\n<p class=\"meta\">{' · '.join(m for m in meta if m)}</p>\n</header>\n<main>\n"]
    out.append(_release_events(data, sources))
    out.append('<section>\n<h2>Text</h2>\n<p class="legend">')
    out.extend(f'<mark class="ent ent-{kind}">{_e(name)}</mark> ' for kind, name in KINDS.items())
    out.append('<span class="sent evidence">event evidence</span></p>\n<div class="text" id="text">')
    out.append(_highlighted(data.texts[doc_id], sentences, rows, data))
    out.append("</div>\n</section>\n")
    out.append(_entity_lists(data, rows))
    out.append("</main>\n")
    return _page(f"{title} — evidence report", "".join(out), depth=1)


def _release_events(data: _Data, sources: list[Row]) -> str:
    by_event: dict[str, list[int]] = defaultdict(list)
    for s in sources:
        by_event[s["event_id"]].append(_int(s.get("sent_idx")))
    if not by_event:
        return '<section id="release-events">\n<h2>Events</h2>\n<p>No event found in this release.</p>\n</section>\n'
    out = ['<section id="release-events">\n<h2>Events</h2>\n<ul>\n']
    for event_id in sorted(by_event, key=lambda e: (min(by_event[e]), e)):
        event = data.event_by_id.get(event_id, {})
        objects = ", ".join(n for n in _list(event.get("object_names")) if n)
        links = ", ".join(f'<a href="#{sentence_anchor(i)}">sentence {i + 1}</a>'
                          for i in sorted(set(by_event[event_id])))
        out.append(f'<li id="event-{_e(event_id)}"><strong>{_e(event.get("event_type"))}</strong> '
                   f"{_e(event.get('date')) or 'no date'}: {_e(event.get('subject_name'))}"
                   f"{' → ' + _e(objects) if objects else ''} ({links}; "
                   f'<a href="../index.html#{quote(event_id)}">in the index</a>)</li>\n')
    out.append("</ul>\n</section>\n")
    return "".join(out)


def _entity_lists(data: _Data, rows: Mapping[str, list[Row]]) -> str:
    mentions = rows.get("mentions", [])
    org_ids = sorted({m["entity_id"] for m in mentions if m.get("label") == "ORG"
                      and m.get("entity_id") in data.organisations})  # (not `& set(…)`: a set of all per page)
    person_ids = sorted({m["entity_id"] for m in mentions if m.get("label") == "PER"
                         and m.get("entity_id") in data.people})
    out = ['<section id="found">\n<h2>Found in this release</h2>\n<div class="lists">\n']
    out.append(_list_section("Organisations", [
        f"{_e(o.get('name'))}{_small(o.get('org_type'))}"
        for o in sorted((data.organisations[i] for i in org_ids), key=lambda o: _text(o.get("name")))]))
    out.append(_list_section("People", [
        f"{_e(' '.join(x for x in (_text(p.get('title')), _text(p.get('name'))) if x))}"
        f"{_small('; '.join(_list(p.get('roles'))))}"
        for p in sorted((data.people[i] for i in person_ids), key=lambda p: _text(p.get("name")))]))
    out.append(_list_section("Dates", [
        f'<a href="#{sentence_anchor(_int(d.get("sent_idx")))}">{_e(d.get("text"))}</a> → '
        f"{_e(d.get('value')) or 'unresolved'}{_small(d.get('resolution'))}" for d in rows.get("dates", [])]))
    out.append(_list_section("Figures", [
        f'<a href="#{sentence_anchor(_int(f.get("sent_idx")))}">{_e(f.get("text"))}</a> → '
        f"{_e(_number(f.get('value')))} {_e(f.get('unit'))}{_small(f.get('measure'))}"
        for f in rows.get("figures", [])]))
    out.append("</div>\n</section>\n")
    return "".join(out)


def _list_section(heading: str, items: list[str]) -> str:
    body = "".join(f"<li>{item}</li>" for item in items) if items else "<li>none</li>"
    return f"<div><h3>{_e(heading)}</h3><ul>{body}</ul></div>\n"


# --- the highlighted text ---------------------------------------------------------------------------------------

def _highlighted(text: str, sentences: Sequence[Sequence[int]], rows: Mapping[str, list[Row]], data: _Data) -> str:
    """The release text with its sentences as anchors (evidence sentences marked) and its
    mentions, dates and figures as displaCy-style spans."""
    events_at: dict[int, list[str]] = defaultdict(list)
    bounds: dict[int, tuple[int, int]] = {i: (int(s), int(e)) for i, (s, e) in enumerate(sentences)}
    for s in rows.get("event_sources", []):
        idx = _int(s.get("sent_idx"))
        if s["event_id"] not in events_at[idx]:
            events_at[idx].append(s["event_id"])
        bounds.setdefault(idx, (_int(s.get("start")), _int(s.get("end"))))
    regions = _regions(len(text), bounds)
    spans = _spans(rows, data, len(text))
    starts = [s for s, _e, _kind, _tip in spans]
    out = []
    for start, end, idx in regions:
        inner = _render(text, start, end, spans[bisect_left(starts, start):bisect_left(starts, end)])
        if idx is None:
            out.append(inner)
            continue
        events = events_at.get(idx, [])
        if events:
            kinds = ", ".join(_text(data.event_by_id.get(e, {}).get("event_type")) or e for e in events)
            tags = "".join(f'<a class="ev-tag" href="../index.html#{quote(e)}" title="{_e(_summary(data, e))}">'
                           f"{_e(data.event_by_id.get(e, {}).get('event_type') or e)}</a>" for e in events)
            out.append(f'<span class="sent evidence" id="{sentence_anchor(idx)}" title="{_e(kinds)}">{inner}'
                       f"</span>{tags}")
        else:
            out.append(f'<span class="sent" id="{sentence_anchor(idx)}">{inner}</span>')
    return "".join(out)


def _summary(data: _Data, event_id: str) -> str:
    """One line about an event: type, date, subject → objects."""
    event = data.event_by_id.get(event_id, {})
    objects = ", ".join(n for n in _list(event.get("object_names")) if n)
    parts = [_text(event.get("event_type")) or event_id, _text(event.get("date")) or "no date",
             _text(event.get("subject_name")) + (f" → {objects}" if objects else "")]
    return " · ".join(p for p in parts if p)


def _regions(length: int, bounds: Mapping[int, tuple[int, int]]) -> list[tuple[int, int, int | None]]:
    """The text cut into sentences (with their numbers) and the gaps between them; sentences
    that overlap an earlier one or fall outside the text are left out."""
    regions: list[tuple[int, int, int | None]] = []
    pos = 0
    for idx, (start, end) in sorted(bounds.items(), key=lambda item: (item[1], item[0])):
        if start < pos or end > length or end <= start:
            continue
        if start > pos:
            regions.append((pos, start, None))
        regions.append((start, end, idx))
        pos = end
    if pos < length:
        regions.append((pos, length, None))
    return regions


def _spans(rows: Mapping[str, list[Row]], data: _Data, length: int) -> list[tuple[int, int, str, str]]:
    """Non-overlapping highlights (start, end, kind, tooltip): the longest of overlapping spans wins."""
    found = []
    for m in rows.get("mentions", []):
        entity = data.organisations.get(m.get("entity_id")) or data.people.get(m.get("entity_id")) or {}
        tip = _text(entity.get("name")) or _text(m.get("label"))
        found.append((_int(m.get("start")), _int(m.get("end")), _text(m.get("label")), tip))
    for d in rows.get("dates", []):
        found.append((_int(d.get("start")), _int(d.get("end")), "DATE", _text(d.get("value")) or "unresolved"))
    for f in rows.get("figures", []):
        tip = " ".join(x for x in (_number(f.get("value")), _text(f.get("unit")), _text(f.get("measure"))) if x)
        found.append((_int(f.get("start")), _int(f.get("end")), "FIG", tip))
    kept: list[tuple[int, int, str, str]] = []
    starts: list[int] = []  # the kept spans, sorted (they never overlap, so their ends sort alike)
    ends: list[int] = []
    for span in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
        start, end = span[0], span[1]
        if not (0 <= start < end <= length and span[2] in KINDS):
            continue
        k = bisect_left(starts, end)  # the kept spans starting before ``end``; the last of them ends last
        if k and ends[k - 1] > start:
            continue
        kept.append(span)
        starts.insert(k, start)
        ends.insert(k, end)
    return sorted(kept)


def _render(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    """``text[start:end]`` escaped, with the ``spans`` inside it highlighted (``spans``: sorted, not
    overlapping; those that start in the region, the only ones that can lie inside it)."""
    out, pos = [], start
    for s, e, kind, tip in spans:
        if s < start or e > end:
            continue
        out.append(_e(text[pos:s]))
        out.append(f'<mark class="ent ent-{kind}" title="{_e(tip)}">{_e(text[s:e])}'
                   f'<span class="ent-label">{kind}</span></mark>')
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


# --- small helpers ------------------------------------------------------------------------------------------------

def _text(value: Any) -> str:
    """A cell as plain text: lists joined, numbers plain, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " | ".join(_text(v) for v in value)
    if isinstance(value, float):
        return _number(value)
    return str(value)


def _e(value: Any) -> str:
    """Escaped for HTML text and (quoted) attribute values."""
    return escape(_text(value), quote=True)


def _list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    return [part for part in str(value).split(" | ") if part]


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _number(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    return str(value)


def _small(value: Any) -> str:
    return f" <small>{_e(value)}</small>" if _text(value) else ""


def _td(content: str, sort: str | None = None) -> str:
    return f'<td data-sort="{_e(sort)}">{content}</td>' if sort is not None else f"<td>{content}</td>"


def _href(path: str, fragment: str = "") -> str:
    """A link inside the report (doc ids are file-name safe; quoted all the same)."""
    return _e(quote(path) + (f"#{quote(fragment)}" if fragment else ""))


def _safe_url(value: Any) -> str:
    """The URL if it is an absolute http(s) URL, else "" (no ``javascript:`` or ``data:`` links)."""
    url = _text(value).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
        c.isspace() or ord(c) < 32 for c in url) else ""


def _external(value: Any, label: str = "source ↗") -> str:
    url = _safe_url(value)
    if not url:
        return ""
    return f' <a class="ext" href="{_e(url)}" rel="noopener noreferrer" target="_blank">{_e(label)}</a>'

