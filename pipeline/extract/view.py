"""A plain-Python reading of a parsed release, shared by the extractors.

spaCy builds a new ``Token`` object for every ``doc[i]`` and every step of
``for tok in doc``, and ``Doc.text`` joins all tokens again on each access.
The extractors look at each token many times, so ``view_of(doc)`` reads the
tokens once into lists (kept on the ``Doc`` as ``doc._.press_view``) and the
rules index those lists instead.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc

EXTENSION = "press_view"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


@dataclass(frozen=True)
class Entity:
    """A model entity by token offsets."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class DocView:
    """The tokens of one ``Doc`` as lists (index = token index)."""

    doc: Doc  # for the rare attribute the lists do not carry (``is_lower``, ``is_punct``)
    text: str  # == doc.text
    texts: list[str]  # Token.text
    lowers: list[str]  # Token.lower_
    starts: list[int]  # Token.idx
    ends: list[int]  # Token.idx + len(Token.text)
    sentence_starts: list[int]  # first token of each sentence, as ``Doc.sents`` splits them
    ents: tuple[Entity, ...]
    by_start: dict[int, int]  # character offset → token starting there
    by_end: dict[int, int]  # character offset → token ending there

    def __len__(self) -> int:
        return len(self.texts)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for 0 <= start, end <= len(doc)."""
        if end <= start:
            return ""
        return self.text[self.starts[start]:self.ends[end - 1]]

    def token_span(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """Token offsets of ``doc.char_span(start_char, end_char)`` (strict alignment), or None."""
        start = self.by_start.get(start_char)
        end = self.by_end.get(end_char)
        if start is None or end is None:
            return None
        return start, end + 1

    def expanded_span(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """Token offsets of ``doc.char_span(start_char, end_char, alignment_mode="expand")``, or None."""
        start = self.token_at(start_char)
        end = self.token_at(end_char - 1)
        if start < 0 or end < 0:
            return None
        if start_char == self.ends[start]:  # trailing whitespace is no part of the token
            start += 1
        return start, end + 1

    def token_at(self, char: int) -> int:
        """The token whose text or trailing whitespace holds ``char``; -1 outside the text."""
        if char < 0 or char >= len(self.text):
            return -1
        return bisect_right(self.starts, char) - 1


def view_of(doc: Doc, text: str | None = None) -> DocView:
    """The view of a Doc, built on first use and kept on the Doc; ``text`` (== ``doc.text``, when
    the caller has it) spares joining every token again."""
    view = doc._.get(EXTENSION)
    if view is None or len(view) != len(doc):
        view = _build(doc, text)
        doc._.set(EXTENSION, view)
    return view


def _build(doc: Doc, text: str | None) -> DocView:
    """One pass over the Doc's arrays (no Token objects: creating them is what costs)."""
    text = doc.text if text is None else text
    starts: list[int] = []
    ends: list[int] = []
    sentence_starts: list[int] = []
    if len(doc):
        # Whole columns to Python ints at once: indexing numpy rows element by element is slow.
        columns = doc.to_array([IDX, LENGTH, SENT_START]).view("int64")
        starts = columns[:, 0].tolist()
        ends = [start + length for start, length in zip(starts, columns[:, 1].tolist(), strict=True)]
        sentence_starts = [0] + [i for i, flag in enumerate(columns[:, 2].tolist()) if i and flag == 1]
    texts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    lowers = [t.lower() for t in texts]
    ents = tuple(Entity(ent.start, ent.end, ent.label_) for ent in doc.ents)
    return DocView(doc, text, texts, lowers, starts, ends, sentence_starts, ents,
                   {s: i for i, s in enumerate(starts)}, {e: i for i, e in enumerate(ends)})


def find_whole(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """Spans of ``literal`` in ``text`` not glued to a word character or hyphen on either side —
    ``re.finditer(r"(?<![\\w-])" + re.escape(literal) + r"(?![\\w-])", text)`` without a regex
    per literal. ``literal`` must not be empty."""
    size = len(literal)
    pos = text.find(literal)
    while pos >= 0:
        end = pos + size
        if (pos == 0 or not _word_or_hyphen(text[pos - 1])) and (end == len(text) or not _word_or_hyphen(text[end])):
            yield pos, end
            pos = text.find(literal, end)
        else:
            pos = text.find(literal, pos + 1)


def _word_or_hyphen(char: str) -> bool:
    """``re``'s ``[\\w-]`` for one character."""
    return char.isalnum() or char in "_-"
