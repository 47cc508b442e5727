"""Reconcile stage: merge what the documents report into one set of tables.

Entities (organisations, people) are merged first, so that mentions, figures
and events can refer to global ids; then event reports are merged into events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..records import DocResult
from .entities import EntityIndex, reconcile_entities
from .events import reconcile_events
from .names import add_run_wide_mentions

if TYPE_CHECKING:
    from ..overrides import Overrides

Row = dict[str, Any]


@dataclass
class Tables:
    """Rows of every output table, keyed like ``schema.TABLES``."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    overrides: list[dict[str, Any]] = field(default_factory=list)  # what became of each override line

    def __getitem__(self, name: str) -> list[Row]:
        return self.rows.setdefault(name, [])


def reconcile(results: list[DocResult], overrides: Overrides | None = None) -> Tables:
    """All tables; the analyst's ``overrides`` corrections applied (organisations right after
    merging, events after they are built)."""
    from .. import overrides as corrections

    tables = Tables()
    add_run_wide_mentions(results)
    entities = reconcile_entities(results)
    if overrides is not None:
        tables.overrides.extend(corrections.apply_to_entities(entities, overrides))
    tables["organisations"].extend(entities.organisation_rows())
    tables["people"].extend(entities.people_rows())
    tables["roles"].extend(entities.role_rows())
    for result in results:
        tables["documents"].append(document_row(result))
        tables["mentions"].extend(mention_rows(result, entities))
        tables["dates"].extend(date_rows(result))
        tables["figures"].extend(figure_rows(result, entities))
    events, sources = reconcile_events(results, entities)
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
        "n_chars": len(clean.text) if clean else 0,
        "n_sentences": len(result.sentences),
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
