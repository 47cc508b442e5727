from pathlib import Path

from pipeline import clean, ingest

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
