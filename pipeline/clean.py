"""Clean: strip page furniture, unwrap hard-wrapped lines, decide the publication date.

The furniture markers live in ``resources/furniture.toml``, the datelines and
publication stamps in ``resources/datelines.toml``. The cleaned text keeps
every paragraph of the release (one paragraph per block, separated by a blank
line); all offsets in the outputs refer to it.

This stage is the one owner of the publication date (``CleanDocument.published``
and ``published_source``): the manifest's value wins, else a dateline or stamp
in the first or last lines of the release (removed from the text), else a month
inferred from the text's own dates (``extract.dates.infer_published``), else none.
Every value is calendar-checked by ``periods``; later stages only read it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from . import periods, resources
from .records import CleanDocument, SourceDocument

log = logging.getLogger(__name__)
_TERMINAL = tuple(".!?:;“”\"»«’")
_MIN_WRAPPED = 25  # shorter lines are headings, never wrapped text
_MIN_LINES_FOR_WIDTH = 4  # fewer lines tell no wrap width
_UNWRAPPED_FACTOR = 1.25  # two lines this much wider than the width: the text is not hard-wrapped
_MAX_WRAP_WIDTH = 120  # lines wider than this are not hard-wrapped: a blank line after one ends its paragraph
_BREAK = "\f"  # stands for a rule line (furniture.toml's break_line) between the kept lines


@dataclass(frozen=True)
class _Markers:
    drop_line: tuple[re.Pattern[str], ...]
    break_line: tuple[re.Pattern[str], ...]
    cut_from: tuple[re.Pattern[str], ...]
    strip_from_line: tuple[re.Pattern[str], ...]
    heading_line: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class _Datelines:
    furniture: tuple[re.Pattern[str], ...]  # removed wherever a line starts with them
    updates: tuple[re.Pattern[str], ...]  # "Stand: …": removed in the head and closing lines; a date of last resort
    stamps: tuple[re.Pattern[str], ...]  # removed in the head lines only
    closing: tuple[re.Pattern[str], ...]  # removed in the closing lines only
    byline: re.Pattern[str]  # a segment of a removed stamp that stays text (it names the author)
    stamp_byline: re.Pattern[str]  # a segment of a post's stamp whose "von <name>" part stays text
    session_line: re.Pattern[str]  # minutes' "Sitzungstag: …": the day decided on, text, no publication stamp
    register_number: re.Pattern[str]  # "VR 1187 – Neueintragung" before a register entry's stamp: stays text
    head_lines: int
    closing_lines: int


@cache
def _markers() -> _Markers:
    spec = resources.toml("furniture.toml")

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in spec[key])

    return _Markers(compile_all("drop_line"), compile_all("break_line"), compile_all("cut_from"),
                    compile_all("strip_from_line"), compile_all("heading_line"))


@cache
def _datelines() -> _Datelines:
    """The dateline patterns of ``datelines.toml`` with their placeholders expanded (one regex per date form)."""
    spec = resources.toml("datelines.toml")
    months = "|".join(re.escape(m) + r"\.?" for m in sorted(resources.month_numbers(), key=lambda m: (-len(m), m)))
    fragments = {key: value for key, value in spec["fragments"].items()}
    forms = [form.replace("{month}", f"(?:{months})") for form in spec["date_forms"].values()]

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        out = []
        for template in spec[key]:
            expanded = template
            for name, fragment in fragments.items():
                expanded = expanded.replace("{" + name + "}", fragment)
            for form in (forms if "{date}" in expanded else [""]):
                out.append(re.compile("^" + expanded.replace("{date}", form), re.I))
        return tuple(out)

    return _Datelines(compile_all("furniture_patterns"), compile_all("update_patterns"), compile_all("patterns"),
                      compile_all("closing_patterns"), re.compile(spec["byline_segment"]),
                      re.compile(spec["stamp_byline"]),
                      re.compile(spec["session_line"]), re.compile(spec["register_number"]), int(spec["head_lines"]),
                      int(spec["closing_lines"]))


def clean(doc: SourceDocument) -> CleanDocument:
    """Remove furniture from ``doc.text`` and decide the publication date (see the module docstring).

    RETURNS CleanDocument (a new object; ``doc`` is not changed).
    """
    markers = _markers()
    lines = [" ".join(raw.split()) for raw in doc.text.split("\n")]
    cut = next((i for i, line in enumerate(lines) if line and any(p.search(line) for p in markers.cut_from)),
               len(lines))
    lines = lines[:cut]
    head, closing = _stamp_lines(lines)
    kept: list[str] = []
    stated = closing_date = updated = home = ""
    days: list[str] = []  # the stamps' full dates, in text order
    for i, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        place = "head" if i in head else "closing" if i in closing else ""
        rest, date, update, where = _strip_dateline(line, place)
        if place == "head" and not date and i in closing:  # a short release: its last lines are its first too
            place = "closing"
            rest, date, update, where = _strip_dateline(line, place)
        if place == "closing" and rest:
            rest, date, update, where = _strip_dateline(line, "")  # a closing stamp is a line of its own
        # a post's author line stays: it says who speaks ("unsere Mitgliederversammlung") and from which day
        entry = _datelines().register_number.match(line) if date and not rest else None
        line = line if date and _author_line(line) else entry.group() if entry else rest
        if update:
            updated = updated or date
        elif date and place == "head":
            stated, home = stated or date, home or where
        elif date and i in closing:
            closing_date = closing_date or date
        if date and not update and len(date) == 10:
            days.append(date)
        if line and any(p.search(line) for p in markers.break_line):
            kept.append(_BREAK)
            continue
        if not line or any(p.search(line) for p in markers.drop_line):
            continue
        for pattern in markers.strip_from_line:
            line = pattern.sub("", line)
        kept.append(line)
    # Text taken from HTML has one paragraph (or heading) per line: nothing is hard-wrapped there.
    html = doc.media_type == "html"
    text = "\n\n".join([line for line in kept if line and line != _BREAK] if html else _paragraphs(kept))
    bylines = [byline for line in doc.page_stamps for segment in _SEGMENT_BREAK.split(line)
               if (byline := _byline(segment)) and byline not in text]
    if bylines:  # a page's byline outside its main text ("Von Erika Beispiel · 16.11.2023"): its author stays
        text = "\n\n".join([text, *dict.fromkeys(bylines)]) if text else ""
    stamps = () if stated else (_strip_dateline(line, "head")[1:3] for line in doc.page_stamps)
    stamped = next((date for date, update in stamps if date and not update), "")
    # an update stamp in the page's footer ("Stand: 12. Februar 2026"), only where nothing else dates the page
    closing_stamps = (_strip_dateline(line, "closing")[1:3] for line in doc.page_closing)
    updated = updated or next((date for date, update in closing_stamps if update), "")
    if len(stated) == 7:  # "Ausgabe April 2025" above, "Musterstadt, 7. April 2025" below: that day
        stated = next((day for day in days if day.startswith(stated + "-")), stated)
    published, source = publication(doc, stated or stamped or closing_date or updated, text)
    return CleanDocument(doc_id=doc.doc_id, text=text, title=doc.title or _title(kept), published=published,
                         published_source=source, place=home)


def publication(doc: SourceDocument, stated: str, text: str) -> tuple[str, str]:
    """(published, published_source): manifest, else an HTML page's own date, else the text's
    dateline or stamp, else inferred, else none."""
    if doc.published:
        manifest = periods.publication(doc.published)
        if manifest:
            return manifest, "manifest"
        log.warning("%s: manifest date %r is not on the calendar; ignored", doc.doc_id, doc.published)
    if doc.page_date:  # an HTML page's own date (its metadata), which its main text may lose
        return doc.page_date, "text"
    if stated:
        return stated, "text"
    if doc.page_date_guess:
        return doc.page_date_guess, "text"
    from .extract.dates import infer_published  # the date grammar lives with the date extractor

    inferred = infer_published(text)
    return (inferred, "inferred") if inferred else ("", "none")


def _stamp_lines(lines: list[str]) -> tuple[set[int], set[int]]:
    """Indices of the head and of the closing lines, where datelines and stamps are read."""
    conf = _datelines()
    filled = [i for i, line in enumerate(lines) if line]
    return set(filled[:conf.head_lines]), set(filled[-conf.closing_lines:])


_SEGMENT_BREAK = re.compile(r"\s*[·|›»]\s*")


def _byline(segment: str) -> str:
    """The part of a stamp's segment that names its author and stays text ("Von Erika Beispiel", the "von Max
    Muster" of "Veröffentlicht am 2. Juni 2025 von Max Muster"); '' when it names none."""
    conf = _datelines()
    if conf.byline.fullmatch(segment):
        return segment
    match = conf.stamp_byline.fullmatch(segment)
    return match.group("byline") if match else ""


_YEAR = re.compile(r"\d{4}")


def _strip_dateline(line: str, place: str) -> tuple[str, str, bool, str]:
    """(the line without its dateline, the dateline's date as ISO or '', whether it is an update stamp,
    the dateline's place or ''); ``place``: "head", "closing" (the lines where stamps are read) or ''."""
    if not _YEAR.search(line):
        return line, "", False, ""  # every date form of datelines.toml holds a four-digit year
    conf = _datelines()
    patterns = [(p, False) for p in conf.furniture]
    if place and not conf.session_line.match(line):
        patterns += [(p, True) for p in conf.updates]
        patterns += [(p, False) for p in (conf.stamps if place == "head" else conf.closing)]
    for pattern, update in patterns:
        match = pattern.match(line)
        if match and match.end() > 0:
            bylines = [byline for seg in _SEGMENT_BREAK.split(line[:match.end()]) if (byline := _byline(seg))]
            where = (match.groupdict().get("place") or "").strip()
            return " · ".join([*bylines, line[match.end():].strip()]).strip(" ·"), _iso(match), update, where
    return line, "", False, ""


def _iso(match: re.Match[str]) -> str:
    """The calendar-checked ISO date of a dateline match; '' for an impossible date (31.02.2019)."""
    parts = match.groupdict()
    month_text = (parts.get("m") or "").rstrip(".").lower()
    month = int(month_text) if month_text.isdigit() else resources.month_numbers().get(month_text, 0)
    return periods.iso(int(parts["y"]), month, int(parts.get("d") or 0)) if month else ""


_BULLET = re.compile(r"[•▪►◦‣*–-]\s")  # a list item: "• gegründet 2019", "- 2021: Betriebsstart"


_LABEL = re.compile(r"[A-ZÄÖÜ][\w-]*(?: [\w-]+)?: ")  # a line opening with its label ("Anwesend: …")
# a social-media post's author line ("Stadt Musterau ✓ @stadt_musterau", "… @stadt_musterau · 15. Apr. 2025, 22:47")
# (also a thread's head: "Stadt Musterau @stadt_musterau · Thread · gestartet 14.09.2024")
_HANDLE_END = re.compile(r"@\w+(?:\.\w+)*(?:\s*·\s*[\w., :]{1,30}){0,2}$")
_POST_DAY = re.compile(r"\d{1,2}\.[\w., :]{1,28}")


def _author_line(line: str) -> bool:
    """A social-media post's author line: a handle, or an organisation's name in its legal form before the post's
    day ("Musterfreunde e.V. · 3. April 2025"; not a masthead's issue: "X e.V. · Ausgabe Mai 2025"), or a thread's
    post number before it ("3/4 · 28.11.2024")."""
    if "@" in line and _HANDLE_END.search(line):
        return True
    head, dot, day = line.rpartition("·")
    return bool(dot) and bool(_POST_DAY.fullmatch(day.strip())) and (
        head.rstrip().endswith(resources.legal_form_words())
        or bool(resources.thread_post_number().fullmatch(head.strip())))


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    Consecutive lines belong to one paragraph (joined with a space when the
    first has no closing punctuation).  A blank line ends a paragraph unless
    the line before it reaches the document's wrap width without closing
    punctuation: some releases wrap every line and put blank lines between
    the pieces.
    """
    lengths = sorted(len(line) for line in lines if line and line != _BREAK)
    # too few lines to tell a wrap width (a headline and one paragraph): a blank line always ends one
    wrap_width = max(40, lengths[int(0.9 * (len(lengths) - 1))]) if len(lengths) >= _MIN_LINES_FOR_WIDTH \
        else float("inf")
    if len(lengths) > 1 and lengths[-2] > _UNWRAPPED_FACTOR * wrap_width:
        wrap_width = float("inf")  # paragraphs written each on one line, far past any width: nothing is wrapped
    paragraphs: list[str] = []
    current = ""
    pending_break = False
    previous = ""  # the last line read: a wrapped line is as long as the width, whatever joined before it
    for line in lines:
        if line == _BREAK:  # a rule: the paragraph ends whatever the wrap
            if current:
                paragraphs.append(current)
            current, pending_break = "", False
            continue
        if not line:
            pending_break = bool(current)
            continue
        last = current.rsplit("\n", 1)[-1]
        open_end = bool(current) and not last.endswith(_TERMINAL) and len(last) >= max(_MIN_WRAPPED, wrap_width / 2) \
            and not (_LABEL.match(last) and _LABEL.match(line)) \
            and not _author_line(last) and not _datelines().register_number.match(last)
        # ("Anwesend: …" above "Entschuldigt: …", a post's author line, a register entry's number line: lines apart)
        wrapped = open_end and wrap_width <= _MAX_WRAP_WIDTH and len(previous) >= 0.75 * wrap_width
        heading = any(p.search(last) for p in _markers().heading_line) if current else False
        if current and (_BULLET.match(line) or _author_line(line) or (pending_break and not wrapped) or heading):
            # a list item, a post's author line: a paragraph
            paragraphs.append(current)
            current = line
        elif current:
            current = _join(current, line, open_end and not _next_item(previous, line))
        else:
            current = line
        pending_break, previous = False, line
    if current:
        paragraphs.append(current)
    return paragraphs


_NUMBERED = re.compile(r"(\d{1,2})\.\s+\S")  # a numbered list's item: "2. Muster, Klaus, Musterau (Schatzmeister)"


def _next_item(previous: str, line: str) -> bool:
    """Does ``line`` number the item after ``previous``'s ("1. …" then "2. …"), a line of its own however long
    the one before?"""
    before, after = _NUMBERED.match(previous), _NUMBERED.match(line)
    return bool(before and after) and int(after.group(1)) == int(before.group(1)) + 1  # type: ignore[union-attr]


def _join(current: str, line: str, open_end: bool) -> str:
    if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].isupper():
        return current + line  # "IT-" + "Struktur"
    return f"{current} {line}" if open_end else f"{current}\n{line}"


def _title(lines: list[str]) -> str:
    """The release's headline: its first short line(s) without closing punctuation."""
    head: list[str] = []
    for line in lines:
        if not line or line == _BREAK:
            continue
        if len(line) > 120 or line.endswith((".", "!", "?", "“", '"')):
            break
        head.append(line.rstrip(":"))
        if len(head) == 2:
            break
    return ": ".join(head)
