"""Lookup tables for the ``lemmatizer`` (lookup mode), used at initialisation only.

``press.de_lemma_lookups.v1`` loads the German ``lemma_lookup`` table from
``spacy-lookups-data`` (a training-time dependency) and applies the hand-written
overrides in ``lemma_overrides.tsv``. spaCy stores the resulting table inside the
trained pipeline (``lemmatizer/lookups/``), so loading the model needs neither
this module nor ``spacy-lookups-data``.

Pass this file to ``spacy train --code training/lemma_lookups.py``.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.lookups import Lookups, load_lookups


def read_overrides(path: Path) -> dict[str, str]:
    """Read ``form<TAB>lemma`` lines (``#`` comments); add capitalised forms."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, lemma = line.split("\t")
        table[form] = lemma
        table.setdefault(form[:1].upper() + form[1:], lemma)
    return table


@spacy.registry.misc("press.de_lemma_lookups.v1")
def de_lemma_lookups(overrides: str, base: bool = True) -> Lookups:
    """spaCy's German lemma table (if ``base``) plus the project's overrides."""
    if base:
        lookups = load_lookups("de", ["lemma_lookup"])
    else:  # smoke tests without spacy-lookups-data
        lookups = Lookups()
        lookups.add_table("lemma_lookup", {})
    table = lookups.get_table("lemma_lookup")
    for form, lemma in read_overrides(Path(overrides)).items():
        table[form] = lemma
    return lookups
