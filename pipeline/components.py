"""The project's own spaCy components, registered by name so a pipeline config can use them.

``paragraph_boundaries`` makes every line break end a sentence; ``domain_lemmas``
corrects lemmas of local-government words from ``resources/lemmas.tsv``.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
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
def _domain_lemmas() -> dict[str, str]:
    return {form: lemma for form, lemma in resources.table("lemmas.tsv")}


@Language.component("domain_lemmas")
def domain_lemmas(doc: Doc) -> Doc:
    """Lemmas of local-government words the model's lemmatizer misses ("Kreistages" → "Kreistag");
    every other token keeps the model's lemma (or its text, when the model has no lemmatizer)."""
    table = _domain_lemmas()
    for token in doc:
        lemma = table.get(token.text)
        if lemma is not None:
            token.lemma_ = lemma
    return doc
