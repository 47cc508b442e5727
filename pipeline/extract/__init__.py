"""Extract stage: from one parsed release to its mentions, records and event reports.

Each extractor is a small module with one entry point working on the spaCy
``Doc`` and the records found before it; this module only wires them in order:
organisations → people → dates → figures → events.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc

from ..records import CleanDocument, DocResult, Mention, SourceDocument
from ..run_names import RunNames
from . import dates, events, figures, organisations, people
from .events.triggers import trigger_spans
from .view import DocView, view_of


class SentenceIndex:
    """Maps character offsets to sentence numbers."""

    def __init__(self, doc: Doc) -> None:
        if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
            self.spans = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        else:
            self.spans = _sentence_spans(view_of(doc))
        self._starts = [start for start, _ in self.spans]

    def __call__(self, char_offset: int) -> int:
        return max(0, bisect_right(self._starts, char_offset) - 1)


def _sentence_spans(view: DocView) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of the sentences of ``Doc.sents`` that are not blank."""
    bounds = [*view.sentence_starts, len(view)]
    spans = []
    for first, end in pairwise(bounds):
        start_char, end_char = view.starts[first], view.ends[end - 1]
        if view.text[start_char:end_char].strip():
            spans.append((start_char, end_char))
    return spans


def extract(doc: Doc, source: SourceDocument, clean: CleanDocument, model: str,
            known: RunNames | None = None) -> DocResult:
    """Run every extractor over one parsed release (``doc`` parsed from ``clean.text``); ``known``:
    the names of other releases of the run it uses, mentions of them before people and events."""
    view_of(doc, clean.text)
    sentences = SentenceIndex(doc)
    result = DocResult(document=source, clean=clean, model=model, sentences=sentences.spans)
    result.organisations, org_mentions = organisations.find_organisations(doc, sentences, clean.place)
    if known:
        result.mentions = org_mentions
        known.add_to(result)
        org_mentions = result.mentions
    result.people, person_mentions = people.find_people(doc, sentences, result.organisations, org_mentions)
    result.dates = dates.find_dates(doc, sentences, clean.published, dates.report_year(clean.title))
    result.figures = figures.find_figures(doc, sentences, result.dates, org_mentions, clean.published,
                                          result.organisations)
    result.events = events.find_events(doc, sentences, result.organisations, org_mentions,
                                       result.people, person_mentions, result.dates, result.figures)
    _offices_as_appointed(result)
    result.trigger_sentences = sorted({sentences(start) for start, _, _ in trigger_spans(doc)})
    result.mentions = sorted(_without_overlapped_places(org_mentions, person_mentions) + person_mentions,
                             key=lambda m: (m.start, m.end, m.label))
    return result


def _offices_as_appointed(result: DocResult) -> None:
    """A person's office is of the organisation the release appoints them to ("Vorsitzende: X, Musterau;" under a
    register entry's heading: the entry's club, not a town or court the line names)."""
    people = {p.key: p for p in result.people}
    for report in result.events:
        person = people.get(report.subject_key)
        if report.event_type != "appointment" or report.direction == "end" or not report.object_keys or person is None:
            continue
        for role in person.roles:
            if role.role == report.role:
                role.org_key = report.object_keys[0]


def _without_overlapped_places(org_mentions: list[Mention], person_mentions: list[Mention]) -> list[Mention]:
    """Place mentions that a person's name overrides are dropped."""
    people = [(m.start, m.end) for m in person_mentions if m.label == "PER"]
    return [m for m in org_mentions
            if m.label != "LOC" or not any(s < m.end and m.start < e for s, e in people)]
