"""Reconcile stage: merge what the documents report into one set of tables.

Entities (organisations, people) are merged first, so that mentions, figures
and events can refer to global ids; then event reports are merged into events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import DocResult
from .entities import EntityIndex, reconcile_entities
from .events import reconcile_events
from .names import add_run_wide_mentions

if TYPE_CHECKING:
    from ..overrides import Overrides

Row = dict[str, Any]


PER_RELEASE = ("mentions", "dates", "figures")  # tables whose rows each come from one release


@dataclass
class Tables:
    """Rows of every output table, keyed like ``schema.TABLES``. The rows of the per-release
    tables (``PER_RELEASE``) are built one release at a time by ``release_rows`` (run writes
    them so); indexing one of them builds all its rows."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    overrides: list[dict[str, Any]] = field(default_factory=list)  # what became of each override line
    releases: Sequence[Any] = ()  # DocResults or spool.Releases, in input order
    entities: EntityIndex = field(default_factory=EntityIndex)

    def __getitem__(self, name: str) -> list[Row]:
        if name == "documents" and name not in self.rows:
            self.rows[name] = [document_row(result) for result in self.releases]
        elif name in PER_RELEASE and name not in self.rows:
            self.rows[name] = [row for result in self.releases for row in self.release_rows(result)[name]]
        return self.rows.setdefault(name, [])

    def release_rows(self, result: Any) -> dict[str, list[Row]]:
        """The rows of mentions, dates and figures that one release (DocResult or Release) gives."""
        return {"mentions": mention_rows(result, self.entities), "dates": date_rows(result),
                "figures": figure_rows(result, self.entities)}


def reconcile(results: Sequence[Any], overrides: Overrides | None = None) -> Tables:
    """All tables from ``results`` (``DocResult``s, or the run's compact ``spool.Release``s); the
    analyst's ``overrides`` corrections applied (organisations right after merging, events after
    they are built)."""
    from .. import overrides as corrections

    add_run_wide_mentions(results)  # type: ignore[arg-type]
    entities = reconcile_entities(results)  # type: ignore[arg-type]
    tables = Tables(releases=results, entities=entities)
    if overrides is not None:
        tables.overrides.extend(corrections.apply_to_entities(entities, overrides))
    tables["organisations"].extend(entities.organisation_rows())
    tables["people"].extend(entities.people_rows())
    tables["roles"].extend(entities.role_rows())
    events, sources = reconcile_events(results, entities)  # type: ignore[arg-type]
    if overrides is not None:
        events, sources, outcomes = corrections.apply_to_events(events, sources, overrides)
        tables.overrides.extend(outcomes)
    tables["events"].extend(events)
    tables["event_sources"].extend(sources)
    return tables


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
