"""The extract stage's speed helpers give exactly what the slow forms they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import SentenceIndex
from pipeline.extract.dates import _patterns
from pipeline.extract.events import rules
from pipeline.extract.literals import may_match, required_literals
from pipeline.extract.view import find_whole, view_of

TEXTS = [
    "Die Stadt Musterhausen tritt der Beispielservice Nord AöR (BSN) bei.\n\nDie BSN-Verbandsversammlung "
    "hat am 17. Dezember 2015 beschlossen, dass Bürgermeisterin Erika Beispiel den Vertrag unterzeichnet.",
    "Musterhausen – Der Landkreis Beispiel-Land und das Amt Musterberger Land gründen zum 1. Januar "
    "eine GmbH.  Rund 1,5 Mio. Euro fließen; 18 Beschäftigte wechseln.\nMax Muster, Landrat, sagt: „Gut so.“",
]

ALPHABET = st.sampled_from([*"ab-_ ÄÖäß1.,\n", "ab", "b-a", "Ä a"])


def _regex_spans(literal: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(literal) + r"(?![\w-])", text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=12).map("".join), st.lists(ALPHABET, min_size=1, max_size=3).map("".join))
def test_find_whole_is_the_word_bounded_regex(text: str, literal: str) -> None:
    assert list(find_whole(text, literal)) == _regex_spans(literal, text)


@pytest.mark.parametrize("text", TEXTS)
def test_view_matches_the_doc(nlp, text: str) -> None:
    doc = nlp(text)
    view = view_of(doc)
    assert view_of(doc) is view  # kept on the Doc
    assert view.text == doc.text
    assert view.texts == [t.text for t in doc]
    assert view.lowers == [t.lower_ for t in doc]
    assert view.starts == [t.idx for t in doc]
    assert [(e.start, e.end, e.label) for e in view.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            assert view.span_text(start, end) == doc[start:end].text
    for start_char in range(len(doc.text)):
        for end_char in range(start_char + 1, min(len(doc.text), start_char + 12) + 1):
            strict = doc.char_span(start_char, end_char)
            assert view.token_span(start_char, end_char) == ((strict.start, strict.end) if strict else None)
            expanded = doc.char_span(start_char, end_char, alignment_mode="expand")
            assert view.expanded_span(start_char, end_char) == \
                ((expanded.start, expanded.end) if expanded is not None else None)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_index_matches_doc_sents(nlp, text: str) -> None:
    doc = nlp(text)
    assert SentenceIndex(doc).spans == [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]


def _all_patterns() -> list[re.Pattern[str]]:
    found = [rx for _, rx in _patterns()]
    for rule in rules().triggers:
        found += list(rule.blockers)
    found += [rules().generic, *(c for _, before, start in rules().cues for c in (before, start))]
    return found


@pytest.mark.parametrize("pattern", [
    r"\b(?:wurde|wurden)\b[^;:]{0,20}?\b(?:gegründet|errichtet)\b", r"[Gg]ründe[nt]?", r"(?i:abc)d", r"\w+",
    r"x{2,}y", r"(?:a|b)(?:c|d)e", r"(?=ab)a",
])
def test_required_literals_on_small_patterns(pattern: str) -> None:
    rx = re.compile(pattern)
    literals = required_literals(rx)
    for text in ["wurde dann gegründet", "gründet", "Gründen", "ABCd", "abcd", "xxy", "ade", "bce", "ab", ""]:
        if rx.search(text):
            assert may_match(text, literals), (pattern, text, literals)


def test_required_literals_skip_only_hopeless_texts() -> None:
    """Every match of every resource pattern in sample texts holds one of its required literals."""
    texts = [*TEXTS, "Die Gründung wurde am Montag, den 3. März 2014 beschlossen; seit dem Vorjahr Q3 2020.",
             "Im zweiten Halbjahr 2019 trat die Gemeinde bei und stimmte zu. Vor drei Jahren gegründet."]
    checked = 0
    for rx in _all_patterns():
        literals = required_literals(rx)
        for text in texts:
            for m in rx.finditer(text):
                checked += 1
                assert may_match(m.group(), literals) or not m.group(), (rx.pattern, m.group(), literals)
    assert checked > 10


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Gründung", "wurde", " ", "gegründet", "am", "1.", "März", "2014", "Q",
                                 "3", ",", "Beitritt", "s", "zu", "Stimmt", "Jahres", "des", "vergangenen"]),
                max_size=14).map("".join))
def test_required_literals_on_generated_texts(text: str) -> None:
    for rx in _all_patterns():
        if rx.search(text):
            assert may_match(text, required_literals(rx)), (rx.pattern, text)
