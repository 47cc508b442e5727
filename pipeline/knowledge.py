"""German knowledge about organisations, loaded once from ``resources/``: type words, legal forms,
bodies, office titles, name lists — and the word tests built on them. Plain text in, no spaCy: the
extractors, reconcile and the analyst's overrides all use it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import resources

PLACE_FAMILIES = ("Stadt", "Gemeinde", "Amt", "Landkreis")
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,6}$")
LONG_DASH = re.compile(r"\s*[–—]\s*")


@dataclass(frozen=True)
class TypeWord:
    word: str  # nominative type word
    org_type: str
    kind: str  # place | description | remit | admin
    rank: int


@dataclass(frozen=True)
class Knowledge:
    """Everything the rules know, loaded once from ``resources/``."""

    type_words: dict[str, TypeWord]
    families: dict[str, str]  # org_type → family
    admin_parents: dict[str, str]  # admin type word → family of its parent
    legal_forms: tuple[tuple[tuple[str, ...], str, str], ...]  # (tokens, canonical, org_type), longest first
    bodies: dict[str, tuple[str, str]]  # form → (nominative, parent family)
    named_bodies: frozenset[str]  # body forms that are a body only with their organisation named ("Rat der Stadt X")
    plural_bodies: dict[str, tuple[str, str]]  # plural form → (nominative singular, parent family)
    office_titles: dict[str, tuple[str, ...]]  # form → families the office belongs to
    names: dict
    office_roles: dict[str, str]  # form → the role, nominative singular ("Verbandsvorstehers" → "Verbandsvorsteher")


@cache
def knowledge() -> Knowledge:
    """Parse the resource files (cached)."""
    type_words = {row[0]: TypeWord(row[1], row[2], row[3], int(row[4])) for row in resources.table("org_types.tsv")}
    legal = sorted(((tuple(r[0].split()), r[1], r[2]) for r in resources.table("legal_forms.tsv")),
                   key=lambda f: -len(f[0]))
    body_rows = resources.table("bodies.tsv")
    bodies = {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in body_rows if len(r) < 4 or r[3] != "plural"}
    plural_bodies = {r[0]: (r[1], r[2]) for r in body_rows if len(r) > 3 and r[3] == "plural"}
    named = frozenset(r[0] for r in body_rows if len(r) > 3 and r[3] == "named")
    title_rows = resources.table("office_titles.tsv")
    titles = {r[0]: tuple(r[2].replace(";", ",").split(",")) if len(r) > 2 else () for r in title_rows}
    return Knowledge(type_words, dict(resources.table("families.tsv")), dict(resources.table("admin_parents.tsv")),
                     tuple(legal), bodies, named, plural_bodies, titles, resources.toml("names.toml"),
                     {r[0]: r[1] for r in title_rows if len(r) > 1})


@cache
def body_owners() -> dict[str, tuple[str, ...]]:
    """Body (nominative) → the org_types of the organisations it belongs to when named bare
    (``bodies.tsv``, fifth column)."""
    return {row[1]: tuple(row[4].split(",")) for row in resources.table("bodies.tsv") if len(row) > 4 and row[4]}


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    names = knowledge().names
    return {key: frozenset(names[key]) for key in
            ("function_words", "not_names", "not_acronyms", "place_prepositions", "place_prefixes", "not_districts",
             "not_place_names", "not_place_qualifiers", "type_words_in_names", "org_head_words",
             "currency_codes", "club_prefixes", "club_words", "club_word_tails", "field_words", "genitive_remits",
             "apposed_kind_words",
             "acronym_cue_words", "first_person_possessives", "neighbour_type_words", "naming_nouns",
             "short_naming_nouns",
             "name_motto_words", "occupation_words", "honorifics", "salutations", "confession_adjectives",
             "region_nouns", "comma_short_form_cues", "saint_words")} | {
        "single_legal_forms": frozenset(f[0][0] for f in knowledge().legal_forms if len(f[0]) == 1),
        "role_qualifiers": frozenset(r[0] for r in resources.table("role_qualifiers.tsv") if len(r) > 1)}


@lru_cache(maxsize=1 << 12)
def norm(text: str) -> str:
    """Normalised name for keys and matching: lower case, one space, unified dashes."""
    text = LONG_DASH.sub(" - ", text.lower().replace("ß", "ss"))
    return " ".join(text.split()).strip(" .,:;")


@cache
def carrier_words() -> frozenset[str]:
    """Normalised type words of carriers named after what they carry ("Zweckverband Sparkasse X")."""
    return frozenset(norm(w) for w in knowledge().names["carrier_type_words"])


def family_of(org_type: str) -> str:
    """The family of an org_type ("Landeshauptstadt" → "Stadt"); itself when it has none."""
    return knowledge().families.get(org_type, org_type)


def council_of(body_family: str, org_family: str) -> bool:
    """Can a council of ``body_family`` (bodies.tsv) be that of an organisation of ``org_family`` ("der Gemeinderat
    der Stadt X": names.toml body_families_also)?"""
    return bool(body_family) and (org_family == body_family
                                  or org_family in knowledge().names["body_families_also"].get(body_family, ()))


# --- token tests (on token texts; cached, tokens repeat) ----------------------------------------

@lru_cache(maxsize=1 << 12)
def is_capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.islower() for c in text) and \
        all(c.isalpha() or c in "-'’." for c in text)


@lru_cache(maxsize=1 << 12)
def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and text not in _word_sets()["not_acronyms"] \
        and text not in _word_sets()["currency_codes"]


_NUMBER = re.compile(r"[\d.,-]+")


def shortened_uses(name: str) -> tuple[list[str], list[str]]:
    """How a text refers to a name of two or more words again: without its legal form ("die Lohtaler
    Wandergesellschaft" for "… mbH"), then without its founding year ("des Musterauer Schachclubs" for
    "Musterauer Schachclub 1978 e.V."), without a club's number ("Dartclub X" for "1. Dartclub X e.V."), and with its
    last noun in the genitive ("des Tessentaler Bienenverbunds")."""
    words = name.split()
    for tokens, _canonical, _type in knowledge().legal_forms:
        if len(words) > len(tokens) + 1 and tuple(words[-len(tokens):]) == tokens:
            words = words[:-len(tokens)]
            break
    if len(words) < 2:
        return [], []
    bares = [" ".join(words)] if len(words) < len(name.split()) else []
    if len(words) > 2 and _FOUNDING_YEAR.fullmatch(words[-1]):
        words = words[:-1]
        bares.append(" ".join(words))
    if len(words) > 2 and words[0] in CLUB_ORDINALS:  # "des Dartclubs Musterau" for "1. Dartclub Musterau e.V."
        bares.append(" ".join(words[1:]))
    bare, last = " ".join(words), words[-1]
    noun = last[:1].isupper() and last[1:].isalpha() and last[-1] not in "sßxz" and len(last) > 3
    return bares, ([bare + "s", bare + "es"] if noun else [])


_FOUNDING_YEAR = re.compile(r"1[89]\d\d|20\d\d")
CLUB_ORDINALS = ("1.", "2.")  # a club's number before its name: "1. FC X", "1. Dartclub X e.V."


def is_brand_like(word: str) -> bool:
    """One word that cannot be an ordinary German word: inner capitals, or a dot or hyphen between
    letters ("MusterNetz", "netz.beispiel", "Polarlicht-IT")."""
    if len(word) < 4 or word.isupper() or _NUMBER.fullmatch(word):  # "PRESSEINFORMATION" is shouting, "100.000"
        return False  # a number
    return any(c.isupper() for c in word[1:]) or re.search(r"\w[.-]\w", word) is not None


def is_function_word(lower: str) -> bool:
    """``lower``: the token's lower-case text."""
    return lower in _word_sets()["function_words"]


@lru_cache(maxsize=1 << 12)
def is_name_token(text: str) -> bool:
    """A capitalised word that can be part of a proper name."""
    k = knowledge()
    return (is_capitalised(text) and not is_function_word(text.lower()) and text not in _word_sets()["not_names"]
            and (text not in k.type_words or text in _word_sets()["type_words_in_names"])
            and text not in k.bodies and text not in k.office_titles
            and not text.endswith("-"))


@lru_cache(maxsize=1 << 12)
def _is_descriptor(lower: str) -> bool:
    return lower.endswith(tuple(knowledge().names["descriptor_nouns"]))


def _is_hyphen_part(text: str) -> bool:
    """'IT-' or 'Veterinär-' in 'IT- und Servicegesellschaft'."""
    return len(text) > 1 and text.endswith("-") and text[0].isupper()


@cache
def _district_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings of one-word district names, lower-case common nouns with such an ending)."""
    names = knowledge().names
    type_words = knowledge().type_words
    common = tuple(w.lower() for w in names["not_districts"] if w not in type_words)
    return tuple(names["district_endings"]), common


@lru_cache(maxsize=1 << 12)
def district_name(text: str) -> str:
    """The nominative of a district named by one compound word ("Musterbergkreis",
    "Beispiel-Land-Kreises" → "Beispiel-Land-Kreis"); '' for any other word."""
    endings, common = _district_words()
    lower = text.lower()
    if not lower.endswith(endings) or not text[0].isupper() or text in _word_sets()["not_districts"] \
            or not all(c.isalpha() or c == "-" for c in text):
        return ""
    nominative = text[:-2] if lower.endswith("es") else text
    stem = nominative[:-5]
    if stem.endswith("-"):  # "Beispiel-Land-Kreis": every part a capitalised word
        if not all(part[:1].isupper() and len(part) > 1 for part in nominative.split("-")):
            return ""
    elif len(stem) < 3 or "-" in stem or not stem[-1].islower():
        return ""
    if nominative.lower().endswith(common):  # "Arbeitskreis", "IT-Lenkungskreis"
        return ""
    return nominative


@cache
def _abstract_endings() -> tuple[str, ...]:
    return tuple(knowledge().names["abstract_noun_endings"])


@cache
def _not_place_endings() -> tuple[str, ...]:
    return tuple(knowledge().names["not_place_endings"])


@cache
def venue_endings() -> tuple[str, ...]:
    return tuple(knowledge().names["venue_noun_endings"])


@lru_cache(maxsize=1 << 12)
def is_place_token(text: str) -> bool:
    """A word that can begin a place name: a name token, no acronym, no common noun
    ("das Amt Unterstützung", "wird die Stadt Mitglied")."""
    return is_name_token(text) and not is_acronym(text) and text not in _word_sets()["not_place_names"] \
        and not text.lower().endswith(_abstract_endings()) and not text.lower().endswith(_not_place_endings())
