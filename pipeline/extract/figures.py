"""Figures: counts and amounts with what they count, whose they are and when.

Numbers are read in every press form — digits with German grouping through
Babel ("3.000", "1,5"), number words through text2num ("fünf") or
``numbers.tsv`` ("anderthalb", "ein Dutzend"), scale words from ``scales.tsv``
("1,5 Mio. Euro"), units from ``units.tsv`` (EUR, Prozent), qualifiers from
``qualifiers.tsv`` ("rund" → ~). The counted noun is the next noun after the
number, put in the nominative plural by the rules in ``plurals.tsv``. Context
words (references like "Seite 2", durations, attribution cues) are in
``figures.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from babel.numbers import NumberFormatError, parse_decimal
from spacy.tokens import Doc
from text_to_num import text2num

from .. import resources
from ..records import DateMention, FigureMention, Mention
from .view import view_of

Sentences = Callable[[int], int]

# Words (with inner hyphens, slashes, gender stars, grouped digits) or single symbols.
TOKEN = re.compile(r"\w+(?:[.,]\d+)*(?:[-*/:]\w+(?:[.,]\d+)*)*|\S")
DIGITS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
SENTENCE_END = ".!?:;\"„“”»«"
# Between two organisation mentions that share a role: "X (Y)", "X und dem Y".
LONG_NUMBER = re.compile(r"\d{5,}")
WORDS = re.compile(r"[\wäöüß]+")
WORDS_AND_MARKS = re.compile(r"[\wäöüß]+|[,;:()]")
# Words before "3." that make it an ordinal ("zum 3. Mal").
ORDINAL_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "ihr",
                              "ihre", "ihren", "sein", "seine", "seinen", "jeder", "jede", "jedes"})
CHAINED = re.compile(r"\s*(?:[(\[–-]|,|und|oder|sowie)?\s*(?:(?:der|die|das|dem|den|des)\s+)?")


# --- resources ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Lexicon:
    """Everything figures.py knows about German, loaded from the resources."""

    words: dict[str, float]  # number words text2num lacks
    articles: dict[str, float]  # "ein", "einem halben": numbers only before a multiplier/scale/unit
    multipliers: dict[str, float]  # "Dutzend"
    scales: dict[str, float]
    units: dict[str, tuple[str, float]]
    qualifiers: dict[str, str]
    plurals: tuple[tuple[str, str, str], ...]
    conf: dict[str, Any]
    word_lists: dict[str, frozenset[str]]  # the ``words`` of each table of figures.toml

    def words_of(self, key: str) -> frozenset[str]:
        return self.word_lists[key]


@cache
def lexicon() -> Lexicon:
    words, articles, multipliers = {}, {}, {}
    for word, value, kind in resources.table("numbers.tsv"):
        {"word": words, "article": articles, "multiplier": multipliers}[kind][word.lower()] = float(value)
    conf = resources.toml("figures.toml")
    return Lexicon(
        words=words, articles=articles, multipliers=multipliers,
        scales={w: float(f) for w, f in resources.table("scales.tsv")},
        units={w: (u, float(f)) for w, u, f in resources.table("units.tsv")},
        qualifiers={w.lower(): q for w, q in resources.table("qualifiers.tsv")},
        plurals=tuple((e, r, w) for e, r, w in resources.table("plurals.tsv")),
        conf=conf,
        word_lists={key: frozenset(value["words"]) for key, value in conf.items()
                    if isinstance(value, dict) and "words" in value},
    )


def _alt(words: Any) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    return {
        "scale": re.compile(rf"\s*({_alt(lex.scales)})(?![\w])"),
        "unit": re.compile(rf"\s*({_alt(lex.units)})(?![\w])"),
        "unit_before": re.compile(rf"(?<![\w])({_alt(u for u, (n, _) in lex.units.items() if n == 'EUR')})\s*$"),
        "qualifier": re.compile(rf"(?<![\w])({_alt(lex.qualifiers)})\s+$", re.IGNORECASE),
    }


# --- numbers --------------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def parse_digits(text: str) -> float | None:
    """German-formatted digits ("3.000", "1,5") → number; None if not well-formed."""
    if not DIGITS.fullmatch(text):
        return None
    try:
        return float(parse_decimal(text, locale="de_DE", strict=True))
    except (NumberFormatError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _word_number(word: str) -> float | None:
    try:
        return float(text2num(word, "de"))
    except (ValueError, IndexError, KeyError):
        return None


@lru_cache(maxsize=8192)
def number_value(text: str, articles: bool = False) -> float | None:
    """Digits or a German number word → value ("3.000" → 3000, "fünf" → 5, "anderthalb" → 1.5).

    ``articles``: also read indefinite articles as one ("vor einem Jahr").
    """
    text = " ".join(text.split())
    if text[:1].isdigit():
        return parse_digits(text)
    lex = lexicon()
    low = text.lower()
    if low in lex.words:
        return lex.words[low]
    if low in lex.articles:
        return lex.articles[low] if articles else None
    if not low.isalpha() or low == "null":
        return None
    return _word_number(low)


# --- tokens ---------------------------------------------------------------------------------------

class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    # tuple.__new__ skips NamedTuple's Python-level __new__ (a third of the cost, texts have many tokens).
    make = tuple.__new__
    return [make(Token, (m[0], m.start(), m.end())) for m in TOKEN.finditer(text)]


def _sentence_initial(text: str, start: int) -> bool:
    """Nothing but whitespace before ``start``, or a sentence end or line break."""
    j = start  # text[:j] == text[:start].rstrip()
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j == 0 or text[j - 1] in SENTENCE_END or "\n" in text[j:start]


class Blocked:
    """Character spans no figure may overlap (dates, organisation names)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_ends: list[int] = []  # max_ends[k]: the furthest end among the first k + 1 spans
        for _, e in spans:
            self.max_ends.append(max(e, self.max_ends[-1]) if self.max_ends else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span (s, e) have ``start < e and end > s``?"""
        k = bisect_left(self.starts, end)  # the spans with s < end
        return k > 0 and self.max_ends[k - 1] > start


# --- finding figures ------------------------------------------------------------------------------

@dataclass
class Figure:
    """A figure being assembled."""

    start: int
    end: int
    value: float
    unit: str = ""
    qualifier: str = "="


class FigureFinder:
    """Reads the figures of one text; dates and organisation mentions are given."""

    def __init__(self, text: str, blocked: list[tuple[int, int]]) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.token_starts = [t.start for t in self.tokens]
        self.blocked = Blocked(blocked)
        self.lex = lexicon()

    def _is_blocked(self, start: int, end: int) -> bool:
        return self.blocked.overlaps(start, end)

    def _prev_word(self, i: int) -> str:
        """Word before token i, with an abbreviation dot ("Nr.")."""
        if i >= 2 and self.tokens[i - 1].text == "." and self.tokens[i - 2].end == self.tokens[i - 1].start:
            return self.tokens[i - 2].text + "."
        return self.tokens[i - 1].text if i >= 1 else ""

    def _number_at(self, i: int) -> tuple[float, int] | None:
        """Value of the number starting at token i and the index of its last token."""
        tok = self.tokens[i]
        first = tok.text[:1]
        if first.isdigit():
            if first == "0" and not tok.text.startswith("0,"):
                return None  # phone prefix, id
            value = parse_digits(tok.text)
            return (value, i) if value is not None else None
        if not first.isalpha():  # not tok.is_word
            return None
        word = tok.text
        if first.isupper():  # tok.is_capitalised
            if not _sentence_initial(self.text, tok.start):
                return None
            word = word.lower()
        if word in self.lex.articles:
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            if nxt.lower() in self.lex.multipliers or nxt in self.lex.scales:
                return self.lex.articles[word], i
            return None
        value = number_value(word)
        return (value, i) if value is not None else None

    def _is_reference(self, i: int) -> bool:
        """Page numbers, ids, phone numbers, road numbers, ordinals, times."""
        tok = self.tokens[i]
        prev = self._prev_word(i)
        if prev in self.lex.words_of("not_after") or prev in {"+", "#", "Nr", "ID", ":"}:
            return True
        if i + 1 < len(self.tokens):
            nxt = self.tokens[i + 1]
            if nxt.text == "." and nxt.start == tok.end and tok.text[:1].isdigit() and self._ordinal_dot(i):
                return True
            if nxt.text[:1].isdigit() and i >= 0 and parse_digits(nxt.text) is not None and tok.text[:1].isdigit():
                return True  # "0385 545 12" — number groups in a row
        if i >= 1 and self.tokens[i - 1].text[:1].isdigit() and tok.text[:1].isdigit():
            return True
        return bool(tok.text[:1].isdigit() and LONG_NUMBER.fullmatch(tok.text))

    def _ordinal_dot(self, i: int) -> bool:
        """"3." before a word is an ordinal ("zum 3. Mal"), unless it ends the sentence."""
        if i + 2 >= len(self.tokens):
            return False
        after = self.tokens[i + 2]
        if not after.is_word:
            return False
        if not after.is_capitalised:
            return True
        return self._prev_word(i).lower() in ORDINAL_ARTICLES

    def figures(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        while i < len(self.tokens):
            fig, last = self._figure_at(i)
            if fig is not None:
                out.append(fig)
                i = last + 1
            else:
                i += 1
        return out

    def _figure_at(self, i: int) -> tuple[Figure | None, int]:
        tok = self.tokens[i]
        read = self._number_at(i)  # before the overlap test: most tokens are no number
        if read is None or self._is_blocked(tok.start, tok.end) or self._is_reference(i):
            return None, i
        value, last = read
        fig = Figure(tok.start, self.tokens[last].end, value)
        self._qualify(fig)
        j = self._scale(fig, last + 1)
        j = self._unit(fig, j)
        if fig.unit in self.lex.words_of("not_units"):
            return None, i
        if not fig.unit:
            return None, i
        return fig, j - 1

    def _qualify(self, fig: Figure) -> None:
        before = self.text[max(0, fig.start - 25):fig.start]
        cur = _rx()["unit_before"].search(before)
        if cur:
            fig.unit, fig.start = "EUR", fig.start - (len(before) - cur.start())
            before = self.text[max(0, fig.start - 25):fig.start]
        q = _rx()["qualifier"].search(before)
        if q:
            fig.qualifier = self.lex.qualifiers[q.group(1).lower()]
            fig.start -= len(before) - q.start()

    def _token_index(self, offset: int) -> int:
        """The first token starting at or after ``offset``."""
        return bisect_left(self.token_starts, offset)

    def _scale(self, fig: Figure, j: int) -> int:
        """Multipliers ("Dutzend"), scales ("Mio."), currency and percent after the number."""
        if j < len(self.tokens) and self.tokens[j].text.lower() in self.lex.multipliers:
            fig.value *= self.lex.multipliers[self.tokens[j].text.lower()]
            fig.end = self.tokens[j].end
            j += 1
        m = _rx()["scale"].match(self.text, fig.end)
        if m:
            fig.value *= self.lex.scales[m.group(1)]
            fig.end = m.end()
        m = _rx()["unit"].match(self.text, fig.end)
        if m and fig.unit != "EUR":
            unit, factor = self.lex.units[m.group(1)]
            fig.value *= factor
            fig.unit, fig.end = unit, m.end()
        elif m and m.group(1) in ("Mio.", "Mrd."):
            fig.end = m.end()
        return self._token_index(fig.end)

    def _unit(self, fig: Figure, j: int) -> int:
        """The counted noun after the number (unless a unit was found); returns the next token index."""
        if fig.unit:
            return j
        conf = self.lex.conf
        preps = self.lex.words_of("skip_phrase_prepositions")
        stops = self.lex.words_of("noun_search_stops")
        in_phrase = False
        for k in range(j, min(len(self.tokens), j + conf["max_noun_distance"] + 3)):
            tok = self.tokens[k]
            if not tok.is_word:
                return j
            if tok.is_capitalised:
                if in_phrase:
                    in_phrase = False
                    continue
                return self._noun(fig, k)
            if in_phrase:
                continue
            if tok.text in preps:
                in_phrase = True
            elif tok.text in stops or (number_value(tok.text) is not None and tok.text not in self.lex.articles):
                return j
        return j

    def _noun(self, fig: Figure, k: int) -> int:
        """Take token k as the counted noun (with a female/male pair) and normalise it."""
        first = self.tokens[k]
        nouns = [first]
        if k + 2 < len(self.tokens):
            conj, second = self.tokens[k + 1], self.tokens[k + 2]
            if conj.text in self.lex.words_of("pair_conjunctions") and _is_gender_pair(first.text, second.text):
                nouns.append(second)
        dative = self._dative_context(fig.start)
        fig.unit = " und ".join(nominative_plural(n.text, dative) for n in nouns)
        fig.end = nouns[-1].end
        return self._token_index(fig.end)

    def _dative_context(self, start: int) -> bool:
        words = WORDS.findall(self.text[max(0, start - 20):start])
        return bool(words) and words[-1].lower() in self.lex.words_of("dative_prepositions")


def _is_gender_pair(a: str, b: str) -> bool:
    """"Kolleginnen" and "Kollegen", "Mitarbeiter" and "Mitarbeiterinnen"."""
    for fem, masc in ((a, b), (b, a)):
        if fem.endswith("innen") and len(fem) > 6 and masc.startswith(fem[:-5].rstrip("e")[: max(3, len(fem) - 7)]):
            return masc != fem
    return False


def nominative_plural(word: str, dative: bool = False) -> str:
    """Counted noun → nominative plural ("Beschäftigten" → "Beschäftigte")."""
    low = word.lower()
    for ending, replacement, when in lexicon().plurals:
        if not low.endswith(ending.lower()):
            continue
        if when == "keep":
            return word
        if when == "always" or (when == "dative" and dative):
            return word[: len(word) - len(ending)] + replacement
    return word


# --- attribution ----------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return WORDS_AND_MARKS.findall(text)


def _owner_after(text: str, fig: FigureMention, orgs: list[Mention], conf: dict[str, Any]) -> Mention | None:
    """An organisation governing the counted noun: "18 Beschäftigte der …"."""
    owner = conf["owner_after"]
    for m in orgs:
        if m.start < fig.end or m.sent_idx != fig.sent_idx:
            continue
        between = _words(text[fig.end:m.start])
        if between and len(between) <= owner["max_words"] and between[0].lower() in owner["words"] \
                and all(w[:1].isalpha() for w in between):
            return m
        return None
    return None


def _roles(text: str, fig: FigureMention, orgs: list[Mention], conf: dict[str, Any]) -> list[tuple[Mention, bool]]:
    """The sentence's organisations, each with whether it may own a figure (not "mit der …", "von der …")."""
    excluded = set(conf["not_owner_before"]["words"])
    out: list[tuple[Mention, bool]] = []
    for m in (m for m in orgs if m.sent_idx == fig.sent_idx and (m.end <= fig.start or m.start >= fig.end)):
        previous, previous_ok = out[-1] if out else (None, True)
        if previous is not None and CHAINED.fullmatch(text[previous.end:m.start]):
            ok = previous_ok  # "(ABC)" after a name, "X und dem Y" after X: same role
        else:
            before = [w.lower() for w in _words(text[max(0, m.start - 30):m.start])]
            ok = not any(w in excluded for w in before[-2:])
        out.append((m, ok))
    return out


def main_org(orgs: list[Mention], exclude: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """Key of the organisation the release is mostly about (most mentions, then first)."""
    counts = Counter(m.key for m in orgs if m.key and m.key not in exclude)
    if not counts:
        return ""
    top = max(counts.values())
    return next(m.key for m in orgs if counts.get(m.key) == top)


def attribute(text: str, fig: FigureMention, orgs: list[Mention]) -> str:
    """Key of the organisation a figure belongs to: the one governing the counted noun ("… der X"),
    else the nearest earlier one of the sentence that is no partner or source, else the release's
    main organisation among those the sentence does not name as partner or source."""
    conf = lexicon().conf
    governing = _owner_after(text, fig, orgs, conf)
    if governing:
        return governing.key
    roles = _roles(text, fig, orgs, conf)
    before = [m for m, ok in roles if ok and m.end <= fig.start]
    if before:
        return before[-1].key
    return main_org(orgs, {m.key for m, ok in roles if not ok} - {m.key for m, ok in roles if ok})


@cache
def _not_a_point() -> re.Pattern[str]:
    """Dates that start a period ("seit …") or are a comparison base ("mehr als im Vorjahr")."""
    words = ["seit", "seit dem", "seit der", *lexicon().conf["comparison_words"]["words"]]
    return re.compile(rf"(?<![\w]){_alt(words)}(?:\s+(?:im|dem|den|der))?\s*$", re.IGNORECASE)


def _point_in_time(text: str, d: DateMention) -> bool:
    return not d.text.lower().startswith("seit") and not _not_a_point().search(text[max(0, d.start - 25):d.start])


def as_of(text: str, fig: FigureMention, dates: list[DateMention], published: str) -> str:
    """The date the figure's sentence gives (nearest, not a "seit" start), else the publication date."""
    sentence_dates = [d for d in dates if d.sent_idx == fig.sent_idx and d.value and _point_in_time(text, d)]
    words = {w.lower() for w in _words(text[max(0, fig.start - 40):fig.end])}
    if not sentence_dates or words & lexicon().words_of("current_words"):
        return published
    return min(sentence_dates, key=lambda d: min(abs(d.start - fig.end), abs(fig.start - d.end))).value


# --- entry point ----------------------------------------------------------------------------------

def find_figures(doc: Doc, sentences: Sentences, dates: list[DateMention], org_mentions: list[Mention],
                 published: str) -> list[FigureMention]:
    """Counts and amounts of the release with unit, qualifier, organisation and date.

    RETURNS list[FigureMention] in text order.
    """
    text = view_of(doc).text
    orgs = sorted((m for m in org_mentions if m.label == "ORG"), key=lambda m: m.start)
    blocked = [(d.start, d.end) for d in dates]
    found = FigureFinder(text, blocked + [(m.start, m.end) for m in orgs]).figures()
    out = []
    for f in found:
        fig = FigureMention(sentences(f.start), f.start, f.end, text[f.start:f.end], round(f.value, 6), f.unit,
                            f.qualifier)
        fig.org_key = attribute(text, fig, orgs)
        fig.as_of = as_of(text, fig, dates, published)
        out.append(fig)
    return out
