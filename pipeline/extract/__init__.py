"""Extract stage: from one parsed release to its mentions, records and event reports.

Each extractor is a small module with one entry point working on the spaCy
``Doc`` and the records found before it; this module only wires them in order.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..records import CleanDocument, DocResult, Mention, SourceDocument

MODEL_LABELS = {"ORG": "ORG", "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC"}


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
    result.mentions = model_mentions(doc, sentences)
    return result


def model_mentions(doc: Doc, sentences: SentenceIndex) -> list[Mention]:
    """ORG/PER/LOC entities as the statistical model found them."""
    mentions = []
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label:
            mentions.append(Mention(sentences(ent.start_char), ent.start_char, ent.end_char,
                                    ent.text, label))
    return mentions
