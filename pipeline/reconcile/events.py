"""Event reconciliation: PLACEHOLDER until the events work lands."""

from __future__ import annotations

from typing import Any

from ..records import DocResult
from .entities import EntityIndex


def reconcile_events(results: list[DocResult],
                     entities: EntityIndex) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of events.csv and event_sources.csv."""
    return [], []
