"""Entity reconciliation: one row per real-world organisation and person across all releases.

Organisations merge when they have the same *merge key*:

- towns, districts, Ämter, Gemeinden: family + place ("Stadt X", "Landeshauptstadt X" and "X" as actor →
  ``Stadt|x``; "Kreis X" and "Landkreis X" → ``Landkreis|x``) — so "Stadt A", "Landkreis A-B" and
  "Amt A-Land" never merge;
- everything else: the name without a leading acronym and without the legal form
  ("ABC Beispielservice AöR", "Beispielservice" → ``beispielservice``);
- besides, two organisations that share an acronym merge when one is known by the acronym only or
  one name extends the other ("Zweckverband Digitale Verwaltung" and "… Verwaltung Musterland");
  "Stadtwerke München GmbH" and "Stadtwerke Magdeburg GmbH" (both SWM) stay two;
- a one-word name (no acronym) that opens names of companies elsewhere in the run is the one of them
  the run names most ("Musterwerk" → "Musterwerk IT GmbH", not "Musterwerk Schul-IT GmbH").

Ids hash the merge key ("org-" + 10 hex digits; people: "per-" + hash of the name without title), so they
stay the same when new releases are added.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from ..knowledge import PLACE_FAMILIES, carrier_words, district_name, family_of, is_acronym, knowledge, norm
from ..records import DocResult, OrgRecord, PersonRecord, RoleRecord
from .store import Store, pack, unpack

NAMES_REMEMBERED = 20_000  # canonical names kept in memory (built again from the store when forgotten)


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@cache
def _legal_forms_longest_first() -> tuple[str, ...]:
    return tuple(sorted((" ".join(f[0]) for f in knowledge().legal_forms), key=len, reverse=True))


@cache
def _legal_form_types() -> dict[str, str]:
    """A legal form, as written or canonical ("e. V.", "e.V.") → the org type it makes ("Verband")."""
    forms = knowledge().legal_forms
    return {**{canonical: org_type for _, canonical, org_type in forms},
            **{" ".join(tokens): org_type for tokens, _, org_type in forms}}


@lru_cache(maxsize=1 << 12)  # the same names recur in many releases; bounded, so memory stays flat
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


@lru_cache(maxsize=1 << 12)
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
    if type_word is not None and type_word.word in knowledge().names["state_words"] and len(words) > 1:
        return f"Land|{norm(' '.join(words[1:]))}"  # "Freistaat X" is "Land X"
    if family in PLACE_FAMILIES and len(words) == 1 and district_name(words[0]):
        return f"{family}|{norm(words[0])}"  # "Musterbergkreis" is "Landkreis Musterbergkreis"
    if org.short_name and words and words[0] == org.short_name and len(words) > 1:
        words = words[1:]
    expansion = knowledge().names["club_prefix_names"].get(words[0]) if len(words) > 1 else None
    if expansion:  # "TuS Musterau" is "Turn- und Sportverein Musterau e.V."
        words = [*expansion.split(), *words[1:]]
    name = _QUOTES.sub("", " ".join(words))  # "Zweckverband „Leitstelle X“" is "Zweckverband Leitstelle X"
    if family == "Verband":  # a club's founding year is no part of what it is: "SV X 1921 e.V." is "SV X"
        name = _CLUB_YEAR.sub("", name)
    form = _legal_form_suffix(name)
    return norm(name[: -len(form) - 1] if form else name)


_QUOTES = re.compile(r"[„“”\"»«‚‘’]")
_CLUB_YEAR = re.compile(r"(?<=\S)\s+(?:von\s+)?(?:18|19|20)\d\d\b(?=\s|$)")


def _unite_brands(named: Counter[str], not_brands: set[str], uf: UnionFind) -> None:
    """A one-word name that opens the names of companies elsewhere in the run ("Musterwerk" beside
    "Musterwerk IT GmbH" and "Musterwerk Schul-IT GmbH") is the brand of the one the run names most
    (then the shortest): the group's main company."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in named:
        if " " in key and "|" not in key:
            by_first[key.split()[0]].append(key)
    for key in named:
        if " " not in key and "|" not in key and key in by_first and key not in not_brands and not is_generic_name(key):
            uf.union(key, max(sorted(by_first[key]), key=lambda k: (named[k], -len(k))))


def _inflected(a: str, b: str) -> bool:
    """One name in two cases: "it-verbund x" and "it-verbunds x" (genitive), "kommunale x" and "kommunalen x"."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) and all(_same_word(x, y) for x, y in zip(words_a, words_b, strict=True))


def _initials(name: str) -> str:
    """The capitals opening a name's words, its legal form left out ("Musterauer Kommunaler Schadenausgleich
    e.V." → "MKS")."""
    form = _legal_form_suffix(name)
    words = re.split(r"[\s-]+", name[: -len(form) - 1] if form else name)
    return "".join(w[0] for w in words if w[:1].isupper())


def _compound_cut(short: str, long: str) -> bool:
    """One name cut short inside its last compound: "haverloher wohnungsbau" of "haverloher
    wohnungsbaugesellschaft" (only asked of two names sharing an acronym)."""
    words_s, words_l = short.split(), long.split()
    n = len(words_s)
    return 1 < n <= len(words_l) and words_s[:-1] == words_l[:n - 1] and len(words_s[-1]) > 3 \
        and words_l[n - 1].startswith(words_s[-1]) and words_l[n - 1] != words_s[-1]


def _same_word(x: str, y: str) -> bool:
    return x == y or y in (x + "s", x + "es", x + "n") or x in (y + "s", y + "es", y + "n")


_ENDINGS = re.compile(r"(?:es|en|em|er|e|s|n)$")


def _unite_typed(keys: set[str], forms: dict[str, set[str]], types: dict[str, set[str]], uf: UnionFind) -> None:
    """"Zweckverband Gemeinsame Datenzentrale X" is the "Gemeinsame Datenzentrale X" another release names
    without the type word, when that name has a type word of its own (not just a place) and no legal form of
    another type ("Zweckverband Musikschule X" took over from the "Musikschule X e.V."); a carrier is the
    institution it is named after only when that is no legal person of its own ("Zweckverband Musikschule X"
    runs the "Musikschule X", the "Sparkasse X" of the "Zweckverband Sparkasse X" is an Anstalt).
    ``forms``: merge key → the org types of the legal forms its names carry; ``types``: → its records' types."""
    type_words = knowledge().type_words
    carriers = carrier_words()
    for key in keys:
        first, _, rest = key.partition(" ")
        tw = type_words.get(first.capitalize())
        if tw is None or tw.kind == "place" or rest not in keys or len(rest.split()) < 2:
            continue
        if forms.get(rest) and tw.org_type not in forms[rest]:
            continue
        if first in carriers and type_words.get(rest.split()[0].capitalize()) is not None \
                and types.get(rest, set()) - {"Sonstige"}:
            continue  # "Zweckverband Sparkasse X" carries the Sparkasse X
        if any(type_words.get(w.capitalize()) is not None for w in rest.split()):
            uf.union(key, rest)


def _unite_short_forms(keys: set[str], types: dict[str, set[str]], uf: UnionFind) -> None:
    """A name opening with a type word (or a compound of one: "Ruderverein") and cut short before its place
    ("Zweckverband Verkehrsüberwachung" in a radio report, "Zweckverband Verkehrsüberwachung Pregelheide" elsewhere)
    is the one longer name of its type it opens; with two such names ("… Nord", "… Süd") it stays apart. Place
    names ("Stadt X") are left alone."""
    type_words = knowledge().type_words
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if "|" not in key and " " in key:
            by_first[key.split()[0]].append(key)
    for first, group in by_first.items():
        tw = type_words.get(first.capitalize())
        if (tw is None and not _compound_kind(first)) or (tw is not None and tw.kind == "place"):
            continue
        for short in sorted(group, key=lambda k: (-len(k), k)):  # longest first: its own short forms unite first
            longer = {uf.find(k) for k in group if k.startswith(short + " ") and types[k] & types[short]}
            if len(longer) == 1:  # (names of one organisation already united count once)
                uf.union(short, longer.pop())


@cache
def _compound_tails() -> tuple[str, ...]:
    """The lower-case type words a compound may end in (names.toml compound_type_tails, compound_only_tails)."""
    names = knowledge().names
    return tuple(tail.lower() for tail in [*names["compound_type_tails"], *names["compound_only_tails"]])


def _compound_kind(word: str) -> bool:
    """A compound ending in a type word ("ruderverein", "schnakenverband"): it names a kind as a type word does."""
    return word.isalpha() and any(word.endswith(tail) and len(word) > len(tail) + 2 for tail in _compound_tails())


def _unite_inflected(keys: set[str], uf: UnionFind) -> None:
    """One name in several cases is one organisation ("kommunales rechenwerk x", "kommunale
    rechenwerk x", "nordischer pressedienst" and "nordische …", "it-verbunds x"):
    names of several words that differ only in case endings unite. Place keys ("Stadt|x") are left alone."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        if "|" not in key and " " in key:
            groups[" ".join(_ENDINGS.sub("", word) for word in key.split())].append(key)
    for group in groups.values():
        for other in group[1:]:
            uf.union(group[0], other)


class UnionFind:
    """Disjoint sets of keys: ``find`` gives a key's representative, ``union`` joins two sets."""

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


class EntityIndex:
    """Global organisation and person ids for document-local keys, and the rows of the
    reconciled organisations, people and roles. The records stay in a ``Store`` (on disk),
    grouped by entity; in memory only the canonical names asked last (and, while merging, the
    merge keys)."""

    def __init__(self, results: Iterable[DocResult] | None = None, store: Store | None = None) -> None:
        self.store = store or Store()
        self.store.db.executescript("""
            CREATE TABLE ids (doc_id TEXT, key TEXT, id TEXT, PRIMARY KEY (doc_id, key)) WITHOUT ROWID;
            CREATE TABLE orgs (org_id TEXT, seq INTEGER, doc_id TEXT, record BLOB);
            CREATE TABLE people (person_id TEXT, seq INTEGER, doc_id TEXT, published TEXT, record BLOB);
        """)
        self.renamed: dict[str, str] = {}  # org_id → canonical name set by the analyst's overrides
        self._names: dict[str, str] = {}  # org_id → canonical name, for the last ones asked
        self._person_names: dict[str, str] = {}
        self._doc: tuple[str, dict[str, str]] = ("", {})  # the ids of the document asked last
        self._seq = 0  # records stored so far: the next record's place in its entity's list
        if results is not None:
            self._merge(results)
        self.store.db.execute("CREATE INDEX orgs_by_id ON orgs (org_id, seq)")
        self.store.db.execute("CREATE INDEX people_by_id ON people (person_id, seq)")

    def entity_id(self, doc_id: str, key: str) -> str:
        """Global id (org_id or person_id) of a document-local key; '' if none."""
        if not key:
            return ""
        if self._doc[0] != doc_id:
            self._doc = (doc_id, dict(self.store.db.execute("SELECT key, id FROM ids WHERE doc_id = ?", (doc_id,))))
        return self._doc[1].get(key, "")

    def name(self, entity_id: str) -> str:
        """Display name of an id: the organisation's canonical name or the person's name; '' for others."""
        if entity_id.startswith("per-"):
            if entity_id not in self._person_names:
                if len(self._person_names) >= NAMES_REMEMBERED:
                    self._person_names.clear()
                records = self._person_records(entity_id)  # the first record's name if the usual one is empty
                self._person_names[entity_id] = (_person_name(records) or records[0][2].name) if records else ""
            return self._person_names[entity_id]
        return self.org_name(entity_id)

    # --- organisations ---------------------------------------------------------------------------

    def _merge(self, results: Iterable[DocResult]) -> None:
        """Two passes: the merge keys of every organisation record and how they unite, then every
        record stored under its organisation's or person's id."""
        uf = UnionFind()
        keys: dict[tuple[str, str, str], str] = {}  # (name, org_type, short_name) → merge key

        def key_of(org: OrgRecord) -> str:
            found = keys.get((org.name, org.org_type, org.short_name))
            if found is None:
                found = keys[(org.name, org.org_type, org.short_name)] = merge_key(org)
            return found

        by_acronym: dict[str, set[str]] = defaultdict(set)
        by_initials: dict[str, set[str]] = defaultdict(set)  # the capitals of a name's words → its merge keys
        naming: Counter[str] = Counter()  # merge key → records (releases naming it)
        formal: dict[str, set[str]] = defaultdict(set)  # merge keys of names with a legal form → its org types
        types: dict[str, set[str]] = defaultdict(set)  # merge key → the org types of its records
        for result in results:
            for org in result.organisations:
                key = key_of(org)
                uf.find(key)
                naming[key] += 1
                types[key].add(org.org_type)
                form = org.legal_form or _legal_form_suffix(org.name)
                if form:  # "Musterwerk GmbH" is a company's name, no brand
                    formal[key].add(_legal_form_types().get(form, ""))
                acronym = org.short_name or (org.name if is_acronym(org.name) else "")  # "ABC" alone is its acronym
                if acronym:
                    by_acronym[acronym].add(key)
                elif " " in org.name:
                    by_initials[_initials(org.name)].add(key)
        _unite_inflected(set(keys.values()), uf)
        _unite_typed(set(keys.values()), formal, types, uf)
        _unite_short_forms(set(keys.values()), types, uf)
        by_norm = {norm(acronym): acronym for acronym in by_acronym}
        acronyms = set(by_norm)  # "ABC" is a short name, no brand
        for key in set(keys.values()) & by_norm.keys():  # "ABC eG" is known by its acronym only
            by_acronym[by_norm[key]].add(key)
        for acronym, acronym_keys in by_acronym.items():
            ordered = sorted(acronym_keys)
            bare = norm(acronym)
            named = [k for k in ordered if k != bare]
            for a in named:
                for b in named:
                    if a < b and (b.startswith(a + " ") or a.startswith(b + " ") or b.endswith(" " + a)
                                  or a.endswith(" " + b) or _inflected(a, b) or _compound_cut(a, b)
                                  or _compound_cut(b, a)):
                        uf.union(a, b)
            # the acronym alone is ambiguous when two organisations share it (after the forms of one name unite)
            if bare in acronym_keys and len({uf.find(k) for k in named}) == 1:
                uf.union(bare, named[0])
            elif bare in acronym_keys and not named:  # "der ZKS", no release spelling it out: the one name of the
                spelt = {uf.find(k) for k in by_initials.get(acronym, ())}  # run its words' capitals make
                if len(spelt) == 1:
                    uf.union(bare, spelt.pop())
        del by_acronym, by_initials
        _unite_brands(naming, acronyms | formal.keys(), uf)
        org_ids: dict[str, str] = {}  # root → org_id
        db = self.store.db
        for result in results:
            doc_id = result.document.doc_id
            published = result.clean.published if result.clean else ""
            ids, orgs, people = {}, [], []
            for org in result.organisations:
                root = uf.find(key_of(org))
                org_id = org_ids.get(root) or org_ids.setdefault(root, "org-" + _hash(root))
                orgs.append((org_id, self._next(), doc_id, pack(_fields(org))))
                ids[org.key] = org_id
            for person in result.people:
                person_id = "per-" + _hash(norm(person.name))
                record = (person.key, person.name, person.title, [(r.role, r.org_key) for r in person.roles])
                people.append((person_id, self._next(), doc_id, published, pack(record)))
                ids[person.key] = person_id
            db.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?)", orgs)
            db.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?)", people)
            db.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)", [(doc_id, k, v) for k, v in ids.items()])

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def org_ids(self) -> list[str]:
        return [row[0] for row in self.store.db.execute("SELECT DISTINCT org_id FROM orgs")]

    def has_org(self, org_id: str) -> bool:
        return self.store.db.execute("SELECT 1 FROM orgs WHERE org_id = ? LIMIT 1", (org_id,)).fetchone() is not None

    def records(self, org_id: str) -> list[tuple[str, OrgRecord]]:
        """(doc_id, record) of every record of an organisation, in run order."""
        return [(doc_id, OrgRecord(*unpack(blob))) for doc_id, blob in self.store.db.execute(
            "SELECT doc_id, record FROM orgs WHERE org_id = ? ORDER BY seq", (org_id,))]

    def move(self, source: str, target: str, docs: set[str] | None = None) -> None:
        """The records and local keys of organisation ``source`` in ``docs`` (all: None) become
        ``target``'s; its records go after the target's own."""
        db = self.store.db
        where, params = ("", ()) if docs is None else (
            f" AND doc_id IN ({', '.join('?' * len(docs))})", tuple(sorted(docs)))
        moving = db.execute(f"SELECT rowid FROM orgs WHERE org_id = ?{where} ORDER BY seq",
                            (source, *params)).fetchall()
        db.executemany("UPDATE orgs SET org_id = ?, seq = ? WHERE rowid = ?",
                       [(target, self._next(), rowid) for (rowid,) in moving])
        db.execute(f"UPDATE ids SET id = ? WHERE id = ?{where}", (target, source, *params))
        for org_id in (source, target):
            self._names.pop(org_id, None)
        self._doc = ("", {})

    def organisation_rows(self) -> Iterator[dict[str, Any]]:
        """Rows of organisations.csv, in org_id order."""
        for org_id, found in self.store.groups("SELECT org_id, doc_id, record FROM orgs ORDER BY org_id, seq"):
            agg = [(doc_id, OrgRecord(*unpack(blob))) for doc_id, blob in found]
            records = [o for _, o in agg]
            name = self.renamed.get(org_id) or self._names.get(org_id) or _canonical_org_name(records)
            types = [o.org_type for o in records if o.name == name] + [o.org_type for o in records]
            org_type = next((t for t in types if t != "Sonstige"), "Sonstige")
            aliases = sorted({a for o in records for a in [o.name, *o.aliases] if not is_generic_name(a)} - {name})
            parents = Counter(self.entity_id(d, o.parent_key) for d, o in agg if o.parent_key)
            yield {
                "org_id": org_id,
                "name": name,
                "short_name": _most_common(o.short_name for o in records),
                "org_type": org_type,
                "legal_form": _most_common(o.legal_form for o in records),
                "parent_id": _most_common(p for p in parents.elements() if p != org_id),
                "aliases": aliases,
                "n_docs": len({d for d, _ in agg}),
                "n_mentions": sum(o.n_mentions for o in records),
            }

    def org_name(self, org_id: str) -> str:
        if org_id in self.renamed:
            return self.renamed[org_id]
        if org_id not in self._names:
            records = [o for _, o in self.records(org_id)]
            if not records:
                return ""
            if len(self._names) >= NAMES_REMEMBERED:
                self._names.clear()
            self._names[org_id] = _canonical_org_name(records)
        return self._names[org_id]

    # --- people ----------------------------------------------------------------------------------

    def _people(self) -> Iterator[tuple[str, list[tuple[str, str, PersonRecord]]]]:
        """(person_id, [(doc_id, published, record), …]) in person_id order."""
        query = "SELECT person_id, doc_id, published, record FROM people ORDER BY person_id, seq"
        for person_id, found in self.store.groups(query):
            yield person_id, [(doc_id, published, _person_record(blob)) for doc_id, published, blob in found]

    def _person_records(self, person_id: str) -> list[tuple[str, str, PersonRecord]]:
        query = "SELECT doc_id, published, record FROM people WHERE person_id = ? ORDER BY seq"
        return [(doc_id, published, _person_record(blob))
                for doc_id, published, blob in self.store.db.execute(query, (person_id,))]

    def people_rows(self) -> Iterator[dict[str, Any]]:
        """Rows of people.csv, in person_id order."""
        for person_id, agg in self._people():
            roles: dict[str, str] = {}
            for doc_id, _, person in agg:
                for role in person.roles:
                    org_id = self.entity_id(doc_id, role.org_key)
                    label = f"{role.role} @ {self.org_name(org_id)}" if org_id else role.role
                    roles.setdefault(label, org_id)
            for label in [r for r in roles if " @ " not in r]:
                if any(other.startswith(label + " @ ") for other in roles):
                    del roles[label]
            dates = sorted(published for _, published, _ in agg if published)
            yield {
                "person_id": person_id,
                "name": _person_name(agg),
                "title": _most_common(p.title for _, _, p in agg),
                "roles": sorted(roles),
                "org_ids": sorted({o for o in roles.values() if o}),
                "n_docs": len({d for d, _, _ in agg}),
                "first_seen": dates[0] if dates else "",
                "last_seen": dates[-1] if dates else "",
            }

    def role_rows(self) -> Iterator[dict[str, Any]]:
        """Rows of roles.csv: one per (person, role, organisation), each with the releases that
        give it. A role is linked to an organisation only by the release that says so: a release
        naming the role without its organisation adds to the row without one, never to another
        release's link (within one release the linked role replaces the bare one)."""
        for person_id, agg in self._people():
            links: dict[tuple[str, str], set[str]] = defaultdict(set)
            published = {doc_id: date for doc_id, date, _ in agg}
            for doc_id, _, person in agg:
                in_doc = {(role.role, self.entity_id(doc_id, role.org_key)) for role in person.roles}
                for role, org_id in in_doc:
                    if not org_id and any(r == role and o for r, o in in_doc):
                        continue
                    links[(role, org_id)].add(doc_id)
            name = _person_name(agg)
            for (role, org_id), doc_ids in sorted(links.items()):
                dates = sorted(d for d in (published[doc_id] for doc_id in doc_ids) if d)
                yield {
                    "person_id": person_id,
                    "name": name,
                    "role": role,
                    "org_id": org_id,
                    "org_name": self.org_name(org_id) if org_id else "",
                    "doc_ids": sorted(doc_ids),
                    "first_seen": dates[0] if dates else "",
                    "last_seen": dates[-1] if dates else "",
                }


def _fields(record: object) -> tuple:
    return tuple(vars(record).values())


def _person_record(blob: bytes) -> PersonRecord:
    key, name, title, roles = unpack(blob)
    return PersonRecord(key, name, title, [RoleRecord(role, org_key) for role, org_key in roles])


def _person_name(agg: list[tuple[str, str, PersonRecord]]) -> str:
    """The name most records give (the first of equals)."""
    return Counter(p.name for _, _, p in agg).most_common(1)[0][0]


def _canonical_org_name(records: list[OrgRecord]) -> str:
    """The most specific full name: highest type-word rank, then with legal form, then the longest."""
    type_words = knowledge().type_words

    def rank(name: str) -> int:
        word = type_words.get(name.split()[0]) if name else None
        return word.rank if word and word.kind == "place" else 0

    found = {o.name for o in records}

    def inflected(name: str) -> bool:  # "IT-Verbunds X" beside "IT-Verbund X": the genitive
        return any((len(other) < len(name) and _inflected(norm(other), norm(name)) and not _strong_form(name, other))
                   or _oblique(name, other) for other in found)

    # a name in quotation marks ("Zweckverband „X“") after the same name without them
    def quoted(name: str) -> bool:
        return bool(_QUOTES.search(name))

    names = sorted(found, key=lambda n: (-rank(n), not _legal_form_suffix(n), inflected(n), quoted(n), -len(n), n))
    return names[0] if names else ""


def _strong_form(name: str, other: str) -> bool:
    """Does ``name`` differ from ``other`` only by adjectives in their strong form ("Kommunales X" beside
    "Kommunale X"), not by a genitive?"""
    pairs = [(w, o) for w, o in zip(name.lower().split(), other.lower().split(), strict=False) if w != o]
    return bool(pairs) and all(o.endswith("e") and w in (o + "s", o + "r") for w, o in pairs)


def _oblique(name: str, other: str) -> bool:
    """Is ``name`` ``other`` in an oblique case: a word in -en/-em where ``other`` has the nominative
    ("Kommunalen Rechenwerks X" beside "Kommunales Rechenwerk X"), or a noun with a genitive -s/-es?"""
    words, others = name.lower().split(), other.lower().split()
    if len(words) != len(others) or words == others:
        return False
    pairs = [(w, o) for w, o in zip(words, others, strict=True) if w != o]
    return all(_ENDINGS.sub("", w) == _ENDINGS.sub("", o) for w, o in pairs) and any(
        (w.endswith(("en", "em")) and not o.endswith(("en", "em")))
        or (w in (o + "s", o + "es") and not o.endswith("e")) for w, o in pairs)


def _most_common(values) -> str:
    counts = Counter(v for v in values if v)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else ""


def reconcile_entities(results: Iterable[DocResult], store: Store | None = None) -> EntityIndex:
    return EntityIndex(results, store)
