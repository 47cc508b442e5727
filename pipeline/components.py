"""The project's own spaCy components, registered by name so a pipeline config can use them.

``paragraph_boundaries`` makes every line break end a sentence; ``domain_lemmas``
corrects lemmas of local-government words from ``resources/lemmas.tsv``.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from . import resources


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings and paragraphs of a
    cleaned release never run into each other. Placed before a parser (which
    respects preset boundaries) or after a senter."""
    if not len(doc):
        return doc
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]):  # only whitespace tokens become Token objects
        if "\n" in doc[int(i)].text:  # (``doc.text`` would join every token again)
            doc[int(i) + 1].is_sent_start = True
    doc[0].is_sent_start = True
    return doc


@cache
def _domain_lemmas() -> dict[int, str]:
    """The corrections by the hash of the form (a token's ORTH)."""
    return {hash_string(form): lemma for form, lemma in resources.table("lemmas.tsv")}


@Language.component("domain_lemmas")
def domain_lemmas(doc: Doc) -> Doc:
    """Lemmas of local-government words the model's lemmatizer misses ("Kreistages" → "Kreistag");
    every other token keeps the model's lemma (or its text, when the model has no lemmatizer)."""
    table = _domain_lemmas()
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # only corrected tokens become Token objects
        lemma = table.get(orth)
        if lemma is not None:
            doc[i].lemma_ = lemma
    return doc
