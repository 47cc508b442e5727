"""Dates: every form of issue 4, relative dates against the publication date, never today."""

from __future__ import annotations

import json
import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import periods
from pipeline.clean import clean
from pipeline.evaluate import _overlaps
from pipeline.extract import SentenceIndex
from pipeline.extract.dates import find_dates, infer_published, parse_anchor
from pipeline.ingest import discover
from pipeline.periods import interval
from pipeline.records import DateMention, SourceDocument

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
    ("Seit dem ersten Januar hält das Land zehn Prozent.", "2025-06-15", "ersten Januar", "2025-01-01", "day",
     "relative"),
    ("Gewählt wurde am dritten Oktober 2024.", "", "dritten Oktober 2024", "2024-10-03", "day", "absolute"),
    ("Das Kabinett hat in seiner heutigen Sitzung beschlossen.", "2022-03-15", "heutigen Sitzung", "2022-03-15",
     "day", "relative"),
    ("Die Anstalt startet zum 1. Oktober 2013.", "", "1. Oktober 2013", "2013-10-01", "day", "absolute"),
    ("Stand: 01.04.2016, Musterstadt.", "", "01.04.2016", "2016-04-01", "day", "absolute"),
    ("Beschlossen am 28.8.2013 im Rat.", "", "28.8.2013", "2013-08-28", "day", "absolute"),
    ("Die Sitzung am Montag, dem 23. Juni 2025, im Kreishaus.", "2025-06-30", "Montag, dem 23. Juni 2025",
     "2025-06-23", "day", "absolute"),
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
    ("Im Frühjahr 2019 wird gebaut.", "", "Frühjahr 2019", "2019-spring", "season", "absolute"),
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
    ("Die Stadt tritt zum 1. März des kommenden Jahres bei.", "2018-10-08", "zum 1. März des kommenden Jahres",
     "2019-03-01", "day", "relative"),
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
    # a clause without verb takes its sentence's tense; a record dated "vom" lies in the past
    ("Zuvor hatten beide Räte zugestimmt, der Stadtrat am 22. Mai mit 31 Stimmen.", "2024-12-18", "22. Mai",
     "2024-05-22", "day", "relative"),
    ("Den Vertrag unterzeichneten die Landrätin und der Bürgermeister bereits am 10. Juni.", "2024-12-18",
     "10. Juni", "2024-06-10", "day", "relative"),
    ("Auf Grundlage des Beschlusses der Versammlung vom 14. März werden die Gemeinden Mitglied.", "2025-06-20",
     "14. März", "2025-03-14", "day", "relative"),
    ("Er tritt sein Amt am 1. Februar an, sein Vorgänger hat den Verband lange geführt.", "2024-11-20",
     "1. Februar", "2025-02-01", "day", "relative"),
    # "heute" in a verb-last clause reporting something done that day
    ("Geschäftsführer wird Max Muster, den die Versammlung heute bestellt hat.", "2025-10-16", "heute",
     "2025-10-16", "day", "relative"),
    # a weekday of a week named relatively (the publication is a Tuesday)
    ("Der Stadtrat hat vergangene Woche Montag beschlossen.", "2024-12-10", "vergangene Woche Montag",
     "2024-12-02", "day", "relative"),
    ("Der Kreistag hat am Donnerstag vergangener Woche zugestimmt.", "2024-12-10", "am Donnerstag vergangener Woche",
     "2024-12-05", "day", "relative"),
    ("Der Rat entscheidet am Mittwoch kommender Woche.", "2024-12-10", "am Mittwoch kommender Woche",
     "2024-12-18", "day", "relative"),
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


@pytest.mark.parametrize(("text", "values"), [
    ("Gegründet 2019; im selben Jahr kam die Stadt dazu.", ["2019", "2019"]),
    ("Am 1. Mai 2021 trat sie bei und kündigte im Folgejahr.", ["2021-05-01", "2022"]),
    ("Im Folgejahr kam niemand dazu.", []),  # no year before it to count from
])
def test_years_named_from_the_year_before(text: str, values: list[str]) -> None:
    assert [d.value for d in dates_of(text, "2025-05-05")] == values


def test_a_perfect_without_ge_reports_something_done() -> None:
    text = "Die Gemeinde Musterdorf hat ihre IT zum 1. Januar an die Beispiel-IT übertragen."
    assert only(text, "2025-05-05").value == "2025-01-01"
    assert only(text.replace("hat", "will"), "2025-05-05").value == "2026-01-01"


def test_a_sentence_with_both_tenses_gives_a_verbless_clause_its_nearer_year() -> None:
    text = ("Nach der Unterzeichnung der Satzung am 11. Dezember im Kreishaus, bei der alle am Tisch saßen, war die "
            "Satzung anschließend im Amtsblatt bekannt gemacht worden.")
    assert only(text, "2025-01-08").value == "2024-12-11"


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
    # days without year in a release whose dated past names one year only: that year
    ("Seit dem 1. August 2025 sind wir beim Verband. Am 4. Juni wählte die Versammlung den Vorstand.", "2025"),
    ("Seit dem 1. August 2025 sind wir beim Verband, gegründet 1994. Am 4. Juni wählte sie den Vorstand.", ""),
])
def test_infer_published(text: str, expected: str) -> None:
    assert infer_published(text) == expected


def test_inferred_publication_date_resolves_the_rest() -> None:
    text = ("Vor anderthalb Jahren wurde die Anstalt gegründet. Der Rat hat am 17. Dezember beschlossen, "
            "die Aufgaben mit Wirkung zum 1. Januar 2016 zu übertragen. Sie übernimmt ab Januar den Betrieb.")
    doc = BLANK(text)
    published = infer_published(text)
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
        published = cleaned.published
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
    "Der Verband hat heute 40 Mitglieder, Gemeinden und Städte, die alle beigetreten sind.",
])
def test_heute_meaning_nowadays_is_no_date(text: str) -> None:
    assert dates_of(text, "2021-06-14") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Der Kreistag hat heute beschlossen, dem Verband beizutreten.", "2021-06-14"),
    ("Die Vereinbarung gilt ab heute.", "2021-06-14"),
    ("Ab heute ist es offiziell: Der Verband hat den Betrieb aufgenommen.", "2021-06-14"),
    ("Seit heute ist der Verband zuständig.", "2021-06-14"),
    ("Heute Abend haben Musterdorf, Beispielfeld und Probstadt den Zweckverband gegründet.", "2021-06-14"),
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


@pytest.mark.parametrize(("text", "value"), [
    ("Am Samstag startet der Obstring Musterau in seine erste Erntesaison.", "2024-09-14"),  # present: the coming one
    ("Am Samstag startete der Obstring Musterau in seine erste Erntesaison.", "2024-09-07"),
])
def test_a_weekday_opening_a_sentence_in_the_present_is_the_coming_one(text: str, value: str) -> None:
    assert only(text, "2024-09-12").value == value


def test_a_stated_publication_line_dates_the_release_and_is_no_date_of_the_text() -> None:
    text = "Veröffentlicht am 22.09.2022\nDer Kreistag tagte am Mittwoch."
    source = SourceDocument(doc_id="x", path="x.txt", text=text)
    cleaned = clean(source)
    assert (cleaned.published, cleaned.published_source) == ("2022-09-22", "text")
    found = dates_of(cleaned.text, cleaned.published)
    assert [(d.text, d.value) for d in found] == [("am Mittwoch", "2022-09-21")]


def test_a_plural_span_of_years_is_no_date() -> None:
    assert dates_of("Die Investitionen der nächsten Jahre sind hoch.", "2022-05-11") == []
    assert [d.value for d in dates_of("Im nächsten Jahr wird gebaut.", "2022-05-11")] == ["2023"]


# --- issue 13: turns of the year, weeks, seasons, the clause's tense, intervals ----------------------

@pytest.mark.parametrize(("text", "published", "span", "value", "granularity"), [
    ("Die Stadt tritt zum Jahreswechsel bei.", "2025-11-12", "zum Jahreswechsel", "2026-01-01", "day"),
    ("Die Stadt wird zum Jahreswechsel beitreten.", "2025-03-12", "zum Jahreswechsel", "2026-01-01", "day"),
    ("Die Stadt war zum Jahreswechsel beigetreten.", "2025-11-12", "zum Jahreswechsel", "2025-01-01", "day"),
    ("Die Stadt ist zum Jahreswechsel beigetreten.", "2025-02-12", "zum Jahreswechsel", "2025-01-01", "day"),
    ("Der Verband soll zum Jahresbeginn starten.", "2025-10-01", "zum Jahresbeginn", "2026-01-01", "day"),
    # an abbreviation's period ends no clause: the verb before "Dr." gives the tense
    ("Den Vertrag unterzeichneten Landrätin Dr. Erika Muster und Bürgermeister Max Beispiel am 10. Juni.",
     "2024-12-18", "10. Juni", "2024-06-10", "day"),
    # a weekday in the past is the publication day itself unless a cue says the week before
    ("Das teilte die Geschäftsführerin, Dr. Erika Muster, am Freitag mit.", "2025-03-14", "am Freitag",
     "2025-03-14", "day"),
    ("Der Rat hatte am vergangenen Freitag zugestimmt.", "2025-03-14", "am vergangenen Freitag", "2025-03-07", "day"),
    # a present verb in ge- is no participle; the clause after ";" has its own tense
    ("Der Rat hatte die Gemeinden aufgenommen; sie gehören ab dem Jahreswechsel dazu.", "2024-12-03",
     "ab dem Jahreswechsel", "2025-01-01", "day"),
    # a perfect whose participle closes the sentence after a list ("… und …") reports something done
    ("Zum 1. Januar sind sechs Kolleginnen und Kollegen aus den Rathäusern zu uns gewechselt.", "2025-03-17",
     "1. Januar", "2025-01-01", "day"),
    # a perfect with "sein" happened, however long ago; a participle the date opens tells of the past
    ("Zum 1. Juli sind elf Streetworker und Streetworkerinnen zu uns gewechselt.", "2026-01-12", "1. Juli",
     "2025-07-01", "day"),
    ("Der ZKWZ, ein erst im Januar von zwei Landkreisen gegründeter Zusammenschluss, ist ein Vorbild.", "2025-09-12",
     "im Januar", "2025-01", "month"),
    ("Die Stelle zieht zum Januar in das umgebaute Rathaus.", "2025-09-12", "zum Januar", "2026-01", "month"),
    ("Seit Jahresbeginn hat der Verband neue Aufgaben übernommen.", "2025-05-01", "Seit Jahresbeginn",
     "2025-01-01", "day"),
    ("Die Anstalt wird zum neuen Jahr starten.", "2025-12-03", "zum neuen Jahr", "2026-01-01", "day"),
    ("Der Vertrag endet zum Jahresende.", "2025-03-12", "zum Jahresende", "2025-12-31", "day"),
    ("Die Umstellung soll zum Monatsende abgeschlossen sein.", "2025-02-12", "zum Monatsende", "2025-02-28", "day"),
    # a week → its month (the month of its Thursday)
    ("Der Rat tagte in der vergangenen Woche.", "2025-01-22", "in der vergangenen Woche", "2025-01", "month"),
    ("Der Rat tagt in der kommenden Woche.", "2025-01-22", "in der kommenden Woche", "2025-01", "month"),
    ("Der Rat tagt in der kommenden Woche.", "2025-01-29", "in der kommenden Woche", "2025-02", "month"),
    ("Die Stadt tritt im Sommer 2025 bei.", "", "Sommer 2025", "2025-summer", "season"),
    ("Gebaut wird im Herbst 2024.", "", "Herbst 2024", "2024-autumn", "season"),
    ("Gebaut wird im Winter 2025/26.", "", "Winter 2025/26", "2025-winter", "season"),
    ("Gebaut wird im Herbst.", "2025-03-12", "im Herbst", "2025-autumn", "season"),
    ("Der Rat hatte im Herbst zugestimmt.", "2025-03-12", "im Herbst", "2024-autumn", "season"),
    ("Im vergangenen Herbst hatte der Rat zugestimmt.", "2025-03-12", "Im vergangenen Herbst", "2024-autumn",
     "season"),
    ("Im kommenden Frühjahr wird gebaut.", "2025-06-12", "Im kommenden Frühjahr", "2026-spring", "season"),
    ("Im Frühjahr nächsten Jahres wird gebaut.", "2025-03-12", "Im Frühjahr nächsten Jahres", "2026-spring",
     "season"),
    ("Der Beitritt soll im dritten Quartal 2025 erfolgen.", "", "dritten Quartal 2025", "2025-Q3", "quarter"),
    ("Der Beitritt soll im zweiten Halbjahr 2025 erfolgen.", "", "zweiten Halbjahr 2025", "2025-H2", "half"),
])
def test_turns_weeks_seasons_quarters(text: str, published: str, span: str, value: str, granularity: str) -> None:
    d = only(text, published)
    assert (d.text, d.value, d.granularity) == (span, value, granularity)


@pytest.mark.parametrize(("text", "values"), [
    # one past tense: both months go back, into the same year
    ("Der Rat hatte Anfang April beraten und Mitte März zugestimmt.", ["2024-04", "2024-03"]),
    # one future tense: both go forward
    ("Der Rat wird Anfang April beraten und Mitte März zustimmen.", ["2025-04", "2025-03"]),
    ("Der Rat hat am 10. Mai beschlossen, dem Verband beizutreten.", ["2024-05-10"]),
    ("Der Rat wird am 10. Mai beschließen, dem Verband beizutreten.", ["2025-05-10"]),
])
def test_the_clause_tense_decides_the_direction(text: str, values: list[str]) -> None:
    assert [d.value for d in dates_of(text, "2025-02-10")] == values


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2025-01-22", "2025-01-22", "2025-01-22"), ("2025-01", "2025-01-01", "2025-01-31"),
    ("2024-02", "2024-02-01", "2024-02-29"), ("2025", "2025-01-01", "2025-12-31"),
    ("2025-Q1", "2025-01-01", "2025-03-31"), ("2025-Q4", "2025-10-01", "2025-12-31"),
    ("2025-H2", "2025-07-01", "2025-12-31"), ("2025-spring", "2025-03-01", "2025-05-31"),
    ("2025-summer", "2025-06-01", "2025-08-31"), ("2025-autumn", "2025-09-01", "2025-11-30"),
    ("2025-winter", "2025-12-01", "2026-02-28"), ("2027-winter", "2027-12-01", "2028-02-29"),
    ("2025-W04", "2025-01-20", "2025-01-26"), ("", "", ""), ("2019-02-30", "", ""), ("2025-13", "", ""),
])
def test_every_value_is_an_interval_of_iso_days(value: str, start: str, end: str) -> None:
    assert interval(value) == (start, end)


def test_date_mentions_carry_their_interval() -> None:
    found = dates_of("Der Rat tagte im Sommer 2025 und am 3. Mai 2025.", "")
    assert [(d.start_date, d.end_date) for d in found] == [("2025-06-01", "2025-08-31"), ("2025-05-03", "2025-05-03")]
    assert only("Der Rat tagte gestern.", "").start_date == ""


@pytest.mark.parametrize("value", ["2019-02-30", "2019-02-29", "2025-13-01", "2025-00", "25-01-01", "2025-1-1"])
def test_the_one_date_reader_rejects_days_not_on_the_calendar(value: str) -> None:
    assert periods.publication(value) == ""
    assert parse_anchor(value) is None


def test_events_carry_the_interval_of_their_date() -> None:
    from pipeline.reconcile.events import reconcile_events
    from tests.test_reconcile_events import HUB, TOWN, Entities, report, result

    q = report("membership", TOWN, [HUB], "2025-01", role="effective")
    rows, _ = reconcile_events([result("a", q)], Entities())
    assert (rows[0]["date"], rows[0]["start_date"], rows[0]["end_date"]) == ("2025-01", "2025-01-01", "2025-01-31")


def test_a_count_of_days_or_weeks_later_dates_from_the_day_named_before() -> None:
    found = dates_of("Der Kreistag A stimmte am 13. März 2025 zu, der Kreistag B folgte eine Woche später.",
                     "2025-06-01")
    assert [(d.text, d.value) for d in found] == [("13. März 2025", "2025-03-13"), ("eine Woche später", "2025-03-20")]
    assert dates_of("Zwei Tage danach wurde unterschrieben.", "2025-06-01") == []


def test_a_count_of_days_or_weeks_before_dates_back_from_the_day_named_before() -> None:
    found = dates_of("Der Stadtrat stimmte am 25. September 2025 zu; der Kreistag hatte bereits eine Woche zuvor "
                     "votiert.", "2025-10-20")
    assert [(d.text, d.value) for d in found] == [("25. September 2025", "2025-09-25"),
                                                  ("eine Woche zuvor", "2025-09-18")]


def test_a_count_of_years_or_months_later_dates_from_the_date_named_before() -> None:
    found = dates_of("Die Gemeinde A trat 1979 bei, sechs Jahre später folgte die Stadt B. Im Mai 2023 begann "
                     "der Umbau, drei Monate später war er fertig.", "2025-06-01")
    assert [(d.text, d.value) for d in found] == [("1979", "1979"), ("sechs Jahre später", "1985"),
                                                  ("Mai 2023", "2023-05"), ("drei Monate später", "2023-08")]
    delayed = dates_of("Der Betrieb startete im Mai 2023, einen Monat später als geplant.", "2025-06-01")
    assert [d.text for d in delayed] == ["Mai 2023"]  # a delay, no date


def test_an_effective_date_of_something_done_lies_in_the_past():
    assert only("Die Gemeinde Musterau folgte zum 1. Februar.", "2025-12-15").value == "2025-02-01"
    assert only("Die Gemeinde Musterau tritt zum 1. Februar bei.", "2025-12-15").value == "2026-02-01"
    # a perfect may have decided on a later date: the nearer one
    assert only("Der Aufsichtsrat hat sie mit Wirkung zum 1. Oktober bestellt.", "2025-09-15").value == "2025-10-01"
    assert only("Der Aufsichtsrat hat sie mit Wirkung zum 1. Oktober bestellt.", "2025-11-15").value == "2025-10-01"


def test_a_day_after_nach_and_an_event_noun_lies_in_the_past_unless_cued_ahead():
    assert only("Ein halbes Jahr nach der Eröffnung am 10. Januar kann sich die Bilanz sehen lassen.",
                "2025-07-15").value == "2025-01-10"
    assert only("Nach der Unterzeichnung am kommenden Dienstag kann es losgehen.", "2025-07-15").value == "2025-07-22"


def test_an_end_told_in_a_perfect_with_haben_lies_in_the_past_a_lasting_state_ahead():
    assert only("Mehr als 4.200 Gäste haben die Bahnen bis Ende Mai genutzt.", "2025-07-15").value == "2025-05"
    assert only("Zehn weitere Stellen sind bis Sommer ausgeschrieben.", "2025-07-15").value == "2025-summer"


def test_a_retroactive_effective_date_lies_in_the_past():
    assert only("Der Verband nimmt den Verein als Mitglied auf, rückwirkend zum 1. Juli.", "2025-09-20").value \
        == "2025-07-01"
    assert only("Der Verband nimmt den Verein zum 1. Juli als Mitglied auf.", "2025-09-20").value == "2026-07-01"


def test_as_planned_says_nothing_about_the_tense():
    assert only("Die Gemeinden waren wie vorgesehen zum Jahresbeginn beigetreten.", "2026-01-10").value == "2026-01-01"


def test_new_years_day_is_the_start_of_a_year() -> None:
    assert only("Die Gemeinde ist seit Neujahr Mitglied.", "2024-05-12").value == "2024-01-01"


@pytest.mark.parametrize(("title", "year"), [
    ("Jahresbericht 2025: Musterstadt Wirtschaftsförderung GmbH", "2025"),
    ("Rückblick auf das Jahr 2024", "2024"),
    ("Chronik 2023", "2023"),
    ("Die Bilanz fällt gut aus", ""),
    ("Haushalt 2025 beschlossen", ""),
])
def test_a_report_title_names_the_year_it_reports_on(title: str, year: str) -> None:
    from pipeline.extract.dates import report_year

    assert report_year(title) == year


def test_a_chronicle_line_label_is_a_month_and_a_month_name_alone_is_none() -> None:
    assert [(d.text, d.value) for d in dates_of("März: Die Geschäftsstelle öffnet.\n- Juni: Umzug.", "2025")] == [
        ("März", "2025-03"), ("Juni", "2025-06")]
    assert dates_of("Der Verein dankt August Beispiel: Er hat den Umzug organisiert.", "2025") == []


def test_a_month_expected_or_planned_for_is_a_date() -> None:
    assert only("Die Zustimmung steht noch aus, sie wird für November erwartet.", "2025-10-03").value == "2025-11"
    assert only("Die Eröffnung ist für März geplant.", "2025-10-03").value == "2026-03"


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Den Betrieb soll das neue Zentrum im zweiten Quartal aufnehmen.", "2024-12", "2025-Q2"),
    ("Im ersten Quartal wurden 20 Anträge gestellt.", "2024-12", "2024-Q1"),
    ("Im dritten Quartal hatte der Verband 20 Anträge bearbeitet.", "2025-02-10", "2024-Q3"),
    ("Im dritten Quartal soll der Betrieb starten.", "2025-02-10", "2025-Q3"),
])
def test_a_quarter_without_year_lies_ahead_or_behind_as_its_clause_says(text: str, published: str,
                                                                         value: str) -> None:
    assert only(text, published).value == value


def test_a_chronicle_line_reads_its_relative_dates_from_its_label() -> None:
    text = ("Chronik\n\n- 3. Februar 2025: Die Agentur nimmt den Betrieb auf. Zwei Berater sind zum Jahresbeginn "
            "übergegangen.\n\n- Juli 2025: Der Rat stimmt zu. Im Herbst folgt der Kreistag.\n\n"
            "Im Januar kam alles anders.")
    found = {d.text: (d.value, d.anchor) for d in dates_of(text, "2026-03")}
    assert found["zum Jahresbeginn"] == ("2025-01-01", "2025-02-03")
    assert found["Im Herbst"] == ("2025-autumn", "2025-07")
    assert found["Im Januar"] == ("2026-01", "2026-03")  # no label: the publication date


def test_the_period_of_an_abbreviation_ends_no_clause_for_its_tense() -> None:
    text = "Hinzu kommen zwölf Sanitäter, die zum 1. Juli vom Musterverein e.V. zu uns gewechselt sind."
    assert only(text, "2025-07-04").value == "2025-07-01"


@pytest.mark.parametrize(("text", "value"), [
    ("Das Land hatte die Zusammenlegung im vergangenen Juni per Gesetz beschlossen.", "2025-06"),
    ("Im kommenden März soll der Betrieb starten.", "2026-03"),
    ("Im vergangenen Dezember stimmte der Rat zu.", "2025-12"),
])
def test_a_month_named_last_or_next_lies_before_or_after_the_publication(text: str, value: str) -> None:
    assert only(text, "2026-01-02").value == value


def test_tags_zuvor_is_the_day_before_the_day_named_before() -> None:
    found = dates_of("Der Rat tagte am 10. März 2025. Der Kreistag hatte bereits tags zuvor zugestimmt.", "2025-04-01")
    assert [(d.text, d.value) for d in found] == [("10. März 2025", "2025-03-10"), ("tags zuvor", "2025-03-09")]


def test_a_thread_posts_relative_days_are_read_from_its_own_date() -> None:
    text = ("Heute hat der Rat zugestimmt.\n\nZweckverband Muster @zv_muster · 25. Nov. 2025\n"
            "Gestern haben beide die Vereinbarung unterschrieben.\n")
    found = {d.text: d.value for d in dates_of(text, "2025-11-19")}
    assert found["Heute"] == "2025-11-19"
    assert found["Gestern"] == "2025-11-24"


def test_a_weekday_named_with_the_day_picks_the_year_it_falls_in() -> None:
    # 4 October 2025 is a Saturday; read by the tense alone ("aufgenommen hat") it would be 2024
    text = "Die Spielothek hat am Samstag, 4. Oktober, den gemeinsamen Ausleihbetrieb aufgenommen."
    assert only(text, "2025-10-01").value == "2025-10-04"


def test_a_date_inside_an_opening_seit_phrase_lies_in_the_past() -> None:
    text = "Seit dem Einstieg der Stadt Musterau im März sind wir drei Gesellschafter."
    assert only(text, "2025-10-23").value == "2025-03"


def test_a_subordinate_perfect_after_the_date_reports_it_done() -> None:
    text = ("Dass vier Beschäftigte zum 1. April von der Musterau GmbH, dem alten Pächter, zur Genossenschaft "
            "gewechselt sind, war ein Signal.")
    assert only(text, "2025-05-01").value == "2025-04-01"


def test_a_conditional_looks_ahead() -> None:
    text = "Die neun Fährleute, die bisher bei der Stadt angestellt sind, würden zum Jahreswechsel zum Verband gehen."
    assert only(text, "2025-03-20").value == "2026-01-01"


def test_a_chronicle_under_a_year_heading_dates_its_days_in_that_year() -> None:
    text = ("# Jahresbericht\n\n## 2. Chronik 2024\n\n| Datum | Was geschah |\n|---|---|\n"
            "| 9. März | Die Versammlung stimmt zu. |\n| 1. Juli | Die Verschmelzung wird wirksam. |\n\n"
            "Am 3. März tagt die nächste Versammlung.")
    found = dates_of(text, "2025-02-20")
    assert [(d.text, d.value) for d in found] == [
        ("2024", "2024"), ("9. März", "2024-03-09"), ("1. Juli", "2024-07-01"), ("3. März", "2025-03-03")]


def test_the_table_of_a_chronicle_published_after_its_year_lies_in_that_year() -> None:
    from pipeline.extract.dates import report_year

    text = ("Zum 31. Dezember 2025 zählte Musterau 2.184 Einwohner. Das Jahr stand im Zeichen der Vereine.\n\n"
            "| Datum | Ereignis |\n|---|---|\n| 30. Januar | Der Gemeinderat bewilligt einen Zuschuss. |\n"
            "| 3. Juni | Das Amtsgericht trägt den Verein ein. |\n\nAm 3. März tagt der Rat wieder.")
    doc = BLANK(text)
    title = "Gemeinde Musterau – Chronik des Jahres 2025"
    found = find_dates(doc, SentenceIndex(doc), "2026-01-12", report_year(title))
    assert [(d.text, d.value) for d in found] == [
        ("31. Dezember 2025", "2025-12-31"), ("30. Januar", "2025-01-30"), ("3. Juni", "2025-06-03"),
        ("3. März", "2026-03-03")]


def test_a_year_heading_may_say_more_and_lead_into_its_list() -> None:
    text = ("Kapitel 6: Soziales und Gesundheit – Chronik 2025\n\nDie wichtigsten Schritte im Überblick:\n\n"
            "- 20. März: Der Kreistag stimmt zu.\n- 1. Juli: Die Gesellschaft nimmt den Betrieb auf.\n\n"
            "Stand: Februar 2026\n\n- 3. März: Die nächste Sitzung.")
    found = dates_of(text, "2026-02-12")
    assert [(d.text, d.value) for d in found] == [
        ("20. März", "2025-03-20"), ("1. Juli", "2025-07-01"), ("Februar 2026", "2026-02"), ("3. März", "2026-03-03")]


def test_a_year_heading_over_a_subtitle_dates_a_range_in_its_list_once() -> None:
    text = ("Jahresbericht 2025\n\nChronik eines Wachstumsjahres\n\nDie wichtigsten Stationen:\n\n"
            "- 17. bis 26. Juni: Die Gemeinderäte stimmen zu.\n")
    found = dates_of(text, "2026-03-12")
    assert [(d.text, d.value) for d in found] == [("17", "2025-06-17"), ("26. Juni", "2025-06-26")]


def test_a_month_of_the_same_year_takes_the_year_named_before() -> None:
    found = dates_of("Als wir im Juli 2023 den Betrieb aufgenommen haben, war die Gesellschaft erst im Mai desselben "
                     "Jahres gegründet worden. Anfang März des Folgejahres trat die Stadt bei.", "2025-10-23")
    assert [(d.text, d.value) for d in found][1:] == [("im Mai desselben Jahres", "2023-05"),
                                                       ("Anfang März des Folgejahres", "2024-03")]


def test_the_same_month_is_the_month_named_before() -> None:
    found = dates_of("Der Kreistag beschloss am 12. März, der Stadtrat im selben Monat.", "2025-05-01")
    assert [(d.text, d.value) for d in found] == [("12. März", "2025-03-12"), ("im selben Monat", "2025-03")]


def test_a_year_in_a_clubs_name_is_no_date() -> None:
    assert not dates_of("Die Schützengilde Musterdorf von 1862 e.V. und der Turnverein von 1898 e. V. stimmten zu.")
    assert [d.value for d in dates_of("Die Gilde wurde von 1862 an geführt.")] == ["1862"]


def test_a_date_in_a_participle_phrase_set_off_by_commas_is_read_as_done() -> None:
    text = "Die Anstalt, von den Städten A, B und C zum 1. Januar errichtet, hat am 2. Januar den Betrieb aufgenommen."
    found = {d.text: d.value for d in dates_of(text, "2025-01-08")}
    assert found == {"1. Januar": "2025-01-01", "2. Januar": "2025-01-02"}
    # without the phrase's commas and the sentence's perfect, "zum" still looks ahead
    assert only("Die Anstalt wird zum 1. Januar errichtet.", "2025-01-08").value == "2026-01-01"


def test_a_day_after_its_month_with_a_year_in_the_sentence_lies_in_that_year() -> None:
    found = dates_of("Im März 2022 stimmten beide Räte zu – bei uns am 24. März, in Probedorf fünf Tage später.",
                     "2023-07-10")
    assert [(d.text, d.value) for d in found][:2] == [("März 2022", "2022-03"), ("24. März", "2022-03-24")]
    # another month, or another sentence, keeps the year the publication date gives
    other = dates_of("Im März 2022 stimmte der Rat zu. Am 24. März beginnt der Bau.", "2023-07-10")
    assert other[-1].value == "2023-03-24"


def test_a_day_and_month_labelling_a_chronicle_line_is_a_date_of_the_year_the_report_names():
    text = ("Jahresbericht 2025\n\n- 18.01.: Das Präsidium verabschiedet den Haushalt.\n| 14.09. | Der Verbandstag "
            "tagt. |\nVersion 2.1. ist da.\n")
    doc = BLANK(text)
    found = find_dates(doc, SentenceIndex(doc), "", report="2025")
    assert [(d.text, d.value) for d in found if d.granularity == "day"] == [("18.01.", "2025-01-18"),
                                                                            ("14.09.", "2025-09-14")]


def test_a_posts_author_line_with_its_time_dates_its_today():
    text = ("Verein Musterau e.V. @verein_musterau · 11. Apr. 2025, 22:47\nUnsere Mitgliederversammlung hat heute "
            "Abend für die Verschmelzung votiert.\n")
    assert [(d.text, d.value) for d in dates_of(text, "2025-04-24") if d.text.startswith("heute")] == [
        ("heute Abend", "2025-04-11")]


def test_an_inseparable_verbs_strong_participle_makes_an_effective_date_past():
    found = dates_of("Nach der Unterzeichnung am 23. September ist die Akademie zum 1. Oktober als Anstalt "
                     "entstanden.", "2024-11-18")
    assert [(d.text, d.value) for d in found] == [("23. September", "2024-09-23"), ("1. Oktober", "2024-10-01")]


def test_a_register_number_is_no_year() -> None:
    assert [d.text for d in dates_of("VR 2049 – Neueintragung. Lernwerk Probedorf e.V. (Amtsgericht Musterau, "
                                     "HRB 1998) wurde 2024 gegründet.", "2025-06-18")] == ["2024"]


def test_a_coming_date_after_a_perfect_in_another_clause_is_still_to_come() -> None:
    found = dates_of("Der Sportbund hat uns am Montag als Mitglied aufgenommen, ab 1. August sind wir dabei.",
                     "2025-07-09")
    assert [d.value for d in found] == ["2025-07-07", "2025-08-01"]


def test_the_same_day_is_the_day_named_before() -> None:
    found = dates_of("Am 8. März wählte die Versammlung den Vorstand; noch am selben Abend bestellte er den "
                     "Geschäftsführer.", "2025-05-01")
    assert [(d.text, d.value) for d in found] == [("8. März", "2025-03-08"), ("am selben Abend", "2025-03-08")]


def test_the_same_day_is_not_a_documents_date_nor_a_day_before_one_unread() -> None:
    found = dates_of("Am 23. November wurde die Genossenschaft gegründet. Grundlage ist ein Beschluss vom 28. Oktober. "
                     "Noch am selben Abend wählte der Aufsichtsrat den Vorstand.", "2024-12-01")
    assert [(d.text, d.value) for d in found][-1] == ("am selben Abend", "2024-11-23")
    found = dates_of("Die Vereine gingen zum 1. Juli 2025 im neuen Verein auf. Er wählte am 5. Juli den Vorstand. Am "
                     "selben Tag unterschrieben sie den Vertrag.")
    assert "Am selben Tag" not in {d.text: d.value for d in found if d.value}


def test_a_post_under_an_organisations_author_line_reads_gestern_from_that_day() -> None:
    found = dates_of("Schachfreunde Musterau e.V. · 3. April 2025\n\nHeute haben wir den Vertrag unterschrieben.\n\n"
                     "Schachfreunde Musterau e.V. · 12. März 2025\n\nDer Gemeinderat hat gestern zugestimmt.",
                     "2025-04-03")
    assert {d.text: d.value for d in found}["gestern"] == "2025-03-11"


def test_a_post_under_a_dotted_handle_reads_gestern_from_its_day() -> None:
    found = dates_of("@stadt.musterau · 15.06.2024\n\nDer Vertrag ist fertig.\n\n@stadt.musterau · 01.07.2024\n\n"
                     "Gestern haben wir den Vertrag unterschrieben.", "2024-06-15")
    assert {d.text: d.value for d in found}["Gestern"] == "2024-06-30"


def test_a_numbered_thread_post_reads_a_day_without_year_from_its_own_date() -> None:
    found = dates_of("1/4 · 14.09.2024\nHeute geht es los.\n\n3/4 · 28.11.2024\nDer Gemeinderat hat am 26. November "
                     "grünes Licht gegeben.", "2024-09-14")
    assert {d.text: d.value for d in found}["26. November"] == "2024-11-26"


def test_an_effective_date_before_a_participle_used_as_an_adjective_lies_in_the_past() -> None:
    found = {d.text: d.value for d in dates_of("Die Musterdienste AöR, die erst zum 1. Januar errichtete Anstalt der "
                                               "Kreise, ist gestartet. Ab dem Frühjahr soll sie einen umgebauten Bus "
                                               "schicken. Um Anmeldung bis zum 15. Oktober wird gebeten.",
                                               "2025-01-08")}
    assert found["1. Januar"] == "2025-01-01"
    assert found["Ab dem Frühjahr"] == "2025-spring"
    assert found["15. Oktober"] == "2025-10-15"


def test_a_year_ending_a_clubs_name_is_no_date_unless_the_founding_follows() -> None:
    found = {d.text: d.value for d in dates_of("Sowohl die Mitgliederversammlung des Wasserspringervereins Musterau "
                                               "1958 als auch die der Turmspringer Probedorf stimmten zu. Als wir den "
                                               "Mühlenverein Probedorf 1987 gegründet haben, waren wir jung.",
                                               "2025-03-10")}
    assert "1958" not in found
    assert found["1987"] == "1987"


def test_days_under_a_reviews_heading_lie_in_its_year_until_another_year_is_named() -> None:
    text = ("## Musterau im Jahr 2025 – ein Rückblick\n\n*Gemeindebrief · Ausgabe 1/2026*\n\n- 27. Juni: Gründung der "
            "Milchhaus Musterau eG.\n\n- Anfang Juli: Der Bürgermeister wird in den Aufsichtsrat berufen.\n\nFür 2026 "
            "plant der Vorstand eine Presse; über sie soll die Versammlung im März entscheiden.")
    found = {d.text: d.value for d in dates_of(text, "2026-01-15")}
    assert found["27. Juni"] == "2025-06-27"
    assert found["Anfang Juli"] == "2025-07"
    assert found["im März"] == "2026-03"
