"""Events: PLACEHOLDER until the events extractor lands."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import DateMention, EventReport, FigureMention, Mention, OrgRecord, PersonRecord


def find_events(doc: Doc, sentences, orgs: list[OrgRecord], org_mentions: list[Mention],
                people: list[PersonRecord], person_mentions: list[Mention],
                dates: list[DateMention], figures: list[FigureMention]) -> list[EventReport]:
    return []
