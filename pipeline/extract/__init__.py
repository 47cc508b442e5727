"""Extract stage: from one parsed release to its mentions, records and event reports.

Each extractor is a small module with one entry point working on the spaCy
``Doc`` and the records found before it; this module only wires them in order:
organisations → people → dates → figures → events.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..records import CleanDocument, DocResult, SourceDocument
from . import dates, events, figures, organisations, people


class SentenceIndex:
    """Maps character offsets to sentence numbers."""

    def __init__(self, doc: Doc) -> None:
        self.spans = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        self._starts = [start for start, _ in self.spans]

    def __call__(self, char_offset: int) -> int:
        return max(0, bisect_right(self._starts, char_offset) - 1)


def extract(doc: Doc, source: SourceDocument, clean: CleanDocument, model: str) -> DocResult:
    """Run every extractor over one parsed release."""
    sentences = SentenceIndex(doc)
    result = DocResult(document=source, clean=clean, model=model, sentences=sentences.spans)
    result.organisations, org_mentions = organisations.find_organisations(doc, sentences)
    result.people, person_mentions = people.find_people(doc, sentences, result.organisations, org_mentions)
    if not clean.published:
        inferred = dates.infer_published(doc)
        if inferred:
            clean.published, clean.published_source = inferred, "inferred"
    result.dates = dates.find_dates(doc, sentences, clean.published)
    result.figures = figures.find_figures(doc, sentences, result.dates, org_mentions, clean.published)
    result.events = events.find_events(doc, sentences, result.organisations, org_mentions,
                                       result.people, person_mentions, result.dates, result.figures)
    result.mentions = sorted(org_mentions + person_mentions, key=lambda m: (m.start, m.end, m.label))
    return result
