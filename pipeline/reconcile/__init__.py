"""Reconcile stage: merge what the documents report into one set of tables.

Entities (organisations, people) are merged first, so that mentions, figures
and events can refer to global ids; then event reports are merged into events.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .. import export
from ..extract.people import link_run_wide
from ..records import DocResult
from ..run_names import add_run_wide_mentions
from .entities import EntityIndex, reconcile_entities
from .events import store_events, stored_rows
from .store import Store, pack, unpack

TABLE_KEYS = {"documents": "doc_id", "organisations": "org_id", "people": "person_id"}

if TYPE_CHECKING:
    from ..overrides import Overrides

Row = dict[str, Any]


PER_RELEASE = ("mentions", "dates", "figures")  # tables whose rows each come from one release
LOOKED_UP = ("documents", "organisations", "people")  # run-wide tables whose rows the report looks up by id


@dataclass
class Tables:
    """The rows of every output table, keyed like ``schema.TABLES``, built on demand from the
    reconciled records in ``store`` (on disk): ``groups`` gives a table's rows a few at a time in
    key order (what run writes), ``release_rows`` one release's rows of the per-release tables
    (``PER_RELEASE``); indexing builds all rows of a table at once (tests, small runs)."""

    store: Store
    entities: EntityIndex
    releases: Sequence[Any] = ()  # DocResults or spool.Releases, in input order
    overrides: list[dict[str, Any]] = field(default_factory=list)  # what became of each override line

    kept: set[str] = field(default_factory=set)  # tables of LOOKED_UP whose rows are in the store

    def __getitem__(self, name: str) -> list[Row]:
        return [row for rows in self.groups(name) for row in rows]

    def groups(self, name: str) -> Iterator[list[Row]]:
        """The rows of a table, one list per value of the first primary-key column (a release, an
        organisation, a person, an event), in the order of that column. The rows of ``LOOKED_UP``
        tables are kept in the store on the way (for ``row``)."""
        if name in LOOKED_UP and name not in self.kept:
            self.store.db.execute(f"CREATE TABLE IF NOT EXISTS rows_{name} (id TEXT PRIMARY KEY, name TEXT, row BLOB)")
            self.store.db.execute(f"DELETE FROM rows_{name}")
            key = TABLE_KEYS[name]
            for rows in self._groups(name):
                self.store.db.executemany(f"INSERT OR REPLACE INTO rows_{name} VALUES (?, ?, ?)",
                                          [(row[key], row.get("name"), pack(row)) for row in rows])
                yield rows
            self.kept.add(name)
        else:
            yield from self._groups(name)

    # --- what the report looks up ----------------------------------------------------------------

    def row(self, name: str, key: str) -> Row | None:
        """The row with this id of a ``LOOKED_UP`` table or of events (the last of equal ids)."""
        if name == "events":
            query = "SELECT row FROM events WHERE event_id = ? ORDER BY seq DESC LIMIT 1"
        else:
            self._keep(name)
            query = f"SELECT row FROM rows_{name} WHERE id = ?"
        found = self.store.db.execute(query, (key,)).fetchone()
        return unpack(found[0]) if found else None

    def keys(self, name: str) -> Iterator[str]:
        """The ids of a ``LOOKED_UP`` table, sorted."""
        self._keep(name)
        return (key for key, in self.store.db.execute(f"SELECT id FROM rows_{name} ORDER BY id"))

    def count(self, name: str) -> int:
        """Rows of a ``LOOKED_UP`` table, or events."""
        if name != "events":
            self._keep(name)
        return self.store.db.execute(f"SELECT COUNT(*) FROM {'events' if name == 'events' else 'rows_' + name}"
                                     ).fetchone()[0]

    def names(self, name: str) -> Iterator[str]:
        """The distinct non-empty names in a ``LOOKED_UP`` table, sorted."""
        self._keep(name)
        query = f"SELECT DISTINCT name FROM rows_{name} WHERE name != '' ORDER BY name"
        return (found for found, in self.store.db.execute(query))

    def events_by_date(self) -> Iterator[Row]:
        """The events by start date (undated last), then id."""
        query = "SELECT row FROM events ORDER BY COALESCE(NULLIF(start_date, ''), '9999'), event_id, seq"
        return (unpack(blob) for blob, in self.store.db.execute(query))

    def event_types(self) -> list[str]:
        return [t for t, in self.store.db.execute("SELECT DISTINCT event_type FROM events ORDER BY event_type")]

    def sources_of_event(self, event_id: str) -> list[Row]:
        """An event's event_sources rows by release and sentence."""
        query = "SELECT row FROM event_sources WHERE event_id = ? ORDER BY doc_id, sent_idx, start, seq"
        return [unpack(blob) for blob, in self.store.db.execute(query, (event_id,))]

    def sources_of_release(self, doc_id: str) -> list[Row]:
        """A release's event_sources rows by sentence and event."""
        query = "SELECT row FROM event_sources WHERE doc_id = ? ORDER BY sent_idx, event_id, start, seq"
        return [unpack(blob) for blob, in self.store.db.execute(query, (doc_id,))]

    def _keep(self, name: str) -> None:
        if name not in self.kept:
            for _ in self.groups(name):
                pass

    def _groups(self, name: str) -> Iterator[list[Row]]:
        if name in PER_RELEASE or name == "documents":
            for result in sorted(self.releases, key=_doc_order):
                yield [document_row(result)] if name == "documents" else self.release_rows(result)[name]
                if hasattr(result, "unload"):  # a spool.Release: read back for this group only
                    result.unload(save=False)
        elif name == "organisations":
            yield from ([row] for row in self.entities.organisation_rows())
        elif name == "people":
            yield from ([row] for row in self.entities.people_rows())
        elif name == "roles":
            yield from (list(rows) for _, rows in groupby(self.entities.role_rows(), key=itemgetter("person_id")))
        elif name in ("events", "event_sources"):
            yield from stored_rows(self.store, name)
        else:
            raise KeyError(name)

    def release_rows(self, result: Any) -> dict[str, list[Row]]:
        """The rows of mentions, dates and figures that one release (DocResult or Release) gives."""
        return {"mentions": mention_rows(result, self.entities), "dates": date_rows(result),
                "figures": figure_rows(result, self.entities)}

    def close(self) -> None:
        self.store.close()


def reconcile(results: Sequence[Any], overrides: Overrides | None = None) -> Tables:
    """All tables from ``results`` (``DocResult``s, or the run's compact ``spool.Release``s); the
    analyst's ``overrides`` corrections applied (organisations right after merging, events after
    they are built). The tables' store stays open until ``Tables.close``."""
    from .. import overrides as corrections

    add_run_wide_mentions(results)  # type: ignore[arg-type]
    link_run_wide(results)
    store = Store()
    entities = reconcile_entities(results, store)
    tables = Tables(store, entities, results)
    if overrides is not None:
        tables.overrides.extend(corrections.apply_to_entities(entities, overrides))
    store_events(results, entities, store)
    if overrides is not None:
        tables.overrides.extend(_apply_to_events(store, overrides))
    return tables


def _apply_to_events(store: Store, overrides: Overrides) -> list[dict[str, Any]]:
    """The analyst's event lines applied to the stored event rows (only the events they name are read)."""
    from .. import overrides as corrections

    targets = sorted({line.target for line in overrides.of(corrections.EVENT_ACTIONS)})
    if not targets:
        return []
    db, among = store.db, f"event_id IN ({', '.join('?' * len(targets))})"
    events = [(seq, unpack(blob)) for seq, blob in
              db.execute(f"SELECT seq, row FROM events WHERE {among} ORDER BY event_id, seq", targets)]
    sources = [unpack(blob) for blob, in db.execute(
        f"SELECT row FROM event_sources WHERE {among} ORDER BY event_id, doc_id, start, seq", targets)]
    kept, _, outcomes = corrections.apply_to_events([row for _, row in events], sources, overrides)
    kept_ids = {id(row) for row in kept}
    for seq, row in events:  # fix_date changed the rows it kept in place
        if id(row) in kept_ids:
            db.execute("UPDATE events SET row = ?, start_date = ? WHERE seq = ?", (pack(row), row["start_date"], seq))
        else:
            db.execute("DELETE FROM events WHERE seq = ?", (seq,))
            db.execute("DELETE FROM event_sources WHERE event_id = ?", (row["event_id"],))
    return outcomes


def _doc_order(result: Any) -> tuple:
    """Where a release's rows go in the per-release tables (a spool.Release knows its doc_id without
    reading its record back)."""
    return export.sort_key(result.doc_id if hasattr(result, "doc_id") else result.document.doc_id)


def document_row(result: DocResult) -> Row:
    doc, clean = result.document, result.clean
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "title": (clean.title if clean else doc.title),
        "url": doc.url,
        "source": doc.source,
        "published": clean.published if clean else doc.published,
        "published_source": clean.published_source if clean else doc.published_source,
        "n_chars": result.n_chars,
        "n_sentences": result.n_sentences,
        "status": doc.status,
        "error": doc.error,
        "sha256": doc.sha256,
        "replaced_bytes": doc.replaced_bytes,
        "removed_chars": doc.removed_chars,
        "model": result.model,
    }


def mention_rows(result: DocResult, entities: EntityIndex) -> list[Row]:
    doc_id = result.document.doc_id
    rows: dict[tuple[int, int, str], Row] = {}
    for m in result.mentions:
        rows.setdefault((m.start, m.end, m.label), {
            "doc_id": doc_id, "sent_idx": m.sent_idx, "start": m.start, "end": m.end,
            "text": m.text, "label": m.label, "entity_id": entities.entity_id(doc_id, m.key),
        })
    return list(rows.values())


def date_rows(result: DocResult) -> list[Row]:
    doc_id = result.document.doc_id
    return [{"doc_id": doc_id, "sent_idx": d.sent_idx, "start": d.start, "end": d.end, "text": d.text,
             "value": d.value, "granularity": d.granularity, "resolution": d.resolution,
             "anchor": d.anchor, "start_date": d.start_date, "end_date": d.end_date} for d in result.dates]


def figure_rows(result: DocResult, entities: EntityIndex) -> list[Row]:
    doc_id = result.document.doc_id
    return [{"figure_id": f"{doc_id}:{f.start}", "doc_id": doc_id, "sent_idx": f.sent_idx,
             "start": f.start, "end": f.end, "text": f.text, "value": f.value, "unit": f.unit,
             "canonical_unit": f.canonical_unit, "measure": f.measure, "qualifier": f.qualifier,
             "org_id": entities.entity_id(doc_id, f.org_key),
             "as_of": f.as_of} for f in result.figures]
