"""Run-wide name knowledge: an organisation named with confidence in one release
(legal form, acronym definition, type word, a listed name) is recognised in
every release of the run, also where that release uses the name bare ("die KDN"
after another release defined "Kommunale Datenverarbeitung Nord (KDN)").

This pass runs in reconcile over the per-release results, so cold, cached,
parallel and Dask runs see the same names and stay byte-identical.
"""

from __future__ import annotations

import bisect
import re

from ..knowledge import is_acronym, is_brand_like, knowledge
from ..records import DocResult, Mention, OrgRecord

_WORD = re.compile(r"[\w][\w.&/-]*[\w]|[\w]")
MAX_WORDS = 8
# Types whose names are not specific enough to find bare in other releases.
_LOCAL_TYPES = {"Gremium", "Verwaltung"}


def _confident_names(results: list[DocResult]) -> dict[str, OrgRecord]:
    """Name (as written) → the record that defines it, first definition in run order wins."""
    not_names = knowledge().names["not_names"]
    names: dict[str, OrgRecord] = {}
    for result in results:
        for record in result.organisations:
            if record.org_type in _LOCAL_TYPES or record.parent_key:
                continue
            confident = record.legal_form or record.short_name or record.org_type != "Sonstige"
            if not confident:
                continue
            bare = record.name[: -len(record.legal_form) - 1] if record.legal_form and \
                record.name.endswith(" " + record.legal_form) else ""
            for name in [record.name, record.short_name, bare, *record.aliases]:
                words = name.split()
                if not words or len(words) > MAX_WORDS or name in not_names:
                    continue
                if len(words) == 1 and not (is_acronym(name) or is_brand_like(name)):
                    continue
                names.setdefault(name, record)
    return names


def add_run_wide_mentions(results: list[DocResult]) -> None:
    """Add ORG mentions (and local records) for run-wide names a release uses without
    its own rules having found them there."""
    names = _confident_names(results)
    if not names:
        return
    by_words = {tuple(name.split()): record for name, record in names.items()}
    sizes: dict[str, set[int]] = {}
    for words in by_words:
        sizes.setdefault(words[0], set()).add(len(words))
    longest_first = {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
    for result in results:
        if result.clean is None or result.document.status != "ok":
            continue
        _match_in(result, by_words, longest_first)


def _match_in(result: DocResult, by_words: dict[tuple[str, ...], OrgRecord],
              longest_first: dict[str, tuple[int, ...]]) -> None:
    """``longest_first``: first word of a name → the word counts of the names it starts, longest first
    (a word that starts no name is passed over without building a key)."""
    text = result.clean.text  # type: ignore[union-attr]
    taken = sorted((m.start, m.end) for m in result.mentions if m.label in ("ORG", "PER"))
    starts = [s for s, _ in taken]
    sentence_starts = [s for s, _ in result.sentences]
    local = {r.key: r for r in result.organisations}
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    texts = [w for _, _, w in words]
    i = 0
    while i < len(words):
        for size in longest_first.get(texts[i], ()):
            if size > len(words) - i:
                continue
            record = by_words.get(tuple(texts[i:i + size]))
            if record is None:
                continue
            start, end = words[i][0], words[i + size - 1][1]
            if _overlaps(taken, starts, start, end) or _inside_word(text, start, end):
                continue
            local_key = _local_record(local, result, record)
            sent_idx = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            result.mentions.append(Mention(sent_idx, start, end, text[start:end], "ORG", local_key))
            local[local_key].n_mentions += 1
            i += size - 1
            break
        i += 1
    result.mentions.sort(key=lambda m: (m.start, m.end))


def _overlaps(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(starts, end)
    return any(s < end and start < e for s, e in taken[max(0, k - 8):k])


def _inside_word(text: str, start: int, end: int) -> bool:
    """A match that is part of a longer compound ("KDN-Vorstand" is matched elsewhere)."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or \
        (end < len(text) and (text[end].isalnum() or text[end] == "-"))


def _local_record(local: dict[str, OrgRecord], result: DocResult, record: OrgRecord) -> str:
    """The key of this release's record for ``record``: its own one with the same name, or a copy."""
    for candidate in local.values():
        if candidate.name == record.name:
            return candidate.key
    key = "run:" + record.key
    if key not in local:
        copy = OrgRecord(key=key, name=record.name, short_name=record.short_name, org_type=record.org_type,
                         legal_form=record.legal_form)
        local[key] = copy
        result.organisations.append(copy)
    return key
