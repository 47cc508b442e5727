"""Dates: PLACEHOLDER until the dates extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import DateMention


def infer_published(doc: Doc) -> str:
    """Publication date inferred from the text where safe, else ''."""
    return ""


def find_dates(doc: Doc, sentences, published: str) -> list[DateMention]:
    return []
