"""People: names around office titles, quotation attributions and the model's PER entities;
roles linked to the organisations found before.

Forms (language knowledge in ``resources/office_titles.tsv``, ``role_qualifiers.tsv``, ``names.toml``,
``first_names.txt``):

- title before name: "Bürgermeisterin Erika Beispiel", "ABC-Vorstand Max Muster" (→ Vorstand @ ABC);
- apposition: "Max Muster, stellvertretender Landrat des Landkreises Beispiel";
- "Max Muster (Oberbürgermeister der Stadt Beispiel)", "Max Muster vom Vorstand der Beispiel AöR";
- possessive town: "Musterhausens Bürgermeister Max Muster" (→ Stadt Musterhausen);
- attribution: "…“, so Max Muster" / "sagt Max Muster"; a known first name + surname; model PER entities.

A person is at least two capitalised words; academic titles (Dr., Prof.) go to ``title``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from .. import resources
from ..records import Mention, OrgRecord, PersonRecord, RoleRecord
from .organisations import family_of, is_acronym, is_capitalised, is_name_token, knowledge, norm, starts_clause

LINK_WORDS = {"des", "der", "im", "in", "vom", "von", "bei", "beim", "am", "für", "dem", "den", "die", "das"}


@dataclass(frozen=True)
class Office:
    role: str  # nominative, gender kept
    families: tuple[str, ...]  # kinds of organisation the office belongs to
    feminine: bool


@cache
def offices() -> dict[str, Office]:
    """Office-title forms → Office."""
    out = {}
    for row in resources.table("office_titles.tsv"):
        role = row[1]
        out[row[0]] = Office(role, tuple(row[2].split(",")) if len(row) > 2 else (), role.endswith(("in", "e")))
    return out


@cache
def qualifiers() -> dict[str, tuple[str, str]]:
    """Lower-case qualifier form → (masculine, feminine) nominative; empty strings drop the word."""
    return {r[0]: (r[1], r[2]) if len(r) > 2 else ("", "") for r in resources.table("role_qualifiers.tsv")}


@cache
def _sets() -> dict[str, frozenset[str]]:
    names = knowledge().names
    return {"titles": frozenset(names["academic_titles"]), "particles": frozenset(names["name_particles"]),
            "articles": frozenset(names["name_particle_articles"]),
            "speech": frozenset(names["speech_words"]), "first": frozenset(resources.lines("first_names.txt"))}


@dataclass
class RoleSpan:
    start: int  # tokens, qualifier included
    end: int
    role: str
    office: Office
    org_prefix: str = ""  # "ABC" of "ABC-Vorstand"


@dataclass
class Name:
    start: int  # tokens of the name, without title
    end: int
    title: str = ""


# --- tokens -------------------------------------------------------------------------------------

def _person_token(tok: Token, claimed: set[int]) -> bool:
    return tok.i not in claimed and is_name_token(tok) and not is_acronym(tok) and "." not in tok.text


def _office_at(tok: Token) -> tuple[Office, str] | None:
    """The office of a title token, also in "ABC-Vorstand" compounds (→ prefix "ABC")."""
    table = offices()
    if tok.text in table:
        return table[tok.text], ""
    head, sep, tail = tok.text.rpartition("-")
    if sep and head and tail in table:
        return table[tail], head
    return None


# --- roles --------------------------------------------------------------------------------------

def find_roles(doc: Doc) -> list[RoleSpan]:
    """Office-title spans with their qualifiers ("stellvertretender Landrat")."""
    spans = []
    quals = qualifiers()
    for tok in doc:
        found = _office_at(tok)
        if found is None:
            continue
        office, prefix = found
        start, words = tok.i, []
        while start > 0 and doc[start - 1].lower_ in quals:
            masc, fem = quals[doc[start - 1].lower_]
            words.insert(0, fem if office.feminine else masc)
            start -= 1
        role = " ".join([w for w in words if w] + [office.role])
        spans.append(RoleSpan(start, tok.i + 1, role, office, prefix))
    return spans


# --- names --------------------------------------------------------------------------------------

def _title_before(doc: Doc, start: int) -> tuple[int, str]:
    """Academic titles directly before ``start``: (new start, title text)."""
    titles = _sets()["titles"]
    i = start
    while i > 0 and doc[i - 1].text in titles:
        i -= 1
    return i, " ".join(t.text for t in doc[i:start])


def _is_particle(doc: Doc, i: int) -> bool:
    """"von", "zu", and "der"/"den" right after "von"/"van" ("von der Leyen")."""
    sets = _sets()
    lower = doc[i].lower_
    return lower in sets["particles"] or (lower in sets["articles"] and i > 0 and doc[i - 1].lower_ in ("von", "van"))


def name_after(doc: Doc, i: int, claimed: set[int]) -> Name | None:
    """A person's name starting at token i (academic titles first)."""
    sets = _sets()
    j = i
    while j < len(doc) and doc[j].text in sets["titles"]:
        j += 1
    title = " ".join(t.text for t in doc[i:j])
    if j + 1 >= len(doc) or not _person_token(doc[j], claimed):
        return None
    end = j + 1
    while end < len(doc) and _is_particle(doc, end) and end + 1 < len(doc) and doc[end].is_lower:
        end += 1
    if not _person_token(doc[end], claimed):
        return None
    end += 1
    # three words only after a known first name: a second first name, or a third word closing the clause
    if end < len(doc) and _person_token(doc[end], claimed) and doc[j].text in sets["first"] and (
            doc[end - 1].text in sets["first"] or end + 1 == len(doc) or doc[end + 1].is_punct):
        end += 1  # "Hans Peter Muster", "Anna Maria Beispiel."
    return Name(j, end, title)


def name_before(doc: Doc, end: int, claimed: set[int]) -> Name | None:
    """A person's name ending at token ``end`` (exclusive)."""
    sets = _sets()
    if end < 2 or not _person_token(doc[end - 1], claimed):
        return None
    start = end - 1
    while start > 0 and doc[start - 1].is_lower and _is_particle(doc, start - 1):
        start -= 1
    if start == 0 or not _person_token(doc[start - 1], claimed):
        return None
    start -= 1
    if start > 0 and _person_token(doc[start - 1], claimed) and doc[start - 1].text in sets["first"] \
            and doc[start].text in sets["first"]:
        start -= 1
    start_with_title, title = _title_before(doc, start)
    return Name(start, end, title) if start_with_title <= start else None


def _org_claimed(org_mentions: list[Mention], doc: Doc) -> set[int]:
    claimed: set[int] = set()
    for m in org_mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            claimed.update(range(span.start, span.end))
    return claimed


# --- linking roles to organisations -------------------------------------------------------------

class OrgLocator:
    """Organisation mentions by token position, and records by kind."""

    def __init__(self, doc: Doc, orgs: list[OrgRecord], org_mentions: list[Mention]) -> None:
        self.orgs = {o.key: o for o in orgs}
        self.starts: dict[int, str] = {}
        self.ends: dict[int, str] = {}
        for m in org_mentions:
            if m.label != "ORG" or not m.key:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                self.starts.setdefault(span.start, m.key)
                self.ends.setdefault(span.end, m.key)
        self.counts: dict[str, int] = {}
        for m in org_mentions:
            self.counts[m.key] = self.counts.get(m.key, 0) + 1
        self.by_acronym = {o.short_name: o.key for o in orgs if o.short_name}

    def after(self, doc: Doc, end: int) -> str:
        """An organisation named right after a role ("Landrat des Landkreises X", "im Amt X")."""
        i = end
        while i < len(doc) and i - end < 3 and doc[i].lower_ in LINK_WORDS and i not in self.starts:
            i += 1
        return self.starts.get(i, "")

    def of_kind(self, families: tuple[str, ...]) -> str:
        """The organisation of the office's kind when the release has one (the most mentioned)."""
        matches = [o for o in self.orgs.values() if not o.parent_key and
                   (family_of(o.org_type) in families or o.org_type in families)]
        if not matches:
            return ""
        return max(matches, key=lambda o: self.counts.get(o.key, 0)).key


def link_role(doc: Doc, role: RoleSpan, locator: OrgLocator, name: Name) -> str:
    """The organisation key of a role, '' when the release does not say."""
    if role.org_prefix:
        key = locator.by_acronym.get(role.org_prefix) or locator.by_acronym.get(role.org_prefix.split("/")[-1])
        if key:
            return key
    key = locator.after(doc, role.end)
    if key:
        return key
    key = locator.ends.get(role.start, "")  # "Musterhausens Bürgermeister"
    if key:
        return key
    if name.start >= role.end:  # "Sprecherin Erika Beispiel vom Landesamt für …"
        key = locator.after(doc, name.end)
        if key:
            return key
    return locator.of_kind(role.office.families) if role.office.families else ""


# --- the search ---------------------------------------------------------------------------------

@dataclass
class Found:
    name: Name
    role: RoleSpan | None = None


def _people_around_roles(doc: Doc, roles: list[RoleSpan], claimed: set[int]) -> list[Found]:
    found = []
    for role in roles:
        name = name_after(doc, role.end, claimed)
        if name is None and role.start > 0:
            prev = doc[role.start - 1]
            if prev.text in (",", "("):  # "Max Muster, Landrat des …" / "Max Muster (Landrat …)"
                name = name_before(doc, role.start - 1, claimed)
            elif prev.lower_ in ("vom", "von", "im", "als", "der"):  # "Max Muster vom Vorstand der …"
                von_der = prev.lower_ == "der" and role.start > 1 and doc[role.start - 2].lower_ == "von"
                name = name_before(doc, role.start - 1 - von_der, claimed)
        if name is not None:
            found.append(Found(name, role))
    return found


def _people_from_cues(doc: Doc, claimed: set[int]) -> list[Found]:
    """Names after speech words ("so Max Muster") and names with a known first name."""
    sets = _sets()
    found = []
    for tok in doc:
        if tok.lower_ in sets["speech"] and tok.i + 1 < len(doc):
            name = name_after(doc, tok.i + 1, claimed)
            if name is not None:
                found.append(Found(name))
        elif tok.text in sets["first"] and tok.i not in claimed:
            name = name_after(doc, tok.i, claimed)
            if name is not None and name.start == tok.i:
                found.append(Found(name))
    return found


def _is_first_name(text: str) -> bool:
    """A known first name, also hyphenated ("Hans-Peter")."""
    return text in _sets()["first"] or text.split("-")[0] in _sets()["first"]


def _people_from_model(doc: Doc, claimed: set[int]) -> list[Found]:
    """PER entities of the model that start with a known first name (the model alone is too noisy)."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON"):
            continue
        start, end = ent.start, ent.end
        titles = _sets()["titles"]
        while start < end and doc[start].text in titles:
            start += 1
        if end - start >= 2 and _is_first_name(doc[start].text) and \
                all(_person_token(t, claimed) or _is_particle(doc, t.i) for t in doc[start:end]):
            _, title = _title_before(doc, start)
            found.append(Found(Name(start, end, title)))
    return found


def _name_text(doc: Doc, name: Name) -> str:
    return " ".join(t.text for t in doc[name.start:name.end])


def find_people(doc: Doc, sentences, orgs: list[OrgRecord],
                org_mentions: list[Mention]) -> tuple[list[PersonRecord], list[Mention]]:
    """Person records (with roles) and PER/ROLE mentions (key = PersonRecord.key)."""
    claimed = _org_claimed(org_mentions, doc)
    roles = find_roles(doc)
    claimed |= {i for r in roles for i in range(r.start, r.end)}
    locator = OrgLocator(doc, orgs, org_mentions)
    found = _people_around_roles(doc, roles, claimed)
    found += _people_from_cues(doc, claimed) + _people_from_model(doc, claimed)
    people: dict[str, PersonRecord] = {}
    mentions: list[Mention] = []
    doc_text = doc.text  # Doc.text joins all tokens on every access
    for f in found:
        text = _name_text(doc, f.name)
        key = "per:" + norm(text)
        person = people.setdefault(key, PersonRecord(key=key, name=text))
        person.title = person.title or f.name.title
        if f.role is not None:
            span = doc[f.role.start:f.role.end]
            mentions.append(Mention(sentences(span.start_char), span.start_char, span.end_char, span.text,
                                    "ROLE", key))
            record = RoleRecord(f.role.role, link_role(doc, f.role, locator, f.name))
            if record not in person.roles:
                person.roles.append(record)
    for person in people.values():
        person.roles = [r for r in person.roles if r.org_key or not any(
            o.role == r.role and o.org_key for o in person.roles)]
        mentions += _name_mentions(doc, doc_text, person, sentences)
        person.n_mentions = sum(1 for m in mentions if m.key == person.key and m.label == "PER")
    return list(people.values()), sorted(mentions, key=lambda m: (m.start, m.end, m.label))


def _name_mentions(doc: Doc, text: str, person: PersonRecord, sentences) -> list[Mention]:
    """Every occurrence of the full name; the surname alone when it is not sentence-initial
    ("dann lacht Muster")."""
    out = []
    for match in re.finditer(r"(?<![\w-])" + re.escape(person.name) + r"(?![\w-])", text):
        out.append(Mention(sentences(match.start()), match.start(), match.end(), person.name, "PER", person.key))
    surname = person.name.split()[-1]
    if not out or not is_capitalised_text(surname):
        return out
    covered = [(m.start, m.end) for m in out]
    for match in re.finditer(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", text):
        if any(s <= match.start() < e for s, e in covered):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and not starts_clause(span[0]):
            out.append(Mention(sentences(match.start()), match.start(), match.end(), surname, "PER", person.key))
    return out


def is_capitalised_text(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.islower() for c in text)


__all__ = ["find_people", "find_roles", "is_capitalised"]
