from pathlib import Path

import pytest

from pipeline import clean, ingest
from pipeline.records import SourceDocument

from .conftest import CORPUS


def _clean(name: str):
    doc = next(d for d in ingest.discover([CORPUS]) if d.doc_id.startswith(name))
    return doc, clean.clean(doc)


def test_sample_004_loses_its_teasers_and_keeps_the_release() -> None:
    raw, cleaned = _clean("004")
    for furniture in ("Weitere Meldungen", "Sopra Steria", "mehr...", "Druckversion", "Stichwörter",
                      "Bildquelle", "Abonnement", "AIDA ORGA", "http://", "[28.8.2013]", "(ve)"):
        assert furniture not in cleaned.text, furniture
    release = raw.text[raw.text.index("Für den Betrieb"):raw.text.index("(ve)")]
    for sentence in release.split(". "):
        assert " ".join(sentence.split()) in " ".join(cleaned.text.split())
    assert cleaned.published == "2013-08-28" and cleaned.published_source == "text"
    assert cleaned.title == "Kreis Ludwigslust-Parchim/Schwerin: Gebündelte IT-Kompetenz"


def test_sample_002_loses_its_header_furniture() -> None:
    raw, cleaned = _clean("002")
    for furniture in ("Seite: 2/2", "Anbieter zum Thema", "(ID:42280778)"):
        assert furniture in raw.text and furniture not in cleaned.text
    assert cleaned.text.startswith("Neue Wege der interkommunalen Zusammenarbeit")
    assert "Wolfgang Schmülling, stellvertretender Landrat" in cleaned.text


def test_hard_wrapped_lines_are_joined_and_dateline_read() -> None:
    _, cleaned = _clean("003")
    assert "die kommunale IT-Struktur und den digitalen Wandel" in cleaned.text
    assert "treten zwei weitere Träger aus dem Kreis" in cleaned.text
    assert cleaned.published == "2018-10-08"
    assert not cleaned.text.lstrip().startswith("[")


def test_list_items_are_paragraphs_of_their_own() -> None:
    text = ("Musterstadt, 22.01.2025\n\nDer Zweckverband Musterwasser zieht Bilanz, und zwar mit vielen Zahlen "
            "zum Verband\n• gegründet zum 1. Januar 2019 von drei Gemeinden des Landkreises\n"
            "• Betrieb aufgenommen im Februar 2019 mit sechs Beschäftigten\n- heute: 43 Beschäftigte\n")
    paragraphs = clean.clean(_source(text)).text.split("\n\n")
    assert paragraphs[1:] == ["• gegründet zum 1. Januar 2019 von drei Gemeinden des Landkreises",
                              "• Betrieb aufgenommen im Februar 2019 mit sechs Beschäftigten",
                              "- heute: 43 Beschäftigte"]


def test_a_posts_author_line_is_no_wrapped_text() -> None:
    text = ("Musterstadt, 22.01.2025\n\nStadt Musterstadt ✓ @stadt_musterstadt\n@pendler_beispiel Die "
            "Gemeindevertretung Probedorf hat sich gegen einen Einstieg entschieden.\n")
    assert "@stadt_musterstadt @pendler" not in clean.clean(_source(text)).text


def test_a_reply_opens_a_paragraph_of_its_own_at_its_author_line() -> None:
    filler = "Der Verein wächst und wächst, das freut uns alle sehr im ganzen Kreis.\n\n" * 6
    text = ("Musterstadt, 15.04.2025\n\n" + filler +
            "> Landkreis Muster @lk_muster · 15. Apr. 2025\n> Darüber berät der Kreistag im Juni. 🙂\n"
            ">> Gemeinde Probedorf @probedorf · 15. Apr. 2025\n>> Seit 1. März sind wir Mitglied.\n")
    paragraphs = clean.clean(_source(text)).text.split("\n\n")
    assert not any("🙂" in p and "Seit 1. März" in p for p in paragraphs), paragraphs


def test_dateline_forms(tmp_path: Path) -> None:
    cases = {"a.txt": ("date 2018-01 Die Stadt tritt bei.", "2018-01"),
             "b.txt": ("31. März 2016, 21:00 Uhr\nDie Stadt tritt bei.", "2016-03-31"),
             "c.txt": ("Die Stadt tritt bei.", "")}
    for name, (text, _) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for doc in ingest.discover([tmp_path]):
        cleaned = clean.clean(doc)
        assert cleaned.published == cases[doc.path][1]
        assert cleaned.text == "Die Stadt tritt bei."


def test_place_and_date_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Neue Spitze\n\nMusterstadt, 3. Mai 2019 – Die Stadt tritt bei.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bad Beispiel, 03.05.2019 – Die Stadt tritt bei.", encoding="utf-8")
    for doc in ingest.discover([tmp_path]):
        cleaned = clean.clean(doc)
        assert cleaned.published == "2019-05-03"
        assert cleaned.text.endswith("\n\nDie Stadt tritt bei.") or cleaned.text == "Die Stadt tritt bei."


def test_footnote_marks_go_and_their_sentences_stay_apart() -> None:
    cleaned = clean.clean(_source("Der Verband wurde 2014 gegründet.[1] Zum 1. August 2017 trat die Gemeinde "
                                  "Probedorf bei[2], die Liste[12] bleibt.\n\nIn Abschnitt [3] steht mehr."))
    assert cleaned.text == ("Der Verband wurde 2014 gegründet. Zum 1. August 2017 trat die Gemeinde Probedorf bei, "
                            "die Liste bleibt.\n\nIn Abschnitt [3] steht mehr.")


def test_a_line_far_shorter_than_the_text_s_lines_is_no_wrapped_line() -> None:
    long = "Die Gesellschaft betreibt eine Anlage auf dem Gebiet der Gemeinde Probedorf und verkauft den Strom. " * 4
    cleaned = clean.clean(_source(f"HRB 2817 – Eintragung vom 14.03.2025\nMusterwerk GmbH, Probedorf. {long}\n\n"
                                  f"{long}\n\nGnR 41 – Eintragung vom 12.03.2025\nBeispiel eG, Musterau. {long}"))
    assert "14.03.2025\nMusterwerk GmbH" in cleaned.text and "12.03.2025\nBeispiel eG" in cleaned.text


# --- the publication date: one owner, every dateline form -----------------------------------------

BODY = "Die Stadt tritt dem Zweckverband bei."


def _source(text: str, published: str = "", source: str = "none") -> SourceDocument:
    return SourceDocument(doc_id="x", path="x.txt", text=text, published=published, published_source=source)


@pytest.mark.parametrize(("head", "published"), [
    ("Musterstadt, 22.01.2025 – ", "2025-01-22"),
    ("Musterstadt, 22.01.2025. ", "2025-01-22"),
    ("Musterstadt, den 22. Januar 2025. ", "2025-01-22"),
    ("Musterstadt, den 22.01.2025 – ", "2025-01-22"),
    ("Musterstadt (22.01.2025). ", "2025-01-22"),
    ("MUSTERSTADT (22. Januar 2025) – ", "2025-01-22"),
    ("Musterstadt, 22. Januar 2025: ", "2025-01-22"),
    ("Musterstadt/22.01.2025 – ", "2025-01-22"),
    ("Musterstadt / 22.01.2025: ", "2025-01-22"),
    ("Bad Beispiel an der Aue, Mittwoch, 22. Januar 2025 – ", "2025-01-22"),
    ("Musterstadt – 22.01.2025 – ", "2025-01-22"),
    ("[22.01.2025] ", "2025-01-22"),
    ("22.01.2025 – ", "2025-01-22"),
    ("22. Januar 2025: ", "2025-01-22"),
    ("Pressemitteilung vom 22.01.2025\n", "2025-01-22"),
    ("Pressemitteilung Nr. 12/2025 vom 22. Januar 2025\n", "2025-01-22"),
    ("Pressemitteilung 11/2025 vom 17. Juni 2025\n", "2025-06-17"),  # the number without "Nr."
    ("Medieninformation, 22.01.2025\n", "2025-01-22"),
    ("Veröffentlicht am 22.01.2025\n", "2025-01-22"),
    ("Veröffentlicht: 22.01.2025, 10:15 Uhr\n", "2025-01-22"),
    ("Veröffentlicht am 22.01.2025 von Erika Beispiel, Fachdienst Personal\n", "2025-01-22"),
    ("*Eingestellt von der Pressestelle am 22.01.2025 · Kategorie: Personal*\n", "2025-01-22"),
    ("*Ausgabe Januar – verschickt am 22. Januar 2025*\n", "2025-01-22"),
    ("*Musterblick – das Magazin des Landkreises, Ausgabe 1/2025, erschienen am 22. Januar 2025. Die Fragen stellte "
     "Erika Beispiel.*\n", "2025-01-22"),
    ("Stand: 22.01.2025, Hauptamt / Personalservice\n", "2025-01-22"),
    ("Musterstädter Bote · Region · Wochenendausgabe vom 22./23. Januar 2025\n", "2025-01-22"),
    ("Radio Musterland – Die Nachrichten\nMittwoch, 22. Januar 2025, 7 Uhr\n", "2025-01-22"),
    ("Datum: Mittwoch, 22. Januar 2025\n", "2025-01-22"),
    ("Stand: 22.01.2025\n", "2025-01-22"),
    ("Erschienen am 22. Jan. 2025\n", "2025-01-22"),
    ("22. Januar 2025, 10:15 Uhr\n", "2025-01-22"),
    ("Muster-Zeitung, 22.01.2025, 06:00 Uhr\n", "2025-01-22"),
    ("Kurz gemeldet – Stadt Musterstadt, Pressestelle, 22.01.2025\n", "2025-01-22"),
    ("Musterstädter Rundschau – Region – Mittwoch, 22. Januar 2025\n", "2025-01-22"),
    ("Presse › Pressemitteilungen › 22.01.2025\n", "2025-01-22"),
    ("Musterstadt/Elbe. 22.01.2025, 18:42 Uhr\n", "2025-01-22"),
    ("Mittwoch, 22. Januar 2025 · Musterstadt und Umgebung\n", "2025-01-22"),
    ("Informationen des Kommunalen IT-Verbunds Musterland für Mitgliedskommunen und Partner · Januar 2025\n",
     "2025-01"),
    ("(22.01.2025)\n", "2025-01-22"),
    ("date 2025-01 ", "2025-01"),
    ("MUSTER-KURIER  |  Lokales  |  Mittwoch, 22. Januar 2025\n", "2025-01-22"),
    ("Wirtschaft | 22.01.2025, 16:12 Uhr\n", "2025-01-22"),
    ("mpd-Landesdienst Musterland · 22.01.2025 · 15:48\n", "2025-01-22"),
    ("LOKALES · MUSTERSTADT          Mittwoch, 22. Januar 2025\n", "2025-01-22"),
    ("Musterländer Bote · Musterstadt · 22.01.2025\n", "2025-01-22"),
    ("Arbeitskreis Musterland e.V. · Ausgabe Januar 2025\n", "2025-01"),
    ("*Musterstadt, Seebrücke, 22. Januar 2025 – ", "2025-01-22"),  # the place and the venue
    ("Ratssaal Musterstadt, 22. Januar 2025 (Auszug)\n", "2025-01-22"),  # a speech's
    # a speech's, its speaker first, in bold
    ("**Erika Beispiel, Bürgermeisterin der Stadt Musterstadt – Stadthalle, 22. Januar 2025 (Auszug)**\n",
     "2025-01-22"),
])
def test_each_dateline_form_dates_the_release_and_leaves_the_text(head: str, published: str) -> None:
    for before in ("", "Zweckverband wächst\n\n", "Zweckverband wächst\n\nEin Teaser ohne Punkt am Ende\n\n"):
        cleaned = clean.clean(_source(before + head + BODY))
        assert (cleaned.published, cleaned.published_source) == (published, "text"), (before, head)
        assert cleaned.text.endswith(BODY) and "2025" not in cleaned.text, cleaned.text


def test_a_head_line_saying_where_the_release_appeared_after_its_date_dates_a_long_release() -> None:
    body = "\n\n".join(f"Absatz {i}: {BODY}" for i in range(10))
    cleaned = clean.clean(_source("# Eine Zeitung für alle\n\n*Ein Gespräch mit Erika Beispiel.*\n\nErschienen am 22. "
                                  f"Januar 2025 im Musterauer Kurier, Ressort Land & Leute\n\n---\n\n{body}\n"))
    assert (cleaned.published, cleaned.published_source) == ("2025-01-22", "text")


@pytest.mark.parametrize("closing", ["Musterstadt, 22. Januar 2025", "Musterstadt, den 22.01.2025",
                                     "(22.01.2025)", "Pressemitteilung vom 22.01.2025",
                                     "Musterstädter Bote, Mittwoch, 22. Januar 2025, Seite 14"])
def test_a_closing_line_dates_the_release(closing: str) -> None:
    cleaned = clean.clean(_source(f"Zweckverband wächst\n\n{BODY}\n\nDer Rat tagt wieder im Mai.\n\n{closing}\n"))
    assert (cleaned.published, cleaned.published_source) == ("2025-01-22", "text")
    assert "2025" not in cleaned.text


def test_minutes_session_day_is_text_not_the_publication_date() -> None:
    cleaned = clean.clean(_source(f"NIEDERSCHRIFT\n\nSitzungstag: Dienstag, 18. Februar 2025\n\n{BODY}\n\n"
                                  "Der Rat tagt wieder im Mai.\n\nMusterstadt, 20.02.2025\n"))
    assert cleaned.published == "2025-02-20" and "Sitzungstag: Dienstag, 18. Februar 2025" in cleaned.text


def test_a_closing_day_refines_the_heads_month() -> None:
    cleaned = clean.clean(_source(f"Newsletter – Ausgabe Januar 2025\n\nZweckverband wächst\n\n{BODY}\n\n"
                                  "Der Rat tagt wieder im Mai.\n\nMusterstadt, 22. Januar 2025\n"))
    assert cleaned.published == "2025-01-22"


@pytest.mark.parametrize("closing", [
    "Musterstadt, den 22.01.2025\n\ngez. Beispiel\n\nBürgermeisterin",  # a signature block
    "Musterstadt, im Januar 2025 – Der Vorstand",
    "Veröffentlicht am 22.01.2025 · Gemeinde Musterstadt · Hauptstraße 3",
    "Veröffentlicht im Ratsinformationssystem am 22.01.2025",
    "Musterstädter Bote, Ausgabe vom 22.01.2025 · Alle Interviews der Reihe · Leserbrief schreiben",
    "Leserbriefe geben nicht die Meinung der Redaktion wieder.\nMusterstädter Wochenblatt · Meinung · 22.01.2025",
    "Staatssekretär\n\n(Ausgegeben am 22.01.2025)",
    "*Die Fragen stellte Erika Beispiel.*\n\n*Erschienen im Stadtanzeiger Musterstadt am 22. Januar 2025.*",
    "Die Fragen stellte Erika Beispiel.\n\nErschienen im Stadtanzeiger Musterstadt am 22. Januar 2025.\n\n"
    "Zurück zur Übersicht · Alle Interviews · Newsletter abonnieren",
    "Eingegangen: 22. Januar 2025\n\nHerausgegeben: Landtag Musterland",
    "Das Wetter: heiter.\n\n(Stand: 22.01.2025, 12:00 Uhr)\n\nRadio Muster · Programm · Impressum",
    "*Das Gespräch führte Erika Beispiel. Erschienen am 22. Januar 2025 in „Musterzeit“, der Beilage des Boten.*",
    "*Das Gespräch führte Erika Beispiel.*\n\n*Erschienen in „Gesund im Kreis“, Ausgabe 1/2025, 22. Januar 2025*",
    "Frau Beispiel, vielen Dank für das Gespräch.\n\nErschienen in der Wochenendausgabe vom 22. Januar 2025",
    "Euer Max Muster\n\n*Gepostet am 22. Januar 2025 in: Vereinsleben* · 3 Kommentare · [Teilen] [Drucken]",
    "Leserbriefe geben nicht die Meinung der Redaktion wieder.\nAusgabe vom 22.01.2025, Seite 14",
])
def test_a_signature_or_publication_stamp_near_the_end_dates_the_release(closing: str) -> None:
    cleaned = clean.clean(_source(f"Zweckverband wächst\n\n{BODY}\n\nDer Rat tagt wieder im Mai.\n\n{closing}\n"))
    assert cleaned.published in ("2025-01-22", "2025-01") and cleaned.published_source == "text"


@pytest.mark.parametrize("closing", [
    "Musterstadt aktuell – Das Magazin der Stadt · Ausgabe vom 22. Januar 2025 · Archiv · Kontakt zur Redaktion",
    "Stand: 22. Januar 2025 · Text verfügbar unter einer freien Lizenz · Bearbeiten · Versionsgeschichte",
    "*Redaktion Rathaus intern: Pressestelle, Durchwahl -112 · Stand: 22. Januar 2025*",
    "Redaktion: Stabsstelle Kommunikation · Redaktionsschluss: 22. Januar 2025 · Nur für den internen Gebrauch",
    "Erika Beispiel\n\nBürgermeisterin\n\nMusterstadt, 22. Januar 2025 – es gilt das gesprochene Wort",  # a speech's
])
def test_a_footer_line_with_segments_around_its_date_dates_a_long_release(closing: str) -> None:
    body = "\n\n".join(f"Absatz {i}: {BODY}" for i in range(10))
    cleaned = clean.clean(_source(f"Zweckverband wächst\n\n{body}\n\n{closing}\n"))
    assert cleaned.published == "2025-01-22" and "Archiv" not in cleaned.text and "Lizenz" not in cleaned.text


def test_a_signature_block_above_a_page_footer_dates_the_release() -> None:
    body = "\n\n".join(f"Absatz {i}: {BODY}" for i in range(10))
    closing = ("Musterstadt, den 22. Januar 2025\n\ngez. Beispiel\n\nVorsitzende\n\n----\n\n"
               "Zweckverband Muster · Verwaltung\n\nMarkt 1 · Musterstadt\n\nSeite 2 von 2")
    assert clean.clean(_source(f"Zweckverband wächst\n\n{body}\n\n{closing}\n")).published == "2025-01-22"


@pytest.mark.parametrize("head", ["Ausgegeben: 22.01.2025", "Gepostet: 22.01.2025 08:47", "Ausgefertigt: 22.01.2025",
                                  "Jahrgang 31 · Nr. 7/2025 · ausgegeben am 22. Januar 2025",
                                  "**Ausgabe 41/2025 · zusammengestellt am 22. Januar 2025**",
                                  "Interview: Erika Beispiel · veröffentlicht am 22. Januar 2025",
                                  "Jahrgang 48 · Nr. 4 · Ausgegeben in Musterstadt am 22. Januar 2025",
                                  "Amtsgericht Musterstadt HRB 123 Bekannt gemacht am: 22.01.2025 09:15 Uhr",
                                  "18. Wahlperiode 22.01.2025", "Personalien · Ausgabe vom 22. Januar 2025",
                                  "Musterdorf, Probedorf und Beispielstadt, den 22. Januar 2025",
                                  "Radio Muster · Sendemanuskript\n\nSendedatum: 22.01.2025 · Sprecherin: Redaktion",
                                  "Mitarbeiterinformation der Hauptverwaltung – eingestellt am 22. Januar 2025",
                                  "Datum der Absendung dieser Bekanntmachung: 22.01.2025",
                                  "Kreistagsfraktion Muster · Pressemitteilung Nr. 7/2025 vom 22. Januar 2025",
                                  "Amtsgericht Musterstadt\n\nBekanntmachung vom 22.01.2025\n\n20.01.2025",
                                  "Landtag Musterland      Drucksache 8/1893\n\n8. Wahlperiode\n\nEingang: 22.01.2025",
                                  "Musterstädter Anzeiger, Ausgabe vom 22. Januar 2025 · Interview: Erika Beispiel",
                                  "Radio Muster – Lokalnachrichten\n\nSendung: Mittwoch, 22.01.2025, 12:00 Uhr · "
                                  "Sprecherin: Erika Beispiel",
                                  "**Pressemitteilung der Kreistagsfraktion Muster vom 22. Januar 2025**"])
def test_issue_and_posting_stamps_in_the_head_date_the_release(head: str) -> None:
    cleaned = clean.clean(_source(f"{head}\n\nZweckverband wächst\n\n{BODY}\n"))
    assert cleaned.published == "2025-01-22"


def test_a_question_received_is_no_stamp_of_the_answer() -> None:
    question = "Anfrage des Abgeordneten Max Muster (fraktionslos), eingegangen am 20.01.2025"
    text = f"Kleine Anfrage\n\n{question}\n\n{BODY}\n"
    cleaned = clean.clean(_source(text))
    assert cleaned.published != "2025-01-20" and "Max Muster" in cleaned.text


def test_a_list_of_coming_dates_or_a_session_date_is_no_stamp() -> None:
    text = (f"Mitgliederinfo · Ergebnisse der Sitzung vom 20. Januar 2025\n\nStand: 22.01.2025\n\n{BODY}\n\n"
            "Termine: Verbandsversammlung am 18. März 2025 · Anwendertreffen am 22. April 2025\n")
    assert clean.clean(_source(text)).published == "2025-01-22"


@pytest.mark.parametrize("note", ["", " Der Text ist unter einer freien Lizenz verfügbar."])
def test_a_last_edited_note_dates_a_page_that_shows_no_other_date(note: str) -> None:
    text = (f"Zweckverband wächst\n\n{BODY}\n\n"
            f"Diese Seite wurde zuletzt am 22. Januar 2025 um 09:12 Uhr bearbeitet.{note}\n")
    cleaned = clean.clean(_source(text))
    assert cleaned.published == "2025-01-22" and "Lizenz" not in cleaned.text


@pytest.mark.parametrize("head", [
    "Festrede von Landrat Karl Muster zum Jubiläum des Zweckverbands am 22. Januar 2025 in der Stadthalle",
    "Rede von Ministerin Anna Beispiel anlässlich der Eröffnung am Mittwoch, dem 22. Januar 2025",
    "NIEDERSCHRIFT\nüber die 31. öffentliche Sitzung des Gemeinderates Musterdorf am Mittwoch, 22.01.2025, 19:00 Uhr",
    "Rede von Landrätin Erika Muster\nzum 50-jährigen Bestehen des Zweckverbands\nMittwoch, 22. Januar 2025, Festzelt",
    "*Rede von Landrat Karl Muster anlässlich der Unterzeichnung des Stiftungsgeschäfts, Pfarrheim Musterau, "
    "22. Januar 2025 (Auszug). – Es gilt das gesprochene Wort.*",
])
def test_a_speech_or_minutes_is_dated_by_the_occasion_its_head_names(head: str) -> None:
    cleaned = clean.clean(_source(f"{head}\n\n{BODY}\n"))
    assert (cleaned.published, cleaned.published_source) == ("2025-01-22", "inferred")
    assert head.split("\n")[-1][:30] in cleaned.text  # the head stays text


def test_a_date_in_a_speech_that_is_not_the_occasions_gives_no_publication_date() -> None:
    text = f"Rede von Landrat Karl Muster\n(Auszug)\n\nam 8. Juni 2011 wurde der Zweckverband gegründet.\n\n{BODY}\n"
    assert clean.clean(_source(text)).published == ""


@pytest.mark.parametrize("text", ["[31.02.2019] " + BODY, "Musterstadt, 30.02.2019 – " + BODY,
                                  "Veröffentlicht am 31. April 2019\n" + BODY, "Musterstadt, 22.13.2019 – " + BODY])
def test_an_impossible_dateline_date_is_never_the_publication_date(text: str) -> None:
    cleaned = clean.clean(_source(text))
    assert (cleaned.published, cleaned.published_source) == ("", "none")


def test_a_date_in_a_sentence_of_the_body_is_no_dateline() -> None:
    text = "\n\n".join(["Kopf"] + [f"Satz {i} ohne Datum." for i in range(12)] + ["Berlin, 22.01.2025 – " + BODY,
                                                                                  "Schluss."])
    cleaned = clean.clean(_source(text))
    assert cleaned.published == "" and "Berlin, 22.01.2025 – " in cleaned.text


def test_the_manifest_wins_and_an_impossible_manifest_date_falls_back_to_the_text() -> None:
    text = "Musterstadt, 22.01.2025 – " + BODY
    assert (clean.clean(_source(text, "2025-01-20", "manifest")).published_source) == "manifest"
    assert clean.clean(_source(text, "2025-01-20", "manifest")).published == "2025-01-20"
    fallback = clean.clean(_source(text, "2019-02-30", "manifest"))
    assert (fallback.published, fallback.published_source) == ("2025-01-22", "text")


def test_without_a_stamp_the_month_is_inferred_from_the_text() -> None:
    text = ("Die Stadtvertretung hat am 17. Dezember beschlossen, die Aufgaben mit Wirkung zum "
            "1. Januar 2016 zu übertragen.")
    cleaned = clean.clean(_source(text))
    assert (cleaned.published, cleaned.published_source) == ("2015-12", "inferred")
    assert clean.clean(_source(BODY)).published_source == "none"


def test_the_clean_stage_alone_decides_the_publication_date() -> None:
    """extract reads the clean stage's object and never changes it."""
    import spacy

    from pipeline.extract import extract

    source = _source("Die Stadtvertretung hat am 17. Dezember beschlossen, die Aufgaben mit Wirkung zum "
                     "1. Januar 2016 zu übertragen.")
    cleaned = clean.clean(source)
    before = dict(vars(cleaned))
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    result = extract(nlp(cleaned.text), source, cleaned, "blank")
    assert vars(cleaned) == before and result.clean is cleaned
    assert [d.anchor for d in result.dates if d.resolution == "relative"] == ["2015-12"]


def test_an_update_stamp_dates_the_release_only_when_nothing_else_does() -> None:
    text = f"Zweckverband wächst\n\nVeröffentlicht am 14.03.2024\n\n{BODY}\n\nStand: 18.03.2024\n"
    cleaned = clean.clean(_source(text))
    assert (cleaned.published, cleaned.published_source) == ("2024-03-14", "text")
    assert "Stand" not in cleaned.text and "2024" not in cleaned.text
    assert clean.clean(_source(f"{BODY}\n\nStand: 18.03.2024\n")).published == "2024-03-18"


@pytest.mark.parametrize("closing", ["Musterstadt, im Oktober 2025", "Musterstadt, Oktober 2025"])
def test_a_closing_line_with_a_month_dates_the_release_to_the_month(closing: str) -> None:
    cleaned = clean.clean(_source(f"Zweckverband wächst\n\n{BODY}\n\n{closing}\n"))
    assert (cleaned.published, cleaned.published_source) == ("2025-10", "text")


def test_a_short_release_keeps_its_headline_apart() -> None:
    text = "Musterdorf kommt, Beispielheim bleibt draußen\n\nMusterstadt, 03.09.2025 – Die Stadt Musterdorf tritt bei."
    headline = "Musterdorf kommt, Beispielheim bleibt draußen"
    assert clean.clean(_source(text)).text == f"{headline}\n\nDie Stadt Musterdorf tritt bei."


def test_lines_from_html_are_paragraphs_never_unwrapped() -> None:
    head, body = "Musterau und Beispielheim sind an Bord", "Zwei weitere Gemeinden haben beschlossen."
    source = SourceDocument(doc_id="x", path="x.html", media_type="html", text=f"{head}\n{body}")
    assert clean.clean(source).text == f"{head}\n\n{body}"


def test_an_html_pages_own_date_dates_the_release(tmp_path: Path) -> None:
    from pipeline import ingest

    html = ("<html><head><title>Beitritt</title><meta property='article:published_time' "
            "content='2025-01-22T10:00:00+01:00'></head><body><article><h1>Beitritt</h1><p>" + BODY * 3 +
            "</p><p>Stand: 30.01.2025</p></article></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    cleaned = clean.clean(next(ingest.discover([tmp_path])))
    assert (cleaned.published, cleaned.published_source) == ("2025-01-22", "text")


@pytest.mark.parametrize("head", ["Von Erika Beispiel · 22.01.2025, 18:05 Uhr",
                                  "Interview: Erika Beispiel · veröffentlicht am 22. Januar 2025"])
def test_a_byline_in_a_head_stamp_stays_text(head: str) -> None:
    cleaned = clean.clean(_source(f"{head}\n\nZweckverband wächst\n\n{BODY}\n"))
    assert cleaned.published == "2025-01-22"
    assert "Erika Beispiel" in cleaned.text and "2025" not in cleaned.text


def test_an_official_gazettes_publisher_in_its_masthead_stays_text() -> None:
    cleaned = clean.clean(_source(f"Amtsblatt der Gemeinde Musterstadt · Nr. 3/2025 · Mittwoch, 22. Januar 2025\n\n"
                                  f"Zweckverband wächst\n\n{BODY}\n"))
    assert cleaned.published == "2025-01-22"
    assert "Amtsblatt der Gemeinde Musterstadt" in cleaned.text and "3/2025" not in cleaned.text


def test_a_byline_the_html_text_drops_stays_as_its_last_line(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{BODY * 3}</p>" for _ in range(4))
    html = ("<html><head><title>Beitritt</title></head><body><header><div class='masthead'>Musterbote</div>"
            "<nav><a href='/'>Startseite</a> | <a href='/lokales'>Lokales</a></nav></header><main><article>"
            "<p class='kicker'>Lokales</p><h1>Beitritt</h1><p class='teaser'>" + BODY * 2 + "</p>"
            "<p class='byline'>Von Erika Beispiel · 16.11.2023</p>" + paragraphs + "</article></main></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    cleaned = clean.clean(next(ingest.discover([tmp_path])))
    assert cleaned.text.endswith("\n\nVon Erika Beispiel") and "16.11.2023" not in cleaned.text
    assert cleaned.published == "2023-11-16"


@pytest.mark.parametrize("byline", ["<p class='meta'>Von Erika Beispiel · <time datetime='2023-11-16'>16.11.2023"
                                    "</time> · Lesezeit 3 Minuten</p>",
                                    "<p class='meta'>Stand: 16.11.2023 · Text: Erika Beispiel, Team Interne "
                                    "Kommunikation</p>",
                                    "<p class='byline'>Veröffentlicht am 16.11.2023 von Erika Beispiel · Kategorie: "
                                    "Vereinsleben</p>",
                                    "<p class='meta'>Gepostet von Erika Beispiel am 16. November 2023 · 3 Kommentare"
                                    "</p>"])
def test_a_byline_around_a_time_element_or_with_its_unit_stays_text(tmp_path: Path, byline: str) -> None:
    html = ("<html><head><title>Beitritt</title></head><body><main><article><h1>Beitritt</h1>" + byline
            + "".join(f"<p>{BODY * 3}</p>" for _ in range(4)) + "</article></main></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    cleaned = clean.clean(next(ingest.discover([tmp_path])))
    assert "Erika Beispiel" in cleaned.text.rsplit("\n\n", 1)[-1] and cleaned.published == "2023-11-16"


@pytest.mark.parametrize("head, place", [
    ("Musterstadt/Elbe. 22.01.2025, 18:42 Uhr\n", "Musterstadt/Elbe"),
    ("Bad Beispielbrunn, 22. Januar 2025 – ", "Bad Beispielbrunn"),
    ("Presse › Pressemitteilungen › 22.01.2025\n", ""),
    ("Musterdorf, 15. November 2024\n\nLiebe Musterdorferinnen und Musterdorfer,\n\n", "Musterdorf"),
])
def test_the_datelines_place_is_kept_apart_from_the_text(head: str, place: str) -> None:
    cleaned = clean.clean(_source("Zweckverband wächst\n\n" + head + BODY))
    assert cleaned.place == place


@pytest.mark.parametrize("furniture", [
    "Weitere Bekanntmachungen dieses Tages:\nHRB 123 – Musterbau GmbH – Löschung",
    "Treffer 2 von 3: GnR 77 – Beispielgenossenschaft eG – Löschung vom 26.02.2025",
    "Lesen Sie im nächsten Heft: Interview mit dem Vorstand der Probedaten AG © 2025 Musterverlag GmbH",
    "Was gerade passiert\n  Sport · SV Musterdorf 09 steigt auf\nWem folgen",
    "Termine: Seniorenfeier am 14.12. im Bürgerhaus",
    "Anzeigen: Elektro Muster GmbH, Ihr Partner für Hausanschlüsse",
    "Redaktionsschluss für die nächste Ausgabe: 27.02.2026 · Herausgeber: Gemeinde Musterdorf",
])
def test_trailing_blocks_of_portals_newsletters_and_side_bars_are_cut(furniture: str) -> None:
    cleaned = clean.clean(_source("Zweckverband wächst\n\n" + BODY + "\n\n" + furniture + "\n"))
    assert cleaned.text.endswith(BODY), cleaned.text


@pytest.mark.parametrize("furniture", [
    "Teilen: [Mastodon](#) · [Facebook](#) · [E-Mail](#)",
    "Fraktionsbüro geöffnet Di und Do 9–12 Uhr · Folgen Sie uns auf Instagram und Facebook",
    "Welle Musterau · UKW 98,4 · Nachrichten zur vollen Stunde",
])
def test_share_follow_and_station_lines_are_dropped(furniture: str) -> None:
    cleaned = clean.clean(_source("Zweckverband wächst\n\n" + BODY + "\n\n" + furniture + "\n"))
    assert cleaned.text.rstrip().endswith(BODY.rstrip()), cleaned.text


def test_a_date_trafilatura_reads_off_an_issue_number_is_no_page_date() -> None:
    html = ("<html><head><title>Kreisbrief 2/2023</title></head><body><p>Kreisbrief · Ausgabe 2/2023 · Juni 2023</p>"
            f"<h1>Zweckverband wächst</h1><p>{BODY}</p></body></html>")
    page = ingest.html_to_text(html)
    assert page.date == ""  # "2/2023" is no day the page writes
    meta = '<meta property="article:published_time" content="2023-06-20T10:00:00+02:00">'
    assert ingest.html_to_text(html.replace("</title>", "</title>" + meta)).date == "2023-06-20"



def test_label_lines_of_minutes_stay_lines_of_their_own() -> None:
    text = ("Niederschrift der Sitzung des Gemeinderates\n\nAnwesend: Bürgermeisterin Erika Beispiel sowie 13 "
            "Mitglieder des Gemeinderates\nEntschuldigt: zwei Mitglieder\nSchriftführung: Max Muster\n\n"
            + BODY * 3 + "\n")
    cleaned = clean.clean(_source(text))
    assert "Gemeinderates\nEntschuldigt: zwei Mitglieder\nSchriftführung: Max Muster" in cleaned.text


def test_a_rule_line_ends_a_paragraph_however_the_lines_are_wrapped() -> None:
    text = ("Registerbekanntmachungen\n\n" + "-" * 60 + "\nHRB 1 – Musterbad GmbH, Musterstadt\nNeueintragung\n\n"
            "Musterbad GmbH, Musterstadt, Am Weiher 2. " + "Gegenstand ist der Betrieb des Bades. " * 20 + "\n\n"
            + "-" * 60 + "\nHinweis: Die Bekanntmachungen erfolgen ohne Gewähr.\nSeite 1/1")
    paragraphs = clean.clean(_source(text)).text.split("\n\n")
    assert paragraphs[:3] == ["Registerbekanntmachungen", "HRB 1 – Musterbad GmbH, Musterstadt\nNeueintragung",
                              paragraphs[2]]  # (a register entry's number line is a line of its own)
    assert paragraphs[2].startswith("Musterbad GmbH, Musterstadt, Am Weiher 2.")
    assert not any("---" in p for p in paragraphs)


def test_a_box_inside_the_article_is_text_but_a_side_bar_is_not() -> None:
    html = ("<html><head><title>Gespräch</title></head><body><article><h1>Zweckverband wächst</h1>"
            f"<p>{BODY}</p><aside class=\"person\"><h2>Zur Person</h2><p>Anna Muster ist seit Juli 2024 Vorständin "
            "der Anstalt. Zuvor leitete sie das Kreisarchiv.</p></aside></article><aside class=\"mehr\"><h3>Mehr aus "
            "dem Kreis</h3><p>Die Kreisstraße ist ab Montag für den gesamten Verkehr voll gesperrt.</p></aside>"
            "</body></html>")
    text = ingest.html_to_text(html).text
    assert "seit Juli 2024 Vorständin der Anstalt" in text and "Kreisstraße" not in text


def test_a_posts_author_line_in_the_head_stays_and_dates_the_release() -> None:
    text = ("Verein Musterau e.V. @verein_musterau · 11. Apr. 2025, 22:47\nUnsere Mitgliederversammlung hat heute "
            "Abend für die Verschmelzung votiert.\n")
    cleaned = clean.clean(_source(text))
    assert cleaned.text.startswith("Verein Musterau e.V. @verein_musterau · 11. Apr. 2025, 22:47")
    assert cleaned.published == "2025-04-11"


def test_a_threads_head_and_its_numbered_posts_day_lines_stay() -> None:
    text = ("Musterau Tonstudio @musterau_ts · Thread · gestartet 14.09.2024\n\n1/4 · 14.09.2024\n"
            "Heute geht es los.\n\n2/4 · 28.11.2024\nDer Gemeinderat hat zugestimmt.\n")
    cleaned = clean.clean(_source(text))
    assert cleaned.text.startswith("Musterau Tonstudio @musterau_ts · Thread · gestartet 14.09.2024")
    assert "1/4 · 14.09.2024" in cleaned.text and "2/4 · 28.11.2024" in cleaned.text
    assert cleaned.published == "2024-09-14"


def test_a_long_heading_before_a_blank_line_is_its_own_paragraph_in_unwrapped_text() -> None:
    paragraph = ("Auf Grundlage eines Kreistagsbeschlusses vom 23. Juni 2025 und des Beschlusses der Ratsversammlung "
                 "der Stadt Musterau vom 19. Juni 2025 haben der Kreis Probeland und die Stadt Musterau am 1. Juli "
                 "2025 die nachstehende Vereinbarung geschlossen.")
    heading = ("1. Bekanntmachung der öffentlich-rechtlichen Vereinbarung über die Errichtung eines gemeinsamen "
               "Kommunalunternehmens „Servicestelle Probeland-Musterau AöR“ und seiner Unternehmenssatzung")
    text = "\n\n".join(["AMTSBLATT FÜR DEN KREIS PROBELAND", heading, paragraph, paragraph, paragraph]) + "\n"
    assert heading + "\n\n" + paragraph in clean.clean(_source(text)).text


def test_an_author_handle_with_a_dot_keeps_its_line() -> None:
    text = ("Stadt Musterau ✔ @stadt.musterau · 14. Okt. 2025\n\nGeschafft! Heute haben wir den Vertrag "
            "unterzeichnet.\n")
    cleaned = clean.clean(_source(text))
    assert cleaned.text.startswith("Stadt Musterau ✔ @stadt.musterau")
    assert cleaned.published == "2025-10-14"


def test_an_agenda_items_heading_is_never_joined_with_the_line_below() -> None:
    text = ("Niederschrift über die Sitzung des Gemeinderats Musterau\n\nTOP 6 – Antrag der Fraktion Bürgerliste auf "
            "Beitritt zur Kommunalen Arbeitsgemeinschaft Oberes Musterland\nDie Kommunale Arbeitsgemeinschaft ist ein "
            "loser Zusammenschluss von elf Gemeinden entlang des Flusses.\nBeschluss: Der Antrag wird abgelehnt.\n")
    assert "Musterland\n\nDie Kommunale" in clean.clean(_source(text)).text


def test_a_speechs_speaker_in_its_stamp_line_stays_text() -> None:
    text = ("Grußwort zur Gründungsfeier der Volley Union Musterau e.V.\n\nBürgermeister Nathan Peekhaus · Sporthalle "
            "am Schulzentrum · 5. Juli 2025\n\nLiebe Gäste, heute feiern wir die neue Union.\n")
    cleaned = clean.clean(_source(text))
    assert "Bürgermeister Nathan Peekhaus" in cleaned.text
    assert cleaned.published == "2025-07-05"


def test_an_author_line_of_an_organisation_with_its_legal_form_keeps_its_line() -> None:
    text = ("# Beiträge\n\nSchachfreunde Musterau e.V. · 3. April 2025\n\nHeute haben wir den Vertrag unterschrieben."
            "\n\nSchachfreunde Musterau e.V. · 12. März 2025\n\nDer Gemeinderat hat gestern zugestimmt.\n")
    cleaned = clean.clean(_source(text))
    assert "Schachfreunde Musterau e.V. · 3. April 2025" in cleaned.text
    assert "Schachfreunde Musterau e.V. · 12. März 2025" in cleaned.text


def test_a_heading_among_short_lines_of_a_text_with_one_line_paragraphs_is_its_own_paragraph() -> None:
    lines = [
        'AMTSBLATT FÜR DEN LANDKREIS DAMSLEBEN',
        'Nr. 41 · Jahrgang 2025 · Ausgegeben am 10. Oktober 2025',
        '',
        ('Inhalt: A. Bekanntmachungen des Landkreises – B. Bekanntmachungen der Gemeinden – C. '
         'Bekanntmachungen der Zweckverbände'),
        '',
        'C. Bekanntmachungen der Zweckverbände',
        '',
        'Erste Satzung zur Änderung der Verbandssatzung des Zweckverbandes Flachs- und Leinenpfad Musterau',
        '',
        ('Aufgrund des Niedersächsischen Gesetzes über die kommunale Zusammenarbeit hat die '
         'Verbandsversammlung des Zweckverbandes Flachs- und Leinenpfad Musterau in ihrer Sitzung am 24. '
         'September 2025 einstimmig folgende Änderungssatzung beschlossen:'),
        '',
        'Artikel 1',
        '§ 1 Absatz 2 der Verbandssatzung erhält folgende Fassung:',
        ('„(2) Mitglieder des Verbandes sind die Gemeinden Beispielfeld, Probeheide, Musterberg und '
         'Probedorf.“'),
        '',
        'Artikel 2',
        ('Die Gemeinde Probedorf wird auf ihren Antrag, dem der Gemeinderat Probedorf am 26. Juni 2025 '
         'zugestimmt hat, als Mitglied in den 2025 gebildeten Verband aufgenommen. Ihre Umlage bemisst '
         'sich nach § 12 der Verbandssatzung; die Zahl der Vertreter in der Verbandsversammlung erhöht '
         'sich von sechs auf acht.'),
        '',
        'Artikel 3',
        'Diese Satzung tritt am 1. Januar 2026 in Kraft.',
        '',
        ('Der Landkreis Probeland hat die Änderungssatzung mit Verfügung vom 6. Oktober 2025 '
         'kommunalaufsichtlich genehmigt.'),
        '',
        'Beispielfeld, den 7. Oktober 2025',
        '',
        'Zweckverband Flachs- und Leinenpfad Musterau',
        'Muster',
        'Verbandsvorsteher',
        '',
        '--',
        ('Herausgeber: Landkreis Probeland, Der Landrat · Bezug: Kreishaus, Zimmer 12 · Das Amtsblatt '
         'erscheint nach Bedarf.')]
    text = "\n".join(lines) + "\n"
    assert "Flachs- und Leinenpfad Musterau\n\nAufgrund" in clean.clean(_source(text)).text


def test_a_numbered_lists_next_item_keeps_its_own_line_however_long_the_one_before() -> None:
    text = ("Musterstadt, 12.08.2024\n\nVorstand:\n1. Probehorst, Lena, Musterstadt, *11.02.1979 (Vorsitzende)\n"
            "2. Beispielmann, Klaus, Musterstadt, *30.09.1966 (stellvertretender Vorsitzender)\n"
            "3. Muster, Martina, Probedorf, *04.05.1971 (Schatzmeisterin)\n")
    assert "(stellvertretender Vorsitzender)\n3. Muster" in clean.clean(_source(text)).text
