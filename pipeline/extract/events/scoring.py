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

# "zwei der Stadt B" too, and with the noun: "und eine Beschäftigte der Gemeinde B", and its verb of coming: "eine
# Waldpädagogin kam vom Landkreis B"
_COUNT_WORD = re.compile(r"\b([a-zäöüß]{3,})\s+(?:[A-ZÄÖÜ][\w*:]+\s+)?(?:(?:kam|kamen|kommt|kommen)\s+)?"
                         r"(?:aus|vom|von\s+der|von\s+dem|der|des)\b")
# a count right after a giver: "aus B vier", "aus B kamen je zwei hinzu", "aus B 12 weitere", "aus B kommen drei
# Bauhofmitarbeiter"
_COUNT_AFTER = re.compile(r"(?:je\s+)?\b(\d+|[a-zäöüß]{3,})\b"
                          r"(?=\s*(?:weitere|\w*(?:Beschäftigte|[Mm]itarbeit|Kolleg|Fachkr|Kräfte|Angestellte)|und\b"
                          r"|,|\.|;|$|hinzu))")
_COORDINATED = re.compile(r"\s*(?:,|und|sowie)\s*(?:aus\s+)?(?:de[mn]\s+|der\s+)?")


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
        report.figure = staff_figure(ctx, sent, trigger)
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


def staff_figure(ctx: DocContext, sent: Sentence, trigger: Trigger) -> float | None:
    """Head count of a staff transfer: a staff figure of the trigger's clause, else of the sentence ("sollen sieben
    Beschäftigte wechseln, der Landkreis B werde weitere fünf einbringen": five for B), else a number before a staff
    noun."""
    staff = rules().staff_word
    counted = [f for f in sent.figures if any(staff.fullmatch(word) for word in (f.unit or f.text).lower().split())]
    start, end = sent.clauses[trigger.clause]
    own = next((f for f in counted if start <= f.start < end), counted[0] if counted else None)
    if own is not None:
        return own.value
    m = _STAFF_NUMBER.search(ctx.text, sent.start, sent.end)
    return float(m.group(1).replace(".", "")) if m else None


_SPLIT = re.compile(r"\bdavon\b")


def staff_shares(ctx: DocContext, sent: Sentence, givers: list[str]) -> list[tuple[str, float]]:
    """(giver, head count) pairs when the sentence gives each giver its own count ("23 Beschäftigte des
    Landkreises A und 17 aus B", "… übergegangen: 52 aus dem Landkreis A und 31 aus dem Landkreis B"): each
    giver's first mention takes the last number between the previous giver and it, or, when the first giver
    has none before it, the first number after it ("aus A drei …, aus B vier und aus C zwei"; "aus B und C
    kamen je zwei hinzu": both); [] unless every giver gets a number of its own, or when the sentence gives
    their total first ("insgesamt 13 …")."""
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

    def before(lo: int, hi: int) -> float | None:
        found = [(start, value) for start, value in counts if lo <= start < hi]
        found += [(m.start(), float(m.group(1).replace(".", ""))) for m in _NUMBER.finditer(ctx.text, lo, hi)
                  if not any(s <= m.start() < e for s, e in dated)]
        found += [(m.start(), value) for m in _COUNT_WORD.finditer(ctx.text, lo, hi)
                  if (value := number_value(m.group(1), articles=True))]  # "…, sechs aus B und vier aus C"
        return max(found)[1] if found else None

    def after(lo: int, hi: int) -> tuple[float | None, bool]:  # (the count, said "je")
        found = [(m.start(), number_value(m.group(1)), bool(m.group(0).startswith("je")))
                 for m in _COUNT_AFTER.finditer(ctx.text, lo, hi)
                 if not any(s <= m.start() < e for s, e in dated)]
        found = [f for f in found if f[1]]
        return (min(found)[1], min(found)[2]) if found else (None, False)

    backwards = before(max(sent.start, firsts[0].start - 120), firsts[0].start) is not None
    out: list[tuple[str, float]] = []
    waiting: list[str] = []  # givers coordinated with the next one ("aus B und C kamen je zwei hinzu")
    lo = sent.start
    for k, mention in enumerate(firsts):
        hi = firsts[k + 1].start if k + 1 < len(firsts) else min(sent.end, mention.end + 80)
        value = before(max(lo, mention.start - 120), mention.start) if backwards else None
        each = False
        if value is None:
            value, each = after(mention.end, hi)
        if value is None:
            if k + 1 < len(firsts) and _COORDINATED.fullmatch(ctx.text, mention.end, hi):
                waiting.append(mention.key)
                lo = mention.end
                continue
            return []
        if waiting and not each:
            return []
        out += [(key, value) for key in waiting] + [(mention.key, value)]
        waiting, lo = [], mention.end
    return out if not waiting else []
