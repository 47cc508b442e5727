"""Dates: find date expressions with our own patterns and place them on the calendar.

Spans come from regular expressions over ``doc.text`` built from the resources
``months.tsv`` and ``dates.toml`` (never from ``dateparser.search``, which turns
German function words into weekdays). Values are computed here, at the
expression's own granularity, against the release's publication date — never
against today. Without a publication date, relative expressions stay
unresolved. A publication date inferred by ``infer_published`` (called by the clean
stage, which owns the publication date) is used like a stated one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc

from .. import periods, resources
from ..periods import interval
from ..records import DateMention
from .figures import number_value
from .literals import Literals, may_match, required_literals
from .view import view_of

Sentences = Callable[[int], int]
WORDS = re.compile(r"[\wäöüß]+")
_UP_TO_PUNCTUATION = re.compile(r"[^,.;:!?\n]{0,120}")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"})
_PLACE_PREPOSITIONS = frozenset({"in", "an", "auf", "aus", "nach", "zu", "bei", "mit", "über", "unter", "vor"})
NEXT_WORD = re.compile(r"\s*([\wäöüß%€]+)")
ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PERIOD = r"(?<!\d)[.!?](?=\s|$)"  # abbreviations ("Dr.") are excepted by _breaks()


# --- resources and patterns ---------------------------------------------------------------------

def _conf() -> dict[str, Any]:
    return resources.toml("dates.toml")


def _alt(words: Any, capitalise: bool = False) -> str:
    """Regex alternation of literal words, longest first; optionally also capitalised."""
    forms = set(words)
    if capitalise:
        forms |= {w[:1].upper() + w[1:] for w in words}
    return "(?:" + "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w))) + ")"


@cache
def _month_forms() -> tuple[str, str]:
    """(full names, abbreviations) alternations; abbreviations need their dot."""
    names = resources.month_numbers()
    abbrev = {n for n in names if any(o != n and o.startswith(n) and names[o] == names[n] for o in names)}
    full = [n.capitalize() for n in names if n not in abbrev]
    short = [n.capitalize() + "." for n in abbrev]
    return _alt(full), _alt(short)


def _month(group: str) -> str:
    full, short = _month_forms()
    return rf"(?P<{group}>{full}\b|{short})"


def _year(group: str) -> str:
    return rf"(?<![\d.,:/])(?P<{group}>(?:1[89]|20)\d\d)(?![\d]|[.,]\d)"


DAY = r"(?P<{g}>0?[1-9]|[12]\d|3[01])\.(?!\d)"


def _day(group: str) -> str:
    """A day before its month: "1." or an ordinal word ("ersten")."""
    return rf"(?:{DAY.format(g=group)}|\b(?P<{group}w>{_alt(_conf()['day_ordinals'])})\b)"


def _day_number(match: re.Match[str], group: str) -> int:
    """The day a ``_day`` group (or a numeric date's day) read, as a number."""
    groups = match.groupdict()
    return int(groups[group]) if groups[group] else _conf()["day_ordinals"][groups[group + "w"]]


def _day_span(match: re.Match[str], group: str) -> tuple[int, int]:
    return match.span(group) if match[group] else match.span(group + "w")


def _two_days(match: re.Match[str]) -> bool:
    """Does a day-month match name a first day of a range ("1. bis 3. März")?"""
    groups = match.groupdict()
    return bool(groups.get("d1") or groups.get("d1w"))


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every date pattern, by kind. Built once from the resources."""
    c = _conf()
    rel = _alt(c["relative_adjectives"], capitalise=True)
    units = _alt(c["units"])
    parts = _alt(c["parts"]["words"])
    seasons = _alt(c["seasons"]["words"])
    weekday = _alt(c["weekdays"])
    ords = _alt(c["ordinals"])
    sep = r"\s*(?:bis|und|-|–)\s*"
    prep = _alt(["im", "in", "mit", "seit", "ab", "bis", "zum", "für", "aus", "bis zum", "ab dem", "seit dem"],
                capitalise=True)
    art = r"(?:(?:dem|den|der|das|des)\s+)?"
    deictic = _alt(c["deictic_days"], capitalise=True)
    offset_units = _alt(c["offset_units"])
    direction = _alt(c["offset_direction"], capitalise=True)
    wd_cues = _alt(c["weekday_cues"]["words"], capitalise=True)
    mon_cues = _alt(c["month_cues"]["words"], capitalise=True)
    rel_years = _alt(c["relative_years"])
    boundaries = _alt(c["boundaries"])
    boundary_prefix = _alt(c["boundary_prefix"]["words"], capitalise=True)
    season_cues = _alt(c["season_cues"]["words"], capitalise=True)
    table = {
        "numeric": r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.\s?(?P<m>0?[1-9]|1[0-2])\.\s?"
                   r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d]|[.,]\d)",
        "iso": r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\d\-])",
        # after a preposition ("am 18.01."), or labelling a table row or list item ("| 18.01. | …", "- 18.01.: …")
        "numeric_dm": rf"(?:\b{_alt(['am', 'vom', 'zum', 'bis', 'ab', 'seit'], True)}\s+|"
                      r"(?P<lead>(?<![^\n])|(?<=[|•▪►*–-]\s)|(?<=[|•▪►*–-])))"
                      r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?![\d])"
                      r"(?(lead)(?=[ \t]*(?::|\||[–—-]\s)))",
        "dmy": rf"(?:(?P<wd>{weekday}),?\s+(?:de[nm]\s+)?)?(?:{_day('d1')}{sep})?{_day('d')}\s*{_month('mon')}"
               rf"(?:\s+{_year('y')})?",
        "my": rf"(?:(?P<part>{parts})\s+)?(?:{_month('mon1')}{sep})?{_month('mon')}\s+{_year('y')}",
        "month_relyear": rf"(?:\b{prep}\s+)?(?:{_day('d')}\s*)?{_month('mon')}\s+(?:des\s+)?(?P<rel>{rel})\s+Jahres\b",
        "quarter": rf"(?:\b{prep}\s+{art})?(?:(?P<ord>{ords})\s+(?P<unit>Quartal|Halbjahr)(?:es|s)?\b|"
                   rf"\b(?P<qn>Q[1-4]|H[12])\b)(?:\s+(?:des\s+Jahres\s+)?{_year('y')}|"
                   rf"\s+(?:des\s+)?(?P<rel>{rel})\s+Jahres\b)?",
        "year": rf"(?:\b(?P<part>{parts}|{seasons})\s+)?(?:\b(?P<jahr>Jahre?s?)\s+)?{_year('y')}"
                rf"(?:\s*(?:bis|und|-|–|/)\s*(?P<y2>(?:1[89]|20)\d\d)|[/\-–](?P<y2s>\d\d))?(?![\d]|[.,]\d)",
        "boundary": rf"(?:\b(?P<pre>{boundary_prefix})\s+)?(?:(?P<rel>{rel})\s+)?\b(?P<edge>{boundaries})\b"
                    rf"(?:\s+{_year('y')}(?:/(?P<y2>\d\d))?)?(?!\s*\d)",
        "season": rf"(?:\b(?P<pre>{season_cues})\s+{art}(?:(?P<rel>{rel})\s+)?|\b{prep}\s+{art}(?P<rel1>{rel})\s+)"
                  rf"(?P<season>{seasons})\b(?:\s+(?:des\s+)?(?P<rel2>{rel})\s+Jahres\b)?(?!\s*\d)",
        "rel_unit": rf"(?:\b{prep}\s+)?{art}(?:(?P<part>{parts})\s+(?:des\s+)?)?\b(?P<rel>{rel})\s+"
                    rf"(?P<unit>{units})\b",
        "this_unit": rf"\b(?P<part>{parts})\s+des\s+(?P<unit>Jahres|Monats)\b",
        "rel_year_word": rf"(?:\b{prep}\s+)?{art}\b(?P<word>{rel_years})\b",
        "after_previous": rf"\b(?:(?P<n>\d+|[a-zäöüß]+)\s+(?P<unit>{offset_units})|(?P<tags>tags))\s+"
                          rf"(?P<after>{_alt(c['after_previous']['words'])})\b(?!\s+als\b)",  # not a delay
        # "im vergangenen Juni", "im kommenden März": the month before or after the publication's
        "rel_month": rf"(?:\b{prep}\s+{art})?\b(?P<rel>{rel})\s+{_month('mon')}(?!\s*\d)",
        "previous_year": rf"\b(?:im|Im)\s+(?P<word>{_alt(c['previous_years'])})\b",
        "same_month": rf"\b(?:im|Im)\s+(?P<word>{_alt(c['same_month']['words'])})\b",
        "same_day": rf"\b(?:am|Am)\s+(?P<word>{_alt(c['same_day']['words'])})\b",
        "month_previous_year": rf"\b(?P<pre>{mon_cues})\s+{_month('mon')}\s+"
                               rf"(?P<word>{_alt(c['month_previous_years'])})\b",
        "ago": rf"\b(?P<dir>{direction})\s+(?:{_alt(c['offset_qualifiers']['words'])}\s+)?"
               rf"(?P<n>\d+(?:,\d+)?|[a-zäöüß]+(?:\s+halben)?)\s+(?P<unit>{offset_units})\b",
        "deictic_adjective": rf"(?:\b{_alt(['am', 'Am', 'vom', 'seit dem', 'Seit dem', 'bis zum', 'ab dem'])}\s+)?"
                             rf"\b(?P<adj>{_alt(c['deictic_adjectives'])})\s+(?:{weekday}|{_alt(c['deictic_nouns']['words'])})\b",
        "deictic": rf"(?:\b(?P<pre>[Ss]eit|[Bb]is|[Aa]b|[Vv]on)\s+)?\b(?P<w>{deictic})\b"
                   rf"(?:\s+(?:{_alt(c['times_of_day']['words'])})\b)?",
        "weekday": rf"\b(?P<pre>(?:{wd_cues}\s+)+)(?P<wd>{weekday})(?:abend|morgen|mittag|nachmittag|vormittag)?\b",
        "month_bare": rf"\b(?P<pre>{mon_cues})\s+{_month('mon')}(?!\s*\d)",
        # a weekday of a week named relatively: "vergangene Woche Montag", "am Montag vergangener Woche"
        "week_day": rf"\b(?P<rel>{rel})\s+Woche\s+(?:am\s+)?(?P<wd>{weekday})\b",
        "day_of_week": rf"(?:\b(?:am|Am)\s+)?\b(?P<wd>{weekday})\s+(?P<rel>{rel})\s+Woche\b",
        # a chronicle's line label: "März: …", "- Juni: …"
        "month_label": rf"(?:(?<![^\n])|(?<=[•–*▪►-] )){_month('mon')}(?=:)",
    }
    # Every date starts a word: checking that first keeps the scan fast.
    return tuple((kind, re.compile(rf"(?<!\w)(?=\w)(?:{rx})")) for kind, rx in table.items())


# --- the publication date -------------------------------------------------------------------------

@dataclass(frozen=True)
class Anchor:
    """The publication date at its own precision (day and month 0 when unknown)."""

    year: int
    month: int = 0
    day: int = 0
    text: str = ""

    @property
    def date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


def parse_anchor(published: str) -> Anchor | None:
    """``YYYY[-MM[-DD]]`` → Anchor, or None when empty or malformed."""
    m = ANCHOR.fullmatch((published or "").strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if (m[2] and not month) or (m[3] and not day) or not periods.valid(year, month or 1, day or 1):
        return None
    return Anchor(year, month, day, published.strip())


@cache
def _report_title() -> re.Pattern[str]:
    words = _conf()["report_year"]["title_words"]
    linking = "(?: (?:des Jahres|auf das Jahr|für das Jahr|für|zum Jahr))?"
    return re.compile(rf"\b{_alt(words)}\b{linking} ((?:19|20)\d\d)\b")


def report_year(title: str) -> str:
    """The year a release's title says it reports on ("Jahresbericht 2025: …" → '2025'), else ''
    (dates.toml, ``report_year``)."""
    match = _report_title().search(title or "")
    return match[1] if match else ""


# --- readings -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """One date found in the text, before it becomes a DateMention."""

    start: int
    end: int
    value: str = ""
    granularity: str = "day"
    resolution: str = "absolute"  # absolute | relative | unresolved
    anchor: str = ""  # the reference of a relative date when it is not the publication date (a line's label)


@dataclass(frozen=True)
class Candidate:
    kind: str
    match: re.Match[str]

    @property
    def span(self) -> tuple[int, int]:
        return self.match.span()


@cache
def _scanners() -> tuple[tuple[str, re.Pattern[str], Literals], ...]:
    """The date patterns with the literals a text needs for each to match."""
    return tuple((kind, rx, required_literals(rx)) for kind, rx in _patterns())


@lru_cache(maxsize=8)  # infer_published and find_dates scan the same text
def _scan(text: str) -> tuple[Candidate, ...]:
    """Every pattern match, overlaps resolved: longer first, then earlier."""
    found = [Candidate(kind, m) for kind, rx, literals in _scanners() if may_match(text, literals)
             for m in rx.finditer(text) if m.end() > m.start()]
    found.sort(key=lambda c: (c.span[0] - c.span[1], c.span[0]))
    taken: list[tuple[int, int]] = []
    kept: list[Candidate] = []
    for cand in found:
        s, e = cand.span
        if all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            kept.append(cand)
    return tuple(sorted(kept, key=lambda c: c.span))


_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:die|der|das|den|dem|deren|dessen|welche[rnms]?)\b")
_AUXILIARY_ONLY = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b")


def _month_of(name: str) -> int:
    return resources.month_numbers()[name.rstrip(".").lower()]


def _full_year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 50 else 1900) if len(text) == 2 else year


@cache
def _direction_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased cue words of the future and of the past."""
    d = _conf()["direction"]
    return frozenset(x.lower() for x in d["future"]), frozenset(x.lower() for x in d["past"])


@cache
def _effective_only() -> frozenset[str]:
    """Lower-cased future cues that only say when something takes effect (dates.toml [direction])."""
    return frozenset(x.lower() for x in _conf()["direction"]["effective_only"])


@cache
def _since_event() -> re.Pattern[str]:
    """A sentence opening with "seit" and an event noun, up to a date inside its phrase (dates.toml [direction])."""
    return re.compile(_conf()["direction"]["since_event"])


@cache
def _after_event() -> re.Pattern[str]:
    """"nach der Eröffnung am": an event after which something is told, with no cue of its own (dates.toml
    [direction])."""
    return re.compile(_conf()["direction"]["after_event"])


@cache
def _breaks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(sentence end, clause break, clause break by punctuation only) for reading a date's tense; an
    abbreviation's period is none of them."""
    by_length: dict[int, list[str]] = {}
    for abbreviation in _conf()["tense"].get("abbreviations", []):
        by_length.setdefault(len(abbreviation), []).append(re.escape(abbreviation))
    not_after = "".join(rf"(?<!{'|'.join(forms)})" for forms in by_length.values())  # one fixed width each
    period = not_after + _PERIOD
    return (re.compile(rf"{period}|\n"),
            re.compile(rf"[,;:„“\n]|{period}|\s[–—-]\s|\s(?:und|oder|sowie|aber)\s"),
            re.compile(rf"[,;:„“\n]|{period}|\s[–—-]\s"))


@cache
def _finite_like() -> re.Pattern[str]:
    """A lower-case word that may be a finite verb ("geht", "tritt"): a clause with one has its own tense."""
    return re.compile(_conf()["tense"]["finite_like"])


_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)$")  # text before a span that opens its sentence (with "Am" in the span)
_NEXT_WORD = re.compile(r"\s+([a-zäöüß]+)\b")


def _tense_of(words: set[str]) -> str:
    """'future' or 'past' by tense words, or a perfect (auxiliary and participle), among the words; else ''."""
    future, past = _tense_words()
    if words & future:
        return "future"
    if words & past:
        return "past"
    participle, ambiguous, auxiliaries = _perfect()
    if words & auxiliaries and any(participle.fullmatch(w) or ambiguous.fullmatch(w) for w in words):
        return "past"
    return ""


@cache
def _dated_record() -> re.Pattern[str]:
    """Text right before a date that names a record of the past ("des Beschlusses … vom")."""
    return re.compile(rf"(?:{'|'.join(_conf()['direction']['past_records'])})\s*$", re.I)


@cache
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased words of a future and of a past clause."""
    t = _conf()["tense"]
    return frozenset(x.lower() for x in t["future"]), frozenset(x.lower() for x in t["past"])


@cache
def _perfect() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A past participle, one that may also be a present tense, and the auxiliaries of a perfect."""
    t = _conf()["tense"]
    present = "|".join(map(re.escape, t.get("not_participles", [])))
    participle = rf"(?!(?:{present})$){t['participle']}" if present else t["participle"]
    return re.compile(participle), re.compile(t["ambiguous_participle"]), frozenset(t["auxiliaries"])


@cache
def _attributive() -> tuple[re.Pattern[str], frozenset[str]]:
    """A participle used as an adjective, and the words of that form that are none ("gesamten", "geplante")."""
    t = _conf()["tense"]
    return re.compile(t["attributive_participle"]), frozenset(t["not_attributive"])


@cache
def _nowadays() -> tuple[frozenset[str], re.Pattern[str]]:
    """Deictic words that mostly mean "nowadays", and the clause pattern that makes them dates."""
    conf = _conf().get("nowadays", {})
    return frozenset(w.lower() for w in conf.get("words", [])), re.compile(conf.get("dated_clause", r"(?!)"))


_OTHER_YEAR = re.compile(r"(?<![/\d])(?:19|20)\d\d\b")  # (not an issue's "1/2026")


@cache
def _review_heading() -> re.Pattern[str]:
    """A review's heading line with its year inside ([inference] review_heading)."""
    return re.compile(_conf()["inference"]["review_heading"])


@cache
def _club_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A club's kind and place right before a year, which ends the club's name, and the participle after it that
    makes it the founding's date ([year_cues] club_before, club_year_founded)."""
    cues = _conf()["year_cues"]
    return re.compile(cues["club_before"]), re.compile(cues["club_year_founded"])


@cache
def _effective_cue() -> re.Pattern[str]:
    """A cue right before a date that takes effect ("mit Wirkung zum")."""
    return re.compile(rf"\b{_alt(_conf()['inference']['effective_cues'], capitalise=True)}\s*$")


class Resolver:
    """Turns candidates into readings against one publication date."""

    def __init__(self, text: str, anchor: Anchor | None) -> None:
        self.text = text
        self.anchor = anchor
        self.conf = _conf()
        self.day_dates: list[tuple[int, date]] = []  # (start, day) of the days found, in text order
        self.dated: list[tuple[int, str]] = []  # (start, value) of every date found with a year, in text order
        self.days: list[tuple[int, str]] = []  # (start, value or "") of every day named, read or not, in text order

    # -- helpers --
    def _before(self, start: int, width: int = 25) -> str:
        return self.text[max(0, start - width):start]

    def _direction(self, cand: Candidate) -> str:
        """'future', 'past' or '' from the cue words in or right before the span, else the clause's tense."""
        s, e = cand.span
        words = WORDS.findall(self._before(s) + " " + self.text[s:e])
        lower = [w.lower() for w in words]
        if _dated_record().search(self._before(s, 60)) or self._since_event(cand):
            return "past"
        future, past = _direction_words()
        if any(w in _conf()["direction"]["retroactive"] for w in lower[-4:]):
            return "past"
        for w in reversed(lower[-4:] if len(lower) >= 4 else lower):
            if w in future:
                done = self._done(cand) if w in _effective_only() else self._used_until(cand, w)
                return "future" if done is None else done
            if w in past:
                return "past"
        if _after_event().search(self._before(s, 60)):
            return "past"
        return self._tense(cand)

    def _since_event(self, cand: Candidate) -> bool:
        """The date inside a sentence-opening "seit" phrase of an event noun: "Seit dem Beitritt von A, B und C
        zum 1. April betreuen wir …", "Seit dem Einstieg der Stadt A im März sind wir drei": it took effect before."""
        start = cand.span[0]
        sentence_start = max((m.end() for m in _breaks()[0].finditer(self.text, max(0, start - 200), start)),
                             default=0)
        return bool(_since_event().match(self.text, sentence_start, start))

    def _perfect_after(self, cand: Candidate) -> bool:
        """The first verb after the date, within its sentence, closes a subordinate clause in the perfect with
        "sein" ("Dass vier Beschäftigte zum 1. April von der X, dem alten Pächter, zur Y gewechselt sind, …")."""
        end = cand.span[1]
        stop = next((m.start() for m in _breaks()[0].finditer(self.text, end, min(len(self.text), end + 300))),
                    min(len(self.text), end + 300))
        participle, _ambiguous, _auxiliaries = _perfect()
        future, _past = _tense_words()
        words = WORDS.findall(self.text[end:stop])
        motion = set(self.conf["tense"]["motion_auxiliaries"])
        for i, word in enumerate(words):
            low = word.lower()
            if low in future:
                return False
            if word.islower() and participle.fullmatch(word) and i + 1 < len(words):
                return words[i + 1] in motion
        return False

    def _past_cue(self, cand: Candidate) -> bool:
        """A past cue word ("vergangenen", "letzten") in or right before the span."""
        s, e = cand.span
        return bool({w.lower() for w in WORDS.findall(self._before(s) + " " + self.text[s:e])} & _direction_words()[1])

    def _used_until(self, cand: Candidate, cue: str) -> str | None:
        """'past' for an end told in a perfect with "haben" ("haben die Bahnen bis Ende Mai genutzt"), else None."""
        direction = self.conf["direction"]
        if cue not in direction["until"]:
            return None
        clause = {w.lower() for w in self._words_around(cand, _breaks()[1], 200)}
        participle = _perfect()[0]
        return "past" if clause & set(direction["until_done"]) and any(participle.fullmatch(w) for w in clause) \
            else None

    def _done(self, cand: Candidate) -> str | None:
        """A clause with an effective date that reports something done: 'past' for a simple past ("Die Gemeinde
        folgte zum 1. Februar") or a participle used as an adjective after the date, '' for a perfect, which may
        have decided on a later date ("hat X zum 1. Oktober bestellt": the nearer of the two); None when it reports
        nothing done."""
        if self._attributive_after(cand, close=True):
            return "past"  # "die erst zum 1. Januar errichtete Anstalt" (not "ab dem Frühjahr einen umgebauten Bus")
        clause = self._words_around(cand, _breaks()[1], 200)
        lower = {w.lower() for w in clause}
        participle, ambiguous, auxiliaries = _perfect()
        future, past = _tense_words()
        if lower & future:
            return None
        if lower & (past - auxiliaries) or self._perfect_after(cand):
            return "past"
        sentence_words = self._words_around(cand, _breaks()[0], 300)
        sentence = {w.lower() for w in sentence_words}
        motion = set(self.conf["tense"]["motion_auxiliaries"])
        within_commas = self._words_around(cand, _breaks()[2], 200)  # "sind A und B zu uns gewechselt"
        if lower & motion and any(participle.fullmatch(w) for w in within_commas if w.islower()):
            return "past"  # (not "X hat uns aufgenommen, ab 1. Mai sind wir dabei")
        if sentence & motion and clause and participle.fullmatch(clause[-1]):
            return "past"  # "Sie sind – alle sechs – zum 1. September gewechselt": the auxiliary before a dash
        if sentence & auxiliaries and self._participle_phrase(cand, clause):
            return "past"  # "Die Anstalt, von A, B und C zum 1. Januar errichtet, hat am 2. Januar … aufgenommen"
        perfect = (lower & auxiliaries and any(participle.fullmatch(w) for w in sentence)) or \
            (lower & set(self.conf["tense"]["perfect_auxiliaries"]) and any(ambiguous.fullmatch(w) for w in lower))
        return "" if perfect else None  # the participle may close the sentence after a list ("… und … gewechselt")

    def _participle_phrase(self, cand: Candidate, clause: list[str]) -> bool:
        """The date stands in a participle phrase set off by a comma, its participle last and no verb of its own
        ("…, zum 1. Januar errichtet, hat …"): it reports what was done, as the sentence does."""
        if not clause or not clause[-1].islower() or any(_finite_like().fullmatch(w) for w in clause[:-1]):
            return False
        participle, ambiguous, auxiliaries = _perfect()
        if {w.lower() for w in clause} & auxiliaries or not (participle.fullmatch(clause[-1])
                                                             or ambiguous.fullmatch(clause[-1])):
            return False
        last = re.compile(rf"\b{re.escape(clause[-1])}\s*,")
        return last.search(self.text, cand.span[1], cand.span[1] + 200) is not None

    def _tense(self, cand: Candidate) -> str:
        """'future' or 'past' by the tense words of the clause around the span (``dates.toml`` [tense]), or
        a perfect spread over the sentence; for a clause without verb ("…, der Stadtrat am 22. Mai mit 31 zu
        4 Stimmen") by the tense words of its sentence; else ''."""
        clause = self._words_around(cand, _breaks()[1], 200)
        quiet = set(self.conf["tense"]["not_tense_after"])  # "wie vorgesehen" says nothing about the tense
        lower = {w.lower() for i, w in enumerate(clause) if not (i and clause[i - 1].lower() in quiet)}
        tense = _tense_of(lower)
        if tense:
            return tense
        if self._attributive_after(cand):
            return "past"
        sentence = {w.lower() for w in self._words_around(cand, _breaks()[0], 300)}
        participle, _ambiguous, auxiliaries = _perfect()
        if any(participle.fullmatch(w) for w in lower) and auxiliaries & sentence:
            return "past"
        if lower & auxiliaries and any(participle.fullmatch(w) for w in sentence):
            return "past"  # "Zum 1. Februar sind 14 Kolleginnen und Kollegen zu uns gewechselt"
        if not (lower & auxiliaries or any(_finite_like().fullmatch(w) for w in clause)):
            future, past = _tense_words()
            if sentence & future and sentence & past:
                return ""  # "…, war die Satzung anschließend bekannt gemacht worden": the nearer occurrence
            return "future" if sentence & future else "past" if sentence & past else ""
        return ""

    def _attributive_after(self, cand: Candidate, close: bool = False) -> bool:
        """A participle used as an adjective that the date opens: "erst im Januar gegründeter", "2014 von der
        Stadt X und der Gemeinde Y gegründete" (up to the next punctuation or date, ten words); ``close``: within two
        words, no article or verb of its own between ("bis zum 15. Oktober wird gebeten", "ab dem Frühjahr einen
        umgebauten Bus")."""
        after = _UP_TO_PUNCTUATION.match(self.text, cand.span[1])
        attributive, not_attributive = _attributive()
        previous = ""
        stops = _ARTICLES | _perfect()[2] | _tense_words()[0] if close else frozenset()
        for word in WORDS.findall(after.group() if after else "")[:2 if close else 10]:
            if word.isdigit() or word.lower() in resources.month_numbers() or word.lower() in stops or (
                    word in _ARTICLES and previous in _PLACE_PREPOSITIONS):
                return False  # another date, or another phrase: "zieht zum neuen Jahr in das umgebaute Rathaus"
            if word.islower() and word not in not_attributive and attributive.fullmatch(word):
                return True
            previous = word
        return False

    def _words_around(self, cand: Candidate, breaks: re.Pattern[str], reach: int) -> list[str]:
        """The words around the span up to the nearest break on either side (the span excluded)."""
        s, e = cand.span
        lo = max((m.end() for m in breaks.finditer(self.text, max(0, s - reach), s)), default=max(0, s - reach))
        hi = next((m.start() for m in breaks.finditer(self.text, e, min(len(self.text), e + reach))),
                  min(len(self.text), e + reach))
        return WORDS.findall(self.text[lo:s] + " " + self.text[e:hi])

    def _dated_clause(self, cand: Candidate) -> bool:
        """Does the clause around a bare "heute" report something done that day?"""
        s, e = cand.span
        lo = max(self.text.rfind(c, 0, s) for c in ",;:.\n„“") + 1
        hi = min((i for i in (self.text.find(c, e) for c in ",;:.\n„“") if i >= 0), default=len(self.text))
        if _AUXILIARY_ONLY.search(self.text, lo, hi) and not _nowadays()[1].search(self.text, lo, hi):
            # "Heute Abend haben A, B und C … gegründet": a list runs the clause on to its participle
            hi = min((i for i in (self.text.find(c, e) for c in ".;:\n") if i >= 0), default=len(self.text))
            run_on = self.text[lo:hi]
            return not _RELATIVE_AFTER_COMMA.search(run_on) and bool(_nowadays()[1].search(run_on.replace(",", " ")))
        return bool(_nowadays()[1].search(self.text, lo, hi))

    def _offsets_allowed(self) -> bool:
        return self.anchor is not None

    def _unresolved(self, cand: Candidate, granularity: str) -> Reading:
        s, e = cand.span
        return Reading(s, e, "", granularity, "unresolved")

    def _relative(self, cand: Candidate, value: str, granularity: str) -> Reading:
        s, e = cand.span
        return Reading(s, e, value, granularity, "relative")

    def _place(self, month: int, day: int, direction: str) -> int | None:
        """Year of a month (and day) without year, relative to the anchor."""
        a = self.anchor
        if a is None:
            return None
        if not a.month:
            return a.year if periods.valid(a.year, month, day or 1) else None
        exact = bool(a.day and day)
        ref = a.date if exact else date(a.year, a.month, 1)
        options = []
        for year in (a.year - 1, a.year, a.year + 1):
            if periods.valid(year, month, day or 1):
                options.append(date(year, month, day if exact else 1))
        past = [o for o in options if o <= ref]
        future = [o for o in options if o >= ref]
        if direction == "future" and future:
            return min(future).year
        if direction == "past" and past:
            return max(past).year
        window = self.conf["direction"]["past_window_days"]
        if past and ((ref - max(past)).days <= window or not future):
            return max(past).year
        return min(future).year if future else None

    def _year_of_weekday(self, month: int, day: int, weekday: int, year: int | None) -> int | None:
        """Of the years around the anchor, the one whose day falls on the weekday the text names (the year
        read without it when none or several do)."""
        if self.anchor is None or year is None:
            return year
        fitting = [y for y in (year - 1, year, year + 1)
                   if periods.valid(y, month, day) and date(y, month, day).weekday() == weekday]
        return fitting[0] if len(fitting) == 1 else year

    # -- one handler per kind --
    def read(self, cand: Candidate) -> list[Reading]:
        return getattr(self, f"_read_{cand.kind}")(cand)

    def _read_numeric(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        year, month, day = _full_year(g["y"]), int(g["m"]), int(g["d"])
        if not periods.valid(year, month, day):
            return []
        s, e = cand.span
        return [Reading(s, e, periods.iso(year, month, day), "day")]

    def _read_iso(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        year, month, day = int(g["y"]), int(g["m"]), int(g["d"] or 0)
        if day and not periods.valid(year, month, day):
            return []
        s, e = cand.span
        return [Reading(s, e, periods.iso(year, month, day), "day" if day else "month")]

    def _read_numeric_dm(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        month, day = int(g["m"]), int(g["d"])
        if not periods.valid(2000, month, day):
            return []
        year = self._place(month, day, self._direction(cand))
        if year is None or not periods.valid(year, month, day):
            return [self._unresolved(cand, "day")]
        return [self._relative(cand, periods.iso(year, month, day), "day")]

    def _read_dmy(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        month = _month_of(g["mon"])
        days = [_day_number(g, "d1")] if _two_days(g) else []
        days.append(_day_number(g, "d"))
        if g["y"]:
            year: int | None = int(g["y"])
            resolution = "absolute"
        else:
            year = self._place(month, days[-1], self._direction(cand))
            if g["wd"] and len(days) == 1:  # "am Samstag, 4. Oktober": the year whose 4 October is a Saturday
                year = self._year_of_weekday(month, days[0], self.conf["weekdays"][g["wd"]], year)
            resolution = "relative"
        spans = [cand.span] if len(days) == 1 else [_day_span(g, "d1"), (_day_span(g, "d")[0], cand.span[1])]
        out = []
        for day, (s, e) in zip(days, spans, strict=True):
            if not periods.valid(2000, month, day):
                continue
            if year is None or not periods.valid(year, month, day):
                out.append(Reading(s, e, "", "day", "unresolved"))
            else:
                out.append(Reading(s, e, periods.iso(year, month, day), "day", resolution))
        return out

    def _read_my(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        year = int(g["y"])
        out = []
        if g["mon1"]:
            out.append(Reading(g.start("mon1"), g.end("mon1"), periods.iso(year, _month_of(g["mon1"])), "month"))
            start = g.start("mon")
        else:
            start = cand.span[0]
        out.append(Reading(start, cand.span[1], periods.iso(year, _month_of(g["mon"])), "month"))
        return out

    def _read_month_relyear(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        if not self._offsets_allowed():
            return [self._unresolved(cand, "month")]
        year = self.anchor.year + self.conf["relative_adjectives"][g["rel"].lower()]
        if g["d"] or g["dw"]:  # "zum 1. Januar des laufenden Jahres"
            return [self._relative(cand, periods.iso(year, _month_of(g["mon"]), _day_number(g, "d")), "day")]
        return [self._relative(cand, periods.iso(year, _month_of(g["mon"])), "month")]

    def _read_quarter(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        if g["qn"]:
            unit, number = ("quarter" if g["qn"][0] == "Q" else "half"), int(g["qn"][1])
        else:
            unit, number = ("quarter" if g["unit"] == "Quartal" else "half"), self.conf["ordinals"][g["ord"]]
        if unit == "half" and number > 2:
            return []
        letter = "Q" if unit == "quarter" else "H"
        if g["y"]:
            start = g.start("ord") if g["ord"] else g.start("qn")
            return [Reading(start, cand.span[1], f"{g['y']}-{letter}{number}", unit)]
        if g["rel"]:
            if not self._offsets_allowed():
                return [self._unresolved(cand, unit)]
            year = self.anchor.year + self.conf["relative_adjectives"][g["rel"].lower()]
        elif self.anchor is None:
            return [self._unresolved(cand, unit)]
        else:
            year = self._period_year(f"{letter}{number}", self._direction(cand))
        return [self._relative(cand, f"{year}-{letter}{number}", unit)]

    def _period_year(self, period: str, direction: str) -> int:
        """The year of a quarter or half without year: the anchor's, or the next one when the clause looks
        ahead and the period is over by the anchor ("soll im zweiten Quartal starten", written in December),
        the one before when it looks back and the period has not begun."""
        a = self.anchor
        if not a.month:
            return a.year
        ref = (a.date if a.day else date(a.year, a.month, 1)).isoformat()
        start, end = interval(f"{a.year:04d}-{period}")
        if direction == "future" and end < ref:
            return a.year + 1
        if direction == "past" and start > ref:
            return a.year - 1
        return a.year

    def _read_year(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        season = self.conf["seasons"]["names"].get(g["part"] or "", "")
        granularity = "season" if season else "year"
        year = int(g["y"])
        value = f"{year:04d}-{season}" if season else periods.iso(year)
        second = g["y2"] or g["y2s"]
        y2 = int(g["y2"]) if g["y2"] else year // 100 * 100 + int(g["y2s"]) if g["y2s"] else 0
        if season == "winter" and y2 == year + 1:
            return [Reading(cand.span[0], cand.span[1], value, granularity)]  # "Winter 2025/26"
        if second and year < y2 <= year + 100:
            return [Reading(cand.span[0], g.end("y"), value, granularity),
                    Reading(g.start("y2" if g["y2"] else "y2s"), cand.span[1], periods.iso(y2), "year")]
        if not (g["part"] or g["jahr"]) and not self._bare_year_ok(cand):
            return []
        return [Reading(cand.span[0], g.end("y"), value, granularity)]

    def _read_season(self, cand: Candidate) -> list[Reading]:
        """"im Herbst", "im vergangenen Sommer", "im Frühjahr nächsten Jahres": placed like a month."""
        g = cand.match
        season = self.conf["seasons"]["names"][g["season"]]
        a = self.anchor
        if a is None:
            return [self._unresolved(cand, "season")]
        if g["rel2"]:
            year = a.year + self.conf["relative_adjectives"][g["rel2"].lower()]
        else:
            rel = g["rel"] or g["rel1"]
            offset = self.conf["relative_adjectives"][rel.lower()] if rel else None
            direction = {-1: "past", 1: "future"}.get(offset, "") if offset is not None else self._direction(cand)
            year = self._season_year(season, direction, current=offset == 0)
        return [self._relative(cand, f"{year:04d}-{season}", "season")]

    def _season_year(self, season: str, direction: str, current: bool = False) -> int:
        """The year of the season before (past), after (future) or around the publication date."""
        a = self.anchor
        ref = a.date if a.month else date(a.year, 7, 1)
        spans = {y: interval(f"{y:04d}-{season}") for y in (a.year - 2, a.year - 1, a.year, a.year + 1)}
        if current or not a.month:
            around = [y for y, (s, e) in spans.items() if s <= ref.isoformat() <= e]
            if around:
                return around[0]
            if not a.month or current:
                return a.year
        if direction == "past":
            return max(y for y, (s, _) in spans.items() if s <= ref.isoformat())
        if direction == "future":
            return min(y for y, (_, e) in spans.items() if e >= ref.isoformat())

        def distance(year: int) -> int:
            start, end = (date.fromisoformat(d) for d in spans[year])
            return max((start - ref).days, (ref - end).days, 0)

        return min(spans, key=lambda y: (distance(y), -y))  # no tense: the nearer one

    def _read_boundary(self, cand: Candidate) -> list[Reading]:
        """"zum Jahreswechsel", "zum Jahresbeginn", "zum neuen Jahr" → a 1 January; "zum Monatsende" → a
        month's last day. The clause's tense (or a relative adjective) picks the next or the last one."""
        g = cand.match
        edge = self.conf["boundaries"][g["edge"]]
        if g["y"] and edge.startswith("year"):  # "Jahresbeginn 2024", "Jahreswechsel 2024/25"
            year = int(g["y"]) + (1 if g["y2"] and edge == "year_start" else 0)
            day = date(year, 1, 1) if edge == "year_start" else date(year, 12, 31)
            return [Reading(*cand.span, day.isoformat(), "day")]
        a = self.anchor
        if a is None or (edge.startswith("month") and not a.month):
            return [self._unresolved(cand, "day")]
        offset = self.conf["relative_adjectives"].get((g["rel"] or "").lower(), None)
        pre = (g["pre"] or "").lower()
        if offset is not None:
            direction = {-1: "past", 1: "future"}.get(offset, "")
        elif pre.startswith("seit"):
            direction = "past"
        else:
            direction = self._tense(cand)
        ref = a.date if a.day else date(a.year, a.month or 7, 1)
        if edge.startswith("year"):
            options = [date(y, 1, 1) if edge == "year_start" else date(y, 12, 31)
                       for y in (a.year - 1, a.year, a.year + 1, a.year + 2)]
        else:
            firsts = [date(y, m + 1, 1) for y, m in (divmod(a.year * 12 + a.month - 1 + k, 12) for k in (-1, 0, 1, 2))]
            options = firsts if edge == "month_start" else [d - timedelta(days=1) for d in firsts[1:]]
        if edge in ("year_end", "month_end") and not direction:
            direction = "future"  # "zum Jahresende", "zum Monatsende": the end of the current period
        past = [d for d in options if d <= ref]
        future = [d for d in options if d > ref] if edge.endswith("start") else [d for d in options if d >= ref]
        if direction == "past" and past:
            chosen = max(past)
        elif direction == "future" and future:
            chosen = min(future)
        elif past and future:  # no tense: the next one unless the last one is much nearer
            chosen = max(past) if 2 * (ref - max(past)).days < (min(future) - ref).days else min(future)
        else:
            chosen = min(options, key=lambda d: (abs((d - ref).days), d))
        return [self._relative(cand, chosen.isoformat(), "day")]

    def _bare_year_ok(self, cand: Candidate) -> bool:
        """A four-digit number alone is a year unless it counts a noun ("2000 Mitarbeiter")."""
        s, e = cand.match.span("y")
        if re.match(r"[-/]\d", self.text[e:e + 2]) or re.search(r"\d\s+$", self.text[max(0, s - 3):s]):
            return False  # "03971 2045-110": a phone number
        club, founded = _club_before()
        if self.text[e:e + 6].lstrip().startswith(tuple(self.conf["year_cues"]["name_tails"])) \
                or (club.search(self.text, max(0, s - 80), s) and not founded.match(self.text, e)):
            return False  # a club's name: "Schützengilde Musterdorf von 1862 e.V.", "des Turnvereins Musterau 1958"
        before = WORDS.findall(self._before(s, 20))
        if before and before[-1] in self.conf["year_cues"]["number_labels"]:
            return False  # "VR 2049": a register's number
        if before and before[-1] in self.conf["year_cues"]["words"]:
            return True
        after = NEXT_WORD.match(self.text, e)
        return not after or not (after[1][:1].isupper() or after[1] in {"%", "€"})

    def _read_rel_unit(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        if g["unit"] == "Jahre" and re.match(r"(?:\w+\s+)?(?:der|die)\s", g[0]):
            return []  # "der nächsten Jahre": a plural span, no date ("im nächsten Jahre" is one)
        unit = self.conf["units"][g["unit"]]
        offset = self.conf["relative_adjectives"][g["rel"].lower()]
        return [self._unit_offset(cand, unit, offset)]

    def _read_this_unit(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        return [self._unit_offset(cand, self.conf["units"][g["unit"]], 0)]

    def _read_rel_year_word(self, cand: Candidate) -> list[Reading]:
        return [self._unit_offset(cand, "year", self.conf["relative_years"][cand.match["word"]])]

    def _unit_offset(self, cand: Candidate, unit: str, offset: int) -> Reading:
        """This/last/next year, month, quarter or half-year."""
        a = self.anchor
        if not self._offsets_allowed():
            return self._unresolved(cand, unit)
        if unit == "year":
            return self._relative(cand, periods.iso(a.year + offset), "year")
        if unit == "week":  # the week's month: the month of its Thursday (ISO 8601 places the week there)
            if not a.day:
                return self._unresolved(cand, "month")
            thursday = a.date + timedelta(weeks=offset, days=3 - a.date.weekday())
            return self._relative(cand, periods.iso(thursday.year, thursday.month), "month")
        if not a.month:
            return self._unresolved(cand, unit)
        if unit == "month":
            y, m = divmod(a.year * 12 + a.month - 1 + offset, 12)
            return self._relative(cand, periods.iso(y, m + 1), "month")
        size = 3 if unit == "quarter" else 6
        y, n = divmod(a.year * (12 // size) + (a.month - 1) // size + offset, 12 // size)
        return self._relative(cand, f"{y}-{'Q' if unit == 'quarter' else 'H'}{n + 1}", unit)

    def _read_ago(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        amount = number_value(g["n"], articles=True)
        if amount is None or amount <= 0 or amount > 1000:
            return []
        sign = self.conf["offset_direction"][g["dir"].lower()]
        unit = self.conf["offset_units"][g["unit"]]
        granularity = {"year": "year", "month": "month", "week": "day", "day": "day"}[unit]
        if unit == "year" and amount != int(amount):
            unit, amount, granularity = "month", amount * 12, "month"
        a = self.anchor
        if not self._offsets_allowed() or amount != int(amount):
            return [self._unresolved(cand, granularity)]
        n = int(amount) * sign
        if unit == "year":
            return [self._relative(cand, periods.iso(a.year + n), "year")]
        if unit == "month":
            if not a.month:
                return [self._unresolved(cand, "month")]
            y, m = divmod(a.year * 12 + a.month - 1 + n, 12)
            return [self._relative(cand, periods.iso(y, m + 1), "month")]
        if not a.day:
            return [self._unresolved(cand, "day")]
        d = a.date + timedelta(days=n * (7 if unit == "week" else 1))
        return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]

    def _read_after_previous(self, cand: Candidate) -> list[Reading]:
        """"eine Woche später", "sechs Jahre später": the date named last before it, plus the count, at the
        count's precision (read after the other dates)."""
        g = cand.match
        amount = 1 if g["tags"] else number_value(g["n"], articles=True)  # "tags zuvor": one day
        unit = "day" if g["tags"] else self.conf["offset_units"][g["unit"]]
        if amount is None or amount != int(amount) or not 0 < amount <= 60:
            return []
        n = int(amount) * self.conf["after_previous"]["words"][g["after"]]
        if unit in ("day", "week"):
            before = [d for start, d in self.day_dates if start < cand.span[0]]
            if not before:
                return []
            d = before[-1] + timedelta(days=n * (7 if unit == "week" else 1))
            return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]
        before = [v for start, v in self.dated if start < cand.span[0] and (unit == "year" or len(v) >= 7)]
        if not before:
            return []
        year, month = int(before[-1][:4]), int(before[-1][5:7]) if unit == "month" else 0
        if unit == "month":
            year, month = year + (month - 1 + n) // 12, (month - 1 + n) % 12 + 1
            return [self._relative(cand, periods.iso(year, month), "month")]
        return [self._relative(cand, periods.iso(year + n), "year")]

    def _read_previous_year(self, cand: Candidate) -> list[Reading]:
        """"im Folgejahr", "im selben Jahr": the year of the date named last before it (read after the others)."""
        before = self._dated_before(cand)
        if not before:
            return []
        return [self._relative(cand, periods.iso(int(before[-1][:4]) + self.conf["previous_years"][
            cand.match["word"]]), "year")]

    def _dated_before(self, cand: Candidate) -> list[str]:
        """The values of the dates with a year named before the span, in text order."""
        return [v for start, v in self.dated if start < cand.span[0]]

    def _read_month_previous_year(self, cand: Candidate) -> list[Reading]:
        """"im Mai desselben Jahres": that month of the year of the date named last before it."""
        before = self._dated_before(cand)
        if not before:
            return []
        year = int(before[-1][:4]) + self.conf["month_previous_years"][cand.match["word"]]
        return [self._relative(cand, periods.iso(year, _month_of(cand.match["mon"])), "month")]

    def _read_same_month(self, cand: Candidate) -> list[Reading]:
        """"im selben Monat": the month of the date named last before it that gives one."""
        before = [v for v in self._dated_before(cand) if len(v) >= 7 and v[4] == "-" and v[5] != "Q"]
        if not before:
            return []
        return [self._relative(cand, before[-1][:7], "month")]

    def _read_same_day(self, cand: Candidate) -> list[Reading]:
        """"am selben Abend": the day named last before it (not a document's date), unless that one could not
        be read."""
        before = [v for start, v in self.days
                  if start < cand.span[0] and not _document_date().search(self._before(start))]
        if not before or len(before[-1]) != 10:
            return []
        return [self._relative(cand, before[-1], "day")]

    def _read_deictic(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        if g["w"] == "Morgen" and not self._sentence_initial_adverb(cand):
            return []  # the noun ("am Morgen"), not "tomorrow"
        offset = self.conf["deictic_days"][g["w"].lower()]
        if not g["pre"] and g["w"].lower() in _nowadays()[0] and not self._dated_clause(cand):
            return []
        a = self.anchor
        if not self._offsets_allowed():
            return [self._unresolved(cand, "day")]
        if a.day:
            d = a.date + timedelta(days=offset)
            return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]
        if offset == 0 and a.month:
            return [self._relative(cand, periods.iso(a.year, a.month), "month")]
        return [self._unresolved(cand, "day")]

    def _sentence_initial_adverb(self, cand: Candidate) -> bool:
        """"Morgen stellt sie sich vor": a capitalised deictic word opening a sentence, a verb after it."""
        s, e = cand.span
        before = self.text[:s].rstrip()
        after = NEXT_WORD.match(self.text, e)
        return (not before or before[-1] in ".!?:\n\"“") and bool(after) and after[1][:1].islower()

    def _read_deictic_adjective(self, cand: Candidate) -> list[Reading]:
        """"am gestrigen Dienstag", "am heutigen Mittwoch"."""
        offset = self.conf["deictic_adjectives"][cand.match["adj"].lower()]
        a = self.anchor
        if a is None or not a.day:
            return [self._unresolved(cand, "day")]
        d = a.date + timedelta(days=offset)
        return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]

    def _read_week_day(self, cand: Candidate) -> list[Reading]:
        """The weekday of the week before, of or after the publication's week."""
        g = cand.match
        weekday, offset = self.conf["weekdays"][g["wd"]], self.conf["relative_adjectives"][g["rel"].lower()]
        a = self.anchor
        if a is None or not a.day:
            return [self._unresolved(cand, "day")]
        d = a.date + timedelta(days=7 * offset + weekday - a.date.weekday())
        return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]

    _read_day_of_week = _read_week_day

    def _read_weekday(self, cand: Candidate) -> list[Reading]:
        g = cand.match
        weekday = self.conf["weekdays"][g["wd"]]
        a = self.anchor
        if a is None:
            return [self._unresolved(cand, "day")]
        if a.day:
            direction = self._direction(cand) or self._present_after(cand)
            back = (a.date.weekday() - weekday) % 7
            if direction == "past" and not back and self._past_cue(cand):
                back = 7  # "am vergangenen Freitag" in a Friday's release; "teilte am Freitag mit": that day
            if direction == "future":
                d = a.date + timedelta(days=(weekday - a.date.weekday()) % 7 or 7)
            else:
                d = a.date - timedelta(days=back)
            return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]
        # Month-precision anchor: the day the text itself names on that weekday.
        same = {d for _, d in self.day_dates if d.weekday() == weekday and d.year == a.year
                and (not a.month or d.month == a.month)}
        if len(same) == 1:
            d = same.pop()
            return [self._relative(cand, periods.iso(d.year, d.month, d.day), "day")]
        return [self._unresolved(cand, "day")]

    def _present_after(self, cand: Candidate) -> str:
        """'future' when a verb in the present follows the weekday that opens its sentence ("Am Samstag startet der
        X in seine erste Saison": the coming one; "Am Samstag startete …" is past), else ''."""
        s, e = cand.span
        if not _OPENS.search(self.text, max(0, s - 3), s):
            return ""
        verb = _NEXT_WORD.match(self.text, e)
        if verb is None:
            return ""
        word = verb.group(1)
        _future, past = _tense_words()
        if word in past or word.endswith(("te", "ten")) or _perfect()[0].fullmatch(word):
            return ""
        return "future" if _finite_like().fullmatch(word) else ""

    def _read_rel_month(self, cand: Candidate) -> list[Reading]:
        """"im vergangenen Juni" (the last June before the publication's month), "im kommenden März" (the next),
        "in diesem Mai" (the publication year's)."""
        g = cand.match
        month, offset = _month_of(g["mon"]), self.conf["relative_adjectives"][g["rel"].lower()]
        a = self.anchor
        if a is None:
            return [self._unresolved(cand, "month")]
        year = a.year
        if a.month and offset < 0:
            year = a.year if month < a.month else a.year - 1
        elif a.month and offset > 0:
            year = a.year if month > a.month else a.year + 1
        elif offset:
            year = a.year + offset
        return [self._relative(cand, periods.iso(year, month), "month")]

    def _read_month_bare(self, cand: Candidate) -> list[Reading]:
        month = _month_of(cand.match["mon"])
        year = self._place(month, 0, self._direction(cand))
        if year is None:
            return [self._unresolved(cand, "month")]
        return [self._relative(cand, periods.iso(year, month), "month")]

    _read_month_label = _read_month_bare


@cache
def _document_date() -> re.Pattern[str]:
    """What stands before a document's date, which "am selben Tag" does not mean ("Beschluss vom 28. Oktober")."""
    return re.compile(rf"\b{_alt(_conf()['same_day']['not_after'])}\s*$")


def _readings(text: str, anchor: Anchor | None, report: str = "") -> Iterator[Reading]:
    """All dates of a text; weekdays and "eine Woche später" last (they need the days found before). A date
    needing a reference on a chronicle line labelled with a date is read from that label ("- 3. Februar 2025:
    … sind zum Jahresbeginn übergegangen" → 1 January 2025, whenever the chronicle was published). ``report``:
    the year a release published after it reports on, in which its table rows and list items lie."""
    resolver = Resolver(text, anchor)
    candidates = _scan(text)
    later = ("weekday", "after_previous", "previous_year", "month_previous_year", "same_month", "same_day")
    pairs = _in_named_month(text, [(c, r) for c in candidates if c.kind not in later for r in resolver.read(c)])
    readings = [r for _, r in pairs]
    labels = _line_labels(text, readings)
    posts = _post_headers(text, readings)
    sections = _year_sections(text) + (_listed_lines(text, report) if report else [])
    if sections:  # "## Chronik 2024" over a table of "9. März | …": the days of that year
        by_year = {year: Resolver(text, parse_anchor(year)) for _start, _end, year in sections}
        by_candidate: dict[int, tuple[Candidate, list[Reading]]] = {}
        for c, r in pairs:
            by_candidate.setdefault(id(c), (c, []))[1].append(r)
        pairs = [(c, y) for c, rs in by_candidate.values() for y in _in_year_section(sections, by_year, c, rs)]
        readings = [r for _, r in pairs]
    if labels or posts:
        by_label = {line: Resolver(text, anchor) for line, (_end, anchor) in labels.items()}
        by_post = {start: Resolver(text, anchor) for start, anchor in posts}
        post_starts = [start for start, _ in posts]
        readings = []
        for c, r in pairs:
            line = text.rfind("\n", 0, c.span[0]) + 1
            after = bisect_right(post_starts, c.span[0]) - 1  # the post whose author line stands before it
            post = post_starts[after] if after >= 0 else -1
            if line in labels and r.resolution == "relative" and c.span[0] > labels[line][0]:
                readings += [replace(x, anchor=labels[line][1].text) for x in by_label[line].read(c)]
            elif post >= 0 and c.span[0] > post and r.resolution == "relative":
                readings += [replace(x, anchor=by_post[post].anchor.text) for x in by_post[post].read(c)]
            else:
                readings.append(r)
    resolver.day_dates = sorted((r.start, date.fromisoformat(r.value)) for r in readings
                                if r.granularity == "day" and len(r.value) == 10)
    resolver.dated = sorted((r.start, r.value) for r in readings if re.match(r"\d{4}(?:-\d\d)?", r.value))
    resolver.days = sorted((r.start, r.value or "") for r in readings if r.granularity == "day")
    readings += [r for c in candidates if c.kind in later for r in resolver.read(c)]
    yield from sorted(readings, key=lambda r: (r.start, r.end))


def _in_named_month(text: str, pairs: list[tuple[Candidate, Reading]]) -> list[tuple[Candidate, Reading]]:
    """A day without year after its month with a year in the same sentence lies in that year ("Im März 2022
    stimmten beide Räte zu, bei uns am 24. März": 24 March 2022, whenever the text was published)."""
    out = []
    for c, r in pairs:
        if c.kind == "dmy" and not c.match["y"] and r.resolution == "relative" and r.granularity == "day":
            named = next((x.value for _, x in reversed(out) if x.end <= r.start and x.resolution == "absolute"
                          and x.value[4:7] == r.value[4:7] and not _breaks()[0].search(text, x.end, r.start)), "")
            if named and named[:4] != r.value[:4] and periods.valid(int(named[:4]), int(r.value[5:7]),
                                                                    int(r.value[8:10])):
                r = replace(r, value=named[:4] + r.value[4:], anchor=named)
        out.append((c, r))
    return out


def _year_sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of each run of list items or table rows under a heading naming one year ("## 2. Chronik
    2024", "Rückblick 2023", "2022", after a lead-in line ending in a colon), or under a review's heading with its
    year inside ("Musterau im Jahr 2025 – ein Rückblick", after opening words naming no other year): a day or month
    without a year there lies in that year."""
    sections = []
    months = resources.month_numbers()
    headings = [(h, False) for h in _YEAR_HEADING.finditer(text)]
    headings += [(h, True) for h in _review_heading().finditer(text)]
    for heading, review in headings:
        before = [] if review else heading["lead"].split()[-1:]
        if before and before[0].strip("(–—:-").lower() in months:
            continue  # "Stand: Februar 2026", "Ausgabe März 2025": a date, not a year's heading
        year, end, listed = heading["year"], heading.end(), False
        for line in _LINE.finditer(text, heading.end()):
            content = line.group().strip()
            if content and not _LISTED.match(content):
                if not listed and (content.endswith(":") or _SUBTITLE.fullmatch(content)):
                    continue  # the list's lead-in ("Die wichtigsten Schritte im Überblick:"), a subtitle
                if not listed and review and all(other == year for other in _OTHER_YEAR.findall(content)):
                    continue  # a review's opening words ("Liebe …, auch 2025 war …"; an issue's "Ausgabe 1/2026")
                break
            end, listed = line.end(), listed or bool(content)
        if listed:
            sections.append((heading.end(), end, year))
    return list(dict.fromkeys(sections))


def _listed_lines(text: str, year: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of each table row and list item ("| 30. Januar | …" in "Chronik des Jahres 2025")."""
    return [(line.start(), line.end(), year) for line in _LISTED_LINE.finditer(text)]


def _in_year_section(sections: list[tuple[int, int, str]], by_year: dict[str, Resolver], cand: Candidate,
                     readings: list[Reading]) -> list[Reading]:
    """The readings of a date without a year inside a year's section, read against that year; else as they were
    (a range, "17. bis 26. Juni", is one candidate of two readings)."""
    if cand.kind in _YEARLESS and any(r.resolution in ("relative", "unresolved") for r in readings):
        for start, end, year in sections:
            if start <= cand.span[0] < end:
                return [replace(x, anchor=year) for x in by_year[year].read(cand)]
    return readings


# a line ending in a year, without a sentence's or a date's full stop ("Kapitel 6: Soziales – Chronik 2025")
_YEAR_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\d{1,2}\.[ \t]*)?(?P<lead>(?:[^\n.!?]{0,80}[ \t])?)"
                           r"(?P<year>(?:19|20)\d\d)[ \t]*:?[ \t]*$", re.M)
_LINE = re.compile(r"\n?[^\n]*")
_SUBTITLE = re.compile(r"[^\n.!?:]{3,60}")  # a short line without a sentence's end ("Chronik eines Wachstumsjahres")
_LISTED = re.compile(r"[|•▪►◦‣*–-]|\d{1,2}\.\s")  # a table row or a list item ("- 9. März: …", "9. März: …")
_LISTED_LINE = re.compile(rf"^[ \t]*(?:{_LISTED.pattern})[^\n]*", re.M)
_YEARLESS = frozenset({"dmy", "numeric_dm", "month_bare", "month_label"})


# A chronicle line's date label: what may stand before it on its line (a bullet, a table bar) and what closes it
# ("- 3. Februar 2025: …", "1996 – …", "| 2020 | …"); the events' line labels read the same forms.
LINE_LABEL_LEAD = re.compile(r"[ \t]*(?:[•▪►◦‣*–|-][ \t]*)?")
LINE_LABEL_END = re.compile(r"[ \t]*(?::|\||[–—-][ \t])")


def _line_labels(text: str, readings: list[Reading]) -> dict[int, tuple[int, Anchor]]:
    """Line start → (label end, the label as anchor) for lines opening with a full date or a month and year and
    a colon, bar or dash ("- 3. Februar 2025: …", "| Juli 2025 | …")."""
    labels = {}
    for r in readings:
        if r.resolution != "absolute" or r.granularity not in ("day", "month"):
            continue
        line = text.rfind("\n", 0, r.start) + 1
        if LINE_LABEL_LEAD.fullmatch(text, line, r.start) and LINE_LABEL_END.match(text, r.end):
            anchor = parse_anchor(r.value)
            if anchor is not None:
                labels[line] = (r.end, anchor)
    return labels


def _post_headers(text: str, readings: list[Reading]) -> list[tuple[int, Anchor]]:
    """(end of the header, its date as anchor) of each social-media post whose author line ends in its date
    ("Gemeinde X @gemeinde_x · 15. Apr. 2025", "X e.V. · 3. April 2025", also with its time: "…, 22:47"): "heute",
    "gestern" in the post are read from that day."""
    headers = []
    for r in readings:
        if r.resolution != "absolute" or r.granularity != "day":
            continue
        line, line_end = text.rfind("\n", 0, r.start) + 1, text.find("\n", r.end)
        rest = text[r.end:line_end if line_end >= 0 else len(text)]
        if _post_author_before(text, line, r.start) and _POST_TIME.fullmatch(rest):
            anchor = parse_anchor(r.value)
            if anchor is not None:
                headers.append((r.end, anchor))
    return sorted(headers, key=lambda h: h[0])


_HANDLE = re.compile(r"@\w+(?:\.\w+)*$")
_POST_TIME = re.compile(r"\s*(?:,?\s*\d{1,2}[:.]\d\d(?:\s*Uhr)?\s*)?")  # what may close the line: ", 22:47"


def _post_author_before(text: str, line: int, start: int) -> bool:
    """The line holds a post's author before ``start``: a handle or a name in its legal form, or a thread's post
    number ("3/4"), then "·"."""
    head = text[line:start].rstrip()
    if not head.endswith("·"):
        return False
    head = head[:-1].rstrip()
    return bool(_HANDLE.search(head)) or head.endswith(resources.legal_form_words()) \
        or bool(resources.thread_post_number().fullmatch(head))


# --- entry points ---------------------------------------------------------------------------------

def find_dates(doc: Doc, sentences: Sentences, published: str, report: str = "") -> list[DateMention]:
    """Date expressions of the release, resolved against ``published`` (``YYYY[-MM[-DD]]`` or ''); ``report``:
    the year its title says it reports on (``report_year``), or ''.

    RETURNS list[DateMention] in text order.
    """
    anchor = parse_anchor(published or report)
    text = view_of(doc).text
    out = []
    # "Chronik des Jahres 2025", as of 2026 or of no known day
    reported_later = report if report and (not published or published[:4] > report) else ""
    for r in _readings(text, anchor, reported_later):
        used = anchor is not None and r.resolution == "relative"
        out.append(DateMention(sentences(r.start), r.start, r.end, text[r.start:r.end], r.value,
                               r.granularity, r.resolution, r.anchor or (anchor.text if used else ""),
                               *interval(r.value)))
    return out


def _occasion_date(text: str, conf: dict) -> str:
    """The day of the occasion a record's head names ("Festrede … am 17. September 2021"), else ''.

    The date follows "am" or "vom" in the paragraph of the occasion's word, in the head of the text."""
    head = text[:conf["occasion_chars"]]
    words = re.compile(rf"(?i)\b{_alt(conf['occasion_words'])}\b")
    for cand in _scan(head):
        g = cand.match
        if cand.kind not in ("dmy", "numeric") or _two_days(g) or not g["y"]:
            continue
        start = cand.span[0]
        paragraph = head[head.rfind("\n\n", 0, start) + 1:start]
        # behind "am"/"vom", or opening with its weekday ("Freitag, 12. September 2025, Festzelt")
        if words.search(paragraph) and (_occasion_cue().search(paragraph) or g.groupdict().get("wd")):
            year, day = _full_year(g["y"]), _day_number(g, "d")
            month = _month_of(g["mon"]) if cand.kind == "dmy" else int(g["m"])
            return periods.iso(year, month, day) if periods.valid(year, month, day) else ""
    return ""


@cache
def _occasion_cue() -> re.Pattern[str]:
    """ "am 17. September", "vom 20.02.2025", "am Donnerstag, 12.09.2024", "am Mittwoch, dem 19. März 2025",
    a minutes' "Datum: Dienstag, 13. Mai 2025", a place and the day ("Rede … anlässlich …, Pfarrheim X, 17. Januar
    2025")"""
    return re.compile(rf"(?:\b(?:am|vom)\s+|\bDatum:\s*|\w, )(?:{_alt(_conf()['weekdays'])},?\s+)?(?:(?:dem|den)\s+)?$")


def _year_of_days(text: str) -> str:
    """The year of a release that names days with their year since or on which something happened ("seit dem
    1. August 2025 sind wir …") and others without ("am 4. Juni"): the year of those past days when it is the only
    year the text names."""
    years = {g["y"] for cand in _scan(text) if cand.kind == "dmy" and not _two_days(g := cand.match) and g["y"]
             and _PAST_DAY.search(text, max(0, cand.span[0] - 12), cand.span[0])}
    if len(years) != 1 or set(_ANY_YEAR.findall(text)) != years:
        return ""  # a chronicle of several years: its days without year belong to different ones
    return years.pop()


_PAST_DAY = re.compile(r"\b(?:[Ss]eit\s+dem|[Aa]m)\s+$")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def infer_published(text: str) -> str:
    """The publication month inferred from the dates of a cleaned text where safe, else ''.

    Called by the clean stage only, which owns the publication date (a dateline or a
    stamp such as "Veröffentlicht am 22.09.2022" is read there). A release that announces a date taking
    effect ("mit Wirkung zum 1. Januar
    2016") and reports a day without year ("am 17. Dezember") lies between the
    two when they are close: it is from the day's month ("2015-12").
    Else a release naming days without year takes the year its dated past days share (``_year_of_days``).
    RETURNS 'YYYY-MM', 'YYYY' or ''.
    """
    conf = _conf()["inference"]
    occasion = _occasion_date(text, conf)
    if occasion:
        return occasion
    effective, partial = [], []
    for cand in _scan(text):
        g = cand.match
        if cand.kind != "dmy" or _two_days(g):
            continue
        month, day = _month_of(g["mon"]), _day_number(g, "d")
        if g["y"] and periods.valid(int(g["y"]), month, day):
            if _effective_cue().search(text[max(0, cand.span[0] - 30):cand.span[0]]):
                effective.append(date(int(g["y"]), month, day))
        elif not g["y"] and periods.valid(2000, month, day):
            partial.append((month, day))
    if partial and not effective:
        return _year_of_days(text)
    if not effective or not partial:
        return ""
    end = min(effective)
    placed = []
    for month, day in partial:
        options = [date(y, month, day) for y in (end.year - 1, end.year) if periods.valid(y, month, day)]
        options = [d for d in options if d <= end and (end - d).days <= conf["max_gap_days"]]
        if len(options) != 1:
            return ""
        placed.append(options[0])
    latest = max(placed)
    return periods.iso(latest.year, latest.month)
