"""Figures: counts and amounts with what they count, whose they are and when.

Numbers are read in every press form — digits with German grouping through
Babel ("3.000", "1,5"), number words through text2num ("fünf") or
``numbers.tsv`` ("anderthalb", "ein Dutzend"), scale words from ``scales.tsv``
("1,5 Mio. Euro"), units from ``units.tsv`` (EUR, Prozent), qualifiers from
``qualifiers.tsv`` ("rund" → about). The counted noun is the next noun after the
number, put in the nominative plural by the rules in ``plurals.tsv``. What a
figure measures (staff, budget, share capital, votes …) and its canonical unit
come from ``measures.toml``. Context words (references like "Seite 2",
durations, attribution cues, words that refer back to an organisation) are in
``figures.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from babel.numbers import NumberFormatError, parse_decimal
from spacy.tokens import Doc
from text_to_num import text2num

from .. import resources
from ..records import DateMention, FigureMention, Mention, OrgRecord
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
    qualifier: str = "exact"
    measure: str = ""  # set where the form itself says it (votes)


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
        if prev in self.lex.words_of("not_after") or prev in {"+", "#", "Nr", "ID"}:
            return True
        if prev == ":" and self.tokens[i - 1].end == tok.start:
            return True  # "ID:42280778"; after "Bilanz: " a count may follow
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


# --- what a figure measures ---------------------------------------------------------------------

COORDINATED = re.compile(r"\s*(?:,|und|sowie)\s+(?:(?:der|die|das|dem|den|des)\s+)?")
PARENTED = frozenset({"Gremium", "Verwaltung"})  # their figures belong to the organisation they are part of
CLAUSE_BREAK = re.compile(r",\s|;|:\s|\(|\)|\s[–—-]\s|(?<!\d)[.!?](?:\s|$)|\n")
SENTENCE_BREAK = re.compile(r"(?<![\d\s])[.!?](?=\s)|\n")  # not the dot of "1. Januar"


@dataclass(frozen=True)
class Measures:
    """``measures.toml``: nouns → measure, money cues, canonical units."""

    nouns: dict[str, str]  # lower-cased noun → measure
    money: tuple[tuple[str, re.Pattern[str]], ...]  # (measure, cue pattern)
    money_weak: tuple[tuple[str, re.Pattern[str]], ...]  # cues that count only where no other stands
    canonical: dict[str, str]
    vote_between: tuple[str, ...]
    vote_units: frozenset[str]


@cache
def measures() -> Measures:
    conf = resources.toml("measures.toml")
    nouns = {noun: measure for measure, words in conf["nouns"].items() for noun in words}
    def cues(table: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((measure, re.compile(r"(?<![\wäöüß])" + _alt(words), re.IGNORECASE))
                     for measure, words in table.items())

    return Measures(nouns, cues(conf["money"]), cues(conf["money_weak"]), dict(conf["canonical"]),
                    tuple(conf["votes"]["between"]), frozenset(conf["votes"]["units"]))


def _noun_measure(unit: str) -> str:
    """Measure of a counted noun: listed as is, else by its last part ("IT-Fachkräfte")."""
    known = measures().nouns
    low = unit.lower()
    if low in known:
        return known[low]
    last = low.rsplit(" ", 1)[-1]
    for noun in sorted(known, key=len, reverse=True):
        if " " not in noun and len(noun) >= 6 and last.endswith(noun):
            return known[noun]
    return ""


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between clause breaks (", ", ";", brackets, dashes, sentence ends)."""
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    hi = next((m.start() for m in CLAUSE_BREAK.finditer(text, end, min(len(text), end + 300))),
              min(len(text), end + 300))
    return lo, hi


def _money_measure(text: str, fig: Figure) -> str:
    """Share capital, savings, investment, revenue or budget by the cue nearest to the figure in its
    clause, else in its sentence (weak cues last); ``amount`` without one."""
    clause, sentence = _clause(text, fig.start, fig.end), _sentence_bounds(text, fig.start, fig.end)
    for table, (lo, hi) in ((measures().money, clause), (measures().money, sentence),
                            (measures().money_weak, sentence)):
        found = [(max(fig.start - m.end(), m.start() - fig.end, 0), measure)
                 for measure, cue in table for m in cue.finditer(text, lo, hi)]
        if found:
            return min(found)[1]
    return "amount"


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most 400 characters to either side)."""
    lo = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    hi = next((m.start() for m in SENTENCE_BREAK.finditer(text, end, min(len(text), end + 400))),
              min(len(text), end + 400))
    return lo, hi


def measure_of(text: str, fig: Figure) -> str:
    """What a figure measures (``measures.toml``): staff, workplaces, members, inhabitants, money
    measures, votes, percent, else count."""
    if fig.unit in ("EUR", "USD", "CHF"):
        return _money_measure(text, fig)
    return _noun_measure(fig.unit) or "count"


def canonical_unit(unit: str, measure: str) -> str:
    """The unit in one word per kind: the measure's canonical unit, else the unit as written."""
    return measures().canonical.get(measure, unit) if unit not in ("EUR", "USD", "CHF") else unit


@cache
def _vote_pattern() -> re.Pattern[str]:
    m = measures()
    number = r"\d{1,4}|[a-zäöüß]{3,}"
    units = _alt(u.capitalize() for u in m.vote_units)
    return re.compile(rf"(?<![\w.,])(?P<a>{number})\s*(?:{_alt(m.vote_between)})\s*(?P<b>{number})\s+(?P<u>{units})\b")


def vote_pairs(text: str, blocked: list[tuple[int, int]]) -> list[Figure]:
    """"mit 24 zu 3 Stimmen", "24:3 Stimmen": the votes for and the votes against, two figures."""
    if "timmen" not in text:
        return []
    spans = Blocked(blocked)
    out = []
    for m in _vote_pattern().finditer(text):
        a, b = number_value(m["a"]), number_value(m["b"])
        if a is None or b is None or spans.overlaps(m.start(), m.end()):
            continue
        unit = m["u"]
        out.append(Figure(m.start("a"), m.end("a"), a, unit, measure="votes_for"))
        out.append(Figure(m.start("b"), m.end(), b, unit, measure="votes_against"))
    return out


# --- attribution ----------------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return WORDS_AND_MARKS.findall(text)


def _owner_after(text: str, fig: FigureMention, orgs: list[Mention], conf: dict[str, Any]) -> Mention | None:
    """An organisation governing the counted noun: "18 Beschäftigte der …" (not "Prozent der Anteile an der …")."""
    owner = conf["owner_after"]
    shares = lexicon().words_of("share_nouns")
    for m in orgs:
        if m.start < fig.end or m.sent_idx != fig.sent_idx:
            continue
        between = _words(text[fig.end:m.start])
        if between and len(between) <= owner["max_words"] and between[0].lower() in owner["words"] \
                and all(w[:1].isalpha() for w in between) and not shares.intersection(between):
            return m
        return None
    return None


@cache
def _source_cue() -> re.Pattern[str]:
    """"nach Angaben der …", "nach Berechnungen des …": the source of a figure, not its owner."""
    return re.compile(rf"\b[Nn]ach\s+(?:\w+\s+)?{_alt(lexicon().words_of('source_cues'))}\s+(?:der|des|von)\s+"
                      r"(?:\w+\s+)?$")


def _roles(text: str, fig: FigureMention, orgs: list[Mention], conf: dict[str, Any]) -> list[tuple[Mention, bool]]:
    """The sentence's organisations, each with whether it may own a figure (not "mit der …", "von der …",
    "nach Angaben der …")."""
    excluded = set(conf["not_owner_before"]["words"])
    out: list[tuple[Mention, bool]] = []
    for m in (m for m in orgs if m.sent_idx == fig.sent_idx and (m.end <= fig.start or m.start >= fig.end)):
        previous, previous_ok = out[-1] if out else (None, True)
        if previous is not None and CHAINED.fullmatch(text[previous.end:m.start]):
            ok = previous_ok  # "(ABC)" after a name, "X und dem Y" after X: same role
        else:
            window = text[max(0, m.start - 40):m.start]
            before = [w.lower() for w in _words(window[-30:])]
            ok = not any(w in excluded for w in before[-2:]) and not _source_cue().search(window)
        out.append((m, ok))
    return out


def main_org(orgs: list[Mention], exclude: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    """Key of the organisation the release is mostly about (most mentions, then first)."""
    counts = Counter(m.key for m in orgs if m.key and m.key not in exclude and m.label == "ORG")
    if not counts:
        return ""
    top = max(counts.values())
    return next(m.key for m in orgs if counts.get(m.key) == top)


@cache
def _move_to() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){_alt(lexicon().words_of('move_to'))}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


def _receiver(text: str, fig: FigureMention, orgs: list[Mention]) -> Mention | None:
    """Staff who move belong to the receiving organisation: "… wechseln 14 Beschäftigte zur Anstalt"."""
    lo, hi = _sentence_bounds(text, fig.start, fig.end)
    if not lexicon().words_of("move_verbs").intersection(WORDS.findall(text[lo:hi])):
        return None
    for m in orgs:
        if m.sent_idx == fig.sent_idx and m.start >= fig.end and _move_to().search(text[max(0, m.start - 40):m.start]):
            return m
    return None


def _joint(text: str, fig: FigureMention, roles: list[tuple[Mention, bool]]) -> bool:
    """Is the figure a total of several organisations coordinated before it ("A und B beschäftigen
    zusammen 130 Mitarbeiter")?"""
    before = [m for m, ok in roles if m.end <= fig.start]
    if len(before) < 2 or not all(ok for m, ok in roles if m.end <= fig.start):
        return False
    a, b = before[-2], before[-1]
    if a.key == b.key or not COORDINATED.fullmatch(text[a.end:b.start]):
        return False
    lo, hi = _sentence_bounds(text, fig.start, fig.end)
    return bool(lexicon().words_of("joint_cues").intersection(w.lower() for w in WORDS.findall(text[lo:hi])))


def _is_share(text: str, fig: FigureMention) -> bool:
    """"25,1 Prozent der Anteile", "10 Prozent des Stammkapitals": a holding."""
    after = _words(text[fig.end:fig.end + 40])[:2]
    return len(after) == 2 and after[0] in ("der", "des") and after[1] in lexicon().words_of("share_nouns")


def attribute(text: str, fig: FigureMention, orgs: list[Mention],
              providers: Sequence[str] = ()) -> str:
    """Key of the organisation a figure belongs to: for staff who move, the receiving one; no one for
    a joint total of several; for a holding ("10 Prozent der Anteile") the sentence's first possible
    owner (the holder); else the one governing the counted noun ("… der X"), else the nearest earlier
    one of the sentence that is no partner or source, else for a share capital or budget the provider
    (``providers``: keys of the release's providers, most mentioned first), else the release's main
    organisation among those the sentence does not name as partner or source."""
    conf = lexicon().conf
    if fig.measure == "staff":
        receiver = _receiver(text, fig, orgs)
        if receiver:
            return receiver.key
    roles = _roles(text, fig, orgs, conf)
    if _joint(text, fig, roles):
        return ""
    before = [m for m, ok in roles if ok and m.end <= fig.start]
    if before and _is_share(text, fig):
        return before[0].key
    governing = _owner_after(text, fig, orgs, conf)
    if governing:
        return governing.key
    if before:
        return before[-1].key
    if providers and fig.measure in conf["provider_types"]["measures"]:
        return providers[0]
    return main_org(orgs, {m.key for m, ok in roles if not ok} - {m.key for m, ok in roles if ok})


# --- organisations named again by a noun or pronoun ----------------------------------------------

@cache
def _anaphora() -> tuple[re.Pattern[str], dict[str, list[str]], dict[str, list[str]]]:
    conf = lexicon().conf["anaphora"]
    nouns, pronouns = conf["nouns"], conf["pronouns"]
    adjectives = rf"(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){{0,{int(conf['max_adjectives'])}}}"
    pattern = re.compile(rf"(?<![\w-])(?:{_alt(conf['articles'])}|{_alt(a.capitalize() for a in conf['articles'])})\s+"
                         rf"{adjectives}(?P<noun>{_alt(nouns)})(?![\w-])(?!\s+[A-ZÄÖÜ])"
                         rf"|(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<pronoun>{_alt(pronouns)})\s")
    return pattern, nouns, pronouns


def _types_of(org: OrgRecord) -> set[str]:
    """The org_type of a record and the type its legal form implies ("AöR" → Anstalt)."""
    legal = lexicon().conf["anaphora"]["legal_forms"].get(org.legal_form, "")
    return {org.org_type, legal} - {""}


def references(text: str, orgs: list[Mention], organisations: Sequence[OrgRecord],
               sentences: Sentences) -> list[Mention]:
    """Mentions for "die Anstalt", "der Verband", "das Klinikum", a sentence-initial "Er": the organisation
    of the release of a fitting type (or with the noun in its name) mentioned most, then last before."""
    if not organisations or not orgs:
        return []
    pattern, nouns, pronouns = _anaphora()
    taken = Blocked([(m.start, m.end) for m in orgs])
    starts = [m.start for m in orgs]  # orgs are sorted by start
    out = []
    for match in pattern.finditer(text):
        word = match["noun"] or match["pronoun"]
        span = match.span("noun") if match["noun"] else match.span("pronoun")
        if taken.overlaps(*span):
            continue
        types = set((nouns if match["noun"] else pronouns)[word])
        fitting = {o.key for o in organisations if types & _types_of(o)
                   or (match["noun"] and word.lower() in (w.lower() for w in WORDS.findall(o.name)))}
        if not fitting:
            continue
        counts = Counter(m.key for m in orgs if m.key in fitting)
        last = {m.key: m.start for m in orgs[:bisect_left(starts, span[0])] if m.key in fitting}
        key = max(counts, key=lambda k: (counts[k], last.get(k, -1)), default="")
        if key:
            out.append(Mention(sentences(span[0]), span[0], span[1], text[span[0]:span[1]], "REF", key))
    return out


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
                 published: str, organisations: Sequence[OrgRecord] = ()) -> list[FigureMention]:
    """Counts and amounts of the release with unit, measure, qualifier, organisation and date.

    ``organisations`` (the release's records) let "die Anstalt", "der Verband" and a sentence-initial
    "Er" stand for an organisation, and a body or administration pass its figures to its parent.
    RETURNS list[FigureMention] in text order.
    """
    text = view_of(doc).text
    orgs = sorted((m for m in org_mentions if m.label == "ORG"), key=lambda m: m.start)
    blocked = [(d.start, d.end) for d in dates] + [(m.start, m.end) for m in orgs]
    votes = vote_pairs(text, blocked)
    found = FigureFinder(text, blocked + [(f.start, f.end) for f in votes]).figures() + votes
    owners = sorted(orgs + references(text, orgs, organisations, sentences), key=lambda m: m.start)
    parents = {o.key: o.parent_key for o in organisations if o.parent_key and o.org_type in PARENTED}
    provider_types = set(lexicon().words_of("provider_types"))
    counts = Counter(m.key for m in orgs)
    providers = sorted((o.key for o in organisations if _types_of(o) & provider_types and counts[o.key]),
                       key=lambda k: -counts[k])
    out = []
    for f in sorted(found, key=lambda f: f.start):
        measure = f.measure or measure_of(text, f)
        fig = FigureMention(sentences(f.start), f.start, f.end, text[f.start:f.end], round(f.value, 6), f.unit,
                            f.qualifier, canonical_unit=canonical_unit(f.unit, measure), measure=measure)
        owner = attribute(text, fig, owners, providers)
        fig.org_key = parents.get(owner, owner)
        fig.as_of = as_of(text, fig, dates, published)
        out.append(fig)
    return out
