"""People: names around office titles, quotation attributions and the model's PER entities;
roles linked to the organisations found before.

Forms (language knowledge in ``resources/office_titles.tsv``, ``role_qualifiers.tsv``, ``names.toml``,
``first_names.txt``):

- title before name: "Bürgermeisterin Erika Beispiel", "ABC-Vorstand Max Muster" (→ Vorstand @ ABC);
- apposition: "Max Muster, stellvertretender Landrat des Landkreises Beispiel";
- "Max Muster (Oberbürgermeister der Stadt Beispiel)", "Max Muster vom Vorstand der Beispiel AöR";
- possessive town: "Musterhausens Bürgermeister Max Muster" (→ Stadt Musterhausen);
- a board and its members: "ein Beirat, dessen Vorsitzender Max Muster ist" (→ Vorsitzender des Beirats),
  "Der Vorstand bestand aus Max Muster (Vorsitzender) und Erika Beispiel";
- "Max Muster zur Geschäftsführerin bestellen"; an office in an appointment with no name next to it
  ("zum Geschäftsführer hat der Aufsichtsrat Max Muster bestellt", "die Stelle des technischen Leiters")
  goes to the one person of the sentence without an office, or to the person named last before when a
  pronoun or a description stands for them ("hatte sie zum Vorstand berufen", "Der Bankkaufmann ist neuer
  Leiter der X");
- bylines: a line "Von Max Muster" (or "… · von Max Muster", "Das Gespräch führte Max Muster.": role "Autor");
- attribution: "…“, so Max Muster" / "sagt Max Muster"; a known first name + surname; model PER entities;
- signatures: "Ihr Bürgermeister" / "Max Muster", "Der Vorstand" / "Erika Beispiel · Max Muster".

One office per person and release (``_main_roles``): one with its organisation, written at the name (not
aside: "…, der zugleich …"), taken up (not only planned), written most often, of an organisation of its own
before the town or district the person also heads. Offices still without organisation get it once the run's
town names are matched in the release (``link_run_wide``, called by reconcile).

A person is at least two capitalised words; academic titles (Dr., Prof.) go to ``title``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc

from .. import resources
from ..knowledge import PLACE_FAMILIES, family_of, is_acronym, is_capitalised, is_name_token, knowledge, norm
from ..records import Mention, OrgRecord, PersonRecord, RoleRecord
from .organisations import NAME_ADJECTIVE, ends_in_common_noun, starts_clause
from .view import DocView, find_whole, view_of

LINK_WORDS = {"des", "der", "im", "in", "vom", "von", "bei", "beim", "am", "für", "dem", "den", "die", "das", "aus"}


@dataclass(frozen=True)
class Office:
    role: str  # nominative, gender kept
    families: tuple[str, ...]  # kinds of organisation the office belongs to
    feminine: bool
    fallback: tuple[str, ...] = ()  # kinds it belongs to when the release names none of ``families``
    plural: bool = False  # "Geschäftsführern": the office of several people
    label: bool = False  # "Protokoll": an office only before a colon ("Protokoll: Erika Beispiel")
    post: bool = False  # "Geschäftsführung": an office only when taken over ("übernimmt die Geschäftsführung")
    title: bool = False  # "Gemeinderat": an office only right before a name (else the council)
    colleague: bool = False  # "Amtskollege": the office of the holder named before in the sentence


@cache
def offices() -> dict[str, Office]:
    """Office-title forms → Office (``office_titles.tsv``, and ``office_posts.tsv``: labels and posts)."""
    out = {}
    for row in (*resources.table("office_titles.tsv"), *resources.table("office_posts.tsv")):
        if row[3:4] == ("unit",):
            continue
        role = row[1]
        tiers = row[2].split(";") if len(row) > 2 else []
        families, fallback = (tuple(t.split(",")) if t else () for t in [*tiers, "", ""][:2])
        mark = row[3] if len(row) > 3 else ""
        out[row[0]] = Office(role, families, role.endswith(("in", "e")), fallback, mark == "plural", mark == "label",
                             mark == "post", mark == "title", mark == "colleague")
    for form, office in list(out.items()):  # the genitive of a masculine title the table leaves out ("des Kassenwarts")
        if form == office.role and not office.feminine and not office.plural and not form.endswith(("s", "x", "z")):
            out.setdefault(form + "s", office)
    return out


@cache
def _units() -> tuple[str, ...]:
    """Endings of the units a leader heads ("Personalabteilung", "Stabsstelle"; office_posts.tsv, "unit")."""
    return tuple(row[0] for row in resources.table("office_posts.tsv") if row[3:4] == ("unit",))


@cache
def qualifiers() -> dict[str, tuple[str, str]]:
    """Qualifier form (lower-case, or capitalised where only that form is a title) → (masculine, feminine)
    nominative; empty strings drop the word."""
    return {r[0]: (r[1], r[2]) if len(r) > 2 else ("", "") for r in resources.table("role_qualifiers.tsv")}


def part_of_office(qualifier: str, office: str) -> bool:
    """Whether a qualifier word belongs to the office it stands before ("Erster Bürgermeister": yes, "Erster
    Verbandsvorsteher": no, an ordinal; "stellvertretender" before any office)."""
    key = qualifier if qualifier in qualifiers() else qualifier.lower()  # "Erste Vorsitzende": a title as written
    return key in qualifiers() and office in _qualified_offices().get(key, (office,))


@cache
def _qualified_offices() -> dict[str, frozenset[str]]:
    """Lower-case qualifier form → the offices it is part of when it names only some ("Erster Bürgermeister",
    not "zum ersten Verbandsvorsteher": an ordinal); forms that qualify any office are not listed."""
    return {r[0]: frozenset(r[3].split(",")) for r in resources.table("role_qualifiers.tsv") if len(r) > 3}


@cache
def _sets() -> dict[str, frozenset]:
    names = knowledge().names
    return {"titles": frozenset(names["academic_titles"]), "particles": frozenset(names["name_particles"]),
            "articles": frozenset(names["name_particle_articles"]),
            "speech": frozenset(names["speech_words"]), "occupations": frozenset(names["occupation_words"]),
            "first": resources.first_names(),
            "appointment": frozenset(names["appointment_words"]), "positions": frozenset(names["position_nouns"]),
            "byline": frozenset(names["byline_words"]), "separators": frozenset(names["byline_separators"]),
            "readers": frozenset(names["reader_labels"]),
            "honorifics": frozenset(names["honorifics"]), "salutations": frozenset(names["salutations"]),
            "copulas": frozenset(names["copulas"]), "back": frozenset(names["back_references"]),
            "relative": frozenset(names["relative_pronouns"]), "also": frozenset(names["also_adverbs"]),
            "several": frozenset(names["several_words"]),
            "role_adverbs": frozenset(names["role_adverbs"]), "past": frozenset(names["past_adverbs"]),
            "role_phrases": frozenset(tuple(p.lower().split()) for p in names["role_phrases"]),
            "neutral": frozenset(names["neutral_offices"]), "takeover": frozenset(names["takeover_words"]),
            "post_nouns": frozenset(names["post_nouns"])}


@dataclass
class RoleSpan:
    start: int  # tokens, qualifier included
    end: int
    role: str
    office: Office
    org_prefix: str = ""  # "ABC" of "ABC-Vorstand"
    mention: bool = True  # False for a byline ("Von Max Muster"): no office title in the text
    body: str = ""  # " des Verwaltungsrats" of a chair the sentence's body elects ("zu seinem Vorsitzenden")


@dataclass
class Name:
    start: int  # tokens of the name, without title
    end: int
    title: str = ""
    full: str = ""  # a surname alone ("Muster") standing for the release's "Max Muster"


# --- tokens -------------------------------------------------------------------------------------

def _person_token(view: DocView, i: int, claimed: set[int]) -> bool:
    text = view.texts[i]
    return i not in claimed and is_name_token(text) and not is_acronym(text) and "." not in text


def _office_at(text: str) -> tuple[Office, str] | None:
    """The office of a title token, also in "ABC-Vorstand" compounds (→ prefix "ABC")."""
    table = offices()
    if text in table:
        return table[text], ""
    head, sep, tail = text.rpartition("-")
    if sep and head and tail in table:
        return table[tail], head
    return None


def _rank_word(text: str) -> bool:
    """A compound ending in an office title of six letters or more ("Forstdirektor": "Forst" + "Direktor"):
    a rank before a name, never part of it."""
    return _compound_of(text, offices(), 6)


def _compound_of(text: str, words: Container[str], tail_letters: int) -> bool:
    """A compound of three letters or more before a word of ``words`` of at least ``tail_letters`` letters."""
    return any(text[k:].capitalize() in words for k in range(3, len(text) - tail_letters + 1))


def _compound_office(text: str, heads: frozenset[str]) -> tuple[Office, str] | None:
    """The office of a compound title whose first part is the first word of an organisation's name, also
    with a linking "s" or "n" ("Netzwerkvorsitzender" of the "Netzwerk X e.V."), and that word; None for
    any other word."""
    table = offices()
    for k in range(3, len(text) - 5):
        head, tail = text[:k], text[k:].capitalize()
        office = table.get(tail)
        if office is None or office.label or office.post or office.title or office.colleague:
            continue
        if head in heads:
            return office, head
        if head[-1] in "sn" and head[:-1] in heads:
            return office, head[:-1]
    return None


# --- roles --------------------------------------------------------------------------------------

def find_roles(doc: Doc, heads: frozenset[str] = frozenset()) -> list[RoleSpan]:
    """Office-title spans with their qualifiers ("stellvertretender Landrat"); ``heads``: the first words of
    the release's organisations, which a compound title may start with ("Netzwerkvorsitzender")."""
    view = view_of(doc)
    lowers = view.lowers
    spans = []
    quals = qualifiers()
    for i, text in enumerate(view.texts):
        found = _office_at(text) or _compound_office(text, heads)
        if found is None:
            continue
        office, prefix = found
        if office.label and (i + 1 >= len(view) or view.texts[i + 1] != ":"):
            continue
        if office.post and not _taken_over(view, i):
            continue
        if office.title and not (i + 1 < len(view) and (_is_first_name(view.texts[i + 1])
                                                        or view.texts[i + 1] in _sets()["titles"])):
            continue
        if office.colleague:  # "Bürgermeisterin Erika Beispiel und ihr Musterdorfer Amtskollege Max Muster"
            before = [r for r in spans if _sentence_of(view, r.start)[0] == _sentence_of(view, i)[0]]
            if not before:
                continue
            office = _in_form(before[-1].office, office.role.endswith("in"))
        start = i
        while start > 0 and (lowers[start - 1] in quals or view.texts[start - 1] in quals):
            start -= 1
        if prefix in _not_acronyms():  # "IT-Leiter": a field, no organisation
            office, prefix = Office(f"{prefix}-{office.role}", office.families, office.feminine, office.fallback,
                                    office.plural), ""
        end = i + 1
        if office.role in _DEPUTIES:  # of the organisation of the office deputised for; "ihr Stellvertreter": none
            if not (i + 2 < len(view) and view.lowers[i + 1] in ("des", "der") and view.texts[i + 2] in offices()):
                continue
            deputised = offices()[view.texts[i + 2]]
            office = Office(office.role, deputised.families, office.feminine, deputised.fallback)
        if office.role in _CHAIRS and not office.families:  # "Vorsitzender des Verwaltungsrates": of an Anstalt
            office = _chaired_kinds(view, i + 1, office)
        written = _field_after(view, i)  # "Sachgebietsleiterin IT", "Bereichsleiter Netze"
        field = view.texts[i + 1] if written else _unit_field(view, i)  # "des Sachgebiets IT … Sachgebietsleiter"
        if field:
            office, end = Office(f"{office.role} {field}", office.families, office.feminine,
                                 office.fallback, office.plural), i + 1 + written
        elif office.role in _LEADERS and i + 2 < len(view) and view.lowers[i + 1] in ("der", "des") \
                and view.lowers[i + 2].endswith(_units()):  # "Leiterin der Personalabteilung"
            office, end = replace(office, role=f"{office.role} {view.lowers[i + 1]} {view.texts[i + 2]}"), i + 3
        portfolio = _portfolio_after(view, i) if _GOVERNMENT & {*office.families} else i + 1
        if portfolio > i + 1:  # "Ministerin für Inneres und Kommunales", "Minister des Innern"
            office, end = replace(office, role=" ".join([office.role, *view.texts[i + 1:portfolio]])), portfolio
        spans.append(RoleSpan(start, end, _role_text(view, start, i, office), office, prefix))
    return spans


_GOVERNMENT = frozenset({"Ministerium", "Senatsverwaltung"})
_LEADERS = frozenset({"Leiter", "Leiterin"})


def _portfolio_after(view: DocView, i: int) -> int:
    """The end of a minister's portfolio after the title at token i ("für Inneres und Kommunales", "des Innern
    und für Digitales", "für Wirtschaft, Verkehr und Digitales"): nouns joined by "und", "für" and commas;
    i + 1 when none follows."""
    n = len(view)
    k = i + 1
    if k + 1 >= n or not (view.lowers[k] == "für" or (view.lowers[k] == "des" and view.texts[k + 1] == "Innern")):
        return k
    end = k
    while k + 1 < n and view.lowers[k] in ("für", "des", "und", ","):
        if k + 2 < n and NAME_ADJECTIVE.fullmatch(view.texts[k + 1]) and _portfolio_word(view, k + 2):
            k += 3  # "für Ländlichen Raum und Verbraucherschutz"
        elif _portfolio_word(view, k + 1):
            k += 2
        else:
            break
        end = k
        if k < n and view.lowers[k] == "und" and k + 1 < n and view.lowers[k + 1] == "für":
            k += 1
    return end


def _portfolio_word(view: DocView, k: int) -> bool:
    word = view.texts[k]
    return is_capitalised(word) and "." not in word and not _is_first_name(word) and _office_at(word) is None \
        and (view.doc[k].pos_ == "NOUN" or ends_in_common_noun(view, word) or _common_noun(view, word))


def _taken_over(view: DocView, i: int) -> bool:
    """Does the sentence of token i speak of taking a post over ("übernimmt die Leitung")?"""
    first, end = _sentence_of(view, i)
    return any(w in _sets()["takeover"] for w in view.lowers[first:end])


def _field_after(view: DocView, i: int) -> bool:
    """Does the leader title at token i name its field next ("Sachgebietsleiterin IT Erika Beispiel",
    "Bereichsleiter Netze bei der X", "bisher Bereichsleiterin Firmenkunden,")?"""
    if not view.lowers[i].endswith(("leiter", "leiterin")) or i + 2 >= len(view):
        return False
    field, after = view.texts[i + 1], view.texts[i + 2]
    if field in _not_acronyms():
        return True
    return is_capitalised(field) and not _is_first_name(field) and _office_at(field) is None \
        and field not in knowledge().type_words \
        and (view.doc[i + 1].pos_ == "NOUN" or ends_in_common_noun(view, field)) \
        and (after in (",", ".") or view.lowers[i + 2] in ("bei", "im", "der", "des"))


def _unit_field(view: DocView, i: int) -> str:
    """The field of the unit a leader title at token i heads when the title names none but the release names
    the unit with one field ("die Mitarbeiter des Sachgebiets IT … der langjährige Sachgebietsleiter" → "IT");
    '' when it names none or several."""
    title = view.texts[i]
    unit = title[:title.lower().rfind("leiter")]
    if not title.lower().endswith(("leiter", "leiterin")) or len(unit) < 4 or (
            i + 1 < len(view) and view.texts[i + 1] in _not_acronyms()):
        return ""
    units = {unit, unit.rstrip("s"), unit.rstrip("s") + "es"}
    fields = {view.texts[t + 1] for t in range(len(view) - 1) if view.texts[t] in units and (
        view.texts[t + 1] in _not_acronyms() or (is_capitalised(view.texts[t + 1]) and view.doc[t + 1].pos_ == "NOUN"
                                                 and _office_at(view.texts[t + 1]) is None))}
    return fields.pop() if len(fields) == 1 else ""


def _role_text(view: DocView, start: int, i: int, office: Office) -> str:
    """The role of the office title at token i with its qualifiers from ``start``, in the office's gender."""
    quals = qualifiers()
    keys = [text if text in quals else lower
            for text, lower in zip(view.texts[start:i], view.lowers[start:i], strict=True)]
    words = [quals[key][office.feminine] for key in keys if part_of_office(key, office.role)]
    return " ".join([w for w in words if w] + [office.role]) + _chaired_body(view, i + 1, office)


def in_gender(view: DocView, role: RoleSpan, name: Name) -> RoleSpan:
    """The role in the person's gender when its form does not show one ("die/der Vorsitzende",
    "zum/zur Vorstandsvorsitzenden"): by the first name, else by the article before it."""
    if not role.mention:
        return role
    other = _other_gender().get(role.office.role)
    word = next((view.texts[k] for k in range(role.start, role.end) if _office_at(view.texts[k]) is not None),
                "") if other is not None else ""
    # a written "Geschäftsführer" or "Abgeordneter" is a woman's only by a first name the list knows; a form
    # that shows no gender ("die/der Vorsitzende", "zum Vorsitzenden") follows a first name's ending too
    first = name.full.split()[0] if name.full else view.texts[name.start]  # a register's "Muster, Erika"
    # without an article ("Erika Muster, Ort (Vorsitzende)", "…: Vorsitzende Erika Muster") the form shows the
    # gender, after "zur"/"zum" the article does
    bare = word.endswith("e") and role.start > 0 and view.texts[role.start - 1] in ("(", ":", ",", ";")
    shown = True if bare else {"zur": True, "zum": False}.get(view.lowers[role.start - 1] if role.start else "")
    feminine = first_name_gender(first, guess=role.office.plural or role.office.label or (  # "beide Landräte, A
        other is not None and not word.endswith("r") and shown is None))  # und B", "Schriftführung: Erika Muster"
    feminine = shown if feminine is None and other is not None else feminine  # "zur ersten Vorsitzenden"
    if other is None:  # "Geschäftsführer" for a woman: a plural or generic form ("einer der Geschäftsführer")
        other = _female_forms().get(role.office.role) if feminine and role.office.role not in _sets()["neutral"] \
            else None
    elif feminine is None:
        article = view.lowers[role.start - 1] if role.start else ""
        feminine = {"der": False, "die": True}.get(article) if view.texts[role.end - 1].endswith("e") else None
    if other is None or feminine is None or feminine == role.office.feminine:
        return role
    office = replace(role.office, role=other, feminine=feminine)
    return RoleSpan(role.start, role.end, _role_text(view, role.start, role.end - 1, office) + role.body, office,
                    role.org_prefix, body=role.body)


def _in_form(office: Office, feminine: bool) -> Office:
    """The office in the given gender ("Bürgermeisterin" → "Bürgermeister" for a man); as it is when the
    other form is unknown."""
    if feminine == office.feminine:
        return office
    role = (_female_forms() if feminine else _male_forms()).get(office.role)
    return replace(office, role=role, feminine=feminine) if role else office


@cache
def _female_forms() -> dict[str, str]:
    """Masculine roles → their female form ("Geschäftsführer" → "Geschäftsführerin", "Landrat" → "Landrätin")."""
    roles = {office.role for office in offices().values()}
    plain = str.maketrans("äöü", "aou")
    female = {role[:-2].translate(plain): role for role in roles if role.endswith("in")}
    return {role: female[role.translate(plain)] for role in roles if role.translate(plain) in female}


@cache
def _other_gender() -> dict[str, str]:
    """Roles of adjectival office nouns → the same role in the other gender ("Vorsitzende" ↔ "Vorsitzender")."""
    roles = {office.role for office in offices().values()}
    pairs = {}
    for role in roles:
        if role.endswith("e") and role + "r" in roles:
            pairs[role], pairs[role + "r"] = role + "r", role
    return pairs


def first_name_gender(first: str, guess: bool = False) -> bool | None:
    """True for a female first name, False for a male one, None when unknown ("Klaus-Dieter": by "Klaus");
    with ``guess``, a name the list lacks by its ending ("Valeska", "Odilo")."""
    genders = resources.first_name_genders()
    gender = genders.get(first) or genders.get(first.split("-")[0])
    if gender is None and guess and first[:1].isupper():
        endings = resources.first_name_endings()
        lower = first.split("-")[0].lower()
        gender = next((endings[lower[-k:]] for k in range(len(lower) - 1, 0, -1) if lower[-k:] in endings), None)
    return None if gender is None else gender == "f"


def _chaired_body(view: DocView, i: int, office: Office) -> str:
    """" des Verwaltungsrats" when a chair's title names the body chaired ("Vorsitzende des
    Verwaltungsrates der Sparkasse X"), in the genitive as written; " der Landrätin" when a
    deputy's title names the office deputised for; else ''."""
    if office.role not in _CHAIRS or i + 1 >= len(view) or view.lowers[i] not in ("des", "der"):
        return ""
    if office.role in _DEPUTIES and view.texts[i + 1] in offices():
        return f" {view.lowers[i]} {view.texts[i + 1]}"
    k = i + 1 + (i + 2 < len(view) and view.texts[i + 1][:1].islower() and view.texts[i + 1].endswith("en"))
    nominative = _board_chaired(view.texts[k])  # (past an adjective: "des dreiköpfigen Aufsichtsrats")
    if not nominative:
        return ""
    if view.lowers[i] == "der":
        return f" der {nominative}"
    written = view.texts[k]
    if written.startswith(nominative) and written.endswith("s"):  # "des Verwaltungsrates" as written
        return f" des {written}"
    return f" des {nominative}{'es' if nominative.endswith(('s', 'ß')) else 's'}"


def _board_chaired(word: str) -> str:
    """The nominative of a council or board a chair's title may name ("Verwaltungsrates", "Vorstands"), else ''."""
    body = knowledge().bodies.get(word)
    return body[0] if body is not None else knowledge().names.get("chaired_boards", {}).get(word, "")


def _chaired_kinds(view: DocView, i: int, office: Office) -> Office:
    """A chair's office with the kinds of organisation the body chaired belongs to, by the compound title
    ("Vorsitzender des Aufsichtsrats" as "Aufsichtsratsvorsitzender": GmbH, Unternehmen); else as it is."""
    if i + 1 >= len(view) or view.lowers[i] not in ("des", "der"):
        return office
    board = _board_chaired(view.texts[i + 1])
    compound = offices().get(f"{board}s{office.role.lower()}") if board else None
    if compound is None:
        return office
    return replace(office, families=compound.families, fallback=compound.fallback)


_DEPUTIES = frozenset({"Stellvertreter", "Stellvertreterin"})
_CHAIRS = frozenset({"Vorsitzender", "Vorsitzende"}) | _DEPUTIES


@cache
def _not_acronyms() -> frozenset[str]:
    return frozenset(knowledge().names["not_acronyms"])


# --- names --------------------------------------------------------------------------------------

def _title_before(view: DocView, start: int) -> tuple[int, str]:
    """Academic titles directly before ``start``: (new start, title text)."""
    titles = _sets()["titles"]
    i = start
    while i > 0 and view.texts[i - 1] in titles:
        i -= 1
    return i, " ".join(view.texts[i:start])


def _is_particle(view: DocView, i: int) -> bool:
    """"von", "zu", and "der"/"den" right after "von"/"van" ("von der Leyen")."""
    sets = _sets()
    lower = view.lowers[i]
    return lower in sets["particles"] or (lower in sets["articles"] and i > 0 and view.lowers[i - 1] in ("von", "van"))


@lru_cache(maxsize=1 << 12)
def _occupation(word: str) -> bool:
    """An occupation (names.toml ``occupation_words``), also as a compound's tail ("Versicherungskaufmann",
    "Diplom-Sozialpädagogin")."""
    occupations = _sets()["occupations"]
    return word in occupations or _compound_of(word, occupations, 4)


def name_after(view: DocView, i: int, claimed: set[int]) -> Name | None:
    """A person's name starting at token i (academic titles first)."""
    sets = _sets()
    texts = view.texts
    n = len(texts)
    while i < n and texts[i] in sets["honorifics"]:  # "Herr Max Muster"
        i += 1
    j = i
    while j < n and texts[j] in sets["titles"]:
        j += 1
    title = " ".join(texts[i:j])
    if j + 1 < n and _is_first_name(texts[j + 1]) and (_rank_word(texts[j]) or _occupation(texts[j])):
        j += 1  # "Forstdirektor Lars Muster", "Pfarrer Benedikt Muster": a rank or an occupation before the name
    if j + 1 >= n or not _person_token(view, j, claimed):
        return None
    end = j + 1
    while end < n and _is_particle(view, end) and end + 1 < n and view.doc[end].is_lower:
        end += 1
    if not _person_token(view, end, claimed) or (end > j + 1 and view.doc[end].pos_ == "NOUN"):
        return None  # "Max von der Geschäftsstelle"
    end += 1
    # three words only after a known first name: a second first name, or a third word closing the clause
    if end < n and _person_token(view, end, claimed) and texts[j] in sets["first"] and (
            texts[end - 1] in sets["first"] or end + 1 == n or (view.doc[end + 1].is_punct and texts[end + 1] != ":")):
        end += 1  # "Hans Peter Muster", "Anna Maria Beispiel."
    return Name(j, end, title)


def name_before(view: DocView, end: int, claimed: set[int]) -> Name | None:
    """A person's name ending at token ``end`` (exclusive)."""
    sets = _sets()
    texts = view.texts
    if end < 2 or not _person_token(view, end - 1, claimed):
        return None
    start = end - 1
    while start > 0 and _is_particle(view, start - 1) and view.doc[start - 1].is_lower:
        start -= 1
    if start == 0 or not _person_token(view, start - 1, claimed):
        return None
    start -= 1
    if start > 0 and _person_token(view, start - 1, claimed) and texts[start - 1] in sets["first"] \
            and (texts[start] in sets["first"] or (start > 1 and texts[start - 2] in sets["titles"])):
        start -= 1  # "Hans Peter Muster", "Dr. Hans Quirin Muster"

    start_with_title, title = _title_before(view, start)
    return Name(start, end, title) if start_with_title <= start else None


def _org_claimed(org_mentions: list[Mention], view: DocView) -> set[int]:
    """Tokens of organisation names: never part of a person's name. (The model's
    LOC guesses are not binding: "Bürgermeisterin Anna Beispiel" is a person.)"""
    claimed: set[int] = set()
    for m in org_mentions:
        if m.label != "ORG" or not m.key:  # the model's unlinked ORG spans claim nothing
            continue
        span = view.expanded_span(m.start, m.end)
        if span is not None:
            claimed.update(range(*span))
    return claimed


# --- linking roles to organisations -------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # between blocks of lines (a register entry's)


class OrgLocator:
    """Organisation mentions by token position, and records by kind."""

    def __init__(self, view: DocView, orgs: list[OrgRecord], org_mentions: list[Mention]) -> None:
        self.orgs = {o.key: o for o in orgs}
        self.starts: dict[int, str] = {}
        self.ends: dict[int, str] = {}
        self.in_text: set[str] = set()  # organisations named outside parentheses (not only "Max Muster (ABC)")
        self.covered: set[int] = set()  # tokens of organisation names
        for m in org_mentions:
            if m.label != "ORG" or not m.key:
                continue
            span = view.expanded_span(m.start, m.end)
            if span is not None:
                self.starts.setdefault(span[0], m.key)
                self.ends.setdefault(span[1], m.key)
                self.covered.update(range(*span))
                if not span[0] or view.texts[span[0] - 1] != "(":
                    self.in_text.add(m.key)
        self.counts: dict[str, int] = {}
        for m in org_mentions:
            self.counts[m.key] = self.counts.get(m.key, 0) + 1
        heads: dict[str, list[str]] = {}  # "Sparkasse" → the one record named "Sparkasse …"
        for o in orgs:
            if not o.parent_key and " " in o.name:
                heads.setdefault(o.name.split()[0], []).append(o.key)
        for i, text in enumerate(view.texts):  # "die Sparkasse" alone counts for "Sparkasse Musterau"
            if len(heads.get(text, ())) == 1 and i not in self.starts:
                self.counts[heads[text][0]] = self.counts.get(heads[text][0], 0) + 1
        # (token, key): towns and districts named, also as places ("in Musterdorf")
        self.places = [(start, place) for start, key in self.starts.items() if (place := self._place_of(key))]
        towns = {o.name.split(maxsplit=1)[-1]: o.key for o in orgs if family_of(o.org_type) in PLACE_FAMILIES}
        self.places += [(i, towns[text]) for i, text in enumerate(view.texts) if text in towns and i not in self.starts]
        self.by_acronym = {o.short_name: o.key for o in orgs if o.short_name}
        self.paragraphs = [0] + [i for i in range(1, len(view)) if "\n" in view.texts[i - 1] or (
            view.starts[i] > view.ends[i - 1] and "\n" in view.text[view.ends[i - 1]:view.starts[i]])]
        self.blocks = [0] + [i for i in range(1, len(view)) if _BLANK_LINE.search(view.texts[i - 1]) or (
            view.starts[i] > view.ends[i - 1] and _BLANK_LINE.search(view.text, view.ends[i - 1], view.starts[i]))]
        self.headed: dict[str, str] = {}  # org key → the person heading it ("Bürgermeisterin", "Landrat")
        self.head_titles: dict[str, str] = {}  # org key → the title of its head ("bürgermeister")
        self.title = ""  # the title of the head office being linked
        self.guessing: str | None = ""  # the person whose head office is being linked; None: no guessing
        self.by_first_word: dict[str, str] = {}  # "Beispielwerke" of "Beispielwerke Nord GmbH" → key
        for o in sorted(orgs, key=lambda o: -self.counts.get(o.key, 0)):
            if not o.parent_key:
                for name in (o.name, *o.aliases):
                    self.by_first_word.setdefault(name.split()[0] if name else "", o.key)

    def _place_of(self, key: str) -> str:
        """The town or district an organisation is or whose council or administration it is ("der Kreistag des
        Landkreises X" → Landkreis X); '' for others."""
        org = self.orgs.get(key)
        if org is not None and org.parent_key and org.org_type in ("Gremium", "Verwaltung"):
            key, org = org.parent_key, self.orgs.get(org.parent_key)
        return key if org is not None and family_of(org.org_type) in PLACE_FAMILIES else ""

    def paragraph_start(self, i: int) -> int:
        """The first token of the paragraph (text after a line break) holding token i."""
        return self.paragraphs[bisect_right(self.paragraphs, i) - 1]

    def before(self, i: int) -> str:
        """The organisation named last before token i; '' when none is."""
        ends = [end for end in self.ends if end <= i]
        return self.ends[max(ends)] if ends else ""

    def after(self, view: DocView, end: int, below: bool = False) -> str:
        """An organisation named right after a role ("Landrat des Landkreises X", "im Amt X"); ``below``: or on
        the line below it (a signature: "Max Muster" / "Geschäftsführer" / "X GmbH")."""
        i = end
        if below and i < len(view) and "\n" in view.texts[i] and not view.texts[i].strip():
            return self.starts.get(i + 1, "")  # the line is the organisation's name, not "Für den Landkreis X: …"
        while i < len(view) and i - end < 4 and i not in self.starts and (view.lowers[i] in LINK_WORDS or (
                i > end and view.lowers[i - 1] in LINK_WORDS and view.texts[i].islower()
                and view.doc[i].pos_ == "ADJ")):  # "Landrätin X aus dem benachbarten Kreis Y"
            i += 1
        return self.starts.get(i, "")

    def _of_kind(self, key: str, families: tuple[str, ...]) -> bool:
        org = self.orgs.get(key)
        return org is not None and is_of_kind(org, families)

    def in_parentheses(self, view: DocView, i: int, families: tuple[str, ...]) -> str:
        """The town in parentheses after a name ("Bürgermeisterin Erika Beispiel (Musterhausen)")."""
        if i + 1 >= len(view) or view.texts[i] != "(":
            return ""
        key = next((k for start, k in self.places if start == i + 1), "")  # a town, not a party ("(SPD)")
        return key if self._of_kind(key, families) else ""

    def unknown_in_parentheses(self, view: DocView, i: int, families: tuple[str, ...]) -> bool:
        """A capitalised word in parentheses after the name of a town's or district's officer that names no
        organisation of the release ("Bürgermeister Max Muster (Musterdorf)"): a place it does not know."""
        return i + 2 < len(view) and view.texts[i] == "(" and view.texts[i + 2] == ")" \
            and is_capitalised(view.texts[i + 1]) and i + 1 not in self.starts \
            and any(family_of(kind) in PLACE_FAMILIES for kind in families)

    def other_place(self, view: DocView, i: int) -> bool:
        """Does a place no organisation of the release stands for come right before the office at token i
        ("der Musterdorfer Bürgermeister") or in its sentence or the sentence before in its paragraph
        ("Nicht dabei ist Musterdorf. … Bürgermeister Max Muster"): a town the release does not know?"""
        if i > 0 and self.of_adjective(view, i - 1, PLACE_FAMILIES) == "" and _place_adjective(view, i - 1):
            return True
        k = bisect_right(view.sentence_starts, i) - 1
        first = view.sentence_starts[max(k - 1, 0)]
        first = max(first, self.paragraph_start(i))
        towns = {name for o in self.orgs.values() for name in (o.name, *o.aliases)
                 if family_of(o.org_type) in PLACE_FAMILIES}
        words = {w for name in towns for w in name.split()}
        return any(ent.label in ("LOC", "GPE") and first <= ent.start < i and ent.start not in self.covered
                   and not any(view.texts[t] in words or self.of_adjective(view, t, PLACE_FAMILIES)
                               for t in range(ent.start, ent.end))
                   for ent in view.ents)

    def heads(self, families: tuple[str, ...]) -> str:
        """The town the person being linked heads by an explicit link of the release; '' if none."""
        if not self.guessing:
            return ""
        return next((key for key, person in self.headed.items()
                     if person == self.guessing and self._of_kind(key, families)), "")

    def nearby(self, view: DocView, i: int, families: tuple[str, ...], rank: int | None = None) -> str:
        """The one town or district of the office's kind named before token i in its sentence, else in the
        sentences before it in its paragraph ("Nicht dabei ist die Gemeinde Musterdorf. Deren Rat stimmte
        dagegen. Bürgermeister Max Muster …"); of several holders listed under a plural office, the one in
        the holder's ``rank`` ("Die Kreise A und B … Beide Landräte, Max Muster und Erika Beispiel"); ''
        when none is or the nearest sentence names two."""
        starts = view.sentence_starts
        k = bisect_right(starts, i) - 1
        end = i
        while k >= 0:
            first = starts[k]
            found = list(dict.fromkeys(key for start, key in sorted(self.places) if first <= start < end
                                       and self._of_kind(key, families)
                                       and self.headed.get(key, self.guessing) == self.guessing))  # one head
            if len(found) == 1 or (found and rank is not None):
                return found[rank or 0] if (rank or 0) < len(found) else ""
            if found:
                return ""  # two towns: no telling which
            if first <= self.paragraph_start(first):
                return ""
            k, end = k - 1, first
        return ""

    def nearby_subject(self, view: DocView, i: int, name: Name) -> str:
        """The organisation (no town or district; a body counts as its organisation) named last before
        token i in its sentence or the one before, else earlier in its paragraph, else in the lines before it up to
        a blank line, outside the holder's name and parentheses."""
        k = bisect_right(view.sentence_starts, i) - 1
        first = view.sentence_starts[max(k - 1, 0)] if k >= 0 else 0
        paragraph = self.paragraph_start(first)
        block = self.blocks[bisect_right(self.blocks, paragraph) - 1]
        return self._last_subject(view, first, i, name) or self._last_subject(view, paragraph, first, name) \
            or self._last_subject(view, block, paragraph, name)  # a register entry's line: its "Name: X e.V."

    def nearby_of_kind(self, view: DocView, i: int, families: tuple[str, ...]) -> str:
        """The organisation of the office's kind (a body counts as its organisation) named last before
        token i in its paragraph or, for an office opening a paragraph with a colon (a register's "Vorstand: …"
        line under its entry's "X e.V., Musterau."), in the sentence before; not in a clause on someone's post until now
        ("…, der bislang die X GmbH leitet"); '' when none is."""
        best = ""
        first = self.paragraph_start(i)
        k = bisect_right(view.sentence_starts, i) - 1
        if k > 0 and view.sentence_starts[k] == i >= first and view.texts[i + 1:i + 2] == [":"]:
            first = view.sentence_starts[k - 1]
        for start in sorted(s for s in self.starts if first <= s < i and not _in_former_post(view, s)):
            org = self.orgs.get(self.starts[start])
            if org is not None and org.parent_key and org.org_type in ("Gremium", "Verwaltung"):
                org = self.orgs.get(org.parent_key)
            if org is not None and not org.parent_key and is_of_kind(org, families) \
                    and family_of(org.org_type) not in PLACE_FAMILIES:
                best = org.key
        return best

    def _last_subject(self, view: DocView, first: int, i: int, name: Name) -> str:
        best = ""
        for start in sorted(s for s in self.starts if first <= s < i):
            org = self.orgs.get(self.starts[start])
            if org is None or (start > 0 and view.texts[start - 1] == "(") or name.start <= start < name.end:
                continue
            org = self.orgs.get(org.parent_key, org) if org.org_type in ("Gremium", "Verwaltung") else org
            if family_of(org.org_type) not in PLACE_FAMILIES and org.org_type not in ("Gremium", "Verwaltung"):
                best = org.key
        return best

    def subject(self) -> str:
        """The organisation the release is about: the most mentioned one that is no town, district,
        council, administration or register court; '' when two share the lead."""
        courts = tuple(knowledge().names["register_courts"])
        counts = sorted(((self.counts.get(o.key, 0), o.key) for o in self.orgs.values()
                         if not o.parent_key and family_of(o.org_type) not in PLACE_FAMILIES
                         and o.org_type not in ("Gremium", "Verwaltung") and not o.name.startswith(courts)),
                        reverse=True)
        if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return ""
        return counts[0][1]

    def possessive(self, place: str, office: Office) -> str:
        """The one organisation of the office's kind named by ``place`` ("Musterhausen" → Stadt
        Musterhausen, "Xland" → Land Xland); '' when none is."""
        kinds = (*office.families, *office.fallback)
        found = {o.key for o in self.orgs.values() if not o.parent_key and is_of_kind(o, kinds)
                 and any(name.split()[-1] == place for name in (o.name, *o.aliases) if name)}
        return found.pop() if len(found) == 1 else ""

    def of_adjective(self, view: DocView, i: int, families: tuple[str, ...]) -> str:
        """The town or district a place adjective at token i derives from ("Musterhausener" →
        Stadt Musterhausen, "Beispielinger" → Landkreis Beispielingen); '' when none does."""
        adjective = view.texts[i]
        if len(adjective) < 5 or not adjective.endswith("er") or not adjective[0].isupper() \
                or view.lowers[i] in qualifiers():
            return ""
        stem = adjective[:-2]
        for org in self.orgs.values():
            if org.parent_key or not is_of_kind(org, families):
                continue
            words = {w for name in (org.name, *org.aliases) for w in name.split()[1:]}
            if any(w == stem or (w.startswith(stem) and len(w) - len(stem) <= 2) for w in words):
                return org.key
        return ""

    def of_kind(self, families: tuple[str, ...]) -> str:
        """The organisation of the office's kind when the release has one (the most mentioned); a
        town's or district's head is one person, so a second head goes to a town not yet headed."""
        matches = [o for o in self.orgs.values() if o.org_type in families or holds_office(o, families)]
        # ("Gremium": bodies count)
        specific = [o for o in matches if o.org_type != "Sonstige"]
        matches = specific or matches  # "Sonstige" only when no organisation of a named kind is there
        if self.guessing is None:
            return ""
        free = [o for o in matches if self.headed.get(o.key, self.guessing) == self.guessing]
        if self.guessing and free:
            matches = free
        elif self.guessing:  # no town of another head of the same title ("Oberbürgermeister" and "Bürgermeister"
            matches = [o for o in matches if self.head_titles.get(o.key) != self.title]  # of one city are two)
        if not matches:
            return ""
        ranked = sorted(matches, key=lambda o: self.counts.get(o.key, 0), reverse=True)  # stable: first of the most
        if self.guessing and len(ranked) > 1 and self.counts.get(ranked[0].key, 0) == self.counts.get(ranked[1].key, 0):
            return ""  # "Bürgermeisterin X" in a release naming several towns as often: none is hers by the count
        return ranked[0].key


def link_role(view: DocView, role: RoleSpan, locator: OrgLocator, name: Name) -> str:
    """The organisation key of a role, '' when the release does not say; staff of an administration
    ("IT-Leiter der Kreisverwaltung") and offices held in a body ("Vorsitzende des Verwaltungsrats der
    Sparkasse X", "Ratsherr") belong to the organisation the body belongs to (issue 10)."""
    key = _link_role(view, role, locator, name)
    org = locator.orgs.get(key)
    kinds = (*role.office.families, *role.office.fallback)
    if org is not None and org.parent_key and org.org_type in ("Verwaltung", "Gremium") \
            and not is_own_body(org, kinds):
        key, org = org.parent_key, locator.orgs.get(org.parent_key)
    if org is not None and kinds and org.org_type != "Sonstige" and not is_of_kind(org, kinds):
        # "Bürgermeister X für den Zweckverband": not its mayor
        key = _of_office_kind(locator, role.office)
    return key


def _in_former_post(view: DocView, i: int) -> bool:
    """Is token i in a clause on a post held until now, an adverb of it before it in the clause ("Max Muster,
    der bislang die X GmbH leitet", "bisher Leiterin der Y")?"""
    first = _sentence_of(view, i)[0]
    k = i - 1
    while k >= first and view.texts[k] not in (",", ";", ":", "(", ")"):
        if view.lowers[k] in _sets()["role_adverbs"]:
            return True
        k -= 1
    return False


def _possessive(view: DocView, i: int) -> str:
    """The place a possessive right before token i names ("Musterhausens", "Musterau'"); '' when the
    word before is none."""
    if i < 2:
        return ""
    k, word = (i - 2, view.texts[i - 2]) if view.texts[i - 1] in ("'", "’") else (i - 1, view.texts[i - 1][:-1])
    if not view.texts[i - 1].endswith(("s", "'", "’")) or not is_capitalised(word) or view.doc[k].pos_ != "PROPN":
        return ""
    return word


def _rank_in_list(view: DocView, role: RoleSpan, name: Name) -> int | None:
    """The place of a holder in the list of names after a plural office ("Beide Landräte, A und B": 0, 1);
    None for any other office."""
    if not role.office.plural:
        return _rank_in_pair(view, role, name)
    if not (role.end < name.start and view.texts[role.end] in (",", ":")):
        return None
    return sum(view.lowers[k] in (",", "und", "sowie") for k in range(role.end + 1, name.start))


def _rank_in_pair(view: DocView, role: RoleSpan, name: Name) -> int | None:
    """The place of a holder in a pair of one office's holders, each named after the title ("Landrat A und
    Landrätin B", after "die Landkreise X und Y": in that order); None when the office is not paired so."""
    if name.start < role.end:
        return None
    joined = ("und", "sowie")
    after = name.end + 1 < len(view) and view.lowers[name.end] in joined \
        and _same_office(_office_at(view.texts[name.end + 1]), role.office)
    k = role.start - 1
    if k > 0 and view.lowers[k] not in joined:
        return 0 if after else None
    j = k - 1  # the end of the name before "und"; its title before that name
    while j > 0 and j > k - 4 and not _same_office(_office_at(view.texts[j]), role.office):
        j -= 1
    return 1 if j > 0 and j < k - 1 and _same_office(_office_at(view.texts[j]), role.office) else (0 if after else None)


def _same_office(office: tuple[Office, str] | None, other: Office) -> bool:
    """One office in either gender ("Landrat", "Landrätin")."""
    def stem(role: str) -> str:
        return role.translate(_UMLAUTS).removesuffix("in")
    return office is not None and office[0].families == other.families and bool(other.families) \
        and stem(office[0].role) == stem(other.role)


_UMLAUTS = str.maketrans("äöü", "aou")


def _place_adjective(view: DocView, i: int) -> bool:
    """A capitalised place adjective at token i ("Musterdorfer" before "Bürgermeister")?"""
    word = view.texts[i]
    return len(word) >= 5 and word.endswith("er") and is_capitalised(word) and view.lowers[i] not in qualifiers() \
        and view.doc[i].pos_ in ("ADJ", "PROPN")


def is_of_kind(org: OrgRecord, kinds: tuple[str, ...]) -> bool:
    """Is the organisation of one of an office's kinds: its org_type or family, or a type word its name
    starts with ("Ministerium" for "Finanzministerium des Landes X", "Land" for "Land X")?"""
    if org.org_type in kinds or family_of(org.org_type) in kinds:
        return True
    if is_own_body(org, kinds):
        return True
    type_word = knowledge().type_words.get(org.name.split(maxsplit=1)[0] if org.name else "")
    return type_word is not None and any(type_word.word.lower().endswith(kind.lower()) for kind in kinds
                                         if kind not in _org_types())


def holds_office(org: OrgRecord, kinds: tuple[str, ...]) -> bool:
    """Is the organisation one an office of these kinds is held in: one of the kinds that is no body of another,
    or the office's own body ("Landtag X")?"""
    return is_own_body(org, kinds) or (not org.parent_key and is_of_kind(org, kinds))


def is_own_body(org: OrgRecord, kinds: tuple[str, ...]) -> bool:
    """Is the organisation a body an office belongs to itself, not to the body's parent ("Landtag X", "Bayerischer
    Landtag" for an "Abgeordneter", whose kinds name the body's word)?"""
    words = org.name.split()
    return bool(words) and (words[0] in kinds or (len(words) == 2 and words[0].endswith("er") and words[1] in kinds))


@cache
def _org_types() -> frozenset[str]:
    """Every org_type and family: an office kind that is none of them names a type word."""
    k = knowledge()
    return frozenset({w.org_type for w in k.type_words.values()} | set(k.families) | set(k.families.values()))


def _of_office_kind(locator: OrgLocator, office: Office) -> str:
    """The release's organisation of the office's kind, else of its fallback kind, else (for an office of
    no town or district) the most named organisation the release knows only by an acronym ("des ZDV"), not
    only in parentheses after a name (a party: "Max Muster (ABC)"): its kind is unknown; '' when none."""
    key = locator.of_kind(office.families) or (locator.of_kind(office.fallback) if office.fallback else "")
    if key or not office.families or any(family_of(kind) in PLACE_FAMILIES for kind in office.families):
        return key
    acronyms = [o for o in locator.orgs.values() if o.org_type == "Sonstige" and is_acronym(o.name)
                and o.key in locator.in_text]
    return max(acronyms, key=lambda o: locator.counts.get(o.key, 0)).key if acronyms else ""


def _link_role(view: DocView, role: RoleSpan, locator: OrgLocator, name: Name) -> str:
    if role.office is AUTHOR:  # "Text: Max Muster, Stabsstelle Kommunikation": of the release's organisation
        return locator.subject() if name.end < len(view) and view.texts[name.end] == "," \
            and not _signed_with_place(view, name.start, name) else ""  # not a reader's "Max Muster, Musterau"
    if role.end < len(view) and view.texts[role.end] == ":" and view.texts[role.end - 1] in _sets()["readers"]:
        return ""  # "Sprecherin: Erika Beispiel" heading a radio script reads the news
    if role.org_prefix:  # "ABC-Vorstand", "Beispielwerke-Geschäftsführer"
        key = locator.by_acronym.get(role.org_prefix) or locator.by_acronym.get(role.org_prefix.split("/")[-1]) \
            or locator.by_first_word.get(role.org_prefix)
        if key:
            return key
    key = locator.after(view, role.end, below=name.end <= role.start)
    if key:
        return key
    if role.end + 1 < len(view) and view.lowers[role.end] in ("des", "der"):  # "Vorstand der Kreissparkasse":
        word = view.texts[role.end + 1]  # the "Kreissparkasse Musterau" named before; "des Gymnasiums"
        type_word = knowledge().type_words.get(word)
        key = locator.by_first_word.get(word, "") or (locator.by_first_word.get(type_word.word, "") if type_word
                                                      else "")
        if key:
            return key
    if role.start > 0 and view.lowers[role.start - 1] in _sets()["back"]:  # "Dessen Geschäftsführer"
        key = locator.before(role.start - 1)
        if key:
            return key
    key = locator.ends.get(role.start, "")  # "Musterhausens Bürgermeister"
    if key:
        return key
    owner = _possessive(view, role.start)
    if owner:  # "Musterau' Landrätin", "Xlands Minister": of that place, '' when the release does not know it
        return locator.possessive(owner, role.office)
    if name.start >= role.end:  # "Sprecherin Erika Beispiel vom Landesamt für …"
        key = locator.after(view, name.end)
        if not key and role.office.families and name.end + 1 < len(view) and view.lowers[name.end] == "aus":
            key = locator.possessive(view.texts[name.end + 1], role.office)  # "Bürgermeister Max Muster aus X"
        if key:
            return key
    if role.start > 0 and role.office.families:  # "der Musterhausener Bürgermeister" → Stadt Musterhausen
        key = locator.of_adjective(view, role.start - 1, role.office.families)
        colleague = _office_at(view.texts[role.start - 2]) if role.start > 2 and view.texts[role.start - 1] == "," \
            else None
        if not key and colleague and colleague[0].colleague:  # "Seine Musterhausener Amtskollegin, Landrätin X"
            key = locator.of_adjective(view, role.start - 3, role.office.families)
        if key:
            return key
    if role.office.families:  # "Landrätin Erika Beispiel (Musterkreis)"
        key = locator.in_parentheses(view, name.end, role.office.families)
        if key or locator.unknown_in_parentheses(view, name.end, role.office.families):
            return key
    if role.office.families and (_is_head(role.office.role) or all(
            family_of(kind) in PLACE_FAMILIES for kind in role.office.families)):  # an office of a town or district
        key = locator.heads(role.office.families) or locator.nearby(view, role.start, role.office.families,
                                                                    _rank_in_list(view, role, name))
        if key or locator.other_place(view, role.start):
            return key
    if role.office.families:  # "Die Generalversammlung der X eG … Neuer Vorstand ist Max Muster": the X
        key = locator.nearby_of_kind(view, role.start, role.office.families) or _of_office_kind(locator, role.office)
        if key or not _leads(role.office.role):
            return key
    if not role.office.families and role.mention:  # "Vorsitzende": of the organisation the passage is about
        key = locator.nearby_subject(view, role.start, name)
        if key:
            return key
    return locator.subject() if role.mention or role.office.families else ""  # "Leiter": of the release's subject


# --- the search ---------------------------------------------------------------------------------

@dataclass
class Found:
    name: Name
    role: RoleSpan | None = None
    former: bool = False  # "Erika Beispiel, bislang Leiterin …": yields to an office she is appointed to
    echo: bool = False  # an office passed on ("Sie folgt auf Max Muster"): not written at the name
    aside: bool = False  # "Max Muster, der zugleich Verbandsvorsteher ist": second to an office named at the name
    taken: bool = False  # an office the person succeeds to ("… wählte Erika Beispiel zu seiner Nachfolgerin")
    board: RoleSpan | None = None  # a register entry's board ("Vorstand: Muster, Anna, Ort, Vorsitzende"): its
    # organisation is the office's


def _people_around_roles(view: DocView, roles: list[RoleSpan], claimed: set[int]) -> list[Found]:
    found = []
    listed: set[int] = set()  # ends of the holders' own titles in a list under a plural office: aside
    for role in roles:
        name = name_after(view, role.end, claimed)
        if name is None and role.office.plural and role.end + 1 < len(view) and view.texts[role.end] in _LIST_OPENERS:
            name = name_after(view, role.end + 1, claimed)  # "die beiden Landräte, Max Muster (A) und …", "– Max …"
        if name is None and role.start > 0:
            prev, prev_lower = view.texts[role.start - 1], view.lowers[role.start - 1]
            phrase = _role_phrase_before(view, role.start)
            if prev == "," and role.end + 1 < len(view) and view.lowers[role.end] in _sets()["copulas"]:
                # "Kassenwart bleibt Max Muster, neuer Sportwart ist Erika Beispiel": the name after the copula
                name = name_after(view, role.end + 1, claimed) or name_before(view, role.start - 1, claimed)
            elif prev in (",", "(") or (prev in _DASHES and _list_item_name(view, role.start - 1)):
                name = name_before(view, role.start - 1, claimed)  # "Max Muster, Landrat des …", "Max Muster
                # (Landrat …)", a list's line "👉 Max Muster – Vorsitzender"
                if name is None and role.start > 3 and view.texts[role.start - 3] == "," \
                        and is_name_token(view.texts[role.start - 2]):
                    # a register's board line "Max Muster, Musterau, Vorsitzender;" ("…: Max Muster, Musterau
                    # (Vorsitzender); …"): the name before the seat
                    name = name_before(view, role.start - 3, claimed)
                    name = name if name is not None and (_line_start(view, name.start) or (
                        prev == "(" and view.texts[name.start - 1] in (":", ";"))) else None
                    if name is None and role.start > 6 and view.texts[role.start - 7] in (";", ":"):
                        # "…; Muster, Max, Musterau, stellvertretender Vorsitzender": surname first
                        name = _inverted_name(view, role.start - 6, claimed)
            elif phrase and role.start > phrase and view.texts[role.start - phrase - 1] == ",":
                name = name_before(view, role.start - phrase - 1, claimed)  # "Max Muster, im Hauptberuf Landrat …"
            elif prev_lower in _sets()["role_adverbs"] and role.start > 1 and view.texts[role.start - 2] == ",":
                name = name_before(view, role.start - 2, claimed) or (  # "Erika Beispiel, bislang Leiterin des …",
                    name_before(view, role.start - 3, claimed) if role.start > 3 and view.doc[role.start - 3].is_lower
                    else None)  # "… soll Erika Beispiel rücken, bisher Vorstandsvorsitzende der …"
            elif prev_lower in ("der", "die", "dem", "den") and role.start > 1 and view.texts[role.start - 2] == "," \
                    and not role.office.plural and (prev_lower != "die" or role.office.feminine):  # "Max Muster,
                # der Bürgermeister von X, …" (not "A und B, die Bürgermeister der …"), unless a name follows:
                name = _name_after_genitive(view, role.end, claimed) or name_before(view, role.start - 2, claimed)
                # "Bürgermeister A, der Geschäftsführer der X, B, und …"
            elif prev_lower in _sets()["relative"] | _sets()["also"] or prev.isdigit():  # "Max Muster, der
                k = role.start - 1  # zugleich Landrat ist", "Erika Beispiel, die seit 2017 Geschäftsführerin …"
                while k > 0 and (view.lowers[k] in _sets()["relative"] | _sets()["also"] or view.texts[k].isdigit()):
                    k -= 1
                chain = set(view.lowers[k + 1:role.start])
                name = (name_before(view, k, claimed) or (  # "… soll Erika Beispiel übernehmen, die seit 2017 …"
                    name_before(view, k - 1, claimed) if k > 1 and view.doc[k - 1].pos_ in ("VERB", "AUX") else None)) \
                    if view.texts[k] == "," and chain & _sets()["also"] else None
            elif prev_lower in ("vom", "von", "im", "als", "der", "zum", "zur"):  # "Max Muster vom Vorstand der …",
                # "Max Muster zur Geschäftsführerin bestellen"
                von_der = prev_lower == "der" and role.start > 1 and view.lowers[role.start - 2] == "von"
                k = role.start - 1 - von_der
                if view.texts[k - 1] == ")" and "(" in view.texts[max(k - 6, 0):k - 1]:  # "Max Muster (SPD) zum …"
                    k = max(j for j in range(max(k - 6, 0), k - 1) if view.texts[j] == "(")
                name = name_before(view, k, claimed)
                if name is None and prev_lower in ("zum", "zur") and view.texts[k - 1] == ",":
                    name = _name_before_apposition(view, k - 1, claimed)  # "Max Muster, Landrat des X, zum …"
            elif prev_lower in _POSSESSIVES and role.office.role in _CHAIRS and role.start > 2 \
                    and view.lowers[role.start - 2] == "zu":  # "Der Verwaltungsrat wählte Max Muster zu seinem
                k = role.start - 2  # Vorsitzenden": the chair of that body
                j = k - 1  # "Max Muster, Landrat des X, mit Wirkung zum 1. Mai zu seinem Vorsitzenden"
                while j > k - 10 and j > 0 and view.texts[j] != "," and not view.doc[j].is_sent_start:
                    j -= 1
                name = name_before(view, k, claimed) or (
                    _name_before_apposition(view, j, claimed) if view.texts[j] == "," else None)
                if name is not None:
                    _chair_of_the_sentence_body(view, role)
        before = view.lowers[role.start - 1] if role.start > 0 else ""
        several = role.office.plural or before in _sets()["several"] or (
            before == "die" and not role.office.feminine)  # "die Bürgermeister A (X) und B (Y)"
        if name is None and several and role.end + 1 < len(view) and view.texts[role.end] in _LIST_OPENERS:
            name = name_after(view, _after_office(view, role.end + 1), claimed)  # "beide Verbandsvorsitzenden,
            # Landrat Max Muster für den X und Bürgermeisterin Erika Beispiel für den Y"
        if name is None and _after_copula(view, role.start):  # "Max Muster ist Vorsitzender des X, Erika …"
            name = _name_by_copula(view, role, claimed)
        if name is None:  # "die Landrätin des Kreises X, Erika Beispiel"
            name = _name_after_genitive(view, role.end, claimed, several)
        if name is None:
            name = _name_by_copula(view, role, claimed) or _name_in_apposition(view, role, claimed)
        if name is not None and _chair_of_body_before(view, role):  # "ein Beirat, dessen Vorsitzender X ist"
            _chair_of_the_sentence_body(view, role)
        if name is not None:
            former = role.start > 1 and view.lowers[role.start - 1] in _sets()["role_adverbs"] and name.end < role.start
            aside = name.end < role.start and (any(
                view.lowers[k] in _sets()["also"] and not view.texts[k + 1][:1].isdigit()  # not "seit 2017"
                for k in range(name.end, role.start)) or (
                view.texts[name.end] == "," and any(_titled(view, r, name) for r in roles)))  # "Landrat Max Muster,
            # Vorsitzender des Aufsichtsrats, …": the office at the name first
            found.append(Found(name, role, former, aside=aside or role.end in listed))
            if name.start >= role.end and several:
                more = _more_names(view, name, claimed)
                found += [Found(other, role) for other in more]
                listed |= {_after_office(view, k) for other in (name, *more)
                           for k in range(max(other.start - 3, role.end + 1), other.start)
                           if _after_office(view, k) > k}
            elif name.start >= role.end and view.texts[role.end] == ":":  # "Vorstand: A (Vorsitzende), B"
                listed_from = len(found) - 1  # the name just found, then the entries after it
                found += [Found(more, role) for more in _more_names(view, name, claimed)
                          if _is_first_name((more.full or view.texts[more.start]).split()[0])]
                for entry in found[listed_from:]:  # "Vorstand: Muster, Anna, Musterau, Vorsitzende; …"
                    office = _entry_office(view, roles, entry.name)
                    if office is not None:
                        entry.role, entry.board = office, role
    return found


_DASHES = ("–", "—")
_LIST_OPENERS = (",", *_DASHES)  # "Beide Landräte – Max Muster für den X und Erika Beispiel für den Y –"


def _after_copula(view: DocView, i: int) -> bool:
    """Does a copula stand right before token i, past an article or adjectives ("ist die neue Vorsitzende")?"""
    k = i - 1
    while k > 0 and i - k < 4 and view.doc[k].is_lower and view.lowers[k] not in _sets()["copulas"]:
        k -= 1
    return k >= 0 and view.lowers[k] in _sets()["copulas"]


def _list_item_name(view: DocView, dash: int) -> bool:
    """Does a line open with a name (past a bullet) right before the dash at token ``dash`` ("👉 Max Muster –")?"""
    k = dash - 1
    while k > 0 and is_name_token(view.texts[k]):
        k -= 1
    return k < dash - 1 and (_line_start(view, k + 1) or (not view.texts[k].isalnum() and _line_start(view, k)))


def _titled(view: DocView, role: RoleSpan, name: Name) -> bool:
    """Is the office written right before the name, academic titles and honorifics between?"""
    between = view.texts[role.end:name.start]
    return role.end <= name.start and len(between) <= 2 and all(
        t in _sets()["titles"] or t in _sets()["honorifics"] for t in between)


def _as_office(view: DocView, role: RoleSpan, name: Name) -> bool:
    """Is the office written right after the name and "als" ("gewählt wurden A als Stellvertreter und Nike Reiter
    als Schatzmeisterin"), or after its seat as in a register ("Nike Reiter, Musterau (Vorsitzende)"): a name,
    whatever its words are otherwise?"""
    return (name.end + 1 == role.start and view.lowers[name.end] == "als") or (
        name.end + 3 == role.start and view.texts[name.end] == "," and view.texts[role.start - 1] in ("(", ","))


def _chairs_of_listed_bodies(view: DocView, found: list[Found]) -> list[Found]:
    """A chair in parentheses after a name listed under a body ("Vorstand: Erika Beispiel (Vorsitzende),
    Max Muster") chairs that body: the compound title ("Vorstandsvorsitzende") instead of both offices."""
    n = len(view)
    listed = {(f.name.start, f.name.end): f for f in found if f.role is not None and f.role.end < n
              and view.texts[f.role.end] == ":"}
    out, dropped = [], set()
    for f in found:
        label = listed.get((f.name.start, f.name.end))
        if label is None or f.role is None or f.role.office.role not in _CHAIRS or f.role.start != f.name.end + 1 \
                or view.texts[f.name.end] != "(":
            out.append(f)
            continue
        compound = offices().get(f"{label.role.office.role}s{f.role.office.role.lower()}")
        if compound is None:
            out.append(f)
            continue
        out.append(replace(f, role=replace(f.role, role=compound.role, office=compound)))
        dropped.add(id(label))
    return [f for f in out if id(f) not in dropped]


def _board_members(view: DocView, found: list[Found], claimed: set[int]) -> list[Found]:
    """The members listed after a board's make-up ("Der Vorstand bestand aus Max Muster (Vorsitzender) und
    Erika Beispiel"): the board's office for each member named without one; a chair in parentheses chairs
    the board ("Vorsitzender des Vorstands")."""
    verbs = frozenset(knowledge().names["composition_verbs"])
    out = []
    for i, lower in enumerate(view.lowers):
        if lower not in verbs:
            continue
        first, end = _sentence_of(view, i)
        k = next((k for k in range(i + 1, min(i + 6, end)) if view.lowers[k] == "aus"), None)
        board = next((t for t in range(i - 1, first - 1, -1) if _board_chaired(view.texts[t])), None)
        title = _office_at(view.texts[board]) if board is not None else None
        name = name_after(view, k + 1, claimed) if k is not None else None
        if board is None or title is None or name is None:
            continue
        span = RoleSpan(board, board + 1, title[0].role, title[0])
        for member in (name, *_more_names(view, name, claimed)):
            own = [f.role for f in found if f.role is not None and f.role.start == member.end + 1
                   and (f.name.start, f.name.end) == (member.start, member.end)]
            for role in own:
                if role.office.role in _CHAIRS and not role.body:
                    _chair_of_the_sentence_body(view, role)
            if not own:
                out.append(Found(member, span))
    return out


_POSSESSIVES = frozenset({"seinem", "seiner", "ihrem", "ihrer"})


def _chair_of_body_before(view: DocView, role: RoleSpan) -> bool:
    """Is the office a chair naming no body of its own that refers back to the council or board named last
    before it in the sentence, the pronoun in its gender ("ein Beirat zur Seite, dessen Vorsitzender …",
    "Die Stadtverordnetenversammlung tagte unter Leitung ihrer Vorsitzenden …")?"""
    k = role.start
    if role.office.role not in _CHAIRS or role.body or k < 3 or view.lowers[role.end:role.end + 1] in (["des"],
                                                                                                     ["der"]):
        return False
    pronoun = view.lowers[k - 1]
    if not ((pronoun in _sets()["back"] and view.texts[k - 2] == ",") or pronoun in _possessive_determiners()):
        return False
    first = _sentence_of(view, k)[0]
    board = next((b for t in range(k - 2, first - 1, -1) if (b := _board_chaired(view.texts[t]))), "")
    return bool(board) and pronoun.startswith(("deren", "ihr")) == _feminine_noun(board)


@cache
def _possessive_determiners() -> frozenset[str]:
    return frozenset(knowledge().names["possessive_determiners"])


def _feminine_noun(noun: str) -> bool:
    """A feminine noun by its ending ("Versammlung", "Bürgerschaft", "Fraktion", "Kammer")?"""
    return noun.endswith(("ung", "schaft", "ion", "e"))


def _chair_of_the_sentence_body(view: DocView, role: RoleSpan) -> None:
    """A chair elected "zu seinem Vorsitzenden" chairs the body named last before it in the sentence
    ("Der Verwaltungsrat wählte …" → "Vorsitzender des Verwaltungsrats"): the role span says so (unchanged
    when no body is named)."""
    first = _sentence_of(view, role.start)[0]
    t = next((t for t in range(role.start - 1, first - 1, -1) if _board_chaired(view.texts[t])), None)
    if t is None:
        return
    nominative = _board_chaired(view.texts[t])
    body = f" der {nominative}" if _feminine_noun(nominative) else \
        f" des {nominative}{'es' if nominative.endswith(('s', 'ß')) else 's'}"
    compound = offices().get(f"{nominative}s{role.office.role.lower()}")
    if compound is not None:
        role.office = replace(role.office, families=compound.families, fallback=compound.fallback)
    elif not role.office.families and knowledge().bodies.get(view.texts[t], ("", ""))[1]:  # of the body's owner
        role.office = replace(role.office, families=(knowledge().bodies[view.texts[t]][1],))
    role.role, role.body = role.role + body, body


def _role_phrase_before(view: DocView, i: int) -> int:
    """The number of words of a phrase of ``names.toml`` role_phrases right before token i ("im Hauptberuf"); 0."""
    for phrase in _sets()["role_phrases"]:
        if i >= len(phrase) and tuple(view.lowers[i - len(phrase):i]) == phrase:
            return len(phrase)
    return 0


def _name_before_apposition(view: DocView, comma: int, claimed: set[int]) -> Name | None:
    """The name before an apposition holding an office that closes with the comma at token ``comma``
    ("Max Muster, Landrat des Landkreises X, zum Verbandsvorsteher gewählt"); None when there is none."""
    first = _sentence_of(view, comma)[0]
    for j in range(comma - 2, max(comma - 15, first), -1):
        if view.texts[j] == ",":
            if any(_office_at(view.texts[t]) is not None for t in range(j + 1, comma)):
                return name_before(view, j, claimed)
            return None
    return None


def _name_in_apposition(view: DocView, role: RoleSpan, claimed: set[int]) -> Name | None:
    """The name set off by commas after an office with its article: "die Ministerin des Innern, Dr. Erika
    Beispiel, sagte", also after a further office of the holder in between ("dessen Verbandsvorsitzender,
    der Bürgermeister der Stadt X, Max Muster, …", "die Verbandsvorsitzende, Bürgermeisterin Erika Beispiel
    (X)"); None when the text is otherwise."""
    n = len(view)
    if role.start < 1 or view.lowers[role.start - 1] not in ("der", "die", "den", "dem", *_sets()["back"]) \
            or role.end + 2 >= n or view.texts[role.end] != ",":
        return None
    if view.lowers[role.end + 1] in ("der", "die"):
        office_end = _after_office(view, role.end + 2)
        return _name_after_genitive(view, office_end, claimed) if office_end > role.end + 2 else None
    start = _after_office(view, role.end + 1)  # "die Verbandsvorsitzende, Bürgermeisterin Erika Beispiel (X)"
    name = name_after(view, start, claimed)
    ends = ("," if start == role.end + 1 else ",(.")
    return name if name is not None and name.end < n and view.texts[name.end] in ends else None


def _name_by_copula(view: DocView, role: RoleSpan, claimed: set[int]) -> Name | None:
    """The holder named across a copula or a label colon: "Vorsitzende ist Erika Beispiel",
    "Geschäftsführer der Beispiel GmbH wird Max Muster", "Vorsitzende: Erika Beispiel", "Erika Beispiel
    ist die neue Vorsitzende"; None when the text is otherwise."""
    sets = _sets()
    n = len(view)
    j = role.end
    k = j + 1
    while k < n and k - j < 4 and view.doc[k].is_lower:  # "des neu gebildeten Verbands"
        k += 1
    if k < n and view.lowers[j] in ("des", "der") and (k in claimed or view.texts[k] in knowledge().bodies or (
            k > j + 1 and view.doc[k].pos_ == "NOUN")):  # the organisation or body, in the genitive
        j = k + 1
        while j < n and (j in claimed or view.texts[j] in ("(", ")")):
            j += 1
    after_role = j == role.end
    if after_role and j < n and view.lowers[j] == "nach" and ":" in view.texts[j + 1:j + 5]:
        j = view.texts.index(":", j)  # the law the board is named by: "Vorstand nach § 26 BGB: Muster, Anna, …"
    named_post = role.start > 1 and view.lowers[role.start - 2] in sets["post_nouns"] and view.lowers[
        role.start - 1] in ("des", "der")  # "Das Amt des Kassenwarts übernimmt Haie Muster"
    if j + 1 < n and (view.lowers[j] in sets["copulas"] or (view.texts[j] == ":" and after_role)
                      or (named_post and after_role and view.lowers[j] in sets["takeover"])):
        start = _past_line_breaks(view, j + 1)  # a register's board listed on the lines below "Vorstand:"
        name = name_after(view, start, claimed) or (_inverted_name(view, start, claimed) if view.texts[j] == ":"
                                                    else None)
        if name is not None:
            return name
        if view.lowers[j] in sets["copulas"]:  # "Vorsitzender ist Oberbürgermeister Max Muster", "… wird zum
            gap = _after_gap(view, j + 1)  # 1. April auch Max Muster", "… wird der bisherige Leiter des X, Max Muster"
            name = name_after(view, gap, claimed) or (_name_after_genitive(view, gap, claimed) if gap > j + 1 else None)
            if name is not None and (name.title or _is_first_name(view.texts[name.start])):
                return name
    i = role.start - 1  # "Max Muster ist die neue Vorsitzende", "Max Muster, bisher X, wird im Mai Leiter"
    while i > 1 and role.start - i <= 6 and view.lowers[i] not in sets["copulas"] and not view.doc[i].is_punct \
            and i not in claimed:
        i -= 1
    if i > 1 and view.lowers[i] in sets["copulas"]:
        inverted = name_after(view, i + 1, claimed)  # "Seit dem 1. April ist Erika Beispiel unsere Geschäftsführerin"
        if inverted is not None and inverted.end < role.start and all(
                view.doc[k].is_lower for k in range(inverted.end, role.start)):
            return inverted
        if view.texts[i - 1] == ")" and "(" in view.texts[max(i - 6, 0):i - 1]:  # "Max Muster (ABC) wird Landrat"
            return name_before(view, max(j for j in range(max(i - 6, 0), i - 1) if view.texts[j] == "("), claimed)
        if view.texts[i - 1] != ",":
            return name_before(view, i, claimed)
        first = _sentence_of(view, i)[0]  # "Max Muster, der heute die X führt, wird Vorstand", "Max Muster, zuvor
        opening = next((c for c in range(i - 3, first, -1) if view.texts[c] == "," and view.lowers[c + 1] in
                        sets["relative"] | sets["role_adverbs"]), None)  # Leiter der X, wird Vorstand": before it
        return name_before(view, i - 1, claimed) or (name_before(view, opening, claimed) if opening else None)
    return None


def _after_gap(view: DocView, k: int) -> int:
    """The token after a short gap of lower-case words, numbers and months ("zum 1. April auch") and the
    holder's own office ("der Landrat"), where a holder's name may start."""
    n = len(view)
    start = k
    while k < n and k - start < 6 and view.lowers[k] not in ("und", "oder") and (
            view.doc[k].is_lower or view.texts[k][:1].isdigit() or view.lowers[k] in resources.month_numbers()
            or (k > start and view.doc[k - 1].is_lower and view.doc[k].pos_ == "NOUN"  # "seit demselben Tag"
                and _office_at(view.texts[k]) is None and not _is_first_name(view.texts[k]))):
        k += 1
    while k < n and view.lowers[k] in qualifiers():
        k += 1
    return k + 1 if k < n and _office_at(view.texts[k]) is not None else k


def _more_names(view: DocView, name: Name, claimed: set[int]) -> list[Name]:
    """Further names listed after one: "die beiden Geschäftsführer Max Muster und Erika Beispiel", "…, Landrat
    Max Muster für den X und Bürgermeisterin Erika Beispiel für den Y"."""
    out = []
    while True:
        end = name.end
        if end < len(view) and view.texts[end] == "(" and ")" in view.texts[end:end + 8]:  # "Max Muster (A)"
            end = view.texts.index(")", end) + 1
        elif end + 1 < len(view) and view.lowers[end] in ("für", "vom", "von") and end + 1 < len(view):
            k = end + 1 + (view.lowers[end + 1] in ("den", "die", "das", "dem", "der"))
            if k in claimed:  # "für den X"
                while k in claimed:
                    k += 1
                end = k
        entry_end = _register_entry_end(view, end)
        if entry_end is not None:  # "Vorstand: A, Musterdorf, *12.03.1968; B, …": a register's entries
            end = entry_end
        elif end + 1 >= len(view) or view.lowers[end] not in (",", "und", "sowie"):
            break
        start = _past_line_breaks(view, end + 1) if entry_end is not None else end + 1  # an entry a line
        name = name_after(view, _after_office(view, start), claimed) or (
            _inverted_name(view, start, claimed) if entry_end is not None else None)
        if name is None:
            break
        out.append(name)
    return out


def _past_line_breaks(view: DocView, k: int) -> int:
    """The first token from ``k`` on that is no line break, nor a list's number opening a line ("1. Muster, …")."""
    while k < len(view) and view.texts[k].isspace():
        k += 1
    if k + 1 < len(view) and (_numbered_line(view, k) or (k and view.texts[k - 1] == ":"
                                                          and _LIST_NUMBER.fullmatch(view.texts[k]))):
        k += 1
    return k


_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def _numbered_line(view: DocView, k: int) -> bool:
    """Does token k number a list's line ("2." opening a line)?"""
    if k >= len(view) or not _LIST_NUMBER.fullmatch(view.texts[k]):
        return False
    return k == 0 or "\n" in view.doc.text[view.doc[k - 1].idx:view.doc[k].idx]  # a line break token or space before


def _inverted_name(view: DocView, i: int, claimed: set[int]) -> Name | None:
    """A register's name, surname first ("Geschäftsführer: Muster, Max, Musterstadt, *12.03.1968"): the
    surname, a comma and a known first name, closing the entry or followed by its place; a first name the list
    does not know when the entry's place and a birthday or an office follow ("Muster, Reemt, Ort, Vorsitzender")."""
    texts = view.texts
    if i + 2 >= len(texts) or texts[i + 1] != "," or not _person_token(view, i, claimed) \
            or (i + 3 < len(texts) and texts[i + 3] not in (",", ";", ".")):
        return None
    if not _is_first_name(texts[i + 2]) and not (_person_token(view, i + 2, claimed) and _entry_tail(view, i + 3)):
        return None
    return Name(i, i + 3, full=f"{texts[i + 2]} {texts[i]}")


def _entry_tail(view: DocView, k: int) -> bool:
    """A register entry's place and then a birthday or an office from token ``k`` on (", Ort, *12.03.1968",
    ", Ort, stellvertretende Vorsitzende", ", Ort (Vorsitzende)")."""
    texts = view.texts
    return k + 3 < len(texts) and texts[k] == "," and texts[k + 1][:1].isupper() and texts[k + 2] in (",", "(") \
        and (texts[k + 3].startswith("*") or texts[k + 3] == "geb." or _after_office(view, k + 3) > k + 3)


def _register_entry_end(view: DocView, k: int) -> int | None:
    """The ";" closing a register entry's tail after a name: its place and a birthday or an office
    (", Musterdorf, *12.03.1968;", ", Musterdorf, stellvertretende Vorsitzende;"), or only its place before an
    entry surname first; None for none."""
    texts = view.texts
    if k + 1 >= len(texts) or texts[k] != "," \
            or not (texts[k + 1][:1].isupper() or _LIST_NUMBER.fullmatch(texts[k + 1])):
        return None  # (a rank before the office: "…, 2. Vorsitzender;")
    for j in range(k + 1, min(len(texts) - 1, k + 10)):
        if texts[j] == ";" or _numbered_line(view, j + 1):
            # (or the line break before the next numbered entry: "1. Muster, Anna, Ort, *11.02.1979 (Vorsitzende)")
            tail = range(k + 1, j)
            if any(texts[t].startswith("*") or _office_at(texts[t]) is not None for t in tail):
                return j
            # only the place, the next entry surname first: "Vorstand: Muster, Anna, Musterau; Beispiel, Max, …"
            return j if j == k + 2 and j + 3 < len(texts) and texts[j + 2] == "," and _is_first_name(texts[j + 3]) \
                else None
    return None


def _entry_office(view: DocView, roles: list[RoleSpan], name: Name) -> RoleSpan | None:
    """A register entry's own office, after its holder's name and place ("Muster, Anna, Musterau,
    stellvertretende Vorsitzende;", "Muster, Anna, Musterau (Vorsitzende);"), None for none."""
    k = name.end
    bracketed = k + 4 < len(view) and view.texts[k] == "(" and view.texts[k + 2] == ")" and view.texts[k + 3] == ","
    if (not bracketed and (k + 3 >= len(view) or view.texts[k] != "," or view.texts[k + 2] not in (",", "("))) \
            or _office_at(view.texts[k + 1]):
        return None
    k += 4 if bracketed else 3  # the place in brackets: "Anna Muster (Musterau), 1. Vorsitzende;"
    if view.texts[k - 1] == "," and view.texts[k].startswith("*") and "(" in view.texts[k:k + 4]:
        k = view.texts.index("(", k) + 1  # past the birthday: "Muster, Anna, Ort, *11.02.1979 (Vorsitzende)"
    first = k
    while k < len(view) and view.lowers[k] in qualifiers():
        k += 1
    return next((role for role in roles if first <= role.start <= k and role.end < len(view)
                 and view.texts[role.end] in (";", ".", ")")), None)


def _after_office(view: DocView, k: int) -> int:
    """The token after an office title (with its qualifiers) starting at token k; k when none does."""
    j = k
    while j < len(view) and view.lowers[j] in qualifiers():
        j += 1
    return j + 1 if j < len(view) and _office_at(view.texts[j]) is not None else k


def _held_before(view: DocView, found: Found) -> bool:
    """An office the person held before, a past adverb before it ("Erika Beispiel, zuvor Vorständin der X")."""
    role = found.role
    return found.former and role is not None and role.start > 0 and view.lowers[role.start - 1] in _sets()["past"]


def _chained_roles(view: DocView, roles: list[RoleSpan], found: list[Found], claimed: set[int]) -> list[Found]:
    """A further office in a person's apposition: "Erika Beispiel, Bürgermeisterin der Stadt X und seit
    2011 Verbandsvorsteherin des Zweckverbands Y" — only organisation names, link words, "und",
    adverbs and numbers between the two offices."""
    sets = _sets()
    taken = {id(f.role) for f in found if f.role is not None}
    by_end = {f.role.end: f for f in found if f.role is not None and f.name.end <= f.role.start}
    glue = LINK_WORDS | sets["also"] | sets["role_adverbs"] | {"und", "sowie", ",", "(", ")"}
    out = []
    for role in roles:
        if id(role) in taken:
            continue
        k = role.start
        while k > 0 and k not in by_end and (k - 1 in claimed or view.lowers[k - 1] in glue
                                              or view.texts[k - 1].isdigit()):
            k -= 1
        previous = by_end.get(k)
        between = view.texts[k:role.start]
        if previous is not None and "und" in between and not any("\n" in t for t in between):
            out.append(Found(previous.name, role, previous.former))  # "bisher Prokuristin und Leiterin …"
    return out


def _name_after_genitive(view: DocView, end: int, claimed: set[int], several: bool = False) -> Name | None:
    """The name after an office, its organisation in the genitive (or after "von") and a comma: "die
    Landrätin des Musterkreises, Erika Beispiel", "die Schulleiterin des Gymnasiums, Erika Beispiel"; with
    ``several`` holders the first of a list ("die beiden Geschäftsführer von Beispiel-IT, Max Muster und
    Erika Beispiel"); None when the text is otherwise."""
    n = len(view)
    k = knowledge()
    if end >= n or view.lowers[end] not in ("des", "der", "von", "vom") or end + 1 >= n or (
            end + 1 not in claimed and view.texts[end + 1] not in k.bodies
            and view.texts[end + 1] not in k.type_words):
        return None
    i = end + 2
    while i < n and (i in claimed or view.texts[i] in ("(", ")")):  # "… (ABC)"
        i += 1
    if i + 1 >= n or view.texts[i] != ",":
        return None
    j = i + 1
    while j < n and view.lowers[j] in qualifiers():
        j += 1
    if j < n and _office_at(view.texts[j]) is not None:  # "…, Stadträtin Erika Beispiel": her office too
        i = j
    name = name_after(view, i + 1, claimed)
    if name is None or (not several and name.end < n and view.lowers[name.end] in ("und", "sowie", "oder")):
        return None  # a list of names, no apposition
    return name


def _people_from_cues(view: DocView, claimed: set[int]) -> list[Found]:
    """Names after speech words ("so Max Muster"), occupations ("die Biologin Anna Muster") or salutations
    ("Lieber Max Muster") and names with a known first name."""
    sets = _sets()
    speech, first = sets["speech"], sets["first"]
    n = len(view)
    found = []
    for i, (text, lower) in enumerate(zip(view.texts, view.lowers, strict=True)):
        if i + 1 < n and (lower in speech or _occupation(text) or (
                text in sets["salutations"] and view.doc[i + 1].pos_ == "PROPN")):  # not "liebe Kollegin X"
            name = name_after(view, i + 1, claimed)
            if name is not None:
                found.append(Found(name))
        elif i not in claimed and (text in first or (text.split("-")[0] in first and "-" in text)):
            name = name_after(view, i, claimed)
            if name is not None and name.start == i and not (view.doc[name.end - 1].pos_ == "NOUN" and _common_noun(
                    view, view.texts[name.end - 1])):  # not "des Nils Entwicklungen"
                found.append(Found(name))
    return found


AUTHOR = Office("Autor", (), False)


def _people_from_bylines(view: DocView, claimed: set[int], roles: list[RoleSpan]) -> list[Found]:
    """A line "Von Max Muster" (or "Text: Max Muster", or "…, 06:00 Uhr Von Max Muster") names the
    author; so does a line of only a name with a known first name in the second half of the release,
    unless a line of only an office follows: a signature ("Max Muster / Verbandsvorsteher")."""
    texts = view.texts
    n = len(texts)
    line_roles = {r.start: r for r in roles if r.end == n or "\n" in texts[r.end]}
    role_lines = {r.start: r for r in roles if _line_start(view, r.start)}  # "Bürgermeister der Gemeinde X"
    openers = frozenset(knowledge().names["signature_openers"])
    determiners = frozenset(knowledge().names["possessive_determiners"]) | {"der", "die"}
    heading = {r.end: r for r in line_roles.values() if r.end < n and _line_start(view, r.start - (
        r.start > 0 and view.lowers[r.start - 1] in determiners))}  # a line of only an office: "Ihre Landrätin"
    found = []
    separators = _sets()["separators"]
    interviewer = {tuple(line.split()) for line in knowledge().names["interviewer_lines"]}
    for i, text in enumerate(texts):
        line_start = i == 0 or "\n" in texts[i - 1]
        labelled = i + 1 < n and texts[i + 1] == ":"
        if text in _sets()["byline"] and (line_start or text[0].isupper() or texts[i - 1] in separators):
            name = name_after(view, i + 1 + labelled, claimed)
            if labelled and name is not None and name.end < n and texts[name.end] == ",":
                found.append(_authored(name, i))  # "Text: Max Muster, Pressestelle"
                continue
        elif (line_start or texts[i - 1] in (".", "!", "?", ",", *separators)) \
                and tuple(view.lowers[i:i + 3]) in interviewer:
            # "Das Gespräch führte Max Muster." closing a sentence ("Musterblatt, 20.11.2025 · Das Gespräch führte
            # …", "Das waren die Nachrichten, am Mikrofon war Max Muster.")
            name = name_after(view, i + 3, claimed)
            end = name.end + (name.end < n and texts[name.end] == ".") if name is not None else 0
            if name is not None and (end == n or "\n" in texts[end] or texts[end - 1] == "."):
                found.append(_authored(name, i))
            continue
        elif line_start and 2 * i > n and first_name_gender(text, guess=True) is not None \
                and (name := name_after(view, i, claimed)) is not None and _signed_with_place(view, i, name):
            found.append(_authored(name, i))  # a reader's letter's "Max Muster, Musterau"
            continue
        elif line_start and 2 * i > n and i - 1 in heading:  # "Der Vorstand" / "Max Muster · Erika Beispiel"
            signers = _names_in_line(view, i, claimed)
            found += [Found(name, heading[i - 1]) for name in signers]
            continue
        elif (line_start or (i > 0 and view.lowers[i - 1] in openers and _line_start(view, i - 1))) and 2 * i > n \
                and (i == 0 or texts[i - 1] not in _sets()["titles"]) \
                and first_name_gender(texts[first := _after_titles(view, i)]) is not None:  # "Max Muster", "Ihr
            name = name_after(view, i, claimed)  # Max Muster", "Dr. Max Muster" closing the text
            name = name if name is not None and name.start == first else None
            signed = role_lines.get(name.end + 1) if name is not None and name.end + 1 < n else None
            if signed is not None and "\n" in texts[name.end]:
                found.append(Found(name, signed))
                continue
            if not line_start:  # "Ihr Max Muster" without an office below: the letter's writer, named elsewhere
                continue
        else:
            continue
        if name is not None and (name.end == n or "\n" in texts[name.end] or texts[name.end] in separators or (
                line_start and view.lowers[name.end] in ("am", "in"))):  # "von Max Muster in Vereinsleben"
            found.append(_authored(name, i))
    return found


def _authored(name: Name, i: int) -> Found:
    """The release's author, named by the byline word or line at token i (no office title in the text)."""
    return Found(name, RoleSpan(i, i + 1, "Autor", AUTHOR, mention=False))


def _signed_with_place(view: DocView, i: int, name: Name) -> bool:
    """Is the name at token i a paragraph of its own with only a place after a comma ("Max Muster, Musterau"
    closing a reader's letter)?"""
    texts, n = view.texts, len(view)
    k = name.end + 1
    while k < n and texts[k][:1].isupper():  # "Bad Musterau"
        k += 1
    return texts[name.end:name.end + 1] == [","] and k > name.end + 1 and (i == 0 or "\n\n" in texts[i - 1]) \
        and (k == n or "\n\n" in texts[k])


def _after_titles(view: DocView, i: int) -> int:
    """The first token from i on that is no academic title ("Dr. Max" → "Max")."""
    while i + 1 < len(view) and view.texts[i] in _sets()["titles"]:
        i += 1
    return i


def _line_start(view: DocView, i: int) -> bool:
    return i == 0 or "\n" in view.texts[i - 1]


def _names_in_line(view: DocView, i: int, claimed: set[int]) -> list[Name]:
    """The names that make up the line starting at token i ("Dr. Max Muster · Erika Beispiel"); none when
    the line holds anything else."""
    names: list[Name] = []
    k = i
    while (name := name_after(view, k, claimed)) is not None:
        names.append(name)
        if name.end == len(view) or "\n" in view.texts[name.end]:
            return names
        if view.texts[name.end] not in _sets()["separators"] | {",", "und"}:
            break
        k = name.end + 1
    return []


def _roles_of_the_sentence(view: DocView, roles: list[RoleSpan], found: list[Found], claimed: set[int],
                           surnames: dict[str, str] | None = None) -> list[Found]:
    """An office named without a person next to it in an appointment ("zum Geschäftsführer hat der
    Aufsichtsrat Max Muster bestellt", "…, der als Leiter beginnt", "die Stelle des technischen Leiters")
    belongs to the person a relative clause holding it refers to, else to the one person of the sentence
    who has no office there; a post taken over ("übernimmt die Leitung des X", its organisation named right
    after it) to one the release gives none."""
    sets = _sets()
    taken = {id(f.role) for f in found if f.role is not None}
    held = {_name_text(view, f.name) for f in found if f.role is not None and f.role.mention and not f.former}
    lowers, texts = view.lowers, view.texts
    out = []
    for role in roles:
        if id(role) in taken or role.start < 1:
            continue
        prev = lowers[role.start - 1]
        first, end = _sentence_of(view, role.start)
        if not role.office.post and prev not in sets["appointment"] and not (
                prev in ("des", "der") and role.start > 1 and texts[role.start - 2] in sets["positions"]):
            continue
        in_sentence = [f for f in found if first <= f.name.start < end]
        with_office = {_name_text(view, f.name) for f in in_sentence if f.role is not None and not f.former}
        people = {_name_text(view, f.name): f.name for f in in_sentence}
        named = {t for f in in_sentence for t in range(f.name.start, f.name.end)}
        for t in range(first, end):  # "ernannte Muster zum Ehrenvorsitzenden": the Max Muster of the release
            if surnames and texts[t] in surnames and t not in claimed and t not in named:
                people.setdefault(surnames[texts[t]], Name(t, t + 1, full=surnames[texts[t]]))
        if role.office.post:  # its organisation named right after it, or by its kind ("des gemeinsamen
            genitive = role.end + 1 < len(view) and lowers[role.end] in ("des", "der")
            if not ((genitive and (role.end + 1 in claimed or _kind_named(view, role.end + 1)  # Rechenzentrums")
                                  or texts[role.end + 1] in knowledge().bodies))  # "den Vorsitz des Aufsichtsrats"
                    or (not genitive and role.office.families)):  # "übernimmt Erika Beispiel die Geschäftsführung."
                continue
            with_office |= held
        free = [name for text, name in people.items() if text not in with_office]
        holder = _relative_holder(view, role.start, first, list(people.values()))
        if holder is not None:  # "Max Muster, der dem Beirat als Vorsitzender angehört": his, if he has no other
            if _name_text(view, holder) not in with_office:
                out.append(Found(holder, role))
        elif role.office.plural:  # "zu Geschäftsführern wurden Max Muster und Erika Beispiel bestellt"
            out += [Found(name, role) for name in free]
        elif len(free) == 1 and _may_hold(view, free[0], role):
            out.append(Found(free[0], role))
        elif not people and prev in sets["appointment"]:
            name = _name_before_participle(view, role.end, end, claimed) or _referred_to(view, first, end, found)
            if name is not None:
                out.append(Found(name, role))
    return out


def _referred_to(view: DocView, first: int, end: int, found: list[Found]) -> Name | None:
    """The person a personal pronoun of the sentence between tokens first and end refers to: the one named
    last before it in its paragraph, of the pronoun's gender ("Geführt wird die Anstalt von Erika Beispiel.
    Der Verwaltungsrat hatte sie zum Vorstand berufen."); None when there is none."""
    pronouns = knowledge().names["person_pronouns"]
    gender = next((pronouns[w] for w in view.lowers[first:end] if w in pronouns), None)
    return _named_last_before(view, first, found, gender == "f") if gender is not None else None


def _named_last_before(view: DocView, first: int, found: list[Found], feminine: bool) -> Name | None:
    """The person named last before token first in its paragraph, when of the given gender; else None."""
    before = [f.name for f in found if f.name.end <= first and not f.name.full]
    if not before:
        return None
    name = max(before, key=lambda n: n.start)
    if "\n" in view.text[view.ends[name.end - 1]:view.starts[first]]:  # another paragraph
        return None
    return name if first_name_gender(view.texts[name.start], guess=True) == feminine else None


def _described_holders(view: DocView, roles: list[RoleSpan], found: list[Found], claimed: set[int]) -> list[Found]:
    """An office across a copula from a sentence's subject that describes the person named last before
    instead of naming them ("Neu ist Max Muster. Der Bankkaufmann, der zuvor bei X war, ist neuer Leiter der
    Y", "Die 44-jährige Informatikerin ist seit 2021 stellvertretende Leiterin"), the article in the
    person's gender; none for a sentence that names a person."""
    sets, know = _sets(), knowledge()
    taken = {id(f.role) for f in found if f.role is not None}
    out = []
    for role in roles:
        first, end = _sentence_of(view, role.start)
        article = view.lowers[first]
        if id(role) in taken or not role.mention or article not in ("der", "die") \
                or any(first <= f.name.start < end for f in found):
            continue
        k = first + 1
        while k < role.start and view.doc[k].is_lower:  # "die 44-jährige Informatikerin"
            k += 1
        noun = view.texts[k]
        if k >= role.start or view.doc[k].pos_ != "NOUN" or k in claimed or _office_at(noun) is not None \
                or noun in know.type_words or noun in know.bodies:
            continue
        j = k + 1
        if view.texts[j] == "," and j + 1 < role.start and view.lowers[j + 1] in sets["relative"]:
            j = next((c + 1 for c in range(j + 1, role.start) if view.texts[c] == ","), role.start)  # its clause
        if j >= role.start or view.lowers[j] not in sets["copulas"] or not all(
                view.doc[t].is_lower or view.texts[t][:1].isdigit() for t in range(j + 1, role.start)):
            continue
        name = _named_last_before(view, first, found, article == "die")
        if name is not None:
            out.append(Found(name, role))
    return out


def _kind_named(view: DocView, k: int) -> bool:
    """Does a kind of organisation follow at token k, after lower-case attributes ("gemeinsamen
    Rechenzentrums", "neuen Gesellschaft")?"""
    start = k
    while k < len(view) and k - start < 3 and view.doc[k].is_lower:
        k += 1
    return k < len(view) and view.texts[k] in knowledge().type_words


def _name_before_participle(view: DocView, start: int, end: int, claimed: set[int]) -> Name | None:
    """The name right before the participle that closes an appointment ("Zur Geschäftsführerin haben die
    Gesellschafter Erika Beispiel bestellt"), between tokens start and end; None when there is none."""
    participles = frozenset(knowledge().names["appointment_participles"])
    k = next((k for k in range(start, end) if view.lowers[k] in participles), None)
    return name_before(view, k, claimed) if k is not None else None


def _successions(view: DocView, roles: list[RoleSpan], found: list[Found], claimed: set[int],
                 locator: OrgLocator) -> tuple[list[Found], set[int]]:
    """Offices passed on: "Erika Beispiel … zur neuen Vorsitzenden gewählt. Sie folgt auf Max Muster" (or
    "tritt die Nachfolge von Max Muster an") gives Max Muster the office taken, if the release gives him
    none; "… Erika Beispiel zu seiner Nachfolgerin" / "Ihr Nachfolger wird Max Muster" / "Ihre Aufgaben
    übernimmt Max Muster" gives the successor the office of the person named last before; a deputy who
    succeeds ("bislang stellvertretender Kämmerer, zum Nachfolger von …") takes the office deputised for.
    RETURNS (new findings, ids of findings replaced)."""
    names = knowledge().names
    verbs, nouns = frozenset(names["succession_verbs"]), frozenset(names["successor_nouns"])
    possessives, duties = frozenset(names["successor_possessives"]), frozenset(names["duty_nouns"])
    lowers, texts, n = view.lowers, view.texts, len(view)
    holders = {_name_text(view, f.name) for f in found if f.role is not None}
    known = {_name_text(view, f.name) for f in found}
    out: list[Found] = []
    replaced: set[int] = set()
    for i, lower in enumerate(lowers):
        predecessor = successor = None
        first, end = _sentence_of(view, i)
        if lower in verbs:
            k = next((k for k in range(i + 1, min(i + 6, end)) if lowers[k] == "auf"), None)
            predecessor = _known_name_at(view, k + 1, claimed, known) if k is not None else None
        elif texts[i] in nouns and i + 2 < n and lowers[i + 1] == "von":
            predecessor = _known_name_at(view, i + 2, claimed, known)
        elif (texts[i] in nouns or (texts[i] in duties and any(w in _sets()["takeover"] for w in lowers[i:end]))) \
                and i - 1 == first and lowers[i - 1] in possessives:  # "Ihr Nachfolger wird X", "Ihre Aufgaben
            after = [f for f in found if i < f.name.start < end]  # übernimmt X"
            successor = min(after, key=lambda f: f.name.start).name if after else None
        elif texts[i] in nouns and i > 1 and lowers[i - 1] in possessives and lowers[i - 2] in ("zu", "zum", "zur"):
            in_sentence = [f for f in found if first <= f.name.start < end and f.name.end <= i] or \
                [f for f in found if i < f.name.start < end]  # "X zu seiner Nachfolgerin" / "Zu ihrem Nachfolger … X"
            pick = min(in_sentence, key=lambda f: abs(f.name.start - i)) if in_sentence else None
            if pick is not None and not any(f.former for f in found if _name_text(view, f.name) == _name_text(
                    view, pick.name)):  # "…, bislang IT-Leiterin der Stadt X, zu seiner Nachfolgerin": her office
                successor = pick.name
        if predecessor is None and successor is None:
            continue
        deputy = next((r for r in roles if first <= r.start < end and _is_deputy_before(view, r)), None)
        if successor is not None:
            mine = [f for f in found if _name_text(view, f.name) == _name_text(view, successor)]
            if deputy is not None:
                replaced |= {id(f) for f in mine if f.role is deputy}
                out.append(Found(successor, _principal(view, deputy, successor), echo=True, taken=True))
                continue
            earlier = [f for f in found if f.role is not None and f.role.mention and f.role.end <= first
                       and locator.paragraph_start(f.role.start) == locator.paragraph_start(first)
                       and _name_text(view, f.name) != _name_text(view, successor)]
            if earlier:
                last = max(earlier, key=lambda f: f.role.start)
                out.append(Found(successor, _gendered(view, last.role, successor), echo=True, taken=True))
            continue
        text = _name_text(view, predecessor)
        if text in holders:
            continue
        taken = [r for r in roles if r.start < i and locator.paragraph_start(r.start) == locator.paragraph_start(i)
                 and _appointed(view, r)]
        if taken:
            out.append(Found(predecessor, _gendered(view, max(taken, key=lambda r: r.start), predecessor), echo=True))
        elif deputy is not None:
            out.append(Found(predecessor, _principal(view, deputy, predecessor), echo=True))
            for f in found:
                if f.role is deputy:
                    replaced.add(id(f))
                    out.append(Found(f.name, _principal(view, deputy, f.name), echo=True))
        holders.add(text)
    return out, replaced


def _known_name_at(view: DocView, i: int, claimed: set[int], known: set[str]) -> Name | None:
    """The name of a person the release names at token i or, after a word the rules do not know as an
    office ("auf Altbürgermeister Max Muster"), at the next token; None when neither is one."""
    for j in (i, i + 1):
        name = name_after(view, j, claimed)
        if name is not None and (_name_text(view, name) in known or _is_first_name(view.texts[name.start])):
            return name
    return None


def _appointed(view: DocView, role: RoleSpan) -> bool:
    """Is the office one taken up ("zur neuen Vorsitzenden gewählt", "als Geschäftsführer", "übernimmt die
    Leitung")?"""
    return (role.start > 0 and view.lowers[role.start - 1] in _sets()["appointment"]) or role.office.post \
        or any(w.startswith("neue") for w in view.lowers[role.start:role.end])


def _is_deputy_before(view: DocView, role: RoleSpan) -> bool:
    """A deputy's office held until now ("bislang stellvertretender Kreisbrandmeister", "den bisherigen
    stellvertretenden Kämmerer")?"""
    before = view.lowers[role.start - 1] if role.start else ""
    return any(w.startswith("stellv") for w in view.lowers[role.start:role.end]) \
        and (before in _sets()["role_adverbs"] or before.startswith("bisherig"))


def _principal(view: DocView, deputy: RoleSpan, name: Name) -> RoleSpan:
    """The office a deputy deputises for, in the person's gender ("stellvertretender Kämmerer" → "Kämmerer")."""
    k = next(k for k in range(deputy.start, deputy.end) if _office_at(view.texts[k]) is not None)
    span = RoleSpan(k, deputy.end, _role_text(view, k, k, deputy.office), deputy.office, deputy.org_prefix)
    return _gendered(view, span, name)


def _gendered(view: DocView, role: RoleSpan, name: Name) -> RoleSpan:
    """An office passed on, in the gender of its new holder ("Verbandsvorsteherin" → "Verbandsvorsteher")."""
    k = next((k for k in range(role.start, role.end) if _office_at(view.texts[k]) is not None), role.end - 1)
    female = first_name_gender(view.texts[name.start], guess=True)
    office = role.office
    if female is not None:
        other = _other_gender().get(office.role)
        if other is not None:
            title = other if office.role.endswith("e") != female else office.role
        elif female:
            title = office.role if office.role in _sets()["neutral"] else _female_forms().get(office.role, office.role)
        else:
            title = _male_forms().get(office.role, office.role)
        office = replace(office, role=title, feminine=title.endswith(("in", "e")))
    return RoleSpan(role.start, role.end, _role_text(view, role.start, k, office) + role.body, office,
                    role.org_prefix, body=role.body)


@cache
def _male_forms() -> dict[str, str]:
    """Female roles → their masculine form ("Geschäftsführerin" → "Geschäftsführer")."""
    return {female: male for male, female in _female_forms().items()}


def _surnames(view: DocView, found: list[Found]) -> dict[str, str]:
    """Surname → full name of the people the release names in full, for surnames only one of them has."""
    owners: dict[str, set[str]] = {}
    for f in found:
        if f.name.end - f.name.start >= 2 and not f.name.full:
            owners.setdefault(view.texts[f.name.end - 1], set()).add(_name_text(view, f.name))
    return {surname: next(iter(full)) for surname, full in owners.items() if len(full) == 1}


def _titled_surnames(view: DocView, roles: list[RoleSpan], found: list[Found], surnames: dict[str, str]) -> list[Found]:
    """An office right before the surname alone of a person the release names in full ("Ministerin Muster")."""
    taken = {id(f.role) for f in found if f.role is not None}
    named = {t for f in found for t in range(f.name.start, f.name.end)}
    return [Found(Name(r.end, r.end + 1, full=surnames[view.texts[r.end]]), r) for r in roles
            if id(r) not in taken and r.end < len(view) and view.texts[r.end] in surnames and r.end not in named
            and not (r.end + 1 < len(view) and _person_token(view, r.end + 1, set()))]


def _apposed_surnames(view: DocView, roles: list[RoleSpan], found: list[Found],
                      surnames: dict[str, str]) -> list[Found]:
    """An office in apposition after the surname alone of a person the release names in full ("Muster, bisher
    Kämmerer der Stadt X, soll …")."""
    taken = {id(f.role) for f in found if f.role is not None}
    named = {t for f in found for t in range(f.name.start, f.name.end)}
    out = []
    for r in roles:
        k = r.start - 1
        former = k > 1 and view.lowers[k] in _sets()["role_adverbs"]
        k -= former
        if id(r) in taken or k < 1 or view.texts[k] != "," or view.texts[k - 1] not in surnames or k - 1 in named \
                or (k > 1 and _person_token(view, k - 2, set())):
            continue
        out.append(Found(Name(k - 1, k, full=surnames[view.texts[k - 1]]), r, former))
    return out


def _planned(view: DocView, role: RoleSpan) -> bool:
    """Does the sentence of the office only plan it ("soll", "vorgesehen": events.toml's words of a plan)?"""
    first, end = _sentence_of(view, role.start)
    return any(_planned_words().search(view.lowers[t]) for t in range(first, end))


@cache
def _planned_words() -> re.Pattern[str]:
    return re.compile("|".join(resources.toml("events.toml")["modality"]["planned"]))


def _relative_holder(view: DocView, i: int, first: int, names: list[Name]) -> Name | None:
    """The person a relative clause holding token i refers to ("Max Muster, der dem Beirat als Vorsitzender
    angehört"): the name right before the clause's comma; None when the clause is no relative one."""
    k = i - 1
    while k > first and view.texts[k] != ",":
        k -= 1
    if k <= first or view.lowers[k + 1] not in _sets()["relative"]:
        return None
    return next((name for name in names if name.end == k), None)


def _may_hold(view: DocView, name: Name, role: RoleSpan) -> bool:
    """Can the person hold the office by its gender ("Geschäftsführerin" is no office of a Max)?"""
    feminine = first_name_gender(view.texts[name.start])
    return feminine is None or role.office.plural or role.office.post or role.office.role in _other_gender() \
        or feminine == role.office.feminine


def _sentence_of(view: DocView, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i."""
    starts = view.sentence_starts
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(view)


def _is_first_name(text: str) -> bool:
    """A known first name (first_names.txt, or one of known gender), also hyphenated ("Hans-Peter")."""
    genders = resources.first_name_genders()
    return any(part in _sets()["first"] or part in genders for part in (text, text.split("-")[0]))


def _people_from_model(view: DocView, claimed: set[int]) -> list[Found]:
    """PER entities of the model of two to four name words that start with a known first name or
    are all proper nouns by the tagger (one word alone is too often no person)."""
    found = []
    for ent in view.ents:
        if ent.label not in ("PER", "PERSON"):
            continue
        start, end = ent.start, ent.end
        titles = _sets()["titles"]
        while start < end and view.texts[start] in titles:
            start += 1
        while end - start > 2 and (ends_in_common_noun(view, view.texts[start]) or _occupation(view.texts[start])) \
                and not _is_first_name(view.texts[start]):
            start += 1  # an occupation before the name: "Jugendpfleger Jostein Muster"
        if 2 <= end - start <= 4 and (_is_first_name(view.texts[start]) or _all_proper(view, start, end)) and \
                all(_person_token(view, t, claimed) or _is_particle(view, t) for t in range(start, end)):
            _, title = _title_before(view, start)
            found.append(Found(Name(start, end, title)))
    return found


def _names_listed_before(view: DocView, found: list[Found], claimed: set[int]) -> list[Found]:
    """Names listed before a name found ("Den Vorstand bilden Zilla Muster und Erika Beispiel"): two name words
    the model missed, the first with a first name's ending (first_name_endings.tsv), neither a word its dictionary
    knows nor an office, are a person too."""
    known = {(f.name.start, f.name.end) for f in found}
    out = []
    for first in sorted({f.name.start for f in found}):
        start = first  # the start of the list so far, walking back name by name
        while start > 2 and view.lowers[start - 1] in ("und", "sowie", ","):
            name = name_before(view, start - 1, claimed)
            words = view.texts[name.start:name.end] if name is not None else []
            if name is None or (name.start, name.end) in known or len(words) != 2 \
                    or first_name_gender(words[0], guess=True) is None \
                    or any(w in offices() or w in _not_person_words() or _common_noun(view, w) for w in words):
                break
            known.add((name.start, name.end))
            out.append(Found(name))
            start = name.start
    return out


def _all_proper(view: DocView, start: int, end: int) -> bool:
    """Every word a proper noun by the tagger, none an office title, a common or furniture word, the first no word
    the model's dictionary knows ("Radio X", "Kollegin X", "Studio X")."""
    doc = view.doc
    words = view.texts[start:end]
    return doc.has_annotation("POS") and all(t.pos_ in ("PROPN", "X") for t in doc[start:end]) \
        and not any(w in offices() or w in _not_person_words() for w in words) and not _common_noun(view, words[0])


@cache
def _not_person_words() -> frozenset[str]:
    names = knowledge().names
    return frozenset(names["not_names"]) | frozenset(names.get("not_person_words", ()))


def _widest_names(found: list[Found]) -> list[Found]:
    """A name found inside a longer one ("Quirin Muster" in "Hans Quirin Muster") is the longer one."""
    spans = sorted({(f.name.start, f.name.end) for f in found}, key=lambda s: s[0] - s[1])
    if len(spans) < 2:
        return found
    names = {(f.name.start, f.name.end): f.name for f in found}
    out = []
    for f in found:
        wider = next((s for s in spans if s[0] <= f.name.start and f.name.end <= s[1]
                      and s != (f.name.start, f.name.end)), None)
        out.append(replace(f, name=names[wider]) if wider else f)
    return out


def _name_text(view: DocView, name: Name) -> str:
    return name.full or " ".join(view.texts[name.start:name.end])


def find_people(doc: Doc, sentences, orgs: list[OrgRecord],
                org_mentions: list[Mention]) -> tuple[list[PersonRecord], list[Mention]]:
    """Person records (with roles) and PER/ROLE mentions (key = PersonRecord.key)."""
    view = view_of(doc)
    claimed = _org_claimed(org_mentions, view)
    roles = find_roles(doc, frozenset(o.name.split()[0] for o in orgs if o.name and not o.parent_key))
    claimed |= {i for r in roles for i in range(r.start, r.end)}
    locator = OrgLocator(view, orgs, org_mentions)
    found = _people_around_roles(view, roles, claimed) + _people_from_bylines(view, claimed, roles)
    found += _people_from_cues(view, claimed) + _people_from_model(view, claimed)
    found += _names_listed_before(view, found, claimed)
    found += _chained_roles(view, roles, found, claimed)
    found = _chairs_of_listed_bodies(view, found)
    found += _board_members(view, found, claimed)
    surnames = _surnames(view, found)
    short = _titled_surnames(view, roles, found, surnames)
    found += _apposed_surnames(view, roles, found, surnames)
    appointed = _roles_of_the_sentence(view, roles, found, claimed, surnames)
    appointed += _described_holders(view, roles, found + appointed, claimed)
    succeeded, replaced = _successions(view, roles, found + appointed, claimed, locator)
    appointed += succeeded
    new_office = {_name_text(view, f.name) for f in appointed if f.role is None or not _planned(view, f.role)}
    held_now = {_name_text(view, f.name) for f in found + appointed if f.role is not None and not f.former}
    found = [f for f in found if not (f.former and _name_text(view, f.name) in new_office)
             and not (_held_before(view, f) and _name_text(view, f.name) in held_now)
             and id(f) not in replaced] + appointed
    named_by_title = {f.name.full for f in short}  # "Verbandsvorsteher Zipfel" later: "Reinwald Zipfel" is a name
    found = [replace(f, role=in_gender(view, f.role, f.name)) if f.role and not f.echo else f
             for f in _widest_names(found)  # right after an office, two words are a name ("Landrat Okke Fischer")
             if (f.role is not None and (_titled(view, f.role, f.name) or _as_office(view, f.role, f.name)))
             or not _phrase_not_name(view, f.name)
             or _name_text(view, f.name) in named_by_title]
    locator.guessing = None  # first the heads the release links to their town explicitly
    for f in found:
        if f.role is not None and _is_head(f.role.role):
            key = link_role(view, f.board or f.role, locator, f.name)
            if key:
                locator.headed.setdefault(key, _name_text(view, f.name))
                locator.head_titles.setdefault(key, _head_title(f.role.role))
    people: dict[str, PersonRecord] = {}
    asides: set[tuple[str, str, str]] = set()  # (person key, role, org key)
    written: Counter[tuple[str, str]] = Counter()  # (person key, role): how often written at the name
    taken_up: set[tuple[str, str, str]] = set()  # (person key, role, org key) of offices the person is appointed to
    mentions: list[Mention] = []
    for f in found:
        text = _name_text(view, f.name)
        key = "per:" + norm(text)
        person = people.setdefault(key, PersonRecord(key=key, name=text))
        person.title = person.title or f.name.title
        if f.role is not None:
            start_char, end_char = view.starts[f.role.start], view.ends[f.role.end - 1]
            if f.role.mention and not f.echo:
                mentions.append(Mention(sentences(start_char), start_char, end_char,
                                        view.text[start_char:end_char], "ROLE", key))
            locator.guessing = text if _is_head(f.role.role) else ""
            locator.title = _head_title(f.role.role)
            record = RoleRecord(f.role.role, link_role(view, f.board or f.role, locator, f.name))
            if locator.guessing and record.org_key:
                locator.headed.setdefault(record.org_key, text)
                locator.head_titles.setdefault(record.org_key, locator.title)
            if record not in person.roles and (record.org_key or not f.echo):  # an office passed on: with its
                person.roles.append(record)  # organisation only
            planned = f.role.mention and not f.echo and _appointed(view, f.role) and _planned(view, f.role)
            if f.aside or planned:  # "Als Vorstand ist Max Muster vorgesehen, derzeit Leiter …": still the Leiter
                asides.add((key, record.role, record.org_key))
            written[key, record.role] += f.role.mention and not f.echo
            if f.taken or (f.role.mention and not f.echo and _appointed(view, f.role) and not planned):
                taken_up.add((key, record.role, record.org_key))
    shorter: Counter[tuple[str, str, str, str]] = Counter()  # (person key, short title, full title, org key)
    for f in short:  # "Ministerin Muster" beside "Digitalministerin Erika Muster": the same office, said shorter
        person = people.get("per:" + norm(f.name.full))
        if person is None:  # the full name was dropped above (a phrase, not a name; an office given up)
            continue
        title = in_gender(view, f.role, f.name).role
        full = next((r for r in person.roles if r.role.lower().endswith(title.lower())), None)
        if full is not None:
            shorter[person.key, title, full.role, full.org_key] += 1
    for (key, title, full_title, org_key), count in shorter.items():
        written[key, title] += count
        if written[key, title] > written[key, full_title] and RoleRecord(title, org_key) not in people[key].roles:
            people[key].roles.append(RoleRecord(title, org_key))  # the form written most often
    for person in people.values():
        person.roles = _main_roles(person.roles, locator, {(r, o) for k, r, o in asides if k == person.key},
                                   {(r, o) for k, r, o in taken_up if k == person.key},
                                   Counter({r: c for (k, r), c in written.items() if k == person.key}))
        mentions += _name_mentions(view, person, sentences)
        person.n_mentions = sum(1 for m in mentions if m.key == person.key and m.label == "PER")
    mentions += _unlinked_people(view, mentions, org_mentions, sentences)
    return list(people.values()), sorted(mentions, key=lambda m: (m.start, m.end, m.label))


def _main_roles(roles: list[RoleRecord], locator: OrgLocator, asides: set[tuple[str, str]],
                taken_up: set[tuple[str, str]], written: Counter[str]) -> list[RoleRecord]:
    """A release names a person by one office: one with an organisation before one without; one written at
    the name before one mentioned aside ("Landrat Max Muster, der zugleich Verbandsvorsteher ist"); one the
    person is appointed to ("zur Verbandsvorsteherin gewählt"); of one title, the first organisation linked; the one
    written most often; an office in an organisation of its own (Zweckverband, company, faction) before the town or
    district the person also serves."""
    linked = [r for r in roles if r.org_key]
    linked = [r for r in linked if (r.role, r.org_key) not in asides] or linked
    linked = [r for r in linked if (r.role, r.org_key) in taken_up] or linked
    first: dict[str, RoleRecord] = {}
    for r in linked:  # one office of a title, at one organisation: the first the release links it to
        first.setdefault(r.role, r)
    linked = [r for r in linked if first[r.role] is r]
    most = max((written[r.role] for r in linked), default=0)
    linked = [r for r in linked if written[r.role] == most]
    roles = linked or roles
    own = [r for r in linked if r.org_key in locator.orgs
           and family_of(locator.orgs[r.org_key].org_type) not in PLACE_FAMILIES]
    return own if own and len(own) < len(roles) else roles


def link_run_wide(results: Iterable[Any]) -> None:
    """An office the release names without its organisation ("Bürgermeister Max Muster") belongs, once the
    run's names are matched in the release ("Musterdorf" where another release says "Gemeinde Musterdorf"),
    to the organisation of its kind named by the place in parentheses after the holder's name or in a
    possessive before the office ("Max Muster (Musterdorf)", "Musterdorfs Bürgermeister"), else to the
    one organisation of its kind the release names (a town or district has one head); an office of a
    town, district or association the release still does not name is no role (only half known)."""
    for result in results:
        people = result.people
        if all(r.org_key for p in people for r in p.roles):
            continue
        text = result.clean.text
        for person in people:
            roles = []
            places = _places_named(text, result.mentions, person.key)
            for role in person.roles:
                office = offices().get(role.role.split()[-1])
                if role.org_key or office is None or not office.families:
                    roles.append(role)
                    continue
                headed = {r.org_key for p in people if p is not person for r in p.roles if _is_head(r.role)} \
                    if _is_head(role.role) else set()  # a town has one head, but many officers
                kinds = [o for o in result.organisations if o.key not in headed and holds_office(o, office.families)]
                named = [o for o in kinds if any(n.split()[-1] in places for n in (o.name, *o.aliases) if n)]
                if not named and _place_in_parentheses(text, result.mentions, person.key):
                    kinds = []  # "Bürgermeisterin X (Musterdorf)", a town no organisation stands for: not the one
                    # town the release names
                near = _named_before(text, result.mentions, person.key, {o.key for o in kinds})
                if len(named or kinds) == 1:
                    roles.append(RoleRecord(role.role, (named or kinds)[0].key))
                elif near:  # "Musterdorf kam erst im April dazu. Bürgermeister Max Muster …"
                    roles.append(RoleRecord(role.role, near))
                elif not _NAMED_KINDS.isdisjoint((*office.families, *office.fallback)):
                    roles.append(role)
            person.roles[:] = roles


_IN_PARENTHESES = re.compile(r"\s*\(([A-ZÄÖÜ][\w-]+)\)")
_POSSESSIVE = re.compile(r"([A-ZÄÖÜ][\w-]+?)(?:s|['’])\s*$")


def _places_named(text: str, mentions: list[Mention], key: str) -> set[str]:
    """Places named in parentheses after the person's name or in a possessive before the office."""
    out = set()
    for m in mentions:
        if m.key == key and m.label in ("PER", "ROLE"):
            found = _IN_PARENTHESES.match(text, m.end) if m.label == "PER" else \
                _POSSESSIVE.search(text, max(0, m.start - 40), m.start)
            if found:
                out.add(found.group(1))
    return out


def _place_in_parentheses(text: str, mentions: list[Mention], key: str) -> bool:
    """Is a place (the model's, not a party: "(Heimatliste)") named in parentheses after the person's name?"""
    places = {m.start for m in mentions if m.label == "LOC"}
    return any((found := _IN_PARENTHESES.match(text, m.end)) and found.start(1) in places
               for m in mentions if m.key == key and m.label == "PER")


def _named_before(text: str, mentions: list[Mention], key: str, kinds: set[str]) -> str:
    """The organisation of one of the ``kinds`` named last before the person's first office, in its sentence
    or the one before and in its paragraph; '' when none is."""
    office = next((m for m in mentions if m.key == key and m.label == "ROLE"), None)
    if office is None:
        return ""
    before = [m for m in mentions if m.label == "ORG" and m.key in kinds and m.end <= office.start
              and m.sent_idx >= office.sent_idx - 1 and "\n\n" not in text[m.end:office.start]]
    return max(before, key=lambda m: m.end).key if before else ""


_NAMED_KINDS = frozenset({"Land", "Freistaat", "Sonstige", "Landtag", "Bundestag"})  # kinds an office may leave
# unnamed ("Landesministerin", "der Abgeordneten X")


def _unlinked_people(view: DocView, mentions: list[Mention], org_mentions: list[Mention],
                     sentences) -> list[Mention]:
    """The model's PER spans no rule made a person of, as PER mentions without a person record
    (mentions.csv keeps what the model saw; people.csv only the people the rules vouch for)."""
    taken = [(m.start, m.end) for m in (*mentions, *org_mentions) if m.label in ("PER", "ORG") and m.key]
    out = []
    for ent in view.ents:
        if ent.label not in ("PER", "PERSON"):
            continue
        start, end = view.starts[ent.start], view.ends[ent.end - 1]
        if not any(s < end and start < e for s, e in taken):
            out.append(Mention(sentences(start), start, end, view.text[start:end], "PER", ""))
    return out


_HEADS = ("bürgermeister",)


def _leads(role: str) -> bool:
    """An office that leads an organisation of any kind (Geschäftsführer, Vorstand, Direktor, Leiter):
    with no organisation of its usual kind in the release, it leads the one the release is about."""
    return role.lower().startswith(("geschäftsführ", "vorstand", "vorständin", "direktor", "leiter", "präsident"))


def _head_title(role: str) -> str:
    """The title of a head office in either gender ("Erste Bürgermeisterin" → "bürgermeister")."""
    title = role.split()[-1].lower()
    return title[:-2] if title.endswith("in") else title


def _is_head(role: str) -> bool:
    """An office a town has one holder of."""
    low = role.lower()
    return any(h in low for h in _HEADS) and not low.startswith(("alt", "stellv", "vize"))


def _name_mentions(view: DocView, person: PersonRecord, sentences) -> list[Mention]:
    """Every occurrence of the full name (also surname first: "Muster, Max"); the surname alone when it is
    not sentence-initial ("dann lacht Muster")."""
    text = view.text
    out = []
    words = person.name.split()
    inverted = f"{words[-1]}, {' '.join(words[:-1])}"  # a register's "Muster, Max"
    for form in (person.name, inverted) if len(words) > 1 else (person.name,):
        for start, end in find_whole(text, form):
            out.append(Mention(sentences(start), start, end, form, "PER", person.key))
    surname = words[-1]
    if not out or not is_capitalised_text(surname):
        return out
    covered = [(m.start, m.end) for m in out]
    for start, end in find_whole(text, surname):
        if any(s <= start < e for s, e in covered):
            continue
        span = view.token_span(start, end)
        if span is not None and span[1] - span[0] == 1 and not starts_clause(view, span[0]) \
                and not _other_use(view, span[0]):
            out.append(Mention(sentences(start), start, end, surname, "PER", person.key))
    return out


def _other_use(view: DocView, i: int) -> bool:
    """Is the surname word at token i used otherwise: as a common noun after an article ("unter der Regie"),
    or as part of another name ("General Otto Muster" beside a "Max Muster", "die Beispiel Film")?"""
    if i == 0:
        return False
    before = view.doc[i - 1]
    article = before.pos_ == "DET" and not (i > 1 and view.texts[i - 2] == ",")  # not a relative pronoun
    other_name = before.pos_ == "PROPN" and is_capitalised(before.text) and _office_at(before.text) is None \
        and before.text not in _sets()["honorifics"]
    return article or other_name or _is_first_name(before.text)


def _phrase_not_name(view: DocView, name: Name) -> bool:
    """Two words without a known first name that are an adjective and a noun ("Knappe Mehrheit im Stadtrat",
    "Liebe Musterauerinnen"): a phrase, no person."""
    if name.full or name.title or name.end - name.start != 2 or _is_first_name(view.texts[name.start]):
        return False
    first, last = view.doc[name.start], view.doc[name.end - 1]
    return first.pos_ == "ADJ" or _common_noun(view, last.text)


def _common_noun(view: DocView, word: str) -> bool:
    """A word the model's dictionary knows ("Film", "Kanal")."""
    return Doc.has_extension("dictionary_words") and word in view.doc._.dictionary_words


def is_capitalised_text(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.islower() for c in text)


__all__ = ["find_people", "find_roles", "is_capitalised"]
