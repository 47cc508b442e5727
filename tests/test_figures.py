"""Figures: numbers in every press form, what they count, whose they are and when."""

from __future__ import annotations

import json
import re
import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.evaluate import _unit_same
from pipeline.extract import SentenceIndex
from pipeline.extract.dates import find_dates, infer_published
from pipeline.extract.figures import find_figures, nominative_plural, number_value
from pipeline.ingest import discover
from pipeline.records import FigureMention, Mention

from .conftest import CORPUS, GOLD

BLANK = spacy.blank("de")
BLANK.add_pipe("sentencizer")


def org_mentions(text: str, orgs: dict[str, str], sentences: SentenceIndex) -> list[Mention]:
    """Hand-made ORG mentions: every occurrence of each name, keyed by ``orgs[name]``."""
    out = []
    for name, key in orgs.items():
        for m in re.finditer(re.escape(name), text):
            out.append(Mention(sentences(m.start()), m.start(), m.end(), name, "ORG", key))
    return sorted(out, key=lambda m: m.start)


def figures_of(text: str, published: str = "2018-10-08", orgs: dict[str, str] | None = None) -> list[FigureMention]:
    doc = BLANK(text)
    sentences = SentenceIndex(doc)
    dates = find_dates(doc, sentences, published)
    return find_figures(doc, sentences, dates, org_mentions(text, orgs or {}, sentences), published)


def only(text: str, **kwargs) -> FigureMention:
    found = figures_of(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value"), [
    ("18", 18), ("3.000", 3000), ("1,5", 1.5), ("1.234.567,89", 1234567.89), ("fünf", 5), ("zwei", 2),
    ("dreiundzwanzig", 23), ("zweihundertfünfzig", 250), ("anderthalb", 1.5), ("eineinhalb", 1.5),
])
def test_number_value(text: str, value: float) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize("text", ["ein", "eine", "zweite", "beiden", "1.5", "3.00", "Stadt", "", "null"])
def test_not_a_number(text: str) -> None:
    assert number_value(text) is None


@pytest.mark.parametrize(("text", "span", "value", "unit", "qualifier"), [
    ("Die Stadt beschäftigt 18 Mitarbeiter.", "18 Mitarbeiter", 18, "Mitarbeiter", "="),
    ("Es entstehen 3.000 Arbeitsplätze.", "3.000 Arbeitsplätze", 3000, "Arbeitsplätze", "="),
    ("Der Anteil liegt bei 1,5 Prozent.", "1,5 Prozent", 1.5, "Prozent", "="),
    ("Das Projekt kostet 1,5 Mio. Euro.", "1,5 Mio. Euro", 1_500_000, "EUR", "="),
    ("Der Haushalt umfasst 82,5 Millionen Euro.", "82,5 Millionen Euro", 82_500_000, "EUR", "="),
    ("Investiert werden 2 Mrd. Euro.", "2 Mrd. Euro", 2_000_000_000, "EUR", "="),
    ("Das Land gibt 250.000 € dazu.", "250.000 €", 250_000, "EUR", "="),
    ("Das Land gibt EUR 500 dazu.", "EUR 500", 500, "EUR", "="),
    ("Rund 130 Beschäftigte arbeiten dort.", "Rund 130 Beschäftigte", 130, "Beschäftigte", "~"),
    ("Sie betreuen mehr als 250 Fachanwendungen.", "mehr als 250 Fachanwendungen", 250, "Fachanwendungen", ">"),
    ("Sie betreuen über 3.000 Arbeitsplätze.", "über 3.000 Arbeitsplätze", 3000, "Arbeitsplätze", ">"),
    ("Es gingen knapp 4.000 Anträge ein.", "knapp 4.000 Anträge", 4000, "Anträge", "<"),
    ("Es gingen etwa 40 Anträge ein.", "etwa 40 Anträge", 40, "Anträge", "~"),
    ("Der Dienstleister betreut fünf Gebietskörperschaften.", "fünf Gebietskörperschaften", 5,
     "Gebietskörperschaften", "="),
    ("Damit treten zwei weitere Träger bei.", "zwei weitere Träger", 2, "Träger", "="),
    ("Fünf Schulen nehmen teil.", "Fünf Schulen", 5, "Schulen", "="),
    ("Es beteiligen sich ein Dutzend Vereine.", "ein Dutzend Vereine", 12, "Vereine", "="),
    ("Es beteiligen sich zwei Dutzend Vereine.", "zwei Dutzend Vereine", 24, "Vereine", "="),
    ("Die Zustimmung lag bei 95 Prozent.", "95 Prozent", 95, "Prozent", "="),
    ("Die Zustimmung lag bei 95 %.", "95 %", 95, "Prozent", "="),
    ("Die Zustimmung lag bei 95%.", "95%", 95, "Prozent", "="),
    ("Die derzeit 18 Beschäftigten sorgen für den Betrieb.", "18 Beschäftigten", 18, "Beschäftigte", "="),
    ("Die Firma mit 300 Mitarbeitern zieht um.", "300 Mitarbeitern", 300, "Mitarbeiter", "="),
    ("Sie arbeiten mit den 82 Kolleginnen und Kollegen zusammen.", "82 Kolleginnen und Kollegen", 82,
     "Kolleginnen und Kollegen", "="),
    ("Sie betreut die derzeit 83 im Netz genutzten IT-Arbeitsplätze.",
     "83 im Netz genutzten IT-Arbeitsplätze", 83, "IT-Arbeitsplätze", "="),
    ("Dort lernen 40 Auszubildende.", "40 Auszubildende", 40, "Auszubildende", "="),
])
def test_figure_forms(text: str, span: str, value: float, unit: str, qualifier: str) -> None:
    f = only(text)
    assert (f.text, f.value, f.unit, f.qualifier) == (span, value, unit, qualifier)
    assert text[f.start:f.end] == span


@pytest.mark.parametrize("text", [
    "Der Vertrag gilt ab dem 1. Januar 2016.",
    "Die Sitzung beginnt um 10.30 Uhr, die nächste um 9 Uhr.",
    "Mehr dazu auf Seite 2 und in Artikel 3.",
    "Weitere Informationen (ID:42280778) gibt es unter Tel. 0385 5451234.",
    "Der Rat tagte zum 3. Mal, der 2. Bürgermeister fehlte.",
    "Der Verein besteht seit 25 Jahren.",
    "Die beiden Kommunen gründeten die erste Anstalt.",
    "Mit ihm haben wir einen starken Partner und ein positives Signal.",
    "Im Jahr 2016 trat die Stadt bei. 2018 folgte das Amt.",
    "Der Stau auf der A 24 war lang.",
    "Die Zahl steht fest: 42.",
    "",
])
def test_not_figures(text: str) -> None:
    assert figures_of(text) == []


@pytest.mark.parametrize(("word", "dative", "plural"), [
    ("Beschäftigten", False, "Beschäftigte"), ("Angestellten", False, "Angestellte"),
    ("Bediensteten", False, "Bedienstete"), ("Jugendlichen", False, "Jugendliche"),
    ("Mitarbeitenden", False, "Mitarbeitende"), ("Mitarbeiter", False, "Mitarbeiter"),
    ("Mitarbeitern", True, "Mitarbeiter"), ("Arbeitsplätzen", True, "Arbeitsplätze"),
    ("Kommunen", True, "Kommunen"), ("Stellen", False, "Stellen"), ("Spenden", False, "Spenden"),
    ("IT-Arbeitsplätze", False, "IT-Arbeitsplätze"), ("Steuern", True, "Steuern"),
])
def test_nominative_plural(word: str, dative: bool, plural: str) -> None:
    assert nominative_plural(word, dative) == plural


# --- attribution and as_of -------------------------------------------------------------------------

MAIN = {"Beispiel AöR": "beispiel", "Muster GmbH": "muster", "Stadt Musterhausen": "musterhausen",
        "Amt Beispielland": "amt"}


def test_org_after_the_counted_noun_owns_the_figure() -> None:
    text = ("Die Beispiel AöR wächst. Die Beispiel AöR betreut viele. "
            "Die derzeit 18 Beschäftigten sorgen gemeinsam mit den 82 Kolleginnen und Kollegen in der "
            "Schwesterfirma Muster GmbH für den Betrieb.")
    f18, f82 = figures_of(text, orgs=MAIN)
    assert (f18.value, f18.org_key) == (18, "beispiel")  # no owner in the sentence: the release's main org
    assert (f82.value, f82.org_key) == (82, "muster")


def test_partner_in_a_mit_phrase_is_not_the_owner() -> None:
    text = ("Die Beispiel AöR ist ein Dienstleister. Die Beispiel AöR wächst. "
            "Im Unternehmerverbund mit der Muster GmbH betreuen 130 Mitarbeiter über 3.000 Arbeitsplätze.")
    found = figures_of(text, orgs=MAIN)
    assert [(f.value, f.org_key) for f in found] == [(130, "beispiel"), (3000, "beispiel")]


def test_coordinated_partners_share_the_mit_role() -> None:
    text = ("Die Beispiel AöR wächst weiter. Mit der Stadt Musterhausen und dem Amt Beispielland "
            "treten zwei weitere Träger bei.")
    assert only(text, orgs=MAIN).org_key == "beispiel"


def test_subject_org_before_the_figure_owns_it() -> None:
    text = "Die Beispiel AöR ist groß. Die Stadt Musterhausen hat derzeit 500 Mitarbeiter."
    assert only(text, orgs=MAIN).org_key == "musterhausen"


def test_no_orgs_no_key() -> None:
    assert only("Die Stadt hat 500 Mitarbeiter.").org_key == ""


@pytest.mark.parametrize(("text", "as_of"), [
    ("In diesem Zusammenhang wechseln zum 1. Januar 2014 voraussichtlich 14 Beschäftigte.", "2014-01-01"),
    ("Derzeit arbeiten 14 Beschäftigte im Amt.", "2018-10-08"),
    ("Zum 1. Januar 2014 arbeiten derzeit 14 Beschäftigte im Amt.", "2018-10-08"),
    ("Seit dem 1. März 2017 arbeiten 14 Beschäftigte im Amt.", "2018-10-08"),
    ("Im Jahr 2016 arbeiteten 14 Beschäftigte im Amt.", "2016"),
])
def test_as_of(text: str, as_of: str) -> None:
    assert only(text).as_of == as_of


# --- robustness -----------------------------------------------------------------------------------

PIECES = st.one_of(
    st.sampled_from(list("0123456789.,-/ \n:()%€aeinrstJMDFQhäöüßAEV")),
    st.sampled_from(["Mio.", "Euro", "rund", "mehr als", "über", "fünf", "ein", "Dutzend", "Prozent", "im",
                     "Mitarbeiter", "und", "Kolleginnen", "3.000", "1,5", " ", " ", " "]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=1500).map("".join))
def test_finishes_fast_on_any_text(text: str) -> None:
    start = time.perf_counter()
    found = figures_of(text, orgs=MAIN)
    assert time.perf_counter() - start < 2.0
    for f in found:
        assert text[f.start:f.end] == f.text and f.unit


@pytest.mark.parametrize("text", ["1 " * 5000, "3.000" * 3000, "rund " * 3000 + "5", "Mitarbeiter " * 5000,
                                  "im " * 5000 + "5", "1,5 Mio. " * 2000, "9" * 20000])
def test_pathological_input_is_fast(text: str) -> None:
    start = time.perf_counter()
    figures_of(text)
    assert time.perf_counter() - start < 3.0


# --- the sample corpus against the gold -----------------------------------------------------------

FIGURES_F1_FLOOR = 1.0  # reached on the sample gold; do not regress
ATTRIBUTION_FLOOR = 7  # of 9 gold figures, with the gold organisations as mentions


def _gold_mentions(text: str, gold: dict, sentences: SentenceIndex) -> list[Mention]:
    """ORG mentions from the gold organisations (longest names first, no overlaps), keyed by name."""
    found = [Mention(sentences(m.start()), m.start(), m.end(), alias, "ORG", org["name"])
             for org in gold["organisations"] for alias in {org["name"], *org.get("aliases", [])}
             for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text)]
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def test_sample_corpus_figures_f1_and_attribution() -> None:
    tp = fp = fn = attributed = 0
    for source in discover([CORPUS]):
        cleaned = clean(source)
        doc = BLANK(cleaned.text)
        sentences = SentenceIndex(doc)
        published = cleaned.published or infer_published(doc)
        gold = json.loads((GOLD / f"{source.doc_id}.json").read_text("utf-8"))
        dates = find_dates(doc, sentences, published)
        found = find_figures(doc, sentences, dates, _gold_mentions(doc.text, gold, sentences), published)
        used: set[int] = set()
        for g in gold["figures"]:
            hit = next((i for i, f in enumerate(found) if i not in used and f.value == float(g["value"])
                        and _unit_same(g["unit"], f.unit)), None)
            if hit is not None:
                used.add(hit)
                attributed += found[hit].org_key == g["org"]
        tp, fp, fn = tp + len(used), fp + len(found) - len(used), fn + len(gold["figures"]) - len(used)
    assert 2 * tp / (2 * tp + fp + fn) >= FIGURES_F1_FLOOR, (tp, fp, fn)
    assert attributed >= ATTRIBUTION_FLOOR
