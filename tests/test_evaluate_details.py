"""evaluate_details: the publication date, and the measure, qualifier and owner of matched figures (issue 13)."""

import json
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_details


def _write_csv(path: Path, header: str, *rows: str) -> None:
    path.write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "d.json").write_text(json.dumps({
        "doc_id": "d", "published": "2025-01-22",
        "organisations": [{"name": "Stadt Musterhausen", "aliases": ["Musterhausen"]}, {"name": "Muster AöR"}],
        "people": [], "dates": [], "events": [],
        "figures": [
            {"text": "18 Beschäftigte", "value": 18, "unit": "Beschäftigte", "measure": "staff",
             "org": "Muster AöR"},
            {"text": "rund 130 Mitarbeiter", "value": 130, "unit": "Mitarbeiter", "measure": "staff",
             "qualifier": "about", "org": None},
            {"text": "25.000 Euro", "value": 25000, "unit": "EUR", "measure": "share_capital",
             "org": "Muster AöR"},
        ],
    }), encoding="utf-8")
    (gold / "e.json").write_text(json.dumps({
        "doc_id": "e", "published": None, "organisations": [], "people": [], "dates": [], "figures": [],
        "events": [],
    }), encoding="utf-8")
    _write_csv(pred / "documents.csv", "doc_id,published,published_source",
               "d,2025-01-22,text", "e,2025-01,inferred")
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases", "o1,Stadt Musterhausen,,",
               "o2,Muster AöR,,")
    _write_csv(pred / "figures.csv", "figure_id,doc_id,value,unit,measure,qualifier,org_id",
               "d:1,d,18,Beschäftigte,staff,exact,o2",
               "d:2,d,130,Mitarbeiter,staff,exact,",
               "d:3,d,25000,EUR,amount,exact,o1")
    return gold, pred


def test_details_score_publication_date_measure_qualifier_and_owner(folders: tuple[Path, Path]) -> None:
    scores = evaluate_details(*folders)
    assert scores["published"] == 1.0 and scores["n_published"] == 2  # an inferred date is no date the text shows
    assert scores["figure_measure"] == pytest.approx(2 / 3)
    assert scores["figure_qualifier"] == pytest.approx(2 / 3)
    assert scores["figure_owner"] == pytest.approx(2 / 3)  # the joint total's empty owner is right
    assert scores["n_figure_owner"] == 3
