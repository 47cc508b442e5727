"""Reports: one pass over the release's sentences, trigger by trigger, into ``EventReport``s."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...periods import interval
from ...records import DateMention, EventReport
from .appointments import appointments
from .arguments import Choice, foundable, select
from .dates import (
    assign_dates,
    dated_with,
    deputy_dated_by_principal,
    elected_together,
    founded_by_statute,
    in_force_day,
    joining_takes_effect,
    line_label_date,
    note_session,
    register_entry_day,
    same_date,
    session_date,
    with_in_force,
)
from .rules import (
    CONTEXT_SELECTORS,
    DocContext,
    Sentence,
    Slotted,
    Trigger,
    ordered,
    rules,
)
from .scoring import confidence, give_date, make_report, staff_shares
from .triggers import sentence_triggers

_GIVER_SLOTS = {"gen", "prep:aus", "prep:von", "prep:bei"}  # where a staff transfer's givers stand


def extract_reports(ctx: DocContext) -> list[EventReport]:
    reports: list[EventReport] = []
    ctx.session, ctx.minutes_session, ctx.session_body = None, None, ""
    in_force = in_force_day(ctx)
    for sent in ctx.sentences:
        triggers = sentence_triggers(ctx, sent)
        joining_takes_effect(ctx, sent, reports)
        if not triggers:
            note_session(ctx, sent, [])
            if not reports:
                ctx.minutes_session = ctx.session
            continue
        assign_dates(ctx, sent, triggers)
        found: list[EventReport] = []
        ctx.sentence_reports = found
        silent = []  # triggers that took a date but found no organisations ("Gründungsversammlung am …: A und B
        # gründen die C": the founding's date stood nearer the noun)
        for trigger in triggers:
            made = _reports(ctx, sent, trigger, reports)
            if not made and trigger.dates:
                silent.append(trigger)
            found.extend(made)
        found = merge_sentence(found)
        # the other council decided on its own, the gapped clause's organisation joins on its own: neither is an
        # object of the first one's event
        for find_gapped in (_gapped_decisions, _gapped_joins):
            gapped = find_gapped(ctx, sent, triggers, found)
            if not gapped:
                continue
            own = {(r.event_type, r.subject_key) for r in gapped}
            found = [replace(r, object_keys=[k for k in r.object_keys if (r.event_type, k) not in own])
                     for r in found + gapped]
        for report in found:
            donor = next((t for t in silent if t.rule.event_type == report.event_type or t.rule.meeting), None)
            if donor is not None and not report.date:
                give_date(report, donor, [])
        ref = rules().same_date.search(ctx.text, sent.start, sent.end) if any(not r.date for r in found) else None
        if ref:
            same_date(ctx, sent, found, [*reports, *(r for r in found if r.date)], ref)
        with_in_force(ctx, sent, found, in_force)
        dated_with(found)
        elected_together(found)
        deputy_dated_by_principal(ctx, sent, found, reports)
        line_label_date(ctx, sent, found)
        register_entry_day(ctx, sent, found)
        if rules().against_previous.search(ctx.text, sent.start, sent.end):
            found.extend(_decided_against(found, reports, sent.idx))
        reports.extend(found)
        note_session(ctx, sent, found)
    founded_by_statute(reports, in_force)
    return reports


def _gapped_decisions(ctx: DocContext, sent: Sentence, triggers: list[Trigger],
                      found: list[EventReport]) -> list[EventReport]:
    """"A habe am 29. August zugestimmt, die Stadtvertretung B am 5. September": a short clause after a decision,
    without a trigger of its own, naming another council and a date of its own, is that council's decision."""
    out: list[EventReport] = []
    for trigger in (t for t in triggers if t.rule.event_type == "resolution"):
        base = next((r for r in found if r.event_type == "resolution" and r.trigger == trigger.text), None)
        if base is None:
            continue
        for k, dates in _gapped_clauses(ctx, sent, triggers, trigger):
            # the councils, and the organisations after a plural council ("die Gemeinderäte in A und B noch im April")
            # ("In der Gemeinde A hat der Gemeinderat Ende Mai zugestimmt, in der Gemeinde B dann Anfang Juni": a town
            # after "in" where the decision named its council after "in" too)
            deciders = list(dict.fromkeys(ctx.effective(m.key) for m in sent.mentions if m.clause == k and (
                (m.body and m.slot in ("core", "der")) or (m.slot == "gen" and m.head in rules().plural_nouns)
                or (m.slot == "prep:in" and any(x.slot == "prep:in" and ctx.effective(x.key) == base.subject_key
                                                for x in sent.mentions if x.clause == trigger.clause)))))
            # "…, der Gemeinderat B am 8. Oktober und der Gemeinderat C am 15. Oktober": councils and dates in pairs
            paired = len(deciders) == len(dates) > 1
            base.object_keys = [key for key in base.object_keys if key not in deciders]
            for subject, date in zip(deciders, dates if paired else dates[:1] * len(deciders), strict=False):
                if subject != base.subject_key:
                    out.append(replace(base, subject_key=subject, date=date.value, date_granularity=date.granularity,
                                       date_resolution=date.resolution, date_role="decided"))
    return out


def _gapped_joins(ctx: DocContext, sent: Sentence, triggers: list[Trigger],
                  found: list[EventReport]) -> list[EventReport]:
    """"2021 kam A hinzu, 2023 die Stadt B und 2024 der C e.V.": the short clauses after a membership, without a
    trigger of their own, pairing each organisation with a date of its own, are those organisations' memberships
    (as many dates as organisations, paired in order)."""
    out: list[EventReport] = []
    for trigger in (t for t in triggers if t.rule.event_type == "membership"):
        base = next((r for r in found if r.event_type == "membership" and r.trigger == trigger.text
                     and r.date and r.modality != "negated"), None)
        if base is None:
            continue
        for k, dates in _gapped_clauses(ctx, sent, triggers, trigger):
            joiners = [m for m in sent.mentions if m.clause == k and not m.body and m.slot in ("core", "der")]
            if not joiners or len(joiners) != len(dates):
                break
            pairs = [(ctx.effective(joiner.key), date) for joiner, date in zip(joiners, dates, strict=True)]
            objects = [key for key in base.object_keys if key not in {subject for subject, _ in pairs}]
            out.extend(replace(base, subject_key=subject, object_keys=objects, date=date.value,
                               date_granularity=date.granularity, date_resolution=date.resolution)
                       for subject, date in pairs if subject != base.subject_key and objects)
    return out


def _gapped_clauses(ctx: DocContext, sent: Sentence, triggers: list[Trigger],
                    trigger: Trigger) -> Iterator[tuple[int, list[DateMention]]]:
    """(clause number, its dates) of the short clauses after ``trigger`` without a trigger of their own: a verb
    left out ("…, die Stadtvertretung B am 5. September", "…, 2023 die Stadt B")."""
    busy = {t.clause for t in triggers}
    for k in range(trigger.clause + 1, len(sent.clauses)):
        start, end = sent.clauses[k]
        parts = ctx.text[start:end].split(" und ")  # "…, der Gemeinderat B am 8. Oktober und der Gemeinderat C am 15."
        if k in busy or max(len(part.split()) for part in parts) > _GAPPED_WORDS:
            return
        yield k, [d for d in sent.dates if start <= d.start < end and d.value]


_GAPPED_WORDS = 14  # "die Stadtvertretung Beispielfeld am 5. September 2024", "der Kreistag des Landkreises X in seiner
# Sitzung vom 7. April 2025": a clause without its verb is short


def _decided_against(found: list[EventReport], reports: list[EventReport], idx: int) -> list[EventReport]:
    """"Die Gemeinden A und B treten bei. C hat sich dagegen entschieden": C's decision is against the event just
    reported, a negated event of C with its objects (the decision takes them too)."""
    earlier = next((r for r in reversed(reports) if r.event_type in rules().against_types
                    and r.modality != "negated" and idx - r.sent_idx <= rules().against_reach), None)
    if earlier is None:
        return []
    out = []
    for decided in (r for r in found if r.event_type == "resolution" and r.subject_key != earlier.subject_key):
        decided.object_keys = decided.object_keys or list(earlier.object_keys)
        out.append(replace(decided, event_type=earlier.event_type, object_keys=list(earlier.object_keys),
                           modality="negated", date="", date_granularity="", date_role="", date_resolution="",
                           figure=None))
    return out


_SUBJECTLESS_CONJUNCT = re.compile(r"\s*(?:und|sowie)\s*")  # a clause opening "und <verb>": the subject left out


def _reports(ctx: DocContext, sent: Sentence, trigger: Trigger,
             reports: list[EventReport]) -> list[EventReport]:
    rule = trigger.rule
    if rule.event_type == "appointment":
        return appointments(ctx, sent, trigger, reports)
    subject = _own_subjects(ctx, sent, trigger, select(ctx, sent, trigger, rule.subject, set(), reports, "subject"))
    if rule.event_type == "membership" and subject.keys and all(ctx.is_political(k) for k in subject.keys):
        # a council group joins nothing: "Die Fraktion X im Gemeinderat Y bedauert die Entscheidung, dem Z nicht
        # beizutreten" (Y's)
        subject = select(ctx, sent, trigger, rule.subject, set(subject.keys), reports, "subject")
    if rule.event_type == "resolution" and subject.keys and all(ctx.is_political(k) for k in subject.keys):
        return []  # a council group's vote ("Die Fraktion X hat der Vorlage zugestimmt") decides nothing for anyone
    if rule.event_type == "resolution" and any(r.event_type == "resolution" for r in ctx.sentence_reports) \
            and _SUBJECTLESS_CONJUNCT.fullmatch(ctx.text, sent.clauses[trigger.clause][0], trigger.start):
        return []  # the same decision's second verb: "Der Kreistag beschließt, …, und stimmt dem Entwurf … zu"
    if not subject.keys:
        return []
    if subject.how == "listed_bodies":  # each council's decision has the date named after it, wherever it went
        trigger.dates = [(d, "decided") for d in sent.dates if d.start > trigger.start]
    if rule.event_type in ("founding", "operations_start", "staff_transfer"):
        subject = Choice(subject.keys[:1], subject.starts[:1], subject.how, subject.generic)
    elif rule.event_type == "membership" and len(subject.keys) > 1:
        subject = _not_joining_itself(ctx, sent, trigger, _no_bodies(sent, subject), reports)
    if rule.event_type == "membership":
        subject = _joining_together(ctx, sent, trigger, subject)
    objects = select(ctx, sent, trigger, rule.objects, set(subject.keys), reports, "objects")
    if subject.how == "listed_bodies":  # the councils listed each decide for themselves: none is another's object
        deciders = {ctx.effective(m.key) for m in sent.mentions if m.body}
        objects = objects.keeping(lambda k, _s: k not in deciders)
    if rule.event_type == "membership" and objects.how in CONTEXT_SELECTORS:
        # what the sentence does not name is nothing a town joins: not a Gemeinde or Landkreis named before
        # ("Gesellschafter sind der Landkreis sowie die Gemeinden A und B. Die Gemeinde C will … beitreten")
        objects = objects.keeping(lambda k, _s: ctx.org_type(k) not in rules().never_joined)
    if rule.event_type == "contract_signing":  # "unterzeichnen die Verbandssatzung des X": X is made, no party
        made = {m.key for m in sent.mentions if m.slot == "gen" and rules().founding_contract.fullmatch(m.head)}
        objects = objects.keeping(lambda k, _s: k not in made)
    if subject.how == "document" and rule.event_type == "contract_signing":
        objects = Choice([k for k in ctx.joined if k not in subject.keys], [], "document")
    signed_together = rule.event_type == "contract_signing" and len(subject.keys) > 1  # "Verschmelzungsvertrag vom …"
    if rule.needs_objects and not objects.keys and not signed_together:  # of the clubs merged: signed with each other
        return []
    if rule.event_type == "contract_signing" and subject.how == "prep:mit" and len(objects.keys) < 2:
        # "Ebenfalls unterschrieben: der Vertrag mit dem Land X": the organisation the release founds, or the
        # one a state or a company signs with ("der Rahmenvertrag mit der X GmbH soll im Juni unterschrieben
        # werden": its supplier), signed with X (else the partner named is the new party)
        host = select(ctx, sent, trigger, ("host",), set(subject.keys), reports, "objects")
        states = all(ctx.is_state(k) for k in subject.keys)
        supplier = all(ctx.org_type(k) in rules().companies for k in subject.keys)
        if host.keys and ((not objects.keys and (host.keys[0] in ctx.founded or states))
                          or (supplier and objects.keys in ([], host.keys))):
            subject, objects = Choice(host.keys, [None] * len(host.keys), "host"), subject
    if rule.event_type == "contract_signing" and subject.how == "prep:mit" and len(subject.keys) == 1 \
            and len(objects.keys) > 1 and rules().separate_contracts.search(ctx.text, sent.start, sent.end):
        # "A, B und C unterzeichneten ihre Beitrittsverträge mit D": each signed its own with D
        subject, objects = Choice(objects.keys, objects.starts, objects.how, objects.generic), subject
    if rule.event_type == "contract_signing" and len(subject.keys) > 1 and (
            not objects.keys or (subject.how != "prep:mit"
                                 and not rules().separate_contracts.search(ctx.text, sent.start, sent.end))):
        # "A und B unterzeichneten (mit C) den Vertrag": one signing, the first party its subject, the
        # others (and C) its objects; "der Vertrag mit A und B", "ihre Beitrittsverträge": each signed with
        # the other party
        objects = Choice(ordered([*subject.keys[1:], *objects.keys]), [], objects.how, objects.generic)
        subject = Choice(subject.keys[:1], subject.starts[:1], subject.how, subject.generic)
    if rule.event_type == "contract_signing" and len(subject.keys) == 1 \
            and rules().transfer_contract.search(ctx.text, sent.start, sent.end):
        subject, objects = _receiver_first(ctx, subject, objects)
    if rule.event_type == "staff_transfer":
        givers = ordered(m.key for m in sent.mentions if m.slot in _GIVER_SLOTS and m.key not in subject.keys)
        shares = staff_shares(ctx, sent, givers) if len(givers) > 1 else []
        if shares:
            return [_share(ctx, sent, trigger, subject, giver, figure) for giver, figure in shares]
    out = []
    for rank, key in enumerate(subject.keys):
        obj = [k for k in objects.keys if k != key]
        report = make_report(ctx, sent, trigger, key, obj, subject.starts, rank)
        session_date(ctx, sent, trigger, report)
        report.confidence = confidence(ctx, trigger, subject, bool(obj), bool(report.date))
        out.append(report)
    return out


def _receiver_first(ctx: DocContext, subject: Choice, objects: Choice) -> tuple[Choice, Choice]:
    """A transfer contract's subject is the one organisation of its parties that has members (the company or
    Zweckverband taking staff over), the towns and their councils its objects."""
    receivers = [k for k in objects.keys if foundable(ctx, k)]
    if len(receivers) != 1 or foundable(ctx, subject.keys[0]):
        return subject, objects
    others = [*subject.keys, *(k for k in objects.keys if k != receivers[0])]
    return Choice(receivers, [None], "receiver"), Choice(others, [], objects.how, objects.generic)


def _own_subjects(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: Choice) -> Choice:
    """Drop subjects standing after the trigger before another trigger of its type, whose subjects they are
    ("A am 25. September und B am 30. September zugestimmt und C den Einstieg am 7. Oktober abgesegnet"); a decision
    noun's stand after it, and those after the next such noun are that one's ("ein Beschluss des Kreistages vom …
    sowie Beschlüsse des A-er Stadtrates vom … und des B-er Stadtrates vom …")."""
    later = [t.start for t in ctx.triggers.get(sent.idx, [])
             if t.rule.event_type == trigger.rule.event_type and t.start > trigger.end]
    if not later or len(subject.keys) < 2:
        return subject
    if trigger.rule.form == "nominal":
        kept = subject.keeping(lambda _k, s: s is None or s < min(later))
    else:
        kept = subject.keeping(lambda _k, s: s is None or not any(trigger.end < s < t for t in later))
    return kept if kept.keys else subject


def _joining_together(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: Choice) -> Choice:
    """Add the organisations that join "gemeinsam mit" the subjects ("Alle drei wollen der X gemeinsam mit dem
    Landkreis Y beitreten": Y joins too; "… gehört dem Verband an, zusammen mit A, B und C": A, B and C too)."""
    together = [m for m in sent.mentions if m.clause == trigger.clause and m.slot == "prep:mit"
                and m.key not in subject.keys and not m.generic
                and rules().together.search(ctx.text, max(sent.start, m.start - 40), m.start)]
    together += _listed_after(ctx, sent, trigger.end, subject.keys)
    first = {m.key: m.start for m in reversed(together)}  # each organisation once, at its first mention
    if not first:
        return subject
    return Choice([*subject.keys, *first], [*subject.starts, *first.values()], subject.how, subject.generic)


def _listed_after(ctx: DocContext, sent: Sentence, end: int, taken: list[str]) -> list[Slotted]:
    """The organisations listed right after a trigger's clause by ", zusammen mit (den Gemeinden) A, B und C"."""
    mentions = sorted((m for m in sent.mentions if m.start >= end and m.key and not m.generic), key=lambda m: m.start)
    listed: list[Slotted] = []
    for m in mentions:
        gap = rules().listed_next if listed else rules().together_after
        if not gap.fullmatch(ctx.text, listed[-1].end if listed else end, m.start):
            break
        listed.append(m)
    return [m for m in listed if m.key not in taken]


def _share(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: Choice, giver: str,
           figure: float) -> EventReport:
    """One giver's share of a staff transfer: its own head count, the giver its only object."""
    report = make_report(ctx, sent, trigger, subject.keys[0], [giver], subject.starts[:1])
    report.figure, report.share = figure, True
    session_date(ctx, sent, trigger, report)
    report.confidence = confidence(ctx, trigger, subject, True, bool(report.date))
    return report


def _not_joining_itself(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: Choice,
                        reports: list[EventReport]) -> Choice:
    """Of several joiners, drop those the object selectors name as the organisation joined
    ("X tritt Y bei … wird X Mitglied des Y": Y is no joiner)."""
    joined = set(select(ctx, sent, trigger, trigger.rule.objects, set(), reports, "objects").keys)
    kept = subject.keeping(lambda k, _s: k not in joined)
    return kept if kept.keys else subject


def _no_bodies(sent: Sentence, subject: Choice) -> Choice:
    """Of several joiners, drop those named by a council or board: the body admits, its organisation
    does not join ("Die Verbandsversammlung hat die Stadt X und die Gemeinde Y aufgenommen")."""
    bodies = {m.start for m in sent.mentions if m.body}
    kept = subject.keeping(lambda _k, s: s not in bodies)
    return kept if kept.keys else subject


def _finer(report: EventReport, other: EventReport) -> bool:
    """The report's date lies within the other's and says more ("im Herbst: Am 26. November beschloss")."""
    if not report.date or not other.date or report.date == other.date:
        return False
    (start, end), (other_start, other_end) = interval(report.date), interval(other.date)
    return other_start <= start and end <= other_end


def _counted_givers(reports: list[EventReport]) -> list[EventReport]:
    """Staff transfers of one receiver that two clauses tell, each with one giver and its head count ("sind sieben
    Beschäftigte des Landkreises A übergegangen; die Stadt B hat zwei weitere abgegeben"): each giver's share."""
    counted = [r for r in reports if r.event_type == "staff_transfer" and r.figure and len(r.object_keys) == 1
               and not r.share]
    shares = {id(r) for r in counted
              if any(o is not r and o.subject_key == r.subject_key and o.object_keys != r.object_keys for o in counted)}
    return [replace(r, share=True) if id(r) in shares else r for r in reports]


def merge_sentence(reports: list[EventReport]) -> list[EventReport]:
    """One report per (type, subject) and sentence: the dated one, the finer of two dates, one within the other
    ("Die Entscheidung fiel im Herbst: Am 26. November beschloss …"), a date other than the decision's ("hat X am
    Montag bestimmt; sie übernimmt den Vorsitz zum 1. Juli"), the most confident; objects united (a staff
    transfer's shares stay apart); a person's leaving an office wins over the tenure the sentence recalls
    ("X, der den Verband seit 2011 geleitet hatte, ging Ende September in den Ruhestand")."""
    best: dict[tuple[str, str, str], EventReport] = {}
    for r in _counted_givers(reports):
        key = (r.event_type, r.subject_key, r.object_keys[0] if r.share else "")
        old = best.get(key)
        if old is None:
            best[key] = r
            continue
        keep = max((old, r), key=lambda x: (x.direction == "end", bool(x.date), _finer(x, r if x is old else old),
                                             x.dated_by_outcome, x.confidence))
        other = r if keep is old else old
        best[key] = replace(keep, object_keys=ordered([*keep.object_keys, *other.object_keys]))
    return list(best.values())
