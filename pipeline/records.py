"""Plain data objects passed between the pipeline stages.

ingest → ``SourceDocument`` → clean → ``CleanDocument`` → nlp + extract →
``DocResult`` → reconcile → export.  Every object is a dataclass that can be
turned into JSON (``asdict``) and back (``from_dict``), which is what the
per-document cache stores.
"""

from __future__ import annotations

import types
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


@cache
def _field_types(cls: type) -> dict[str, tuple[type, ...]]:
    """Per field, the plain types a value may have (lists checked one level deep)."""
    def plain(hint: Any) -> tuple[type, ...]:
        if hint is float:
            return (int, float)
        if get_origin(hint) in (Union, types.UnionType):
            return tuple(t for arg in get_args(hint) for t in plain(arg))
        if hint is type(None):
            return (type(None),)
        return (get_origin(hint) or hint,)

    return {f.name: plain(hint) for f, hint in zip(fields(cls), get_type_hints(cls).values(), strict=True)
            if not _is_record(hint)}


@cache
def _item_types(cls: type) -> dict[str, type]:
    """Fields that are lists of plain values (``list[str]``), with the item type."""
    return {f.name: get_args(hint)[0] for f, hint in zip(fields(cls), get_type_hints(cls).values(), strict=True)
            if get_origin(hint) is list and get_args(hint)[0] in (str, int)}


def _is_record(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "__dataclass_fields__")


@cache
def _exact_types(cls: type) -> dict[str, frozenset[type]]:
    """``_field_types`` as sets of exact types (what JSON gives: no subclasses), for the fast test."""
    return {name: frozenset(types) for name, types in _field_types(cls).items()}


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from JSON data, refusing values of the wrong type (TypeError). A value of
    exactly an allowed type passes at once; any other is tested as before (subclasses allowed,
    ``bool`` only where it is named)."""
    allowed, exact = _field_types(cls), _exact_types(cls)
    values = {}
    for name, value in data.items():
        types = exact.get(name)
        if types is None:
            continue
        if type(value) not in types and (not isinstance(value, allowed[name])
                                         or (isinstance(value, bool) and bool not in allowed[name])):
            raise TypeError(f"{cls.__name__}.{name}: {type(value).__name__} not allowed")
        values[name] = value
    for name, item_type in _item_types(cls).items():
        items = values.get(name, ())
        if items and not set(map(type, items)) <= {item_type} \
                and not all(isinstance(item, item_type) for item in items):
            raise TypeError(f"{cls.__name__}.{name}: items must be {item_type.__name__}")
    return cls(**values)


@dataclass
class SourceDocument:
    """One input file after decoding (ingest stage)."""

    doc_id: str
    path: str
    text: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    published: str = ""
    published_source: str = "none"  # manifest | text | inferred | none
    status: str = "ok"  # ok | empty | error | skipped
    error: str = ""
    sha256: str = ""
    media_type: str = "text"  # text | html | markdown
    replaced_bytes: int = 0  # bytes that were not valid in the detected encoding (shown as U+FFFD)
    removed_chars: int = 0  # invisible format characters removed (zero-width, soft hyphen, bidi controls)
    page_date: str = ""  # an HTML page's own publication date (its metadata), YYYY-MM-DD
    page_date_guess: str = ""  # a date found anywhere on the page (teasers too): the last resort
    page_stamps: list[str] = field(default_factory=list)  # short page lines around the headline, outside the main text
    page_closing: list[str] = field(default_factory=list)  # the page's last short lines outside the main text


@dataclass
class CleanDocument:
    """The release text with page furniture removed; all offsets refer to ``text``."""

    doc_id: str
    text: str
    title: str = ""
    published: str = ""
    published_source: str = "none"
    place: str = ""  # the dateline's place ("Musterhausen. 14.03.2024 – …"), '' for none


@dataclass
class Mention:
    """A span in the cleaned text that names an entity (ORG/PER/LOC/ROLE)."""

    sent_idx: int
    start: int
    end: int
    text: str
    label: str
    key: str = ""  # document-local entity key, resolved to a global id by reconcile


@dataclass
class OrgRecord:
    """An organisation as one document knows it."""

    key: str
    name: str
    short_name: str = ""
    org_type: str = "Sonstige"
    legal_form: str = ""
    aliases: list[str] = field(default_factory=list)
    parent_key: str = ""  # for bodies (Gremium): the organisation they belong to
    n_mentions: int = 0


@dataclass
class RoleRecord:
    role: str
    org_key: str = ""


@dataclass
class PersonRecord:
    """A person as one document knows it."""

    key: str
    name: str
    title: str = ""
    roles: list[RoleRecord] = field(default_factory=list)
    n_mentions: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonRecord:
        person = _from_dict(cls, data)
        person.roles = [_from_dict(RoleRecord, r) for r in data.get("roles", [])]
        return person


@dataclass
class DateMention:
    sent_idx: int
    start: int
    end: int
    text: str
    value: str = ""  # YYYY-MM-DD | YYYY-Www | YYYY-MM | YYYY-Qn | YYYY-Hn | YYYY-<season> | YYYY | "" (see periods.py)
    granularity: str = ""  # day | week | month | quarter | half | season | year | decade
    resolution: str = "absolute"  # absolute | relative | unresolved
    anchor: str = ""
    start_date: str = ""  # first ISO day of the value's interval
    end_date: str = ""  # last ISO day of the value's interval


@dataclass
class FigureMention:
    sent_idx: int
    start: int
    end: int
    text: str
    value: float
    unit: str = ""  # as written, nominative plural ("Kolleginnen und Kollegen"), or EUR / Prozent
    qualifier: str = "exact"  # exact | about | more_than | less_than | at_least | at_most
    org_key: str = ""
    as_of: str = ""
    canonical_unit: str = ""  # the unit in one word per kind ("Beschäftigte" for staff nouns)
    measure: str = ""  # staff | workplaces | members | inhabitants | amount | savings | budget | ... | count


OUTCOME_ROLES = frozenset({"effective", "started", "signed"})  # date roles of a day something took effect, not the
# day it was decided on


@dataclass
class EventReport:
    """One sentence's report of an event; reconcile merges reports into events."""

    event_type: str
    sent_idx: int
    start: int
    end: int
    evidence: str
    subject_key: str = ""
    object_keys: list[str] = field(default_factory=list)
    date: str = ""
    date_granularity: str = ""
    date_role: str = ""
    date_resolution: str = ""
    figure: float | None = None
    person_keys: list[str] = field(default_factory=list)
    confidence: float = 0.5
    trigger: str = ""
    role: str = ""  # appointments: the office
    direction: str = ""  # appointments: "start" (takes up) or "end" (leaves)
    modality: str = "reported"  # reported | planned | expected | negated
    share: bool = False  # one giver's share of a staff transfer the sentence splits by head count
    section: int = -1  # the minutes' agenda item the sentence stands under (0 the first), -1 outside one

    @property
    def dated_by_proxy(self) -> bool:
        """An event other than a decision dated by the day it was decided on (a membership by its admission's
        session) or announced (an appointment by its register entry's day), which says less of when it took place
        than a date of its own."""
        return self.date_role in ("decided", "announced") and self.event_type != "resolution"

    @property
    def dated_by_outcome(self) -> bool:
        """Dated by the day it took effect, started or was signed ("sie übernimmt den Vorsitz zum 1. Juli"), which
        beats the day it was decided on."""
        return self.date_role in OUTCOME_ROLES


@dataclass
class DocResult:
    """Everything extracted from one document; the unit the cache stores."""

    document: SourceDocument
    clean: CleanDocument | None = None
    model: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    organisations: list[OrgRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[FigureMention] = field(default_factory=list)
    events: list[EventReport] = field(default_factory=list)
    trigger_sentences: list[int] = field(default_factory=list)  # sentences holding an event trigger

    @property
    def n_chars(self) -> int:
        return len(self.clean.text) if self.clean else 0

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view (shares the records' dicts; ``dataclasses.asdict`` deep-copies and is slow)."""
        return {
            "document": vars(self.document),
            "clean": vars(self.clean) if self.clean else None,
            "model": self.model,
            "sentences": self.sentences,
            "mentions": [vars(m) for m in self.mentions],
            "organisations": [vars(o) for o in self.organisations],
            "people": [{**vars(p), "roles": [vars(r) for r in p.roles]} for p in self.people],
            "dates": [vars(d) for d in self.dates],
            "figures": [vars(f) for f in self.figures],
            "events": [vars(e) for e in self.events],
            "trigger_sentences": self.trigger_sentences,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocResult:
        clean = data.get("clean")
        return cls(
            document=_from_dict(SourceDocument, data["document"]),
            clean=_from_dict(CleanDocument, clean) if clean else None,
            model=data.get("model", ""),
            sentences=[tuple(s) for s in data.get("sentences", [])],
            mentions=[_from_dict(Mention, m) for m in data.get("mentions", [])],
            organisations=[_from_dict(OrgRecord, o) for o in data.get("organisations", [])],
            people=[PersonRecord.from_dict(p) for p in data.get("people", [])],
            dates=[_from_dict(DateMention, d) for d in data.get("dates", [])],
            figures=[_from_dict(FigureMention, f) for f in data.get("figures", [])],
            events=[_from_dict(EventReport, e) for e in data.get("events", [])],
            trigger_sentences=list(data.get("trigger_sentences", [])),
        )
