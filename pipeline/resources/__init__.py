"""German language knowledge as data files, loaded in one place.

Every file in this folder is plain text (``.txt``/``.tsv``, ``#`` starts a
comment) or TOML; code asks for it by file name and gets it parsed and cached.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text resource, stripped."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated resource (comments and blank lines skipped)."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in lines(name))


@cache
def toml(name: str) -> dict[str, Any]:
    return tomllib.loads(_read(name))


@cache
def first_name_genders() -> dict[str, str]:
    """First name → "f" or "m" (first_name_genders.tsv)."""
    return {row[0]: row[1] for row in table("first_name_genders.tsv")}


@cache
def first_name_endings() -> dict[str, str]:
    """First-name ending → the gender it suggests, "f" or "m" (first_name_endings.tsv)."""
    return {row[0]: row[1] for row in table("first_name_endings.tsv")}


@cache
def first_names() -> frozenset[str]:
    """The first names of first_names.txt and of first_name_genders.tsv, except month names ("August")."""
    months = month_numbers()
    return frozenset(lines("first_names.txt")) | frozenset(n for n in first_name_genders() if n.lower() not in months)


@cache
def month_numbers() -> dict[str, int]:
    """Lower-cased German month name or abbreviation → month number."""
    return {name.lower(): int(number) for name, number in table("months.tsv")}


@cache
def legal_form_words() -> tuple[str, ...]:
    """The legal forms of legal_forms.tsv as written ("e.V.", "gGmbH", "AöR"), longest first."""
    return tuple(sorted({row[0] for row in table("legal_forms.tsv")}, key=len, reverse=True))


@cache
def thread_post_number() -> re.Pattern[str]:
    """A social-media thread's post number before its day ("3/4 · 28.11.2024"; datelines.toml), which both the
    cleaning (the line stays) and the dates (the post's day anchors its dates) read."""
    return re.compile(toml("datelines.toml")["thread_post_number"])


KNOWN_ORGS = "known_org"  # doc.spans key of listed organisations (label = org_type, id = canonical name)


@cache
def known_parents() -> dict[str, tuple[str, str]]:
    """Canonical name → (family, place) of the organisation a listed one belongs to: the fourth column of
    known_organisations.tsv ("Bayerischer Landtag" → ("Land", "Bayern"))."""
    return {row[0]: tuple(row[3].split(" ", 1)) for row in table("known_organisations.tsv")  # type: ignore[misc]
            if len(row) > 3 and " " in row[3]}


def known_organisation_patterns(analyst_file: str = "") -> list[dict[str, str]]:
    """SpanRuler phrase patterns for the listed organisations: the bundled list
    (known_organisations.tsv) and the analyst's CSV (name,aliases,org_type,parent), whose
    entries win for a phrase both name. Label = org_type, id = canonical name."""
    entries: dict[str, tuple[str, str]] = {}  # phrase → (canonical name, org_type)
    for row in table("known_organisations.tsv"):
        name, org_type = row[0], row[1]
        for phrase in [name, *(row[2].split("|") if len(row) > 2 else [])]:
            entries[phrase.strip()] = (name, org_type)
    for row in read_known_file(analyst_file):
        for phrase in [row["name"], *row["aliases"]]:
            entries[phrase] = (row["name"], row["org_type"] or "Sonstige")
    return [{"label": org_type, "pattern": phrase, "id": name}
            for phrase, (name, org_type) in sorted(entries.items()) if phrase]


class KnownFileError(ValueError):
    """The analyst's list of organisations cannot be read."""


def read_known_file(path: str) -> list[dict[str, Any]]:
    """The analyst's list: CSV with a header ``name,aliases,org_type,parent`` (aliases
    separated by ``|``; only ``name`` required)."""
    if not path:
        return []
    import csv
    from pathlib import Path

    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownFileError(f"cannot read the list of known organisations {path}: {exc}") from exc
    rows = list(csv.DictReader(text.splitlines(), delimiter=";" if text.split("\n", 1)[0].count(";") else ","))
    if rows and "name" not in rows[0]:
        raise KnownFileError(f"{path}: the header must name the columns name,aliases,org_type,parent")
    return [{"name": r["name"].strip(),
             "aliases": [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()],
             "org_type": (r.get("org_type") or "").strip(), "parent": (r.get("parent") or "").strip()}
            for r in rows if (r.get("name") or "").strip()]


def fingerprint() -> str:
    """Hash of all resource files, so caches notice when language knowledge changes."""
    import hashlib

    digest = hashlib.sha256()
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".txt", ".tsv", ".toml", ".json", ".jsonl", ".css", ".js")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
