"""Reconcile stage: merge what the documents report into one set of tables.

Entities (organisations, people) are merged first, so events can refer to
global ids; then event reports are merged into events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..records import DocResult

Row = dict[str, Any]


@dataclass
class Tables:
    """Rows of every output table, keyed like ``schema.TABLES``."""

    rows: dict[str, list[Row]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> list[Row]:
        return self.rows.setdefault(name, [])


def reconcile(results: list[DocResult]) -> Tables:
    tables = Tables()
    for result in results:
        tables["documents"].append(document_row(result))
        doc_id = result.document.doc_id
        tables["mentions"].extend(
            {"doc_id": doc_id, "sent_idx": m.sent_idx, "start": m.start, "end": m.end,
             "text": m.text, "label": m.label, "entity_id": ""}
            for m in result.mentions
        )
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
        "model": result.model,
    }
