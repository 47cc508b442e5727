"""Date values at their granularity and the calendar intervals they stand for.

One reader for every date value the pipeline writes or reads (manifest,
datelines, date expressions, event dates), calendar-checked: ``2019-02-30``
is no date. Values (ISO 8601 at the granularity the text gives):

=================  ===========  ==========================================
value              granularity  interval (start_date … end_date)
=================  ===========  ==========================================
``2025-01-22``     day          that day
``2025-W04``       week         Monday … Sunday of ISO week 4
``2025-01``        month        first … last day of the month
``2025-Q1``        quarter      2025-01-01 … 2025-03-31
``2025-H2``        half         2025-07-01 … 2025-12-31
``2025-spring``    season       2025-03-01 … 2025-05-31 (meteorological)
``2025-summer``    season       2025-06-01 … 2025-08-31
``2025-autumn``    season       2025-09-01 … 2025-11-30
``2025-winter``    season       2025-12-01 … 2026-02-28 (the winter that begins in December 2025)
``2025``           year         2025-01-01 … 2025-12-31
=================  ===========  ==========================================
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}
VALUE = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|W(?P<w>\d{2})"
                   r"|(?P<s>spring|summer|autumn|winter)))?")


def valid(year: int, month: int, day: int = 1) -> bool:
    """Is (year, month, day) a day of the calendar (no 31 February, no month 13)?"""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def iso(year: int, month: int = 0, day: int = 0) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; '' when the date is not on the calendar."""
    if not 1 <= year <= 9999 or (month and not valid(year, month, day or 1)) or (day and not month):
        return ""
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
    if day:
        out += f"-{day:02d}"
    return out


def publication(value: str) -> str:
    """A publication date as ``YYYY-MM-DD`` or ``YYYY-MM`` if it is one (calendar-checked), else ''."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", (value or "").strip())
    if not m or int(m[2]) == 0 or (m[3] and int(m[3]) == 0):
        return ""
    return iso(int(m[1]), int(m[2]), int(m[3] or 0))


def granularity(value: str) -> str:
    """day, week, month, quarter, half, season or year of a value; '' if it is none."""
    m = VALUE.fullmatch(value or "")
    if not m:
        return ""
    for group, name in (("d", "day"), ("m", "month"), ("q", "quarter"), ("h", "half"), ("w", "week"),
                        ("s", "season")):
        if m[group]:
            return name
    return "year"


def interval(value: str) -> tuple[str, str]:
    """(start_date, end_date) as ISO days of a value at any granularity; ('', '') if it is none.

    RETURNS tuple[str, str]
    """
    bounds = _bounds(value)
    return (bounds[0].isoformat(), bounds[1].isoformat()) if bounds else ("", "")


def _bounds(value: str) -> tuple[date, date] | None:
    m = VALUE.fullmatch(value or "")
    if not m:
        return None
    year = int(m["y"])
    if m["d"]:
        if not valid(year, int(m["m"]), int(m["d"])):
            return None
        day = date(year, int(m["m"]), int(m["d"]))
        return day, day
    if m["m"]:
        return _months(year, int(m["m"]), int(m["m"])) if 1 <= int(m["m"]) <= 12 else None
    if m["q"]:
        q = int(m["q"])
        return _months(year, 3 * q - 2, 3 * q)
    if m["h"]:
        h = int(m["h"])
        return _months(year, 6 * h - 5, 6 * h)
    if m["w"]:
        try:
            return date.fromisocalendar(year, int(m["w"]), 1), date.fromisocalendar(year, int(m["w"]), 7)
        except ValueError:
            return None
    if m["s"]:
        first, last = SEASONS[m["s"]]
        return _months(year, first, last)
    return date(year, 1, 1), date(year, 12, 31)


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    """First day of month ``first`` … last day of month ``last`` (months past 12 run into the next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def week(day: date) -> str:
    """ISO week value of a day (``2025-W04``)."""
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift_week(day: date, weeks: int) -> str:
    return week(day + timedelta(weeks=weeks))
