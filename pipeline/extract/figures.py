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
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from babel.numbers import NumberFormatError, parse_decimal
from spacy.tokens import Doc
from text_to_num import text2num

from .. import resources
from ..records import DateMention, FigureMention, Mention, OrgRecord
from .view import find_whole, view_of

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
DETERMINER = re.compile(r"(?:d|ein|ihr|sein|unser|eur|mein|dies|jen|all|beid)(?:e|en|em|er|es)?|rund|etwa|circa|knapp|"
                        r"insgesamt|zusammen|gut|über|mehr|als|weniger|fast|nahezu|mindestens|bis|zu")
# "Die Zahl der betreuten Arbeitsplätze sei auf über 1.500 gestiegen"
NUMBER_OF = re.compile(r"\b[Zz]ahl der\s+(?:[a-zäöüß]+(?:e|en)\s+)?(?P<noun>[A-ZÄÖÜ][\w-]+)[^.!?:|]{0,60}"
                       r"\b(?:auf|bei|von|um|mit)\s+$")
DEFINED_ACRONYM = re.compile(r"[“”\"»«]?\s*\((?P<acronym>[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7})\)")
# A label before a number: a counted noun opening a table cell, list item or line, up to ":" or "|".
LABEL = re.compile(r"(?:^|[|•\n]|(?<=[.!?])\s)\s*(?P<noun>[A-ZÄÖÜ][\w-]+)(?:[^|:•\n.!?]{0,60})[:|]\s*$")
ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:en|em|er)")  # "in den ersten sechs Rathäusern"
AFTER_PREPOSITION = re.compile(r"\b(?:aus|von|vom|mit|in|im|an|am|bei|beim|zu|zum|zur|für|nach|gegenüber|über|unter)"
                               r"\s+(?:(?:den|dem|der|die|das|des)\s+)?(?:\w+\s+)?$")
RELATIVE_OPEN = re.compile(r",\s+(?:der|die|das|dem|den|deren|dessen)\s[^,]*$")
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
    article: bool = False  # counted by an indefinite article ("bei einer Gegenstimme")


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
        if word in self.lex.words_of("dual"):
            return 2.0, i
        if word in self.lex.articles:
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            if nxt.lower() in self.lex.multipliers or nxt in self.lex.scales:
                return self.lex.articles[word], i
            half = f"{word} {nxt.lower()}"
            after = self.tokens[i + 2].text if i + 2 < len(self.tokens) else ""
            if half in self.lex.articles and (after in self.lex.scales or after.lower() in self.lex.multipliers):
                return self.lex.articles[half], i + 1  # "eine halbe Million"
            if nxt in self.lex.conf["singular_counts"]:
                return 1.0, i  # "bei einer Gegenstimme"
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
            if self._number_at(i) is None:  # every reading below starts with a number (most tokens are none)
                i += 1
                continue
            if self.tokens[i].text.lower() in self.lex.words_of("dual"):  # "die beiden Kolleginnen": staff only
                fig, last = self._figure_at(i)
                if fig is not None and measure_of(self.text, fig) == "staff" \
                        and not fig.unit.lower().endswith(tuple(self.lex.words_of("dual_not_endings"))):
                    out.append(fig)
                    i = last
                i += 1
                continue
            fig, last = self._figure_at(i)
            if fig is None:
                fig, last = self._shared_unit_at(i)
            if fig is None and out:
                fig, last = self._elliptic_at(i, out[-1])
            if fig is None:
                fig, last = self._labelled_at(i)
            if fig is not None:
                out.append(fig)
                i = last + 1
            else:
                i += 1
        return out

    def _labelled_at(self, i: int) -> tuple[Figure | None, int]:
        """"Einwohner im Verbandsgebiet: rund 96.000", "| Beschäftigte zum Jahresbeginn 2024 | 18 |": a number
        after a label that starts with a counted noun (one ``measures.toml`` knows) and ends in ":" or "|"."""
        tok = self.tokens[i]
        read = self._number_at(i)
        if read is None or read[1] != i or self._is_blocked(tok.start, tok.end) or self._is_reference(i):
            return None, i
        fig = Figure(tok.start, tok.end, read[0])
        self._qualify(fig)
        after = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
        m = NUMBER_OF.search(self.text, max(0, fig.start - 120), fig.start)
        if m is None and not (after[:1].islower() and after != "und"):
            m = LABEL.search(self.text, max(0, fig.start - 80), fig.start)
        if m is None:
            return None, i
        noun = m["noun"]
        if not _noun_measure(nominative_plural(noun, True)):
            return None, i
        fig.unit = nominative_plural(noun, True)
        return fig, i

    def _elliptic_at(self, i: int, before: Figure) -> tuple[Figure | None, int]:
        """"2015 waren es zwölf", "zwölf davon aus X": a bare number counting what the figure before counts."""
        conf = self.lex.conf["elliptic"]
        tok = self.tokens[i]
        if before.unit in ("EUR", "USD", "CHF") or tok.start - before.end > conf["max_chars"]:
            return None, i
        read = self._number_at(i)
        if read is None or read[1] != i or self._is_blocked(tok.start, tok.end) or self._is_reference(i):
            return None, i
        after = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
        words = [t.text for t in self.tokens[max(0, i - 4):i]]
        while words and words[-1].lower() in conf["fillers"]:
            words.pop()
        after_es = len(words) >= 2 and words[-1] == "es" and words[-2].lower() in conf["verbs"]
        closed = not after[:1].isalpha() or after in conf["after"] or after in conf["verbs"]
        # "rund 212.000 Einwohner, die Stadt knapp 41.000.": a gapped clause of the same sentence
        gapped = after in (".", ";") and not SENTENCE_BREAK.search(self.text, before.end, tok.start) \
            and tok.start - before.end <= 120
        if not (closed and (after_es or after in conf["after"] or gapped)):
            return None, i
        return Figure(tok.start, tok.end, read[0], before.unit), i

    def _shared_unit_at(self, i: int) -> tuple[Figure | None, int]:
        """"von 18 auf 25 Mitarbeitende": a bare number before a link word and a figure takes its noun."""
        if i + 2 >= len(self.tokens):
            return None, i
        link, nxt = self.tokens[i + 1], i + 2
        word = link.text
        if self.tokens[nxt].text == "." and self.tokens[nxt].start == link.end:
            word, nxt = word + ".", nxt + 1  # "bzw."
        if word not in self.lex.words_of("shared_unit_links") or nxt >= len(self.tokens):
            return None, i
        tok = self.tokens[i]
        read = self._number_at(i)
        if read is None or read[1] != i or self._is_blocked(tok.start, tok.end) or self._is_reference(i):
            return None, i
        if self.tokens[i + 1].text == "zu" and i >= 1 and self.tokens[i - 1].text.lower() == "mit":
            return None, i  # "mit 24 zu 3 Stimmen": votes, read as a pair
        following, _ = self._figure_at(nxt)
        if following is None or following.unit in ("EUR", "USD", "CHF"):
            return None, i  # money: "1,5 bis 2 Mio. Euro" would need the scale too
        return Figure(tok.start, tok.end, read[0], following.unit), i

    def _figure_at(self, i: int) -> tuple[Figure | None, int]:
        tok = self.tokens[i]
        read = self._number_at(i)  # before the overlap test: most tokens are no number
        if read is None or self._is_blocked(tok.start, tok.end) or self._is_reference(i):
            return None, i
        value, last = read
        fig = Figure(tok.start, self.tokens[last].end, value,
                     article=tok.text.lower() in self.lex.articles and i + 1 < len(self.tokens)
                     and self.tokens[i + 1].text in self.lex.conf["singular_counts"])
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
            if not tok.is_word or "\n" in self.text[fig.end:tok.start]:
                return j
            if tok.is_capitalised:
                if in_phrase:
                    in_phrase = False
                    continue
                if number_value(tok.text.lower()) is not None:
                    return j  # "rund 96.000 Drei Fragen": a heading run on, no counted noun
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
        singular = self.lex.conf["singular_counts"]
        fig.unit = " und ".join(singular.get(n.text) or nominative_plural(n.text, dative) for n in nouns)
        fig.end = nouns[-1].end
        coordinated = self._coordinated(k, dative) if len(nouns) == 1 else None
        if coordinated:
            fig.unit, fig.end = coordinated
        return self._token_index(fig.end)

    def _coordinated(self, k: int, dative: bool) -> tuple[str, int] | None:
        """"elf Städten und Gemeinden", "13 Städte, Gemeinden und Ämter": one unit of local authorities."""
        towns = self.lex.words_of("coordinated_nouns")
        if self.tokens[k].text not in towns:
            return None
        parts, j = [self.tokens[k]], k + 1
        while j + 1 < len(self.tokens) and self.tokens[j].text in (",", "und", "sowie", "oder") \
                and self.tokens[j + 1].text in towns:
            parts.append(self.tokens[j + 1])
            if self.tokens[j].text != ",":
                break
            j += 2
        if len(parts) < 2 or self.tokens[j].text == ",":
            return None
        names = [nominative_plural(t.text, True) for t in parts]
        return ", ".join(names[:-1]) + " und " + names[-1], parts[-1].end

    def _dative_context(self, start: int) -> bool:
        """A dative preposition right before the figure, or before an article, possessive or qualifier."""
        words = [w.lower() for w in WORDS.findall(self.text[max(0, start - 40):start])][-3:]
        datives = self.lex.words_of("dative_prepositions")
        for k in range(len(words) - 1, -1, -1):
            if words[k] in datives:
                return True
            if not DETERMINER.fullmatch(words[k]) and not ADJECTIVE.fullmatch(words[k]):
                return False
        return False


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
            plural = word[: len(word) - len(ending)] + replacement
            return word[0] + plural[1:]  # "Tagen" → "Tage" by the rule "tagen" → "tage"
    return word


# --- what a figure measures ---------------------------------------------------------------------

COORDINATED = re.compile(r"\s*(?:,|und|sowie)\s+(?:(?:der|die|das|dem|den|des)\s+)?")
PEOPLE_NOUNS = frozenset({"menschen", "personen", "köpfe"})  # staff where their sentence speaks of work
MONEY_MEASURES = frozenset({"amount", "savings", "budget", "share_capital", "investment", "revenue"})
VOTES = frozenset({"votes_for", "votes_against", "abstentions"})
PARENTED = frozenset({"Gremium", "Verwaltung"})  # their figures belong to the organisation they are part of
CLAUSE_BREAK = re.compile(r",\s|;|:\s|\(|\)|\s[–—-]\s|(?<!\d)[.!?](?:\s|$)|\n")
SENTENCE_BREAK = re.compile(r"(?<![\d\s])[.!?](?=\s)|\n")  # not the dot of "1. Januar"


@dataclass(frozen=True)
class Measures:
    """``measures.toml``: nouns → measure, money cues, canonical units."""

    nouns: dict[str, str]  # lower-cased noun → measure
    context_nouns: dict[str, str]  # nouns measured by their sentence (staff or members), with their default
    staff_cues: frozenset[str]
    member_cues: frozenset[str]
    money: tuple[tuple[str, re.Pattern[str]], ...]  # (measure, cue pattern)
    money_weak: tuple[tuple[str, re.Pattern[str]], ...]  # cues that count only where no other stands
    canonical: dict[str, str]
    vote_between: tuple[str, ...]
    vote_units: frozenset[str]


@cache
def measures() -> Measures:
    conf = resources.toml("measures.toml")
    nouns = {noun: measure for measure, words in conf["nouns"].items() for noun in words}
    compounds = set(conf["money_compounds"]["words"])

    def cues(table: dict[str, list[str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        for measure, words in table.items():
            compound = [w for w in words if w in compounds]
            parts = [rf"(?<![\wäöüß]){_alt(words)}"] + ([rf"\B{_alt(compound)}"] if compound else [])
            out.append((measure, re.compile("|".join(parts), re.IGNORECASE)))
        return tuple(out)

    return Measures(nouns, dict(conf["context_nouns"]), frozenset(conf["staff_cues"]["words"]),
                    frozenset(conf["member_cues"]["words"]), cues(conf["money"]), cues(conf["money_weak"]),
                    dict(conf["canonical"]), tuple(conf["votes"]["between"]), frozenset(conf["votes"]["units"]))


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
    return _between(CLAUSE_BREAK, text, start, end, 300)


def _between(breaks: re.Pattern[str], text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """From the last break before ``start`` to the first after ``end``, at most ``reach`` characters away."""
    lo = max((m.end() for m in breaks.finditer(text, max(0, start - reach), start)), default=max(0, start - reach))
    hi = next((m.start() for m in breaks.finditer(text, end, min(len(text), end + reach))),
              min(len(text), end + reach))
    return lo, hi


def _money_measure(text: str, fig: Figure) -> str:
    """Share capital, savings, investment, revenue or budget by the cue nearest to the figure in its
    clause, else in its sentence (weak cues last); ``amount`` without one."""
    if re.search(r"(?<![\w])für\s+$", text[max(0, fig.start - 6):fig.start]):
        return "amount"  # a price: "erwirbt für 1,25 Mio. Euro einen Anteil"
    clause, sentence = _clause(text, fig.start, fig.end), _sentence_bounds(text, fig.start, fig.end)
    strong, weak = measures().money, measures().money_weak
    for table, (lo, hi) in ((strong, clause), (weak, clause), (strong, sentence), (weak, sentence)):
        found = [(max(fig.start - m.end(), m.start() - fig.end, 0), m.start() > fig.start, measure)
                 for measure, cue in table for m in cue.finditer(text, lo, hi)
                 if table is strong or not re.match(r"\s*\d", text[m.end():m.end() + 3])]  # not "im Jahr 2016"
        if found:
            return min(found)[2]
    return "amount"


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most 400 characters to either side)."""
    return _between(SENTENCE_BREAK, text, start, end, 400)


def measure_of(text: str, fig: Figure) -> str:
    """What a figure measures (``measures.toml``): staff, workplaces, members, inhabitants, money
    measures, votes, percent, else count."""
    if fig.unit in ("EUR", "USD", "CHF"):
        return _money_measure(text, fig)
    context = measures().context_nouns.get(fig.unit.lower())
    if context:
        lo, hi = _sentence_bounds(text, fig.start, fig.end)
        words = {w.lower() for w in WORDS.findall(text[lo:hi])}
        people = fig.unit.lower() in PEOPLE_NOUNS
        if people and words & measures().staff_cues:
            return "staff"
        if not people and words & measures().member_cues:
            return "members"
        return context
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
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        rejected = bool(lexicon().words_of("rejection_words").intersection(WORDS.findall(text[lo:hi])))
        first, second = ("votes_against", "votes_for") if rejected else ("votes_for", "votes_against")
        out.append(Figure(m.start("a"), m.end("a"), a, unit, measure=first))
        out.append(Figure(m.start("b"), m.end(), b, unit, measure=second))
    return out


@cache
def _vote_verbs() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(measure, unit, the words after the counted noun) of figures.toml [vote_verbs]."""
    return tuple((measure, v["unit"], re.compile(v["after"])) for measure, v in lexicon().conf["vote_verbs"].items())


def _voters(text: str, found: list[Figure]) -> list[Figure]:
    """People counted by how they voted are votes ("38 Abgeordnete stimmten für …" → 38 Stimmen, votes_for;
    "zwei enthielten sich" → 2 Enthaltungen); "4 Ja, 6 Nein" count Ja- and Nein-Stimmen (figures.toml)."""
    answers = lexicon().conf["vote_answers"]
    for f in found:
        answer = answers.get(f.unit)
        if answer:
            f.unit, f.measure = answer["unit"], answer["measure"]
            continue
        for measure, unit, after in _vote_verbs():
            if after.match(text, f.end, f.end + 80):
                f.unit, f.measure = unit, measure
                break
    return found


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
            ok = (not any(w in excluded for w in before[-2:]) or "gefolgt" in before[-3:]) \
                and not _source_cue().search(window)
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
    lo, hi = _clause(text, fig.start, fig.end)
    clause = text[lo:fig.start] + " " + text[fig.end:hi]  # not the figure's own noun ("drei neue Mitglieder")
    words = {w.lower() for w in WORDS.findall(clause)}
    subjects = {w.lower() for w in lexicon().words_of("joint_subjects")}
    if fig.measure != "members" and words & (lexicon().words_of("joint_cues") - subjects) and words & subjects \
            and not re.search(r"\b(?:[Zz]usammen|[Gg]emeinsam) mit\b", text[lo:hi]):
        return True  # "Gemeinsam kommen beide Verbände auf 130 Beschäftigte"
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


def _in_relative_clause(text: str, m: Mention, fig: FigureMention) -> bool:
    """Is ``m`` inside a relative clause closed before the figure ("Die KIDM, die der Landkreis … gegründet
    haben, betreut 1.400 Arbeitsplätze")?"""
    lo, _ = _sentence_bounds(text, m.start, m.end)
    return bool(RELATIVE_OPEN.search(text, lo, m.start)) and "," in text[m.end:fig.start]


def _clause_has(text: str, fig: FigureMention, *tables: str) -> bool:
    lo, hi = _clause(text, fig.start, fig.end)
    words = set(WORDS.findall(text[lo:hi]))
    return any(words & lexicon().words_of(t) for t in tables)


def _is_funder(text: str, m: Mention) -> bool:
    """"Das Land fördert …", "Fördermittel des Landes", "aus Mitteln des Bundes"."""
    after = WORDS.findall(text[m.end:m.end + 40])[:3]
    before = WORDS.findall(text[max(0, m.start - 30):m.start])[-3:]
    return bool(lexicon().words_of("funding_verbs").intersection(after)) or \
        bool(after and after[0] in lexicon().words_of("funding_nouns")) or \
        bool(lexicon().words_of("funding_nouns").intersection(before[:-1] if len(before) > 1 else before))


def _voting_body(text: str, fig: FigureMention, orgs: list[Mention], bodies: Sequence[str]) -> str:
    """The body (Gremium) mentioned last before a vote, in its sentence or before."""
    for m in reversed([m for m in orgs if m.end <= fig.start]):
        if m.key in bodies or m.label == "BODY":
            return m.key
    return ""


def attribute(text: str, fig: FigureMention, orgs: list[Mention],
              providers: Sequence[str] = (), bodies: Sequence[str] = ()) -> str:
    """Key of the organisation a figure belongs to: for staff who move, the receiving one; no one for
    a joint total of several; for a holding ("10 Prozent der Anteile") the sentence's first possible
    owner (the holder); else the one governing the counted noun ("… der X"), else the nearest earlier
    one of the sentence that is no partner or source, else for a share capital or budget the provider
    (``providers``: keys of the release's providers, most mentioned first), else the release's main
    organisation among those the sentence does not name as partner or source."""
    conf = lexicon().conf
    bracketed = re.search(r"\(\s*$", text[max(0, fig.start - 3):fig.start])
    if bracketed:  # "in Probedorf (3.900 Einwohner)": the place or organisation before the bracket
        named = [m for m in orgs if 0 <= fig.start - m.end <= 3 and m.sent_idx == fig.sent_idx]
        if named:
            return named[-1].key
    orgs = [m for m in orgs if m.label != "LOCREF"]
    if fig.measure == "staff":
        receiver = _receiver(text, fig, orgs)
        if receiver:
            return receiver.key
    roles = _roles(text, fig, orgs, conf)
    if _joint(text, fig, roles):
        return ""
    before = [m for m, ok in roles if ok and m.end <= fig.start and not _in_relative_clause(text, m, fig)]
    if fig.measure in VOTES:
        body = _voting_body(text, fig, orgs, bodies)
        if body:
            return body
    if fig.measure not in MONEY_MEASURES and fig.measure != "percent":
        pass
    elif _clause_has(text, fig, "funding_verbs", "funding_nouns"):
        funders = {m.key for m, _ in roles if _is_funder(text, m)}
        before = [m for m in before if m.key not in funders]
        if not before:
            return main_org(orgs, funders)
    elif fig.measure in MONEY_MEASURES and _clause_has(text, fig, "payment_verbs"):
        lo, _ = _clause(text, fig.start, fig.end)
        payers = [m for m in before if m.start >= lo]
        if payers:
            return payers[0].key  # the payer
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
    nouns, pronouns = {**conf["nouns"], **conf["bodies"]}, conf["pronouns"]
    adjectives = rf"(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){{0,{int(conf['max_adjectives'])}}}"
    pattern = re.compile(rf"(?<![\w-])(?:{_alt(conf['articles'])}|{_alt(a.capitalize() for a in conf['articles'])})\s+"
                         rf"{adjectives}(?P<noun>{_alt(nouns)})(?![\w-])(?!\s+[A-ZÄÖÜ])"
                         rf"|(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=\w\s)(?=[a-z]))(?P<pronoun>{_alt(pronouns)})\s")
    return pattern, nouns, pronouns


def _types_of(org: OrgRecord) -> set[str]:
    """The org_type of a record and the type its legal form implies ("AöR" → Anstalt)."""
    legal = lexicon().conf["anaphora"]["legal_forms"].get(org.legal_form, "")
    return {org.org_type, legal} - {""}


def _names_again(text: str, taken: Blocked, orgs: list[Mention], places: list[Mention],
                 organisations: Sequence[OrgRecord], sentences: Sentences) -> list[Mention]:
    """An organisation's acronym ("zur KIDM") or a place name alone ("Probedorf spart …") where no mention is."""
    conf = lexicon().conf["anaphora"]
    out = []
    for org in organisations:
        short = org.short_name
        if short and len(short) >= 2 and short.isupper():
            for s, e in find_whole(text, short):
                if not taken.overlaps(s, e):
                    out.append(Mention(sentences(s), s, e, short, "REF", org.key))
    place_types = set(conf["place_types"]["words"])
    for m in places:  # a place as subject or object; a location ("in Musterstadt") only before a bracket
        located = bool(AFTER_PREPOSITION.search(text, max(0, m.start - 25), m.start))
        fitting = [o.key for o in organisations if o.org_type in place_types and o.name.endswith(" " + m.text)]
        if len(fitting) == 1 and not taken.overlaps(m.start, m.end):
            out.append(Mention(m.sent_idx, m.start, m.end, m.text, "LOCREF" if located else "REF", fitting[0]))
    for match in DEFINED_ACRONYM.finditer(text):  # "„Kommunale IT-Dienste Musterland AöR“ (KIDM)"
        owner = next((m for m in orgs if 0 <= match.start() - m.end <= 3), None)
        if owner is None:
            continue
        for s, e in find_whole(text, match["acronym"]):
            if not taken.overlaps(s, e) and s != match.start("acronym"):
                out.append(Mention(sentences(s), s, e, match["acronym"], "REF", owner.key))
    return out


def references(text: str, orgs: list[Mention], organisations: Sequence[OrgRecord],
               sentences: Sentences, places: Sequence[Mention] = ()) -> list[Mention]:
    """Mentions for "die Anstalt", "der Verband", "das Klinikum", a sentence-initial "Er": the organisation
    of the release of a fitting type (or with the noun in its name) mentioned most, then last before."""
    if not organisations or not orgs:
        return []
    pattern, nouns, pronouns = _anaphora()
    taken = Blocked([(m.start, m.end) for m in orgs])
    out = _names_again(text, taken, orgs, list(places), organisations, sentences)
    counts = Counter(m.key for m in orgs + out)
    named_at: dict[str, list[int]] = defaultdict(list)  # key → starts of its mentions, in text order
    subject_at: dict[str, list[int]] = defaultdict(list)  # … of those not after a preposition
    for m in sorted(orgs + out, key=lambda m: m.start):
        named_at[m.key].append(m.start)
        if not AFTER_PREPOSITION.search(text, max(0, m.start - 25), m.start):
            subject_at[m.key].append(m.start)

    def last_before(positions: list[int], offset: int) -> int:
        k = bisect_left(positions, offset)
        return positions[k - 1] if k else -1

    fitting_of: dict[tuple[str, bool], frozenset[str]] = {}
    for match in pattern.finditer(text):
        word = match["noun"] or match["pronoun"]
        span = match.span("noun") if match["noun"] else match.span("pronoun")
        if taken.overlaps(*span):
            continue
        cache_key = (word, bool(match["noun"]))
        if cache_key not in fitting_of:
            types = set((nouns if match["noun"] else pronouns)[word])
            fitting_of[cache_key] = frozenset(
                o.key for o in organisations if counts[o.key] and (types & _types_of(o) or (
                    match["noun"] and word.lower() in (w.lower() for w in WORDS.findall(o.name)))))
        fitting = fitting_of[cache_key]
        if not fitting:
            continue
        if match["pronoun"]:  # the last one named as a subject or object, not after a preposition
            last = {k: last_before(subject_at[k], span[0]) for k in fitting}
            key = max(fitting, key=lambda k: (last[k], k))
            key = key if last[key] >= 0 else ""
        else:
            key = max(fitting, key=lambda k: (counts[k], last_before(named_at[k], span[0]), k))
        if key:
            label = "BODY" if word in lexicon().conf["anaphora"]["bodies"] else "REF"
            out.append(Mention(sentences(span[0]), span[0], span[1], text[span[0]:span[1]], label, key))
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
    found = _voters(text, FigureFinder(text, blocked + [(f.start, f.end) for f in votes]).figures()) + votes
    places = [m for m in org_mentions if m.label == "LOC"]
    owners = sorted(orgs + references(text, orgs, organisations, sentences, places), key=lambda m: m.start)
    parents = {o.key: o.parent_key for o in organisations if o.parent_key and o.org_type in PARENTED}
    dates_of: dict[int, list[DateMention]] = defaultdict(list)  # the dates of each sentence
    for d in dates:
        dates_of[d.sent_idx].append(d)
    bodies = {o.key for o in organisations if o.org_type == "Gremium"}
    provider_types = set(lexicon().words_of("provider_types"))
    counts = Counter(m.key for m in orgs)
    providers = sorted((o.key for o in organisations if _types_of(o) & provider_types and counts[o.key]),
                       key=lambda k: -counts[k])
    measures_found = {id(f): f.measure or measure_of(text, f) for f in found}
    tallies = {sentences(f.start) for f in found if not f.article and measures_found[id(f)] in VOTES}
    out = []
    for f in sorted(found, key=lambda f: f.start):
        measure = measures_found[id(f)]
        if f.article and (measure not in VOTES or sentences(f.start) not in tallies):
            continue  # "mit einer Gegenstimme" alone is no tally; "12 Stimmen bei einer Gegenstimme" is
        fig = FigureMention(sentences(f.start), f.start, f.end, text[f.start:f.end], round(f.value, 6), f.unit,
                            f.qualifier, canonical_unit=canonical_unit(f.unit, measure), measure=measure)
        owner = attribute(text, fig, owners, providers, bodies)
        fig.org_key = parents.get(owner, owner)
        fig.as_of = as_of(text, fig, dates_of.get(fig.sent_idx, []), published)
        out.append(fig)
    return out
