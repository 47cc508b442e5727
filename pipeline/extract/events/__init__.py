"""Events: recognise the event types of SPEC §5 sentence by sentence.

All German knowledge (trigger constructions, role selectors, date-role cues,
coreference nouns) lives in ``resources/events.toml``; this package applies it,
one module per step:

1. ``matcher`` finds the triggers (lemma patterns in a spaCy ``Matcher``) and
   ``triggers`` keeps those no blocker stops, with their modality;
2. ``clauses`` splits each sentence into clauses and gives every organisation
   mention a grammatical *slot* (its preposition, or the case its article
   shows) — generic nouns such as "die Stadt" become mentions of the most
   recent organisation of a fitting type;
3. ``arguments`` picks subject and objects with the trigger's selectors (clause
   first, then the sentence, then context); ``appointments`` does so for people;
4. ``dates`` gives each date of the sentence to the nearest trigger that accepts
   its role ("mit Wirkung zum" → effective, "in ihrer Sitzung am" → decided);
5. ``reports`` builds one ``EventReport`` per subject, ``scoring`` its confidence.

The release is read twice: the first pass finds the memberships, which the
second uses for references to the whole release (a contract signed "by the
new member", an object the sentence leaves implicit). When the first pass finds
a reported merger, the sentences are built again first, so that a generic noun
after it ("der Verband") stands for the merged organisation.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from ...periods import interval
from ...records import DateMention, EventReport, FigureMention, Mention, OrgRecord, PersonRecord
from ..view import view_of
from .arguments import foundable, release_host
from .clauses import build_sentences
from .dates import copy_date, joined_together, transfers_dated_by_start
from .reports import extract_reports
from .rules import DocContext, ordered, rules
from .triggers import trigger_spans

__all__ = ["find_events", "rules"]

_QUOTE = re.compile(r"„[^“”\"„]*[“”\"]|“[^”„]*”|\"[^\"\n]*\"", re.S)



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
                     trigger_spans=trigger_spans(doc))
    ctx.sentences = build_sentences(ctx, sentences, person_mentions, dates, figures)
    first = extract_reports(ctx)
    ctx.successors = _successors(ctx, first)
    if ctx.successors:  # after a merger is told, "der Verband" is the merged one: resolve the nouns again
        ctx.sentences = build_sentences(ctx, sentences, person_mentions, dates, figures)
        first = extract_reports(ctx)
    members = [r for r in first if r.event_type == "membership"]
    ctx.joiners = ordered(r.subject_key for r in members if r.modality != "negated")  # who stays out signs nothing
    host = release_host(ctx)  # (the release's own organisation joining an umbrella is not what others join)
    ctx.joined = [k for k, _ in Counter(k for r in members if r.modality != "negated" and r.subject_key != host
                                        for k in r.object_keys).most_common()]
    ctx.founded = {r.subject_key for r in first if r.event_type in ("founding", "operations_start")}
    if ctx.asked_document and (ctx.joiners or ctx.joined):  # else the second pass would repeat the first
        first = extract_reports(ctx)
    reports = _authority_as_partner(ctx, _state_as_partner(ctx, _new_party_first(_without_joined_joining(first))))
    reports = _each_decided(ctx, _admitter_decides(reports))
    transfers_dated_by_start(reports)
    joined_together(reports)
    for report in reports:
        if report.modality == "negated" and report.event_type != "resolution":  # what did not happen has no date
            decision = next((r for r in reports if r.event_type == "resolution" and not r.date and r.sent_idx ==
                             report.sent_idx and r.subject_key == report.subject_key), None)
            if decision is not None and report.date:  # "… entschieden; ihr Rat verzichtete im Januar auf …"
                copy_date(decision, report, "decided")
            report.date = report.date_granularity = report.date_role = report.date_resolution = ""
    items = [m.start() for m in rules().agenda_item.finditer(text)]
    if items:
        for r in reports:
            r.section = bisect_right(items, r.start) - 1
    return reports


def _joiners(reports: list[EventReport]) -> set[str]:
    """The organisations the reports have joining something (not those that stay out)."""
    return {r.subject_key for r in reports if r.event_type == "membership" and r.modality != "negated"}


def _new_party_first(reports: list[EventReport]) -> list[EventReport]:
    """A signing's subject is its main new party (SPEC §5): of its parties, the one organisation the release
    reports joining ("Landrat X, Oberbürgermeister Y und Geschäftsführer Z haben den Vertrag unterschrieben.
    … wird der Kreis damit Gesellschafter"), whichever signatory was named first."""
    joiners = _joiners(reports)
    for r in reports:
        if r.event_type == "contract_signing" and r.subject_key not in joiners:
            new = [k for k in r.object_keys if k in joiners]
            if len(new) == 1:
                r.object_keys = [r.subject_key, *(k for k in r.object_keys if k != new[0])]
                r.subject_key = new[0]
    return reports


def _state_as_partner(ctx: DocContext, reports: list[EventReport]) -> list[EventReport]:
    """A state signing with one organisation is its partner, the organisation the signing's subject ("Das Land
    und die X unterzeichneten eine Kooperationsvereinbarung": X signed with the Land); a state signing with
    several keeps the subject ("Das Land schließt mit den Landkreisen A und B einen Vertrag")."""
    for r in reports:
        if r.event_type == "contract_signing" and len(r.object_keys) == 1 and ctx.is_state(r.subject_key) \
                and not ctx.is_state(r.object_keys[0]):
            r.subject_key, r.object_keys = r.object_keys[0], [r.subject_key]
    return reports


def _authority_as_partner(ctx: DocContext, reports: list[EventReport]) -> list[EventReport]:
    """A town or Landkreis signing with one organisation it neither joins, buys into nor founds is that
    organisation's partner: the organisation is the main party ("Landrätin X und Vereinschefin Y unterzeichneten
    die Kooperationsvereinbarung": the Verein's; a founder's contract with what it founded, signed after the
    founding; a Pacht-, Nutzungs- or Mietvertrag even with what the town joined or founded). A transfer contract
    keeps the subject ``_receiver_first`` gave it."""
    joiners = _joiners(reports)
    founded = {(k, r.subject_key): r.date for r in reports if r.event_type == "founding" for k in r.object_keys}
    host = release_host(ctx)
    for r in reports:
        partners = _without_short_forms(ctx, r.object_keys)
        if r.event_type == "contract_signing" and not partners and host and host != r.subject_key:
            partners = [host]  # "Der Bürgermeister hat signalisiert, dass der Vertrag im Mai unterschrieben werden
            # soll": the town signs with the organisation the release speaks for
        if r.event_type != "contract_signing" or len(partners) != 1:
            continue
        sent = ctx.sentences[r.sent_idx]
        if not rules().partner_contract.search(ctx.text, sent.start, sent.end) and (
                r.subject_key in joiners or ((r.subject_key, partners[0]) in founded
                                             and not _later(r.date, founded[r.subject_key, partners[0]]))):
            continue  # a member's or founder's contract with what it joins or founds, unless a lease or the like
            # or signed after the founding
        if ctx.org_type(r.subject_key) in rules().authorities and foundable(ctx, partners[0]) \
                and not any(pattern.search(ctx.text, sent.start, sent.end) for pattern in (
                    rules().joining_contract, rules().founding_contract, rules().transfer_contract)):
            r.subject_key, r.object_keys = partners[0], [r.subject_key]
    return reports


def _later(date: str, other: str) -> bool:
    """Does the period ``date`` begin after the period ``other`` ends (False when either is unknown)?"""
    start, end = interval(date)[0], interval(other)[1]
    return bool(start and end) and start > end


def _without_short_forms(ctx: DocContext, keys: list[str]) -> list[str]:
    """The keys but those whose name opens another's ("Lautwerk" beside "Lautwerk Ilsenhain gGmbH"; reconcile
    makes them one organisation)."""
    names = [ctx.orgs[k].name if k in ctx.orgs else k for k in keys]
    return [k for k, name in zip(keys, names, strict=True)
            if not any(o != name and o.startswith(name + " ") for o in names)]


def _each_decided(ctx: DocContext, reports: list[EventReport]) -> list[EventReport]:
    """"Sowohl im A als auch im B hat die Mitgliederversammlung … zugestimmt": a decision of each, neither the other's
    object ([references] both_and)."""
    out = []
    for r in reports:
        sent = ctx.sentences[r.sent_idx]
        both = rules().both_and.search(ctx.text, sent.start, sent.end) if r.event_type == "resolution" else None
        named = [m.key for m in sent.mentions if both and both.start() <= m.start < both.end()]
        pair = set(ordered(named))
        if len(pair) == 2 and r.subject_key in pair and pair & set(r.object_keys):
            rest = [k for k in r.object_keys if k not in pair]
            out.extend(dataclasses.replace(r, subject_key=k, object_keys=list(rest)) for k in ordered(named))
        else:
            out.append(r)
    return out


def _admitter_decides(reports: list[EventReport]) -> list[EventReport]:
    """An admission decided is the admitting organisation's decision, never the admitted one's ("Der Verband X hat
    den Y auf seiner Delegiertenversammlung als Mitglied aufgenommen": X decided about Y)."""
    for r in reports:
        if r.event_type != "resolution" or not r.trigger.lower().startswith(rules().admission_words):
            continue
        joined = [m for m in reports if m.event_type == "membership" and m.sent_idx == r.sent_idx
                  and m.subject_key == r.subject_key and m.object_keys and m.modality != "negated"]
        if joined:
            admitted = ordered(m.subject_key for m in reports if m.event_type == "membership"
                               and m.sent_idx == r.sent_idx and m.object_keys == joined[0].object_keys)
            r.subject_key, r.object_keys = joined[0].object_keys[0], admitted
    return reports


def _without_joined_joining(reports: list[EventReport]) -> list[EventReport]:
    """Drop a membership with nothing joined whose joiner others join in the release ("Zwei Landkreise treten
    Verbund X bei" read with X as the subject)."""
    joined = {k for r in reports if r.event_type == "membership" for k in r.object_keys}
    return [r for r in reports if not (r.event_type == "membership" and not r.object_keys
                                       and r.subject_key in joined)]


def _successors(ctx: DocContext, reports: list[EventReport]) -> dict[str, tuple[str, int]]:
    """Organisations a reported merger joined into another ("Hervorgegangen ist der Y aus dem Zweckverband X"),
    with the merged one and where the release tells it."""
    out: dict[str, tuple[str, int]] = {}
    for r in reports:
        if r.event_type == "founding" and r.modality == "reported" and \
                any(word in r.trigger.lower() for word in rules().merger_words):
            for key in r.object_keys:
                if key != r.subject_key:
                    out.setdefault(key, (r.subject_key, ctx.sentences[r.sent_idx].start))
    return out


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

