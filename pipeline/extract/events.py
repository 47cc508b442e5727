"""Events: recognise the event types of SPEC §5 sentence by sentence.

All German knowledge (trigger constructions, role selectors, date-role cues,
coreference nouns) lives in ``resources/events.toml``; this module applies it:

1. split each sentence into clauses and find the triggers in it;
2. give every organisation mention a grammatical *slot* (its preposition, or
   the case its article shows) — generic nouns such as "die Stadt" become
   mentions of the most recent organisation of a fitting type;
3. pick subject and objects with the trigger's selectors (clause first, then
   the sentence, then context);
4. give each date of the sentence to the nearest trigger that accepts its role
   ("mit Wirkung zum" → effective, "in ihrer Sitzung am" → decided);
5. build one ``EventReport`` per subject.

The release is read twice: the first pass finds the memberships, which the
second uses for references to the whole release (a contract signed "by the
new member", an object the sentence leaves implicit).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, TypeVar

from spacy.tokens import Doc

from .. import resources
from ..records import DateMention, EventReport, FigureMention, Mention, OrgRecord, PersonRecord
from .triggers import SPANS_KEY, find_triggers
from .triggers import rule_names as trigger_names
from .view import view_of

T = TypeVar("T")

RESOURCE = "events.toml"
_WORD = r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*"
_TOKEN = re.compile(rf"{_WORD}|[^\s\w]")
_ADJECTIVE = re.compile(r"^[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)$")
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[–—-]\s")
_QUOTE = re.compile(r"„[^“”\"„]*[“”\"]|“[^”„]*”|\"[^\"\n]*\"", re.S)
_PRONOUN = re.compile(r"\b(?:[Ss]ie|[Ee]r|[Ee]s|[Dd]iese)\b")
_STAFF_NUMBER = re.compile(r"\b(\d+(?:\.\d{3})*)\s+(?:\w+\s+)?(?=Beschäftigte|Mitarbeite|Angestellte|Bedienstete)")
_SPACE = re.compile(r"\s")
_SENTENCE_END = re.compile(r"(?<![\d\s])[.!?](?=\s+[„\"“A-ZÄÖÜ])")
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")
_LIST_LEAD = re.compile(r"\s*(?:(?:und|sowie|oder)\s+)?(?:(?:der|die|das|den|dem|des)\s+)?")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_BRACKETS_ONLY = re.compile(r"\s*(?:\([^()]*\))?\s*")
_OFFICE_AFTER = re.compile(r"\b(?:[Zz]um|[Zz]ur|[Aa]ls)\s+(?:(?:neue[nrm]?|stellvertretende[nrm]?)\s+)?"
                           r"([A-ZÄÖÜ][\wäöüß-]+)")
_OFFICE_NOUN = re.compile(r"\b(?:(Geschäftsführung|Leitung|Vorsitz)\b"
                          r"|(?:Stelle|Posten|Position|Funktion)\s+(?:des|der|als)\s+"
                          r"(?:[a-zäöüß]+\s+){0,2}([A-ZÄÖÜ][\wäöüß-]+?)(?:s|es)?\b)")
_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b(?:an|auf|aus|bei|ein|mit|nach|über|um|vor|zurück)zu[a-zäöüß]+en\b")
SUBJECT_TYPES_NEEDING_OBJECTS = {"membership", "contract_signing", "staff_transfer"}
CLAUSE_ONLY = {"nom", "der", "body", "framed", "framed_after"}  # selectors only safe inside the trigger's clause


# --------------------------------------------------------------------------- rules (data)

@dataclass(frozen=True)
class TriggerRule:
    """One trigger construction from the resource file."""

    name: str  # "<type>/<index>", the label of its spans in doc.spans["event_trigger"]
    event_type: str
    form: str
    subject: tuple[str, ...]
    objects: tuple[str, ...]
    blockers: tuple[re.Pattern[str], ...] = ()
    end: bool = False
    needs_objects: bool = False
    session_date: bool = False  # undated: the date of the latest session named before (an election)


@dataclass(frozen=True)
class Rules:
    """Everything ``events.toml`` says, compiled."""

    triggers: tuple[TriggerRule, ...]
    by_name: dict[str, tuple[int, TriggerRule]]  # rule name → (position in the file, rule)
    types: dict[str, dict[str, Any]]
    cues: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]  # role, before-date, date-start
    confidence: dict[str, float]
    foundable: frozenset[str]
    articles: frozenset[str]
    prepositions: frozenset[str]
    contractions: dict[str, tuple[str, str]]
    coordinators: frozenset[str]
    member_nouns: frozenset[str]
    nouns: dict[str, tuple[str, ...]]
    plural_nouns: frozenset[str]
    numbers: dict[str, int]
    generic: re.Pattern[str]
    bodies: frozenset[str]
    same_date: re.Pattern[str]
    predecessor: re.Pattern[str]
    relative: re.Pattern[str]
    pronoun: re.Pattern[str]
    same_session: re.Pattern[str]
    same_date_types: dict[str, str]
    session: re.Pattern[str]
    acts_for_parent: frozenset[str]
    modality: dict[str, tuple[re.Pattern[str], ...]]  # cues per modality, in the order they are tried
    hard_blockers: tuple[re.Pattern[str], ...]  # blockers that drop a trigger even when it is modal
    staff_word: re.Pattern[str]  # a word naming staff ([lexicons].staff)


@cache
def rules() -> Rules:
    """The compiled rules of ``resources/events.toml`` (loaded once)."""
    data = resources.toml(RESOURCE)
    coref = data["coreference"]
    refs = data["references"]
    bodies = frozenset(row[0] for row in resources.table("bodies.tsv")) | frozenset(coref["body_nouns"])

    def blockers(names: list[str]) -> tuple[re.Pattern[str], ...]:
        out = []
        for name in names:
            out += data["blocker_sets"][name[1:]] if name.startswith("@") else [name]
        return tuple(re.compile(b) for b in out)

    triggers = tuple(
        TriggerRule(name, t["type"], t.get("form", "active"), tuple(t.get("subject", ())), tuple(t.get("objects", ())),
                    blockers(t.get("blockers", [])), bool(t.get("end", False)),
                    bool(t.get("needs_objects", False)), bool(t.get("session_date", False)))
        for name, t in zip(trigger_names(), data["trigger"], strict=True))
    cues = []
    for role, phrases in data["date_roles"].items():
        for phrase in sorted(phrases, key=len, reverse=True):
            words = r"\s+".join(re.escape(w) for w in phrase.split())
            cues.append((role, re.compile(rf"(?:^|\b){words}(?:\s+(?:dem|den))?\s*$", re.I),
                         re.compile(rf"^{words}\b", re.I)))
    nouns = {noun: tuple(types) for noun, types in coref["nouns"].items()}
    articles = r"(?i:der|die|das|den|dem|des|im|ins|zum|zur|vom|beim|diese[rnms]?|unsere[rnms]?|ihre[rnms]?)"
    noun_alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    generic = re.compile(
        rf"\b(?:{articles})\s+(?P<adj>(?:[a-zäöüß][\wäöüß-]*\s+){{0,3}})(?P<noun>{noun_alt})(?:es|s)?\b"
        r"(?!\s*\(|\s+[A-ZÄÖÜ]|-)")
    return Rules(
        triggers=triggers,
        by_name={t.name: (i, t) for i, t in enumerate(triggers)},
        types=data["types"],
        cues=tuple(cues),
        confidence=data["confidence"],
        foundable=frozenset(coref["foundable_types"]),
        articles=frozenset(coref["articles"]),
        prepositions=frozenset(coref["prepositions"]),
        contractions={k: tuple(v.split()) for k, v in coref["contractions"].items()},  # type: ignore[misc]
        coordinators=frozenset(coref["coordinators"]),
        member_nouns=frozenset(coref["member_nouns"]),
        nouns=nouns,
        plural_nouns=frozenset(coref["plural"]["nouns"]),
        numbers=dict(coref["plural"]["numbers"]),
        generic=generic,
        bodies=bodies,
        same_date=re.compile(refs["same_date"]),
        predecessor=re.compile(refs["predecessor"]),
        relative=re.compile(refs["relative"]),
        pronoun=re.compile(refs["pronoun"]),
        same_session=re.compile(refs["same_session"]),
        same_date_types=dict(refs.get("same_date_types", {})),
        session=re.compile(refs["session"]),
        acts_for_parent=frozenset(coref.get("acts_for_parent", ["Gremium"])),
        modality={name: tuple(re.compile(c) for c in cues) for name, cues in data["modality"].items()},
        hard_blockers=tuple(re.compile(b) for b in data["blocker_sets"]["hard"]["patterns"]),
        staff_word=re.compile(data["lexicons"]["staff"].strip("/")),
    )


# --------------------------------------------------------------------------- per-document state

@dataclass
class Slotted:
    """An organisation mention with its grammatical place in the sentence."""

    key: str
    start: int
    end: int
    slot: str  # core | acc | dat | gen | prep:<preposition>
    head: str = ""  # the noun a genitive depends on
    clause: int = 0
    generic: bool = False
    body: bool = False  # the mention names a council or board (Gremium) acting for ``key``


@dataclass
class Trigger:
    rule: TriggerRule
    start: int
    end: int
    text: str
    clause: int
    dates: list[tuple[DateMention, str]] = field(default_factory=list)  # (date, cue role)
    modality: str = "reported"  # reported | planned | expected | negated


@dataclass
class Sentence:
    idx: int
    start: int
    end: int
    clauses: list[tuple[int, int]]
    mentions: list[Slotted]
    dates: list[DateMention]
    figures: list[FigureMention]
    persons: list[Mention]


@dataclass
class DocContext:
    """What the extractor knows about one release."""

    text: str
    orgs: dict[str, OrgRecord]
    people: dict[str, PersonRecord]
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    org_mentions: list[Mention]
    joiners: list[str] = field(default_factory=list)  # membership subjects (second pass)
    joined: list[str] = field(default_factory=list)  # membership objects (second pass)
    founded: set[str] = field(default_factory=set)  # organisations founded in the release (second pass)
    triggers: dict[int, list[Trigger]] = field(default_factory=dict)  # sentence → triggers found in the first pass
    trigger_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule) of doc.spans
    asked_document: bool = False  # did a selector read joiners/joined (the only input the second pass changes)?
    session: DateMention | None = None  # the date of the latest session named so far (pass-local)

    def effective(self, key: str) -> str:
        """A body (Gremium) or an administration acts for its parent organisation."""
        org = self.orgs.get(key)
        if org and org.org_type in rules().acts_for_parent and org.parent_key:
            return org.parent_key
        return key

    def org_type(self, key: str) -> str:
        org = self.orgs.get(key)
        return org.org_type if org else ""

    def quoted(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quotes)


# --------------------------------------------------------------------------- entry point

def find_events(doc: Doc, sentences, orgs: list[OrgRecord], org_mentions: list[Mention],
                people: list[PersonRecord], person_mentions: list[Mention],
                dates: list[DateMention], figures: list[FigureMention]) -> list[EventReport]:
    """Event reports of one release, one per (sentence, event, subject).

    ``sentences`` is the extract stage's ``SentenceIndex`` (``.spans`` and a
    call mapping a character offset to its sentence number).
    """
    text = view_of(doc).text
    ctx = DocContext(text=text, orgs={o.key: o for o in orgs}, people={p.key: p for p in people},
                     sentences=[], quotes=[m.span() for m in _QUOTE.finditer(text)],
                     org_mentions=_org_mentions(org_mentions, orgs),
                     trigger_spans=_trigger_spans(doc))
    ctx.sentences = _sentences(ctx, sentences, person_mentions, dates, figures)
    first = _extract(ctx)
    members = [r for r in first if r.event_type == "membership"]
    ctx.joiners = _ordered(r.subject_key for r in members)
    ctx.joined = [k for k, _ in Counter(k for r in members for k in r.object_keys).most_common()]
    ctx.founded = {r.subject_key for r in first if r.event_type in ("founding", "operations_start")}
    if not ctx.asked_document or not (ctx.joiners or ctx.joined):
        return first  # the second pass would repeat the first step by step (``founded`` only shapes _sentences)
    return _extract(ctx)


def _org_mentions(mentions: list[Mention], orgs: list[OrgRecord]) -> list[Mention]:
    """ORG mentions with a key, longest first where they overlap."""
    known = {o.key for o in orgs}
    usable = [m for m in mentions if m.key and (m.label == "ORG" or m.key in known)]
    usable.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in usable:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _ordered(keys) -> list[str]:
    return list(dict.fromkeys(k for k in keys if k))


# --------------------------------------------------------------------------- sentences, clauses, slots

def _by_start(items: list[T]) -> Callable[[int, int], list[T]]:
    """A lookup of the items (anything with ``start``) that start in [start, end), by
    bisection: a long release has thousands of sentences and mentions."""
    ordered = sorted(items, key=lambda item: item.start)  # type: ignore[attr-defined]
    starts = [item.start for item in ordered]  # type: ignore[attr-defined]

    def within(start: int, end: int) -> list[T]:
        return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    return within


def _sentences(ctx: DocContext, index, person_mentions: list[Mention], dates: list[DateMention],
               figures: list[FigureMention]) -> list[Sentence]:
    spans = list(getattr(index, "spans", []))
    orgs, dates_in, figures_in = _by_start(ctx.org_mentions), _by_start(dates), _by_start(figures)
    people = _by_start([m for m in person_mentions if m.label == "PER" and m.key])
    out = []
    for idx, (start, end) in enumerate(spans):
        real = orgs(start, end)
        clauses = _clauses(ctx.text, start, end, real)
        sent = Sentence(idx, start, end, clauses, [], dates_in(start, end), figures_in(start, end),
                        people(start, end))
        out.append(sent)
        sent.mentions = _slotted(ctx, sent, real)
    return out


def _clauses(text: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split at commas, semicolons, colons and dashes,
    except inside mentions and inside lists of organisations."""
    cuts = [m for m in _CLAUSE_BREAK.finditer(text, start, end)
            if not any(o.start <= m.start() < o.end for o in mentions)]
    spans, last = [], start
    for cut in cuts:
        spans.append((last, cut.start()))
        last = cut.end()
    spans.append((last, end))
    merged = [spans[0]]
    for span in spans[1:]:
        prev = merged[-1]
        if _ends_with_org(text, prev, mentions) and _starts_with_org(text, span, mentions):
            merged[-1] = (prev[0], span[1])
        else:
            merged.append(span)
    return merged


def _ends_with_org(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    tail = text[span[0]:span[1]].rstrip()
    tail = _BRACKETED_TAIL.sub("", tail)
    stop = span[0] + len(tail)
    return any(m.end == stop for m in mentions)


def _starts_with_org(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    head = text[span[0]:span[1]]
    lead = _LIST_LEAD.match(head)
    pos = span[0] + (lead.end() if lead else 0)
    return any(m.start == pos for m in mentions)


def _clause_of(sent: Sentence, offset: int) -> int:
    for i, (s, e) in enumerate(sent.clauses):
        if s <= offset < e:
            return i
    for i, (s, _e) in reversed(list(enumerate(sent.clauses))):
        if offset >= s:
            return i
    return 0


def _slotted(ctx: DocContext, sent: Sentence, real: list[Mention]) -> list[Slotted]:
    """Slots of the sentence's real and generic organisation mentions, in text order."""
    items = [(m.start, m.end, ctx.effective(m.key), False, ctx.org_type(m.key) == "Gremium") for m in real]
    items += [(*g, False) for g in _generic_mentions(ctx, sent, real)]
    items.sort()
    out: list[Slotted] = []
    for start, end, key, generic, body in items:
        clause = _clause_of(sent, start)
        slot, head = _slot(ctx.text, sent.clauses[clause][0], start, out[-1] if out else None, ctx)
        out.append(Slotted(key, start, end, slot, head, clause, generic, body))
    return out


def _slot(text: str, clause_start: int, start: int, prev: Slotted | None,
          ctx: DocContext) -> tuple[str, str]:
    """(slot, head noun) of a mention starting at ``start``: read the words before it."""
    r = rules()
    toks = _last_tokens(text, clause_start, start, 8)
    i = len(toks) - 1
    article = ""
    # an appositive noun ("dem IT-Dienstleister X") is skipped when an article precedes it
    if i >= 1 and toks[i][0][:1].isupper() and toks[i][0].lower() not in r.articles:
        j = i - 1
        while j >= 0 and _ADJECTIVE.match(toks[j][0]) and toks[j][0].lower() not in r.articles:
            j -= 1
        if j >= 0 and toks[j][0].lower() in r.articles:
            i = j
    if prev and _OPEN_BRACKET.fullmatch(text[prev.end:start]):
        return prev.slot, prev.head  # an acronym in brackets stands in apposition
    while i >= 0:
        word, pos = toks[i]
        low = word.lower()
        if low in r.contractions:
            return f"prep:{r.contractions[low][0]}", ""
        if low in r.prepositions:
            if low == "von" and i >= 1 and toks[i - 1][0] in r.bodies:  # "die Stadträte von A und B" = genitive
                return "gen", toks[i - 1][0]
            return f"prep:{low}", ""
        if low in r.coordinators:
            if prev and _BRACKETS_ONLY.fullmatch(text[prev.end:pos]):
                return prev.slot, prev.head
            break
        if low in r.articles and not article:
            article = low
        elif not article and (_ADJECTIVE.match(word) or word.isdigit() or low in r.numbers):
            pass
        else:
            break
        i -= 1
    if article in ("dem", "einem"):
        return "dat", ""
    if article in ("den", "einen"):
        return "acc", ""
    if article in ("des", "eines") or (article in ("der", "einer") and _after_noun(toks, i, ctx)):
        head = toks[i][0] if i >= 0 else ""
        return "gen", head
    if article in ("der", "einer"):
        return "der", ""  # nominative masculine or dative feminine
    return "core", ""


def _last_tokens(text: str, start: int, end: int, count: int) -> list[tuple[str, int]]:
    """The last ``count`` ``_TOKEN``s of ``text[start:end]`` as (word, offset).

    No token holds whitespace, so a scan from just after a whitespace finds there the same
    tokens as one from ``start``: only the tail is read when it holds enough of them."""
    window = max(start, end - 25 * count)
    space = _SPACE.search(text, window, end) if window > start else None
    if space:
        tail = [(m.group(), m.start()) for m in _TOKEN.finditer(text, space.end(), end)]
        if len(tail) >= count:
            return tail[-count:]
    return [(m.group(), m.start()) for m in _TOKEN.finditer(text, start, end)][-count:]


def _after_noun(toks: list[tuple[str, int]], i: int, ctx: DocContext) -> bool:
    """True when the word before a 'der' is a noun of the clause (so 'der' is genitive)."""
    if i < 0:
        return False
    word, pos = toks[i]
    if not word[:1].isupper():
        return False
    return not any(m.start <= pos < m.end for m in ctx.org_mentions)


def _generic_mentions(ctx: DocContext, sent: Sentence, real: list[Mention]) -> list[tuple[int, int, str, bool]]:
    """Generic noun phrases ("die Stadt", "die beiden Kommunen") resolved to earlier organisations."""
    r = rules()
    out = []
    for m in r.generic.finditer(ctx.text, sent.start, sent.end):
        start, end = m.start("noun"), m.end()
        if any(o.start < end and start < o.end for o in real):
            continue
        noun = m.group("noun")
        count = 1
        if noun in r.plural_nouns:
            numbers = [r.numbers[w] for w in m.group("adj").split() if w in r.numbers]
            count = numbers[0] if numbers else 5
        for key in _antecedents(ctx, start, r.nouns[noun], count):
            out.append((start, end, key, True))
    return out


def _antecedents(ctx: DocContext, before: int, types: tuple[str, ...], count: int) -> list[str]:
    """The ``count`` most recent distinct organisations of the given types before an offset
    (for several, only from the same or the previous sentence).  An organisation the
    release founds counts as foundable; failing all, the most mentioned organisation
    of unknown type ("Sonstige") stands in for a single one."""
    found: list[str] = []
    window = _previous_sentence_start(ctx, before) if count > 1 else 0
    earlier = [m for m in ctx.org_mentions if window <= m.start < before]
    for m in reversed(earlier):
        key = ctx.effective(m.key)
        if _has_type(ctx, key, types) and key not in found:
            found.append(key)
            if len(found) >= count:
                break
    if not found and count == 1 and set(types) & rules().foundable:
        unknown = Counter(ctx.effective(m.key) for m in earlier)
        ranked = [k for k, _ in unknown.most_common() if ctx.org_type(k) == "Sonstige"]
        found = ranked[:1]
    return list(reversed(found)) if count > 1 else found


def _has_type(ctx: DocContext, key: str, types: tuple[str, ...]) -> bool:
    if ctx.org_type(key) in types:
        return True
    return key in ctx.founded and bool(set(types) & rules().foundable)


def _previous_sentence_start(ctx: DocContext, offset: int) -> int:
    starts = [s.start for s in ctx.sentences if s.start <= offset]
    return starts[-2] if len(starts) >= 2 else 0


# --------------------------------------------------------------------------- triggers and dates

def _triggers(ctx: DocContext, sent: Sentence) -> list[Trigger]:
    """The triggers of a sentence, without dates yet (both passes find the same: the second copies the first)."""
    if sent.idx not in ctx.triggers:
        ctx.triggers[sent.idx] = _find_triggers(ctx, sent)
    return [Trigger(t.rule, t.start, t.end, t.text, t.clause, modality=t.modality) for t in ctx.triggers[sent.idx]]


def _trigger_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start char, end char, rule name) of the release's triggers, from ``doc.spans`` where the
    ``event_triggers`` component ran, else found now."""
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else find_triggers(doc)
    return sorted((s.start_char, s.end_char, s.label_) for s in spans)


def _find_triggers(ctx: DocContext, sent: Sentence) -> list[Trigger]:
    """The sentence's trigger spans that no blocker stops, one per place and event type
    (rules earlier in the resource win)."""
    text = ctx.text
    by_rule = rules().by_name
    spans = ctx.trigger_spans
    first = bisect.bisect_left(spans, (sent.start, -1, ""))
    last = bisect.bisect_left(spans, (sent.end, -1, ""))
    candidates = sorted(spans[first:last], key=lambda s: (by_rule[s[2]][0], s[0]))
    found: list[Trigger] = []
    for start, end, name in candidates:
        rule = by_rule[name][1]
        clause = _clause_of(sent, start)
        modality = _modality(rule, text, start, sent.clauses, clause)
        if rule.blockers and _blocked(rule.blockers, text, start, sent.clauses, clause) and \
                (modality == "reported" or rule.event_type == "resolution"
                 or _blocked(rules().hard_blockers, text, start, sent.clauses, clause)):
            continue  # blocked, unless only by what makes it a planned, expected or negated event
        if any(t.rule.event_type == rule.event_type and t.start < end and start < t.end for t in found):
            continue
        found.append(Trigger(rule, start, end, text[start:end], clause, modality=modality))
    found.sort(key=lambda t: t.start)
    return found


def _modality(rule: TriggerRule, text: str, start: int, clauses: list[tuple[int, int]], clause: int) -> str:
    """reported, or the first of negated, expected, planned whose cues ([modality] in the resource)
    stand near the trigger, as blockers are looked for. Resolutions are decisions, reported as such."""
    if rule.event_type == "resolution":
        return "reported"
    for modality, cues in rules().modality.items():
        if _blocked(cues, text, start, clauses, clause):
            return modality
    return "reported"


def _blocked(blockers: tuple[re.Pattern[str], ...], text: str, start: int, clauses: list[tuple[int, int]],
             clause: int) -> bool:
    """A blocker in the 60 characters before the trigger or in the rest of its clause; a zu-infinitive
    clause also reads the clause before it, whose verb governs it ("plant, … beizutreten")."""
    lo, hi = clauses[clause]
    before = text[max(lo, start - 60):start]
    if clause > 0 and _INFINITIVE.search(text, lo, hi):
        before = text[clauses[clause - 1][0]:lo] + " " + before
    rest = text[start:hi]
    stop = _SENTENCE_END.search(rest)
    if stop:  # a quotation run on after the sentence ("… zur X. „Das hätten wir …") is not its clause
        rest = rest[:stop.start()]
    return any(b.search(before) or b.search(rest) for b in blockers)


def _cue_role(text: str, date: DateMention, clause_start: int) -> str:
    return _role_of(text[max(clause_start, date.start - 50):date.start], date.text)


@lru_cache(maxsize=4096)
def _role_of(before: str, date_text: str) -> str:
    """The date role a cue before the date or at its start gives ('' for none)."""
    for role, before_cue, start_cue in rules().cues:
        if before_cue.search(before) or start_cue.search(date_text):
            return role
    return ""


def _assign_dates(ctx: DocContext, sent: Sentence, triggers: list[Trigger]) -> None:
    """Give every date of the sentence to the nearest trigger accepting its role."""
    types = rules().types
    refers = rules().same_session.search(ctx.text, sent.start, sent.end)
    for date in sent.dates:
        clause = _clause_of(sent, date.start)
        role = _cue_role(ctx.text, date, sent.clauses[clause][0])
        fits = [t for t in triggers if role in types[t.rule.event_type]["accepts"]]
        local = [t for t in fits if t.clause == clause]
        if not local and any(t.clause == clause for t in triggers):
            continue  # the date belongs to its own clause's event, which does not take it
        if not local and refers:
            continue  # "in derselben Sitzung": the event's date is an earlier one, not another clause's
        pool = local or fits
        if pool:
            best = min(pool, key=lambda t: _distance(t, date))
            best.dates.append((date, role))


def _distance(trigger: Trigger, date: DateMention) -> int:
    if trigger.start <= date.start < trigger.end:
        return 0
    return min(abs(date.start - trigger.end), abs(trigger.start - date.end))


def _date_for(trigger: Trigger, subject_start: int | None, n_subjects: int,
              rank: int = 0) -> tuple[DateMention, str] | None:
    """The date of one subject's event: by position when several subjects have several dates
    (as many dates as subjects pair up in text order: "X am 28. November und Y am 5. Dezember")."""
    dated = [(d, role) for d, role in trigger.dates if d.value] or trigger.dates
    if not dated:
        return None
    if n_subjects > 1 and len(dated) == n_subjects and subject_start is not None:
        return sorted(dated, key=lambda x: x[0].start)[rank]
    if n_subjects > 1 and len(dated) > 1 and subject_start is not None:
        before = [x for x in dated if x[0].start < subject_start]
        if before:
            return max(before, key=lambda x: x[0].start)
        return min(dated, key=lambda x: x[0].start)
    default = rules().types[trigger.rule.event_type]["default_role"]
    return min(dated, key=lambda x: (x[1] != default and x[1] != "", _distance(trigger, x[0])))


# --------------------------------------------------------------------------- role selection

@dataclass
class Choice:
    keys: list[str]
    starts: list[int | None]
    how: str  # the selector that produced the keys
    generic: bool = False


def _select(ctx: DocContext, sent: Sentence, trigger: Trigger, selectors: tuple[str, ...],
            exclude: set[str], reports: list[EventReport], role: str) -> Choice:
    """Apply selectors in order: clause first, then the whole sentence, then context."""
    clause_mentions = [m for m in sent.mentions if m.clause == trigger.clause]
    for selector in selectors:
        pools = (clause_mentions,) if selector in CLAUSE_ONLY else (clause_mentions, sent.mentions)
        for pool in pools:
            picked = [m for m in pool if m.key not in exclude and _matches(ctx, selector, m, trigger)]
            if selector == "nom" and any(m.slot == "core" for m in picked):
                picked = [m for m in picked if m.slot == "core"]  # then "der X" is the dative
            if selector == "framed":
                picked = picked[-1:]  # the object stands last before the participle
            if picked:
                picked = _dedupe(picked)
                return Choice([m.key for m in picked], [m.start for m in picked], selector,
                              all(m.generic for m in picked))
        keys = _context_keys(ctx, sent, trigger, selector, reports, role)
        keys = [k for k in keys if k not in exclude]
        if keys:
            return Choice(keys, [None] * len(keys), selector)
    return Choice([], [], "")


def _dedupe(mentions: list[Slotted]) -> list[Slotted]:
    seen: dict[str, Slotted] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


def _matches(ctx: DocContext, selector: str, m: Slotted, trigger: Trigger | None = None) -> bool:
    if selector in ("core", "nom"):
        return m.slot in ("core", "der")
    if selector in ("acc", "dat", "gen", "der"):
        return m.slot == selector
    if selector.startswith("prep:"):
        return m.slot == selector
    if selector == "gen_trigger":
        return m.slot == "gen" and trigger is not None and m.head == trigger.text
    if selector == "gen_member":
        return m.slot == "gen" and m.head in rules().member_nouns
    if selector == "body":
        return (m.body and m.slot in ("core", "der")) or (m.slot == "gen" and m.head in rules().bodies)
    if selector == "foundable":
        return m.slot in ("core", "der", "acc") and ctx.org_type(m.key) in rules().foundable
    if selector == "foundable_any":
        return ctx.org_type(m.key) in rules().foundable
    if selector == "framed_after":  # "der neu gegründete Zweckverband X": the noun right after the participle
        return trigger is not None and trigger.end <= m.start <= trigger.end + 2
    if selector == "framed":  # "A und B haben … die C GmbH gegründet": inside the verb frame
        return trigger is not None and trigger.start < m.start < trigger.end and m.slot in ("core", "der", "acc") \
            and ctx.org_type(m.key) in rules().foundable
    return selector == "rest"


def _context_keys(ctx: DocContext, sent: Sentence, trigger: Trigger, selector: str,
                  reports: list[EventReport], role: str) -> list[str]:
    """Selectors that look beyond the clause: main clause, previous sentences, the release."""
    if selector == "main":
        return _ordered(m.key for m in sent.mentions if m.clause != trigger.clause and m.slot in ("core", "der"))
    if selector == "previous":
        return _previous(ctx, sent, trigger, reports)
    if selector == "document":
        ctx.asked_document = True
        return ctx.joiners if role == "subject" else ctx.joined
    return []


def _previous(ctx: DocContext, sent: Sentence, trigger: Trigger, reports: list[EventReport]) -> list[str]:
    """Subjects of the same event type in the two previous sentences; else, when the
    clause speaks of 'sie'/'es', the core organisations of the previous sentence."""
    for back in (1, 2):
        same = [r.subject_key for r in reports
                if r.sent_idx == sent.idx - back and r.event_type == trigger.rule.event_type]
        if same:
            return _ordered(same)
    start, end = sent.clauses[trigger.clause]
    if sent.idx > 0 and _PRONOUN.search(ctx.text, start, end):
        prev = ctx.sentences[sent.idx - 1]
        return _ordered(m.key for m in prev.mentions if m.slot in ("core", "der"))
    return []


# --------------------------------------------------------------------------- reports

def _extract(ctx: DocContext) -> list[EventReport]:
    reports: list[EventReport] = []
    ctx.session = None
    for sent in ctx.sentences:
        triggers = _triggers(ctx, sent)
        if not triggers:
            _note_session(ctx, sent)
            continue
        _assign_dates(ctx, sent, triggers)
        found: list[EventReport] = []
        for trigger in triggers:
            found.extend(_reports(ctx, sent, trigger, reports))
        found = _merge_sentence(found)
        ref = rules().same_date.search(ctx.text, sent.start, sent.end) if any(not r.date for r in found) else None
        if ref:
            _same_date(found, [*reports, *(r for r in found if r.date)], ref.group())
        reports.extend(found)
        _note_session(ctx, sent)
    return reports


def _note_session(ctx: DocContext, sent: Sentence) -> None:
    """Remember the date of a session the sentence names ("in der Sitzung … am 10. Juni")."""
    if not sent.dates:
        return
    m = rules().session.search(ctx.text, sent.start, sent.end)
    if not m:
        return
    dated = [d for d in sent.dates if d.value and d.granularity == "day"]
    if dated:
        ctx.session = min(dated, key=lambda d: abs(d.start - m.start()))


def _session_date(ctx: DocContext, sent: Sentence, trigger: Trigger, report: EventReport) -> None:
    """An undated election, or an event "in derselben Sitzung", takes the latest session's date."""
    if report.date or ctx.session is None:
        return
    if not (trigger.rule.session_date or rules().same_session.search(ctx.text, sent.start, sent.end)):
        return
    d = ctx.session
    report.date, report.date_granularity, report.date_resolution = d.value, d.granularity, d.resolution
    report.date_role = rules().types[trigger.rule.event_type]["default_role"]


def _same_date(found: list[EventReport], reports: list[EventReport], ref: str) -> None:
    """Undated reports of a sentence saying "zum selben Stichtag" take the latest effective date before
    (of the event type the reference names: "Mit dem Beitritt …")."""
    types = {t for noun, t in rules().same_date_types.items() if noun in ref}
    earlier = next((r for r in reversed(reports) if r.date and r.date_role == "effective"
                    and (not types or r.event_type in types)), None)
    if earlier is None:
        return
    for r in found:
        if not r.date and "effective" in rules().types[r.event_type]["accepts"]:
            r.date, r.date_granularity = earlier.date, earlier.date_granularity
            r.date_resolution, r.date_role = earlier.date_resolution, "effective"


def _reports(ctx: DocContext, sent: Sentence, trigger: Trigger,
             reports: list[EventReport]) -> list[EventReport]:
    rule = trigger.rule
    if rule.event_type == "appointment":
        return _appointments(ctx, sent, trigger, reports)
    subject = _select(ctx, sent, trigger, rule.subject, set(), reports, "subject")
    if not subject.keys:
        return []
    if rule.event_type in ("founding", "operations_start", "staff_transfer"):
        subject = Choice(subject.keys[:1], subject.starts[:1], subject.how, subject.generic)
    elif rule.event_type == "membership" and len(subject.keys) > 1:
        subject = _not_joining_itself(ctx, sent, trigger, subject, reports)
    objects = _select(ctx, sent, trigger, rule.objects, set(subject.keys), reports, "objects")
    if subject.how == "document" and rule.event_type == "contract_signing":
        objects = Choice([k for k in ctx.joined if k not in subject.keys], [], "document")
    if rule.needs_objects and not objects.keys:
        return []
    if rule.event_type == "contract_signing" and len(subject.keys) > 1 and not objects.keys:
        # "A und B unterzeichneten den Vertrag": one signing, the first party its subject, the others objects
        # (with a named other party, "A und B unterzeichneten mit C", each signed with C)
        objects = Choice(subject.keys[1:], [], objects.how, objects.generic)
        subject = Choice(subject.keys[:1], subject.starts[:1], subject.how, subject.generic)
    out = []
    for rank, (key, start) in enumerate(zip(subject.keys, subject.starts, strict=True)):
        obj = [k for k in objects.keys if k != key]
        report = _report(ctx, sent, trigger, key, obj, start, len(subject.keys), rank)
        _session_date(ctx, sent, trigger, report)
        report.confidence = _confidence(ctx, trigger, subject, bool(obj), bool(report.date))
        out.append(report)
    return out


def _not_joining_itself(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: Choice,
                        reports: list[EventReport]) -> Choice:
    """Of several joiners, drop those the object selectors name as the organisation joined
    ("X tritt Y bei … wird X Mitglied des Y": Y is no joiner)."""
    joined = set(_select(ctx, sent, trigger, trigger.rule.objects, set(), reports, "objects").keys)
    kept = [(k, s) for k, s in zip(subject.keys, subject.starts, strict=True) if k not in joined]
    if not kept or len(kept) == len(subject.keys):
        return subject
    return Choice([k for k, _ in kept], [s for _, s in kept], subject.how, subject.generic)


def _report(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: str, objects: list[str],
            subject_start: int | None, n_subjects: int, rank: int = 0) -> EventReport:
    start, end = _strip(ctx.text, sent.start, sent.end)
    report = EventReport(event_type=trigger.rule.event_type, sent_idx=sent.idx, start=start, end=end,
                         evidence=ctx.text[start:end], subject_key=subject, object_keys=objects,
                         person_keys=_ordered(m.key for m in sent.persons), trigger=trigger.text,
                         modality=trigger.modality)
    chosen = _date_for(trigger, subject_start, n_subjects, rank)
    if chosen:
        date, role = chosen
        report.date, report.date_granularity = date.value, date.granularity
        report.date_resolution = date.resolution
        report.date_role = role or rules().types[trigger.rule.event_type]["default_role"]
    if trigger.rule.event_type == "staff_transfer":
        report.figure = _staff_figure(ctx, sent)
    return report


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, start + len(chunk.rstrip())


def _confidence(ctx: DocContext, trigger: Trigger, subject: Choice, has_objects: bool,
                has_date: bool) -> float:
    c = rules().confidence
    score = c.get(trigger.rule.form, 0.7)
    if subject.how in ("previous", "document"):
        score += c["fallback_subject"]
    elif subject.how == "main":
        score += c["main_subject"]
    if subject.generic:
        score += c["coreference"]
    if trigger.rule.event_type in SUBJECT_TYPES_NEEDING_OBJECTS and not has_objects:
        score += c["missing_objects"]
    if has_date:
        score += c["with_date"]
    if ctx.quoted(trigger.start):
        score += c["quoted"]
    return round(min(0.99, max(0.05, score)), 2)


def _staff_figure(ctx: DocContext, sent: Sentence) -> float | None:
    """Head count of a staff transfer: a staff figure of the sentence, else a number before a staff noun."""
    staff = rules().staff_word
    for f in sent.figures:
        if any(staff.fullmatch(word) for word in (f.unit or f.text).lower().split()):
            return f.value
    m = _STAFF_NUMBER.search(ctx.text, sent.start, sent.end)
    return float(m.group(1).replace(".", "")) if m else None


def _appointments(ctx: DocContext, sent: Sentence, trigger: Trigger,
                  reports: list[EventReport]) -> list[EventReport]:
    """A person takes up or leaves an office: subject = the person, object = the office's organisation."""
    person, how = _appointee(ctx, sent, trigger, reports)
    if not person:
        return []
    record = ctx.people.get(person)
    role, org = _office(ctx, sent, trigger, record)
    objects = [org] if org else _ordered(m.key for m in sent.mentions)
    report = _report(ctx, sent, trigger, person, objects, None, 1)
    _session_date(ctx, sent, trigger, report)
    report.role, report.direction = role, "end" if trigger.rule.end else "start"
    report.confidence = _confidence(ctx, trigger, Choice([person], [None], how), bool(objects),
                                    bool(report.date))
    return [report]


def _appointee(ctx: DocContext, sent: Sentence, trigger: Trigger,
               reports: list[EventReport]) -> tuple[str, str]:
    """(person key, how found) of an appointment.

    For a relative clause ("…, der in den Ruhestand geht") the person named just before it;
    else the person of the trigger's clause nearest to it, then the sentence's first, who is not introduced
    as the predecessor ("folgt auf X"); for a sentence naming nobody else, the person appointed
    in the two previous sentences, or (when the clause says "sie"/"er") the last person of the
    previous sentence.  Leaving an office may be said of the predecessor too."""
    r = rules()
    start, end = sent.clauses[trigger.clause]
    if trigger.clause > 0 and r.relative.search(ctx.text[start:end]):
        before = [m for m in sent.persons if m.start < start]
        if before:
            return before[-1].key, "core"
    fresh = [m for m in sent.persons if not _predecessor(ctx, sent, m)]
    local = [m for m in fresh if start <= m.start < end]
    if local:  # the one nearest the trigger: "X verlässt …; Ihr Nachfolger wird Y"
        return min(local, key=lambda m: _gap(m, trigger)).key, "core"
    if fresh:  # the subject of a clause after an apposition: "X, bislang Leiterin der Y, wird Stellvertreterin"
        before = [m for m in fresh if m.end <= trigger.start]
        if before and trigger.clause > 0 and ctx.text[before[-1].end:trigger.start].lstrip().startswith(","):
            return before[-1].key, "core"
        return fresh[0].key, "core"
    for back in (1, 2):
        earlier = [x.subject_key for x in reports
                   if x.sent_idx == sent.idx - back and x.event_type == "appointment"
                   and x.direction != "end"]
        if earlier:
            return earlier[-1], "previous"
    if sent.idx > 0 and r.pronoun.search(ctx.text, start, end):
        prev = ctx.sentences[sent.idx - 1].persons
        if prev:
            return prev[-1].key, "previous"
    if trigger.rule.end and sent.persons:
        return sent.persons[0].key, "core"
    return "", ""


def _gap(m: Mention, trigger: Trigger) -> int:
    return max(0, trigger.start - m.end, m.start - trigger.end)


def _predecessor(ctx: DocContext, sent: Sentence, person: Mention) -> bool:
    """True when the words before the name introduce the predecessor ("folgt auf Geschäftsführer X")."""
    return bool(rules().predecessor.search(ctx.text[max(sent.start, person.start - 60):person.start]))


def _office(ctx: DocContext, sent: Sentence, trigger: Trigger,
            record: PersonRecord | None) -> tuple[str, str]:
    """(role, organisation key) of an appointment: the words after 'zum/zur/als', else the person's role."""
    m = _OFFICE_AFTER.search(trigger.text)
    role = m.group(1) if m else ""
    if not role:
        m = _OFFICE_NOUN.search(ctx.text, trigger.start, min(sent.end, trigger.end + 80))
        role = (m.group(1) or m.group(2)) if m else ""
    org = ""
    if record and record.roles:
        match = next((r for r in record.roles if role and r.role.lower().startswith(role.lower()[:6])),
                     record.roles[0])
        role = role or match.role
        org = match.org_key
    return role, ctx.effective(org) if org else ""


def _merge_sentence(reports: list[EventReport]) -> list[EventReport]:
    """One report per (type, subject) and sentence: the dated, most confident one, objects united."""
    best: dict[tuple[str, str], EventReport] = {}
    for r in reports:
        key = (r.event_type, r.subject_key)
        old = best.get(key)
        if old is None:
            best[key] = r
            continue
        keep = max((old, r), key=lambda x: (bool(x.date), x.confidence))
        other = r if keep is old else old
        best[key] = replace(keep, object_keys=_ordered([*keep.object_keys, *other.object_keys]))
    return list(best.values())
