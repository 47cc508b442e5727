"""Dates: every form of issue 4, relative dates against the publication date, never today."""

from __future__ import annotations

import json
import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.evaluate import _overlaps
from pipeline.extract import SentenceIndex
from pipeline.extract.dates import find_dates, infer_published
from pipeline.ingest import discover
from pipeline.records import DateMention

from .conftest import CORPUS, GOLD

BLANK = spacy.blank("de")
BLANK.add_pipe("sentencizer")


def dates_of(text: str, published: str = "") -> list[DateMention]:
    doc = BLANK(text)
    return find_dates(doc, SentenceIndex(doc), published)


def only(text: str, published: str = "") -> DateMention:
    found = dates_of(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "published", "span", "value", "granularity", "resolution"), [
    ("Der Vertrag gilt ab dem 1. Januar 2016.", "", "1. Januar 2016", "2016-01-01", "day", "absolute"),
    ("Die Anstalt startet zum 1. Oktober 2013.", "", "1. Oktober 2013", "2013-10-01", "day", "absolute"),
    ("Stand: 01.04.2016, Musterstadt.", "", "01.04.2016", "2016-04-01", "day", "absolute"),
    ("Beschlossen am 28.8.2013 im Rat.", "", "28.8.2013", "2013-08-28", "day", "absolute"),
    ("[08.10.2018] Die Stadt tritt bei.", "", "08.10.2018", "2018-10-08", "day", "absolute"),
    ("Der Betrieb begann im Oktober 2013.", "", "Oktober 2013", "2013-10", "month", "absolute"),
    ("Im Jahr 2016 trat die Stadt bei.", "", "Jahr 2016", "2016", "year", "absolute"),
    ("Seit 2016 ist die Stadt Mitglied.", "", "2016", "2016", "year", "absolute"),
    ("Die Stadt trat 2016 bei.", "", "2016", "2016", "year", "absolute"),
    ("Der Bau soll Anfang 2019 beginnen.", "", "Anfang 2019", "2019", "year", "absolute"),
    ("Der Bau soll Mitte 2019 beginnen.", "", "Mitte 2019", "2019", "year", "absolute"),
    ("Der Bau soll Ende 2019 fertig sein.", "", "Ende 2019", "2019", "year", "absolute"),
    ("Der Umzug ist für Ende Oktober 2019 geplant.", "", "Ende Oktober 2019", "2019-10", "month", "absolute"),
    ("Im ersten Quartal 2020 wird gebaut.", "", "ersten Quartal 2020", "2020-Q1", "quarter", "absolute"),
    ("Im 3. Quartal 2020 wird gebaut.", "", "3. Quartal 2020", "2020-Q3", "quarter", "absolute"),
    ("Im Frühjahr 2019 wird gebaut.", "", "Frühjahr 2019", "2019", "season", "absolute"),
    ("Seit dem 1. März 2019 gilt die Satzung.", "", "1. März 2019", "2019-03-01", "day", "absolute"),
    ("Die Sitzung ist am Freitag, 26. Januar 2018.", "", "Freitag, 26. Januar 2018", "2018-01-26", "day",
     "absolute"),
    # relative: against the publication date
    ("Die Stadt übernimmt ab Januar den Betrieb.", "2015-12-18", "ab Januar", "2016-01", "month", "relative"),
    ("Der Rat hat am 17. Dezember beschlossen.", "2016-01-10", "17. Dezember", "2015-12-17", "day", "relative"),
    ("Der Rat hat am 17. Dezember beschlossen.", "2015-12", "17. Dezember", "2015-12-17", "day", "relative"),
    ("Der Rat tagt am 3. Februar erneut.", "2016-01-10", "3. Februar", "2016-02-03", "day", "relative"),
    ("Der Vertrag wurde am Freitag unterzeichnet.", "2018-01-29", "am Freitag", "2018-01-26", "day", "relative"),
    ("Der Vertrag wird am kommenden Freitag unterzeichnet.", "2018-01-29", "am kommenden Freitag", "2018-02-02",
     "day", "relative"),
    ("Der Vertrag wurde gestern unterzeichnet.", "2018-01-29", "gestern", "2018-01-28", "day", "relative"),
    ("Der Vertrag wird heute unterzeichnet.", "2018-01-29", "heute", "2018-01-29", "day", "relative"),
    ("Heute wird der Vertrag unterzeichnet.", "2018-01-29", "Heute", "2018-01-29", "day", "relative"),
    ("Der Rat fasste im vergangenen Jahr den Beschluss.", "2018-01", "im vergangenen Jahr", "2017", "year",
     "relative"),
    ("Mit dem kommenden Jahr tritt die Stadt bei.", "2018-10-08", "Mit dem kommenden Jahr", "2019", "year",
     "relative"),
    ("Im Dezember letzten Jahres fiel der Beschluss.", "2018-03-01", "Im Dezember letzten Jahres", "2017-12",
     "month", "relative"),
    ("Vor anderthalb Jahren wurde die Anstalt gegründet.", "2015-12", "Vor anderthalb Jahren", "2014-06", "month",
     "relative"),
    ("Vor zehn Jahren wurde die Anstalt gegründet.", "2018-10-08", "Vor zehn Jahren", "2008", "year", "relative"),
    ("Vor 25 Jahren wurde der Verein gegründet.", "2018-10-08", "Vor 25 Jahren", "1993", "year", "relative"),
    ("Vor einem Jahr wurde der Verein gegründet.", "2018-10-08", "Vor einem Jahr", "2017", "year", "relative"),
    ("Im zweiten Halbjahr wird gebaut.", "2018-10-08", "Im zweiten Halbjahr", "2018-H2", "half", "relative"),
    ("Im Vorjahr waren es weniger.", "2018-10-08", "Im Vorjahr", "2017", "year", "relative"),
    ("Bis Ende des Jahres wird gebaut.", "2018-10-08", "Ende des Jahres", "2018", "year", "relative"),
    # without a publication date relative expressions stay unresolved — never today
    ("Der Vertrag wurde gestern unterzeichnet.", "", "gestern", "", "day", "unresolved"),
    ("Der Rat hat am 17. Dezember beschlossen.", "", "17. Dezember", "", "day", "unresolved"),
    ("Vor zehn Jahren wurde die Anstalt gegründet.", "", "Vor zehn Jahren", "", "year", "unresolved"),
    ("Der Rat fasste im vergangenen Jahr den Beschluss.", "", "im vergangenen Jahr", "", "year", "unresolved"),
    ("Der Vertrag wurde am Freitag unterzeichnet.", "", "am Freitag", "", "day", "unresolved"),
])
def test_date_forms(text: str, published: str, span: str, value: str, granularity: str, resolution: str) -> None:
    d = only(text, published)
    assert d.text == span
    assert text[d.start:d.end] == span
    assert (d.value, d.granularity, d.resolution) == (value, granularity, resolution)
    assert d.anchor == (published if resolution == "relative" else "")


@pytest.mark.parametrize(("text", "values"), [
    ("Die Ausstellung läuft vom 1. bis 3. März 2019.", ["2019-03-01", "2019-03-03"]),
    ("Die Förderung läuft von 2015 bis 2018.", ["2015", "2018"]),
    ("Der Haushalt 2015/16 ist beschlossen.", ["2015", "2016"]),
    ("Gebaut wird von Januar bis März 2019.", ["2019-01", "2019-03"]),
    ("Die Umstellung erfolgt zwischen 2015 und 2018.", ["2015", "2018"]),
])
def test_date_ranges(text: str, values: list[str]) -> None:
    assert [d.value for d in dates_of(text)] == values


def test_weekday_with_month_precision_takes_the_day_the_text_names() -> None:
    text = ("Am 26. Januar wurde der Startschuss gegeben. Nachdem die Gremien zugestimmt hatten, "
            "wurde am Freitag der Vertrag unterzeichnet.")
    found = dates_of(text, "2018-01")
    assert [(d.text, d.value) for d in found] == [("26. Januar", "2018-01-26"), ("am Freitag", "2018-01-26")]


def test_sentence_index_and_offsets() -> None:
    text = "Erster Satz ohne Datum. Der Rat tagte am 3. Mai 2017 im Rathaus."
    d = only(text)
    assert d.sent_idx == 1
    assert text[d.start:d.end] == "3. Mai 2017"


@pytest.mark.parametrize("text", [
    "Die Stadt hat 2000 Mitarbeiter und 3.000 Arbeitsplätze.",
    "So, die mit der Stadt, so wie es die Stadt mit dem Amt so hält.",
    "Informationstechnik wird heutzutage überall eingesetzt.",
    "Der Landrat August Müller und Frau Mai sprachen am Morgen.",
    "In den vergangenen Jahren ist viel passiert.",
    "Die Kreise kooperieren seit mehreren Jahren.",
    "Weitere Informationen (ID:42280778) unter Tel. 0385 5451234.",
    "Jeden Freitag tagt der Ausschuss zum 3. Mal.",
    "Die Version 2.0 läuft um 10.30 Uhr.",
    "",
])
def test_no_date_from_function_words_numbers_or_names(text: str) -> None:
    assert dates_of(text, "2018-01-29") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Stadtvertretung hat in ihrer Sitzung am 17. Dezember beschlossen, die Aufgaben mit Wirkung zum "
     "1. Januar 2016 zu übertragen. Die Anstalt übernimmt damit ab Januar den Betrieb.", "2015-12"),
    ("Der Rat hat am 20. Januar beschlossen, ab dem 1. März 2017 beizutreten.", "2017-01"),
    ("Zum 1. Januar 2016 tritt die Stadt bei.", ""),                       # no day without year
    ("Am 17. Juni wurde beschlossen, zum 1. Januar 2016 beizutreten.", ""),  # too far apart to be safe
    ("Am 17. Dezember 2015 wurde beschlossen, zum 1. Januar 2016 beizutreten.", ""),  # nothing to infer
])
def test_infer_published(text: str, expected: str) -> None:
    assert infer_published(BLANK(text)) == expected


def test_inferred_publication_date_resolves_the_rest() -> None:
    text = ("Vor anderthalb Jahren wurde die Anstalt gegründet. Der Rat hat am 17. Dezember beschlossen, "
            "die Aufgaben mit Wirkung zum 1. Januar 2016 zu übertragen. Sie übernimmt ab Januar den Betrieb.")
    doc = BLANK(text)
    published = infer_published(doc)
    assert published == "2015-12"
    values = [d.value for d in find_dates(doc, SentenceIndex(doc), published)]
    assert values == ["2014-06", "2015-12-17", "2016-01-01", "2016-01"]


# --- robustness -----------------------------------------------------------------------------------

PIECES = st.one_of(
    st.sampled_from(list("0123456789.,-/ \n:()%€aeinrstJMDFQhäöüßAEV")),
    st.sampled_from(["Januar", "Jahr", "Jahren", "vor", "am", "im", "Freitag", "bis", "Ende", "Quartal", "ersten",
                     "vergangenen", "2016", "1.", "zum", "heute", "Mai", " ", " ", " "]),
)
GERMANISH = st.lists(PIECES, max_size=1500).map("".join)


@settings(max_examples=150, deadline=None)
@given(GERMANISH, st.sampled_from(["", "2018", "2018-01", "2018-01-29", "garbage"]))
def test_finishes_fast_on_any_text(text: str, published: str) -> None:
    start = time.perf_counter()
    found = dates_of(text, published)
    assert time.perf_counter() - start < 1.0
    for d in found:
        assert text[d.start:d.end] == d.text and d.text.strip()


@pytest.mark.parametrize("text", ["1." * 5000, "Jahr " * 3000, "1. Januar " * 2000, "vor " * 3000 + "x",
                                  "Ende des " * 2000, "9" * 20000, "am am am " * 2000 + "Freitag"])
def test_pathological_input_is_linear(text: str) -> None:
    start = time.perf_counter()
    dates_of(text, "2018-01-29")
    assert time.perf_counter() - start < 2.0


# --- the sample corpus against the gold -----------------------------------------------------------

DATES_F1_FLOOR = 1.0  # reached on the sample gold; do not regress


def _corpus_docs():
    for source in discover([CORPUS]):
        cleaned = clean(source)
        doc = BLANK(cleaned.text)
        published = cleaned.published or infer_published(doc)
        yield source.doc_id, doc, published


def test_sample_corpus_dates_f1() -> None:
    tp = fp = fn = 0
    for doc_id, doc, published in _corpus_docs():
        gold = json.loads((GOLD / f"{doc_id}.json").read_text("utf-8"))["dates"]
        found = find_dates(doc, SentenceIndex(doc), published)
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, d in enumerate(found) if i not in used and _overlaps(g["text"], d.text)
                        and (g["value"] or "") == d.value), None)
            if hit is not None:
                used.add(hit)
        tp, fp, fn = tp + len(used), fp + len(found) - len(used), fn + len(gold) - len(used)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= DATES_F1_FLOOR, (tp, fp, fn)


def test_sample_corpus_001_publication_is_inferred() -> None:
    published = {doc_id: p for doc_id, _, p in _corpus_docs()}
    assert published["001_3450ed97c43b8281"] == "2015-12"


@pytest.mark.parametrize("text", [
    "Heute zählt der Verband 20 Mitglieder.",
    "„Keine Kommune kann das heute noch allein stemmen“, sagt die Landrätin.",
    "Aus dem Rechenzentrum werden heute rund 900 Arbeitsplätze versorgt.",
])
def test_heute_meaning_nowadays_is_no_date(text: str) -> None:
    assert dates_of(text, "2021-06-14") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Der Kreistag hat heute beschlossen, dem Verband beizutreten.", "2021-06-14"),
    ("Die Vereinbarung gilt ab heute.", "2021-06-14"),
])
def test_heute_of_something_done_that_day_is_a_date(text: str, value: str) -> None:
    assert only(text, "2021-06-14").value == value


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Die Vereinbarung unterzeichneten am vergangenen Donnerstag die Bürgermeisterin und der Vorstand.",
     "2022-02-08", "2022-02-03"),
    ("Am vergangenen Donnerstag unterzeichneten der Landrat und die Bürgermeisterin die Vereinbarung.",
     "2022-03-15", "2022-03-10"),
    ("Die Verbandsversammlung hat am vergangenen Mittwoch eine Direktorin gewählt.", "2021-10-05", "2021-09-29"),
    ("Der Rat hat am vergangenen Dienstag beschlossen.", "2021-10-05", "2021-09-28"),  # never the same day
])
def test_last_weekday_resolves_against_the_publication_date(text: str, published: str, value: str) -> None:
    assert only(text, published).value == value


def test_a_stated_publication_line_dates_the_release_and_is_no_date_of_the_text() -> None:
    text = "Veröffentlicht am 22.09.2022\nDer Kreistag tagte am Mittwoch."
    doc = BLANK(text)
    assert infer_published(doc) == "2022-09-22"
    found = find_dates(doc, SentenceIndex(doc), "2022-09-22")
    assert [(d.text, d.value) for d in found] == [("am Mittwoch", "2022-09-21")]


def test_a_plural_span_of_years_is_no_date() -> None:
    assert dates_of("Die Investitionen der nächsten Jahre sind hoch.", "2022-05-11") == []
    assert [d.value for d in dates_of("Im nächsten Jahr wird gebaut.", "2022-05-11")] == ["2023"]
