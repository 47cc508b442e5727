"""German language knowledge as data files, loaded in one place.

Every file in this folder is plain text (``.txt``/``.tsv``, ``#`` starts a
comment) or TOML; code asks for it by file name and gets it parsed and cached.
"""

from __future__ import annotations

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
def month_numbers() -> dict[str, int]:
    """Lower-cased German month name or abbreviation → month number."""
    return {name.lower(): int(number) for name, number in table("months.tsv")}


def fingerprint() -> str:
    """Hash of all resource files, so caches notice when language knowledge changes."""
    import hashlib

    digest = hashlib.sha256()
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".txt", ".tsv", ".toml", ".json", ".jsonl")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
