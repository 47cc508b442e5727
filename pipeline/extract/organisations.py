"""Organisations: German public-sector naming rules, with the model's entities as extra evidence.

Rules, in the order they claim tokens (language knowledge lives in ``resources/``):

1. name + legal form — "Musterservice Nord AöR", "ABC – Beispiel IT- und Servicegesellschaft mbH";
2. acronym definitions — "Beispielservice Nord (BSN)", "BSN Beispielservice Nord";
3. councils and boards — "Stadtvertretung Musterhausen", "Kreistag des Kreises Beispiel-Land",
   "Verbandsversammlung des Zweckverbands X", "der Musterhausener Stadtrat" (not "Stadtrat Max Muster");
4. administrations — "Kreisverwaltung", "Stadtverwaltung Musterhausen";
5. type word + name — "Stadt Musterhausen", "des Landkreises Beispiel-Land", "Fachdienst Bau und Umwelt",
   "die Städte A und B"; one-word districts — "Musterbergkreis", "des Beispiel-Tal-Kreises";
   sport clubs — "1. FC Musterhausen", "TSV Beispieldorf 1860 e.V."; names after a class noun;
6. every further use of a known name or acronym, also inside compounds ("BSN-Vorstand", "ABC/BSN-Verbund");
7. towns: "Musterhausen" as actor (ORG), "Musterhausens Bürgermeister" (ORG), "in Musterhausen" (LOC);
8. "die Landeshauptstadt", "der Kreis" → the one such organisation of the release.

The model's ORG entities are kept where they pass evidence checks (streets, buildings and states it calls
ORG are places; events, eras and currency codes no mention); a place it sees inside an organisation's name
("Stadt Musterhausen") is a LOC mention inside the ORG one.

Within a release, "Stadt X", "Landeshauptstadt X" and "X" as actor are one record, so are "Kreis X"
and "Landkreis X", and an acronym and its long form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from spacy.tokens import Doc
from spacy.util import filter_spans

from .. import resources
from ..knowledge import (
    CLUB_ORDINALS,
    PLACE_FAMILIES,
    TypeWord,
    _abstract_endings,
    _is_descriptor,
    _is_hyphen_part,
    _word_sets,
    body_owners,
    carrier_words,
    council_of,
    district_name,
    family_of,
    is_acronym,
    is_brand_like,
    is_capitalised,
    is_function_word,
    is_name_token,
    is_place_token,
    knowledge,
    norm,
    shortened_uses,
    venue_endings,
)
from ..records import Mention, OrgRecord
from .events.matcher import SPANS_KEY
from .figures import number_value
from .view import DocView, find_whole, view_of

DASHES = {"-", "–", "—"}
def starts_clause(view: DocView, i: int) -> bool:
    """Is token i first in its sentence or line? (cheap: ``Token.is_sent_start`` scans the doc)"""
    if i == 0:
        return True
    prev = view.texts[i - 1]
    if prev.endswith(".") and len(prev) > 1:  # "… der X gGmbH. Y tritt …": the period stays on the legal form
        k = bisect_left(view.sentence_starts, i)
        return k < len(view.sentence_starts) and view.sentence_starts[k] == i
    return "\n" in prev or prev in (".", "!", "?", ":", "„", "“", "\"", "–", "-")


# --- candidates and the per-document collector --------------------------------------------------

@dataclass
class Candidate:
    """One organisation mention found by a rule."""

    start: int  # token offsets
    end: int
    key: str
    name: str
    org_type: str = "Sonstige"
    rank: int = 0
    legal_form: str = ""
    short_name: str = ""
    aliases: list[str] = field(default_factory=list)
    place: str = ""
    parent_family: str = ""  # bodies and administrations: family of the organisation they belong to
    alias: bool = True  # False for coreferences ("die Stadt"): the span is no name of the organisation


class Collector:
    """Records and mentions of one document; tokens already claimed by a rule are skipped by later ones."""

    def __init__(self, view: DocView, home: str = "") -> None:
        self.view = view
        self.home = home  # the dateline's place
        self.text = view.text
        self.claimed = [False] * len(view)
        self.records: dict[str, OrgRecord] = {}
        self.ranks: dict[str, int] = {}
        self.places: dict[str, str] = {}  # key → place name (towns, districts, Ämter)
        self.mentions: list[tuple[int, int, str]] = []  # token start, end, key ("" for LOC)
        self.locs: list[tuple[int, int]] = []
        self.unlinked: list[tuple[int, int]] = []  # the model's ORG spans that are no organisation record
        self.parent_families: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # acronym → key
        self.genitives: dict[str, int] = {}  # body key → first token of the organisation named in the genitive
        self.adjectives: dict[str, str] = {}  # body key → place adjective before it ("Musterhausener")

    @cached_property
    def family_acronyms(self) -> tuple[set[str], set[str]]:
        """``_family_acronyms`` of the document's tokens, read once for the rules that ask."""
        return _family_acronyms(self.view.texts)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The words the release writes after a known first name ("Mehmet Muster" → "Muster"), read once."""
        texts, first_names = self.view.texts, resources.first_names()
        return frozenset(texts[i + 1] for i in range(len(texts) - 1)
                         if texts[i] in first_names and is_capitalised(texts[i + 1]))

    @cached_property
    def addressed_people(self) -> frozenset[str]:
        """Names of two or three plain words the release writes after an office, an occupation, a form of address
        or a salutation ("Sein Vorsitzender Osmund Muster", "Lieber Gerriet Beispiel"): people whose first names
        the list does not know, no organisations wherever else they stand ("des Vereins Gerriet Beispiel")."""
        view, words, offices = self.view, _word_sets(), knowledge().office_titles
        cues = (words["occupation_words"], words["honorifics"], words["salutations"])
        found = set()
        for i in range(len(view) - 2):
            text = view.texts[i]
            if text not in offices and not any(text in cue for cue in cues):
                continue
            end = i + 1
            while end < min(len(view), i + 4) and is_name_token(view.texts[end]) and view.doc[end].pos_ == "PROPN":
                end += 1
            if end - i > 2 and type_of_name(_surface(view, i + 1, end)) == "Sonstige":
                found.add(_surface(view, i + 1, end))
        return frozenset(found)

    def free(self, start: int, end: int) -> bool:
        return start >= 0 and end <= len(self.claimed) and not any(self.claimed[start:end])

    def claim(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.claimed[i] = True

    def add(self, c: Candidate) -> str:
        """Merge a candidate into its record and remember the mention."""
        c.name = _nominative_adjective(self.view, c.start, c.name)
        record = self.records.get(c.key)
        if record is None:
            record = self.records[c.key] = OrgRecord(key=c.key, name=c.name, org_type=c.org_type)
            self.ranks[c.key] = c.rank
        elif c.rank > self.ranks[c.key] or (c.rank == self.ranks[c.key] and len(c.name) > len(record.name)):
            record.name, self.ranks[c.key] = c.name, c.rank
            if c.org_type != "Sonstige":
                record.org_type = c.org_type
        if record.org_type == "Sonstige":
            record.org_type = c.org_type
        record.legal_form = record.legal_form or c.legal_form
        if c.short_name and not record.short_name:
            record.short_name = c.short_name
            self.acronyms.setdefault(c.short_name, c.key)
        if c.place:
            self.places.setdefault(c.key, c.place)
        if c.parent_family:
            self.parent_families.setdefault(c.key, c.parent_family)
        surface = _surface(self.view, c.start, c.end)
        for alias in [*c.aliases, surface if c.alias else ""]:
            if alias and alias != record.name and alias not in record.aliases:
                record.aliases.append(alias)
        self.claim(c.start, c.end)
        self.mentions.append((c.start, c.end, c.key))
        return c.key

    def fold(self, key: str, into: OrgRecord, names: list[str]) -> None:
        """Record ``key`` is ``into``: ``names`` become its aliases, the mentions and bodies of ``key`` its own."""
        for name in names:
            if name != into.name and name not in into.aliases:
                into.aliases.append(name)
        del self.records[key]
        self.mentions = [(s, e, into.key if k == key else k) for s, e, k in self.mentions]
        for other in self.records.values():
            if other.parent_key == key:
                other.parent_key = into.key

    def by_family(self, family: str) -> list[OrgRecord]:
        """Records of a family named by their place; "Land": the states ("Land X", "Freistaat X")."""
        if family == STATE:
            return [r for r in self.records.values() if r.key in self.places and r.name.split()[0] in _state_words()]
        return [r for r in self.records.values() if family_of(r.org_type) == family and r.key in self.places]

    def main_of_family(self, family: str) -> OrgRecord | None:
        """The most-mentioned organisation of a family (ties: the first), or None. Families of no place
        ("Zweckverband") count every record of theirs."""
        records = self.by_family(family) if family in PLACED else [
            r for r in self.records.values() if family_of(r.org_type) == family and r.key not in self.parent_families]
        return self.most_named(records)

    def most_named(self, records: list[OrgRecord], tie: bool = True) -> OrgRecord | None:
        """The record of ``records`` with the most mentions (those of its administration count:
        "Landratsamt X" is the Landkreis X), ties: the one named first (without ``tie``: None); None for none."""
        if not records:
            return None
        places = {self.places.get(r.key): r.key for r in records if self.places.get(r.key)}
        counts: dict[str, int] = dict.fromkeys((r.key for r in records), 0)
        first: dict[str, int] = {}
        for start, _, key in self.mentions:
            record = self.records.get(key)
            if key not in counts and record is not None and record.org_type == "Verwaltung":
                key = places.get(self.places.get(key), key)  # "Landratsamt X" counts for Landkreis X
            if key in counts:
                counts[key] += 1
                first.setdefault(key, start)
        ranked = sorted(records, key=lambda r: (-counts[r.key], first.get(r.key, len(self.claimed))))
        if not tie and len(ranked) > 1 and counts[ranked[0].key] == counts[ranked[1].key]:
            return None
        return ranked[0]


def _nominative_adjective(view: DocView, start: int, name: str) -> str:
    """A name opening with an adjective inflected after its article is named with the form it has
    without one: "das Kommunale Rechenzentrum X" → "Kommunales …", "Der Nordische Pressedienst" (opening
    a clause) → "Nordischer …", "der Freien Liste X", "die Kommunalen Werke X" → "Freie …", "Kommunale …"
    (after "des", "dem", "den" the gender is unknown: left as written)."""
    first = view.texts[start] if start < len(view) else ""
    if not first.endswith(("e", "en")) or not name.lower().startswith(first.lower() + " ") \
            or first in knowledge().type_words \
            or view.doc[start].pos_ not in ("ADJ", "PROPN", "NOUN") \
            or not (first.lower() in _dictionary(view) or _adjective_form(first.lower())):
        return name  # no ordinary adjective opens the name
    before = start - 1
    if before >= 0 and view.texts[before] in QUOTES:
        before -= 1
    article = view.lowers[before] if before >= 0 else ""
    if first.endswith("en"):
        nominative = first[:-1] if article in ("der", "die") else first
    elif article == "das":
        nominative = first + "s"
    elif article == "der" and starts_clause(view, before):
        nominative = first + "r"  # "der" inside a clause is mostly a genitive or dative
    else:
        nominative = first
    return name[0] + nominative[1:] + name[len(first):]  # capitalised as named ("die evangelische Kirchengemeinde")


STATE = "Land"  # the parent family of a Landtag or a Landesregierung (bodies.tsv)
PLACED = (*PLACE_FAMILIES, STATE)
# a town's or an Amt's administration sits in the town it is named after; a Kreisverwaltung "in Musterstadt"
# sits in its district's seat, which may bear another name
SEATED_IN_NAME = ("Stadt", "Gemeinde", "Amt")


@cache
def _municipal() -> tuple[str, ...]:
    return tuple(knowledge().names["municipal_families"])


@cache
def _state_words() -> frozenset[str]:
    return frozenset(knowledge().names["state_type_words"])


def _surface(view: DocView, start: int, end: int) -> str:
    """The text of tokens start..end with line breaks flattened, without a stray final period."""
    text = " ".join(view.span_text(start, end).split())
    return text[:-1] if _stray_period(view.texts[end - 1]) else text


def _stray_period(token_text: str) -> bool:
    """A sentence's final period glued to a legal form ("AöR.")."""
    return token_text.endswith(".") and token_text[:-1] in _word_sets()["single_legal_forms"]


# --- 1. name + legal form -----------------------------------------------------------------------

def _legal_form_at(texts: list[str], i: int) -> tuple[int, str, str] | None:
    """(end token, canonical legal form, org_type) of a legal form starting at token i."""
    first = texts[i]
    first_words = _legal_first_words()
    if first not in first_words and first.rstrip(".") not in first_words:
        return None
    for tokens, canonical, org_type in knowledge().legal_forms:
        n = len(tokens)
        found = texts[i:i + n]
        if found and not tokens[-1].endswith(".") and found[-1].endswith("."):
            found[-1] = found[-1][:-1]  # "… AöR." before a sentence end can be one token
        if tuple(found) == tokens:
            return i + n, canonical, org_type
    return None


@cache
def _legal_first_words() -> frozenset[str]:
    return frozenset(f[0][0] for f in knowledge().legal_forms)


JOINERS = ("und", "für", "för", "&")  # "för": Low German names ("Vereen för …")


NAME_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)")  # "Kommunale", "Digitalen"


def _name_run_before(view: DocView, end: int, col: Collector) -> int:
    """Start of the run of name tokens that ends at ``end`` (exclusive): capitalised words, acronyms,
    'IT-' parts and inner 'und'/'für'/'&', stopping at articles, descriptors and punctuation."""
    texts, lowers, claimed = view.texts, view.lowers, col.claimed
    not_names = _word_sets()["not_names"]
    start = end
    i = end - 1
    if end >= 3 and lowers[end - 2] == "von" and _FOUNDING_YEAR.fullmatch(texts[end - 1]) \
            and is_capitalised(texts[end - 3]) and not claimed[end - 2]:
        i = end - 3  # a club's founding year: "Schützengilde Musterdorf von 1862 e.V."
    while i >= 0 and not claimed[i]:
        text, lower = texts[i], lowers[i]
        if start < end and i > 2 and lowers[i - 2] == "für" and lowers[i - 1] in ("den", "die", "das") \
                and not any(claimed[i - 3:i]) and lowers[i - 3].endswith(_remit_article_heads()):
            start, i = i - 3, i - 4  # "Caritasverband für den Landkreis X e.V.": a remit with its article
            continue
        quoted = _inner_quote_start(view, i) if start < end else 0
        if quoted:  # a nickname inside the name: "Schützenverein „Tell“ Musterdorf e.V."
            start, i = quoted, quoted - 1
            continue
        inner = (lower in JOINERS or _inner_slash(view, i)) and start < end and i > 0 and \
            (is_capitalised(texts[i - 1]) or _is_hyphen_part(texts[i - 1])) and not _town_before(view, i - 1)
        # a place joiner with one name word after it: "Stadtwerke Musterdorf auf Beispielinsel GmbH" is one
        # name, "des Landes X an der Beispielwerk Nord GmbH" is not
        joiner = _place_joiner_before(view, i + 1, start) if start == end - 1 else 0
        if joiner and not any(claimed[i + 1 - joiner:i + 1]):
            i -= joiner
            continue
        inner = inner or _inner_place_phrase(view, col, i, start, end)
        # a club's founding year inside its name: "Karnevalsgesellschaft Musterau 1902 e.V.", "SV 1860 Musterau e.V.";
        # an event's year right before a company's form: "Landesgartenschau Musterau 2027 GmbH"
        inner = inner or (_FOUNDING_YEAR.fullmatch(text) is not None and i > 0 and is_capitalised(texts[i - 1])
                          and not claimed[i - 1] and (texts[end] in _CLUB_LEGAL_FORMS or i == end - 1))
        if lower in ("der", "des") and start < end and i > 0 and not claimed[i - 1] \
                and _union_before_members(view, i, end):
            start = i - 1  # "Kreisverband der Gartenfreunde Musterau e.V.": a union named by its members
            break
        if is_function_word(lower) and not inner:
            break
        inner_caps = i < end - 1 and not is_acronym(text) and _inner_capitals(view, i, 0) and \
            (is_capitalised(texts[i - 1]) or is_acronym(texts[i - 1]))  # "ABC Kommunale IT Musterland AöR"
        field_word = i > 0 and text.isupper() and len(text) > 1 and is_capitalised(texts[i - 1])  # "Muster IT GmbH"
        inner_adjective = start < end and _inner_genitive_adjective(view, i)
        # a name's motto word before its legal form: "Musterau aktiv e.V.", "Beispielstadt bewegt e.V."
        motto = i == end - 1 and i > 0 and lower in _word_sets()["name_motto_words"] and is_capitalised(texts[i - 1])
        # a word that is no name alone ("Mitte") inside a name after a name word ("Musterwolke Mitte GmbH")
        inside = is_capitalised(text) and i > 0 and is_capitalised(texts[i - 1]) and texts[i - 1] not in not_names \
            and not is_function_word(lowers[i - 1]) and not claimed[i - 1]
        # "… im Landkreis X e. V.": a district's type word after "im"
        inside = inside or (start < end and i > 1 and lowers[i - 1] == "im" and _territory_word(text))
        if not (inner or inner_caps or field_word or inner_adjective or motto or _is_hyphen_part(text)
                or is_acronym(text) or is_brand_like(text)
                or (is_capitalised(text) and (text not in not_names or inside))):
            break
        named_kind = i > 0 and NAME_ADJECTIVE.fullmatch(texts[i - 1]) is not None \
            and not is_function_word(lowers[i - 1])  # "Pomologischer Verein X e. V.", "Kommunale IT-Anstalt X AöR"
        if text in _word_sets()["apposed_kind_words"] and i < end - 1 and not is_function_word(lowers[i + 1]) \
                and not named_kind:
            break  # "den Verein Heimatfreunde X e. V."
        if _is_descriptor(lower) and i < end - 1 and not _is_hyphen_part(texts[i - 1] if i else text) \
                and not (texts[end].rstrip(".") in ("mbH", "e.V", "e") and lower.endswith("gesellschaft")) \
                and not _compound_before_place(view, col, i, end) and not named_kind and lowers[i + 1] != "für" \
                and not (i and _inner_genitive_adjective(view, i - 1)) and not _name_word_before(view, col, i):
            break  # "der IT-Dienstleister X GmbH" is X GmbH, "die Kommunale IT-Anstalt X AöR" the whole (an "mbH"
            # or "e. V." continues its "…gesellschaft": "Nahverkehrsgesellschaft X mbH", "Schützengesellschaft X
            # e. V." are the whole, and a remit after it: "Gesellschaft für Schulsozialarbeit X gGmbH")
        if i > 0 and not (is_acronym(text) or is_brand_like(text)) and number_value(texts[i - 1]) is not None:
            break  # a counted noun opens no name: "5 Jahre Musterwolke eG", "Fünf Jahre …" are Musterwolke eG
        start = i
        i -= 1
    if start < end and start > 1 and _lower_case_name_start(view, start - 1):
        start -= 1  # "die emsdata Service GmbH"
    while start < end and (lowers[start] in JOINERS or lowers[start] in INNER_PLACE_WORDS
                           or _FOUNDING_YEAR.fullmatch(texts[start])):
        start += 1
    return start


def _town_before(view: DocView, i: int) -> bool:
    """A place type word and one name word end at ``i``, nothing named before them: a town listed before a name
    (", Stadt X und Y Verein e.V."; but "Förderverein Stadt X und Umland e.V." is one name)."""
    tw = knowledge().type_words.get(view.texts[i - 1]) if i > 0 else None
    return tw is not None and tw.kind == "place" and (i < 2 or not is_capitalised(view.texts[i - 2])
                                                       or is_function_word(view.lowers[i - 2]))


_FOUNDING_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
_CLUB_LEGAL_FORMS = ("e.V.", "e.", "e.V")  # "e.V." as one token, or "e. V." as two


def _founding_year_at(view: DocView, i: int) -> bool:
    """A year at ``i`` that goes on a club's name ("Wanderverein Musterau 1908"), not the date of a participle
    after it ("als der Wanderverein Musterau 1908 gegründet wurde")."""
    if i >= len(view.texts) or not _FOUNDING_YEAR.fullmatch(view.texts[i]):
        return False
    year = view.doc[i]
    return not _club_year_founded().match(view.doc.text, year.idx + len(year))


@cache
def _club_year_founded() -> re.Pattern[str]:
    """The participle after a year that makes it a founding's date (dates.toml [year_cues], which reads the year)."""
    return re.compile(resources.toml("dates.toml")["year_cues"]["club_year_founded"])


def _inner_quote_start(view: DocView, i: int) -> int:
    """Where a short quoted name closing at ``i`` opens, when a capitalised word stands before it
    ("Schützenverein „Tell“ Musterdorf e.V."); 0 when ``i`` closes no such quote."""
    texts = view.texts
    for j in range(i - 2, max(i - 5, 0), -1):
        if texts[j] in QUOTES and QUOTES[texts[j]] == texts[i]:
            return j if _quoted_name_end(view, j) == i + 1 and is_capitalised(texts[j - 1]) else 0
    return 0


def _union_before_members(view: DocView, i: int, end: int) -> bool:
    """A registered association's name of the form "<union noun> der <members>": "Kreisverband der Gartenfreunde
    Musterau e.V.", "Landesverband der Imker Musterland e. V." (``i``: the "der", ``end``: the legal form)."""
    union = view.texts[i - 1]
    return view.texts[end] in _CLUB_LEGAL_FORMS and union[:1].isupper() and union.isalpha() \
        and _GENITIVE_S.sub("", union.lower()).endswith(tuple(knowledge().names["member_union_tails"]))


_GENITIVE_S = re.compile(r"e?s$")  # "des Fördervereins der …", "des Kreisverbandes der …"


INNER_PLACE_WORDS = ("im", "am")


def _inner_place_phrase(view: DocView, col: Collector, i: int, start: int, end: int) -> bool:
    """"im"/"am" between two name words inside a name: "Genossenschaft Wohnen im Alter Musterau eG"; "am" after
    one noun after an article, not before a day: "die Haus am See Musterau gGmbH" ("die Gemeinde am Montag
    Musterwerk GmbH", "die Versammlung im Schützenverein X e.V." are no names); "im" before a district's type
    word after a name word: "Verein für Heimatpflege im Landkreis Musterau e. V."."""
    texts, lowers = view.texts, view.lowers
    return lowers[i] in INNER_PLACE_WORDS and start < end and i > 1 and is_capitalised(texts[i - 1]) \
        and not col.claimed[i - 1] and ((is_capitalised(texts[i - 2]) and not is_function_word(lowers[i - 2]))
                                        or (lowers[i] == "im" and _territory_word(texts[i + 1]))
                                        or (lowers[i] == "am" and lowers[i - 2] in NAME_START_ARTICLES
                                            and not lowers[i + 1].startswith(_calendar_starts())))


def _territory_word(text: str) -> bool:
    """The type word of a district or an Amt ("Landkreis", "Kreis", "Amt"), which a name may end with ("im
    Landkreis X")."""
    tw = knowledge().type_words.get(text)
    return tw is not None and tw.kind == "place" and family_of(tw.org_type) in ("Landkreis", "Amt")


def _territory_end(view: DocView, end: int) -> int:
    """End of "im Landkreis X" after a name that ends in a common noun ("Stiftung Flurdenkmäler im Landkreis X";
    not "Zweckverband Musterau im Landkreis X", a place there); ``end`` when there is none."""
    if end + 2 >= len(view) or view.lowers[end] != "im" or not _territory_word(view.texts[end + 1]) \
            or not ends_in_common_noun(view, view.texts[end - 1]):
        return end
    after = place_name_end(view, end + 2)
    return after if after > end + 2 else end


def _name_word_before(view: DocView, col: Collector, i: int) -> bool:
    """A name word (capitalised, no function word, not opening a sentence) stands before the descriptor noun at ``i``,
    which is then inside the name: "Lastenrad Leihbetrieb Musterau gGmbH" (but "der Dienstleister X GmbH")."""
    j = i - 1
    return j > 0 and is_capitalised(view.texts[j]) and not is_function_word(view.lowers[j]) and not col.claimed[j] \
        and view.texts[j] not in _word_sets()["not_names"] and j not in view.sentence_starts


NAME_START_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"})


def _lower_case_name_start(view: DocView, i: int) -> bool:
    """A lower-case word neither the dictionary nor the lemma table knows, between an article and a name
    ("die emsdata Service GmbH", not "die neue Service GmbH")."""
    text, dictionary = view.texts[i], _dictionary(view)
    stems = [text[:-len(ending)] for ending in ("e", "en", "er", "es", "em") if text.endswith(ending)]
    return _unknown_lower_word(view, i) and text.islower() and view.doc[i].lemma_ == text \
        and not any(stem in dictionary for stem in stems) and view.lowers[i - 1] in NAME_START_ARTICLES


def _genitive_head(view: DocView, start: int) -> tuple[str, str]:
    """(the first word of a legal-form name after "des"/"eines", its nominative) when it is a masculine or neuter
    noun in the genitive ("des Landesverbands kommunaler IT-Dienstleister X e. V.", "des Feuerwehr-Fördervereins X
    e. V."; the feminine forms GmbH, AG, eG take "der"), else ('', '')."""
    first = view.texts[start]
    if start == 0 or view.lowers[start - 1] not in ("des", "eines") or not first.endswith("s") or len(first) < 6 \
            or not all(part[:1].isupper() and part[1:].isalpha() and part[1:].islower() for part in first.split("-")) \
            or first in knowledge().type_words or first.endswith(_NOMINATIVE_S):
        return "", ""  # ("des Vereinsbus X e.V.": a word ending in "s" left uninflected, as names often are)
    return first, first[:-2] if first.endswith("es") else first[:-1]


_NOMINATIVE_S = ("us", "is", "os", "as", "ss")  # nominatives ending in "s" ("Vereinsbus", "Kulturhaus"): genitive "-es"


def _inner_genitive_adjective(view: DocView, i: int) -> bool:
    """A genitive plural adjective after a noun inside a name ("Landesverband kommunaler IT-Dienstleister X e. V.")."""
    text = view.texts[i]
    return i > 0 and text.endswith("er") and text.islower() and len(text) > 5 and view.doc[i].pos_ == "ADJ" \
        and is_capitalised(view.texts[i - 1]) and not is_function_word(view.lowers[i - 1])


def _inner_slash(view: DocView, i: int) -> bool:
    """A "/" written without spaces between two words of one name ("Schul-IT Musterau/Probedorf GmbH")."""
    return view.texts[i] == "/" and 0 < i < len(view) - 1 and view.starts[i] == view.ends[i - 1] \
        and view.starts[i + 1] == view.ends[i]


def _place_joiner_before(view: DocView, end: int, start: int) -> int:
    """Length of a place joiner ("auf", "an der") ending at ``end`` right before the name token at ``start``
    and after a place token ("Musterdorf auf Beispielinsel"); 0 when there is none."""
    if end != start:
        return 0
    for joiner in _place_words()[1]:
        size = len(joiner)
        if end - size >= 1 and view.lowers[end - size:end] == joiner and is_place_token(view.texts[end - size - 1]) \
                and is_place_token(view.texts[start]):
            return size
    return 0


def find_legal_form_orgs(view: DocView, col: Collector) -> None:
    texts = view.texts
    first_words = _legal_first_words()
    prefixes = col.family_acronyms
    found_here: list[Candidate] = []
    for i in range(1, len(texts)):
        if texts[i] not in first_words and texts[i].rstrip(".") not in first_words:
            continue  # the quick test of _legal_form_at
        found = _legal_form_at(texts, i) if not col.claimed[i] else None
        if not found:
            continue
        end, legal_form, org_type = found
        start = _name_run_before(view, i, col)
        if start == i:
            continue
        if start > 0 and texts[start - 1] in CLUB_ORDINALS and legal_form.startswith("e") \
                and not col.claimed[start - 1]:
            start -= 1  # a club's number is part of its name: "1. Dartclub Musterau 1998 e.V."
        short, span_start = "", start
        if is_acronym(texts[start]) and i - start > 1 and texts[start] not in prefixes[0] \
                and not (texts[start] in prefixes[1] and "V" not in legal_form):  # "ABC Beispielservice AöR"
            short = texts[start]
        elif start >= 2 and texts[start - 1] in DASHES and is_acronym(texts[start - 2]):  # "ABC – Beispiel mbH"
            short, span_start = texts[start - 2], start - 2
        name = _surface(view, start, end)
        if any(len(w) > 3 and w.islower() for w in texts[i:end]):  # written out: "X Anstalt des öffentlichen
            # Rechts" is "X AöR"; a form that types nothing ("Zweckverband X Körperschaft des öffentlichen Rechts")
            name = _surface(view, start, i) + ("" if org_type == "Sonstige" else " " + legal_form)  # is no part
            type_word = knowledge().type_words.get(texts[start])  # of the name, its type word types it
            if org_type == "Sonstige" and type_word is not None:
                org_type = type_word.org_type
        core = _surface(view, start + (1 if short and span_start == start else 0), i)
        genitive, nominative = ("", "") if short else _genitive_head(view, start)
        if genitive:  # "des Landesverbands X e. V." names the Landesverband X e. V.
            name, core = nominative + name[len(genitive):], nominative + core[len(genitive):]
        if core in col.acronyms and not short:  # "DiKo eG" after "Digitale Kommune Nord eG (DiKo)"
            _add_use(col, start, end, col.acronyms[core])
            continue
        aliases = [core] if short else []
        brand, *rest = core.split()
        kind_after = bool(rest) and (rest[0] in knowledge().type_words or rest[0] in _word_sets()["apposed_kind_words"])
        motto = len(rest) == 1 and rest[0] in _word_sets()["name_motto_words"]  # "Musterau aktiv": no brand
        if brand not in knowledge().type_words and not _is_descriptor(brand.lower()) and not motto \
                and not any(_is_descriptor(word.lower()) for word in rest) \
                and not (kind_after and NAME_ADJECTIVE.fullmatch(brand)) and _compound_type_word(brand) is None \
                and (is_brand_like(brand) or (
                len(brand) > 4 and brand.isalpha() and not brand.endswith("er") and brand not in _dictionary(view))):
            aliases.append(brand)  # "QuellNord Wasser GmbH", "Musterwerk IT GmbH", "Musterwolke eG": "QuellNord",
            # "Musterwerk", "Musterwolke"
        if short and span_start < start:
            aliases.append(name)
        end, short = _acronym_suffix(view, end, short)
        candidate = Candidate(span_start, end, "org:" + norm(core), name, org_type, 2, legal_form, short, aliases)
        col.add(candidate)
        found_here.append(candidate)
    # a first word several names share is a family's, no one's short name ("X IT GmbH", "X Schul-IT GmbH")
    names_by_first: dict[str, set[str]] = {}
    for candidate in found_here:
        names_by_first.setdefault(candidate.name.split()[0], set()).add(candidate.key)
    for candidate in found_here:
        record = col.records.get(candidate.key)
        shared = [a for a in candidate.aliases if " " not in a and len(names_by_first.get(a, ())) > 1]
        if record is not None and shared:
            record.aliases = [a for a in record.aliases if a not in shared]


def _family_acronyms(texts: list[str]) -> tuple[set[str], set[str]]:
    """(acronyms that open names of several organisations, "ABC Netzdienste GmbH" and "ABC Cloud GmbH", or that
    a bracket defines for some name, "… Musterland (ABC)"; acronyms used alone after a masculine or neuter
    article, "dem ABC", "des ABC", which a company's feminine legal form does not take): a family's or another
    organisation's, no short name of a legal-form name they open."""
    following: dict[str, set[str]] = {}
    defined, masculine = set(), set()
    for i, word in enumerate(texts[:-1]):
        if not is_acronym(word):
            continue
        if i and texts[i - 1] == "(" and texts[i + 1] == ")":
            defined.add(word)
        elif texts[i + 1][:1].isupper():
            following.setdefault(word, set()).add(texts[i + 1])
        elif i and texts[i - 1].lower() in ("dem", "des", "das", "den"):
            masculine.add(word)
    return defined | {word for word, after in following.items() if len(after) > 1}, masculine


def _acronym_suffix(view: DocView, end: int, short: str) -> tuple[int, str]:
    """Extend a name over a following "(ABC)" or "(DiKo)"."""
    texts = view.texts
    if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and \
            (is_acronym(texts[end + 1]) or _mixed_case_short_form(texts[end + 1])):
        return end + 3, short or texts[end + 1]
    return end, short


def _mixed_case_short_form(text: str) -> bool:
    """A short form written with inner capitals ("DiKo", "KoDa"): a name's abbreviation in brackets."""
    return 3 <= len(text) <= 7 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2 \
        and not text.isupper() and text not in _word_sets()["not_acronyms"]


@cache
def _compound_heads() -> tuple[tuple[str, str], ...]:
    """(lower-case type word, org_type) for type words that also end compounds ("Digitalverband"),
    longest first."""
    heads = {tw.word.lower(): tw.org_type for tw in knowledge().type_words.values()
             if tw.kind in ("description", "remit") and len(tw.word) >= 7}
    return tuple(sorted(heads.items(), key=lambda h: -len(h[0])))


def type_of_name(name: str) -> str:
    """The org_type a name's head noun gives ("Kommunaler IT-Zweckverband Nord" → Zweckverband,
    "Beispiel Digitalverband" → Verband); "Sonstige" when no word tells."""
    return _type_word_of(name) or "Sonstige"


@lru_cache(maxsize=1 << 12)
def _type_word_of(name: str) -> str | None:
    """The org_type of the first compound of a type word in the name ("Bundesstiftung" → Sonstige), else None."""
    for word in name.split():
        lower = word.lower()
        for head, org_type in _compound_heads():
            if lower.endswith((head, head + "s", head + "es")) and len(lower) > len(head) + 2:  # also genitive
                return org_type
    return None


def _nominative_head(word: str) -> str:
    """A type word's compound in the genitive in the nominative ("Badminton-Verbands" → "Badminton-Verband");
    any other word as written."""
    lower = word.lower()
    for head, _org_type in _compound_heads():
        for ending in ("es", "s"):
            if lower.endswith(head + ending):
                return word[:-len(ending)]
    return word


# --- 2. acronym definitions ---------------------------------------------------------------------

def _letters_match(acronym: str, words: str) -> bool:
    """Does an acronym abbreviate these words (same first letter, letters in order)?"""
    acronym, words = acronym.lower(), words.lower()
    if not words or words[0] != acronym[0]:
        return False
    pos = 0
    for letter in acronym:
        pos = words.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _short_form_after_comma(view: DocView, i: int, col: Collector) -> bool:
    """", kurz ABC," after a name: its acronym, set off by commas."""
    texts = view.texts
    return texts[i] == "," and i + 3 < len(texts) and view.lowers[i + 1] in _word_sets()["comma_short_form_cues"] \
        and is_acronym(texts[i + 2]) and texts[i + 3] in (",", ")", ".", "–") and col.free(i - 1, i)


def _model_says_org(view: DocView, start: int, end: int) -> bool:
    return any(ent.label == "ORG" and ent.start <= start and end <= ent.end for ent in view.ents)


def find_acronym_definitions(view: DocView, col: Collector) -> None:
    texts = view.texts
    n = len(texts)
    # "Long Name (ABC)", "Long Name, kurz ABC, …"
    for i in range(1, n - 2):
        bracketed = texts[i] == "(" and is_acronym(texts[i + 1]) and texts[i + 2] == ")" and col.free(i - 1, i + 3)
        if bracketed or _short_form_after_comma(view, i, col):
            acr = texts[i + 1] if bracketed else texts[i + 2]
            run_start = _name_run_before(view, i, col)
            for s in range(run_start, i):  # the longest suffix of the run that the acronym abbreviates
                if (is_name_token(texts[s]) or _is_hyphen_part(texts[s])) and _letters_match(acr, _surface(view, s, i)):
                    long = _surface(view, s, i)
                    if s == i - 1 and not _model_says_org(view, s, i):
                        break  # "Bruttoinlandsprodukt (BIP)": one word needs the model's word
                    tw = knowledge().type_words.get(texts[s - 1]) if s > run_start else None
                    if tw is not None and tw.kind in ("description", "remit"):
                        # "des Zweckverbands Beispiel IT Nord (BIN)": the type word is part of the name
                        name = f"{tw.word} {long}"
                        col.add(Candidate(s - 1, i + 3, "org:" + norm(name), name, tw.org_type, tw.rank,
                                          short_name=acr, aliases=[_surface(view, s - 1, i), long, acr]))
                        break
                    surface = long
                    if s and view.lowers[s - 1] in ("des", "eines"):  # "des Kehrzweckverbands Musterland (KML)",
                        long = " ".join(map(_nominative_head, long.split()))  # "des Musterer Badminton-Verbands (MBV)"
                    col.add(Candidate(s, i + 3 if bracketed else i, "org:" + norm(long), long, type_of_name(long),
                                      short_name=acr, rank=1, aliases=[surface, acr]))
                    break
    # "ABC Long Name"
    for i in range(n - 1):
        if is_acronym(texts[i]) and col.free(i, i + 2) and is_name_token(texts[i + 1]):
            end = i + 1
            while end < n and not col.claimed[end] and is_name_token(texts[end]):
                end += 1
                if end + 1 < n and _inner_slash(view, end) and is_name_token(texts[end + 1]) \
                        and not col.claimed[end + 1]:
                    end += 1  # "ABC Musterstadt/Beispielhausen"
            long = _surface(view, i + 1, end)
            if _letters_match(texts[i], long):
                col.add(Candidate(i, end, "org:" + norm(long), _surface(view, i, end), type_of_name(long),
                                  short_name=texts[i],
                                  rank=1, aliases=[long]))


# --- 3./4./5. type words ------------------------------------------------------------------------

@cache
def _place_words() -> tuple[tuple[str, ...], tuple[list[str], ...]]:
    """(adjective endings of place names, words joining a place to its river or region)."""
    names = knowledge().names
    return tuple(names["place_adjective_endings"]), tuple(names["place_joiners"])


@cache
def _street_endings() -> tuple[str, ...]:
    """Endings of street, building and landscape names (``names.toml`` place_head_endings)."""
    return tuple(knowledge().names["place_head_endings"])


@cache
def _calendar_starts() -> tuple[str, ...]:
    return tuple(knowledge().names["calendar_word_starts"])


def place_name_end(view: DocView, i: int) -> int:
    """End of a place name starting at token i ("Musterhausen", "Bad Beispiel", "Musterberger Land",
    "Frankfurt an der Oder"); i when there is none."""
    texts, lowers = view.texts, view.lowers
    n = len(texts)
    adjective_endings, joiners = _place_words()
    j = i
    if j + 1 < n and texts[j] in _word_sets()["place_prefixes"] and is_name_token(texts[j + 1]):
        j += 1
    if j >= n or not is_name_token(texts[j]) or is_acronym(texts[j]):
        return i
    if not is_place_token(texts[j]):  # a common noun: "das Amt Unterstützung" is no Amt …
        if j + 1 >= n or not is_place_token(texts[j + 1]) or district_name(texts[j + 1]):
            return i
        j += 1  # … unless a name follows: "Amt Landschaft Musterinsel"
    end = j + 1
    while end < n:
        if lowers[end - 1].endswith(adjective_endings) and is_place_token(texts[end]) \
                and texts[end - 1][0].isupper():
            end += 1
            continue
        if texts[end] == "/" and end + 1 < n and is_place_token(texts[end + 1]) and "-" not in texts[end - 1] \
                and view.starts[end] == view.ends[end - 1] and view.starts[end + 1] == view.ends[end] \
                and texts[end + 1] not in resources.first_names() \
                and not (end + 2 < n and is_name_token(texts[end + 2])):
            end += 2  # "Musterfeld/Elbe", "Beispielburg/Probewitz": one name ("Kreis A-B/C" names two,
            # "Foto: Klinikum X/Erika Muster" a photographer)
            continue
        for joiner in joiners:
            size = len(joiner)
            if lowers[end:end + size] == joiner and end + size < n and is_name_token(texts[end + size]) \
                    and not district_name(texts[end + size]) \
                    and not lowers[end + size].startswith(_calendar_starts()) \
                    and not lowers[end + size].endswith(_abstract_endings()) \
                    and not lowers[end + size].endswith(venue_endings()) \
                    and (joiner == ["an", "der"] or not lowers[end + size].endswith(_street_endings())) \
                    and texts[end + size] not in _word_sets()["not_place_names"] \
                    and not (end + size + 1 < n and is_name_token(texts[end + size + 1])):
                # "Stadt A im Musterbergkreis", "Kreis A am Donnerstagabend", "des Kreises A an der Trägerschaft",
                # "des Landes A an der Beispielwerk Nord GmbH", "Stiftung A in der Mustergasse" end before the joiner
                # (a street ends a town's name only after "an der": "Neustadt an der Weinstraße")
                end += size + 1
                break
        else:
            break
    if end + 2 < n and texts[end] == "(" and texts[end + 2] == ")" and is_place_token(texts[end + 1]) \
            and _QUALIFIER.fullmatch(texts[end + 1]) \
            and texts[end + 1] not in _word_sets()["not_place_qualifiers"]:
        end += 3  # "Musterdorf (Musterfluss)", not "im Land Musterland (GKGMl)", a law's abbreviation
    return end


_QUALIFIER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*")  # a river or region: "(Oder)", "(Ost-Holstein)"


def description_end(view: DocView, i: int, remit: bool) -> int:
    """End of a remit description after a type word ("für Inneres und Europa", "Bau und Umwelt")."""
    texts, lowers = view.texts, view.lowers
    j = i
    if j < len(texts) and lowers[j] == "für":
        j += 1
    elif j + 1 < len(texts) and lowers[j] in ("des", "der") and texts[j + 1] in _word_sets()["genitive_remits"]:
        return j + 2 + _and_for(view, j + 2)  # "Ministerium des Innern (und für Kommunales)"
    elif remit:
        return i
    end = j
    while end < len(texts) and (is_name_token(texts[end]) or _is_hyphen_part(texts[end]) or _joins(view, end, j)
                                or _inner_capitals(view, end, j) or _inner_type_word(view, end, j)
                                or _field_word(view, end, j) or _remit_adjective(view, end, j)
                                or _for_the_place(view, end, j)) \
            and not _starts_person(view, end):
        end += 1
        if end > j and is_place_token(texts[end - 1]):  # "Stadtwerke Musterdorf auf Beispielinsel"
            joined = place_name_end(view, end - 1)
            end = max(end, joined) if joined > end and not _starts_person(view, end) else end
    return end if end > j else i


def _for_the_place(view: DocView, k: int, start: int) -> bool:
    """Is token k a "für" inside a name, before the place it stands for ("Fraktion Bürger für Musterau",
    "Wählergruppe Gemeinsam für Probedorf")?"""
    return k > start and view.lowers[k] == "für" and k + 1 < len(view) and is_place_token(view.texts[k + 1]) \
        and view.texts[k + 1] not in _dictionary(view)  # not "Stiftung Musterau für Kinder"


def _member_genitive_end(view: DocView, i: int) -> int:
    """End of an association's members in the genitive plural and its territory after a type word ("der
    Kleintierzüchter Musterau", "der Freiwilligen Feuerwehren Musterland"); i when there is none (no place after the
    members: "der Verband der Kommunen" stays a description)."""
    texts, lowers = view.texts, view.lowers
    if i + 2 >= len(texts) or lowers[i] != "der":
        return i
    # "der Freiwilligen Feuerwehren": an adjective before the members (tagged so, or a capitalised "-en" before a
    # name and a place: "der Freiwilligen Feuerwehr Musterau")
    adjective = i + 3 < len(texts) and (view.doc[i + 1].pos_ == "ADJ" or (
        texts[i + 1].endswith("en") and is_name_token(texts[i + 2]) and is_place_token(texts[i + 3])))
    j = i + 1 + adjective
    if not is_name_token(texts[j]) or texts[j] in knowledge().type_words or j + 1 >= len(texts):
        return i  # "der Verband der Stadt X" is the town's
    end = place_name_end(view, j + 1)
    return end if end > j + 1 else i


def _supported_institution_end(view: DocView, i: int) -> int:
    """End of the institution in the genitive after a supporters' association ("der Freiwilligen Feuerwehr
    Musterau", "des Gymnasiums am Musterwall"): its type word of a place-named institution, a capitalised adjective
    before it allowed, and its name; i when there is none."""
    texts = view.texts
    if i + 2 >= len(texts) or view.lowers[i] not in ("der", "des"):
        return i
    adjective = texts[i + 1].endswith("en") and is_capitalised(texts[i + 1]) and texts[i + 2] in knowledge().type_words
    j = i + 1 + adjective
    kind = knowledge().type_words.get(texts[j])
    if kind is None or kind.kind != "place" or kind.org_type != "Sonstige":
        return i
    end = place_name_end(view, j + 1)
    if end == j + 1 and kind.word in knowledge().names["prepositional_name_types"]:
        end = _prepositional_name_end(view, j + 1)
    return end if end > j + 1 else i


def _and_for(view: DocView, i: int) -> int:
    """Tokens of an "und für X" that continues a genitive remit ("Ministerium des Innern und für Kommunales")."""
    lowers, texts = view.lowers, view.texts
    if lowers[i:i + 2] == ["und", "für"] and i + 2 < len(texts) and is_name_token(texts[i + 2]):
        return 3
    return 0


def _field_word(view: DocView, i: int, start: int) -> bool:
    """A field written in capitals after a word of the description ("Zweckverband Kommunale IT"), or opening it
    before a name ("Zweckverband IT Musterland")."""
    texts = view.texts
    if texts[i] not in _word_sets()["field_words"]:
        return False
    if i == start:
        return i + 1 < len(texts) and is_name_token(texts[i + 1]) and not _starts_person(view, i + 1)
    return is_capitalised(texts[i - 1])


def _inner_type_word(view: DocView, i: int, start: int) -> bool:
    """A remit type word inside a name, after a capitalised adjective of it ("Zweckverband Kommunales
    Rechenzentrum Nord")."""
    tw = knowledge().type_words.get(view.texts[i])
    prev = view.texts[i - 1] if i > start else ""
    return tw is not None and tw.kind in ("description", "remit") and is_capitalised(prev) \
        and prev.endswith(("es", "er", "e", "en")) and view.doc[i - 1].pos_ != "NOUN"


def _inner_capitals(view: DocView, i: int, start: int) -> bool:
    """"IT" in "Zweckverband Kommunale IT Musterland": an all-capital word between two words of a name."""
    texts = view.texts
    text = texts[i]
    return i > start and i + 1 < len(texts) and 1 < len(text) <= 5 and text.isupper() and text.isalpha() \
        and is_name_token(texts[i + 1])


def _joins(view: DocView, i: int, start: int) -> bool:
    """Is token i an "und", a list comma or an unspaced "/" inside a remit ("Bau, Verkehr und Umwelt")?"""
    lowers = view.lowers
    if _inner_slash(view, i) and i > start and is_name_token(view.texts[i + 1]):
        return True  # "Zweckverband Musterau-Probedorf/Beispielheim"
    if lowers[i] not in ("und", ",") or i == start or i + 1 >= len(lowers):
        return False
    nxt = view.texts[i + 1]
    if _remit_adjective(view, i + 1, start):
        return True  # "für Infrastruktur und ländliche Räume"
    if not is_name_token(nxt) or nxt in knowledge().type_words or _compound_type_word(nxt) is not None:
        return False  # "Ruderverein A und Wassersportgemeinschaft B": two organisations
    return lowers[i] == "und" or _list_goes_on(view, i + 1)


def _list_goes_on(view: DocView, i: int) -> bool:
    """Do the words from i on continue a list to its "und" ("Verkehr, Umwelt und Bau"), one word between commas
    (not "Zweckverband X, Geschäftsstelle, Musterdorf": a unit and a town after the name)?"""
    lowers, texts = view.lowers, view.texts
    while i + 2 < len(lowers) and is_name_token(texts[i]):
        if lowers[i + 1] == "und" and (is_name_token(texts[i + 2]) or _remit_adjective(view, i + 2, i)):
            return True  # "… und Bau", "… und ländliche Räume"
        if lowers[i + 1] != ",":
            return False
        i += 2
    return False


def _remit_adjective(view: DocView, i: int, start: int) -> bool:
    """A lower-case adjective after "und" or a comma inside a remit, before its noun ("für Umwelt, ländliche
    Räume und Verbraucherschutz")."""
    texts = view.texts
    return start < i < len(texts) - 1 and view.lowers[i - 1] in ("und", ",") and texts[i].isalpha() \
        and texts[i].islower() and view.doc[i].pos_ == "ADJ" and is_name_token(texts[i + 1]) \
        and texts[i] not in _short_form_openers()  # ", kurz BiLa": a short form, no remit


@cache
def _short_form_openers() -> frozenset[str]:
    return frozenset(cue.split()[0] for cue in knowledge().names["short_form_cues"])


@lru_cache(maxsize=1 << 12)
def _hyphenated_type_word(text: str) -> TypeWord | None:
    """"IT-Dienstleistungszentrum", "Kommunal-Rechenzentrum": a remit type word after a hyphenated
    prefix names the same kind, the whole compound its word."""
    prefix, _, last = text.rpartition("-")
    tw = knowledge().type_words.get(last) if prefix and last[:1].isupper() else None
    if tw is None or tw.kind not in ("description", "remit"):
        return None
    # (a remit word needs "für" alone, not after a prefix: "die Rasenkrocket-Gesellschaft Musterau")
    return TypeWord(f"{prefix}-{tw.word}", tw.org_type, "description" if tw.kind == "remit" else tw.kind, tw.rank)


def _self_named_compound(view: DocView, col: Collector, i: int, tw: TypeWord) -> bool:
    """A hyphenated compound of a place and a kind after its article is a name of its own when the text gives it a
    short name ("des Achtal-WLAN-Zweckverbands, kurz AWZ", "der Musterau-Zweckverband (MZV)"): added so."""
    first = view.texts[i].split("-", 1)[0]
    if tw.kind == "place" or not i or not is_place_token(first) or first in _dictionary(view) \
            or not (is_function_word(view.lowers[i - 1]) or view.lowers[i - 1] in ARTICLE_CONTRACTIONS):
        return False
    end, short = _acronym_suffix(view, i + 1, "")
    if not short and i + 2 < len(view) and view.texts[i + 2] in _word_sets()["short_naming_nouns"]:
        short = _given_short_name(view, i + 1)  # "…, kurz AWZ"
    if not short:
        return False
    col.add(Candidate(i, end, f"org:{norm(tw.word)}", tw.word, tw.org_type, tw.rank, short_name=short))
    return True


@lru_cache(maxsize=1 << 12)
def _compound_type_word(text: str) -> TypeWord | None:
    """"Abwasserzweckverband", "Tourismusverband": a closed compound ending in a type word of
    ``compound_type_tails`` names that kind (followed by its name, as a description), the whole compound its word."""
    last = text.rpartition("-")[2]  # "Budo-Sportverein": the last part is the closed compound
    if not text[:1].isupper() or not last[:1].isupper():
        return None
    for tail in knowledge().names["compound_type_tails"]:
        tw = knowledge().type_words.get(tail)
        if tw is not None and len(last) > len(tail) + 2 and last.endswith(tail.lower()):
            # the nominative: "Friedhofsverbandes" → "Friedhofsverband"
            return TypeWord(text[:-len(tail)] + tw.word.lower(), tw.org_type, "description", tw.rank)
    for tail, org_type in knowledge().names["compound_only_tails"].items():
        # a club's or union's genitive too: "des Schachklubs X" → "Schachklub X" (not "des Oberstufenzentrums X")
        for ending in ("", "s", "es") if org_type == "Verband" else ("",):
            if len(last) > len(tail) + len(ending) + 2 and last.endswith(tail.lower() + ending) \
                    and not last.startswith(tuple(knowledge().names["building_compounds"])) \
                    and len((_class_noun(last.lower()) or ("", "", ""))[1]) <= len(tail) + len(ending):
                # (not a class noun of its own: "Fluggesellschaft X")
                return TypeWord(text[:len(text) - len(ending)], org_type, "description", 1)
    return None


def _inner_organisation_end(view: DocView, i: int) -> int:
    """End of the organisation a carrier is named after ("Sparkasse Musterland", "Musikschule Musterland",
    "Theater und Orchester Musterland" after "Zweckverband"): a type word and a name after it; i when there is none."""
    type_words = knowledge().type_words
    tw = type_words.get(view.texts[i]) if i + 1 < len(view) else None
    if tw is None or tw.kind not in ("description", "place"):
        return i
    j = i + 1
    if j + 2 < len(view) and view.lowers[j] == "und" and is_capitalised(view.texts[j + 1]):
        j += 2  # "Zweckverband Theater und Orchester Musterland"
    if not is_name_token(view.texts[j]):
        return i
    return place_name_end(view, j) if tw.kind == "place" else description_end(view, j, False)


def _names_a_territory(view: DocView, i: int) -> bool:
    """A town's or district's type word right after another type word ("Bürgerstiftung Landkreis X")."""
    tw = knowledge().type_words.get(view.texts[i]) if i < len(view) else None
    return tw is not None and tw.kind == "place" and tw.org_type in knowledge().names["territory_name_types"]


NAME_PREPOSITIONS = ("am", "an", "im", "auf", "zum", "zur")
PLACE_PREPOSITIONS = ("am", "an")  # "Zweckverband an der Oberen Musterau" (not "Verband zum Jahreswechsel")
NAME_ARTICLES = ("der", "dem", "den")


@cache
def _place_named_types() -> tuple[str, ...]:
    """Type words (also as the tail of a compound: "Uferschutz-Zweckverband") of names that may be a place after
    "an der" (``names.toml`` prepositional_place_name_types)."""
    return tuple(word.lower() for word in knowledge().names["prepositional_place_name_types"])


def _prepositional_name_end(view: DocView, i: int, places: bool = False) -> int:
    """End of an institution's name that starts with a preposition ("am Musterwall", "Am Beispielteich",
    "an der Elbaue"): the preposition, an article, then one to three capitalised words (``places``: words that
    may name a place, no common noun like "Finanzierung"); i when none."""
    lowers = view.lowers
    if i >= len(view) or lowers[i] not in (PLACE_PREPOSITIONS if places else NAME_PREPOSITIONS):
        return i
    j = i + 1
    if j < len(view) and lowers[j] in NAME_ARTICLES:
        j += 1
    end = j
    fits = is_place_token if places else is_name_token
    while end < len(view) and end - j < 3 and fits(view.texts[end]) \
            and not (places and lowers[end].startswith(_calendar_starts())):
        end += 1
    return end if end > j and not (places and view.texts[end - 1] in _dictionary(view)) else i


INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
PLURAL_ARTICLES = frozenset({"die", "der", "den"})  # nominative/accusative, genitive and dative plural


def find_typed_orgs(view: DocView, col: Collector) -> None:
    """Type word + name: towns, districts, Ämter, authorities, companies named by remit."""
    k = knowledge()
    for i, text in enumerate(view.texts):
        if text.isupper() and len(text) > 3 and not col.claimed[i] and _line_start(view, i):
            _add_letterhead(view, col, i)
            continue
        tw = k.type_words.get(text) or _hyphenated_type_word(text) or _compound_type_word(text) \
            or _hyphenated_tail_kind(text)  # "Billard-Club Musterau"
        if tw is None or tw.kind == "admin" or col.claimed[i]:
            continue
        if text not in k.type_words and text in col.surnames:
            continue  # "Sabina Wolbring für X": a surname ending like a kind ("-ring", "-bund"), no "Wolbring für X"
        if tw.kind == "places":
            _add_place_list(view, col, i, tw)
            continue
        end = place_name_end(view, i + 1) if tw.kind == "place" else description_end(view, i + 1, tw.kind == "remit")
        if end == i + 1 and tw.word in k.names["prepositional_name_types"]:
            end = _prepositional_name_end(view, i + 1)  # "Gymnasium am Musterwall"
        elif end == i + 1 and tw.word.lower().endswith(_place_named_types()):
            end = _prepositional_name_end(view, i + 1, places=True)  # "Zweckverband an der Oberen Musterau"
        if end == i + 1 and (tw.word in k.names["carrier_type_words"] or _names_a_territory(view, i + 1)):
            # "Zweckverband Sparkasse Musterland": the carrier; "Bürgerstiftung Landkreis Musterau": its territory
            end = max(end, _inner_organisation_end(view, i + 1))
        if end == i + 1 and tw.word in k.names["supporter_type_words"]:
            end = _supported_institution_end(view, i + 1)  # "Förderverein der Freiwilligen Feuerwehr Musterau"
        if end == i + 1 and tw.org_type == "Verband":
            end = _member_genitive_end(view, i + 1)  # "Kreisverband der Kleintierzüchter Musterau"
        quoted = _quoted_name_end(view, i + 1)  # "Förderschule „Regenbogen“"
        if quoted > i + 2 and any(k.type_words.get(word) or _compound_type_word(word)
                                  for word in view.texts[i + 2:quoted - 1]):
            continue  # "des Zweckverbandes „Adressverband X“", "„Vergabe- und Datenschutzverbund X“": the name in
            # quotes is the organisation's own
        end = max(end, quoted)
        if tw.kind != "place" and end > i + 1:
            end = _territory_end(view, end)  # "Stiftung Flurdenkmäler im Landkreis Musterau"
        if tw.org_type == "Verband" and tw.kind != "place" and end > i + 1 and _founding_year_at(view, end):
            end += 1  # "mit dem Wanderverein Musterau 1908 zu verschmelzen": the club's founding year
        base = end
        if tw.org_type == "Behörde" and tw.kind != "place" and col.free(i + 1, base):
            end = _state_of_ministry(view, col, end)  # "Ministerium für Inneres des Landes X"
        if end == i + 1 and "-" in text and _self_named_compound(view, col, i, tw):
            continue
        if end == i + 1 or not col.free(i + 1, base):
            continue
        name_part = _surface(view, i + 1, end)
        if end == i + 2 and name_part in _dictionary(view) and tw.kind != "remit" and (
                (i and view.lowers[i - 1] in INDEFINITE_ARTICLES) or tw.word in k.names["everyday_type_words"]):
            continue  # "weil eine Stiftung Menschen braucht", "ob eine Gemeinde Bücher verkaufen muss": common nouns
            # after a kind named indefinitely; "der Markt Thema": a type word that is an everyday noun too
        if tw.kind == "place":  # towns of one family are one ("Stadt X" = "Hansestadt X"); others by word
            family = family_of(tw.org_type) if family_of(tw.org_type) in PLACE_FAMILIES else tw.word
            start, word = i, tw.word
            adjective = k.names["type_word_adjectives"].get(view.texts[i - 1]) if i and not col.claimed[i - 1] else None
            if adjective:  # "Große Kreisstadt X"
                start, word = i - 1, f"{adjective} {tw.word}"
            elif family not in PLACE_FAMILIES:  # "Evangelisches Krankenhaus X", "Klima- und Energieagentur X"
                start, word = _with_prefix(view, col, i, tw.word)
            col.add(Candidate(start, end, f"org:{norm(family)} {norm(name_part)}", f"{word} {name_part}",
                              tw.org_type, tw.rank, place=name_part))
        else:
            if i and view.lowers[i - 1] in INDEFINITE_ARTICLES and tw.kind in ("remit", "description") and all(
                    view.texts[j] in _dictionary(view) or is_function_word(view.lowers[j]) or view.doc[j].pos_ == "NOUN"
                    for j in range(i + 1, end)):
                continue  # "ein Verein für Kinder", "ein Mitmachzentrum für Mathematik": common nouns after a kind
                # named indefinitely
            # "das Kommunale Rechenzentrum X", "Wasser- und Abwasserzweckverband X"
            start, word = _with_prefix(view, col, i, tw.word)
            if tw.org_type == "Verband" and start == i and i and view.texts[i - 1] in CLUB_ORDINALS \
                    and not col.claimed[i - 1]:
                start, word = i - 1, f"{view.texts[i - 1]} {word}"  # "des 1. Dartclubs X": the club's number
            name = f"{word} {name_part}"
            end, short = _acronym_suffix(view, end, "")
            known = _record_ending_with(col, name) or _record_ending_with(col, f"{tw.word} {name_part}")
            if known is not None:  # "beim Kommunalen Rechenzentrum X" after "Kommunales Rechenzentrum X GmbH"
                _add_use(col, start, end, known)
                if short and not col.records[known].short_name:  # "… (ABC)" defines its acronym
                    col.records[known].short_name = short
                    col.acronyms.setdefault(short, known)
                continue
            base_part = _surface(view, i + 1, base) if base > i + 1 else ""  # the key without "des Landes X"
            col.add(Candidate(start, end, f"org:{norm(tw.word)} {norm(base_part or name_part)}", name, tw.org_type,
                              tw.rank, short_name=short))


def _add_letterhead(view: DocView, col: Collector, i: int) -> None:
    """A letterhead in capitals, a place's type word and its name filling the line ("LANDKREIS MUSTERAU",
    "STADT BAD BEISPIELBRUNN"): that town or district, its name written as a name."""
    tw = knowledge().type_words.get(view.texts[i].capitalize())
    if tw is None or tw.kind != "place":
        return
    end = i + 1
    while end < len(view) and view.texts[end].isupper() and view.texts[end].replace("-", "").isalpha() \
            and not _line_start(view, end):
        end += 1
    if end == i + 1 or not _line_end(view, end) or not col.free(i, end):
        return
    name_part = " ".join("-".join(part.capitalize() for part in word.split("-")) for word in view.texts[i + 1:end])
    family = family_of(tw.org_type) if family_of(tw.org_type) in PLACE_FAMILIES else tw.word
    col.add(Candidate(i, end, f"org:{norm(family)} {norm(name_part)}", f"{tw.word} {name_part}", tw.org_type,
                      tw.rank, place=name_part))


def _with_prefix(view: DocView, col: Collector, i: int, word: str) -> tuple[int, str]:
    """(start, type word as written) of the type word at i with what belongs before it: an adjective of the
    name ("Evangelisches Krankenhaus"), or a compound cut short and joined to it ("Wasser- und
    Abwasserzweckverband", "Klima- und Energieagentur": the first word ends in a hyphen)."""
    texts = view.texts
    if _name_adjective(view, col, i - 1):
        return i - 1, f"{texts[i - 1]} {word}"
    if i > 0 and not col.claimed[i - 1] and view.lowers[i - 1] in _confession_forms():  # "evangelische Kirchengemeinde"
        confession = texts[i - 1]
        if word.lower().endswith(_feminine_heads()):  # "der katholischen Kirchengemeinde" → "Katholische …"
            confession = _confession_forms()[view.lowers[i - 1]] + "e"
        return i - 1, f"{confession[0].upper()}{confession[1:]} {word}"
    if i >= 2 and view.lowers[i - 1] in ("und", "sowie") and texts[i - 2].endswith("-") \
            and texts[i - 2][:1].isupper() and not col.claimed[i - 2]:
        return i - 2, f"{texts[i - 2]} {texts[i - 1]} {word}"
    return i, word


def _compound_before_place(view: DocView, col: Collector, i: int, end: int) -> bool:
    """A company's or an Anstalt's compound before only a place and the legal form is the name's head, no
    descriptor ("Heilquellenanstalt Musterau AöR", "Entsorgungsgesellschaft Bad Muster GmbH"; but "die
    Tochtergesellschaft Musterau GmbH", names.toml relational_descriptor_prefixes)."""
    lower = view.lowers[i]
    head = next((h for h in knowledge().names["place_named_heads"] if lower.endswith(h)), None)
    if head is None or len(lower) < len(head) + 4 or lower.startswith(_relational_prefixes()):
        return False
    return place_name_end(view, i + 1) == end and not any(col.claimed[i + 1:end])


@cache
def _relational_prefixes() -> tuple[str, ...]:
    return tuple(knowledge().names["relational_descriptor_prefixes"])


@cache
def _remit_article_heads() -> tuple[str, ...]:
    return tuple(knowledge().names["remit_article_heads"])


@cache
def _feminine_heads() -> tuple[str, ...]:
    return tuple(knowledge().names["feminine_heads"])


@cache
def _confession_forms() -> dict[str, str]:
    """Each inflected form of a confession (names.toml ``confession_adjectives``) → its stem."""
    return {stem + ending: stem for stem in _word_sets()["confession_adjectives"] for ending in ADJECTIVE_ENDINGS}


def _state_of_ministry(view: DocView, col: Collector, end: int) -> int:
    """End of "des Landes X" after an authority's name (part of the name; the Land is named too)."""
    texts = view.texts
    if end + 2 >= len(texts) or view.lowers[end] != "des" or knowledge().type_words.get(texts[end + 1]) is None \
            or knowledge().type_words[texts[end + 1]].word not in _state_words():
        return end
    place_end = place_name_end(view, end + 2)
    if place_end == end + 2 or not col.free(end + 1, place_end):
        return end
    tw = knowledge().type_words[texts[end + 1]]
    place = _surface(view, end + 2, place_end)
    col.add(Candidate(end + 1, place_end, f"org:{norm(tw.word)} {norm(place)}", f"{tw.word} {place}", tw.org_type,
                      tw.rank, place=place))
    return place_end


QUOTES = {"„": "“", "\"": "\"", "»": "«", "‚": "‘"}


def _quoted_name_end(view: DocView, i: int) -> int:
    """End of a short quoted name of capitalised words at token i ("„Am Beispielwehr“", "„Musterauer Stege und
    Anleger“"); i when none."""
    texts = view.texts
    close = QUOTES.get(texts[i]) if i < len(texts) else None
    if close is None:
        return i
    j = i + 1
    while j < len(texts) and j - i <= 6 and texts[j] != close and (
            texts[j][:1].isupper() or texts[j] == "-"
            or (view.lowers[j] in ("und", "für") and j > i + 1 and j + 1 < len(texts) and texts[j + 1][:1].isupper())):
        j += 1
    return j + 1 if j < len(texts) and j > i + 1 and texts[j] == close else i


def _name_adjective(view: DocView, col: Collector, i: int) -> bool:
    """A capitalised adjective between an article (or an opening quote) and a type word belongs to the name
    ("beim Kommunalen Rechenzentrum X", "das Evangelische Krankenhaus X", "„Kommunales Rechenzentrum X“")."""
    if i >= 0 and not col.claimed[i] and _line_start(view, i) and is_capitalised(view.texts[i]) \
            and _adjective_form(view.lowers[i]):
        return True  # a heading: "Kommunales Integrationszentrum X" (by its form: every word there is capitalised)
    return i > 0 and not col.claimed[i] and is_capitalised(view.texts[i]) \
        and (is_function_word(view.lowers[i - 1]) or view.texts[i - 1] in QUOTES) \
        and view.lowers[i].endswith(ADJECTIVE_ENDINGS) and view.doc.has_annotation("POS") \
        and (view.doc[i].pos_ in ("ADJ", "PROPN") or (view.doc[i].pos_ == "NOUN" and _adjective_form(view.lowers[i]))) \
        and view.lowers[i] not in _word_sets()["role_qualifiers"]


def _line_start(view: DocView, i: int) -> bool:
    return i == 0 or "\n" in view.texts[i - 1] or "\n" in view.text[view.ends[i - 1]:view.starts[i]]


def _line_end(view: DocView, end: int) -> bool:
    """Does the line end before token ``end``?"""
    return end == len(view) or "\n" in view.texts[end] or "\n" in view.text[view.ends[end - 1]:view.starts[end]]


ADJECTIVE_ENDINGS = ("e", "es", "er", "en", "em")
ADJECTIVE_STEMS = ("al", "isch", "lich", "ig", "iv", "sam", "bar")  # "Kommunalen", "Evangelische", "Gemeinsame"


def _adjective_form(lower: str) -> bool:
    """An adjective by its form, whatever the tagger said ("dem Kommunalen Rechenzentrum")."""
    return any(lower.endswith(tuple(stem + ending for ending in ADJECTIVE_ENDINGS)) for stem in ADJECTIVE_STEMS)


def _record_ending_with(col: Collector, name: str) -> str | None:
    """Key of a record found earlier whose name, without its legal form, ends with ``name``."""
    wanted = " " + norm(name)
    for record in col.records.values():
        if record.key in col.parent_families:  # "Verwaltungsrat der Beispiel AG" is no name of the AG
            continue
        base = norm(record.name)
        if record.legal_form and base.endswith(" " + norm(record.legal_form)):
            base = base[: -len(record.legal_form) - 1]
        if (" " + base).endswith(wanted) and not _carries(base[:-len(wanted)]):
            return record.key
    return None


def _carries(prefix: str) -> bool:
    """"Zweckverband" before "Sparkasse X": the carrier of Sparkasse X, not one of its names."""
    words = prefix.split()
    return bool(words) and words[-1] in carrier_words()


LIST_JOINERS = ("und", "sowie")
LIST_OPENERS = frozenset({"–", "—", ":"})  # "drei Gemeinden – A, B und C"


def _add_place_list(view: DocView, col: Collector, i: int, tw: TypeWord) -> None:
    """"die Städte A, B und C", "drei Gemeinden – A, B und C –", "drei Gemeinden im Landkreis X – A, B und C –": one
    organisation per place, when the list is closed by "und"/"sowie"."""
    located, _place, _family = _located(view, i + 1, ("im", "aus", "in"))
    if located < len(view) and view.texts[located] in LIST_OPENERS:
        first = located + 1
    else:
        first = i + 2 if i + 1 < len(view) and view.texts[i + 1] in LIST_OPENERS else i + 1
    spans = _place_list(view, col, first)
    if len(spans) < 2:
        return
    family = family_of(tw.org_type)
    for start, end in spans:
        place = _surface(view, start, end)
        col.add(Candidate(start, end, f"org:{norm(family)} {norm(place)}", f"{tw.word} {place}", tw.org_type,
                          tw.rank, place=place))


def _located(view: DocView, i: int, prepositions: tuple[str, ...]) -> tuple[int, str, str]:
    """(end, place, family) of a phrase at token i naming an organisation by its place after one of
    ``prepositions`` ("im Landkreis X", "aus dem Kreis X", "beim Landkreis X", "bei der Stadt X"); (i, "", "")
    when there is none."""
    lowers = view.lowers
    if i + 1 >= len(view) or lowers[i] not in prepositions:
        return i, "", ""
    end, place, family = _genitive_parent(view, i + 1 + (lowers[i + 1] in ("dem", "der")))
    return (end, place, family) if place else (i, "", "")


def find_district_names(view: DocView, col: Collector) -> None:
    """Districts named by one compound word: "der Musterbergkreis", "des Beispiel-Land-Kreises"."""
    dictionary = _dictionary(view)
    for i, text in enumerate(view.texts):
        if col.claimed[i]:
            continue
        name = district_name(text)
        if not name or (name[:-5].endswith("er") and name[:-5] in dictionary):
            continue  # no district, or a circle of people: "Gesellschafterkreis", "Leserkreis"
        col.add(Candidate(i, i + 1, f"org:landkreis {norm(name)}", name, "Landkreis", 1, place=name))


NO_TYPE_WORD = TypeWord("", "", "", 0)
GENITIVE_ARTICLES = ("des", "der")


def _genitive_parent(view: DocView, j: int) -> tuple[int, str, str]:
    """The organisation a body belongs to, named in the genitive from token j ("des Kreises X",
    "des Musterbergkreises", "der Stadt X"): (end token, place, family); place '' when the name is no place."""
    texts = view.texts
    if j >= len(texts):
        return j, "", ""
    tw = knowledge().type_words.get(texts[j])
    if tw is not None and tw.kind == "place":
        end = place_name_end(view, j + 1)
        if end > j + 1:
            return end, _surface(view, j + 1, end), family_of(tw.org_type)
        return j, "", ""
    district = district_name(texts[j])
    if district:
        return j + 1, district, "Landkreis"
    if tw is not None and tw.kind == "admin":  # "der Personalrat der Stadtverwaltung": of the town it serves
        return j + 1, "", ""
    end = j
    if tw is not None:  # "des Zweckverbands Beispiel", "des Verbands für …"
        end = description_end(view, j + 1, tw.kind == "remit")
        end = end if end > j + 1 else j
    elif is_acronym(texts[j]):
        end = j + 1
    else:  # "der Kommunalen Beispiel-IT", "des Heimat- und Trachtenverbands X"
        while end < len(texts) and not (end > j and _starts_person(view, end)) and (
                is_name_token(texts[end]) or _is_hyphen_part(texts[end]) or (
                end > j and view.lowers[end] in ("und", "oder") and _is_hyphen_part(texts[end - 1]))):
            end += 1  # (not into the person the board appoints: "des Vereins X Pfarrer Max Muster")
        if end == j + 1 and texts[j] in _dictionary(view) and end < len(texts) \
                and view.lowers[end] in GENITIVE_ARTICLES:
            end = j  # an ordinary noun with a genitive of its own is no name: "der Kreistag der Abgabe der Aufgabe"
    return end, "", ""


def _starts_person(view: DocView, i: int) -> bool:
    """Does a person's name start at token i (a known first name before a capitalised word, or an occupation
    before them: "Pfarrer Martin Muster")? (Not a saint's: "Pfarrei St. Remigius Musterau".)"""
    texts = view.texts
    if i + 2 < len(texts) and texts[i] in _word_sets()["occupation_words"]:
        i += 1
    return i + 1 < len(texts) and texts[i] in resources.first_names() and is_capitalised(texts[i + 1]) \
        and not (i and texts[i - 1] in _word_sets()["saint_words"])


def _body_then_person(view: DocView, start: int, end: int) -> bool:
    """A board's word and two plain names ("bestellte das Gremium Pekka Muster", also where the model's name stops
    at the first name): the person the board appoints, no organisation (a board of one is named with its
    organisation: "Aufsichtsrat Stadtwerke Musterau")."""
    texts, words = view.texts, _dictionary(view)
    return end - start == 3 and end <= len(texts) \
        and (texts[start] in knowledge().bodies or texts[start] == "Gremium") \
        and all(is_name_token(t) and t not in words and t not in knowledge().type_words for t in texts[start + 1:end])


def _office_apposed(view: DocView, start: int, end: int) -> bool:
    """Two plain names with an office in apposition or before them ("Uland Muster, Vorsitzender des TSV X",
    "Sprecherin: Uliana Muster"), or an office and a surname: a person the model took for an organisation."""
    texts, k = view.texts, knowledge()
    if end - start == 2 and texts[start] in k.office_titles and texts[start] not in k.bodies \
            and texts[start] not in k.type_words and is_name_token(texts[start + 1]):
        return True  # "entschuldigt: StR Muster": the office before a surname
    if end - start != 2 or not all(is_name_token(t) and t not in k.type_words for t in texts[start:end]):
        return False
    if start > 1 and texts[start - 1] in (":", ",") and texts[start - 2] in k.office_titles:
        return True  # "beide Landräte, Ulrica Muster (A) und …"
    if end + 1 >= len(texts) or texts[end] != ",":
        return False
    office = end + 1 + (view.doc[end + 1].is_lower and end + 2 < len(texts))  # "stellvertretender Vorsitzender"
    return texts[office] in k.office_titles


def _model_person_at(view: DocView, i: int) -> bool:
    """Does the model's person of two words start at token i ("Stadtrat Gisela Beispiel": an office)?"""
    return any(e.start == i and e.end == i + 2 and e.label == "PER" for e in view.ents)


def find_bodies_and_admin(view: DocView, col: Collector) -> None:
    """Councils, boards (Gremium) and administrations (Verwaltung), linked to their organisation."""
    k = knowledge()
    texts, lowers = view.texts, view.lowers
    qualifiers = _word_sets()["role_qualifiers"]
    for i, text in enumerate(texts):
        if text in k.bodies:
            word, family = k.bodies[text]
            org_type = "Gremium"
        elif text in k.type_words and k.type_words[text].kind == "admin":
            word = k.type_words[text].word  # "des Landratsamtes" → "Landratsamt"
            family, org_type = k.admin_parents.get(word, ""), "Verwaltung"
        else:
            continue
        if col.claimed[i]:
            continue
        if _starts_person(view, i + 1) or (i + 1 < len(texts) and texts[i + 1] in k.names["academic_titles"]) \
                or _body_then_person(view, i, i + 3) or (i + 1 < len(texts) and texts[i + 1] in col.surnames) \
                or (text in k.office_titles and (_model_person_at(view, i + 1) or (i and lowers[i - 1] in qualifiers))):
            continue  # "Stadtrat Max Muster", "Erster Stadtrat Muster", "Gemeinderat Muster" of a Max Muster named;
            # "hat das Kuratorium Ortlinde Muster berufen", "die Verbandsversammlung Dr. Max Muster": a person
        if org_type == "Verwaltung" and i > 1 and lowers[i - 1] == "und" and _is_hyphen_part(texts[i - 2]):
            continue  # "in Kreis- und Stadtverwaltung": administrations in general
        start, end = i, place_name_end(view, i + 1)
        if end == i + 2 and texts[i + 1].endswith("s") and end < len(texts) and texts[end] in k.office_titles:
            end = i + 1  # "wählte die Verbandsversammlung Musterhausens Bürgermeister …": his town, not its
        place = _surface(view, i + 1, end) if end > i + 1 else ""
        aliases: list[str] = []
        genitive, adjective = -1, ""
        if not place and end + 2 < len(texts) and lowers[end] == "und" and \
                k.type_words.get(texts[end + 1], NO_TYPE_WORD).kind == "place":
            place_end = place_name_end(view, end + 2)  # "Stadtverwaltung und Amt Musterhausen"
            place = _surface(view, end + 2, place_end) if place_end > end + 2 else ""
        if not place and end + 1 < len(texts) and lowers[end] == "von" and family in PLACED:
            place_end = place_name_end(view, end + 1)  # "der Gemeinderat von Musterdorf"
            if place_end > end + 1:
                place = _surface(view, end + 1, place_end)
                aliases.append(_surface(view, i, place_end))
                _elided_body(view, col, place_end, word, family)
        if not place and end + 1 < len(texts) and lowers[end] == "in" and family in PLACED \
                and (family != STATE or texts[end + 1] in _states()
                     or lowers[end + 1].endswith(tuple(knowledge().names["state_name_endings"]))) \
                and (org_type == "Gremium" or family in SEATED_IN_NAME) \
                and is_place_token(texts[end + 1]) and texts[end + 1] not in k.type_words \
                and view.doc[end + 1].pos_ == "PROPN" and not (i and _is_place_adjective(view, i - 1)):
            # "der Gemeinderat in Musterdorf" (not a common noun: "die Bürgerschaft in Kurzform"; nor where the
            # council of a town named by its adjective met: "der Musterauer Kreistag in Beispielstadt"; nor a Land's
            # capital: "die Landesregierung in Musterstadt", but "das Kabinett in Musterland")
            place_end = place_name_end(view, end + 1)
            if view.doc[place_end - 1].pos_ != "PROPN":
                place_end = end + 2  # "der Kreistag in Musterau im Laufe des Jahres"
            if place_end > end + 1:
                place = _surface(view, end + 1, place_end)
                aliases.append(_surface(view, i, place_end))
        if not place and end + 1 < len(texts) and lowers[end] in ("im", "in") and family in PLACED:
            j = end + 1 + (lowers[end] == "in" and lowers[end + 1] in ("der", "dem"))
            while j < len(texts) and view.doc[j].is_lower:  # "der Kreistag im benachbarten Landkreis X"
                j += 1
            _gen_end, in_place, in_family = _genitive_parent(view, j)
            place = in_place if in_family == family else ""
        if not place and org_type == "Verwaltung":  # "die Kommunalaufsicht beim Landkreis X"
            _at_end, at_place, at_family = _located(view, end, ("beim", "bei"))
            place, family = (at_place, at_family) if at_place else (place, family)
        if not place and end < len(texts) and lowers[end] in GENITIVE_ARTICLES:
            gen_end, gen_place, gen_family = _genitive_parent(view, end + 1)
            if gen_end > end + 1 and (not gen_place or not family or council_of(family, gen_family)):
                aliases.append(f"{word} {_surface(view, end, gen_end)}")  # "Kreistag des Kreises Musterland"
                place, family = gen_place, gen_family or family  # "Gemeinderat der Stadt X": the Stadt's
                genitive = -1 if place else end + 1
        if not place and not aliases and end + 1 < len(texts) and lowers[end] in ("im", "beim") \
                and family not in PLACED:
            gen_end, gen_place, _gen_family = _genitive_parent(view, end + 1)
            if gen_end > end + 1 and not gen_place:  # "die Mitgliederversammlung im Filmclub X": as "des Filmclubs X"
                aliases.append(f"{word} {_surface(view, end, gen_end)}")
                genitive = end + 1
        if not place and not aliases and i and _is_place_adjective(view, i - 1):
            start, adjective = i - 1, texts[i - 1]  # "der Musterhausener Stadtrat"
        if text in k.named_bodies and not (aliases or adjective):
            continue  # "der Rat" alone is no council; "der Rat der Stadt X", "des Musterhausener Rates" are
        if place:
            name = key_name = f"{word} {place}"
        else:
            name = aliases[0] if aliases else word
            key_name = _surface(view, start, i + 1) if adjective else name
            if not aliases and not adjective and _there(view, i):
                key_name = f"{name} dort {i}"  # "der dortige Gemeinderat": the one of the town just named
        key = "org:" + norm(key_name)
        if genitive >= 0:
            col.genitives[key] = genitive
        if adjective:
            col.adjectives[key] = adjective
        col.add(Candidate(start, i + 1 if aliases else end, key, name, org_type, place=place,
                          parent_family=family or "?", aliases=aliases))


ELIDED_BODY_LEADS = (("als", "auch"), ("und",), ("sowie",), ("oder",), (",",))


def _elided_body(view: DocView, col: Collector, j: int, word: str, family: str) -> None:
    """The same body of another place, its noun left out: "sowohl der Gemeinderat von A als auch der von B"."""
    texts, lowers = view.texts, view.lowers
    for lead in ELIDED_BODY_LEADS:
        k = j + len(lead)
        if tuple(lowers[j:k]) == lead and k + 2 < len(texts) and lowers[k] in (*GENITIVE_ARTICLES, "die", "das") \
                and lowers[k + 1] == "von":
            place_end = place_name_end(view, k + 2)
            if place_end > k + 2 and col.free(k, place_end):
                place = _surface(view, k + 2, place_end)
                col.add(Candidate(k, place_end, "org:" + norm(f"{word} {place}"), f"{word} {place}", "Gremium",
                                  place=place, parent_family=family, alias=False))
            return


PLURAL_BODY_PREPOSITIONS = ("in", "von", "aus")


def find_plural_bodies(view: DocView, col: Collector) -> None:
    """"die Gemeinderäte in A und B", "die Räte der Gemeinden A, B und C": one body of each place
    (its mention is the plural word), belonging to the place's organisation."""
    k = knowledge()
    texts, lowers = view.texts, view.lowers
    for i, text in enumerate(texts):
        if text not in k.plural_bodies or col.claimed[i] or i + 2 >= len(texts):
            continue
        word, family = k.plural_bodies[text]
        type_word = None
        if lowers[i + 1] in PLURAL_BODY_PREPOSITIONS:
            first = i + 2
        elif lowers[i + 1] == "der" and k.type_words.get(texts[i + 2], NO_TYPE_WORD).kind == "places":
            type_word, first = k.type_words[texts[i + 2]], i + 3
            family = family or family_of(type_word.org_type)
        else:
            continue
        if family not in PLACED:
            continue
        spans = _place_list(view, col, first, free=type_word is None)  # "der Gemeinden A, B": towns found
        if len(spans) < 2:
            continue
        for start, end in spans:
            place = _surface(view, start, end)
            feminine = type_word is not None and type_word.word in ("Stadt", "Gemeinde")
            aliases = [f"{word} der {type_word.word} {place}"] if feminine else []  # "Rat der Gemeinde X"
            if col.free(start, end):
                col.add(Candidate(start, end, f"org:{norm(family)} {norm(place)}", f"{family} {place}", family,
                                  place=place))
            col.add(Candidate(i, i + 1, "org:" + norm(f"{word} {place}"), f"{word} {place}", "Gremium",
                              place=place, parent_family=family, aliases=aliases, alias=False))


def _place_list(view: DocView, col: Collector, j: int, free: bool = True) -> list[tuple[int, int]]:
    """The places of "A, B und C" from token j, when the list is closed by "und"/"sowie" (``free``:
    no other rule took them)."""
    texts, lowers = view.texts, view.lowers
    spans: list[tuple[int, int]] = []
    while True:
        end = place_name_end(view, j)
        if end == j or (free and not col.free(j, end)) or (end - j == 1 and _common_noun(view, j)):
            return []  # "für 14 Städte und Gemeinden Finanzwesen, Meldewesen und …": services, no places
        spans.append((j, end))
        if end + 1 >= len(texts):
            return []
        if lowers[end] in LIST_JOINERS:
            end2 = place_name_end(view, end + 1)
            if end2 == end + 1 or (free and not col.free(end + 1, end2)):
                return []
            return [*spans, (end + 1, end2)]
        if texts[end] != ",":
            return []
        j = end + 1


def _common_noun(view: DocView, i: int) -> bool:
    """A word the tagger calls a common noun and the model's dictionary knows."""
    return view.doc[i].pos_ == "NOUN" and view.texts[i] in _dictionary(view)


def _is_place_adjective(view: DocView, i: int) -> bool:
    """"Musterhausener" before a body: a capitalised word in -er that is no role qualifier ("Erster")."""
    text = view.texts[i]
    return len(text) > 4 and text.endswith("er") and is_name_token(text) and \
        view.lowers[i] not in _word_sets()["role_qualifiers"] and not starts_clause(view, i)


def _town_of_adjective(col: Collector, adjective: str, family: str) -> OrgRecord | None:
    """The town a place adjective derives from ("Musterhausener" → Stadt Musterhausen)."""
    stem = adjective[:-2]
    families = (family,) if family != "?" else PLACE_FAMILIES
    for fam in families:
        for record in col.by_family(fam):
            place = col.places[record.key]
            if place == stem or (place.startswith(stem) and len(place) - len(stem) <= 2) or place + "er" == adjective:
                return record
    return None


def link_parents(col: Collector) -> None:
    """Bodies and administrations: name them after the organisation they belong to. Those named with
    their organisation (genitive, place, place adjective) first, then those named bare ("der Kreistag",
    "Ihr Stadtrat", "der Aufsichtsrat")."""
    starts = {}
    for start, _, key in col.mentions:
        starts.setdefault(start, key)
    bare = []
    for key, family in col.parent_families.items():
        record = col.records[key]
        place = col.places.get(key, "")
        parent = None
        if key in col.genitives:  # "Verbandsversammlung des Zweckverbands Beispiel"
            candidate = col.records.get(starts.get(col.genitives[key], ""))
            if candidate is None and is_acronym(col.view.texts[col.genitives[key]]):  # "des ABC": an organisation
                candidate = _acronym_record(col, col.genitives[key], family)  # another release may define
            if candidate is not None and candidate.key != key and candidate.org_type == "Sonstige" \
                    and is_acronym(candidate.name) and family not in ("?", STATE, *PLACE_FAMILIES):
                candidate.org_type = family  # "des ABC" after "Verbandsversammlung": a Zweckverband
            if candidate is not None and candidate.key != key and family in (family_of(candidate.org_type), "?"):
                parent = candidate
            elif candidate is not None:
                continue
        elif key in col.adjectives:
            parent = _town_of_adjective(col, col.adjectives[key], family)
            stem = col.adjectives[key][:-2]
            if parent is None and family in PLACED and stem in col.view.texts:
                parent = _implied_parent(col, family, stem)  # "der Musterauer Stadtrat" beside "Musterwerk Musterau"
        if parent is None and place:
            parents = [r for r in col.by_family(family) if col.places.get(r.key) == place]
            if not parents:  # "Stadtrat Musterbach" of "Stadt Musterbach im Beispieltal"
                parents = [r for r in col.by_family(family)
                           if (col.places.get(r.key) or "").startswith((place + " ", place + " ("))]
            parent = parents[0] if parents else None
            if parent is None and family in PLACED:  # "Stadtvertretung Musterdorf": of Stadt Musterdorf
                parent = _implied_parent(col, family, place)
        if parent is None and not place:
            bare.append(key)
        elif parent is not None:
            _attach(col, record, parent)
    for key in bare:
        parent = _bare_body_parent(col, key)
        if parent is not None:
            _attach(col, col.records[key], parent)
    _merge_same_bodies(col)


def _attach(col: Collector, record: OrgRecord, parent: OrgRecord) -> None:
    record.parent_key = parent.key
    if not col.places.get(record.key) and (" " not in record.name or _of_administration(record.name)) \
            and parent.org_type != "Verwaltung":  # named after the town once the administration is folded into it
        if record.name not in record.aliases:  # "Kreistag" → "Kreistag Musterland", "Personalrat der
            record.aliases.append(record.name)  # Stadtverwaltung" → "… der Stadtverwaltung Musterhausen"
        record.name = f"{record.name} {col.places.get(parent.key) or parent.short_name or parent.name}"
        official = _official_names().get(record.name)
        if official:  # "der Landtag" of Land Bayern is the "Bayerischer Landtag" (known_organisations.tsv)
            record.aliases.append(record.name)
            record.name = official


@cache
def _official_names() -> dict[str, str]:
    """"Landtag Bayern" → "Bayerischer Landtag": a listed parliament's official name by its Land."""
    return {f"Landtag {place}": name for name, (_family, place) in resources.known_parents().items()
            if "Landtag" in name}


def _of_administration(name: str) -> bool:
    """A body named after an administration without its town ("Personalrat der Stadtverwaltung")."""
    last = knowledge().type_words.get(name.rpartition(" ")[2])
    return last is not None and last.kind == "admin"


def _bare_body_parent(col: Collector, key: str) -> OrgRecord | None:
    """The organisation of a body named bare: after a possessive ("Ihr Gemeinderat") the one of its
    family named last before it; else the one a body of the same word named with its organisation before it
    belongs to, when all such belong to one ("die Verbandsversammlung des ABC … die Verbandsversammlung");
    else the release's most named one of its family (towns: also the other municipal family) or of its owner
    types."""
    record, family = col.records[key], col.parent_families[key]
    word = record.name.split()[0]
    owners = body_owners().get(word, ())
    start = min((s for s, _, k in col.mentions if k == key), default=-1)

    def fits(other: OrgRecord) -> bool:
        return other.key not in col.parent_families and not other.parent_key and (
            family_of(other.org_type) == family or other.org_type in owners)

    if start > 0 and col.view.lowers[start - 1] in _possessives():
        before = [(s, k) for s, _, k in col.mentions if s < start and k in col.records and fits(col.records[k])]
        if before:
            return col.records[max(before)[1]]
    if start > 0 and col.view.lowers[start - 1] in _word_sets()["first_person_possessives"]:
        author = _account_before(col, start, fits)
        if author is not None:  # a reply in a thread: "↳ Gemeinde Y @y_info · 14. Mai 2025 / Unser Gemeinderat …"
            return author
        named = [(s, k) for s, _, k in col.mentions if k in col.records and fits(col.records[k])]
        if named:  # "Unser Gemeinderat", "Unsere Mitgliederversammlung": the release's publisher's, named first
            return col.records[min(named)[1]]
    if start >= 0 and _there(col.view, start) and family in PLACED:
        return _town_there(col, start, family, fits)
    town = _town_named_before(col, start, fits) if start >= 0 and family in PLACED else None
    if town is not None:  # "Kehrtwende in X: Der Stadtrat …" (X a town the release names)
        return town
    first_named = _first_mentions(col)
    named = [r for r in col.records.values()
             if r.key != key and r.parent_key and r.name.split()[0] == word and r.key in col.parent_families]
    same = {r.parent_key for r in named}
    if len(same) == 1 and (parent := col.records.get(same.pop())) is not None:
        main = col.main_of_family(family) if family not in ("?", "") else None
        last = max((s for s, _, k in col.mentions if k == key), default=start)
        if main is None or main.key == parent.key or any(first_named.get(r.key, last) < last for r in named):
            return parent  # (not when several are named so: "der Gemeinderat A … der Gemeinderat B"; nor the
            # release's own town's council named bare only before another town's: "Der Gemeinderat beschließt …
            # Der Gemeinderat der Gemeinde B spricht sich dagegen aus")
    if family not in ("?", ""):
        parent = col.main_of_family(family)
        if parent is not None and _neighbour(col, parent.key) and _home_named(col) \
                and col.places.get(parent.key) != col.home:  # "… die Nachbargemeinde B. Der Gemeinderat hatte …"
            parent = _implied_parent(col, family, col.home)
        others = [r for f in _municipal() if f != family for r in col.by_family(f)] if family in _municipal() else []
        home_elsewhere = any(col.places.get(r.key) == col.home for r in others)
        if parent is None and others and _home_named(col) and not home_elsewhere:
            parent = _implied_parent(col, family, col.home)  # "Musterhausen. 14.03.2024 – Der Stadtrat hat …"
        if parent is None and others:  # "der Gemeinderat" of Stadt X, named more than the others
            parent = col.most_named(others, tie=False)
        if parent is None and family in _municipal() and _home_named(col):
            parent = _implied_parent(col, family, col.home)
        if parent is None and family == STATE:  # "die Landesregierung" of the Land the release names
            state = _state_named(col.view)
            parent = _implied_parent(col, STATE, state) if state else None
            if parent is not None and state not in parent.aliases:
                parent.aliases.append(state)  # "Saarland" names "Land Saarland"
        if parent is not None:
            return parent
    if not any(_named_as_actor(col.view, s, word) for s, _, k in col.mentions if k == key):
        return None  # only "Vorsitzender des Aufsichtsrats", "im Verwaltungsrat": a post, not the board acting
    return _bare_body_owner(col, word)


def _account_before(col: Collector, start: int, fits: Callable[[OrgRecord], bool]) -> OrgRecord | None:
    """The organisation named on the last social-media author line before token ``start`` ("Gemeinde Y @y_info ·
    …"), if it fits."""
    texts = col.view.texts
    at = next((i for i in range(start - 1, -1, -1) if _is_handle(texts[i])), None)
    if at is None:
        return None
    line = at
    while not _line_start(col.view, line):
        line -= 1
    found = [k for s, _, k in col.mentions if line <= s < at and k in col.records and fits(col.records[k])]
    return col.records[found[-1]] if found else None


def _neighbour(col: Collector, key: str) -> bool:
    """Is the organisation named as the neighbour of the release's town ("die Nachbargemeinde X")?"""
    return any(col.view.lowers[s] in _word_sets()["neighbour_type_words"] for s, _, k in col.mentions if k == key)


def _home_named(col: Collector) -> bool:
    """The dateline's place looks like a town's name and the text names it too ("in Musterhausen",
    "die Musterhausener Stadtverwaltung")."""
    words = col.home.replace("/", " ").split()
    if not words or len(words) > 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    return any(text.startswith(words[0]) for text in col.view.texts)


def _named_as_actor(view: DocView, start: int, word: str) -> bool:
    """A body named in the nominative after an article or possessive ("Der Aufsichtsrat hat …",
    "die Mitgliederversammlung am …", "unsere Gesellschafterversammlung")."""
    return start > 0 and view.texts[start] == word and view.lowers[start - 1] in BODY_DETERMINERS


BODY_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine", "unser", "unsere", "ihr", "ihre", "sein", "seine",
                              "deren", "dessen"})  # ("das": "Das Kuratorium verabschiedet …")


@cache
def _possessives() -> frozenset[str]:
    return frozenset(knowledge().names["possessive_determiners"])


def _bare_body_owner(col: Collector, word: str) -> OrgRecord | None:
    """The organisation a body named without its organisation belongs to: the release's most named
    organisation of the body's owner types (``bodies.tsv``), or one known by its acronym only."""
    owners = body_owners().get(word)
    if not owners:
        return None
    records = [r for r in col.records.values() if r.key not in col.parent_families and not r.parent_key]
    fitting = [r for r in records if r.org_type in owners]
    return col.most_named(_named_by_body(fitting, word) or fitting) or col.most_named(
        [r for r in records if is_acronym(r.name) and r.org_type == "Sonstige"])


def _named_by_body(records: list[OrgRecord], word: str) -> list[OrgRecord]:
    """The records whose name holds the noun a body's name opens with ("Verbandstag": "Luftsportverband X", not
    the "Segelflugverein Y" the release names more often; "Stiftungsrat": "Stiftung Z")."""
    stem = next((word[:n] for n in range(len(word) - 3, 4, -1)
                 if any(word[:n].lower() in r.name.lower() for r in records)), "")
    return [r for r in records if stem and stem.lower() in r.name.lower()]


def _acronym_record(col: Collector, i: int, family: str) -> OrgRecord:
    """The organisation an acronym at token i names, known in this release or not (of the family of
    organisations the body before it belongs to: "die Verbandsversammlung des ABC" → a Zweckverband)."""
    acronym = col.view.texts[i]
    org_type = family if family not in ("", "?") else type_of_name(acronym)
    key = col.acronyms.get(acronym) or col.add(Candidate(i, i + 1, "org:" + norm(acronym), acronym, org_type,
                                                         short_name=acronym))
    return col.records[key]


@cache
def _staff_origin() -> re.Pattern[str]:
    return re.compile(knowledge().names["staff_before_origin"])


@cache
def _states() -> dict[str, str]:
    """The German Länder by the forms the release may name them with (resources/states.tsv)."""
    return dict(resources.table("states.tsv"))


def _state_named(view: DocView) -> str:
    """The Land the release names most often by its name ("des Saarlandes", "in Bayern"), '' for none."""
    states = _states()
    named = Counter(states[text] for text in view.texts if text in states)
    return named.most_common(1)[0][0] if named else ""


@cache
def _there_words() -> frozenset[str]:
    return frozenset(knowledge().names["there_adjectives"])


def _there(view: DocView, i: int) -> bool:
    """Is the body word at token i that of the place just named: "der dortige Gemeinderat", "der Gemeinderat dort",
    "Dort hat sich der Gemeinderat …" (its sentence opening with "Dort" a few words before it)?"""
    first = view.sentence_starts[bisect_right(view.sentence_starts, i) - 1]
    opening = any(view.lowers[k] == "dort" and (k == first or view.texts[k - 1] in (":", ";"))
                  for k in range(max(first, i - _THERE_REACH), i))  # also after a colon: "verweist auf X: Dort hat …"
    return (i > 0 and view.lowers[i - 1] in _there_words()) or (i + 1 < len(view) and view.lowers[i + 1] == "dort") \
        or opening


_THERE_REACH = 5  # tokens from a sentence's opening "Dort" to the body it places


def _town_named_before(col: Collector, start: int, fits: Callable[[OrgRecord], bool]) -> OrgRecord | None:
    """The town of a bare council that its own sentence places before it ("Kehrtwende in X: Der Stadtrat …", "In der
    Gemeinde X hat der Gemeinderat …"), X the place of a record of the council's family; None when a place follows
    the council."""
    view = col.view
    if start + 1 < len(view) and view.lowers[start + 1] in ("in", "von", "aus"):
        return None  # "der Kreistag in Y": its own place follows
    first = view.sentence_starts[bisect_right(view.sentence_starts, start) - 1]
    by_place = _towns_by_place(col, fits)
    for i in range(start - 1, first, -1):  # "In X hat der Stadtrat …", "Kehrtwende in X: Der Stadtrat …"
        if view.lowers[i - 1] == "in" and view.texts[i] in by_place and (i - 1 == first or view.texts[i + 1] == ":"):
            return by_place[view.texts[i]]
    # "In der Gemeinde X hat der Gemeinderat …", "Im Landkreis X hat der Kreistag …": the sentence's opening phrase
    opening = first + 3 if view.lowers[first] == "in" and first + 1 < start and view.lowers[first + 1] in (
        "der", "dem") else first + 2 if view.lowers[first] == "im" else -1
    if 0 < opening < start and view.texts[opening] in by_place:
        return by_place[view.texts[opening]]
    return None


def _towns_by_place(col: Collector, fits: Callable[[OrgRecord], bool]) -> dict[str, OrgRecord]:
    """Place name → the record of that place the council's kind fits (a town, district or Amt)."""
    return {place: col.records[key] for key, place in col.places.items()
            if key in col.records and fits(col.records[key])}


_ASIDE_TOKENS = 3  # a sentence this short names no place ("Enttäuscht?")


def _town_there(col: Collector, start: int, family: str, fits: Callable[[OrgRecord], bool]) -> OrgRecord | None:
    """The town "der dortige Gemeinderat" at token ``start`` belongs to: a place its own sentence names before it
    ("der Sinneswandel in X: Noch 2024 hatte der dortige Gemeinderat …", "Anders X: Der dortige …"), else one of
    its kind the sentence before names, else the place closing that sentence ("Nicht dabei ist X. Der dortige
    Gemeinderat …")."""
    view = col.view
    k = bisect_right(view.sentence_starts, start) - 1
    places = _word_sets()["place_prepositions"]
    for i in range(start - 1, view.sentence_starts[k] - 1, -1):  # "in X: …", "Anders X: Der dortige Gemeinderat …"
        if (view.texts[i + 1] == ":" or (i > view.sentence_starts[k] and view.lowers[i - 1] in places)) \
                and is_place_token(view.texts[i]) and view.texts[i] not in _dictionary(view) and not col.claimed[i] \
                and view.texts[i] not in col.surnames \
                and not (i == view.sentence_starts[k] and view.lowers[i] in _dictionary(view)):
            # not an interview's speaker ("Muster: Der Gemeinderat dort …"), nor a word capitalised only as the
            # sentence's first ("Erledigt: Der Gemeinderat dort hat sich gegen den Austritt entschieden")
            return _implied_parent(col, family, view.texts[i])
    # one of its kind its own sentence names: "Der Landkreis X dürfte …; eine Entscheidung des dortigen Kreistags"
    own = [(s, key) for s, _, key in col.mentions
           if view.sentence_starts[k] <= s < start and key in col.records and fits(col.records[key])]
    if own:
        return col.records[max(own)[1]]
    if k < 1:
        return None
    first, end = view.sentence_starts[k - 1], view.sentence_starts[k]
    if end - first <= _ASIDE_TOKENS and k > 1 and "?" in view.texts[first:end]:
        first = view.sentence_starts[k - 2]  # past an interview's short question ("X ist nicht dabei. Enttäuscht?")
    named = [(s, key) for s, _, key in col.mentions
             if first <= s < end and key in col.records and fits(col.records[key])]
    if named:
        return col.records[max(named)[1]]
    bare = [(s, col.places[key]) for s, _, key in col.mentions if first <= s < end and key in col.records
            and col.places.get(key) == view.texts[s] and family in _municipal()
            and family_of(col.records[key].org_type) in _municipal()]
    if bare:  # "Pferdsbach ist nicht dabei. … Der Stadtrat dort …": the town of that place, of the council's kind
        return _implied_parent(col, family, max(bare)[1])
    last = end - 1
    while last > first and not view.texts[last][:1].isalnum():
        last -= 1
    place = view.texts[last]
    governed = view.doc[last - 1].pos_ == "ADP" and view.lowers[last - 1] not in places
    if last > first and is_place_token(place) and place not in _dictionary(view) and not governed:  # "… ohne
        # Gegenstimme."; a place already known as a town of the council's kind is that town ("Anders in X.")
        known = _towns_by_place(col, fits).get(place)
        if known is not None or not col.claimed[last]:
            return known or _implied_parent(col, family, place)
    placed = [i for i in range(first + 1, end) if view.lowers[i - 1] == "in" and is_place_token(view.texts[i])
              and view.texts[i] not in _dictionary(view) and not col.claimed[i]]
    if placed:  # "Anders sieht es in X aus. Dort hat sich der Gemeinderat …": the last place after "in"
        place = view.texts[placed[-1]]
        return _towns_by_place(col, fits).get(place) or _implied_parent(col, family, place)
    return None


def _implied_parent(col: Collector, family: str, place: str) -> OrgRecord:
    """The town, district or Amt a council named by its place belongs to, when the release names
    it only through the council (a record without mentions)."""
    key = f"org:{norm(family)} {norm(place)}"
    if key not in col.records:
        col.records[key] = OrgRecord(key=key, name=f"{family} {place}", org_type=family if family != STATE else
                                     knowledge().type_words[STATE].org_type, aliases=[place])
        col.ranks[key] = 0
        col.places[key] = place
    return col.records[key]


def _merge_same_bodies(col: Collector) -> None:
    """"der Rat der Stadt Musterhausen" and "des Musterhausener Rates", "die Verbandsversammlung des
    Zweckverbands X" and "die Verbandsversammlung": one body of one organisation."""
    seen: dict[tuple[str, str], str] = {}
    gone: dict[str, str] = {}
    for key in list(col.parent_families):
        record = col.records[key]
        if not record.parent_key:
            continue
        first = seen.setdefault((record.parent_key, record.name.split()[0]), key)
        if first == key:
            continue
        kept = col.records[first]
        for alias in record.aliases:
            if alias != kept.name and alias not in kept.aliases:
                kept.aliases.append(alias)
        gone[key] = first
        del col.records[key]
    if gone:
        col.mentions = [(s, e, gone.get(k, k)) for s, e, k in col.mentions]
        for record in col.records.values():  # "der Personalrat der Stadtverwaltung": of the one kept
            record.parent_key = gone.get(record.parent_key, record.parent_key)


def drop_unattached(col: Collector) -> None:
    """A body or administration that belongs to no named organisation ("der Aufsichtsrat") is no entity."""
    gone = {key for key, r in col.records.items()
            if key in col.parent_families and not r.parent_key and key not in col.places}
    for key in gone:
        del col.records[key]
    col.mentions = [m for m in col.mentions if m[2] not in gone]


def merge_administrations(col: Collector) -> None:
    """An administration is its town or district: "Stadtverwaltung X" and "die Kreisverwaltung" are
    uses of Stadt X and of the release's Landkreis (their name an alias), not organisations of their own."""
    for key, record in list(col.records.items()):
        parent = col.records.get(record.parent_key)
        if record.org_type == "Verwaltung" and parent is not None:  # its bodies ("Personalrat der …") too
            col.fold(key, parent, [name for name in [record.name, *record.aliases] if " " in name])
            for body in col.records.values():
                if body.parent_key == parent.key and _of_administration(body.name):
                    _attach(col, body, parent)


# --- 6. further uses of known names -------------------------------------------------------------

def find_short_forms(view: DocView, col: Collector) -> None:
    """A short form defined in brackets or commas after a name: "Landschaftspflegeverband Musterau e.V. (kurz LPV
    Musterau)", "(im Folgenden: Verbund)", "des Bibliotheksverbunds Musterau, kurz BiLa, …" — an alias (its
    acronym the short name) found again by ``find_known_names``."""
    texts, lowers = view.texts, view.lowers
    cues = [tuple(cue.lower().split()) for cue in knowledge().names["short_form_cues"]]
    for _start, end, key in list(col.mentions):
        if end >= len(texts) or texts[end] not in ("(", ",", "–", "—") or key not in col.records:
            continue
        cue = next((c for c in cues if tuple(lowers[end + 1:end + 1 + len(c)]) == c), None)
        if cue is None:
            continue
        first = end + 1 + len(cue) + (end + 1 + len(cue) < len(texts) and texts[end + 1 + len(cue)] == ":")
        # "(kurz X)", "– kurz X –"; ", kurz BiLa, …": the short form ends at the next
        closing = ")" if texts[end] == "(" else texts[end] if texts[end] in ("–", "—") else None
        close = next((j for j in range(first, min(first + 5, len(texts)))  # punctuation or verb
                      if (texts[j] == closing if closing else not (is_capitalised(texts[j]) or is_acronym(texts[j])))),
                     None)
        if close is None or close == first or not all(is_capitalised(t) or is_acronym(t) for t in texts[first:close]):
            continue
        record = col.records[key]
        if not col.free(first, close):  # a club rule took the short form for a name of its own: "(kurz TuS RW)"
            other = next((k for s, e, k in col.mentions if (s, e) == (first, close) and k != key), None)
            if other is not None and other in col.records and not col.records[other].parent_key \
                    and other not in col.parent_families:
                col.fold(other, record, [col.records[other].name])
            continue
        short = texts[first] if is_acronym(texts[first]) else ""
        col.add(Candidate(first, close, key, record.name, record.org_type, -1, short_name=short))


def find_legal_form_compounds(view: DocView, col: Collector) -> None:
    """"die Arena-GmbH", "der Medien-AöR": a word of a name joined to its legal form refers to the one organisation
    of that legal form whose name has the word."""
    forms = _word_sets()["single_legal_forms"]
    for i, text in enumerate(view.texts):
        head, dash, form = text.rpartition("-")
        if not dash or form not in forms or len(head) < 3 or not col.free(i, i + 1):
            continue
        found = {r.key for r in col.records.values()
                 if r.name.endswith(form) and head.lower() in r.name.lower()[:-len(form)]}
        if len(found) == 1:
            _add_use(col, i, i + 1, found.pop())


def find_known_names(view: DocView, col: Collector, only: Container[str] | None = None) -> None:
    """Every other use of a record's name, aliases or acronym, also inside compounds; ``only``: just the uses
    of these records' names (the towns named only through their council, once known)."""
    variants: dict[str, str] = {}
    inflected: set[str] = set()  # not aliases: "des Tessentaler Bienenverbunds"
    dictionary = _dictionary(view)
    for record in col.records.values():
        if record.parent_key or record.org_type in ("Gremium", "Verwaltung") or (only is not None
                                                                                 and record.key not in only):
            continue
        for name in [record.name, record.short_name, *record.aliases]:
            # one word only when it is no ordinary word: an acronym, "Polarlicht-IT", "Westcom"
            if " " in name or is_acronym(name) or (len(name) > 3 and name[:1].isupper() and name not in dictionary
                                                   and not is_function_word(name.lower())):
                variants.setdefault(name, record.key)
            bares, genitives = shortened_uses(name)
            for bare in bares:
                variants.setdefault(bare, record.key)
            for genitive in genitives:
                inflected.add(genitive)
                variants.setdefault(genitive, record.key)
    surnames = {e.end - 1 for e in view.ents if e.label == "PER" and e.end - e.start > 1
                and view.texts[e.start] not in dictionary and view.doc[e.start].pos_ == "PROPN"}
    # (the model's "Standorts Mettenbach", "Nationaler Geopark" are no person)
    for name, key in sorted(variants.items(), key=lambda v: -len(v[0])):
        for start_char, end_char in find_whole(col.text, name):
            span = view.token_span(start_char, end_char)
            if span is not None and col.free(*span) and not (span[1] - span[0] == 1 and span[0] in surnames):
                # (a one-word name that is a person's surname there is no use: "Ilaria Leisegang" of "Leisegang GmbH")
                _add_use(col, *span, key, alias=name not in inflected)
    if not col.acronyms or only is not None:  # the compound rules below only look up acronyms
        return
    texts = view.texts
    for i, text in enumerate(texts):  # acronyms inside compounds: "ABC-Vorstand", "ABC/XYZ-Verbund"
        if "-" not in text and "/" not in text:
            continue  # one part only
        parts = [p for p in COMPOUND_SEPARATOR.split(text) if p]
        if not col.claimed[i] and len(parts) > 1 and parts[0] in col.acronyms:
            _add_use(col, i, i + 1, col.acronyms[parts[0]], alias=False)
    for i in range(len(texts) - 2):  # "ABC/XYZ-Verbund" as three tokens: a mention of each
        if texts[i + 1] == "/":
            for j in (i, i + 2):
                head = texts[j].split("-")[0]
                if head in col.acronyms and not col.claimed[j]:
                    _add_use(col, j, j + 1, col.acronyms[head], alias=False)


COMPOUND_SEPARATOR = re.compile(r"[-/]")


def find_demonym_references(view: DocView, col: Collector) -> None:
    """"Die Distelrother hatten bereits … grünes Licht gegeben", "die der Uhlenbacher": the people of a place named
    bare after their article are the one organisation of the release, no town nor council, whose name holds that place
    ("Mandolinenorchester Distelroth e.V.")."""
    holders: dict[str, set[str]] = {}
    for key, record in col.records.items():
        if record.parent_key or record.org_type in ("Gremium", "Verwaltung", *PLACE_FAMILIES):
            continue
        for word in record.name.split():
            if is_place_token(word):
                for suffix in knowledge().names["demonym_suffixes"]:
                    holders.setdefault(word + suffix, set()).add(key)
    texts = view.texts
    for i, text in enumerate(texts):
        keys = holders.get(text)
        if not keys or len(keys) != 1 or not i or col.claimed[i] or view.lowers[i - 1] not in PLURAL_ARTICLES \
                or (i + 1 < len(texts) and texts[i + 1][:1].isupper()):
            continue  # (not "der Distelrother Verein": a place's adjective before a noun)
        _add_use(col, i, i + 1, next(iter(keys)), alias=False)


def find_club_nicknames(view: DocView, col: Collector) -> None:
    """A club named "<kind> <place> <nickname>" ("Softballclub Musterau Larks e.V.") is called by its nickname
    alone too ("die Larks"): each free use of that last word, no place and no ordinary word, is the club's."""
    types, words = knowledge().type_words, _dictionary(view)
    places = {view.texts[i] for ent in view.ents if ent.label == "LOC" for i in range(ent.start, ent.end)}
    for key, record in list(col.records.items()):
        name = record.name.split()
        for tokens, _canonical, _type in knowledge().legal_forms:
            if len(name) > len(tokens) and tuple(name[-len(tokens):]) == tokens:
                name = name[:-len(tokens)]
                break
        kind = (types.get(name[0]) or _compound_type_word(name[0])) if len(name) == 3 else None
        if kind is None or kind.kind == "place" or record.org_type != "Verband" or record.parent_key \
                or not is_capitalised(name[1]) or not is_capitalised(name[2]) or name[2] in words \
                or name[2] in types or name[2].lower().endswith(_place_endings()) \
                or {name[1], name[2]} & _word_sets()["club_words"] or name[2] in places \
                or any(name[2] in r.name.split() for r in col.records.values() if r.key != key and " " in r.name):
            continue  # (not "Tennisclub Blau-Weiß Musterau" nor "Schützenverein „Tell“ Musterau": a place last)
        for i, text in enumerate(view.texts):
            if text == name[2] and col.free(i, i + 1) and not (i + 1 < len(view) and is_capitalised(view.texts[i + 1])):
                _add_use(col, i, i + 1, key)


@cache
def _place_endings() -> tuple[str, ...]:
    return tuple(knowledge().names["place_name_endings"])


def _add_use(col: Collector, start: int, end: int, key: str, alias: bool = True) -> None:
    record = col.records[key]
    col.add(Candidate(start, end, key, record.name, record.org_type, -1, alias=alias))


def find_office_compounds(view: DocView, col: Collector) -> None:
    """"Beispielnetz-Geschäftsführerin", "Muster-IT-Vorstand": the name before a company office
    (``office_titles.tsv``) is an organisation, also one named nowhere else in the release."""
    titles = knowledge().office_titles
    for i, text in enumerate(view.texts):
        head, sep, tail = text.rpartition("-")
        if not sep or col.claimed[i] or not _company_office(titles.get(tail, ())) or len(head) < 3:
            continue
        if head in col.acronyms or head in _word_sets()["not_acronyms"] or head.split("-")[0] in \
                _word_sets()["not_acronyms"] or not (is_acronym(head) or is_capitalised(head)) \
                or head in knowledge().type_words or head in knowledge().bodies \
                or (not is_acronym(head) and head in _dictionary(view)):
            continue  # a known acronym (rule 6), a field ("IT-Leiter"), a kind ("Kreis-Chef"), a common noun
            # ("Börse-Vorstand")
        known = next((r.key for r in col.records.values() if head in r.aliases and not r.parent_key), None)
        if known is not None:  # "Larks-Chefin" of the club called "die Larks"
            _add_use(col, i, i + 1, known, alias=False)
            continue
        org_type = type_of_name(head) if type_of_name(head) != "Sonstige" else "Unternehmen"
        key = col.add(Candidate(i, i + 1, "org:" + norm(head), head, org_type,
                                short_name=head if is_acronym(head) else "", alias=False))
        if head not in col.records[key].aliases and head != col.records[key].name:
            col.records[key].aliases.append(head)


def _company_office(families: tuple[str, ...]) -> bool:
    return any(f in ("GmbH", "Unternehmen") for f in families)


# --- 7. towns as actors and places --------------------------------------------------------------

def _possessive_office(text: str, nxt: str) -> bool:
    """"Musterhausens Bürgermeister": a town's genitive before a town office."""
    titles = knowledge().office_titles
    return len(text) > 1 and text.endswith(("s", "'", "’")) and nxt in titles and \
        any(f in ("Stadt", "Gemeinde") for f in titles[nxt]) and text.lower() not in _possessives()  # not "Ihres"


def _offices_of_places(view: DocView, col: Collector, towns: dict[str, str]) -> None:
    """"die Bürgermeister von A, B und C", "der Landrat von X", "Die Landräte A B (X) und C D (Y)": the places
    an office of a municipality or district belongs to are organisations (the one the release names, else of
    the office's first kind)."""
    titles = knowledge().office_titles
    texts = view.texts
    for i, text in enumerate(texts[:-2]):
        if text not in titles:
            continue
        family = next((f for f in titles[text] if f in PLACE_FAMILIES), None)
        if family is None:
            continue
        if texts[i + 1] == "von" and is_name_token(texts[i + 2]):
            spans = _place_list(view, col, i + 2) or [(i + 2, place_name_end(view, i + 2))]
        else:  # a mayor's bracket more often names a party: only a town the release names otherwise
            spans = [(start, end) for start, end in _bracketed_places(view, col, i + 1)
                     if family == "Landkreis" or _surface(view, start, end) in towns]
        if not spans or any(end <= start for start, end in spans):
            continue
        for start, end in spans:
            place = _surface(view, start, end)
            key = towns.get(place)
            if key is None:
                key = col.add(Candidate(start, end, f"org:{norm(family)} {norm(place)}", f"{family} {place}", family,
                                        place=place))
                towns[place] = key
            elif col.free(start, end):
                col.add(Candidate(start, end, key, col.records[key].name, col.records[key].org_type, -1))


def _bracketed_places(view: DocView, col: Collector, i: int) -> list[tuple[int, int]]:
    """The places in brackets after the names an office title opens ("Landrätin Erika Muster (Musterkreis)",
    "die Landräte A B (X) und C D (Y)"): (start, end) of each place, [] when the names are not so written."""
    texts, n = view.texts, len(view)
    spans = []
    while True:
        j = i
        while j < n and j - i < 4 and (texts[j] in ("Dr.", "Prof.") or is_capitalised(texts[j])) \
                and not col.claimed[j]:
            j += 1  # the person's name
        if j == i or j + 2 >= n or texts[j] != "(" or not is_place_token(texts[j + 1]) \
                or texts[j + 1] in knowledge().names["bracket_not_places"]:
            return spans
        end = place_name_end(view, j + 1)
        if end <= j + 1 or end >= n or texts[end] != ")" or not col.free(j + 1, end):
            return spans
        spans.append((j + 1, end))
        if end + 1 >= n or view.lowers[end + 1] not in ("und", ","):
            return spans
        i = end + 2


def find_towns(view: DocView, col: Collector) -> None:
    """Bare town names: actor (ORG of the town's record) unless used as a place ("in X" → LOC)."""
    sets = _word_sets()
    towns: dict[str, str] = {}
    for family in ("Stadt", "Gemeinde", "Amt", "Landkreis"):
        for record in col.by_family(family):
            towns.setdefault(col.places[record.key], record.key)
    for key, family in list(col.parent_families.items()):  # "der Landtag von X": the Land X acts too
        if family == STATE and col.places.get(key):
            _implied_parent(col, STATE, col.places[key])
    states = {col.places[r.key]: r.key for r in col.by_family(STATE)}
    for place, key in states.items():
        towns.setdefault(place, key)  # "Sachsen-Anhalt zahlt": the Land as actor
    texts = view.texts
    n = len(texts)
    titles = knowledge().office_titles
    _offices_of_places(view, col, towns)
    for i, text in enumerate(texts):
        nxt = texts[i + 1] if i + 1 < n else ""
        if text[:-1] in states and text.endswith("s") and nxt in titles and not col.claimed[i]:
            _add_use(col, i, i + 1, states[text[:-1]])  # "Nordmarks Finanzminister"
            continue
        possessive = _possessive_office(text, nxt)
        if (not possessive and text not in towns) or col.claimed[i] or not is_capitalised(text):
            continue
        if possessive:
            start, base = i, text[:-1]
            if i and texts[i - 1] in sets["place_prefixes"] and not col.claimed[i - 1]:
                start, base = i - 1, f"{texts[i - 1]} {base}"  # "Bad Musterbrunns Bürgermeister"
            key = towns.get(base) or next(  # possessive: "Musterhausens Bürgermeister", also of
                (k for place, k in towns.items() if place.startswith(base + " ")), None)  # "Musterhausen am See"
            if key is None and is_name_token(text):
                key = col.add(Candidate(start, i + 1, f"org:stadt {norm(base)}", f"Stadt {base}", "Stadt",
                                        place=base))
                towns[base] = key
                continue
            if key:
                col.add(Candidate(start, i + 1, key, col.records[key].name, col.records[key].org_type, -1))
            continue
        prev = texts[i - 1] if i else None
        dateline = (prev is None or "\n" in prev) and nxt in DASHES
        if prev == "aus" and i > 1 and _staff_origin().match(texts[i - 2]) \
                and family_of(col.records[towns[text]].org_type) in ("Stadt", "Gemeinde"):
            key = towns[text]  # "neun Beschäftigte aus Musterau": the town gives its staff
            col.add(Candidate(i, i + 1, key, col.records[key].name, col.records[key].org_type, -1))
        elif dateline or (prev is not None and prev in sets["place_prepositions"]):
            col.locs.append((i, i + 1))
            col.claim(i, i + 1)
        elif prev is not None and is_capitalised(prev) and not is_function_word(view.lowers[i - 1]) \
                and not starts_clause(view, i - 1):
            continue  # part of another name ("Service-Point Musterhausen")
        else:
            key = towns[text]
            if family_of(col.records[key].org_type) in ("Stadt", "Gemeinde") or text in states:
                col.add(Candidate(i, i + 1, key, col.records[key].name, col.records[key].org_type, -1))


ACRONYM_DETERMINERS = frozenset({"der", "die", "das", "des", "dem", "den", "zur", "zum", "beim", "vom", "im", "ins"})


def find_bare_acronyms(view: DocView, col: Collector) -> None:
    """An acronym the release uses after an article more than once, or once after a word of joining ("Beitritt
    zur ABC"), without defining it, typically one defined in another release of the run: an
    organisation (reconcile joins it to the full name). ``not_acronyms`` lists fields, laws and units."""
    texts = view.texts
    uses: dict[str, list[int]] = {}
    prefixes = _word_sets()["club_prefixes"]  # "den VfK", "beim TuS": written in mixed case
    for i in range(1, len(texts)):
        if (is_acronym(texts[i]) or texts[i] in prefixes) and texts[i].isalpha() \
                and view.lowers[i - 1] in ACRONYM_DETERMINERS \
                and not texts[i - 1].isupper() \
                and not col.claimed[i] and texts[i] not in col.acronyms:  # "AUS DEM RATHAUS": a heading in capitals
            uses.setdefault(texts[i], []).append(i)
    family, masculine = col.family_acronyms if uses else (set(), set())
    for acronym, starts in uses.items():
        cued = any(i > 1 and texts[i - 2] in _word_sets()["acronym_cue_words"]
                   and not (i + 1 < len(texts) and is_capitalised(texts[i + 1])) for i in starts)  # not "QVN Nord"
        if len(starts) > 1 or texts.count(acronym) > 2 or cued:  # "gegen den Beitritt zum ABC"
            opens = acronym not in family and acronym not in masculine  # "dem ABC" is no "ABC Cloud GmbH"
            named = [r.key for r in col.records.values()
                     if r.name == acronym or (opens and r.name.startswith(acronym + " "))]
            key = named[0] if len(named) == 1 else col.add(  # "dem TSV" of the "TSV Musterdorf 1921 e.V."
                Candidate(starts[0], starts[0] + 1, "org:" + norm(acronym), acronym, short_name=acronym))
            for i, text in enumerate(texts):
                if text == acronym and not col.claimed[i]:
                    _add_use(col, i, i + 1, key)


ACTING_EVENTS = ("membership", "resolution", "contract_signing", "staff_transfer")  # events towns take part in
PLACE_LIST_JOINERS = frozenset({",", "und", "sowie"})


def find_acting_places(view: DocView, col: Collector) -> None:
    """Places the release never names with a type word, acting in an event sentence as the subject:
    "Im Herbst sind A, B und C gefolgt", "A und B waren zum Jahresbeginn beigetreten", "A dagegen kam
    erst im April dazu" — municipalities, named as written. A list needs one place the model tagged
    LOC (or left unlabelled, with a place-name ending: "Probehagen"); the others may be any names no
    dictionary knows. After a preposition ("in A") they stay places."""
    doc = view.doc
    triggers = doc.spans.get(SPANS_KEY, [])
    if not triggers or not view.ents:
        return
    sentences = {doc[t.start].sent.start for t in triggers if t.label_.split("/")[0] in ACTING_EVENTS}
    verbs = {t.start for t in triggers if t.label_.split("/")[0] in ACTING_EVENTS}  # "treten" even when tagged ADJ
    dictionary = _dictionary(view)
    endings = tuple(knowledge().names["place_name_endings"])
    focus_words = frozenset(knowledge().names["place_focus_words"])
    answer_words = frozenset(knowledge().names["place_answer_words"])
    locs = {e.start for e in view.ents if e.end - e.start == 1 and (e.label == "LOC" or (  # a bare town the model
        e.label in ("PER", "ORG") and view.lowers[e.start].endswith(endings)  # took for a person or an organisation
        and view.texts[e.start] not in col.surnames and view.texts[e.start] not in resources.first_names()))}
    texts, n = view.texts, len(view)
    labelled = {i for e in view.ents for i in range(e.start, e.end)}
    named = {word for record in col.records.values() for word in record.name.split()}
    locs |= {i for i in range(n) if i not in labelled and view.lowers[i].endswith(endings)  # … or left unlabelled
             and doc[i].pos_ in ("PROPN", "NOUN") and texts[i] not in named
             and texts[i] not in col.surnames and texts[i] not in resources.first_names()}
    known = {col.places[key]: key for key, record in col.records.items()  # not a council of the place
             if col.places.get(key) and record.org_type not in ("Gremium", "Verwaltung")}
    towns = {start for start, end, key in col.mentions  # a town the release names with its type word, said bare
             if end == start + 1 and col.places.get(key) == texts[start]
             and family_of(col.records[key].org_type) in PLACE_FAMILIES}

    def place_like(i: int) -> bool:
        return not col.claimed[i] and is_name_token(texts[i]) and bool(dictionary) and texts[i] not in dictionary

    def listed(i: int) -> bool:
        return place_like(i) or i in towns

    i = 0
    while i < n:
        if i not in locs or not place_like(i) or doc[i].sent.start not in sentences:
            i += 1
            continue
        start = i
        while start >= 2 and texts[start - 1] in PLACE_LIST_JOINERS and listed(start - 2):
            start -= 2
        end = i + 1
        while end + 1 < n and texts[end] in PLACE_LIST_JOINERS and listed(end + 1):
            end += 2
        i = end
        before = doc[start - 1] if start > 0 and not starts_clause(view, start) else None
        if before is not None and before.text == "," and start > 1 and view.lowers[start - 2] in answer_words \
                and (start == 2 or starts_clause(view, start - 2)):
            before = None  # "Ja, A und B sind beigetreten"
        if before is not None and before.lower_ in focus_words:  # the focus word and the town are one constituent:
            before = None if starts_clause(view, start - 1) else doc[start - 2]  # "Auch A hat …", "ist auch A …"
        after = doc[end] if end < n else None
        if after is None or (before is not None and before.pos_ not in ("AUX", "VERB") and before.i not in verbs):
            continue  # "in A", "die Gemeinde A": a place or another rule's name
        if after.pos_ == "ADV" and end + 1 < n:
            after = doc[end + 1]  # "A dagegen kam …"
        inverted = before is not None and any(j in towns for j in range(start, end, 2))  # "treten A, B und C … bei"
        if after.pos_ not in ("AUX", "VERB") and not inverted:
            continue
        for j in range(start, end, 2):
            if j in towns:
                continue
            key = known.get(texts[j])
            if key:  # "Amt X" named elsewhere in the release: "X tritt … bei"
                col.add(Candidate(j, j + 1, key, col.records[key].name, col.records[key].org_type, -1))
            else:
                col.add(Candidate(j, j + 1, "org:" + norm(texts[j]), texts[j], "Gemeinde", place=texts[j]))


# --- 8. coreference by type word ----------------------------------------------------------------

ARTICLE_CONTRACTIONS = ("im", "vom", "beim", "zum")  # a reference's article merged into its preposition


def find_type_word_references(view: DocView, col: Collector) -> None:
    """"die Landeshauptstadt", "im Kreis" → the one organisation of that kind in the release."""
    k = knowledge()
    lowers = view.lowers
    for i, text in enumerate(view.texts):
        tw = k.type_words.get(text)
        if tw is None or tw.kind != "place" or col.claimed[i] or i == 0:
            continue
        if not (is_function_word(lowers[i - 1]) or lowers[i - 1] in ARTICLE_CONTRACTIONS):
            continue
        matches = [r for r in col.by_family(family_of(tw.org_type))  # "der Landkreis" → also "Musterbergkreis"
                   if tw.rank <= 1 or r.name.split()[0] in (tw.word, r.name)]
        if len(matches) == 1:
            record = matches[0]
            col.add(Candidate(i, i + 1, record.key, record.name, record.org_type, -1, alias=False))


def find_head_noun_references(view: DocView, col: Collector) -> None:
    """"der Bienenverbund", "die Servicestelle" → the one organisation whose name has that compound head noun
    ("Tessentaler Bienenverbund e.V.", "Wildunfall-Servicestelle Musterau"), also in the genitive and a plural's
    dative ("bei den Gitarrenfreunden"); "den TuS", "des SV" → the one club whose name opens with that prefix ("TuS
    Musterau-Beispielfeld")."""
    heads: dict[str, set[str]] = {}
    back_only: set[str] = set()  # forms that refer back only, never ahead ("des Segel-Clubs" in a teaser)
    prefixes = _word_sets()["club_prefixes"]
    for record in col.records.values():
        if record.parent_key or record.org_type in ("Gremium", "Verwaltung"):
            continue
        words = next(iter(shortened_uses(record.name)[0]), record.name).split()  # without its legal form
        if len(words) < 2:
            continue
        if words[0] in prefixes:
            heads.setdefault(words[0], set()).add(record.key)
        for word in words:  # not a kind coreference resolves by its type ("der Zweckverband", "die Sparkasse")
            for head, backward in _reference_heads(word):
                for form in (head, head + "s", head + "es", *((head + "n",) if head.endswith("e") else ())):
                    heads.setdefault(form, set()).add(record.key)
                    if backward:
                        back_only.add(form)
    first_use = _first_mentions(col)
    for i, text in enumerate(view.texts):
        keys = heads.get(text)
        if keys is None and _compound_head(text):
            keys = _split_compound_holders(col, text)  # "die Brunnenstiftung" of "Stiftung Musterauer Brunnen"
        if keys and len(keys) > 1:
            keys = _one_named_longer(col, keys)
        if keys and len(keys) == 1 and i and not col.claimed[i] and _after_article(view, i) \
                and not (text in prefixes and i + 1 < len(view) and is_name_token(view.texts[i + 1])):
            key = next(iter(keys))
            if text not in back_only or first_use.get(key, i) < i:
                _add_use(col, i, i + 1, key, alias=False)


def _one_named_longer(col: Collector, keys: set[str]) -> set[str]:
    """Records of one organisation named shorter and longer ("Zitherclub Musterau" in a teaser, "Zitherclub Musterau
    1952 e.V." below) → the longer one; else ``keys``."""
    longest = max(keys, key=lambda k: len(col.records[k].name))
    name = col.records[longest].name
    return {longest} if all(name == col.records[k].name or name.startswith(col.records[k].name + " ") for k in keys) \
        else keys  # (not "Ponyclub A" for "Ponyclub A-B e.V.", the club the two merge into)


def _first_mentions(col: Collector) -> dict[str, int]:
    """Each record key → the token where the release first mentions it."""
    first: dict[str, int] = {}
    for start, _end, key in col.mentions:
        first[key] = min(start, first.get(key, start))
    return first


def _split_compound_holders(col: Collector, word: str) -> set[str]:
    """The organisations whose name holds both parts of a closed compound as words of their own, its tail as the
    kind ("Brunnenstiftung": "Stiftung Musterauer Brunnen"; "Abwasserzweckverband": "Zweckverband Abwasser X")."""
    lower = word.lower()
    tail = next((t for t in knowledge().names["reference_head_tails"] if lower.endswith(t)), "")
    stem = lower[:len(lower) - len(tail)]
    stems = {stem, stem[:-1]} if stem.endswith(("s", "n")) else {stem}  # a linking s or n
    if len(stem) < 4:
        return set()
    found = set()
    for record in col.records.values():
        words = [w.lower() for w in record.name.split()]
        if tail in words and any(w in stems for w in words) and not record.parent_key:
            found.add(record.key)
    return found


def _reference_heads(word: str) -> list[tuple[str, bool]]:
    """The words by which a text refers to a name holding ``word``: its compound head ("Bienenverbund"); and,
    referring back only, a hyphenated compound ending in a kind ("Segel-Club") and the bare tail of a compound
    whose tail names no kind that coreference resolves ([names] bare_reference_tails: "die Gilde" for
    "Kappensander Seglergilde")."""
    head = word.rpartition("-")[2]
    found = [(head, False)] if head not in knowledge().type_words and _compound_head(head) else []
    if head != word and head in knowledge().names["compound_only_tails"]:
        found.append((word, True))
    found += [(tail, True) for tail in knowledge().names["bare_reference_tails"]
              if head.endswith(tail.lower()) or head == tail]
    return found


def _after_article(view: DocView, i: int) -> bool:
    """The word at ``i`` follows its article, also across one adjective ("die neue Reisevereinigung") or an
    attributive participle's phrase ("die erst 1987 ins Leben gerufene Gilde", "des 1921 gegründeten Clubs")."""
    lowers = view.lowers
    before = i - 1 if i >= 2 and view.doc[i - 1].pos_ == "ADJ" and lowers[i - 1].islower() else i
    if is_function_word(lowers[before - 1]) or lowers[before - 1] in ARTICLE_CONTRACTIONS:
        return True
    if before == i:
        return False
    for j in range(i - 2, max(-1, i - 9), -1):
        if view.doc[j].is_punct:
            return False
        if lowers[j] in NAME_START_ARTICLES or lowers[j] in INDEFINITE_ARTICLES or lowers[j] in ARTICLE_CONTRACTIONS:
            return True
    return False




@lru_cache(maxsize=1 << 12)
def _compound_head(word: str) -> bool:
    """A closed compound ending in an organisation's head noun ([names] reference_head_tails): "Bienenverbund",
    "Servicestelle" (not the bare "Verbund", which coreference resolves by its kind)."""
    return word[:1].isupper() and word[1:].isalpha() and \
        any(word.endswith(tail) and len(word) > len(tail) + 2 for tail in knowledge().names["reference_head_tails"])


# --- names after a class noun ------------------------------------------------------------------

def _dictionary(view: DocView) -> Container[str]:
    """The model's dictionary of ordinary words (``domain_lemmas`` sets it); empty without it."""
    return view.doc._.dictionary_words if Doc.has_extension("dictionary_words") else frozenset()


def ends_in_common_noun(view: DocView, word: str) -> bool:
    """A word that is, or ends in, a common noun of five letters or more the model's dictionary knows
    ("Firmenkunden", "Flurdenkmäler")?"""
    words = _dictionary(view)
    return any(word[k:].capitalize() in words for k in range(len(word) - 4))


@cache
def _classifiers() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(the forms of a compound ending, org_type) of ``names.toml [name_classifiers]``, longest first."""
    table = knowledge().names["name_classifiers"]
    endings = sorted(((word, org_type) for org_type, words in table.items() for word in words),
                     key=lambda item: -len(item[0]))
    return tuple((tuple(word + suffix for suffix in ("", "s", "es", "n", "en", "e")), org_type)
                 for word, org_type in endings)


@lru_cache(maxsize=1 << 12)
def _class_noun(lower: str) -> tuple[str, str, str] | None:
    """(the class noun a lower-cased word ends in, the form it ends in, its org_type): the longest one, else None
    ("fluggesellschaft" of "fluggesellschaften", not "gesellschaft")."""
    return next(((forms[0], form, org_type) for forms, org_type in _classifiers() for form in forms
                 if lower.endswith(form)), None)


def classifier_type(text: str) -> str | None:
    """The org_type a class noun gives to the name after it ("Chemiekonzern", "Rockbands"), else None."""
    if not is_capitalised(text) or text in knowledge().type_words:
        return None
    noun = _class_noun(text.lower())
    return noun[2] if noun else None


def _place_genitive_after_plural(view: DocView, noun: int, i: int) -> bool:
    """One word in "-s" after a class noun in the plural, no list going on: a place in the genitive ("einer der
    ältesten Krocketvereine Norddeutschlands", "die größten Versicherer Europas"), not a name."""
    texts = view.texts
    found = _class_noun(texts[noun].lower())
    plural = found is not None and found[1][len(found[0]):] in ("e", "en", "n")
    listed = i + 1 < len(texts) and view.lowers[i + 1] in (",", "und", "sowie", "oder")
    return plural and texts[i].endswith("s") and not listed and not (is_acronym(texts[i]) or is_brand_like(texts[i]))


def _classified_name_end(view: DocView, col: Collector, i: int, listed: bool = False) -> int:
    """End of the name that starts at ``i`` after a class noun: up to five capitalised words,
    acronyms or brand-like words (inner "&", "de", "of" … allowed), at least one a proper noun
    per the tagger (or an acronym / brand-like word), not starting with a first name; one
    ordinary word only when the model's dictionary does not know it (or it is tagged a proper noun), the
    model saw an entity there or, ``listed``, it follows another name."""
    texts, lowers = view.texts, view.lowers
    not_names = _word_sets()["not_names"]
    k = knowledge()
    end = i
    while end < len(view) and end - i < 5 and not col.claimed[end]:
        text = texts[end]
        nameish = (is_capitalised(text) and text not in not_names and text not in k.type_words
                   and text not in k.office_titles and not is_function_word(lowers[end])) \
            or is_acronym(text) or is_brand_like(text) or _region_noun(view, end, i)
        inner = end > i and text in ("&", "de", "of", "des", "du", "la", "di") and end + 1 < len(view) \
            and is_capitalised(texts[end + 1])
        if not (nameish or inner):
            break
        end += 1
    if end == i and _lower_case_brand(view, i):
        return i + 1  # "der Nachrichtenagentur ostdienst"
    if end == i or (texts[i] in resources.first_names() and end - i > 1):
        return i
    if end - i == 1 and not (is_acronym(texts[i]) or is_brand_like(texts[i])):
        # one ordinary word: not a dictionary word ("… erhält das Unternehmen Zuwachs"); an entity
        # of the model, or a proper noun the dictionary does not know, or after another name of a list
        dictionary = _dictionary(view)
        if texts[i] in dictionary or (texts[i].endswith("s") and any(
                e.start == i and e.label == "LOC" for e in view.ents)):
            return i  # "… der größte Dienstleister Nordeuropas": a place in the genitive
        unknown_word = bool(dictionary) and (view.doc[i].pos_ == "PROPN" or texts[i].lower() not in dictionary)
        return end if listed or unknown_word or any(e.start <= i < e.end for e in view.ents) else i
    tokens = view.doc[i:end]
    tagged = view.doc.has_annotation("POS")
    if not any((tagged and t.pos_ in ("PROPN", "X")) or is_acronym(t.text) or is_brand_like(t.text)
               for t in tokens):
        return i
    return end


def _region_noun(view: DocView, i: int, start: int) -> bool:
    """"Land" after a capitalised place adjective inside a name ("Nachbarschaftshilfe Musterberger Land")."""
    return i > start and view.texts[i] in _word_sets()["region_nouns"] and view.texts[i - 1][:1].isupper() \
        and view.lowers[i - 1].endswith(_place_words()[0])


def _genitive_adjective(view: DocView, i: int) -> bool:
    """A capitalised adjective in the genitive plural opening a name ("Kommunaler", "Deutscher")."""
    text = view.texts[i]
    return text.endswith("er") and text.lower() in _dictionary(view) and view.doc[i].pos_ in ("ADJ", "PROPN")


def _unknown_lower_word(view: DocView, i: int) -> bool:
    """A word of letters, lower-case first, longer than three, that neither the model's dictionary nor the
    function words know ("ostdienst", "emsdata"); false without a dictionary."""
    text, dictionary = view.texts[i], _dictionary(view)
    return bool(dictionary) and text[:1].islower() and len(text) > 3 and text.isalpha() \
        and text not in dictionary and not is_function_word(text)


def _lower_case_brand(view: DocView, i: int) -> bool:
    """A lower-case word that no dictionary knows, followed by punctuation or a verb ("ostdienst")."""
    return _unknown_lower_word(view, i) and view.doc[i].pos_ in ("PROPN", "NOUN", "X") \
        and i + 1 < len(view) \
        and (view.doc[i + 1].pos_ in ("PUNCT", "VERB", "AUX") or view.lowers[i + 1] in ("und", "sowie"))


APPOSITION_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
COPULAS = frozenset({"ist", "war", "bleibt", "wird", "wurde"})


def _add_apposition_head(view: DocView, col: Collector, i: int, org_type: str) -> None:
    """"X, der größte IT-Dienstleister …", "X ist heute der IT-Dienstleister …": the name before the
    apposition or the copula (a model entity or one capitalised word that is no dictionary word) is an
    organisation."""
    j = i - 1
    while j > i - 4 and j > 0 and view.doc[j].pos_ in ("ADJ", "ADV"):
        j -= 1
    if j < 2 or view.lowers[j] not in APPOSITION_ARTICLES:
        return
    end = j - 1
    while end > j - 3 and end > 1 and view.doc[end].pos_ == "ADV":  # "X ist heute der …"
        end -= 1
    if view.texts[end] != "," and view.lowers[end] not in COPULAS:
        return
    entity = next((e for e in view.ents if e.end == end), None)
    start = entity.start if entity is not None else end - 1
    text = view.texts[start]
    if entity is None and not (is_capitalised(text) and text not in _dictionary(view)
                               and not is_function_word(text.lower()) and view.doc[start].pos_ == "PROPN"):
        return
    if entity is not None and entity.label == "PER" and text in resources.first_names():
        return
    if start > 0 and view.texts[start - 1] in _word_sets()["honorifics"]:
        return  # a question's addressee: "Frau Muster, der Verein ist jetzt drei Monate alt …"
    if col.free(start, end):
        _add_classified(view, col, start, end, org_type)


def _add_classified(view: DocView, col: Collector, start: int, end: int, org_type: str) -> None:
    """A name a class noun types: its own head noun's type, else the class noun's."""
    name = _surface(view, start, end)
    col.add(Candidate(start, end, "org:" + norm(name), name,
                      org_type if type_of_name(name) == "Sonstige" else type_of_name(name)))


def find_sport_clubs(view: DocView, col: Collector) -> None:
    """"1. FC Beispielstadt", "SV 01 Musterdorf", "TSV Musterdorf/Lahn 1860 e.V.", "SC ABC Musterstadt",
    "Borussia Musterstadt", "Kegelfreunde Musterdorf": a club abbreviation or word (``names.toml``) before a place
    name."""
    texts, n = view.texts, len(view)
    prefixes, words, tails = (_word_sets()[key] for key in ("club_prefixes", "club_words", "club_word_tails"))
    for i, text in enumerate(texts):
        if (text not in prefixes and text not in words and not (
                text[:1].isupper() and text.lower().endswith(tuple(tails)) and text.lower() not in tails)) \
                or not col.free(i, i + 1):
            continue
        end = i + 2 if text in prefixes and i + 1 < n and texts[i + 1].isdigit() else i + 1  # "SV 01 …"
        names = end
        if _starts_person(view, names):
            continue
        while end < n and end - names < 3 and not col.claimed[end] and (
                is_place_token(texts[end]) or (text in prefixes and is_acronym(texts[end]))):
            end += 3 if _inner_slash(view, end + 1) and end + 2 < n and is_place_token(texts[end + 2]) else 1
        if end == names or not col.free(names, end):
            continue
        if end < n and texts[end].isdigit() and len(texts[end]) in (2, 4) and not col.claimed[end]:
            end += 1  # "Musterstadt 04", "Beispielhausen 1860"
        start = i - 1 if i > 0 and texts[i - 1] in CLUB_ORDINALS and not col.claimed[i - 1] else i
        legal = _legal_form_at(texts, end) if end < n else None
        key = "org:" + norm(_surface(view, start, end))
        end, legal_form = (legal[0], legal[1]) if legal and col.free(end, legal[0]) else (end, "")
        col.add(Candidate(start, end, key, _surface(view, start, end), "Verband", 0, legal_form))


def find_classified_names(view: DocView, col: Collector) -> None:
    """"der Chemiekonzern X", "die Rockband X", "den Herstellern X und Y", "Konzerne wie X, Y und Z":
    the names after a class noun are organisations of the noun's type."""
    texts, lowers = view.texts, view.lowers
    for i, text in enumerate(texts):
        org_type = classifier_type(text)
        if org_type is None or col.claimed[i]:
            continue
        _add_apposition_head(view, col, i, org_type)
        j = i + 1
        if j < len(view) and lowers[j] == "wie":  # "Partner wie X, Y und Z"
            j += 1
        listed = False
        while j < len(view):
            quoted = texts[j] in QUOTES
            start = j + 1 if quoted else j
            end = start
            while end < len(view) and col.claimed[end] and texts[end] not in (",", "und"):
                end += 1  # a name another rule found ("den Herstellern <listed> und X")
            if end == start:
                end = _classified_name_end(view, col, start, listed)
                if end == start or (end == start + 1 and not listed and _place_genitive_after_plural(view, i, start)):
                    break
            if not col.claimed[start]:
                if start == i + 1 and end - start > 1 and _genitive_adjective(view, start):
                    start = i  # "Dachverband Kommunaler IT-Genossenschaften": the class noun is the name's head
                _add_classified(view, col, start, end, org_type)
            j = end + 1 if quoted and end < len(view) and texts[end] == QUOTES[texts[j]] else end
            if j + 1 < len(view) and lowers[j] in (",", "und", "sowie", "oder"):  # an enumeration
                j, listed = j + 1, True
                continue
            break


def find_given_names(view: DocView, col: Collector) -> None:
    """"Die neue Anstalt soll den Namen „X“ tragen", "einen Zweckverband mit dem Namen „X“ (Kurzform XY) bilden":
    a quoted name after a naming noun (unquoted: right after "Anstalt mit dem Namen", "Verein namens") is an
    organisation when an organisation noun opens the clause before it; so is one right after an organisation noun
    ("die Anstalt des öffentlichen Rechts „X“, kurz XY")
    (``names.toml``: naming_nouns, apposition_kinds); its type is that noun's unless the name's own words or legal
    form tell a more specific one. A short name may follow ("…, abgekürzt „XY“", "Er kann die Kurzbezeichnung
    „XY“ führen")."""
    texts, n = view.texts, len(view)
    naming, kinds = _word_sets()["naming_nouns"], knowledge().names["apposition_kinds"]
    for i, text in enumerate(texts):
        # "die Anstalt des öffentlichen Rechts „X“" (a type word's quoted name is the type word's: "Zweckverband „X“")
        quoting_kind = text in kinds and text not in knowledge().type_words
        kind_tail = _legal_form_at(texts, i) if quoting_kind else None
        opening = kind_tail[0] if kind_tail is not None else i + 1
        if i + 3 >= n or (text not in naming and view.lowers[i] != "namens"
                          and not (quoting_kind and opening < n and texts[opening] in QUOTES)):
            continue
        if texts[opening] in QUOTES:
            start, close = opening + 1, QUOTES[texts[opening]]
            end = next((j for j in range(start, min(n, start + 10)) if texts[j] == close), start)
        elif _named_kind(view, i + 1):  # unquoted right after an organisation noun: "die Anstalt mit dem Namen X Y"
            start = end = i + 1
            while end < min(n, start + 6) and (is_name_token(texts[end]) or _is_hyphen_part(texts[end])):
                end += 1
        else:
            continue
        if end == start or not texts[start][:1].isupper() or not col.free(start, end):
            continue
        opens = view.sentence_starts[bisect_right(view.sentence_starts, i) - 1]
        kind = next((kinds[texts[k]] for k in range(i if quoting_kind else i - 1, max(opens, i - 10) - 1, -1)
                     if texts[k] in kinds and (k + 1 >= n or not is_name_token(texts[k + 1]))), None)
        if kind is None:
            continue
        legal = next((found for j in range(start + 1, end) if (found := _legal_form_at(texts, j)) and found[0] == end),
                     None)
        dash = next((j for j in range(start + 1, end - 1) if texts[j] in DASHES and view.doc[j + 1].is_lower), None)
        if legal is not None and dash is not None:  # "„X – gemeinsame Anstalt des öffentlichen Rechts“": X, the
            end = dash  # tail its legal form
        name = _surface(view, start, end)
        head = knowledge().type_words.get(texts[start])
        org_type = legal[2] if legal else head.org_type if head is not None and head.kind != "place" \
            else type_of_name(name)
        if org_type == "Sonstige" or (org_type in ("Verband", "Unternehmen") and kind != "Verband"):
            org_type = kind  # the words tell a generic type at most: the noun's is narrower
        short = _given_short_name(view, end + 1)
        col.add(Candidate(start, end, "org:" + norm(name), name, org_type, 1, legal[1] if legal else "",
                          short_name=short, aliases=[name, short] if short else []))


def find_names_to_be(view: DocView, col: Collector) -> None:
    """"Der neue Trägerverein soll Tafel Musterau heißen", "… soll „Vereinigte Drachenflieger X“ heißen": the name
    before "heißen" (the verb last) is an organisation when an organisation noun, also as a compound's tail
    ("Trägerverein"), opens the clause."""
    texts, lowers = view.texts, view.lowers
    kinds = knowledge().names["apposition_kinds"]
    for i, lower in enumerate(lowers):
        if lower != "heißen" or i < 3:
            continue
        end = i - 1 if texts[i - 1] in QUOTES.values() else i  # the name in quotes: without them
        start = end
        while start > end - 5 and (is_name_token(texts[start - 1]) or _is_hyphen_part(texts[start - 1])):
            start -= 1
        if end < i and (start == end or texts[start - 1] not in QUOTES):
            continue
        before = start - 1 if end < i else start  # the word before the opening quote
        if start == end or lowers[before - 1] not in ("soll", "sollen", "wird", "werden", "würde") \
                or not col.free(start, end):
            continue
        opens = view.sentence_starts[bisect_right(view.sentence_starts, start) - 1]
        kind = next((org_type for k in range(start - 2, max(opens, start - 8) - 1, -1)
                     for word, org_type in kinds.items() if texts[k] == word or (texts[k].endswith(word.lower())
                                                                                and texts[k][:1].isupper())), None)
        if kind is None:
            continue
        name = _surface(view, start, end)
        col.add(Candidate(start, end, "org:" + norm(name), name, kind, 1))


def _given_short_name(view: DocView, i: int) -> str:
    """The acronym a short-naming word gives within the next sentence after a given name (``names.toml``
    short_naming_nouns), "(XY)" right after it; "" when none."""
    texts, n = view.texts, len(view)
    if i + 2 < n and texts[i] == "(" and is_acronym(texts[i + 1]) and texts[i + 2] == ")":
        return texts[i + 1]
    cues = _word_sets()["short_naming_nouns"]
    for j in range(i, min(n - 1, i + 25)):
        if texts[j] in cues:
            following = [t for t in texts[j + 1:j + 4] if t not in QUOTES and t not in QUOTES.values() and t != ":"]
            return following[0] if following and is_acronym(following[0]) else ""
    return ""


# --- model entities -----------------------------------------------------------------------------

def add_model_entities(view: DocView, col: Collector) -> None:
    """The model's LOC entities where no rule spoke; its ORG entities as organisations when they
    name a known record or pass the evidence checks of ``_plausible_org`` (typed by head noun),
    else as ORG mentions without an organisation record."""
    by_name = {}
    for record in col.records.values():
        for name in [record.name, *record.aliases]:
            by_name.setdefault(norm(name), record.key)
    for key, place in col.places.items():  # "Sachsen-Anhalt" acting: the Land Sachsen-Anhalt of the release
        if key in col.records and col.records[key].org_type not in ("Gremium", "Verwaltung"):
            by_name.setdefault(norm(place), key)
    heads = _word_sets()["org_head_words"]
    texts = view.texts
    for ent in view.ents:
        if not col.free(ent.start, ent.end):
            continue
        label, ent_end = ent.label, ent.end
        if ent_end < len(view) and texts[ent_end] in heads and col.free(ent_end, ent_end + 1):
            ent_end += 1  # "Beispiel Band", "Muster Broadway Hotel": the head word the model left out
        if label in ("PER", "LOC", "MISC") and ent_end - ent.start > 1 and (
                texts[ent_end - 1] in heads or type_of_name(_surface(view, ent.start, ent_end)) != "Sonstige"):
            label = "ORG"  # "Franzis Verlag", "Beispiel Airways" whatever the model said
        elif label == "ORG" and ((_place_head(texts[ent_end - 1]) and not any(
                is_acronym(text) for text in texts[ent.start:ent_end])) or _state_name(view, ent.start, ent_end)):
            label = "LOC"  # "die Musterberger Straße", "das Beispielische Reich", "die Republik Beispielien"
        elif label == "ORG" and _thing_name(view, ent.start, ent_end):
            continue  # "der Dreißigjährige Krieg": an event, no organisation
        elif label == "ORG" and ent_end + 1 < len(view) and texts[ent_end] == "/" \
                and texts[ent_end - 1].isdigit() and texts[ent_end + 1][:1].isdigit():
            continue  # "KA 8/2907", "Drs. 8/5521": a document's number
        elif label == "ORG" and ent_end - ent.start == 2 and texts[ent.start] in knowledge().type_words \
                and texts[ent.start + 1].isdigit():
            continue  # "hat den Verband 2019 gegründet": a kind and a year, no name
        if label == "LOC":
            col.locs.append((ent.start, ent.end))
            col.claim(ent.start, ent.end)
        elif label == "ORG":
            start, end = _trim_org(view, ent.start, ent_end)
            name = _surface(view, start, end) if end > start else ""
            if (end - start > 2 and texts[end - 2] in resources.first_names() and is_name_token(texts[end - 1])) \
                    or _starts_person(view, end - 1) or name in col.addressed_people \
                    or _body_then_person(view, start, max(end, start + 3)) or _office_apposed(view, start, end):
                continue  # "der Diplom-Psychologin Erika Muster": a person with her occupation; "stellt der
                # Verbund Erika Muster vor": the model's name ends inside a person's; a name the release also
                # writes after an office or a salutation ("Lieber Max Muster")
            if norm(name) in by_name:
                _add_use(col, start, end, by_name[norm(name)])
            elif name and end - start > 1 and (shortened := _shortened_name_of(col, name)):
                _add_use(col, start, end, shortened)  # "des Kommunalen Integrationszentrums" after "Kommunales …"
            elif name and _plausible_org(view, start, end):
                col.add(Candidate(start, end, "org:" + norm(name), name, type_of_name(name), 0))
            elif name and not _ordinary_words(view, start, end) and not _common_noun_end(view, start, end) \
                    and not (end - start in (2, 3) and texts[start] in resources.first_names()):  # a person's name
                col.unlinked.append((start, end))  # kept as a mention without a record: what the model saw


def _shortened_name_of(col: Collector, name: str) -> str:
    """The one record whose name begins with ``name``'s words in any inflection ("des Kommunalen
    Integrationszentrums" for "Kommunales Integrationszentrum X"); '' when none or several."""
    words = [_stem(w) for w in norm(name).split()]
    found = {r.key for r in col.records.values()
             if len(r.name.split()) > len(words) and [_stem(w) for w in norm(r.name).split()[:len(words)]] == words}
    return found.pop() if len(found) == 1 else ""


def _stem(word: str) -> str:
    """A word without its inflection ending ("kommunalen", "kommunales" → "kommunal")."""
    for ending in ("es", "en", "em", "er", "s", "n", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


@lru_cache(maxsize=1 << 12)
def _place_head(text: str) -> bool:
    """Does this word end the name of a street, a building, a landscape or a realm (``names.toml``)?"""
    return text in knowledge().names["place_head_words"] or text.lower().endswith(_street_endings())


def _state_name(view: DocView, start: int, end: int) -> bool:
    """A state named as a place: "die Republik Beispielien", "die USA" (``names.toml`` ``state_first_words``,
    ``place_abbreviations``)."""
    if start < end and is_function_word(view.lowers[start]):
        start += 1
    return (end - start > 1 and view.texts[start] in knowledge().names["state_first_words"]) \
        or (end - start == 1 and view.texts[start] in knowledge().names["place_abbreviations"])


def _thing_name(view: DocView, start: int, end: int) -> bool:
    """A name ending in a word for an event, era, culture or text (``names.toml``) that no type word or
    head word makes an organisation's."""
    return view.lowers[end - 1].endswith(tuple(knowledge().names["thing_head_endings"])) \
        and view.texts[end - 1] not in _word_sets()["org_head_words"] \
        and _type_word_of(_surface(view, start, end)) is None


def _common_noun_end(view: DocView, start: int, end: int) -> bool:
    """Several words ending in a common noun (per the tagger) the dictionary knows ("Beispieler Kultur",
    "Quendelische Schrift"): a thing or an event, no organisation's name."""
    last = view.doc[end - 1]
    return end - start > 1 and last.pos_ == "NOUN" and last.text in _dictionary(view)


def _ordinary_words(view: DocView, start: int, end: int) -> bool:
    """Every word of the span is one the dictionary knows ("Zentrum", "Neue Revue") or a currency code ("GBP"):
    no name."""
    dictionary = _dictionary(view)
    return bool(dictionary) and all(text in dictionary or text.lower() in dictionary
                                    or text in _word_sets()["currency_codes"] for text in view.texts[start:end])


def merge_state_suffixed(col: Collector) -> None:
    """"Ministerium für X Musterland" (a state named after it, ``names.toml`` ``not_place_qualifiers``)
    and "Ministerium für X" in one release: one authority."""
    states = _word_sets()["not_place_qualifiers"]
    for key, record in list(col.records.items()):
        base, _, state = record.name.rpartition(" ")
        if record.org_type != "Behörde" or state not in states or key in col.parent_families:
            continue
        short = [r for r in col.records.values() if r.key != key and r.name == base and r.org_type == "Behörde"]
        if len(short) == 1:
            col.fold(short[0].key, record, [base])


def merge_bare_acronyms(col: Collector) -> None:
    """An acronym used alone ("die ABC") and the one name of the release it abbreviates ("Arbeitskreis
    Beispiel Cityverbund e.V.", named without "(ABC)") are one organisation — not "dem ABC" and the
    "ABC Cloud GmbH" it opens."""
    masculine, prefixes = col.family_acronyms[1], _word_sets()["club_prefixes"]
    for key, record in list(col.records.items()):
        acronym = record.name
        if not is_acronym(acronym) or key in col.parent_families or record.parent_key:
            continue
        if acronym in prefixes and _club_of_prefix(col, key, acronym):
            continue  # "der TTC" is the "TTC Musterau 1961 e. V." (merge_club_prefixes), no "TTSG Musterau"
        longer = [r for r in col.records.values() if r.key != key and " " in r.name and not r.parent_key
                  and r.key not in col.parent_families and r.short_name in ("", acronym)
                  and _letters_match(acronym, r.name) and not _place_without_these_initials(r, acronym)
                  and not (acronym in masculine and r.name.startswith(acronym + " "))]
        if len(longer) != 1:
            continue
        longer[0].short_name = acronym
        col.fold(key, longer[0], [acronym])


def _club_of_prefix(col: Collector, key: str, prefix: str) -> list[OrgRecord]:
    """The records other than ``key`` whose name opens with this club prefix ("TTC Musterau 1961 e. V."), else
    those whose name opens with what it stands for ("Verein für Kraftsport Musterau e.V." for "VfK")."""
    for opening in (prefix, knowledge().names["club_prefix_names"].get(prefix)):
        clubs = [r for r in col.records.values() if r.key != key and not r.parent_key
                 and opening and r.name.startswith(opening + " ")]
        if clubs:
            return clubs
    return []


def merge_club_prefixes(col: Collector) -> None:
    """A club prefix used alone ("der TTC", "beim TTV") and the one club of the release whose name it opens are
    one organisation (after the shortened names of that club were merged: "TTC Musterau" and "TTC Musterau 1961
    e. V.")."""
    prefixes = _word_sets()["club_prefixes"]
    for key, record in list(col.records.items()):
        if record.name not in prefixes or record.parent_key:
            continue
        clubs = _club_of_prefix(col, key, record.name)
        if len(clubs) == 1:
            clubs[0].short_name = clubs[0].short_name or record.name
            col.fold(key, clubs[0], [record.name])


def merge_kind_prefixed(col: Collector) -> None:
    """A name and the same name after its kind's type word ("Loipenverbund Musterau" beside "Zweckverband
    Loipenverbund Musterau", "des Zweckverbandes „Loipenverbund Musterau“"): one organisation, named the longer way
    (its kind), known by the shorter one too."""
    types = knowledge().type_words
    for key, record in list(col.records.items()):
        head, _, rest = record.name.partition(" ")
        if not rest or head not in types or record.parent_key or key in col.parent_families:
            continue
        inner = next((r for r in col.records.values() if r.key != key and r.name == rest and not r.parent_key
                      and r.key not in col.parent_families), None)
        first = rest.split()[0]
        kind = types.get(first) or _compound_type_word(first)
        # (not a carrier named after what it carries: "Zweckverband Sparkasse X" carries the Sparkasse X)
        if inner is not None and kind is not None and kind.org_type in (types[head].org_type, "Verband"):
            col.fold(inner.key, record, [inner.name])


def merge_placed_acronyms(col: Collector) -> None:
    """An acronym before a place ("SFG Quellberg") and the one name of the release whose first word it abbreviates
    and that holds the place as a word of its own ("Segelfliegergruppe Quellberg e.V.", not "Segelflugverein
    Quellberg-Ringelsau"): one organisation."""
    for key, record in list(col.records.items()):
        words = record.name.split()
        if len(words) != 2 or not is_acronym(words[0]) or key in col.parent_families or record.parent_key:
            continue
        acronym, place = words
        longer = [r for r in col.records.values() if r.key != key and not r.parent_key
                  and r.key not in col.parent_families and place in r.name.split()[1:]
                  and _letters_match(acronym, r.name.split()[0])]
        if len(longer) == 1:
            col.fold(key, longer[0], [record.name])


def merge_shortened_legal_names(col: Collector) -> None:
    """"Muster gGmbH" and the one longer name of the release it shortens, its first word and legal form the same
    ("Muster Sozialkaufhaus Beispielland gGmbH"): one company. Two words at least are left out, so a subsidiary
    named by one more word ("Muster Service GmbH") stays apart, unless that word is a place ("Golfpark GmbH" of
    "Golfpark Beispielstadt GmbH"). Or the longer name ends with it, its kind before it ("Kunstschule Muster gGmbH")."""
    for key, record in list(col.records.items()):
        words = record.name.split()
        form = next((tokens for tokens, _canonical, _type in knowledge().legal_forms
                     if len(words) == len(tokens) + 1 and tuple(words[1:]) == tokens), None)
        if form is None or key in col.parent_families or record.parent_key or key in col.places:
            continue
        longer = [r for r in col.records.values() if r.key != key and not r.parent_key
                  and ((r.name.startswith(words[0] + " ") and r.name.endswith(" " + " ".join(form))
                        and (len(r.name.split()) >= len(words) + 2 or _place_left_out(col, r.name.split(), words)))
                       or r.name.endswith(" " + record.name))]
        if len(longer) == 1:
            col.fold(key, longer[0], [record.name])


def _place_left_out(col: Collector, longer: list[str], shorter: list[str]) -> bool:
    """The longer name is the shorter one with one more word, a place ("Golfpark Beispielstadt GmbH")."""
    extra = longer[1] if len(longer) == len(shorter) + 1 else ""
    return bool(extra) and is_place_token(extra) and extra not in _dictionary(col.view)


def merge_truncated_names(col: Collector) -> None:
    """"Ruderverein Muster" and the one longer name of the release that starts with its words (after a club's
    number) and goes on with a place, a founding year or a legal form ("Ruderverein Muster Beispielstadt 1893 e.V."):
    one club.
    The rest must hold the year or the legal form, so "Zweckverband Muster Nord" stays apart from
    "Zweckverband Muster"."""
    for key, record in list(col.records.items()):
        words = _unnumbered(record.name)
        if len(words) < 2 or record.parent_key or key in col.places or key in col.parent_families \
                or family_of(record.org_type) in PLACE_FAMILIES:
            continue
        longer = [r for r in col.records.values() if r.key != key and not r.parent_key
                  and _unnumbered(r.name)[:len(words)] == words and _founding_rest(_unnumbered(r.name)[len(words):])
                  and record.org_type in ("Sonstige", r.org_type)]
        if len(longer) == 1:
            col.fold(key, longer[0], [record.name, *record.aliases])


def _unnumbered(name: str) -> list[str]:
    """A name's words without a club's number before them ("1. Dartclub X e.V.")."""
    words = name.split()
    return words[1:] if words[0] in CLUB_ORDINALS else words


def merge_remit_descriptions(col: Collector) -> None:
    """"(einem) Zweckverband für Verkehrsübungsplatz" and the one name of the release of that kind holding every
    word of its remit ("Zweckverband Jugendverkehrsschule und Verkehrsübungsplatz Musterau"): a description of that
    organisation, not one of its own."""
    for key, record in list(col.records.items()):
        words = record.name.split()
        if len(words) < 3 or words[1] != "für" or record.parent_key or key in col.places:
            continue
        remit = {word for word in words[2:] if is_capitalised(word)}
        fuller = [r for r in col.records.values() if r.key != key and not r.parent_key and r.name.split()[0] == words[0]
                  and "für" not in r.name.split() and remit <= set(r.name.replace("-", " ").split())]
        if remit and len(fuller) == 1:
            col.fold(key, fuller[0], [])


def _founding_rest(rest: list[str]) -> bool:
    """Words after a club's short name that only say where, since when and in what legal form: capitalised
    words, then a year or a legal form (or both)."""
    form = next((i for i in range(len(rest)) if (found := _legal_form_at(rest, i)) and found[0] == len(rest)),
                len(rest))
    head = rest[:form]
    year = bool(head) and re.fullmatch(r"1[89]\d\d|20\d\d", head[-1]) is not None
    head = head[:-1] if year else head
    return (form < len(rest) or year) and all(is_capitalised(word) for word in head)


def _place_without_these_initials(record: OrgRecord, acronym: str) -> bool:
    """A town, district or Amt is abbreviated by its words' initials only ("KM" for "Kreis Musterau", not "KIM")."""
    if family_of(record.org_type) not in PLACE_FAMILIES:
        return False
    initials = "".join(part[0] for part in re.split(r"[\s-]+", record.name) if part)
    return initials.upper() != acronym.upper()


def _trim_org(view: DocView, start: int, end: int) -> tuple[int, int]:
    """The model's span without leading articles and trailing punctuation (but the "!" of a name: "Quendoo!")."""
    texts = view.texts
    while start < end and (is_function_word(view.lowers[start]) or not texts[start][:1].isalnum()):
        start += 1
    while end > start and not texts[end - 1][:1].isalnum() and not (texts[end - 1] == "!" and end - start > 1):
        end -= 1
    return start, end


def _plausible_org(view: DocView, start: int, end: int) -> bool:
    """Evidence that a model ORG span is a name: one word that is an acronym or brand-like, or two
    to six words with a proper noun among them (needs a tagger), starting with a capital, with no
    office title, calendar word or lower-case content word inside."""
    texts = view.texts[start:end]
    if not texts or len(texts) > 6:
        return False
    first = texts[0]
    headed = len(texts) > 1 and texts[-1] in _word_sets()["org_head_words"]  # "Musterberger Zeitung"
    if len(texts) == 1:  # one word: only an acronym or a brand-like word is evidence enough, not a word of a
        # heading set in capitals ("AUS DEM RATHAUS")
        shouting = any(0 <= n < len(view) and len(view.texts[n]) > 1 and view.texts[n].isalpha()
                       and view.texts[n].isupper() for n in (start - 1, end))
        return first not in _word_sets()["not_acronyms"] and ((is_acronym(first) and not shouting)
                                                              or is_brand_like(first))
    if all(t.isalpha() and t.isupper() and len(t) > 3 for t in texts):
        return False  # a heading set in capitals ("KLEINE ANFRAGE")
    tokens = view.doc[start:end]
    if not view.doc.has_annotation("POS") or not (headed or any(t.pos_ == "PROPN" for t in tokens)):
        return False  # several words need a proper noun among them (a tagger's word)
    if tokens[-1].pos_ != "PROPN" and not is_acronym(texts[-1]) and not headed \
            and type_of_name(_surface(view, start, end)) == "Sonstige":
        return False  # it ends in a common noun that names no kind of organisation ("DZR Beschluss")
    if view.lowers[end - 1].endswith(tuple(knowledge().names["not_org_head_endings"])) \
            or view.lowers[start].endswith(tuple(knowledge().names["building_heads"])):
        return False  # a building or a street ("das Musterhausener Rathaus", "im Kreishaus Musterau")
    if len(texts) == 2 and view.lowers[end - 1].endswith(tuple(knowledge().names["topic_endings"])) \
            and _alone_on_line(view, start, end):
        return False  # a kicker naming a topic ("Kommunale Wärmeplanung" over a report)
    if len(texts) == 2 and (tw := knowledge().type_words.get(texts[1])) is not None and tw.kind == "place" \
            and view.lowers[start] in _dictionary(view):
        return False  # a kind with an ordinary adjective and no name: a building ("im Saal der Alten Schule")
    if first.split("-")[0] in resources.first_names() or any(not re.fullmatch(r"[\w.&/-]+", t) for t in texts):
        return False  # a person ("Klaus-Dieter Muster"), or an address, a URL, a breadcrumb
    after = [t for t in view.texts[end:end + 2] if t != ","][:1]
    if re.fullmatch(r"\d{1,4}[a-z]?", texts[-1]) and after and re.fullmatch(r"\d{5}", after[0]):
        return False  # a street and its number before the postcode ("Am Hüttenweg 3, 12345 Musterau")
    if not (is_capitalised(first) or is_brand_like(first) or is_acronym(first)) or first in resources.first_names():
        return False
    k = knowledge()
    for text in texts:
        if text in k.office_titles or text in _word_sets()["not_names"] or text in _word_sets()["occupation_words"] \
                or (text.isupper() and len(text) > 7):
            return False
        if text[:1].islower() and not is_function_word(text) and not is_brand_like(text):
            return False  # a verb or common word inside: "Muster löst Beispiel"
    return True



def _alone_on_line(view: DocView, start: int, end: int) -> bool:
    """Do the tokens start..end fill their line?"""
    return _line_start(view, start) and _line_end(view, end)


def _split_acronyms(view: DocView, col: Collector) -> list[tuple[int, int, str]]:
    """"Nordbank AG (NBA)" is two mentions, the name and its acronym (the record keeps both)."""
    out = []
    texts = view.texts
    for start, end, key in col.mentions:
        if end - start > 3 and texts[end - 3] == "(" and texts[end - 1] == ")" and is_acronym(texts[end - 2]):
            out += [(start, end - 3, key), (end - 2, end - 1, key)]
        else:
            out.append((start, end, key))
    return out


def _mention(view: DocView, start: int, end: int, label: str, key: str, sentences) -> Mention:
    start_char = view.starts[start]
    end_char = view.ends[end - 1] - (1 if _stray_period(view.texts[end - 1]) else 0)
    return Mention(sentences(start_char), start_char, end_char, view.text[start_char:end_char], label, key)


# --- entry point --------------------------------------------------------------------------------

def find_listed_orgs(view: DocView, col: Collector) -> None:
    """Organisations of the bundled and the analyst's lists, as the ``known_organisations``
    ruler found them (``doc.spans``; longest match wins): they keep their canonical name; a legal
    form after the name belongs to the mention ("Beispielwerke AG"); a longer name the model found
    around it is another organisation ("Team Beispielbank"); "Die Welt" opening a sentence is no name."""
    key = resources.KNOWN_ORGS
    spans = view.doc.spans.get(key, [])
    texts = view.texts
    defined = {texts[i] for i in range(1, len(texts) - 1) if texts[i - 1] == "(" and texts[i + 1] == ")"}
    for span in filter_spans(spans):
        if span.end - span.start == 1 and span.text in defined and span.text != span.id_:
            continue  # the release defines this acronym itself: "Musterbank AG (MBA)" is not the list's MBA
        if not col.free(span.start, span.end) or _sentence_start_phrase(view, span.start, span.end):
            continue
        legal = _legal_form_at(texts, span.end) if span.end < len(texts) else None
        if legal and col.free(span.end, legal[0]):
            end, legal_form = legal[0], legal[1]
        elif longer := _longer_name(view, span.start, span.end):
            if col.free(*longer):  # "Beispielbank Musterland", "Team Beispielbank": the model's longer name wins
                name = _surface(view, *longer)
                col.add(Candidate(*longer, "org:" + norm(name), name, type_of_name(name)))
            continue
        else:
            end, legal_form = span.end, ""
        key = col.add(Candidate(span.start, end, "org:" + norm(span.id_), span.id_, span.label_, 5, legal_form))
        parent = resources.known_parents().get(span.id_)
        if parent and key in col.records:  # "Bayerischer Landtag": the Land's
            col.records[key].parent_key = _implied_parent(col, *parent).key


def _sentence_start_phrase(view: DocView, start: int, end: int) -> bool:
    """An article and ordinary words opening a sentence ("Die Welt ist …"): no evidence of the newspaper."""
    dictionary = _dictionary(view)
    return starts_clause(view, start) and view.lowers[start] in APPOSITION_ARTICLES and end - start > 1 \
        and all(text in dictionary for text in view.texts[start + 1:end])


def _longer_name(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """The longer model ORG entity made of capitalised words and acronyms only that tokens start..end are
    part of, else None."""
    return next(((e.start, e.end) for e in view.ents
                 if e.label == "ORG" and e.start <= start and end <= e.end and e.end - e.start > end - start
                 and all(is_capitalised(t) or is_acronym(t) for t in view.texts[e.start:e.end])), None)


_APPOSED_TOWN_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "eines"})


def find_apposed_towns(view: DocView, col: Collector) -> None:
    """A place named bare whose apposition gives its kind ("In Musterdorf, einer Gemeinde mit 3.000 Einwohnern,
    …"): that town."""
    texts, lowers, n = view.texts, view.lowers, len(view)
    type_words = knowledge().type_words
    for i in range(n - 3):
        if texts[i + 1] != "," or lowers[i + 2] not in _APPOSED_TOWN_ARTICLES or not col.free(i, i + 1) \
                or not is_place_token(texts[i]) or texts[i] in _dictionary(view):
            continue
        kind = type_words.get(texts[i + 3])
        if kind is not None and kind.kind == "place" and family_of(kind.org_type) in PLACE_FAMILIES \
                and (i + 4 >= n or not is_capitalised(texts[i + 4])):  # not "…, eine Stadt Y" naming another
            col.add(Candidate(i, i + 1, f"org:{norm(kind.word)} {norm(texts[i])}", f"{kind.word} {texts[i]}",
                              kind.org_type, place=texts[i]))


@cache
def _adjective_compound_tails() -> tuple[str, ...]:
    return tuple(tail.lower() for tail in knowledge().names["adjective_compound_tails"])


@lru_cache(maxsize=1 << 12)
def _hyphenated_tail_kind(text: str) -> TypeWord | None:
    """"Segel-Club", "Schützen-Gilde": a hyphenated compound whose last part is a tail of ``compound_only_tails``
    names that kind (a club's genitive too: "des Segel-Clubs")."""
    prefix, _, last = text.rpartition("-")
    if len(prefix) < 3 or not prefix[:1].isupper():
        return None
    for tail, org_type in knowledge().names["compound_only_tails"].items():
        for ending in ("", "s", "es") if org_type == "Verband" else ("",):
            if last == tail + ending:
                return TypeWord(text[:len(text) - len(ending)], org_type, "description", 1)
    return None


def find_place_adjective_compounds(view: DocView, col: Collector) -> None:
    """A place adjective before a closed compound of a kind, after an article: "die Musterauer Stipendienstiftung",
    "des Probedorfer Heimatvereins", also before a compound cut short and joined to it ("die Musterauer Reetdach-
    und Fachwerkstiftung"; no name after the compound: "Stipendienstiftung Musterau" is find_typed_orgs')."""
    texts, k = view.texts, knowledge()
    for i in range(2, len(texts)):
        first = i - 3 if i >= 4 and view.lowers[i - 1] in ("und", "oder") and _is_hyphen_part(texts[i - 2]) else i - 1
        if any(col.claimed[first:i + 1]) or texts[i] in k.type_words or \
                not (is_function_word(view.lowers[first - 1]) or view.lowers[first - 1] in ARTICLE_CONTRACTIONS):
            continue
        tw = _compound_type_word(texts[i]) or _hyphenated_tail_kind(texts[i])
        if tw is None or tw.kind != "description" or not _is_place_adjective(view, first) \
                or texts[i].startswith(tuple(k.names["building_compounds"])) \
                or not tw.word.lower().endswith(_adjective_compound_tails()):
            continue
        name = f"{_surface(view, first, i)} {tw.word}"  # the nominative: "Heimatvereins" → "Heimatverein"
        known = [r.key for r in col.records.values() if r.name == name or r.name.startswith(name + " ")]
        if known:  # "der Musterauer Anstalt" of the "Musterauer Anstalt AöR", "des Probedorfer Clubs 1978 e.V."
            _add_use(col, first, i + 1, known[0], alias=False)
        elif i + 1 == len(texts) or not (is_name_token(texts[i + 1]) or texts[i + 1][:1].isdigit()
                                         or _legal_form_at(texts, i + 1)):
            # (a name, a founding year or a legal form after it: the name goes on, "… Clubs 1978 e.V.")
            col.add(Candidate(first, i + 1, "org:" + norm(name), name, tw.org_type, tw.rank))
        elif _FOUNDING_YEAR.fullmatch(texts[i + 1]) and col.free(i + 1, i + 2) and tw.org_type == "Verband" \
                and (i + 2 == len(texts) or not (is_name_token(texts[i + 2]) or _legal_form_at(texts, i + 2))):
            name = f"{name} {texts[i + 1]}"  # a club's founding year without its legal form: "des Probedorfer
            col.add(Candidate(first, i + 2, "org:" + norm(name), name, tw.org_type, tw.rank))  # Clubs 1978"


def _is_handle(text: str) -> bool:
    """A social-media handle token ("@stadt_musterau")."""
    return text.startswith("@") and len(text) > 2


def find_post_authors(view: DocView, col: Collector) -> None:
    """The name opening a social-media author line before its handle ("Kellerklang Tonstudio @kellerklang_hb ·
    Thread · …"): the account's organisation, when it has two words or more and the text names it by its first
    word elsewhere ("Kellerklang ist an den Start gegangen"; not a commenter's "Möwenmama @moewenmama"), unless a
    person's name or office opens it."""
    texts = view.texts
    for i, text in enumerate(texts):
        if not _is_handle(text):
            continue
        start = i
        while start > 0 and i - start < 5 and is_name_token(texts[start - 1]) and not col.claimed[start - 1] \
                and not _line_start(view, start):
            start -= 1
        if i - start < 2 or not _line_start(view, start) or texts[start] in resources.first_names() \
                or texts[start] in knowledge().office_titles \
                or not any(word == texts[start] and not start <= k < i for k, word in enumerate(texts)):
            continue
        name = _surface(view, start, i)
        col.add(Candidate(start, i, "org:" + norm(name), name, type_of_name(name)))


RULES: tuple[Callable[[DocView, Collector], None], ...] = (
    find_listed_orgs, find_legal_form_orgs, find_given_names, find_names_to_be, find_acronym_definitions,
    find_bodies_and_admin,
    find_typed_orgs, find_place_adjective_compounds,
    find_district_names, find_plural_bodies, find_apposed_towns, find_sport_clubs, find_classified_names,
    find_post_authors,
)


def _inner_places(view: DocView, col: Collector) -> list[tuple[int, int]]:
    """The model's places inside an organisation's name ("Stadt Musterhausen", "Stadtwerke Beispielfeld"):
    the town is a place mention of its own inside the organisation's."""
    names = [(start, end) for start, end, key in col.mentions if key and end - start > 1]
    return [(e.start, e.end) for e in view.ents if e.label == "LOC" and any(
        start <= e.start and e.end <= end and (start, end) != (e.start, e.end) for start, end in names)]


def type_by_apposition(view: DocView, col: Collector) -> None:
    """A name whose words tell no type takes the legal form an apposition or a copula names ("das Musterwerk (MW)
    als rechtsfähige Anstalt des öffentlichen Rechts errichtet", "das Musterwerk, eine gemeinnützige GmbH", "beim
    Musterwerk (MW), der erst zum 1. Januar 2025 errichteten gemeinsamen Anstalt", "Das Musterwerk ist ein
    gemeinsames Kommunalunternehmen")."""
    texts, lowers, n = view.texts, view.lowers, len(view)
    months = resources.month_numbers()
    kinds = knowledge().names["apposition_kinds"]
    for start, end, key in col.mentions:
        record = col.records.get(key)
        if record is None or record.org_type != "Sonstige":
            continue
        named = _named_kind(view, start)
        if named:  # "die neue Anstalt mit dem Namen X", "ein Verein namens X"
            record.org_type = named
            continue
        if end + 2 >= n:
            continue
        k = end
        if texts[k] == "(" and ")" in texts[k:k + 4]:  # "(MW)"
            k = texts.index(")", k) + 1
        if k + 1 < n and lowers[k] == "als":
            k += 1
        elif k + 2 < n and texts[k] == "," and lowers[k + 1] in ("ein", "eine", "der", "die", "das", "dem"):
            k += 2
        elif k + 2 < n and lowers[k] in ("ist", "war") and lowers[k + 1] in ("ein", "eine"):
            k += 2  # "Das Musterwerk (MW) ist ein gemeinsames Kommunalunternehmen …"
        else:
            continue
        opened = k
        while k < n and k < end + 12 and _legal_form_at(texts, k) is None and (
                view.doc[k].is_lower or view.doc[k].like_num or lowers[k] in months):
            k += 1  # "rechtsfähige", "gemeinnützige", "erst zum 1. Januar 2025 errichteten"
        legal = _legal_form_at(texts, k) if k < n else None
        kind = kinds.get(texts[k]) if k < n else None
        if kind and (k == opened or (k + 1 < n and is_name_token(texts[k + 1]))):
            kind = None  # "dem Land, dem Zweckverband X": a list of names, not an apposition
        kind = legal[2] if legal is not None else kind
        if kind and kind != "Sonstige":
            record.org_type = kind


def _named_kind(view: DocView, start: int) -> str:
    """The type an organisation noun gives the name after it: "die neue Anstalt mit dem Namen X", "unter dem
    Namen X", "ein Verein namens X"; '' when there is none."""
    lowers = view.lowers
    if start >= 1 and lowers[start - 1] == "namens":
        noun = start - 2
    elif start >= 3 and lowers[start - 3] in ("mit", "unter") and lowers[start - 2] == "dem" \
            and view.texts[start - 1] in knowledge().names["naming_nouns"]:
        noun = start - 4
    else:
        return ""
    kind = knowledge().names["apposition_kinds"].get(view.texts[noun]) if noun >= 0 else None
    return kind if kind and kind != "Sonstige" else ""


def drop_people(col: Collector) -> None:
    """Records that are people the release addresses or names with an office (``Collector.addressed_people``)."""
    people = {key for key, record in col.records.items() if record.name in col.addressed_people}
    for key in people:
        del col.records[key]
    col.mentions = [m for m in col.mentions if m[2] not in people]


def find_organisations(doc: Doc, sentences, home: str = "") -> tuple[list[OrgRecord], list[Mention]]:
    """Organisation records of this document and ORG/LOC mentions (key = OrgRecord.key); ``home``: the
    dateline's place, the town a bare council belongs to when the text names no other."""
    view = view_of(doc)
    col = Collector(view, home)
    for rule in RULES:
        rule(view, col)
    find_short_forms(view, col)
    find_club_nicknames(view, col)
    find_demonym_references(view, col)
    find_known_names(view, col)
    find_legal_form_compounds(view, col)
    find_office_compounds(view, col)
    find_towns(view, col)
    find_acting_places(view, col)
    find_type_word_references(view, col)
    find_head_noun_references(view, col)
    find_bare_acronyms(view, col)
    named = set(col.records)
    link_parents(col)
    find_known_names(view, col, only=set(col.records) - named)  # "Gemeinderat X" … "Nur X verzichtet"
    find_acting_places(view, col)  # beside a town those names made known: "treten X, Y und Z bei"
    drop_unattached(col)
    merge_administrations(col)
    add_model_entities(view, col)
    merge_bare_acronyms(col)
    merge_placed_acronyms(col)
    merge_kind_prefixed(col)
    merge_shortened_legal_names(col)
    merge_truncated_names(col)
    merge_remit_descriptions(col)
    merge_club_prefixes(col)
    merge_state_suffixed(col)
    type_by_apposition(view, col)
    drop_people(col)
    mentions = [_mention(view, start, end, "ORG", key, sentences) for start, end, key in _split_acronyms(view, col)]
    mentions += [_mention(view, start, end, "LOC", "", sentences) for start, end in col.locs + _inner_places(view, col)]
    mentions += [_mention(view, start, end, "ORG", "", sentences) for start, end in col.unlinked]
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    records = []
    for record in col.records.values():
        record.n_mentions = counts.get(record.key, 0)
        records.append(record)
    return records, sorted(mentions, key=lambda m: (m.start, m.end))
