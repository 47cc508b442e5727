"""Run-wide name knowledge: an organisation named with confidence in one release
(legal form, acronym definition, type word, a listed name) is recognised in
every release of the run, also where that release uses the name bare ("die KDN"
after another release defined "Kommunale Datenverarbeitung Nord (KDN)").

``RunNames.collect`` gathers the names from the per-release results of the whole run.
The run extracts a release again with the names that add a mention where an event or
an office may take it (``RunNames.within``, ``RunNames.for_events``; ``extract`` adds
them before people and events); reconcile adds the rest as mentions. Both follow run
order only, so cold, cached, parallel and Dask runs see the same names and stay
byte-identical.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from .knowledge import family_of, is_acronym, is_brand_like, knowledge, shortened_uses
from .records import DocResult, Mention, OrgRecord


@cache
def _function_words() -> frozenset[str]:
    return frozenset(knowledge().names["function_words"])


_WORD = re.compile(r"[\w][\w.&/-]*[\w]|[\w]")
MAX_WORDS = 8
# Types whose names are not specific enough to find bare in other releases.
_LOCAL_TYPES = {"Gremium", "Verwaltung"}
_MUNICIPAL = ("Stadt", "Gemeinde")
_GUESSED = ("PER", "LOC")  # labels of the model's mentions without an entity a run-wide town replaces


class KnownOrg(NamedTuple):
    """An organisation the run names: the fields a release's copy of it takes (a compact record, as a
    100,000-release run knows a hundred thousand of them)."""

    key: str
    name: str
    short_name: str
    org_type: str
    legal_form: str


def _known(record: OrgRecord) -> KnownOrg:
    return KnownOrg(record.key, record.name, record.short_name, record.org_type, record.legal_form)


def _confident_names(results: Sequence[DocResult]) -> dict[str, KnownOrg]:
    """Name (as written) → the record that defines it, first definition in run order wins; a one-word compound
    alias ("Bahnhofsgenossenschaft" of "Bahnhofsgenossenschaft Musterau eG") only when no other organisation of
    the run has it."""
    not_names = knowledge().names["not_names"]
    names: dict[str, KnownOrg] = {}
    compounds: dict[str, set[str]] = {}
    for result in results:
        for record in result.organisations:
            if record.org_type in _LOCAL_TYPES or record.parent_key:
                continue
            confident = record.legal_form or record.short_name or record.org_type != "Sonstige"
            if not confident:
                continue
            bare = record.name[: -len(record.legal_form) - 1] if record.legal_form and \
                record.name.endswith(" " + record.legal_form) else ""
            known = _known(record)
            head = record.name.split()[0] if " " in record.name else ""  # "Bahnhofsgenossenschaft" of "… Musterau eG"
            shortened, genitives = shortened_uses(record.name)  # "des Musterauer Schachclubs" (… 1978 e.V.)
            for name in [record.name, record.short_name, bare, *record.aliases, head, *shortened, *genitives]:
                words = name.split()
                if not words or len(words) > MAX_WORDS or name in not_names:
                    continue
                if len(words) == 1 and not (is_acronym(name) or is_brand_like(name)):
                    if _compound_alias(name):
                        compounds.setdefault(name, set()).add(record.key)
                        names.setdefault(name, known)
                    continue
                names.setdefault(name, known)
    return {name: known for name, known in names.items() if len(compounds.get(name, ())) < 2}


_MIN_COMPOUND = 10  # letters of a one-word alias the run may find bare: a compound, not a short common noun


def _compound_alias(name: str) -> bool:
    """A capitalised compound of letters no type word names ("Bahnhofsgenossenschaft", not "Stadtwerke")."""
    return len(name) >= _MIN_COMPOUND and name.isalpha() and name[0].isupper() and name[1:].islower() \
        and name not in knowledge().type_words and name not in knowledge().names["not_names"]


# articles before a one-word compound alias found bare ("die Bahnhofsgenossenschaft"; not "eine …", "jede …")
_DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des"})


def _municipalities(results: Sequence[DocResult]) -> dict[str, KnownOrg]:
    """Place → the town or Gemeinde the run names with its type word ("Gemeinde Musterdorf"), for
    places only one family of municipality names (first record in run order)."""
    found: dict[str, KnownOrg] = {}
    families: dict[str, set[str]] = {}
    for result in results:
        text = result.clean.text if result.clean is not None and result.document.status == "ok" else ""
        with_bodies = {r.parent_key for r in result.organisations  # "Gemeinderat von X" written so
                       if r.parent_key and any(" " in n and n in text for n in [r.name, *r.aliases])}
        for record in result.organisations:
            place = _place_of(record)
            family = family_of(record.org_type)
            if not place or family not in _MUNICIPAL \
                    or (record.name not in text and record.key not in with_bodies and not _listed(text, family)):
                continue  # named so, or by its council ("Gemeinderat von X"): not a guess from "Xs Bürgermeister"
            families.setdefault(place, set()).add(family)
            if place not in found:
                found[place] = _known(record)
    return {place: record for place, record in found.items() if len(families[place]) == 1}


@cache
def _plural_type_words() -> dict[str, re.Pattern[str]]:
    """Family → the plural type words before a list of its places ("die Gemeinden A, B und C")."""
    forms: dict[str, list[str]] = {}
    for form, type_word in knowledge().type_words.items():
        if type_word.kind == "places":
            forms.setdefault(family_of(type_word.org_type), []).append(re.escape(form))
    return {family: re.compile(r"\b(?:" + "|".join(words) + r")\b") for family, words in forms.items()}


def _listed(text: str, family: str) -> bool:
    """Does the release list places of this family ("die Gemeinden A, B und C")?"""
    pattern = _plural_type_words().get(family)
    return pattern is not None and pattern.search(text) is not None


def _place_of(record: OrgRecord | KnownOrg) -> str:
    """The place a record is named by ("Gemeinde Musterdorf" → "Musterdorf"); '' for other names."""
    first, _, place = record.name.partition(" ")
    type_word = knowledge().type_words.get(first)
    return place if type_word is not None and type_word.kind == "place" else ""


class RunNames:
    """The run's confident organisation names (as written → the record defining them) and its
    towns named with their type word (place → the municipality's record)."""

    def __init__(self, names: dict[str, KnownOrg], towns: dict[str, KnownOrg]) -> None:
        self.names, self.towns = names, towns
        self.by_words = {" ".join(name.split()): record for name, record in names.items()}  # words joined by one space
        sizes: dict[str, set[int]] = {}
        for words in self.by_words:
            sizes.setdefault(words.partition(" ")[0], set()).add(words.count(" ") + 1)
        # first word of a name → the word counts of the names it starts, longest first
        self.longest_first = {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
        self.by_run = _by_first_run(towns)
        # a name's rarest word (the one fewest names of the run hold) → the names it is the rarest word of:
        # a release is searched only for names whose rarest word it holds
        name_words = {name: set(_WORD.findall(name)) for name in names}
        holding = Counter(word for words in name_words.values() for word in words)
        self.by_rarest_word: dict[str, list[str]] = {}
        for name, words in name_words.items():
            rarest = min(words, key=lambda word: (holding[word], word), default="")
            self.by_rarest_word.setdefault(rarest, []).append(name)

    @classmethod
    def collect(cls, results: Sequence[DocResult]) -> RunNames:
        return cls(_confident_names(results), _municipalities(results))

    def __bool__(self) -> bool:
        return bool(self.names or self.towns)

    def within(self, text: str) -> RunNames:
        """The names and towns ``text`` contains as whole words (the ones that may add a mention to it),
        looked up by the text's words: no pass over every name of the run."""
        candidates = [*self.by_rarest_word.get("", [])]
        for word in set(_WORD.findall(text)):
            candidates.extend(self.by_rarest_word.get(word, ()))
        return RunNames({n: self.names[n] for n in sorted(candidates) if n in text},
                        {p: self.towns[p] for p in _places_in(text, self.by_run) if p in text})

    def fingerprint(self) -> str:
        """What the names give an extraction (for the cache key of a release extracted with them)."""
        parts = [[name, *record] for name, record in sorted(self.names.items())]
        parts += [[place, *record] for place, record in sorted(self.towns.items())]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()[:16]

    def add_to(self, result: DocResult, used: dict[tuple[int, int], str] | None = None) -> None:
        """Add the ORG mentions (and local records) of the names ``result`` uses without its own
        rules having found them there; a town it guessed or named bare takes the run's name.
        ``used`` collects (start, end) of each added mention → the name or town that gave it."""
        if result.clean is None or result.document.status != "ok":
            return
        if self.towns:
            _bare_towns_in(result, self.towns, self.by_run, used)
        if self.names:
            _match_in(result, self.by_words, self.longest_first, used)

    def for_events(self, result: DocResult) -> RunNames | None:
        """The names that would add a mention to the release (which stays unchanged), when one of them lands
        in or right before a sentence holding an event trigger or an office: what its second extraction
        needs, and all its cache key depends on (names it finds itself change nothing); else None (a new
        mention elsewhere, and a renamed record, changes no event nor role, and reconcile adds them)."""
        readers = {*result.trigger_sentences, *(m.sent_idx for m in result.mentions if m.label == "ROLE")}
        if not readers:
            return None
        scratch = DocResult(document=result.document, clean=result.clean, sentences=result.sentences,
                            mentions=list(result.mentions), organisations=[copy.copy(r) for r in result.organisations])
        used: dict[tuple[int, int], str] = {}
        self.add_to(scratch, used)
        if not any((m.start, m.end) in used and (m.sent_idx in readers or m.sent_idx + 1 in readers)
                   for m in scratch.mentions):
            return None
        needed = set(used.values())  # every name that adds a mention: also the other ones shape the events
        return RunNames({n: r for n, r in self.names.items() if " ".join(n.split()) in needed},
                        {p: r for p, r in self.towns.items() if p in needed})


def add_run_wide_mentions(results: Sequence[DocResult]) -> None:
    """Add ORG mentions (and local records) for run-wide names a release uses without
    its own rules having found them there; towns the run names with their type word also where a
    release names them bare as an actor ("Musterdorf war zum Jahresbeginn beigetreten")."""
    known = RunNames.collect(results)
    if known:
        for result in results:
            known.add_to(result)


def _match_in(result: DocResult, by_words: dict[str, KnownOrg],
              longest_first: dict[str, tuple[int, ...]], used: dict[tuple[int, int], str] | None = None) -> None:
    """``longest_first``: first word of a name → the word counts of the names it starts, longest first
    (a word that starts no name is passed over without building a key)."""
    text = result.clean.text  # type: ignore[union-attr]
    guesses = [m for m in result.mentions if m.label in ("ORG", "PER") and not m.key]  # the model's alone
    taken = sorted((m.start, m.end) for m in result.mentions if m.label in ("ORG", "PER") and m.key)
    starts = [s for s, _ in taken]
    sentence_starts = [s for s, _ in result.sentences]
    local = {r.key: r for r in result.organisations}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    texts = [w for _, _, w in words]
    i = 0
    while i < len(words):
        for size in longest_first.get(texts[i], ()):
            if size > len(words) - i:
                continue
            name = " ".join(texts[i:i + size])
            record = by_words.get(name)
            if record is None:
                continue
            start, end = words[i][0], words[i + size - 1][1]
            if _overlaps(taken, starts, start, end) or _inside_word(text, start, end):
                continue
            if size == 1 and _compound_alias(name) and (i == 0 or texts[i - 1].lower() not in _DEFINITE):
                continue
            inside = [m for m in guesses if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue  # the model saw a longer name there
            for guess in inside:  # "Beispieltal" a person: part of the run's "Verein Kartendaten Beispieltal"
                result.mentions.remove(guess)
                guesses.remove(guess)
            local_key = _local_record(local, result, record)
            sent_idx = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            result.mentions.append(Mention(sent_idx, start, end, text[start:end], "ORG", local_key))
            local[local_key].n_mentions += 1
            if used is not None:
                used[start, end] = name
            i += size - 1
            break
        i += 1
    result.mentions.sort(key=lambda m: (m.start, m.end))


def _overlaps(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(starts, end)
    return any(s < end and start < e for s, e in taken[max(0, k - 8):k])


def _inside_word(text: str, start: int, end: int) -> bool:
    """A match that is part of a longer compound ("KDN-Vorstand" is matched elsewhere)."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or \
        (end < len(text) and (text[end].isalnum() or text[end] == "-"))


def _local_record(local: dict[str, OrgRecord], result: DocResult, record: KnownOrg) -> str:
    """The key of this release's record for ``record``: its own one with the same name, or a copy."""
    for candidate in local.values():
        if candidate.name == record.name:
            return candidate.key
    key = "run:" + record.key
    if key not in local:
        copy = OrgRecord(key=key, name=record.name, short_name=record.short_name, org_type=record.org_type,
                         legal_form=record.legal_form)
        local[key] = copy
        result.organisations.append(copy)
    return key


_RUN = re.compile(r"[\w-]+")


def _by_first_run(towns: dict[str, KnownOrg]) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """First run of word characters and hyphens of each place ("Bad" of "Bad Musterau") → the places
    (with their position in ``towns`` and all their runs) it opens; '' for places opening with another
    character."""
    by_run: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for n, place in enumerate(towns):
        run = _RUN.match(place)
        by_run.setdefault(run.group() if run else "", []).append((n, place, frozenset(_RUN.findall(place))))
    return by_run


def _places_in(text: str, by_run: dict[str, list[tuple[int, str, frozenset[str]]]]) -> list[str]:
    """The places that may be named bare in ``text``, in the run's order: a match of a place, not
    preceded nor followed by a word character or hyphen, starts a run of them equal to the place's first,
    and every run of the place is a run of the text (at 100,000 releases the run names thousands of towns,
    hundreds of them opening with "Bad" or "Groß": only those the text names all words of are searched)."""
    runs = set(_RUN.findall(text))
    found = [(n, place) for n, place, _ in by_run.get("", [])]
    for run in runs:
        found.extend((n, place) for n, place, words in by_run.get(run, ()) if words <= runs)
    return [place for _, place in sorted(found)]


def _bare_towns_in(result: DocResult, towns: dict[str, KnownOrg],
                   by_run: dict[str, list[tuple[int, str, frozenset[str]]]],
                   used: dict[tuple[int, int], str] | None = None) -> None:
    """A town of the run named bare where no rule or the model spoke, not as a place ("in X", a
    dateline "X. Der …", part of a longer name): an ORG mention of the town. A town this release
    guessed ("Stadt X" from "Xs Bürgermeister") or named bare takes the name the run gives it.
    ``by_run``: ``_by_first_run(towns)``."""
    text = result.clean.text  # type: ignore[union-attr]
    for record in result.organisations:
        place = _place_of(record)
        if not place and record.name in towns and family_of(record.org_type) in _MUNICIPAL:
            # a town acting bare ("Im Herbst sind A und B gefolgt"): the run names it
            record.name, record.org_type = towns[record.name].name, towns[record.name].org_type
        elif place in towns and family_of(record.org_type) in _MUNICIPAL and record.name not in text:
            known = towns[place]  # "Stadt X" guessed, the run says "Gemeinde X"
            if family_of(known.org_type) != family_of(record.org_type):
                record.name, record.org_type = known.name, known.org_type
    places = _places_in(text, by_run)  # also the release's own towns, where its rules left one bare
    if not places:
        return
    guesses = {(m.start, m.end): m for m in result.mentions if not m.key and m.label in _GUESSED}
    taken = sorted((m.start, m.end) for m in result.mentions if (m.start, m.end) not in guesses)
    starts = [s for s, _ in taken]
    sentence_starts = [s for s, _ in result.sentences]
    prepositions = set(knowledge().names["place_prepositions"])
    added = []
    for place in places:
        record = towns[place]
        for start, end in _whole_word_spans(text, place):
            if _overlaps(taken, starts, start, end) or _place_use(text, start, end, prepositions):
                continue
            local_key = _local_record({r.key: r for r in result.organisations}, result, record)
            sent_idx = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            guess = guesses.pop((start, end), None)
            if guess is not None:  # the model's "person" or place: the town acting
                result.mentions.remove(guess)
            added.append(Mention(sent_idx, start, end, text[start:end], "ORG", local_key))
            next(r for r in result.organisations if r.key == local_key).n_mentions += 1
            if used is not None:
                used[start, end] = place
    if added:
        result.mentions.extend(added)
        result.mentions.sort(key=lambda m: (m.start, m.end))


_WORD_CHAR = re.compile(r"[\w-]")


def _whole_word_spans(text: str, place: str) -> list[tuple[int, int]]:
    """Spans of ``place`` in ``text`` not preceded nor followed by a word character or hyphen, left to
    right without overlaps (one compiled pattern per place would overflow ``re``'s cache in a large run)."""
    spans: list[tuple[int, int]] = []
    start = text.find(place)
    while start >= 0:
        end = start + len(place)
        if (start == 0 or not _WORD_CHAR.match(text, start - 1)) and not _WORD_CHAR.match(text, end):
            spans.append((start, end))
            start = text.find(place, end)
        else:
            start = text.find(place, start + 1)
    return spans


@cache
def _acting_place_after() -> re.Pattern[str]:
    """What after "in X" makes X the town acting ("In X hat der Gemeinderat …", names.toml)."""
    return re.compile(knowledge().names["acting_place_after"])


@cache
def _acting_place_before() -> re.Pattern[str]:
    """A council before "in X" that makes X the town acting ("die Räte in X und Y haben zugestimmt", names.toml)."""
    return re.compile(knowledge().names["acting_place_before"])


_ADDRESS = re.compile(r"\d\w?\s*,\s*$")
_PREVIOUS_WORD = re.compile(r"([\w.-]+)\W*$")
# a list of places going on to its verb: "A, B und C sind …" (no dateline)
_LIST_GOES_ON = re.compile(r"(?:,\s*[A-ZÄÖÜ][\w-]*)*(?:,| und| oder| sowie)\s+[A-ZÄÖÜ][\w-]*\s+"
                           r"(?!und\b|oder\b|sowie\b)[a-zäöüß]")
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)(?:,| und| oder| sowie) $")


def _place_use(text: str, start: int, end: int, prepositions: set[str]) -> bool:
    """Is the name at start..end a place: after a place preposition, a dateline ("X. Der …",
    "X – Die …" opening a line), or inside a longer name (a capitalised word right before it,
    "-" or "/" joined)? A later item of a list ("A, B und C") is what the first one is."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    after = text[end:end + 3]
    if not before.strip() and (after[:1] in (".", ",", ":") or after.strip()[:1] in ("–", "-", "(")) \
            and not _LIST_GOES_ON.match(text, end):
        return True  # a dateline or a list of places heading a line (not "A, B und C sind …")
    if after[:1] in ("/", "(") or (start and text[start - 1] in "/(") or _ADDRESS.search(before):
        return True  # "X/Y", "X (Y)", an address "Am Markt 3, X"
    item = _LIST_ITEM_BEFORE.search(before)
    if item is not None:  # "A, B und C": a later item is what the first one is
        return _place_use(text, line_start + item.start(1), line_start + item.end(1), prepositions)
    word = _PREVIOUS_WORD.search(before)
    if word is None:
        return False
    previous = word.group(1)
    if previous.lower() in prepositions or previous in prepositions:
        return not (previous.lower() == "in" and (_acting_place_after().match(text, end)
                                                  or _acting_place_before().search(before)))
    apart = before[word.end(1):].strip()  # a sentence's end, a colon, a dash or a quote between them
    return previous[:1].isupper() and not apart and previous.lower() not in _function_words()
