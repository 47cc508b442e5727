"""Required literals of a regular expression: a cheap test that skips hopeless scans.

Scanning a text with a pattern costs the regex engine a step at every
character, also where the pattern cannot match. ``required_literals`` reads
the pattern and names strings of which every match contains at least one
("gegründet", "errichtet" for ``…\\b(?:gegründet|errichtet)\\b``): a text
holding none of them has no match, so ``may_match`` lets the caller skip the
scan. Where the pattern gives no such strings (case-insensitive parts,
``\\w+`` only, …) the answer is None and every text must be scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

MAX_VARIANTS = 64  # literal strings tracked per run of a pattern ("[Gg]ründe" → 2)
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}

Literals = frozenset[str] | None


def required_literals(pattern: re.Pattern[str]) -> Literals:
    """Strings of which every match of ``pattern`` contains one, or None when the pattern does not say."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - compiled patterns parse
        return None
    return _sequence(tree.data)


def may_match(text: str, literals: Literals) -> bool:
    """False only when ``text`` holds none of the required literals (so the pattern cannot match)."""
    return literals is None or any(map(text.__contains__, literals))  # map: no generator frame per literal


# --- reading the parsed pattern -------------------------------------------------------------------

def _sequence(items: Iterable[tuple]) -> Literals:
    """The most selective requirement of a sequence of pattern items (all of them must match)."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}  # the literal text the items since the last break spell, in all variants
    for item in items:
        if item[0] in ZERO_WIDTH:
            continue  # consumes nothing: the literals on both sides stay adjacent
        strings = _strings(item)
        if strings is not None and len(run) * len(strings) <= MAX_VARIANTS:
            run = {a + b for a in run for b in strings}
            continue
        _keep(candidates, run)
        run = {""} if strings is None else set(strings)
        if strings is None:
            _keep(candidates, _requirement(item))
    _keep(candidates, run)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


def _keep(candidates: list[frozenset[str]], strings: Iterable[str] | None) -> None:
    """Add a requirement unless it is empty or holds the empty string (always present)."""
    if strings is None:
        return
    strings = frozenset(strings)
    if strings and "" not in strings:
        candidates.append(strings)


def _requirement(item: tuple) -> Literals:
    """What one non-literal item requires of the text it matches."""
    op, av = item
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub.data)
    if op is sre.BRANCH:
        branches = [_sequence(alternative.data) for alternative in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in REPEATS:
        low, _high, sub = av
        return _sequence(sub.data) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    return None


def _strings(item: tuple) -> frozenset[str] | None:
    """Every string a purely literal item can match ("[Gg]", "(?:am|im)"), or None."""
    op, av = item
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.IN:
        if all(member_op is sre.LITERAL for member_op, _ in av) and len(av) <= MAX_VARIANTS:
            return frozenset(chr(code) for _, code in av)
        return None
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _all_strings(sub.data)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _all_strings(alternative.data)
            if strings is None:
                return None
            out |= strings
            if len(out) > MAX_VARIANTS:
                return None
        return frozenset(out)
    return None


def _all_strings(items: Iterable[tuple]) -> frozenset[str] | None:
    """Every string a purely literal sequence can match, or None."""
    out = {""}
    for item in items:
        if item[0] in ZERO_WIDTH:
            continue
        strings = _strings(item)
        if strings is None or len(out) * len(strings) > MAX_VARIANTS:
            return None
        out = {a + b for a in out for b in strings}
    return frozenset(out)
