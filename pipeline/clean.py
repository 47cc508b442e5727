"""Clean: strip page furniture, unwrap hard-wrapped lines, find the dateline.

The markers live in ``resources/furniture.toml``.  The cleaned text keeps
every paragraph of the release (one paragraph per block, separated by a blank
line); all offsets in the outputs refer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import resources
from .records import CleanDocument, SourceDocument

_TERMINAL = tuple(".!?:;“”\"»«’")
_MIN_WRAPPED = 25  # shorter lines are headings, never wrapped text


@dataclass(frozen=True)
class _Markers:
    drop_line: tuple[re.Pattern[str], ...]
    cut_from: tuple[re.Pattern[str], ...]
    strip_line_end: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    head_lines: int


@cache
def _markers() -> _Markers:
    spec = resources.toml("furniture.toml")

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in spec[key])

    return _Markers(compile_all("drop_line"), compile_all("cut_from"), compile_all("strip_line_end"),
                    compile_all("dateline"),
                    int(spec["dateline_head_lines"]))


def clean(doc: SourceDocument) -> CleanDocument:
    """Remove furniture from ``doc.text``; fill in the publication date from a
    dateline when the manifest gave none."""
    markers = _markers()
    kept: list[str] = []
    published = ""
    seen_lines = 0
    for raw in doc.text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            kept.append("")
            continue
        seen_lines += 1
        if any(p.search(line) for p in markers.cut_from):
            break
        line, date = _strip_dateline(line, markers.dateline)
        if date and not published and seen_lines <= markers.head_lines:
            published = date
        if not line or any(p.search(line) for p in markers.drop_line):
            continue
        for pattern in markers.strip_line_end:
            line = pattern.sub("", line)
        kept.append(line)
    text = "\n\n".join(_paragraphs(kept))
    result = CleanDocument(doc_id=doc.doc_id, text=text, published=doc.published,
                           published_source=doc.published_source)
    if not result.published and published:
        result.published, result.published_source = published, "text"
    result.title = doc.title or _title(kept)
    return result


def _strip_dateline(line: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[str, str]:
    for pattern in patterns:
        match = pattern.match(line)
        if match:
            return line[match.end():].strip(), _iso(match)
    return line, ""


def _iso(match: re.Match[str]) -> str:
    parts = match.groupdict()
    month_text = (parts.get("m") or "").lower()
    month = int(month_text) if month_text.isdigit() else resources.month_numbers().get(month_text, 0)
    year = int(parts["y"])
    if not 1 <= month <= 12:
        return ""
    if parts.get("d"):
        day = int(parts["d"])
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else ""
    return f"{year:04d}-{month:02d}"


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    Consecutive lines belong to one paragraph (joined with a space when the
    first has no closing punctuation).  A blank line ends a paragraph unless
    the line before it reaches the document's wrap width without closing
    punctuation: some releases wrap every line and put blank lines between
    the pieces.
    """
    lengths = sorted(len(line) for line in lines if line)
    wrap_width = max(40, lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 40
    paragraphs: list[str] = []
    current = ""
    pending_break = False
    for line in lines:
        if not line:
            pending_break = bool(current)
            continue
        last = current.rsplit("\n", 1)[-1]
        open_end = bool(current) and not last.endswith(_TERMINAL) and len(last) >= _MIN_WRAPPED
        if current and pending_break and not (open_end and len(last) >= 0.75 * wrap_width):
            paragraphs.append(current)
            current = line
        elif current:
            current = _join(current, line, open_end)
        else:
            current = line
        pending_break = False
    if current:
        paragraphs.append(current)
    return paragraphs


def _join(current: str, line: str, open_end: bool) -> str:
    if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].isupper():
        return current + line  # "IT-" + "Struktur"
    return f"{current} {line}" if open_end else f"{current}\n{line}"


def _title(lines: list[str]) -> str:
    """The release's headline: its first short line(s) without closing punctuation."""
    head: list[str] = []
    for line in lines:
        if not line:
            continue
        if len(line) > 120 or line.endswith((".", "!", "?", "“", '"')):
            break
        head.append(line.rstrip(":"))
        if len(head) == 2:
            break
    return ": ".join(head)
