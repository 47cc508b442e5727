"""Figures: PLACEHOLDER until the figures extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import DateMention, FigureMention, Mention


def find_figures(doc: Doc, sentences, dates: list[DateMention], org_mentions: list[Mention],
                 published: str) -> list[FigureMention]:
    return []
