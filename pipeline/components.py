"""The project's own spaCy components, registered by name so a pipeline config can use them.

``paragraph_boundaries`` makes every line break end a sentence; ``domain_lemmas``
corrects lemmas of local-government words from ``resources/lemmas.tsv`` and sets
``doc._.dictionary_words``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, ORTH, SENT_START, SHAPE
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from . import resources
from .knowledge import is_function_word


class Dictionary:
    """The words of the model's lemma lookup table, its forms and its lemmas: ordinary German words
    ("Zuwachs", "Bahn", "erwartet"), where a tagger may see a proper noun. Empty (false) when the model
    has no lookup table (a trained lemmatizer)."""

    def __init__(self, lookup: Mapping[str, str]) -> None:
        self.lookup = lookup
        self.lemmas = frozenset(lookup.values()) if lookup else frozenset()

    def __contains__(self, word: object) -> bool:
        return word in self.lemmas or (isinstance(word, str) and word in self.lookup)

    def __bool__(self) -> bool:
        return bool(self.lemmas)


Doc.set_extension("dictionary_words", default=Dictionary({}), force=True)


@cache
def _legal_forms_with_period() -> tuple[numpy.ndarray, numpy.ndarray]:
    """Hashes of one-word legal forms written with a sentence's final period ("GmbH.", "AöR."), which the
    tokenizer keeps as one token and the senter then reads as an abbreviation inside the sentence; and of
    those whose own last letter has a period ("e.V.", the "V." of "e. V."), which end a sentence only before a
    capitalised function word ("… Muster e.V. Die Versammlung …")."""
    forms = [row[0] for row in resources.table("legal_forms.tsv")]
    glued = {hash_string(f + ".") for f in forms if " " not in f and not f.endswith(".")}
    dotted = {hash_string(f.split()[-1]) for f in forms if f.endswith(".") and all(w.endswith(".") for w in f.split())}
    return (numpy.array(sorted(glued), dtype=numpy.uint64), numpy.array(sorted(dotted), dtype=numpy.uint64))


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings and paragraphs of a
    cleaned release never run into each other; so does a legal form with the final
    period before a capitalised word ("… die Muster GmbH. Sie startet …", "… e.V. Die …"), and a period before
    a capitalised article or pronoun, which the senter may miss after a date ("… am 21. November. Der …"), or after a
    word before any capitalised word ("… Musterau. Sowohl …"), and a year's period before a capitalised
    word ("… zum 1. Juli 2026. Zum Kämmerer …", "Satzung vom 24.06.2025. Vorstand: …"), and a number's period before
    a quotation ("… knapp 140. „Wir haben …"). Placed before a parser
    (which respects preset boundaries) or after a senter."""
    if not len(doc):
        return doc
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]):  # only whitespace tokens become Token objects
        if "\n" in doc[int(i)].text:  # (``doc.text`` would join every token again)
            doc[int(i) + 1].is_sent_start = True
    glued, dotted = _legal_forms_with_period()
    orths = doc.to_array(ORTH)[:-1]
    for i in numpy.flatnonzero(orths == _E_PERIOD):  # "e. V." is one legal form: "… Musterau e. V. als auch …"
        if doc[int(i) + 1].orth == _V_PERIOD:  # (the senter may end a sentence after its "e.")
            doc[int(i) + 1].is_sent_start = False
    for i in numpy.flatnonzero(numpy.isin(orths, glued)):
        if doc[int(i) + 1].text[:1].isupper():
            doc[int(i) + 1].is_sent_start = True
    for i in numpy.flatnonzero(numpy.isin(orths, dotted) | (orths == _PERIOD)):  # and a sentence's own period
        # before "Der", "Sie" … ("… am 21. November. Der Gemeinderat …"); a period token of its own after a word
        # before any capitalised word ("… X Musterau. Sowohl …"), not after an abbreviation ("Burg-St. X")
        following = doc[int(i) + 1].text
        if following[:1].isupper() and (is_function_word(following.lower()) or (
                orths[i] == _PERIOD and i > 0 and _ends_a_word(doc[int(i) - 1].text))):
            doc[int(i) + 1].is_sent_start = True
    shapes = doc.to_array(SHAPE)
    years = numpy.isin(orths, _YEARS_WITH_PERIOD) | numpy.isin(shapes[:-1], _DATES_WITH_PERIOD)
    for i in numpy.flatnonzero(years):  # "… zum 1. Juli 2026. Zum Kämmerer …", "Satzung vom 24.06.2025. Vorstand:
        if doc[int(i) + 1].text[:1].isupper():  # …": the tokenizer keeps a year's final period as an ordinal's
            doc[int(i) + 1].is_sent_start = True
    for i in numpy.flatnonzero(numpy.isin(shapes[:-2], _NUMBERS_WITH_PERIOD)):  # a count's period
        if doc[int(i) + 1].text in _QUOTES and doc[int(i) + 2].text[:1].isupper() and i > 0 \
                and not is_function_word(doc[int(i) - 1].lower_):  # before a quotation: "… knapp 140. „Wir haben …"
            doc[int(i) + 1].is_sent_start = True  # (not an ordinal after its article: "am 3. „Tag der …“")
    doc[0].is_sent_start = True
    return doc


_PERIOD = hash_string(".")
_E_PERIOD, _V_PERIOD = hash_string("e."), hash_string("V.")
_YEARS_WITH_PERIOD = numpy.array(sorted(hash_string(f"{year}.") for year in range(1800, 2100)), dtype=numpy.uint64)
# a numeric date with a sentence's period, as one token ("24.06.2025."), by its shape
_DATES_WITH_PERIOD = numpy.array(sorted(hash_string(f"{d}.{m}.dddd.") for d in ("d", "dd") for m in ("d", "dd")),
                                 dtype=numpy.uint64)
_NUMBERS_WITH_PERIOD = numpy.array(sorted(hash_string("d" * n + ".") for n in range(1, 5)), dtype=numpy.uint64)
_QUOTES = frozenset(("„", "\"", "»"))
_OPENERS = frozenset(hash_string(p) for p in (":", "–", "—", "„"))  # a capitalised word after these may open a clause


def _ends_a_word(text: str) -> bool:
    """A word a sentence's period may follow: four letters or more after its last hyphen, or digits ("2025.")."""
    last = text.rpartition("-")[2]
    return last.isdigit() or (len(last) > 3 and last.isalpha())


@cache
def _domain_lemmas() -> dict[int, str]:
    """The corrections by the hash of the form (a token's ORTH)."""
    return {hash_string(form): lemma for form, lemma in resources.table("lemmas.tsv")}


@Language.factory("domain_lemmas")
def make_domain_lemmas(nlp: Language, name: str) -> DomainLemmas:
    lookup: Mapping[str, str] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_lookup"):
            lookup = lookups.get_table("lemma_lookup")
    return DomainLemmas(lookup)


class DomainLemmas:
    """Lemmas of local-government words the model's lemmatizer misses ("Kreistages" → "Kreistag",
    resources/lemmas.tsv); and a word capitalised only because it opens a sentence
    ("Gegründet wurde …", also after a colon or dash) gets the lemma of its lower-case form from the
    model's lookup table, which is case-sensitive, or that form itself when it is a lemma ("Entstehen soll …").
    Every other token keeps the model's lemma (or its text, when the model has no lemmatizer).
    ``doc._.dictionary_words`` holds the lookup table's words."""

    def __init__(self, lookup: Mapping[str, str]) -> None:
        self.lookup = lookup
        self.dictionary_words = Dictionary(lookup)

    def __call__(self, doc: Doc) -> Doc:
        doc._.dictionary_words = self.dictionary_words
        table = _domain_lemmas()
        strings = doc.vocab.strings
        # only corrected tokens become Token objects
        previous = 0
        for i, (orth, lemma_id, start) in enumerate(doc.to_array([ORTH, LEMMA, SENT_START]).tolist()):
            lemma = table.get(orth)
            opens = start == 1 or i == 0 or previous in _OPENERS  # also after "Vertrag: Unterzeichnet wurde …"
            previous = orth
            if lemma is None and opens and lemma_id in (orth, 0):
                text = strings[orth]
                if text[:1].isupper():
                    lower = text.lower()
                    lemma = table.get(hash_string(lower)) or self.lookup.get(lower) or \
                        (lower if lower in self.dictionary_words.lemmas else None)  # "Entstehen soll …"
            if lemma is not None:
                doc[i].lemma_ = lemma
        return doc
