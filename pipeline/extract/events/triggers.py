"""The triggers of a sentence: the spans of the ``event_triggers`` component (``matcher.py``)
that no blocker stops, with the modality their surroundings give them."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from .clauses import clause_of
from .matcher import SPANS_KEY, find_triggers
from .rules import (
    DASS_CLAUSE,
    DocContext,
    Sentence,
    Trigger,
    TriggerRule,
    rules,
)

_SENTENCE_END = re.compile(r"(?<![\d\s])[.!?](?=\s+[„\"“A-ZÄÖÜ])")
_INFINITIVE = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b(?:an|auf|aus|bei|ein|mit|nach|über|um|vor|zurück)zu[a-zäöüß]+en\b")


def sentence_triggers(ctx: DocContext, sent: Sentence) -> list[Trigger]:
    """The triggers of a sentence, without dates yet (both passes find the same: the second copies the first)."""
    if sent.idx not in ctx.triggers:
        ctx.triggers[sent.idx] = _find_triggers(ctx, sent)
    return [Trigger(t.rule, t.start, t.end, t.text, t.clause, modality=t.modality) for t in ctx.triggers[sent.idx]]


def trigger_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start char, end char, rule name) of the release's triggers, from ``doc.spans`` where the
    ``event_triggers`` component ran, else found now."""
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else find_triggers(doc)
    return sorted((s.start_char, s.end_char, s.label_) for s in spans)


_STATEMENT_END = re.compile(r"[.!]\s")


def _find_triggers(ctx: DocContext, sent: Sentence) -> list[Trigger]:
    """The sentence's trigger spans that no blocker stops, one per place and event type
    (rules earlier in the resource win)."""
    text = ctx.text
    question = bool(rules().question.search(text, sent.start, sent.end))
    by_rule = rules().by_name
    spans = ctx.trigger_spans
    first = bisect.bisect_left(spans, (sent.start, -1, ""))
    last = bisect.bisect_left(spans, (sent.end, -1, ""))
    candidates = sorted(spans[first:last], key=lambda s: (by_rule[s[2]][0], s[0]))
    found: list[Trigger] = []
    for start, end, name in candidates:
        if question and end <= sent.end and not _STATEMENT_END.search(text, end, sent.end):
            continue  # a question reports nothing (a statement before it does: "X hat abgelehnt. Enttäuscht?")
        rule = by_rule[name][1]
        if rule.after is not None and not rule.after.search(text, max(0, sent.start - 400), sent.start):
            continue  # a list line read as an event only after its lead-in ("Gewählt wurden:")
        if rule.not_after is not None and rule.not_after.search(text, sent.start, start):
            continue  # "A stimmte im Januar zu, B folgte im Februar": B decided too, it did not join
        clause = clause_of(sent, start)
        if rule.form == "passive" and rule.event_type == "resolution" and clause_of(sent, end - 1) != clause \
                and clause_of(sent, end - 1) in sent.relative:
            continue  # "wurde … gegründet, deren Gemeinderäte die Gründung beschlossen hatten": no passive "wurde …
            # beschlossen", the participle is a relative clause's
        # "Die Stadt will der 2011 gegründeten X beitreten": the founding happened, whatever the clause plans
        # "Seit dem Beitritt von X ist der Verband nicht gewachsen": the joining happened, whatever follows
        since = rule.form == "nominal" and bool(rules().since_noun.search(text, max(sent.start, start - 40), start))
        modality = "reported" if rule.attributive or since else _modality(rule, text, start, sent.clauses, clause)
        if rule.blockers and _blocked(rule.blockers, text, start, sent.clauses, clause, after=not since) and \
                (modality == "reported" or rule.event_type == "resolution"
                 or (modality != "negated" and _blocked(rules().hard_blockers, text, start, sent.clauses, clause))):
            continue  # blocked, unless only by what makes it a planned, expected or negated event
        if rule.blockers and rules().open_clause.match(text, sent.clauses[clause][0]):
            continue  # "…, ob der Landkreis X beitritt": an open question
        if any(t.rule.event_type == rule.event_type and t.start < end and start < t.end for t in found):
            continue
        found.append(Trigger(rule, start, end, text[start:end], clause, modality=modality))
    found.sort(key=lambda t: t.start)
    return found


def _modality(rule: TriggerRule, text: str, start: int, clauses: list[tuple[int, int]], clause: int) -> str:
    """reported, or the first of negated, expected, planned whose cues ([modality] in the resource)
    stand near the trigger, as blockers are looked for."""
    only_for = rules().modality_types
    for modality, cues in rules().modality.items():
        if modality in only_for and rule.event_type not in only_for[modality]:
            continue
        if _blocked(cues, text, start, clauses, clause, reach=None):
            return modality
    return "reported"


def _blocked(blockers: tuple[re.Pattern[str], ...], text: str, start: int, clauses: list[tuple[int, int]],
             clause: int, reach: int | None = 60, after: bool = True) -> bool:
    """A blocker in the ``reach`` characters before the trigger (None: the whole clause before it; a
    modality cue may stand far before a clause-final verb: "Zum 1. Juli soll die Gemeinde X in den …
    zurückkehren") or in the rest of its clause; a zu-infinitive or dass-clause also reads the clause before it,
    whose verb governs it ("plant, … beizutreten", "Wir rechnen damit, dass …"). ``after=False``: only before it."""
    lo, hi = clauses[clause]
    before = text[lo if reach is None else max(lo, start - reach):start]
    if clause > 0 and (_INFINITIVE.search(text, lo, hi) or DASS_CLAUSE.match(text, lo)):
        before = text[clauses[clause - 1][0]:lo] + " " + before
    rest = text[start:hi] if after else ""
    stop = _SENTENCE_END.search(rest)
    if stop:  # a quotation run on after the sentence ("… zur X. „Das hätten wir …") is not its clause
        rest = rest[:stop.start()]
    return any(b.search(before) or b.search(rest) for b in blockers)
