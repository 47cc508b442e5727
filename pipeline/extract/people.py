"""People: PLACEHOLDER until the people extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Mention, OrgRecord, PersonRecord


def find_people(doc: Doc, sentences, orgs: list[OrgRecord],
                org_mentions: list[Mention]) -> tuple[list[PersonRecord], list[Mention]]:
    """Person records (with roles) and PER/ROLE mentions (key = PersonRecord.key)."""
    mentions = [Mention(sentences(e.start_char), e.start_char, e.end_char, e.text, "PER")
                for e in doc.ents if e.label_ in ("PER", "PERSON")]
    return [], mentions
