"""One report: its evidence, date, head count and confidence."""

from __future__ import annotations

import re

from ...records import EventReport
from ..figures import number_value
from .arguments import Choice
from .dates import date_for
from .rules import (
    SUBJECT_TYPES_NEEDING_OBJECTS,
    DocContext,
    Sentence,
    Trigger,
    ordered,
    rules,
)

_COUNT_WORD = re.compile(r"\b([a-zäöüß]{3,})\s+(?:aus|vom|von\s+der|von\s+dem)\b")


_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)(?![\d.,]|\s*(?:Prozent|%|Euro|Jahre))")
_STAFF_NUMBER = re.compile(r"\b(\d+(?:\.\d{3})*)\s+(?:\w+\s+)?(?=Beschäftigte|Mitarbeite|Angestellte|Bedienstete)")


def make_report(ctx: DocContext, sent: Sentence, trigger: Trigger, subject: str, objects: list[str],
                subject_starts: list[int], rank: int = 0) -> EventReport:
    start, end = _strip(ctx.text, sent.start, sent.end)
    report = EventReport(event_type=trigger.rule.event_type, sent_idx=sent.idx, start=start, end=end,
                         evidence=ctx.text[start:end], subject_key=subject, object_keys=objects,
                         person_keys=ordered(m.key for m in sent.persons), trigger=trigger.text,
                         modality=trigger.modality)
    give_date(report, trigger, subject_starts, rank)
    if trigger.rule.event_type == "staff_transfer":
        report.figure = staff_figure(ctx, sent)
    return report


def give_date(report: EventReport, trigger: Trigger, subject_starts: list[int], rank: int = 0) -> None:
    """The report's date: the one of the trigger's dates that fits its subject (``date_for``)."""
    chosen = date_for(trigger, subject_starts, rank)
    if chosen:
        date, role = chosen
        report.date, report.date_granularity = date.value, date.granularity
        report.date_resolution = date.resolution
        report.date_role = role or rules().types[trigger.rule.event_type]["default_role"]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, start + len(chunk.rstrip())


def confidence(ctx: DocContext, trigger: Trigger, subject: Choice, has_objects: bool,
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


def staff_figure(ctx: DocContext, sent: Sentence) -> float | None:
    """Head count of a staff transfer: a staff figure of the sentence, else a number before a staff noun."""
    staff = rules().staff_word
    for f in sent.figures:
        if any(staff.fullmatch(word) for word in (f.unit or f.text).lower().split()):
            return f.value
    m = _STAFF_NUMBER.search(ctx.text, sent.start, sent.end)
    return float(m.group(1).replace(".", "")) if m else None


_SPLIT = re.compile(r"\bdavon\b")


def staff_shares(ctx: DocContext, sent: Sentence, givers: list[str]) -> list[tuple[str, float]]:
    """(giver, head count) pairs when the sentence gives each giver its own count ("23 Beschäftigte des
    Landkreises A und 17 aus B", "… übergegangen: 52 aus dem Landkreis A und 31 aus dem Landkreis B"): each
    giver's first mention takes the last number between the previous giver and it; [] unless every giver
    gets a number of its own, or when the sentence gives their total first ("insgesamt 13 …")."""
    firsts = []
    for key in givers:
        mention = next((m for m in sent.mentions if m.key == key), None)
        if mention is None:
            return []
        firsts.append(mention)
    firsts.sort(key=lambda m: m.start)
    total = rules().staff_total.search(ctx.text, sent.start, firsts[0].start)
    if total and not _SPLIT.search(ctx.text, total.end(), firsts[0].start):
        return []  # "Insgesamt 13 Beschäftigte – neun von der Stadt und vier vom Landkreis –": one transfer
        # (but "insgesamt 127 …, davon 86 von A und 41 von B" splits it)
    dated = [(d.start, d.end) for d in sent.dates]
    staff = rules().staff_word
    counts = [(f.start, f.value) for f in sent.figures
              if any(staff.fullmatch(word) for word in (f.unit or f.text).lower().split())]
    out, lo = [], sent.start
    for mention in firsts:
        lo = max(lo, mention.start - 120)
        found = [(start, value) for start, value in counts if lo <= start < mention.start]
        found += [(m.start(), float(m.group(1).replace(".", "")))
                  for m in _NUMBER.finditer(ctx.text, lo, mention.start)
                  if not any(s <= m.start() < e for s, e in dated)]
        found += [(m.start(), value) for m in _COUNT_WORD.finditer(ctx.text, lo, mention.start)
                  if (value := number_value(m.group(1), articles=True))]  # "…, sechs aus B und vier aus C"
        if not found:
            return []
        out.append((mention.key, max(found)[1]))
        lo = mention.end
    return out
