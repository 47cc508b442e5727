"""Clauses and slots: split a sentence into clauses and give every organisation mention its
grammatical slot (preposition, or the case its article shows); generic nouns ("die Stadt")
become mentions of the most recent organisation of a fitting type."""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from ...knowledge import PLACE_FAMILIES, _word_sets, body_owners, council_of, family_of, knowledge
from ...records import DateMention, FigureMention, Mention
from ...resources import month_numbers
from .rules import (
    PARTICIPLE,
    DocContext,
    Sentence,
    Slotted,
    rules,
)

T = TypeVar("T")
_WORD = r"[\wÄÖÜäöüß]+(?:-[\wÄÖÜäöüß]+)*"
_TOKEN = re.compile(rf"{_WORD}|[^\s\w]")
_ADJECTIVE = re.compile(r"^[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em)$")
_GERUNDIVE = re.compile(r"^[a-zäöüß][\wäöüß]*ende[nrsm]?$")  # "(neu zu) gründenden"
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[–—-]\s")
_DASH_BEFORE = re.compile(r"\s[–—-]\s$")
_ARTICLE_FIRST = re.compile(r"\s*(?:der|die|das)\s")
_AUXILIARY = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|soll|sollen|will|"
                        r"wollen)\b")
_NAMING = r"(?:Namen|Arbeitstitel)"  # the nouns a name is given with: "den Namen „X“", "den Arbeitstitel „X“"
# a noun phrase given its name in the same clause: "Der neue Verein soll „X“ heißen", "… soll Volley Union X heißen",
# "… wird den Namen „X“ tragen", "Die Gesellschaft soll unter dem Namen „X“ gegründet werden"
_NAMED_HERE = re.compile(r"\s+(?:soll|sollen|wird|werden)\s+(?:(?:[\wäöüß]+\s+){0,3}?(?:den\s+" + _NAMING + r"\s+)?"
                         r"(?:[‚„\"»][^“\"«]+[“\"«‘]\s+|(?:(?:[A-ZÄÖÜ][\wÄÖÜäöüß.&-]*|e\.\s?V\.|eG|gGmbH)\s+){1,6})"
                         r"(?:heißen|tragen)\b|unter\s+dem\s+" + _NAMING + r"\s+[‚„\"»])"
                         # "Der neue Verein soll zum 1. Juli entstehen, als X e.V., kurz Y"
                         r"|\s+(?:soll|sollen|wird|werden)\s+(?:[\wäöüß.]+\s+){0,6}?entstehen\s*,\s+als\s+[‚„\"»A-ZÄÖÜ]")

_SPACE = re.compile(r"\s")
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")
# the article of a name in apposition, or of a relative clause giving the name ("…, der den Namen „X“ tragen wird")
_APPOSED_ARTICLE = re.compile(r"\s*(?:der|die|das|dem|den)\s+(?:(?:künftig|später|dann)\s+)?"
                              r"(?:den\s+" + _NAMING + r"\s*)?[„\"»‚]?")
_NOUN_BEFORE_VERBS = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*(?=(?:\s+[a-zäöüß]+){1,3}$)")  # "Verein verschmolzen werden"
_NAMING_VERBS = re.compile(r"\s*[“\"«‘]?\s*(?:[a-zäöüß]+\s*){0,3}")  # "… tragen wird", "… erhält"
# the last word of a phrase, then a comma and the article of a name in apposition to it ("einem neuen Verein, der ")
_APPOSITION_AFTER_PHRASE = re.compile(r"(?:\b(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)|\b[a-zäöüß]+(?=,))(?P<comma>,)\s*"
                                      r"(?:der|die|das|dem|den)\s+(?:(?:künftig|später|dann)\s+)?"
                                      r"(?:den\s+" + _NAMING + r"\s*)?[„\"»‚]?$")
# what may open the next item of a list of organisations: "und", an article or possessive, adjectives and a
# plural type noun ("…, seine amtsangehörigen Gemeinden A, B und C")
_LIST_LEAD = re.compile(r"\s*(?:(?:und|sowie|oder)\s+)?(?:(?:der|die|das|den|dem|des|seine|ihre|deren|dessen)\s+)?"
                        r"(?:[a-zäöüß][\wäöüß-]*(?:e|en)\s+){0,2}(?:(?:Gemeinden|Städte|Ämter|Landkreise|Kreise)\s+)?")
# the next item of a list of people signing for organisations: "X für das Land A, Landrat Y für den Landkreis B und …"
_PERSON_FOR_LEAD = re.compile(r"\s*(?:(?:und|sowie)\s+)?(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){1,5}(?:für|vom|von)\s+"
                              r"(?:(?:der|die|das|den|dem|des)\s+)?")
_OPEN_BRACKET = re.compile(r"[“‘«»\"']?\s*\(\s*")  # "X“ (ABC)": a closing quote before the bracket
_OPENING_QUOTES = frozenset("„‚»«\"'")
_BRACKETS_ONLY = re.compile(r"\s*(?:\([^()]*\))?\s*")
# the day a listed council decided, between it and the next: "die Gemeinderäte von A am 25. Januar 2024 und B am …"
_DAY_ONLY = re.compile(r"\s*(?:(?:am|im)\s+(?:\d{1,2}\.\s*)?(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)(?:\s+\d{4})?)?\s*")
_PARTICIPLE = re.compile(PARTICIPLE)
_NAMED_AFTER = re.compile(r"\s+(?:von|der|des|aus)\s")
_PLACE_AFTER = re.compile(r"\s+(?:in|aus)\s+([A-ZÄÖÜ][\wäöüß-]+)")
_GENITIVE_AFTER = re.compile(r"\s+(?:der|des)\s+")
_WORD_AFTER = re.compile(r"([A-ZÄÖÜ][\wäöüß-]*)\s+")
_POSSESSED = re.compile(r"\b(?:[Dd]eren|[Dd]essen|[Ii]hr|[Ss]ein|[Dd]ortige)\s+$")
_THERE_BEFORE = re.compile(r"\b[Dd]ortige[nmrs]?\s+$")
_NOMINATIVE_ARTICLES = ("die", "das", "ein", "eine")
_CLAUSE_OPENING = re.compile(r"\W*(?:(?:\(\d+\)|\d+\.|§\s*\d+)\s*)?")  # before a clause's first word: "(1)"
# a verb and its auxiliaries closing a clause: "gegründet.", "gegründet worden.", "gründen" (not "und seitdem")
_VERB_TAIL = re.compile(r"\s*(?!(?:und|oder|aber|sowie|doch|denn)\b)(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+\s*[.!?]?\s*")
_GENITIVE_NUMBER = re.compile(r"\s+(?:der\s+)?([\wäöüß]+)\s+[A-ZÄÖÜ]")


def _ours(text: str, start: int) -> bool:
    """A first-person possessive right before ``start`` ("Unser Gemeinderat"; names.toml)."""
    before = text[max(0, start - 20):start]
    words = before.split()
    return before[-1:].isspace() and bool(words) and words[-1].lower() in _word_sets()["first_person_possessives"]


def by_start(items: list[T]) -> Callable[[int, int], list[T]]:
    """A lookup of the items (anything with ``start``) that start in [start, end), by
    bisection: a long release has thousands of sentences and mentions."""
    ordered = sorted(items, key=lambda item: item.start)  # type: ignore[attr-defined]
    starts = [item.start for item in ordered]  # type: ignore[attr-defined]

    def within(start: int, end: int) -> list[T]:
        return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    return within


def build_sentences(ctx: DocContext, index, person_mentions: list[Mention], dates: list[DateMention],
                    figures: list[FigureMention]) -> list[Sentence]:
    spans = list(getattr(index, "spans", []))
    orgs, dates_in, figures_in = by_start(ctx.org_mentions), by_start(dates), by_start(figures)
    people = by_start([m for m in person_mentions if m.label == "PER" and m.key])
    out = []
    for idx, (start, end) in enumerate(spans):
        real = orgs(start, end)
        clauses = _clauses(ctx.text, start, end, real, dates_in(start, end), people(start, end))
        relative = frozenset(i for i, (s, e) in enumerate(clauses)
                             if i > 0 and rules().relative_clause.match(ctx.text, s, e))
        sent = Sentence(idx, start, end, clauses, [], [d for d in dates_in(start, end) if not _in_name(ctx, d, real)],
                        figures_in(start, end), people(start, end), relative)
        out.append(sent)
        sent.mentions = _slotted(ctx, sent, real)
    return out


def _in_name(ctx: DocContext, date: DateMention, mentions: list[Mention]) -> bool:
    """A year inside an organisation's name ("der Boxclub X 1949 e.V.", "der Boxclub X 1949" of a "Boxclub X 1949
    e.V."), which dates no event."""
    for m in mentions:
        if m.start <= date.start and date.end <= m.end:
            return True
        org = ctx.orgs.get(m.key)
        if org is not None and date.text.isdigit() and not ctx.text[m.end:date.start].strip() \
                and f"{ctx.text[m.start:m.end]} {date.text}" in org.name:
            return True
    return False


def _clauses(text: str, start: int, end: int, mentions: list[Mention], dates: list[DateMention],
             persons: list[Mention]) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split at commas, semicolons, colons and dashes,
    except inside mentions, inside lists of organisations and around a date's, a short name's or the persons'
    apposition ("soll am Dienstag, 12. September, unterschrieben werden", "ist die X, kurz XY, entstanden", "Die
    Vorsitzenden beider Vereine, A und B, unterzeichneten") or an organisation's ("eine Tochter, die X gGmbH,")."""
    apposed = {d.end for d in dates if "," in d.text}
    for short in _short_name().finditer(text, start, end):  # ", kurz RKU,": the commas of a short name's apposition
        apposed |= {short.start(), short.end() - 1}
    cuts = [m for m in _CLAUSE_BREAK.finditer(text, start, end)
            if not any(o.start <= m.start() < o.end for o in (*mentions, *dates)) and m.start() not in apposed]
    spans, last = [], start
    for cut in cuts:
        spans.append((last, cut.start()))
        last = cut.end()
    spans.append((last, end))
    merged, apposed = [spans[0]], False
    for k, span in enumerate(spans[1:], 1):
        prev = merged[-1]
        subordinate = rules().relative_clause.match(text, *span) or rules().infinitive_clause.match(text, *span) \
            or (_ends_with_org(text, span, mentions) and rules().relative_clause.match(text, span[0], end))
        # (a relative clause listing organisations: "…, den die Gemeinden A, B und C gebildet haben")
        listed = not subordinate and (
            (_ends_with_org(text, prev, mentions) and _starts_with_org(text, span, mentions)
             and not (_DASH_BEFORE.search(text, 0, span[0]) and _ARTICLE_FIRST.match(text, *span)
                      and _AUXILIARY.search(text, *span)))
            or _listed_dates(text, prev, span, dates))  # (after a dash, a clause of its own: "… an der X – die
        # Stadt Y hat ihr dafür Anteile verkauft")
        closing = apposed and not subordinate  # the clause the apposition interrupted goes on
        apposed = span[1] < end and text[span[0] - 1] == "," == text[span[1]] and (
            _only_persons(text, span, persons)
            or (k + 1 < len(spans) and _VERB_TAIL.fullmatch(text, *spans[k + 1]) is not None
                and _only_an_org(text, span, mentions)))  # "…, die X gGmbH, gegründet." / "…, gründen, die …"
        if listed or closing or apposed or (span[1] == end and _only_an_org(text, span, mentions)):
            merged[-1] = (prev[0], span[1])
        else:
            merged.append(span)
    return merged


def _listed_dates(text: str, prev: tuple[int, int], span: tuple[int, int], dates: list[DateMention]) -> bool:
    """A list of dates goes on after the comma ("in ihren Sitzungen vom 7. Oktober 2024, 9. Oktober 2024 und
    15. Oktober 2024 jeweils …")."""
    stop = prev[0] + len(text[prev[0]:prev[1]].rstrip())
    first = span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip())
    return any(d.end == stop for d in dates) and any(d.start == first for d in dates)


def _only_persons(text: str, span: tuple[int, int], persons: list[Mention]) -> bool:
    """Does the span name persons only ("A und B")?"""
    rest, last = [], span[0]
    for m in persons:
        if span[0] <= m.start and m.end <= span[1]:
            rest.append(text[last:m.start])
            last = m.end
    rest.append(text[last:span[1]])
    return last > span[0] and not set(" ".join(rest).split()) - {"und", "sowie"}


@cache
def _short_name() -> re.Pattern[str]:
    """A short name set off by commas (names.toml ``comma_short_form_cues``): ", kurz RKU,"."""
    cues = "|".join(map(re.escape, knowledge().names["comma_short_form_cues"]))
    return re.compile(rf",\s*(?:{cues})\s*:?\s*[\w„“\"-]+\s*,")


def _ends_with_org(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    tail = text[span[0]:span[1]].rstrip()
    tail = _BRACKETED_TAIL.sub("", tail)
    stop = span[0] + len(tail)
    return any(m.end == stop for m in mentions)


def _only_an_org(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """Is the clause an article and an organisation's name, nothing else: an apposition ("verschmelzen zu einem
    neuen Verein, der X e. V.", "hat eine Tochtergesellschaft, die X gGmbH, gegründet")?"""
    lead = _APPOSED_ARTICLE.match(text, span[0], span[1])
    stop = span[0] + len(text[span[0]:span[1]].rstrip(" .!?"))
    return lead is not None and any(m.start == lead.end() and (m.end >= stop or (
        re.search(_NAMING, lead.group()) and _NAMING_VERBS.fullmatch(text, m.end, stop))) for m in mentions)


def _starts_with_org(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    head = text[span[0]:span[1]]
    starts = {m.start for m in mentions}
    return any(lead is not None and span[0] + lead.end() in starts
               for lead in (_LIST_LEAD.match(head), _PERSON_FOR_LEAD.match(head)))


def clause_of(sent: Sentence, offset: int) -> int:
    for i, (s, e) in enumerate(sent.clauses):
        if s <= offset < e:
            return i
    for i, (s, _e) in reversed(list(enumerate(sent.clauses))):
        if offset >= s:
            return i
    return 0


def _slotted(ctx: DocContext, sent: Sentence, real: list[Mention]) -> list[Slotted]:
    """Slots of the sentence's real and generic organisation mentions, in text order."""
    items = [(m.start, m.end, _acting_for(ctx, m), False, ctx.org_type(m.key) == "Gremium") for m in real]
    items += _generic_mentions(ctx, sent, real)
    items.sort(key=lambda item: item[:2])  # stable: a plural noun's organisations in the order they were named
    out: list[Slotted] = []
    for start, end, key, generic, body in items:
        clause = clause_of(sent, start)
        slot, head = _slot(ctx.text, sent.clauses[clause][0], start, out[-1] if out else None, ctx)
        if slot == "core" and _second_case(ctx.text, out, clause, sent.clauses[clause][0], start):
            slot = "acc"
        out.append(Slotted(key, start, end, slot, head, clause, generic, body))
    if len(out) > 1 and out[0].slot == "core" and _TOPIC_LABEL.fullmatch(ctx.text, sent.start, out[0].start) \
            and _COLON.match(ctx.text, out[0].end) and any(m.slot == "core" for m in out[1:]):
        # "Westhain Digital: Marlenhof wird Mitgesellschafterin": the topic a headline names before its clause
        out[0] = dataclasses.replace(out[0], slot="label")
    return out


_TOPIC_LABEL = re.compile(r"[\s#*>]*")
_COLON = re.compile(r"\s*:")


_BETWEEN_CASES = re.compile(r"[^,;:()„“\"–]*")


def uncoordinated(text: str, end: int, start: int) -> bool:
    """Nothing between two organisations (``text[end:start]``) lists or separates them: no punctuation, no
    "und"/"sowie" — they are two parts of one clause ("die Genossenschaft die Gemeinden A und B")."""
    between = text[end:start]
    return bool(_BETWEEN_CASES.fullmatch(between)) and rules().coordinators.isdisjoint(between.lower().split())


def _second_case(text: str, before: list[Slotted], clause: int, clause_start: int, start: int) -> bool:
    """In a clause whose verb comes last ("als die Stadt A die X GmbH 2013 ins Leben rief"), a second
    organisation whose article shows no case after one in the nominative-or-accusative slot, nothing
    coordinating them, is the object: German names the subject first there."""
    opening = text[clause_start:clause_start + 12].lstrip(" ,–-").split(" ", 1)[0].lower()
    if opening not in rules().subordinators:
        return False
    first = next((m for m in reversed(before) if m.clause == clause and m.slot == "core"), None)
    if first is None or start < first.end or any(m.clause == clause and m.start > first.start for m in before):
        return False  # (a plural noun's organisations share its place)
    return uncoordinated(text, first.end, start)


def _acting_for(ctx: DocContext, mention: Mention) -> str:
    """The organisation a mention acts for: a body (Gremium) or administration its parent; a body
    named without its organisation ("Deren Gemeinderat", "die Verbandsversammlung") the nearest
    organisation of its family (bodies.tsv) named before it, else the release's most named one."""
    key = ctx.effective(mention.key)
    org = ctx.orgs.get(mention.key)
    if org is None or org.org_type != "Gremium":
        return key
    words = ctx.text[mention.start:mention.end].split()
    place = _placed(ctx, mention.end, rules().nouns[words[-1]]) if words[-1] in rules().nouns else ""
    if place:  # "der Kreistag in Musterau": that place's, not the one the name was first given to
        return place
    owner = _genitive_owner(ctx, mention.end)
    body_family = knowledge().bodies.get(words[-1], ("", ""))[1]
    if owner and (not body_family or council_of(body_family, family_of(ctx.org_type(owner)))):
        # "Der Gemeinderat der Nachbargemeinde A": A's; "die Mitgliederversammlung des Vereins X" (a board of any
        # kind of organisation): X's
        return owner
    if len(words) == 2:  # "der Musterhausener Gemeinderat": the town the place adjective names
        kind = knowledge().bodies.get(words[1], ("", ""))[1]
        types = rules().nouns.get(words[1]) or (kind, *(t for t, f in knowledge().families.items() if f == kind))
        place = _by_place_adjective(ctx, words[0], types) if kind else []
        if place:
            return place[0]
    if key != mention.key and family_of(ctx.org_type(key)) in PLACE_FAMILIES and _ours(ctx.text, mention.start):
        return key  # "Unser Gemeinderat": the publishing town's, as the organisation's records tell
    if key != mention.key and words[-1] in knowledge().plural_bodies:
        return key  # "Die Gemeindevertretungen von A und B": each of them, as the organisations' records tell
    if key != mention.key and _THERE_BEFORE.search(ctx.text, max(0, mention.start - 20), mention.start):
        return key  # "Anders in X. Der dortige Gemeinderat …": the town the organisations' records found for it
    # "Der Gemeinderat": the one of its kind named just before, if one is (not "der Gemeinderat von X")
    owner_at = after.end() if (after := _OWNER_AFTER.match(ctx.text, mention.end)) else -1
    bare = len(words) == 1 and not _VON_PLACE.match(ctx.text, mention.end) \
        and not any(m.start == owner_at for m in ctx.org_mentions)  # "die Mitgliederversammlung im Filmclub X": X's
    possessed = _POSSESSED.search(ctx.text, max(0, mention.start - 20), mention.start)
    if key != mention.key and not bare and not possessed:
        return key  # a body named with its organisation; "Deren Gemeinderat" is the one just named's
    family = knowledge().bodies.get(org.name.split()[0], ("", ""))[1]
    if not family:  # a board of any kind ("Die Mitgliederversammlung vom …" under a register entry's heading): the
        # organisation of a kind it belongs to named just before, else the one its record was given to
        owners = body_owners().get(knowledge().bodies.get(words[-1], ("",))[0], ())
        if not (bare and owners and key != mention.key) or _GENITIVE_AFTER.match(ctx.text, mention.end):
            return key
        owner = _minutes_owner(ctx, words[0], lambda k: ctx.org_type(k) in owners)  # "Niederschrift der
        if owner:  # Mitgliederversammlung des X": a bare one is X's, not a club an item's heading names
            return owner
        last = next((m for m in reversed(ctx.org_mentions) if mention.start - _NEAR_BODY <= m.start < mention.start
                     and ctx.org_type(ctx.effective(m.key)) in owners), None)
        return ctx.effective(last.key) if last else key
    def same_kind(candidate: str) -> bool:
        return family_of(ctx.org_type(candidate)) == family

    def fits(candidate: str) -> bool:  # "Anders die Stadt X: Deren Gemeinderat …" (a town's Gemeinderat)
        return council_of(family, family_of(ctx.org_type(candidate)))

    if bare and not _GENITIVE_AFTER.match(ctx.text, mention.end) \
            and not _POSSESSIVE_BEFORE.search(ctx.text, max(0, mention.start - 20), mention.start):
        owner = _minutes_owner(ctx, words[0], same_kind)
        if owner:
            return owner
    near = mention.start - _NEAR_BODY if key != mention.key and bare and not possessed else -1
    before = [m for m in ctx.org_mentions if near <= m.start < mention.start]
    last = next((m for m in reversed(before) if (fits if possessed else same_kind)(ctx.effective(m.key))), None)
    found = ctx.effective(last.key) if last else ""
    if near >= 0 and found and found != key and _place_named(ctx, key, last.end, mention.start):
        return key  # "… die Stadt A plant. Kehrtwende in B: Der Stadtrat …": B's, as its record tells
    if near >= 0:  # "Außen vor bleibt Moorlinden: Der Gemeinderat …"; else the organisation it was given to
        return found or key
    return found or ctx.most_named(same_kind) or key


def _place_named(ctx: DocContext, key: str, start: int, end: int) -> bool:
    """Does the text between the offsets name the place of the town ``key`` ("in B")?"""
    place = ctx.orgs[key].name.partition(" ")[2] if key in ctx.orgs else ""
    return bool(place) and re.search(rf"\b{re.escape(place)}\b", ctx.text[start:end]) is not None


_NEAR_BODY = 120  # characters before a bare council in which a town of its kind makes it that town's
# _POSSESSED with the possessives' inflected forms ("ihres Gemeinderates")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Dd]eren|[Dd]essen|[Ii]hr\w*|[Ss]ein\w*|[Dd]ortige\w*)\s+$")
_MINUTES_HEAD = 400  # the characters a minutes' heading stands in


def _minutes_owner(ctx: DocContext, word: str, same_kind: Callable[[str], bool]) -> str:
    """In minutes headed by a session of this council ("Landkreis X · Niederschrift über die Sitzung des
    Kreistages"), the council named bare is the session's own ("2. Der Kreistag stimmt … zu" after "…
    gemeinsam mit dem Landkreis Y"), of the first organisation of its kind the release names; else ''."""
    heading = rules().minutes_heading.search(ctx.text, 0, _MINUTES_HEAD)
    if heading is None or not heading.group(1).startswith(word) or len(heading.group(1)) - len(word) > 2:
        return ""
    return next((k for m in ctx.org_mentions if m.start < heading.end() + 80
                 and same_kind(k := ctx.effective(m.key))), "")
_VON_PLACE = re.compile(r"\s+von\s+[A-ZÄÖÜ]")
_OWNER_AFTER = re.compile(r"\s+(?:im|beim)\s+")


def _genitive_owner(ctx: DocContext, end: int) -> str:
    """The organisation named in the genitive right after a body ("der Gemeinderat der Nachbargemeinde A"),
    else ''."""
    owner = _GENITIVE_AFTER.match(ctx.text, end)
    if not owner:
        return ""
    # the name may follow its kind ("die Mitgliederversammlung des Vereins X e.V.")
    kind = _WORD_AFTER.match(ctx.text, owner.end())
    generic = kind and any(kind.group(1)[:len(kind.group(1)) - cut] in rules().nouns for cut in (0, 1, 2))
    starts = {owner.end()} | ({kind.end()} if generic else set())
    # a name, not a bare kind ("der Nachbargemeinde" may stand for any town before)
    return next((ctx.effective(m.key) for m in ctx.org_mentions
                 if m.start in starts and m.text not in knowledge().type_words), "")


def _placed(ctx: DocContext, end: int, types: tuple[str, ...]) -> str:
    """The one organisation of the given types a place after a body names ("der Kreistag in Musterau",
    "der Gemeinderat aus X"), else ''."""
    place = _PLACE_AFTER.match(ctx.text, end)
    if not place:
        return ""
    named = [k for k, o in ctx.orgs.items() if has_type(ctx, k, types) and place.group(1) in o.name.split()]
    return named[0] if len(named) == 1 else ""


def _slot(text: str, clause_start: int, start: int, prev: Slotted | None,
          ctx: DocContext) -> tuple[str, str]:
    """(slot, head noun) of a mention starting at ``start``: read the words before it; a name given after its kind
    ("zu einem Zweckverband mit dem Namen ‚X‘") stands in that kind's slot."""
    r = rules()
    named = r.named_as.search(text, max(clause_start, start - 80), start)
    if named is not None:
        return _slot(text, clause_start, named.start(), prev, ctx)
    apposed = _APPOSITION_AFTER_PHRASE.search(text, max(clause_start, start - 80), start)
    if apposed is not None and not (prev and prev.end >= apposed.start()):
        # a name in apposition to a phrase after a preposition stands in its slot ("verschmelzen zu einem neuen
        # Verein, der X e. V.", "zu einem neuen, der X e. V."), as does one a relative clause gives the phrase
        # before the verb ("zu einem neuen Verein verschmolzen werden, der den Namen X tragen wird")
        at = apposed.start("noun") if apposed["noun"] else apposed.start("comma")
        if not apposed["noun"] and re.search(_NAMING, apposed.group()):
            verb_final = _NOUN_BEFORE_VERBS.search(text, max(clause_start, at - 60), at)
            at = verb_final.start() if verb_final else at
        slot, head = _slot(text, clause_start, at, prev, ctx)
        if slot.startswith("prep:"):
            return slot, head
    toks = _last_tokens(text, clause_start, start, 20)
    i = len(toks) - 1
    if i >= 1 and toks[i][0] in _OPENING_QUOTES and toks[i - 1][0] not in ("Namen", "namens"):
        # a name in quotes stands in the slot of the words before them ("zum neuen „Zweckverband X“"); not a name
        # given after "unter dem Namen" without its kind: that one is what the clause is about
        i -= 1
    article = ""
    if i >= 1 and _PARTICIPLE.fullmatch(toks[i][0]):
        i = _participle_phrase_start(toks, i, r)
    if prev and _OPEN_BRACKET.fullmatch(text[prev.end:start]):
        return prev.slot, prev.head  # an acronym in brackets stands in apposition
    if i >= 1 and toks[i][0] == "(":
        # an acronym in brackets after a name not recognised as one ("des neuen Zweckverbands IT Nord (ZIN)"):
        # the slot of the name, read before its words
        j = i - 1
        while j >= 0 and i - j <= 6 and (toks[j][0][:1].isupper() or toks[j][0] == "-") \
                and toks[j][0].lower() not in r.articles:
            j -= 1
        if j < i - 1:
            i = j
            if i < 0:
                return "core", ""
    # an appositive noun ("dem IT-Dienstleister X") is skipped when an article precedes it
    if i >= 1 and toks[i][0][:1].isupper() and toks[i][0].lower() not in r.articles:
        j = i - 1
        while j >= 0 and _ADJECTIVE.match(toks[j][0]) and toks[j][0].lower() not in r.articles:
            j -= 1
        if j >= 0 and toks[j][0].lower() in r.articles:
            i = j
    while i >= 0:
        word, pos = toks[i]
        low = word.lower()
        if low == "zu" and not article and i + 1 < len(toks) and _GERUNDIVE.match(toks[i + 1][0]):
            i -= 1 + (i >= 1 and toks[i - 1][0].lower() in ("neu", "noch", "erst"))
            continue  # "in einer neu zu gründenden X": part of the noun phrase, no preposition of X
        if low in r.contractions:
            preposition = r.contractions[low][0]
            if preposition == "bei" and i >= 1:  # "die Mitgliederversammlung beim A als auch die beim B"
                body = _body_before(text, toks, i, r)
                if body:
                    return "gen", body
            return f"prep:{preposition}", ""
        if low in r.clause_prepositions and article in _NOMINATIVE_ARTICLES:
            break  # "Seit die Stadtwerke X … übertragen haben": a clause's subject
        if low in r.prepositions:
            if low in ("von", "in") and i >= 1 and toks[i - 1][0] in r.venue_nouns:
                return "place", ""  # "im Rathaus von X unterzeichnet": where, no party
            if low == "von" and i >= 1 and (toks[i - 1][0] in r.bodies or toks[i - 1][0] in knowledge().office_titles):
                return "gen", toks[i - 1][0]  # "die Stadträte von A und B", "die Bürgermeister von A und B"
            if low in ("in", "aus") and i >= 1 and toks[i - 1][0] in r.bodies:
                return "gen", toks[i - 1][0]  # "die Gemeindevertretungen in A und B", "der Stadtrat in A"
            if low in ("in", "aus", "von") and i >= 2 and toks[i - 1][0].lower() in _PRONOUN_SLOTS \
                    and (toks[i - 2][0].lower() in r.coordinators or toks[i - 2][0] in (",", "auch")):
                body = _body_named_before(text, toks[i - 1][1], r)
                if body:  # "Sowohl der Kreistag in A als auch der in B": B's council too
                    return "gen", body
            return f"prep:{low}", ""
        if low in r.coordinators:
            if prev and _BRACKETS_ONLY.fullmatch(text[prev.end:pos]):
                return prev.slot, prev.head
            if prev and prev.slot == "gen" and prev.head in r.bodies and i == len(toks) - 1 \
                    and (_DAY_ONLY.fullmatch(text[prev.end:pos])
                         or (prev.head in r.plural_nouns and not text[prev.end:pos].strip(" ,"))):
                # "die Räte von A am 25. Januar und B", "die Gemeinderäte in A und B": B's council too
                return prev.slot, prev.head
            if article in DATIVE_ARTICLES:
                shared = _shared_preposition(toks, i, r)
                if shared:  # "von elf Landwirten und der Gemeinde X": the preposition governs both
                    return f"prep:{shared}", ""
            break
        if low in _GENITIVE_DETERMINERS and not article and text[start:].split(maxsplit=1)[0] not in r.bodies:
            return "gen", toks[i - 1][0] if i >= 1 else ""  # (not councils: "Nach Zustimmung beider Stadträte")
        if low in r.without_article and not article:
            previous = toks[i - 1][0].lower() if i >= 1 else ""
            return (f"prep:{previous}", "") if previous in r.prepositions else ("core", "")
        if low in r.articles and not article:
            article = low
        elif not article and (_ADJECTIVE.match(word) or word.isdigit() or low in r.numbers
                              or (word == "." and i >= 1 and toks[i - 1][0].isdigit())):  # "mit dem 1. FC X"
            pass
        else:
            break
        i -= 1
    if article in ("dem", "einem"):
        return "dat", ""
    if article in ("den", "einen"):
        return "acc", ""
    if article in ("des", "der") and i >= 1 and toks[i][0].lower() in _PRONOUN_SLOTS \
            and (toks[i - 1][0].lower() in r.coordinators or toks[i - 1][0] in (",", "auch")):
        # "die Mitgliederversammlung des A als auch die des B", "… der A (5. Juli, 212 zu 9 Stimmen) als auch die
        # der B": the pronoun stands for the body noun named before (also before a comma in brackets), in its case
        left_out = _body_named_before(text, toks[i][1], r)
        if left_out:
            return _PRONOUN_SLOTS[toks[i][0].lower()], left_out
    if article == "der" and r.masculine_noun.match(text, start):
        return "der", ""  # "sind Gesellschafter der Landkreis sowie …": a masculine noun's "der" is no genitive
    if article in ("des", "der") and i >= 1 and toks[i][0] in r.source_nouns \
            and toks[i - 1][0].lower() in ("nach", "laut"):
        return "source", ""  # "Nach Auskunft des Landkreises X …": who tells, no party
    if article in _GENITIVE_ARTICLES or (article in _GENITIVE_OR_DATIVE_ARTICLES and (_after_noun(toks, i, ctx)
                                                                                     or _counted(toks, i, r))):
        return "gen", toks[i][0] if i >= 0 else ""
    if article in ("der", "einer"):
        if r.feminine_noun.match(text, start) and not _LISTED_AFTER_COMMA.search(text, max(0, start - 80), start) \
                and not _QUOTED_AFTER_RELATIVE.search(text, max(0, start - 12), start):
            return "dat", ""  # "Der Landesregierung ist bekannt, …": a feminine noun's "der" is no nominative
            # (after a comma it may go on a list of genitives: "Beschlüsse des Rates A, der Gemeindevertretung B")
        return "der", ""  # nominative masculine or dative feminine
    return "core", ""


DATIVE_ARTICLES = ("einem", "dem", "einer", "der")


def _shared_preposition(toks: list[tuple[str, int]], i: int, r) -> str:
    """The preposition opening a short noun phrase that ends just before the coordinator ``toks[i]`` ("von elf
    Landwirten und …", "von 64 Einwohnerinnen und Einwohnern und …"), when only nouns, numbers, articles and
    coordinators stand between; else ""."""
    for j in range(i - 1, max(-1, i - 8), -1):
        word = toks[j][0]
        low = word.lower()
        if low in r.prepositions and j < i - 1:
            return low
        if not (word[:1].isupper() or word.isdigit() or r.number_word.fullmatch(word) or low in r.articles
                or low in r.coordinators):
            return ""
    return ""


def _body_before(text: str, toks: list[tuple[str, int]], i: int, r) -> str:
    """The body whose organisation a "beim" at token i names: the body noun right before ("die
    Mitgliederversammlung beim A"), or the one a pronoun after a coordinator stands for ("… als auch die beim B")."""
    if toks[i - 1][0] in r.bodies:
        return toks[i - 1][0]
    if i >= 2 and toks[i - 1][0].lower() in _PRONOUN_SLOTS \
            and (toks[i - 2][0].lower() in r.coordinators or toks[i - 2][0] in (",", "auch")):
        return _body_named_before(text, toks[i - 1][1], r)
    return ""


def _body_named_before(text: str, pos: int, r) -> str:
    """The body noun (or voting members' noun) named last before ``pos`` (a pronoun there stands for it: "… als auch
    die des B")."""
    return next((w for w in reversed(_TOKEN.findall(text, max(0, pos - 160), pos))
                 if w in r.bodies or w in r.voting_members), "")


_GENITIVE_ARTICLES = ("des", "eines", "dieses")
_GENITIVE_DETERMINERS = ("beider", "aller", "mehrerer")  # "als gemeinsame Anstalt beider Landkreise"
_GENITIVE_OR_DATIVE_ARTICLES = ("der", "einer", "dieser")  # after a noun, a genitive ("Zustifter dieser Stiftung")


def _counted(toks: list[tuple[str, int]], i: int, r) -> bool:
    """A number before the article: "Neun Beschäftigte der Stadt A und zwei der Stadt B" (B's two: a genitive), not a
    year ("2024 der Förderverein X")."""
    return i >= 0 and ((toks[i][0].isdigit() and len(toks[i][0]) < 4) or toks[i][0].lower() in r.numbers)


_PRONOUN_SLOTS = {"die": "core", "das": "core", "der": "der"}  # the slot of a pronoun standing for a noun
_LISTED_AFTER_COMMA = re.compile(r"(?:,|\bund|\bsowie|\boder)\s*(?:der|einer)\s+(?:[a-zäöüß]\w*\s+)*$")
# "…, der „Schachgemeinschaft X“ heißen soll": a relative pronoun before a quoted name, which is no dative
_QUOTED_AFTER_RELATIVE = re.compile(r",\s*der\s*[„“\"»«‚]\s*$")


def _participle_phrase_start(toks: list[tuple[str, int]], i: int, r) -> int:
    """The article opening an attributive participle phrase that ends at ``toks[i]`` ("an die 2023 von der
    Stadt X errichtete Anstalt" → "die"): the nearest article before it not followed by a capitalised word
    (that one belongs to a name inside the phrase) nor preceded by a noun (a genitive inside); ``i``
    when there is none within 15 words."""
    for j in range(i - 1, max(-1, i - 16), -1):
        low = toks[j][0].lower()
        if low not in r.articles and low not in r.contractions:
            continue
        if toks[j + 1][0][:1].isupper() or (low in r.contractions and toks[j + 1][0][:1].isdigit()):
            continue  # (a contraction before a day is the phrase's date: "das am 1. Juli errichtete Zentrum")
        before = toks[j - 1][0] if j >= 1 else ""
        if before[:1].isupper() and before.lower() not in r.articles:
            continue
        return j
    return i


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
    """True when the word before a 'der' is a noun of the clause (so 'der' is genitive; a month ends a
    date: "ist zum 1. Januar der X beigetreten")."""
    if i < 0:
        return False
    word, pos = toks[i]
    if not word[:1].isupper() or word in rules().not_nouns or word.lower() in month_numbers():
        return False
    # a plural council is a noun though it names organisations ("die Gemeinderäte der Gemeinden A, B und C")
    return word in knowledge().plural_bodies or not any(m.start <= pos < m.end for m in ctx.org_mentions)


_PAIRED_AFTER_BETWEEN = re.compile(r"\bzwischen\s+[A-ZÄÖÜ][\wäöüß-]*\s+und\s+$")


def _generic_mentions(ctx: DocContext, sent: Sentence,
                      real: list[Mention]) -> list[tuple[int, int, str, bool, bool]]:
    """Generic noun phrases ("die Stadt", "die beiden Kommunen") resolved to earlier organisations, as
    (start, end, key, generic, body); a council or board named bare ("Der Kreistag gab grünes Licht")
    acts for the latest organisation of its kind, else the release's most named one."""
    r = rules()
    out = []
    counted_until = -1  # "die Aufsichtsräte beider Unternehmen": the genitive only counts the councils
    for m in r.generic.finditer(ctx.text, sent.start, sent.end):
        start, end = m.start("compound") if m.group("compound") else m.start("noun"), m.end()
        if any(o.start < end and start < o.end for o in real) or m.start() <= counted_until:
            continue
        noun = m.group("noun")
        if m.group("pair") is not None \
                and not _PAIRED_AFTER_BETWEEN.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # a bare noun after "und" only ends a pair after "zwischen"
        if r.territory & set(m.group("adj").split()):
            continue  # "der gesamte Landkreis": the territory
        body = noun in r.bodies or noun in r.bare_bodies
        place = _placed(ctx, end, r.nouns[noun]) if body else ""
        if place:  # "der Kreistag in Musterau"
            out.append((start, end, place, True, body))
            continue
        if body and (after := _NAMED_AFTER.match(ctx.text, end)) and _named_at(ctx.text, after.end(), real):
            continue  # "der Gemeinderat der Stadt X", "die Gemeinderäte von A und B": named right there
        name_at = _APPOSED_NAME.match(ctx.text, end).end()  # (an optional space and quote: it always matches)
        if _NAMED_HERE.match(ctx.text, end, sent.end) or any(o.start == name_at for o in real):
            continue  # "Der neue Verein soll „X“ heißen", "soll der neue Verein „X“ entstehen": X, named right there
        count = 1
        if noun in r.plural_nouns:
            if r.not_back & set(m.group("adj").split()):
                continue  # "drei weitere Gemeinden": not those named before
            words = [(m.group("det") or "").lower(), *m.group("adj").split()]
            after = _GENITIVE_NUMBER.match(ctx.text, end)  # "die Aufsichtsräte beider Unternehmen"
            if after:
                words.append(after.group(1).lower())
                counted_until = after.end()
            numbers = [r.numbers[w] for w in words if w in r.numbers]
            if not numbers and noun in r.counted_only \
                    and not r.referring_words & set(ctx.text[m.start():m.start("noun")].lower().split()):
                continue
            if noun in r.release_wide and (m.group("adj") or not _CLAUSE_OPENING.fullmatch(
                    ctx.text, sent.clauses[clause_of(sent, m.start())][0], m.start())):
                continue  # only as the subject opening a clause: "(1) Die Träger übertragen …"
            count = numbers[0] if numbers else 0  # 0: as many as the last two sentences name (up to 5)
            colon = _UP_TO_COLON.match(ctx.text, end, sent.end)
            if colon and any(o.start == colon.end() for o in real):
                continue  # "Drei Gemeinden stoßen zum Verband: A, B und C sind ab heute Mitglieder": A, B and C
        new = count == 1 and not body and _NEW.intersection(m.group("adj").lower().split())
        keys = (_new_one(ctx, start, r.nouns[noun]) if new else []) \
            or _relative_owners(ctx, sent, real, m.start(), r.nouns[noun]) \
            or _by_place_adjective(ctx, m.group("adj"), r.nouns[noun]) or _by_legal_form(ctx, start, noun, count) \
            or _antecedents(ctx, start, r.nouns[noun], count, r.named_only.get(noun), noun,
                            sent.clauses[clause_of(sent, start)][0] if _ACCUSATIVE.match(m.group()) else -1)
        if not keys and body and count == 1:
            keys = [k for k in [ctx.most_named(lambda k, types=r.nouns[noun]: has_type(ctx, k, types))] if k]
        elif not keys and body and count > 1:  # "Beide Kreistage hatten zugestimmt" before the Landkreise are named
            keys = _named_anywhere(ctx, r.nouns[noun], count)
        elif not keys and noun in r.release_wide:  # a statute's "Die Träger …" far below the list of them
            keys = _named_anywhere(ctx, r.nouns[noun], count) if count else _all_named(ctx, r.nouns[noun])
        out.extend((start, end, key, True, body) for key in keys)
    kinds = tuple({kind for types in r.nouns.values() for kind in types})
    answer = _ANSWERING_PRONOUN.match(ctx.text, sent.start, sent.end)
    if answer and sent.idx > 0 and ctx.text[max(0, sent.start - 200):sent.start].rstrip().endswith("?") \
            and not any(o.start < answer.end("pronoun") and answer.start("pronoun") < o.end for o in real):
        # an interview's answer: "Und der Landkreis X? – Der hat sich 2024 dagegen entschieden"
        out.extend((answer.start("pronoun"), answer.end("pronoun"), key, True, False)
                   for key in _antecedents(ctx, answer.start("pronoun"), kinds, 1))
    for m in r.plural_pronoun.finditer(ctx.text, sent.start, sent.end):  # "Alle drei wollen beitreten"
        start, end = m.span("det")
        if not any(o.start < end and start < o.end for o in real):
            out.extend((start, end, key, True, False)
                       for key in _antecedents(ctx, start, kinds, r.numbers[m.group("det").lower()]))
    return out


_ACCUSATIVE = re.compile(r"(?:den|einen)\s", re.I)
_UP_TO_COLON = re.compile(r"[^:;.!?]{0,80}:\s*")
_NEW = frozenset({"neue", "neuen", "neuer", "neues", "neuem"})
_APPOSED_NAME = re.compile(r"\s*[‚„\"»]?")  # what stands between a kind and its name in apposition
_GIVEN_NAME = re.compile(r"\b(?:Namen|heißen|heißt|Arbeitstitel:?)\s*[‚„\"»]?\s*$")


def _new_one(ctx: DocContext, before: int, types: tuple[str, ...]) -> list[str]:
    """The organisation of the given types a release has introduced as new before an offset ("der neue Verein"):
    one it founds, or one first named as a name given ("…, der den Namen X tragen soll"); [] when none is."""
    first: dict[str, int] = {}
    for m in ctx.org_mentions:
        first.setdefault(ctx.effective(m.key), m.start)
    fitting = [k for k, at in first.items() if at < before
               and (has_type(ctx, k, types) or ctx.org_type(k) == "Sonstige")  # a name given has no type word yet
               and (k in ctx.founded or _GIVEN_NAME.search(ctx.text, max(0, at - 20), at))]
    return fitting[-1:]


def _named_at(text: str, start: int, real: list[Mention]) -> bool:
    """An organisation's name starts at most two words after the offset ("der Gemeinden A und B"), not a
    generic phrase ("der übertragenden Vereine vom 5. April")."""
    return any(start <= o.start and len(text[start:o.start].split()) <= 2 for o in real)


def _relative_owners(ctx: DocContext, sent: Sentence, real: list[Mention], start: int,
                     types: tuple[str, ...]) -> list[str]:
    """After a relative "deren"/"dessen": the organisations of the noun's kinds the sentence names before it
    ("der Gemeinden A, B und C gegründet, deren Gemeinderäte …" → A, B and C); [] otherwise."""
    if not _RELATIVE_OWNER.match(ctx.text, start):
        return []
    keys = [ctx.effective(m.key) for m in real if sent.start <= m.start and m.end <= start and m.key]
    return list(dict.fromkeys(k for k in keys if has_type(ctx, k, types)))


_RELATIVE_OWNER = re.compile(r"(?:deren|dessen)\s", re.I)
# a demonstrative opening an answer, after the speaker's name: "Zettl: Der hat sich …", "Die will 2026 beitreten."
_ANSWERING_PRONOUN = re.compile(r"\W*(?:[A-ZÄÖÜ][\wäöüß-]+:\s+)?(?P<pronoun>Der|Die)\s+"
                                r"(?=(?:hat|hatte|ist|war|will|wollte|wird|wurde|soll|sollte|möchte)\b)")


def _named_anywhere(ctx: DocContext, types: tuple[str, ...], count: int) -> list[str]:
    """The release's organisations of the given types, when it names exactly ``count`` of them."""
    fitting = _release_named(ctx, types)
    return fitting if len(fitting) == count else []


def _all_named(ctx: DocContext, types: tuple[str, ...], most: int = 5) -> list[str]:
    """The release's organisations of the given types, when it names two to ``most`` of them."""
    fitting = _release_named(ctx, types)
    return fitting if 1 < len(fitting) <= most else []


def _release_named(ctx: DocContext, types: tuple[str, ...]) -> list[str]:
    """The release's organisations of the given types, in the order it names them."""
    keys = dict.fromkeys(ctx.effective(m.key) for m in ctx.org_mentions)
    return [k for k in keys if has_type(ctx, k, types)]


def _by_legal_form(ctx: DocContext, before: int, noun: str, count: int) -> list[str]:
    """A legal form named as a noun ("in die eG", "die GmbH"), or a noun for one ("die Genossenschaft"), refers
    to the latest organisation of that form, unless that one was named once and another of the form more
    often (the release's own cooperative, not one listed in passing)."""
    forms = rules().legal_form_nouns.get(noun) or ((noun,) if noun in _word_sets()["single_legal_forms"] else ())
    if count != 1 or not forms:
        return []
    named: Counter[str] = Counter()
    founded = set()  # founded in the release: "Mit der Gründung der X eG am 20. Juni …"
    for m in (m for m in ctx.org_mentions if m.start < before):
        org = ctx.orgs.get(ctx.effective(m.key))
        if org and org.name.endswith(tuple(" " + form for form in forms)):
            named[org.key] += 1
            latest = org.key
            if rules().founded_before.search(ctx.text, max(0, m.start - 20), m.start):
                founded.add(org.key)
    if not named:
        return []
    (main, times), = named.most_common(1)
    if named[latest] == 1 and latest not in founded and len(founded) == 1:
        return list(founded)  # the cooperative the release founds, not one of its founders named after it
    return [main if named[latest] == 1 and times >= 2 else latest]  # the release's own eG over one named in passing


def _by_place_adjective(ctx: DocContext, words: str, types: tuple[str, ...]) -> list[str]:
    """The one organisation of the given types a place adjective names ("die Musterhausener Stadtverordneten",
    "der Beispieler Gemeinderat" → the town whose name holds "Musterhausen", "Beispiel")."""
    stems = [w[:-2] for w in words.split() if w[:1].isupper() and w.endswith("er") and len(w) > 5]
    for stem in stems:
        fitting = [k for k, o in ctx.orgs.items() if has_type(ctx, k, types) and stem in o.name]
        if len(fitting) == 1:
            return fitting
    return []


def _antecedents(ctx: DocContext, before: int, types: tuple[str, ...], count: int,
                 named: tuple[str, tuple[str, ...]] | None = None, noun: str = "", clause: int = -1) -> list[str]:
    """The ``count`` most recent distinct organisations of the given types before an offset
    (``count`` 0: a plural without number, as many as the same and the previous sentence name, up to 5).
    A single one whose name ends a word in the ``noun`` is preferred ("der neuen Vereinigung" after "Mühlenverein
    A" and "Mühlenvereinigung B" is B). An organisation the release founds counts as foundable; failing all, the most
    mentioned organisation of unknown type ("Sonstige") stands in for a single one. An accusative's single one is
    named before its own ``clause`` (its start) when one is: "Der Kreissportbund X nahm den Verein als Mitglied auf"
    is another Verein."""
    window = _previous_sentence_start(ctx, before) if count == 0 else 0  # a counted plural may reach further
    earlier = [m for m in ctx.org_mentions if window <= m.start < before]
    if count > 1 and (pair := _coordinated(ctx, earlier, types, count)):
        return pair
    if count == 1:  # a singular noun refers back to an organisation named on its own, not to one of a list
        listed = _listed(ctx, earlier)
        alone = [m for m in earlier if id(m) not in listed]
        if any(has_type(ctx, ctx.effective(m.key), types) for m in alone):
            earlier = alone
        outside = [m for m in earlier if m.start < clause]
        if any(has_type(ctx, ctx.effective(m.key), types) for m in outside):
            earlier = outside
    said, count = count, count or 5
    latest = dict.fromkeys(_current(ctx, m.key, before) for m in reversed(earlier))
    found = [k for k in latest if has_type(ctx, k, types) and _named_as(ctx, k, named)]
    if count == 1 and noun:
        found = [k for k in found if named_by_noun(ctx, k, noun)] or found
    found = found[:count]
    if said > 1 and len(found) < 2 and noun not in knowledge().plural_bodies:
        return []  # "Drei Gemeinden stoßen zum Verband" in a headline: not the one town named before
    if not found and count == 1 and set(types) & rules().foundable:
        unknown = Counter(ctx.effective(m.key) for m in earlier)
        ranked = [k for k, _ in unknown.most_common() if ctx.org_type(k) == "Sonstige" and not ctx.is_state(k)
                  and not ctx.is_political(k) and not ctx.is_outlet(k)]
        found = ranked[:1]
    return list(reversed(found)) if count > 1 else found


def named_by_noun(ctx: DocContext, key: str, noun: str) -> bool:
    """A word of the organisation's name ends in the noun, or in its stem without a genitive ending ("Verbandes")."""
    org = ctx.orgs.get(key)
    stems = {noun.lower(), noun.lower().removesuffix("es"), noun.lower().removesuffix("s")}
    return org is not None and any(word.lower().endswith(stem) for word in org.name.split() for stem in stems
                                   if len(stem) > 3)


# (also "sowohl die Gemeindevertretung von A als auch die von B")
_COORDINATION = re.compile(r"\s*(?:,|und|sowie|als\s+auch)\s+(?:(?:der|die|das|dem|den|des)\s+)?(?:von\s+)?$")


def _current(ctx: DocContext, key: str, at: int) -> str:
    """The organisation a name stands for at an offset: after the release has told that it merged into
    another, that one."""
    key = ctx.effective(key)
    successor = ctx.successors.get(key)
    return successor[0] if successor and successor[1] < at else key


def _listed(ctx: DocContext, mentions: list[Mention]) -> set[int]:
    """Ids of the mentions that stand in a list of three or more ("Partner wie A, B und die C")."""
    out: set[int] = set()
    run = mentions[:1]
    for a, b in itertools.pairwise(mentions):
        if _COORDINATION.match(ctx.text[a.end:b.start]):
            run.append(b)
            continue
        if len(run) >= 3:
            out.update(id(m) for m in run)
        run = [b]
    if len(run) >= 3:
        out.update(id(m) for m in run)
    return out


def _coordinated(ctx: DocContext, earlier: list[Mention], types: tuple[str, ...], count: int) -> list[str]:
    """The latest ``count`` organisations of the given types named in one coordination ("Die Sparkasse A
    und die Kreissparkasse B sollen zur Sparkasse C fusionieren. … beide Verwaltungsräte"): a counted
    plural refers back to them rather than to the latest names."""
    for i in range(len(earlier) - count, -1, -1):
        run = earlier[i:i + count]
        keys = list(dict.fromkeys(ctx.effective(m.key) for m in run))
        if len(keys) == count and all(has_type(ctx, k, types) for k in keys) and all(
                _COORDINATION.match(ctx.text[a.end:b.start]) for a, b in itertools.pairwise(run)):
            return keys
    return []


def _named_as(ctx: DocContext, key: str, named: tuple[str, tuple[str, ...]] | None) -> bool:
    """Whether an organisation of the noun's named-only type has one of the words in its name
    ([coreference].named_only)."""
    if named is None or ctx.org_type(key) != named[0]:
        return True
    org = ctx.orgs.get(key)
    return org is not None and any(word in org.name.lower() for word in named[1])


def has_type(ctx: DocContext, key: str, types: tuple[str, ...]) -> bool:
    if ctx.org_type(key) in types or ("Land" in types and ctx.is_state(key)):
        return True
    return key in ctx.founded and bool(set(types) & rules().foundable)


def _previous_sentence_start(ctx: DocContext, offset: int) -> int:
    starts = [s.start for s in ctx.sentences if s.start <= offset]
    return starts[-2] if len(starts) >= 2 else 0
