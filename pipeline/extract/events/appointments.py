"""Appointments: a person takes up or leaves an office; subject = the person, object = the
office's organisation."""

from __future__ import annotations

import re
from functools import cache

from ...knowledge import body_owners, family_of, knowledge
from ...records import EventReport, Mention, PersonRecord
from ..people import first_name_gender, part_of_office, qualifiers
from .arguments import (
    WORD_BEFORE,
    Choice,
    one_with_surname,
    register_heading,
    release_host,
    subjects_before,
    writer,
)
from .dates import copy_date, session_date
from .rules import (
    DocContext,
    Sentence,
    Trigger,
    ordered,
    rules,
)
from .scoring import confidence, make_report

_DEPUTY = ("Stellvertreter",)  # an office whose organisation is that of the one it deputises for
# "zum", "zur", "zu seiner" … before an office
_TO_OFFICE = (r"(?:[Zz]um|[Zz]ur|[Zz]u\s+(?:ihrem|seinem|ihrer|seiner|meinem|meiner|unserem|unserer|Ihrem|Ihrer"
              r"|dessen|deren|ihren|seinen|meinen|unseren|Ihren))\s+")
_OFFICE_AFTER = re.compile(rf"\b(?:{_TO_OFFICE}|[Aa]ls\s+)(?:(?:neue[nrm]?|stellvertretende[nrm]?)\s+)?"
                           r"([A-ZÄÖÜ][\wäöüß-]+)")
# right after a person's name, an office of their own: "zum Vorsitzenden", ", bislang X, zu ihrer Stellvertreterin",
# "(Stadt X) zu seiner Stellvertreterin", "aus Musterau als Schatzmeisterin"
_OFFICE_WORDS = r"(?:(?:[a-zäöüß]+e[nrms]?)\s+){0,2}([A-ZÄÖÜ][\wäöüß-]+)"  # "(stellvertretenden) Vorsitzenden"
_OWN_OFFICE = re.compile(rf"\s*(?:\([^()]{{1,60}}\)\s*)?(?:,[^,;:]{{1,80}},\s*)?(?:aus\s+[A-ZÄÖÜ][\wäöüß-]+\s+)?"
                         rf"(?:{_TO_OFFICE}|als\s+|zu(?=\s+\w*[Mm]itgliedern)\s+){_OFFICE_WORDS}")
# right before a person's name (and titles), an office of their own: ", zur Stellvertreterin Bürgermeisterin Y";
# or opening the clause ("Zum Vorsitzenden wählte die Versammlung Landrat X")
_OFFICE_BEFORE = re.compile(rf"{_TO_OFFICE}{_OFFICE_WORDS}\s+(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){{0,3}}$")
# a clause without a verb of its own that names an office ("…, zur Stellvertreterin Y", "…, Y und Z zu ihren
# Stellvertretern")
_VERBLESS_OFFICE = re.compile(rf"[^;:]*?{_TO_OFFICE}")
_OFFICE_FIRST = re.compile(rf"\W*{_TO_OFFICE}{_OFFICE_WORDS}\b")
_BOARD_FIRST = re.compile(r"\W*[Ii]n\s+(?:den|die|das)\s+[A-ZÄÖÜ]")
# after the last of several people, the board they are sent to: "entsendet A und B in das Gremium"
# "… als Vertreter des Landkreises in den Aufsichtsrat", "… mit Wirkung vom 1. Januar 2026 in den Verwaltungsrat"
_INTO_AFTER_NAMES = re.compile(r"\s*(?:,[^,;:]{1,80},\s*)?(?:als\s+[\wäöüß]+\s+(?:(?:des|der)\s+[\wäöüß]+\s+)?)?"
                               r"(?:(?:mit\s+Wirkung\s+)?(?:vom|zum|ab)\s+\d{1,2}\.\s+[\wäöüß]+(?:\s+\d{4})?\s+)?"
                               r"in\s+(?:den|die|das)\s+")
# a seat on a board: "in den Verwaltungsrat", "zu Mitgliedern des Aufsichtsrates"
_INTO_BOARD = re.compile(r"\b(?:[Ii]n\s+(?:den|die|das)|zum?\s+Mitglied(?:ern)?\s+(?:des|der))\s+"
                         r"(?:[a-zäöüß]+e[nrms]?\s+)?(?=(\w+))")  # "in den (künftigen) Aufsichtsrat"
_ON_BOARD = re.compile(r"\b[Dd]em\s+(?=(\w+))")  # belonging to a board: "wird dem Aufsichtsrat der X angehören"
_VERB_FINAL = re.compile(r"\b[a-zäöüß]+\W*$")  # a relative clause ends with its verb, not with a name
# … or its auxiliary before another name joined to the one it describes: "Unterschrieben haben A, die der Stiftungsrat
# zu seiner Vorsitzenden gewählt hat, und B, Vorstand der X"
_AUXILIARY_BEFORE_AND = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|worden)\s*,\s*"
                                   r"(?:und|sowie)\s")
_PLURAL_PASSIVE = re.compile(r"\b(?:wurden|werden|sind)\b")
_AND_BEFORE = re.compile(r"\bund\s+(?:[\wäöüß.-]+\s+){0,3}$")  # "…, und (Herrn Dr.) B"
_COORDINATED_AFTER = re.compile(r"\s*(?:und|sowie)\s")  # a name after the trigger and "und": another verb's
# after the last of several people, a plural verb or "gemeinsam": "A und B übernehmen gemeinsam den Vorsitz"
_PLURAL_AFTER_NAMES = re.compile(r"\s+(?:gemeinsam\b|zusammen\b|[a-zäöüß]+en\s+(?:(?:ab|ab\s+sofort|nun|jetzt)\s+)?"
                                 r"(?:gemeinsam|zusammen|die|den|das)\b)")
_BELONG_PLURAL = re.compile(r"\b(?:gehören|angehören)\b")  # seats on a board: "Dem Beirat gehören A, B und C an"
_LIST_END = re.compile(r"\b(?:und|sowie)\s+(?:[\wäöüß.-]+\s+){0,3}$")
_PLURAL_VERB_LAST = re.compile(r"\b(?:bilden|bildeten|übernehmen|übernahmen|leiten|leiteten|führen|führten)$")
_FORMAL_YOU = re.compile(r"\b(?:Sie|Ihnen)\b")  # the person an interview's question addresses
_OFFICE_NOUN = re.compile(r"\b(?:(Geschäftsführung|Leitung|Vorsitz)\b"
                          r"|(?:Stelle|Posten|Position|Funktion)\s+(?:des|der|als)\s+"
                          r"(?:[a-zäöüß]+\s+){0,2}([A-ZÄÖÜ][\wäöüß-]+?)(?:s|es)?\b)")


def appointments(ctx: DocContext, sent: Sentence, trigger: Trigger,
                 reports: list[EventReport]) -> list[EventReport]:
    """A person takes up or leaves an office: subject = the person, object = the office's organisation.
    Coordinated appointments ("wählte A zum Vorsitzenden und B zu seiner Stellvertreterin") give
    one report per person named with an office of their own."""
    paired = _people_with_offices(ctx, sent, trigger)
    clause_end = sent.clauses[trigger.clause][1]
    # (not when all of them stand in verbless clauses after it: "A wird zum Vorsitzenden gewählt, B und C zu
    # seinen Stellvertretern" appoints A too)
    if len(paired) >= 2 and any(person.start < clause_end for person, _ in paired):
        out = [_appointment(ctx, sent, trigger, person.key, "core", role) for person, role in paired]
        return [_deputy(report, role, out[0]) for report, (_person, role) in zip(out, paired, strict=True)]
    together = _appointed_together(ctx, sent, trigger)
    if together:
        return [_appointment(ctx, sent, trigger, person.key, "core") for person in together]
    person, how = _appointee(ctx, sent, trigger, reports)
    out = [_appointment(ctx, sent, trigger, person, how)] if person else []
    # "A wurde zum Vorsitzenden gewählt, B zu seiner Stellvertreterin": B in the clause without a verb
    out += [_deputy(_appointment(ctx, sent, trigger, named.key, "core", office), office, out[0])
            for named, office in paired if out and named.start >= clause_end and named.key != person]
    if out and how == "writer":  # "Ich wurde – überrumpelt – zur Vorsitzenden gewählt, B zu meinem Stellvertreter"
        for named in sent.persons:
            office = _OWN_OFFICE.match(ctx.text, named.end, min(sent.end, named.end + 120))
            if office and named.start > trigger.start and named.key not in {person, *(x.subject_key for x in out)}:
                out.append(_deputy(_appointment(ctx, sent, trigger, named.key, "core", office.group(1)),
                                   office.group(1), out[0]))
    if out and how == "previous":  # "Sie folgt auf X": the office she was appointed to, on that day
        earlier = next((x for x in reversed(reports) if x.subject_key == person and x.event_type == "appointment"
                        and sent.idx - x.sent_idx <= 2), None)
        if earlier is not None and earlier.role and earlier.object_keys:
            out[0].role, out[0].object_keys = earlier.role, list(earlier.object_keys)
        if not out[0].date:
            copy_date(out[0], earlier)
    if person and not trigger.rule.end:  # "folgt auf X", "tritt die Nachfolge von X an": X leaves the office
        role = out[0].role
        left = {x.subject_key for x in reports if x.event_type == "appointment" and x.direction == "end"}
        for m in _predecessors(ctx, sent, trigger):
            if m.key != person and m.key not in left:  # a leaving told before keeps its own date
                implied = _appointment(ctx, sent, trigger, m.key, "core", role, end=True)
                if not implied.date:
                    copy_date(implied, out[0])
                implied.confidence = round(implied.confidence + rules().confidence["implied"], 2)
                out.append(implied)  # a leaving the sentence states itself ("…, der in den Ruhestand geht") wins
    return out


def _deputy(report: EventReport, office: str, first: EventReport) -> EventReport:
    """A deputy's office is in the organisation of the one they deputise for: "A wird zum Verbandsvorsitzenden
    gewählt, Bürgermeisterin B (Stadt X) zu seiner Stellvertreterin" (A's Zweckverband, not B's town)."""
    if office.startswith(_DEPUTY) and first.object_keys:
        report.object_keys = list(first.object_keys)
    return report


def _appointment(ctx: DocContext, sent: Sentence, trigger: Trigger, person: str, how: str,
                 role: str = "", end: bool = False) -> EventReport:
    record = ctx.people.get(person)
    found_role, org = _office(ctx, sent, trigger, record, role)
    # without an organisation in the sentence, the one the release speaks for ("X leitet seit Mai den Bereich Y")
    objects = [org] if org else ordered(m.key for m in sent.mentions if m.clause == trigger.clause) or \
        [k for k in [release_host(ctx)] if k] or ordered(m.key for m in sent.mentions)
    report = make_report(ctx, sent, trigger, person, objects, [])
    session_date(ctx, sent, trigger, report)
    report.role, report.direction = found_role, "end" if trigger.rule.end or end else "start"
    report.confidence = confidence(ctx, trigger, Choice([person], [None], how), bool(objects),
                                   bool(report.date))
    return report


def _people_with_offices(ctx: DocContext, sent: Sentence, trigger: Trigger) -> list[tuple[Mention, str]]:
    """The people of the trigger's clause each with an office of their own, after the name ("A zum
    Vorsitzenden", "B, bisher Leiterin der X, zu ihrer Stellvertreterin") or right before it ("zur Stellvertreterin
    Bürgermeisterin B"; "Zum Vorsitzenden wählte die Versammlung A": the clause's first person), with that office."""
    clauses = [sent.clauses[trigger.clause]]
    for start, end in sent.clauses[trigger.clause + 1:]:  # ", zur Stellvertreterin Y", ", Y zu seiner Stellvertreterin"
        if not _VERBLESS_OFFICE.match(ctx.text, start, end) or _has_trigger(ctx, start, end):
            break  # (the verb left out)
        clauses.append((start, end))
    out: list[tuple[Mention, str]] = []
    for start, end in clauses:
        local = [p for p in sent.persons if start <= p.start < end and not _predecessor(ctx, sent, p)]
        taken_until = start  # offices before this point belong to a person already paired
        fronted = _OFFICE_FIRST.match(ctx.text, start, end)
        for n, person in enumerate(local):
            # the last name of its clause may take its office after a relative clause ("… und B, die den Verein
            # zuletzt geführt hat, zu seiner Stellvertreterin")
            last = not ctx.text[person.end:end].strip()
            after = _OWN_OFFICE.match(ctx.text, person.end, min(sent.end if last else end, person.end + 120))
            before = _OFFICE_BEFORE.search(ctx.text, max(taken_until, person.start - 100), person.start)
            office = after or before or (fronted if n == 0 and fronted else None)
            if office is None and n + 1 < len(local) and _AND_BEFORE.search(ctx.text, person.end, local[n + 1].start):
                # "A und B zu seinen Stellvertretern": both hold the office named after the last
                office = _OWN_OFFICE.match(ctx.text, local[n + 1].end, min(end, local[n + 1].end + 120))
            if office and person.key not in {p.key for p, _ in out}:
                out.append((person, office.group(1)))
                taken_until = max(person.end, office.end())
    return out


def _has_trigger(ctx: DocContext, start: int, end: int) -> bool:
    return any(start <= s < end for s, _, _ in ctx.trigger_spans)


def _appointed_together(ctx: DocContext, sent: Sentence, trigger: Trigger) -> list[Mention]:
    """The people appointed together: by a plural passive ("Zu Geschäftsführern wurden A, bisher …, und B
    bestellt"), or named with "und" before one office or board ("bestellte A, bislang …, und B zum Vorstand",
    "entsendet A und B in das Gremium") or before a plural verb ("A und B übernehmen gemeinsam den Vorsitz"):
    every person of the trigger's clause not introduced as a predecessor, when there are several."""
    start, end = sent.clauses[trigger.clause]
    start, end = min(start, trigger.start), max(end, trigger.end)  # the trigger may span an apposition
    local = [m for m in sent.persons if start <= m.start < end and not _predecessor(ctx, sent, m)
             and not _alongside(ctx, sent, m)]
    local = list({m.key: m for m in local}.values())
    if len(local) < 2:
        return []
    if _PLURAL_PASSIVE.search(ctx.text, start, end):
        return local
    joined = _AND_BEFORE.search(ctx.text, local[-2].end, local[-1].start)
    after = min(end, local[-1].end + 120)
    if joined and local[0].start >= trigger.end and _PLURAL_VERB_LAST.search(trigger.text):
        return local  # "Den Vorstand bilden A (Vorsitzende) und B"
    if _BELONG_PLURAL.search(trigger.text) and _LIST_END.search(ctx.text, local[-2].end, local[-1].start):
        return local  # "Dem Stiftungsrat gehören A und B (für die Gemeinde), C sowie D an"
    if joined and local[0].start >= trigger.start and (_OFFICE_FIRST.match(ctx.text, start)
                                                       or _BOARD_FIRST.match(ctx.text, start)):
        return local  # "Zum Vorstand wählte die Versammlung den Förster A und die Kauffrau B", "In den
        # Aufsichtsrat entsendet der Landkreis Landrat A und Kreisrätin B"
    return local if joined and (_OWN_OFFICE.match(ctx.text, local[-1].end, after)
                                or _INTO_AFTER_NAMES.match(ctx.text, local[-1].end, after)
                                or _PLURAL_AFTER_NAMES.match(ctx.text, local[-1].end, after)) else []


def _predecessors(ctx: DocContext, sent: Sentence, trigger: Trigger) -> list[Mention]:
    """The people the trigger's clause introduces as the predecessor ("folgt auf X", "Nachfolgerin von X")."""
    start, end = sent.clauses[trigger.clause]
    return [m for m in sent.persons if start <= m.start < end and _predecessor(ctx, sent, m)]


def _appointee(ctx: DocContext, sent: Sentence, trigger: Trigger,
               reports: list[EventReport]) -> tuple[str, str]:
    """(person key, how found) of an appointment.

    For a relative clause ("…, der in den Ruhestand geht") the person named just before it (leaving: no one else);
    else the person of the trigger's clause nearest to it, then the sentence's first, who is not introduced
    as the predecessor ("folgt auf X"); for a sentence naming nobody else, the person appointed
    in the two previous sentences, or (when the clause says "sie"/"er", or the sentence opens with "Der 51-Jährige")
    the last person of the previous sentence.  Leaving an office may be said of the predecessor too."""
    r = rules()
    start, end = sent.clauses[trigger.clause]
    if trigger.clause > 0 and r.relative.search(ctx.text[start:end]) and (
            _VERB_FINAL.search(ctx.text, start, end) or _AUXILIARY_BEFORE_AND.search(ctx.text, trigger.end, end)):
        before = [m for m in sent.persons if m.start < start]
        if before:
            return before[-1].key, "core"
        if trigger.rule.end:  # "folgt auf den Amtsleiter, der in den Ruhestand tritt": someone unnamed leaves
            return "", ""
    fresh = [m for m in sent.persons if not _predecessor(ctx, sent, m) and not _alongside(ctx, sent, m)]
    named_in = [m for m in fresh if trigger.start <= m.start < trigger.end]
    appointed = next((m for m in fresh if max(start, trigger.start) <= m.start < end and _participle_after(ctx, m)),
                     None)
    if appointed is not None:  # "hat Bürgermeister A zum 1. April B bestellt": B, not the one appointing
        return appointed.key, "core"
    if named_in:  # a register line names its person: "stellvertretender Vorsitzender: X, Musterau"
        return named_in[0].key, "core"
    if r.first_person.search(ctx.text, start, trigger.end) and not any(start <= m.start < trigger.end for m in fresh) \
            and (me := writer(ctx, sent.start)):
        return me, "writer"  # "haben mich … zum Vorsitzenden gewählt; meine Stellvertreterin ist X": the writer
    local = [m for m in fresh if start <= m.start < end]
    # not the object of a verb coordinated after the trigger ("hat A als Vorständin bestätigt und B in den
    # Aufsichtsrat gewählt": A), when someone else stands in the clause
    local = [m for m in local if not _COORDINATED_AFTER.match(ctx.text, trigger.end, m.start)] or local
    if local:  # the one nearest the trigger: "X verlässt …; Ihr Nachfolger wird Y"
        return min(local, key=lambda m: _gap(m, trigger)).key, "core"
    named = _by_surname(ctx, sent, start, end)
    if named:  # "Auer geht Ende Juni in den Ruhestand": a person named before, by surname alone
        return named, "core"
    opening = _SURNAME_APPOSED.match(ctx.text, sent.start)
    named = _by_surname(ctx, sent, sent.start, opening.end()) if opening and trigger.clause > 0 else ""
    if named:  # "Auer, im Hauptamt Bürgermeisterin von X, war im Februar gewählt worden": the apposition's subject
        return named, "core"
    if fresh:  # the subject of a clause after an apposition: "X, bislang Leiterin der Y, wird Stellvertreterin"
        before = [m for m in fresh if m.end <= trigger.start]
        if before and trigger.clause > 0 and ctx.text[before[-1].end:trigger.start].lstrip().startswith(","):
            return before[-1].key, "core"
        return fresh[0].key, "core"
    named = _by_office(ctx, start, end)
    if named:  # "wählte die Versammlung den Landrat zum Vorsteher": the one person holding that office
        return named, "core"
    if trigger.rule.end and any(start <= m.start < end and m.slot == "core" and not m.generic for m in sent.mentions):
        return "", ""  # "scheidet die Stadt X aus dem Verband aus": an organisation leaves, no office
    leaving = [m for m in sent.persons if start <= m.start < end]
    if trigger.rule.end and leaving:  # "Seine Vorgängerin X war im März zurückgetreten": the predecessor leaves
        return leaving[0].key, "core"
    for back in (1, 2):
        earlier = [x.subject_key for x in reports
                   if x.sent_idx == sent.idx - back and x.event_type == "appointment"
                   and x.direction != "end"]
        if earlier:
            return earlier[-1], "previous"
    if sent.idx > 0 and (r.pronoun.search(ctx.text, start, end) or r.aged.match(ctx.text, sent.start)):
        prev = ctx.sentences[sent.idx - 1].persons
        if prev:
            return prev[-1].key, "previous"
    if trigger.rule.end and sent.persons:
        return sent.persons[0].key, "core"
    if r.first_person.search(ctx.text, sent.start, end):  # "hat mich am Gründungstag, dem 12. Mai, zur … bestellt"
        return writer(ctx, sent.start), "previous"
    addressed = r.addressed.match(ctx.text, sent.start)
    if addressed and _FORMAL_YOU.search(ctx.text, addressed.end(), end):  # "Frau Muster, Sie haben … übernommen"
        return one_with_surname(ctx, {addressed.group("surname")}), "previous"
    return "", ""


@cache
def _participle_closing() -> re.Pattern[str]:
    """An appointment's participle right after a name ([names] appointment_participles: "… B bestellt")."""
    return re.compile(rf"\s+(?:{'|'.join(knowledge().names['appointment_participles'])})\b")


def _participle_after(ctx: DocContext, m: Mention) -> bool:
    """Is the person named right before the participle of an active appointment ("hat … B bestellt")?"""
    return _participle_closing().match(ctx.text, m.end) is not None


_SURNAME_APPOSED = re.compile(r"\s*[A-ZÄÖÜ][\wäöüß-]+\s*,")  # a sentence opening with a surname and an apposition


def _by_surname(ctx: DocContext, sent: Sentence, start: int, end: int) -> str:
    """The one person of the release whose surname alone the clause from ``start`` to ``end`` names, when the
    sentence has no mention of that person."""
    mentioned = {m.key for m in sent.persons}
    found = {key for key, person in ctx.people.items() if len(person.name.split()) > 1 and key not in mentioned
             and re.search(rf"\b{re.escape(person.name.split()[-1])}\b", ctx.text[start:end])}
    return found.pop() if len(found) == 1 else ""


def _by_office(ctx: DocContext, start: int, end: int) -> str:
    """The one person of the release holding an office the clause names by its title alone ("wählte die
    Versammlung den Landrat zum Vorsteher"), not the office appointed to ("zum Vorsteher")."""
    offices = knowledge().office_roles
    for m in _OFFICE_BY_ARTICLE.finditer(ctx.text, start, end):
        if rules().beside_office.search(ctx.text, max(start, m.start() - 8), m.start()):
            continue  # "Neben der Bürgermeisterin entsendet die Gemeinde ein weiteres Mitglied"
        role = offices.get(m.group(1), "")
        holders = {key for key, person in ctx.people.items()
                   if role and any(_same_role(r.role, role) for r in person.roles)}
        if len(holders) == 1:
            return holders.pop()
    return ""


def _same_role(held: str, role: str) -> bool:
    """A role held is the office named when it starts like it ("Landrat" for "Landrätin", "Vorsitzende des …")."""
    return held.lower().startswith(role.lower()[:6])


_AT_THE_HEAD = re.compile(r"\ban\s+die\s+Spitze\s+(?:des|der)\s")
_OFFICE_BY_ARTICLE = re.compile(r"\b(?:den|die|der|dem)\s+([A-ZÄÖÜ][\wäöüß]+)\b(?!\s+(?:[A-ZÄÖÜ]|des\b|der\b))")


def _gap(m: Mention, trigger: Trigger) -> int:
    return max(0, trigger.start - m.end, m.start - trigger.end)


def _alongside(ctx: DocContext, sent: Sentence, person: Mention) -> bool:
    """True when the words before the name make the person a colleague of the appointee ("neben Dr. X")."""
    return bool(rules().alongside.search(ctx.text[max(sent.start, person.start - 30):person.start]))


def _predecessor(ctx: DocContext, sent: Sentence, person: Mention) -> bool:
    """True when the words before the name introduce the predecessor ("folgt auf Geschäftsführer X")."""
    return bool(rules().predecessor.search(ctx.text[max(sent.start, person.start - 60):person.start]))


def _office(ctx: DocContext, sent: Sentence, trigger: Trigger,
            record: PersonRecord | None, role: str = "") -> tuple[str, str]:
    """(role, organisation key) of an appointment: the given office, else the words after
    'zum/zur/als', else the person's role."""
    m = None if role else _OFFICE_AFTER.search(trigger.text)
    if m and m.group().lower().startswith("zu ") and m.group(1) not in knowledge().office_roles:
        m = None  # "zu ihrem Nachfolger": no office; "zu ihrer Stellvertreterin": one
    role = role or (_nominative(m) if m else "")
    into = _INTO_BOARD.search(trigger.text) or (_ON_BOARD.search(trigger.text) if "gehör" in trigger.text else None)
    if into and into.group(1) in rules().bodies:
        # "entsendet A in den Verwaltungsrat der X": a seat (a member) on that board, whatever office A holds
        at = trigger.start + into.end()
        # the board itself, or a genitive right after it (not the sender: "In den Verwaltungsrat hat der Stadtrat …")
        named = [ctx.effective(x.key) for x in sent.mentions
                 if at - 1 <= x.start <= at + 1 or (x.slot == "gen" and at < x.start <= at + len(into.group(1)) + 12)]
        # "in den Verwaltungsrat der X": X, when the board is not known as X's
        board = next((k for k in named if ctx.org_type(k) != "Gremium"), named[0] if named else None)
        if board is None:  # "in das Gremium": the board named last before
            board = next((ctx.effective(x.key) for x in reversed(ctx.org_mentions)
                          if x.end <= trigger.start and ctx.org_type(x.key) == "Gremium"), None)
        if board is None:  # "In den Verwaltungsrat hat der Stadtrat X entsandt": the most named of its owner types
            owners = body_owners().get(knowledge().bodies.get(into.group(1), ("",))[0], ())
            board = ctx.most_named(lambda key: ctx.org_type(key) in owners) or None
        if board is not None:
            return role or "Mitglied", board
    opening = trigger.text.split()[0] if trigger.text.strip() else ""
    if not role and opening in knowledge().office_roles:  # "(Als) Vorstand ist Dr. X vorgesehen": that office
        if not rules().former.search(ctx.text, max(0, trigger.start - 30), trigger.start):
            role = _qualified(ctx, trigger.start, knowledge().office_roles[opening])
        elif later := _later_office(ctx, sent, trigger):
            return later  # "Ihr bisheriger Geschäftsführer X soll Vorstand der Anstalt werden"
    if m:  # "zum Vorsitzenden des Verwaltungsrats der X AöR": the organisation named right after the office
        office_end = trigger.start + m.end()
        named = next((x.key for x in sent.mentions
                      if office_end <= x.start <= office_end + 60 and x.slot == "gen" and not x.generic
                      and "," not in ctx.text[office_end:x.start]), "")  # (not "…, die Bürgermeisterin von Y")
        if named:
            return role, ctx.effective(named)
    head = _AT_THE_HEAD.search(trigger.text)
    if head:  # "an die Spitze des Zweckverbands X gewählt": X
        at = trigger.start + head.end()
        named = next((x.key for x in sent.mentions if at <= x.start <= at + 2 and x.slot == "gen"), "")
        if named:
            return role, ctx.effective(named)
    if rules().move.match(trigger.text):  # "wechselt … als Geschäftsführer zu den Stadtwerken Y": Y
        destination = next((x.key for x in sent.mentions if x.clause == trigger.clause and x.start > trigger.start
                            and x.slot == "prep:zu"), "")
        if destination:
            return role, ctx.effective(destination)
    if not role:
        m = _OFFICE_NOUN.search(ctx.text, trigger.start, min(sent.end, trigger.end + 80))
        role = (m.group(1) or m.group(2)) if m else ""
    org = ""
    held = _posts_held_before(ctx, sent)
    roles = [r for r in record.roles if ctx.effective(r.org_key) not in held] if record else []
    residences = {m.start for m in sent.mentions for p in sent.persons if ctx.text[p.end:m.start] == ", "}
    # ("Vorsitzende: X Muster, Musterau;": where the person lives, no organisation of the entry)
    heading = "" if any(m.start not in residences for m in sent.mentions) else register_heading(ctx, sent)
    if heading:  # a register entry's board: the entry's organisation, whatever else the release names most
        return role or (roles[0].role if roles else ""), heading
    titles = rules().generic_office_titles.get(role.lower())
    if titles and record is not None and roles and not any(titles[0].lower()[:6] in r.role.lower() for r in roles):
        # "den Vorsitz hat Landrat X übernommen": Vorsitzender (the masculine form when the first name tells none)
        role = titles[int(bool(first_name_gender(record.name.split()[0], guess=True)))]
    elif role.lower() in rules().generic_offices:
        role = ""  # "übernimmt die Leitung", "den Vorsitz": the office the person holds, else none named
    match = next((r for r in roles if role and _same_role(r.role, role)), None)
    if match or (roles and not role):  # the office as the person's record names it, in the nominative ("zur
        match = match or roles[0]  # Vorsitzenden gewählt": Vorsitzende)
        role, org = match.role or role, match.org_key
    if not org:  # elected by a board: an office of the board's organisation ("Zum Vorsitzenden wählt das Gremium
        org = _electing_board(ctx, sent)  # Landrat X", not the Landrat's Landkreis)
    if not org:  # an office of another organisation than the holder's ("Bürgermeisterin X … Verbandsvorsteherin")
        org = _office_organisation(ctx, sent, role, held) or (roles[0].org_key if roles else "")
    return role, ctx.effective(org) if org else ""


def _nominative(office: re.Match[str]) -> str:
    """The office after "zum", "zur", "zu seiner" … in the nominative of the article's gender ("zur Vorsitzenden"
    → Vorsitzende, "zu seinem Vorsitzenden" → Vorsitzender); a word not known as an office as written."""
    word = office.group(1)
    known = knowledge().office_roles.get(word, word)
    feminine = re.match(r"(?:[Zz]ur|[Zz]u\s+\w+er)\s", office.group())
    return known[:-1] if feminine and known != word and known.endswith("er") and word.endswith("en") else known


def _qualified(ctx: DocContext, start: int, role: str) -> str:
    """The office with the qualifier written right before it ("Stellvertretender Vorstand ist seit …")."""
    word = WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    forms = qualifiers().get(word.group(1).lower()) if word and part_of_office(word.group(1), role) else None
    if not forms or not forms[0]:
        return role
    return f"{forms[1] if role.endswith('in') else forms[0]} {role}"


def _later_office(ctx: DocContext, sent: Sentence, trigger: Trigger) -> tuple[str, str] | None:
    """(role, organisation key) of an office title inside the trigger after its first word, with the
    organisation named right after it."""
    offices = knowledge().office_roles
    for word in re.finditer(r"[A-ZÄÖÜ][\wäöüß-]+", trigger.text):
        if word.start() == 0 or word.group() not in offices:
            continue
        after = trigger.start + word.end()
        named = next((x.key for x in sent.mentions if after <= x.start <= after + 60 and x.slot == "gen"), "")
        if named:
            return offices[word.group()], ctx.effective(named)
    return None


def _posts_held_before(ctx: DocContext, sent: Sentence) -> set[str]:
    """Organisations named in a clause of the sentence about a post held before or until now ("…, zuvor
    Vorstand der X", "…, seit 2019 Geschäftsführerin der Y"; events.toml ``former_post``) or besides, an office in
    apposition ("Stellvertreter ist B, Geschäftsführer der Z GmbH")."""
    out = set()
    for i, (start, end) in enumerate(sent.clauses):
        opening = ctx.text[start:end].split(maxsplit=1)
        apposed = bool(opening) and opening[0] in knowledge().office_roles and not _has_trigger(ctx, start, end)
        if i and (apposed or rules().former_post.match(ctx.text, start, end)):
            out |= {ctx.effective(m.key) for m in sent.mentions if start <= m.start < end}
    return out


_BARE_BOARD = re.compile(r"\b(?:das|die|der)\s+([A-ZÄÖÜ]\w+)\b")


def _electing_board(ctx: DocContext, sent: Sentence) -> str:
    """The organisation of the board the sentence names as the one electing or appointing ("wählt die
    Versammlung", "bestellte der Aufsichtsrat"), else ''."""
    board = next((ctx.effective(m.key) for m in sent.mentions if m.body and m.slot in ("core", "der")), "")
    if not board and ctx.session_body and any(w in rules().bodies for w in _BARE_BOARD.findall(ctx.text, sent.start,
                                                                                               sent.end)):
        board = ctx.session_body  # "Konstituierende Sitzung des Aufsichtsrats. Zum Vorsitzenden wählt das Gremium …"
    record = ctx.orgs.get(board)
    return ctx.effective(record.parent_key) if record is not None and record.parent_key else board


def _office_organisation(ctx: DocContext, sent: Sentence, role: str, held: set[str]) -> str:
    """The organisation an office belongs to by its kind (office_titles.tsv: a Verbandsvorsteherin
    heads a Zweckverband): the first fitting one of the sentence, else the release's most named."""
    kinds = set(knowledge().office_titles.get(role, ()))
    if not kinds:
        return ""

    def fits(key: str) -> bool:
        org_type = ctx.org_type(key)
        return bool(org_type) and (org_type in kinds or family_of(org_type) in kinds)

    in_sentence = (m.key for m in sent.mentions if not m.generic and ctx.effective(m.key) not in held)
    # else the one the sentence before speaks of ("Seit dem 2. September ist die eG eingetragen. Zum Vorstand wurden …")
    before = (ctx.effective(m.key) for m in subjects_before(ctx, sent) if ctx.effective(m.key) not in held)
    return next((key for key in in_sentence if fits(key)), "") or next((key for key in before if fits(key)), "") \
        or ctx.most_named(fits)
