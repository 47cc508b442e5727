"""Entity reconciliation: one row per real-world organisation and person across all releases.

Organisations merge when they have the same *merge key*:

- towns, districts, Ämter, Gemeinden: family + place ("Stadt X", "Landeshauptstadt X" and "X" as actor →
  ``Stadt|x``; "Kreis X" and "Landkreis X" → ``Landkreis|x``) — so "Stadt A", "Landkreis A-B" and
  "Amt A-Land" never merge;
- everything else: the name without a leading acronym and without the legal form
  ("ABC Beispielservice AöR", "Beispielservice" → ``beispielservice``);
- besides, two organisations that share an acronym merge when one is known by the acronym only or
  one name extends the other ("Zweckverband Digitale Verwaltung" and "… Verwaltung Moorgeest");
  "Stadtwerke München GmbH" and "Stadtwerke Magdeburg GmbH" (both SWM) stay two.

Ids hash the merge key ("org-" + 10 hex digits; people: "per-" + hash of the name without title), so they
stay the same when new releases are added.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ..knowledge import district_name, family_of, is_acronym, knowledge, norm
from ..records import DocResult, OrgRecord, PersonRecord

PLACE_FAMILIES = ("Stadt", "Landkreis", "Amt", "Gemeinde")


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@cache
def _legal_forms_longest_first() -> tuple[str, ...]:
    return tuple(sorted((" ".join(f[0]) for f in knowledge().legal_forms), key=len, reverse=True))


@cache  # the same names recur in many releases
def _legal_form_suffix(name: str) -> str:
    """The legal form a name ends with ("… AöR" → "AöR"), '' if none."""
    for form in _legal_forms_longest_first():
        if name.endswith(" " + form):
            return form
    return ""


@cache
def _generic_words() -> frozenset[str]:
    """Lower-cased words that name a kind of organisation, not one: type words ("Stadt",
    "Zweckverband", "Stadtverwaltung"), bodies ("Kreistag", "Rat"), org types ("Anstalt",
    "Verwaltung") and one-word legal forms ("GmbH")."""
    k = knowledge()
    words = {*k.type_words, *(t.word for t in k.type_words.values()), *(t.org_type for t in k.type_words.values()),
             *k.bodies, *(b[0] for b in k.bodies.values()), *k.families, *k.families.values(),
             *(" ".join(f[0]) for f in k.legal_forms), *(f[1] for f in k.legal_forms)}
    return frozenset(w.lower() for w in words)


@cache
def is_generic_name(name: str) -> bool:
    """A name that fits any organisation of its kind ("Stadtverwaltung", "der Kreistag",
    "die Stadt", "Verband"): only type words, bodies and articles. Never an alias of one."""
    generic, function_words = _generic_words(), frozenset(knowledge().names.get("function_words", ()))
    words = [w.lower() for w in name.split()]
    while words and words[0] in function_words:
        words = words[1:]
    return bool(name.strip()) and (" ".join(words) in generic or all(w in generic or w in function_words
                                                                     for w in words))


def merge_key(org: OrgRecord) -> str:
    """What an organisation is, independent of how one release names it."""
    words = org.name.split()
    type_word = knowledge().type_words.get(words[0]) if words else None
    family = family_of(org.org_type)
    if type_word is not None and type_word.kind == "place" and family in PLACE_FAMILIES and len(words) > 1:
        return f"{family}|{norm(' '.join(words[1:]))}"
    if family in PLACE_FAMILIES and len(words) == 1 and district_name(words[0]):
        return f"{family}|{norm(words[0])}"  # "Musterbergkreis" is "Landkreis Musterbergkreis"
    if org.short_name and words and words[0] == org.short_name and len(words) > 1:
        words = words[1:]
    name = " ".join(words)
    form = _legal_form_suffix(name)
    return norm(name[: -len(form) - 1] if form else name)


def _inflected(a: str, b: str) -> bool:
    """One name in two cases: "it-verbund x" and "it-verbunds x" (genitive), "kommunale x" and "kommunalen x"."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(_same_word(x, y) for x, y in zip(words_a, words_b, strict=True))


def _same_word(x: str, y: str) -> bool:
    return x == y or y in (x + "s", x + "es", x + "n") or x in (y + "s", y + "es", y + "n")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Org:
    records: list[tuple[str, OrgRecord]] = field(default_factory=list)  # (doc_id, record)


@dataclass
class _Person:
    records: list[tuple[str, PersonRecord]] = field(default_factory=list)


class EntityIndex:
    """Global organisation and person ids for document-local keys."""

    def __init__(self, results: list[DocResult] | None = None) -> None:
        self.ids: dict[tuple[str, str], str] = {}
        self.orgs: dict[str, _Org] = {}
        self.people: dict[str, _Person] = {}
        self.published: dict[str, str] = {}
        self.renamed: dict[str, str] = {}  # org_id → canonical name set by the analyst's overrides
        for result in results or []:
            self.published[result.document.doc_id] = result.clean.published if result.clean else ""
        if results:
            self._merge_orgs(results)
            self._merge_people(results)

    def entity_id(self, doc_id: str, key: str) -> str:
        """Global id (org_id or person_id) of a document-local key; '' if none."""
        return self.ids.get((doc_id, key), "") if key else ""

    # --- organisations ---------------------------------------------------------------------------

    def _merge_orgs(self, results: list[DocResult]) -> None:
        uf = _UnionFind()
        entries = [(r.document.doc_id, o) for r in results for o in r.organisations]
        merge_keys = [merge_key(org) for _, org in entries]  # read twice below
        by_acronym: dict[str, set[str]] = defaultdict(set)
        for (_, org), key in zip(entries, merge_keys, strict=True):
            uf.find(key)
            acronym = org.short_name or (org.name if is_acronym(org.name) else "")  # "ABC" alone is its acronym
            if acronym:
                by_acronym[acronym].add(key)
        by_norm = {norm(acronym): acronym for acronym in by_acronym}
        for key in merge_keys:  # "ABC eG" is known by its acronym only
            if key in by_norm:
                by_acronym[by_norm[key]].add(key)
        for acronym, keys in by_acronym.items():
            ordered = sorted(keys)
            bare = norm(acronym)
            named = [k for k in ordered if k != bare]
            for a in named:
                for b in named:
                    if a < b and (b.startswith(a + " ") or a.startswith(b + " ") or _inflected(a, b)):
                        uf.union(a, b)
            # the acronym alone is ambiguous when two organisations share it (after the forms of one name unite)
            if bare in keys and len({uf.find(k) for k in named}) == 1:
                uf.union(bare, named[0])
        for (doc_id, org), key in zip(entries, merge_keys, strict=True):
            root = uf.find(key)
            org_id = "org-" + _hash(root)
            self.orgs.setdefault(org_id, _Org()).records.append((doc_id, org))
            self.ids[(doc_id, org.key)] = org_id

    def organisation_rows(self) -> list[dict[str, Any]]:
        """Rows of organisations.csv (built once)."""
        return self._organisation_rows

    def people_rows(self) -> list[dict[str, Any]]:
        """Rows of people.csv (built once)."""
        return self._people_rows

    def role_rows(self) -> list[dict[str, Any]]:
        """Rows of roles.csv: one per (person, role, organisation), each with the releases that
        give it. A role is linked to an organisation only by the release that says so: a release
        naming the role without its organisation adds to the row without one, never to another
        release's link (within one release the linked role replaces the bare one)."""
        links: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for person_id, agg in sorted(self.people.items()):
            for doc_id, person in agg.records:
                in_doc = {(role.role, self.entity_id(doc_id, role.org_key)) for role in person.roles}
                for role, org_id in in_doc:
                    if not org_id and any(r == role and o for r, o in in_doc):
                        continue
                    links[(person_id, role, org_id)].add(doc_id)
        names = {row["person_id"]: row["name"] for row in self._people_rows}
        rows = []
        for (person_id, role, org_id), doc_ids in sorted(links.items()):
            dates = sorted(d for d in (self.published.get(doc_id, "") for doc_id in doc_ids) if d)
            rows.append({
                "person_id": person_id,
                "name": names.get(person_id, ""),
                "role": role,
                "org_id": org_id,
                "org_name": self.org_name(org_id) if org_id else "",
                "doc_ids": sorted(doc_ids),
                "first_seen": dates[0] if dates else "",
                "last_seen": dates[-1] if dates else "",
            })
        return rows

    @cached_property
    def _organisation_rows(self) -> list[dict[str, Any]]:
        rows = []
        for org_id, agg in sorted(self.orgs.items()):
            records = [o for _, o in agg.records]
            name = self.renamed.get(org_id) or _canonical_org_name(records)
            types = [o.org_type for o in records if o.name == name] + [o.org_type for o in records]
            org_type = next((t for t in types if t != "Sonstige"), "Sonstige")
            aliases = sorted({a for o in records for a in [o.name, *o.aliases] if not is_generic_name(a)} - {name})
            parents = Counter(self.entity_id(d, o.parent_key) for d, o in agg.records if o.parent_key)
            rows.append({
                "org_id": org_id,
                "name": name,
                "short_name": _most_common(o.short_name for o in records),
                "org_type": org_type,
                "legal_form": _most_common(o.legal_form for o in records),
                "parent_id": _most_common(p for p in parents.elements() if p != org_id),
                "aliases": aliases,
                "n_docs": len({d for d, _ in agg.records}),
                "n_mentions": sum(o.n_mentions for o in records),
            })
        return rows

    def org_name(self, org_id: str) -> str:
        agg = self.orgs.get(org_id)
        return (self.renamed.get(org_id) or _canonical_org_name([o for _, o in agg.records])) if agg else ""

    # --- people ----------------------------------------------------------------------------------

    def _merge_people(self, results: list[DocResult]) -> None:
        for result in results:
            doc_id = result.document.doc_id
            for person in result.people:
                person_id = "per-" + _hash(norm(person.name))
                self.people.setdefault(person_id, _Person()).records.append((doc_id, person))
                self.ids[(doc_id, person.key)] = person_id

    @cached_property
    def _people_rows(self) -> list[dict[str, Any]]:
        rows = []
        for person_id, agg in sorted(self.people.items()):
            roles: dict[str, str] = {}
            for doc_id, person in agg.records:
                for role in person.roles:
                    org_id = self.entity_id(doc_id, role.org_key)
                    label = f"{role.role} @ {self.org_name(org_id)}" if org_id else role.role
                    roles.setdefault(label, org_id)
            for label in [r for r in roles if " @ " not in r]:
                if any(other.startswith(label + " @ ") for other in roles):
                    del roles[label]
            dates = sorted(d for d in (self.published.get(doc_id, "") for doc_id, _ in agg.records) if d)
            docs = {d for d, _ in agg.records}
            rows.append({
                "person_id": person_id,
                "name": Counter(p.name for _, p in agg.records).most_common(1)[0][0],
                "title": _most_common(p.title for _, p in agg.records),
                "roles": sorted(roles),
                "org_ids": sorted({o for o in roles.values() if o}),
                "n_docs": len(docs),
                "first_seen": dates[0] if dates else "",
                "last_seen": dates[-1] if dates else "",
            })
        return rows


def _canonical_org_name(records: list[OrgRecord]) -> str:
    """The most specific full name: highest type-word rank, then with legal form, then the longest."""
    type_words = knowledge().type_words

    def rank(name: str) -> int:
        word = type_words.get(name.split()[0]) if name else None
        return word.rank if word and word.kind == "place" else 0

    found = {o.name for o in records}

    def inflected(name: str) -> bool:  # "IT-Verbunds X" beside "IT-Verbund X": the genitive
        return any(len(other) < len(name) and _inflected(norm(other), norm(name)) for other in found)

    names = sorted(found, key=lambda n: (-rank(n), not _legal_form_suffix(n), inflected(n), -len(n), n))
    return names[0] if names else ""


def _most_common(values) -> str:
    counts = Counter(v for v in values if v)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else ""


def reconcile_entities(results: list[DocResult]) -> EntityIndex:
    return EntityIndex(results)
