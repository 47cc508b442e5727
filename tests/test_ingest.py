from pathlib import Path

import pytest

from pipeline import ingest

GERMAN = "Die Stadtvertretung Großbeispielstadt hat am 3. März beschlossen, dem Zweckverband beizutreten. Ärger? Nö."


def _docs(folder: Path) -> dict[str, object]:
    return {d.path: d for d in ingest.discover([folder])}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_every_common_encoding_decodes_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(GERMAN.encode(encoding))
    doc = _docs(tmp_path)["a.txt"]
    assert doc.status == "ok", doc.error
    assert doc.text == GERMAN


def test_html_goes_through_trafilatura_and_keeps_the_title(tmp_path: Path) -> None:
    body = " ".join([GERMAN] * 3)
    html = (f"<html><head><title>Beitritt beschlossen</title></head><body><nav>Startseite | Kontakt</nav>"
            f"<article><h1>Beitritt beschlossen</h1><p>{body}</p><p>{body}</p></article>"
            f"<footer>Impressum Datenschutz</footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = _docs(tmp_path)["page.html"]
    assert doc.status == "ok"
    assert doc.title == "Beitritt beschlossen"
    assert "Zweckverband beizutreten" in doc.text
    assert "<p>" not in doc.text and "Impressum" not in doc.text


def test_an_html_stamp_above_the_headline_dates_the_page_not_a_teaser(tmp_path: Path) -> None:
    from pipeline import clean

    body = " ".join([GERMAN] * 3)
    html = ("<html><head><title>Beitritt beschlossen</title></head><body><nav>Startseite | Presse</nav>"
            "<div id='content'><p class='meta'>Pressemitteilung Nr. 7/2025 | 03.11.2025</p>"
            f"<h1>Beitritt beschlossen</h1><p>{body}</p><p>{body}</p></div>"
            "<aside><h2>Weitere Meldungen</h2><ul><li>28.10.2025 – Neues Portal freigeschaltet</li>"
            "<li>21.10.2025 – Besuch in der Akademie</li></ul></aside></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = _docs(tmp_path)["page.html"]
    assert "Pressemitteilung Nr. 7/2025 | 03.11.2025" in doc.page_stamps
    assert clean.clean(doc).published == "2025-11-03"


def test_an_update_stamp_in_the_page_footer_dates_a_page_nothing_else_dates(tmp_path: Path) -> None:
    from pipeline import clean

    body = " ".join([GERMAN] * 3) + " Die Stiftung wurde am 29. August 2025 anerkannt."
    html = ("<html><head><title>Häufige Fragen</title></head><body><nav>Startseite | Fragen</nav>"
            f"<main><h1>Häufige Fragen</h1>{f'<p>{body}</p>' * 4}</main>"
            "<footer><p>Stiftung Musterfundus · Am Markt 4 · Musterstadt</p>"
            "<p>Impressum · Datenschutz · Barrierefreiheit · Stand: 12. Februar 2026</p></footer></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = _docs(tmp_path)["page.html"]
    assert clean.clean(doc).published == "2026-02-12"


def test_an_html_headline_the_extractor_left_out_opens_the_text(tmp_path: Path) -> None:
    """A headline carries facts ("Stadtrat Musterstadt entscheidet …"); trafilatura keeps some pages'
    <h1> only as their title."""
    items = "".join(f"<li><b>18:{10 + i}</b> {GERMAN}</li>" for i in range(4))
    html = ("<html><head><title>Live: Stadtrat Musterstadt entscheidet</title></head><body>"
            "<div class='nav'>Musterstadter Bote · Lokales · Politik</div>"
            "<h1>Live-Ticker: Stadtrat Musterstadt entscheidet über den Beitritt</h1>"
            f"<p class='dateline'>Donnerstag, 21. März 2024</p><ul class='ticker'>{items}</ul></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = _docs(tmp_path)["page.html"]
    assert doc.text.splitlines()[0] == "Live-Ticker: Stadtrat Musterstadt entscheidet über den Beitritt"
    assert doc.text.count("Stadtrat Musterstadt entscheidet") == 1


def test_a_threads_replies_are_text(tmp_path: Path) -> None:
    body = " ".join([GERMAN] * 3)
    html = ("<html><head><title>Freibad</title></head><body><article><h1>Das Freibad wechselt den Träger</h1>"
            f"<p>{body}</p></article><section class='comments'><div class='comment'><strong>@leser</strong>"
            "<p>Und die Bademeister?</p><div class='comment reply'><strong>Gemeinde Musterau</strong>"
            "<p>Die neun Beschäftigten unseres Freibads würden zum 1. Mai zur Bädergesellschaft wechseln.</p>"
            "</div></div></section></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    assert "neun Beschäftigten unseres Freibads" in _docs(tmp_path)["page.html"].text


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Titel\n\nDie **Stadt** tritt [bei](http://x.de).", encoding="utf-8")
    doc = _docs(tmp_path)["a.md"]
    assert doc.text.strip().splitlines() == ["Titel", "", "Die Stadt tritt bei."]


def test_bad_files_are_reported_and_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    docs = _docs(tmp_path)
    assert docs["good.txt"].status == "ok"
    assert docs["empty.txt"].status == "empty" and docs["blank.txt"].status == "empty"
    assert docs["binary.txt"].status == "error" and "binary" in docs["binary.txt"].error
    assert docs["image.png"].status == "skipped" and ".png" in docs["image.png"].error


def test_subfolders_are_read_and_ids_are_unique(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "a.md").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text(GERMAN, encoding="utf-8")
    ids = [d.doc_id for d in ingest.discover([tmp_path])]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert "sub__a" in ids


def test_ids_and_manifest_rows_do_not_depend_on_how_the_input_is_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "in" / "manifest.csv").write_text("file,url\nsub/b.txt,https://example.org/b\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "in")
    for root in (Path("."), Path("./"), tmp_path / "in", Path("..") / "in"):
        found = ingest.list_inputs([root])
        assert [(f.doc_id, f.rel) for f in found] == [("a", "a.txt"), ("sub__b", "sub/b.txt")], root
        assert found[1].entry is not None and found[1].entry.url == "https://example.org/b"
    assert [(f.doc_id, f.rel) for f in ingest.list_inputs([Path("sub/b.txt")])] == [("b", "b.txt")]


def test_markdown_table_rows_and_headings_are_paragraphs_of_their_own() -> None:
    text = ingest.markdown_to_text("Vorspann.\n\n| Basisdaten | |\n|---|---|\n| Gründung | 1. Juli 2019 |\n"
                                   "| Sitz | Musterstadt |\n\n## Geschichte\n\nDer Verband wurde gegründet.\n")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    assert paragraphs == ["Vorspann.", "- Basisdaten", "- Gründung: 1. Juli 2019", "- Sitz: Musterstadt", "Geschichte",
                          "Der Verband wurde gegründet."]


def test_markdown_loses_inline_html_tags_and_footnote_references() -> None:
    text = ingest.markdown_to_text("Die Stiftung wurde 2024 anerkannt.<sup>[1]</sup> Im Juli 2025 trat der Kreis "
                                   "bei.[^2]<br>Nächste Zeile, 5 < 7.\n")
    assert text == "Die Stiftung wurde 2024 anerkannt.[1] Im Juli 2025 trat der Kreis bei.\nNächste Zeile, 5 < 7.\n"


def test_manifest_values_win_and_cannot_point_outside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a.txt").write_text("[08.10.2018] " + GERMAN, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,url,published,source,title\n"
        "a.txt,https://example.org/a,2018-10-09,Amtsblatt,Ein Titel\n"
        "../../etc/passwd,,,,\n", encoding="utf-8")
    docs = _docs(tmp_path)
    assert list(docs) == ["a.txt"]
    doc = docs["a.txt"]
    assert (doc.url, doc.published, doc.published_source, doc.title, doc.source) == (
        "https://example.org/a", "2018-10-09", "manifest", "Ein Titel", "Amtsblatt")
    assert "outside" in caplog.text


def test_missing_input_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(ingest.InputError):
        list(ingest.discover([tmp_path / "nope"]))


def test_a_table_row_above_the_text_dates_a_council_system_page(tmp_path: Path) -> None:
    from pipeline import clean

    body = " ".join([GERMAN] * 3)
    html = ("<html><body><div>Ratsinformationssystem | Sitzungskalender</div><table>"
            "<tr><td>Vorlage</td><td>V/2025/0417</td></tr><tr><td>Datum</td><td>20.05.2025</td></tr>"
            "<tr><td>Beratungsfolge</td><td>Rat 03.06.2025 (Entscheidung)</td></tr></table>"
            f"<div class='text'><h3>Beschlussvorschlag:</h3><p>{body}</p><p>{body}</p></div>"
            "<div>Anlagen: Satzung in der Fassung vom 01.01.2024</div></body></html>")
    (tmp_path / "vorlage.html").write_text(html, encoding="utf-8")
    assert clean.clean(_docs(tmp_path)["vorlage.html"]).published == "2025-05-20"


def test_a_chronicle_tables_row_keeps_its_date_with_its_event() -> None:
    from pipeline.ingest import html_to_text

    rows = "\n".join(f"    <tr><td>{day}</td><td>{event}</td></tr>" for day, event in [
        ("1. Januar", "Anna Kleinert übernimmt die Leitung der Kämmerei."),
        ("1. April", "Die Gemeinde wird Mitglied im Naturpark Beispielwald e.V."),
        ("15. September", "Der Gemeinderat beschließt mit 10 zu 2 Stimmen die Beteiligung an der künftigen X eG."),
        ("3. Dezember", "Eintragung der Genossenschaft in das Genossenschaftsregister.")])
    html = f"""<html><head><title>Jahresbericht 2025 – Chronik | Gemeinde Musterau</title></head><body>
<nav><a href="/">Startseite</a> · <a href="/rathaus">Rathaus</a> · <a href="/kontakt">Kontakt</a></nav>
<p class="pfad">Sie sind hier: Rathaus › Veröffentlichungen › Jahresbericht 2025</p>
<h1>Jahresbericht 2025: Das Jahr in Musterau</h1>
<p class="stand">Stand: 2. März 2026</p>
<p>{GERMAN} {GERMAN} Die wichtigsten Stationen im Überblick:</p>
<h2>Chronik</h2>
<table class="chronik">
  <thead><tr><th>Datum</th><th>Ereignis</th></tr></thead>
  <tbody>
{rows}
  </tbody>
</table>
<h2>Ausblick</h2>
<p>{GERMAN}</p>
<footer>Gemeinde Musterau · <a href="/impressum">Impressum</a></footer>
</body></html>"""
    text = html_to_text(html).text
    assert "- 1. Januar: Anna Kleinert übernimmt die Leitung der Kämmerei." in text
    assert "- 15. September: Der Gemeinderat beschließt" in text


def test_a_table_laying_out_a_newsletter_keeps_its_paragraphs() -> None:
    text = ingest.html_to_text(
        "<html><body><table><tr><td><h1>Rathausbrief</h1><h2>Unsere Brunnen haben eine Stiftung</h2>"
        "<p>Liebe Musterauerinnen und Musterauer,</p><p>es ist geschafft: Die Stiftung Musterauer Brunnen ist seit "
        "dem 2. September rechtsfähig. Das hat lange gedauert, aber nun ist es so weit.</p></td></tr></table>"
        "</body></html>").text
    assert "eine Stiftung\nLiebe" in text
