"""Event dates: each date of a sentence goes to the nearest trigger that accepts its role
("mit Wirkung zum" → effective, "in ihrer Sitzung am" → decided); sessions and "zum selben
Stichtag" carry dates across sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from ...knowledge import knowledge
from ...records import OUTCOME_ROLES, DateMention, EventReport
from ..dates import LINE_LABEL_END, LINE_LABEL_LEAD
from .clauses import clause_of
from .rules import (
    DocContext,
    Sentence,
    Trigger,
    rules,
)


def _cue_role(text: str, date: DateMention, clause_start: int) -> str:
    return _role_of(text[max(clause_start, date.start - 50):date.start], date.text)


@lru_cache(maxsize=4096)
def _role_of(before: str, date_text: str) -> str:
    """The date role a cue before the date or at its start gives ('' for none)."""
    opening = date_text.split(maxsplit=1)[0] if date_text[:1].islower() else ""
    joined = f"{before.rstrip()} {opening}" if opening else before  # "den Haushalt" + "für das kommende Jahr"
    for role, before_cue, start_cue in rules().cues:
        if before_cue.search(before) or start_cue.search(date_text) or (opening and before_cue.search(joined)):
            return role
    return ""


def assign_dates(ctx: DocContext, sent: Sentence, triggers: list[Trigger]) -> None:
    """Give every date of the sentence to the nearest trigger accepting its role (years that are part of a
    name leave the sentence's dates)."""
    types = rules().types
    refers = rules().same_session.search(ctx.text, sent.start, sent.end)
    sent.dates = [d for d in sent.dates if not _names_a_thing(ctx, sent, d, triggers)]
    # a decision noun in brackets after a name ("Dieskow (Beschluss vom 11.02.2025), Immensahl (…) haben
    # beschlossen") dates that name's part in the sentence's decision, not an event of its own
    dating = [t for t in triggers if not (t.rule.form == "nominal" and _BRACKET_BEFORE.search(
        ctx.text, max(0, t.start - 3), t.start) and any(o.rule.event_type == t.rule.event_type
                                                        and o.rule.form != "nominal" for o in triggers))]
    framed: list[Trigger] = []  # participles dated inside their phrase ("Der 2019 … gegründete X hat 2025 …")
    for date in sent.dates:
        participle = _attributive_of(ctx, triggers, date)
        if participle is not None:
            participle.dates.append((date, ""))
            framed.append(participle)
            continue
        clause = clause_of(sent, date.start)
        role = _cue_role(ctx.text, date, sent.clauses[clause][0])
        fits = [t for t in dating if role in types[t.rule.event_type]["accepts"] and not any(t is f for f in framed)]
        # an attributive participle takes a date before it in its clause ("Die 2013 von A und B errichtete X"),
        # another only when no other event would: "Seit dem 1. Februar ist es offiziell: Die X, unsere im
        # September gegründete Gesellschaft, hat ihre Arbeit aufgenommen"
        fits = [t for t in fits if not (t.rule.attributive and (t.clause != clause or date.start >= t.start))] or fits
        local = [t for t in fits if t.clause == clause]
        verbal = any(t.rule.event_type != "resolution" and not _nominal(t) for t in local)
        # (a decision noun beside another event's verb is that event's background: "Auf Grundlage eines
        # Kreistagsbeschlusses haben A und B am 1. Juli die Vereinbarung geschlossen": the signing's day)
        decisions = [t for t in local if t.rule.event_type == "resolution" and not (verbal and _nominal(t))]
        if role in ("", "decided") and decisions:
            # "hat am 12. März die Stadt X als Mitglied aufgenommen": the day of the decision, and of the joining
            # its verb reports when no other date says when the membership starts; a body's election is on that
            # day too ("hat am 17. Oktober X zur Vorsitzenden gewählt", "in ihrer Sitzung am 9. Juli … bestellt")
            for t in triggers:
                if (t.rule.event_type == "appointment" and t in fits) or (t.clause == clause and any(
                        t.start <= d.start and d.end <= t.end for d in decisions if d is not t)):
                    t.dates.append((date, "decided"))
            local = decisions
        if not local and any(t.clause == clause for t in dating):
            continue  # the date belongs to its own clause's event, which does not take it
        if not local and refers:
            continue  # "in derselben Sitzung": the event's date is an earlier one, not another clause's
        if not local and rules().more_of_the_same.match(ctx.text, *sent.clauses[clause]):
            continue  # "…, zwei weitere zum 1. Juli 2025": the date of more of the same, not of the first clause's
        if not local and _tenure(ctx, sent, clause):
            continue  # "X soll Geschäftsführerin werden, seit 2019 Geschäftsführerin der Y": a post held before
        if not local and rules().in_force.search(ctx.text, *sent.clauses[clause]):
            # "hat am 8. April die Richtlinie beschlossen; sie ist am 1. Mai in Kraft getreten": not the decision's day
            fits = [t for t in fits if t.rule.event_type != "resolution"]
        pool = local or fits
        if pool:
            # what did not happen has no date: a decision against it ("verzichtete im Januar auf eine Zustiftung")
            # takes the date
            best = min(pool, key=lambda t: (t.modality == "negated", _nominal(t) and date.end <= t.start,
                                            _topic_of_another(ctx, t, pool),
                                            _coordinated_away(ctx, t, date, pool), _distance(t, date)))
            best.dates.append((date, role))
            noun = _nominal_before(ctx, pool, best, date)
            if noun is not None:
                noun.dates.append((date, role))


def _coordinated_away(ctx: DocContext, trigger: Trigger, date: DateMention, pool: list[Trigger]) -> bool:
    """A conjunction between the trigger and a date after it opens the next conjunct, whose trigger follows the
    date: "soll im Herbst gegründet werden und zum Jahresbeginn 2024 ihre Arbeit aufnehmen"."""
    return trigger.end <= date.start and any(t.start >= date.end for t in pool) \
        and bool(rules().conjunction.search(ctx.text, trigger.end, date.start))


_BRACKET_BEFORE = re.compile(r"\(\s*$")


def _topic_of_another(ctx: DocContext, trigger: Trigger, pool: list[Trigger]) -> bool:
    """A nominal trigger that is what a paper of another trigger's verb is about ("unterzeichneten die Vereinbarung
    über die Errichtung des Unternehmens am 28. November"): the date is the verb's."""
    return _nominal(trigger) and bool(_ABOUT_BEFORE.search(ctx.text, max(0, trigger.start - 12), trigger.start)) \
        and any(not _nominal(t) and t.clause == trigger.clause and t.end <= trigger.start for t in pool)


_ABOUT_BEFORE = re.compile(r"\büber\s+(?:die|den|das)\s+$")


def _attributive_of(ctx: DocContext, triggers: list[Trigger], date: DateMention) -> Trigger | None:
    """The attributive participle whose phrase holds the date ("Mitglieder des 1992 gegründeten Verbandes"):
    it dates that participle's event, not the clause's verb's."""
    r = rules()
    for t in triggers:
        if t.rule.attributive and date.end <= t.start and r.attributive_gap.fullmatch(ctx.text, date.end, t.start) \
                and r.attributive_article.search(ctx.text, max(0, date.start - 40), date.start):
            return t
    return None


def _tenure(ctx: DocContext, sent: Sentence, clause: int) -> bool:
    """A clause without trigger that opens with "seit", "bisher" … and names an office ("seit 2019
    Geschäftsführerin der Y"), or a relative clause telling since when a post was held ("der das Amt seit 2017
    innehatte"): the date is when a post was taken up before, no date of the sentence's event."""
    start, end = sent.clauses[clause]
    if rules().held_since.match(ctx.text, start, end):
        return True
    return bool(rules().former_post.match(ctx.text, start, end)) and \
        any(word in knowledge().office_titles for word in _CAPITALISED.findall(ctx.text, start, end))


_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+")


def _nominal_before(ctx: DocContext, pool: list[Trigger], best: Trigger, date: DateMention) -> Trigger | None:
    """A nominal trigger whose phrase the date closes, when the date went to a verb right after it: "Mit der
    Gründung des Verbands X im Jahr 2015 wurde Y dessen Mitglied" dates the founding too."""
    if best.start < date.end:
        return None
    before = [t for t in pool if t.end <= date.start and t is not best]
    if not before:
        return None
    noun = max(before, key=lambda t: t.end)
    gap = ctx.text[noun.end:date.start]
    return noun if _nominal(noun) and "," not in gap and not rules().finite_auxiliary.search(gap) else None


def _nominal(trigger: Trigger) -> bool:
    """A trigger that is one noun ("Beschluss", "Gründung"), which its date follows ("ein Beschluss des Kreistages
    vom 9. Dezember"), where a verb's date may stand before it."""
    return trigger.text[:1].isupper() and " " not in trigger.text.strip()


def _names_a_thing(ctx: DocContext, sent: Sentence, date: DateMention, triggers: list[Trigger]) -> bool:
    """A bare year after a noun that is no nominal trigger's word ("seit der Gründung 2019") nor names an
    organisation is part of that noun's name ("den Wirtschaftsplan 2025", also inside a verb's frame: "stimmen
    dem Wirtschaftsplan 2026 zu")."""
    if date.granularity != "year" or not date.text.isdigit():
        return False
    if rules().founding_year_of_kind.search(ctx.text, max(0, date.start - 60), date.start):
        return True  # "des Aquaristikvereins von 1972": the club's designation
    before = rules().attribute_year.search(ctx.text, max(0, date.start - 60), date.start)
    if before is None:
        return False
    noun, at = before.group("noun"), before.start("noun")
    return not (any(t.start == at or (t.start < at < t.end and t.rule.form == "nominal") for t in triggers)
                or any(m.start <= at < m.end for m in sent.mentions)
                or noun.rstrip("s") in rules().nouns or noun in rules().nouns)


def _distance(trigger: Trigger, date: DateMention) -> int:
    if trigger.start <= date.start < trigger.end:
        return 0
    return min(abs(date.start - trigger.end), abs(trigger.start - date.end))


def date_for(trigger: Trigger, subject_starts: list[int | None], rank: int = 0) -> tuple[DateMention, str] | None:
    """The date of one subject's event (``subject_starts``: where each subject of the trigger stands).
    With several subjects and several dates, the one date cued for the event's kind is all subjects' when no
    date stands between them ("hat am 3. März A und B mit Wirkung zum 1. Januar aufgenommen"); else as many
    dates as subjects pair up in text order ("X am 28. November und Y am 5. Dezember"); else a subject takes the
    first date between it and the next subject, else the last before it."""
    dated = [(d, role) for d, role in trigger.dates if d.value] or trigger.dates
    if not dated:
        return None
    finer = {d.value[:4] for d, _ in dated if d.granularity != "year"}  # "2021: … am 1. April 2021": the day
    dated = [x for x in dated if x[0].granularity != "year" or x[0].value not in finer] or dated
    default = rules().types[trigger.rule.event_type]["default_role"]
    if default != "decided":  # "hat am 9. September A und B mit Wirkung zum 1. Januar aufgenommen": joined then
        dated = [x for x in dated if x[1] != "decided"] or dated
    if len(subject_starts) > 1 and len(dated) > 1:
        cued = [x for x in dated if x[1] == default]
        placed = [s for s in subject_starts if s is not None]
        if len(cued) == 1 and not any(min(placed, default=0) < d.start < max(placed, default=0) for d, _ in dated):
            return cued[0]
        if len(dated) == len(subject_starts):
            return sorted(dated, key=lambda x: x[0].start)[rank]
        own = subject_starts[rank]
        if own is None:  # a subject the sentence does not name (one of the parties named before): the first date
            return min(dated, key=lambda x: x[0].start)
        following = min((s for s in placed if s > own), default=None)
        after = [x for x in dated if own < x[0].start and (following is None or x[0].start < following)]
        if after:
            return min(after, key=lambda x: x[0].start)
        before = [x for x in dated if x[0].start < own]
        if before:
            return max(before, key=lambda x: x[0].start)
        return min(dated, key=lambda x: x[0].start)
    return min(dated, key=lambda x: (x[1] != default and x[1] != "", _distance(trigger, x[0])))


def note_session(ctx: DocContext, sent: Sentence, found: list[EventReport]) -> None:
    """Remember the date of a session the sentence names ("in der Sitzung … am 10. Juni") and the body that
    held it (the organisation named after "Sitzung", for whom it decides); when the next
    sentence says "in derselben Sitzung", also the day of a decision or election the sentence reports ("Der
    Verwaltungsrat hat mich am 9. Januar bestellt. In derselben Sitzung …")."""
    dated = [d for d in sent.dates if d.value and d.granularity == "day"]
    m = rules().session.search(ctx.text, sent.start, sent.end)
    other = rules().earlier_minutes.search(ctx.text, sent.start, sent.end)  # another session's minutes or the next
    minutes = m and not other
    heading, ctx.session_heading = ctx.session_heading, -1
    if other:
        return
    if minutes:
        body = next((x for x in sent.mentions if x.start > m.start()), None)  # "Sitzung des Stadtrates der Stadt X"
        ctx.session_body = ctx.effective(body.key) if body is not None else ctx.session_body
        if not dated:  # "über die öffentliche Sitzung des Gemeinderates" above "am Dienstag, 11. März 2025"
            ctx.session_heading = sent.end
            return
        ctx.session = min(dated, key=lambda d: abs(d.start - m.start()))
        return
    if heading >= 0 and "\n\n" not in ctx.text[heading:sent.start]:  # the heading's next lines
        body = next((x for x in sent.mentions if x.body), None)
        if body is not None and not ctx.session_body:  # "Niederschrift über die öffentliche Sitzung\nGremium:
            ctx.session_body = ctx.effective(body.key)  # Gemeinderat X": whose session it was
        if not dated:  # a label line ("Gremium: Stadtrat der Stadt X") between it and "am Donnerstag, 13. März 2025"
            ctx.session_heading = sent.end if ":" in ctx.text[sent.start:sent.end] else -1
            return
        ctx.session = dated[0]
        return
    if not dated:
        return
    if rules().same_session.search(ctx.text, sent.end, min(len(ctx.text), sent.end + 200)):
        decided = {r.date for r in found if len(r.date) == 10
                   and (r.event_type == "resolution" or (r.event_type == "appointment" and r.date_role == "decided"))}
        session = next((d for d in dated if d.value in decided), None)
        ctx.session = session or ctx.session  # the next sentence says "in derselben Sitzung"


def session_date(ctx: DocContext, sent: Sentence, trigger: Trigger, report: EventReport) -> None:
    """An undated election or decision, or an event "in derselben Sitzung", takes the latest session's date (in
    minutes, the date of the session they record)."""
    if report.date or ctx.session is None:
        return
    # a date of the sentence that another event's cue claims ("nimmt X mit Wirkung zum 1. Januar auf") leaves
    # the decision undated: it was taken in the session
    session_dated = rules().types[trigger.rule.event_type].get("session_dated") and report.modality == "reported" \
        and all(_cue_role(ctx.text, d, sent.start) in OUTCOME_ROLES for d in sent.dates)
    same = rules().same_session.search(ctx.text, sent.start, sent.end)
    if not (trigger.rule.session_date or session_dated or same):
        return
    if not same and rules().before_session.search(ctx.text, *sent.clauses[trigger.clause]):
        return  # "Zuvor hatten die Räte zugestimmt": before the session, on a day the release does not give
    if not same and _line_label(ctx, sent)[0] is not None:
        return  # a chronicle line's date label dates it ("| 12.09.2024 | Gründungsversammlung: … Gewählt werden …")
    # minutes record one session: another body's session they report ("der Gemeinderat X habe in seiner Sitzung
    # am 8. Oktober beschlossen …") dates no later decision of theirs, unless one says "in derselben Sitzung"
    take_date(report, ctx.session if same else ctx.minutes_session or ctx.session)


def take_date(report: EventReport, date: DateMention) -> None:
    report.date, report.date_granularity, report.date_resolution = date.value, date.granularity, date.resolution
    report.date_role = rules().types[report.event_type]["default_role"]


def line_label_date(ctx: DocContext, sent: Sentence, found: list[EventReport]) -> None:
    """Undated reports of a sentence on a chronicle line that opens with a date label take it: "- 1. Januar:
    Die Stadt … überträgt … . Die beiden Mitarbeiterinnen wechseln zur X.", "1996 – …", "| 2020 | …"; in the line's
    first sentence what its own dates left undated ("- 14. Mai: Der Verwaltungsrat nimmt A mit Wirkung zum 1. Juli
    auf": the decision), but not a joining a decision of that day voted for."""
    if all(r.date for r in found):
        return
    label, first = _line_label(ctx, sent)
    if label is None:
        return
    decided = any(r.event_type == "resolution" for r in found)
    for report in found:
        if report.date or report.modality == "negated":  # what did not happen has no date
            continue
        if first is sent and decided and rules().types[report.event_type]["default_role"] == "effective":
            continue  # decided that day, it takes effect later
        take_date(report, label)


def _line_label(ctx: DocContext, sent: Sentence) -> tuple[DateMention | None, Sentence | None]:
    """The date label opening the chronicle line a sentence stands on, and the line's first sentence."""
    line = ctx.text.rfind("\n", 0, sent.start) + 1
    lead = LINE_LABEL_LEAD.match(ctx.text, line).end()  # type: ignore[union-attr]
    first = next((s for s in reversed(ctx.sentences[:sent.idx + 1]) if s.start <= lead < s.end), None)
    label = next((d for d in first.dates if d.start == lead and d.value and LINE_LABEL_END.match(ctx.text, d.end)),
                 None) if first is not None else None
    return label, first


def same_date(ctx: DocContext, sent: Sentence, found: list[EventReport], reports: list[EventReport],
              ref: re.Match[str]) -> None:
    """Undated reports of a sentence saying "zum selben Stichtag", "an diesem Tag" take the date of the latest
    event of the type the reference names ("Mit dem Start der Anstalt …"), else of the latest event of their
    own type, else the latest effective date, else the latest date given before ("… nahm am 1. Oktober den
    Betrieb auf. Zum selben Datum wechselten …"); a day reference with no dated event before takes the last
    day named before it ("Diese Satzung tritt am 1. Januar 2024 in Kraft. Mit diesem Tag entsteht der
    Zweckverband.")."""
    types = {t for noun, t in rules().same_date_types.items() if noun in ref.group()}
    dated = sorted((x for x in reports if x.date and not x.dated_by_proxy), key=lambda x: x.start)
    day = bool(rules().same_day.search(ref.group()))
    if day:  # "an diesem Tag": the day of an event, not a year named since
        dated = [x for x in dated if x.date_granularity == "day"]
    for r in found:
        if r.date:
            continue
        kind = rules().types[r.event_type]
        role = "effective" if "effective" in kind["accepts"] else kind["default_role"]
        earlier = next((x for x in reversed(dated) if x.event_type in (types or {r.event_type})), None)
        if earlier is None and not types:
            earlier = next((x for x in reversed(dated) if x.date_role == "effective"), dated[-1] if dated else None)
        if earlier is None and day:
            named = _day_named_before(ctx, sent, ref.start())
            if named is not None:
                take_date(r, named)
                r.date_role = role
            continue
        # "beide Landräte unterzeichneten an diesem Tag": a signing's day, a decision's day
        copy_date(r, earlier, role)


def _day_named_before(ctx: DocContext, sent: Sentence, position: int) -> DateMention | None:
    """The last date with its day named before ``position``, in this sentence or the one before it."""
    for other in (sent, *(ctx.sentences[sent.idx - 1:sent.idx] if sent.idx else ())):
        named = [d for d in other.dates if d.value and d.granularity == "day" and d.end <= position]
        if named:
            return max(named, key=lambda d: d.start)
    return None


def dated_with(found: list[EventReport]) -> None:
    """Undated reports of a sentence whose event takes place with another one of it take that one's date
    ("Seit dem Beitritt … am 1. Januar 2022 …: Sie wurden … übernommen")."""
    for report in found:
        cue = rules().dated_with_cues.get(report.event_type)
        if report.date or (cue is not None and not cue.search(report.evidence)):
            continue
        for kind in rules().dated_with.get(report.event_type, ()):
            other = next((x for x in found if x.event_type == kind and x.date and x.modality == report.modality), None)
            if other is not None:
                copy_date(report, other, "effective")
                break


def elected_together(found: list[EventReport]) -> None:
    """Undated appointments of a sentence take the date of one taking up an office it dates: one session's
    elections ("wählte am 4. Juni A zur Vorsitzenden; als Stellvertreter wurden B und C gewählt"); a date of
    someone leaving is when they took up the office they leave ("der das Amt seit 2017 innehatte")."""
    appointments = [r for r in found if r.event_type == "appointment"]
    for report in appointments:
        if not report.date:
            copy_date(report, next((x for x in appointments if x.date and x.modality == report.modality
                                    and x.direction != "end"), None))


def deputy_dated_by_principal(ctx: DocContext, sent: Sentence, found: list[EventReport],
                              reports: list[EventReport]) -> None:
    """An undated deputy named in the sentence after an election ("… wählte am 4. Juni A zum Vorsitzenden. Zu seiner
    Stellvertreterin bestimmte das Gremium B") was elected in the same session: the date of that appointment."""
    if not rules().deputy_after.search(ctx.text, sent.start, sent.end):
        return
    before = next((r for r in reversed(reports) if r.event_type == "appointment" and r.sent_idx >= sent.idx - 2), None)
    for report in found:
        if report.event_type == "appointment" and not report.date and before is not None \
                and before.modality == report.modality and before.direction != "end":
            copy_date(report, before)


def transfers_dated_by_start(reports: list[EventReport]) -> None:
    """An undated staff transfer said to happen when its receiver starts or is joined by the giver (``with_the_start``)
    takes the date of the nearest such report before it, else after it ("Die Anstalt nimmt am 1. Januar den Betrieb
    auf. … Die rund 85 Beschäftigten sollen dann wechseln")."""
    for transfer in (r for r in reports if r.event_type == "staff_transfer" and not r.date
                     and rules().with_the_start.search(r.evidence)):
        joins = [r for r in reports if r.event_type == "membership" and transfer.subject_key in r.object_keys
                 and (r.subject_key in transfer.object_keys or not transfer.object_keys)]
        # a joiner's staff move when it joins, whether the release says when or not
        starts = joins or [r for r in reports if r.event_type in ("founding", "operations_start")
                           and r.subject_key == transfer.subject_key]
        starts = [r for r in starts if r.date and not r.dated_by_proxy]
        if rules().start_words.search(transfer.evidence):  # "mit dem Start der X": its start, not its founding
            starts = [r for r in starts if r.event_type != "founding"] or starts
        before = [r for r in starts if r.start <= transfer.start]
        after = [r for r in starts if r.start > transfer.start]
        copy_date(transfer, before[-1] if before else (after[0] if after else None), "effective")


def joined_together(reports: list[EventReport]) -> None:
    """Undated memberships said to join together ("A, B und C treten dem Verband also gemeinsam bei") take the date
    of a membership of one of them in the same organisation that the release dated in an earlier sentence."""
    for report in reports:
        if report.event_type != "membership" or report.date or report.modality == "negated" \
                or not rules().joining_together.search(report.evidence):
            continue
        dated = [r for r in reports if r.event_type == "membership" and r.date and r.start < report.start
                 and r.modality != "negated" and set(r.object_keys) & set(report.object_keys)
                 and r.sent_idx < report.sent_idx]
        partners = {r.subject_key for r in reports if r.sent_idx == report.sent_idx and r.event_type == "membership"}
        copy_date(report, next((r for r in reversed(dated) if r.subject_key in partners), None))


def joining_takes_effect(ctx: DocContext, sent: Sentence, reports: list[EventReport]) -> None:
    """A sentence saying when a joining takes effect ("Wirksam werden soll die Beteiligung zum 1. Juli 2025.")
    dates the memberships of the last sentences that have no date of their own (or only the decision's)."""
    match = rules().joining_takes_effect.search(ctx.text, sent.start, sent.end)
    if not match:
        return
    dated = [(role, d) for d in sent.dates if d.value and (role := _cue_role(ctx.text, d, sent.start)) in
             ("effective", "")]
    if not dated:
        return
    # the effective date first, then the nearest ("Der Kaufvertrag wurde am 9. Dezember unterzeichnet, der Einstieg
    # ist zum Jahresbeginn wirksam geworden": 1 January)
    _role, date = min(dated, key=lambda x: (x[0] != "effective", max(match.start() - x[1].end,
                                                                    x[1].start - match.end(), 0)))
    for report in reports:
        if report.event_type == "membership" and (not report.date or report.dated_by_proxy) \
                and sent.idx - rules().joining_takes_effect_reach <= report.sent_idx < sent.idx:
            take_date(report, date)  # (a membership's default role: effective)


def in_force_day(ctx: DocContext) -> DateMention | None:
    """The day the release says its statute or law comes into force ("tritt am 1. Januar 2026 in Kraft")."""
    for sent in ctx.sentences:
        match = rules().in_force.search(ctx.text, sent.start, sent.end)
        days = [d for d in sent.dates if d.value and d.granularity == "day"]
        if match and days and not rules().with_in_force.search(ctx.text, sent.start, sent.end):
            return min(days, key=lambda d: abs(d.start - match.start()))
    return None


def with_in_force(ctx: DocContext, sent: Sentence, found: list[EventReport], day: DateMention | None) -> None:
    """Events of a sentence taking effect with the statute ("Mit dem Inkrafttreten dieser Satzung werden A und B
    Mitglieder") take the day it comes into force (decisions keep theirs)."""
    if day is not None and rules().with_in_force.search(ctx.text, sent.start, sent.end):
        for report in found:
            if report.event_type != "resolution":
                take_date(report, day)


def founded_by_statute(reports: list[EventReport], day: DateMention | None) -> None:
    """An undated founding told next to the sentence saying when the statute came into force takes that day ("Der
    X ist ein Zweckverband, den die Gemeinden A und B gebildet haben. Seine Verbandssatzung ist am 1. Oktober 2024 in
    Kraft getreten.")."""
    if day is None:
        return
    for report in reports:
        if report.event_type == "founding" and not report.date and report.modality != "negated" \
                and abs(report.sent_idx - day.sent_idx) <= 1:
            take_date(report, day)


def register_entry_day(ctx: DocContext, sent: Sentence, found: list[EventReport]) -> None:
    """An appointment or joining of a register entry with no date of its own takes the entry's day ("Geschäftsführer:
    X, Ort, *…" … "Tag der Eintragung: 14.02.2025"), the next one named unless another entry begins first, as the day
    it was announced (a date another release gives for when it took effect outranks it)."""
    undated = [r for r in found if not r.date and r.event_type in ("appointment", "membership")]
    marker = rules().register_day.search(ctx.text, sent.start) if undated else None
    if marker is None or marker.start() - sent.end > _REGISTER_REACH \
            or rules().register_entry.search(ctx.text, sent.end, marker.start()):
        return
    day = next((d for s in ctx.sentences if s.end > marker.end() for d in s.dates
                if d.start >= marker.end() and d.value and d.granularity == "day"), None)
    if day is not None and day.start - marker.end() < 3:
        for report in undated:
            take_date(report, day)
            report.date_role = "announced"  # registered that day: when it took effect the entry does not say


_REGISTER_REACH = 600  # characters from an entry's line to its day: an entry is a few lines long


def copy_date(report: EventReport, other: EventReport | None, role: str = "") -> None:
    """Give ``report`` the date of ``other`` (with ``role``, else other's role), when other has one."""
    if other is not None and other.date:
        report.date, report.date_granularity = other.date, other.date_granularity
        report.date_resolution, report.date_role = other.date_resolution, role or other.date_role
