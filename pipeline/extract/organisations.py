"""Organisations: PLACEHOLDER until the organisations extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Mention, OrgRecord


def find_organisations(doc: Doc, sentences) -> tuple[list[OrgRecord], list[Mention]]:
    """Organisation records of this document and ORG/LOC mentions (key = OrgRecord.key)."""
    mentions = [Mention(sentences(e.start_char), e.start_char, e.end_char, e.text, e.label_)
                for e in doc.ents if e.label_ in ("ORG", "LOC")]
    return [], mentions
