"""Entity reconciliation: PLACEHOLDER until the organisations/people work lands."""

from __future__ import annotations

from typing import Any

from ..records import DocResult


class EntityIndex:
    """Global organisation and person ids for document-local keys."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], str] = {}

    def entity_id(self, doc_id: str, key: str) -> str:
        """Global id (org_id or person_id) of a document-local key; '' if none."""
        return self.ids.get((doc_id, key), "") if key else ""

    def organisation_rows(self) -> list[dict[str, Any]]:
        return []

    def people_rows(self) -> list[dict[str, Any]]:
        return []


def reconcile_entities(results: list[DocResult]) -> EntityIndex:
    return EntityIndex()
