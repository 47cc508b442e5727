import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluate import GoldError, evaluate, load_gold

from .conftest import GOLD


def test_sample_gold_is_well_formed() -> None:
    assert len(load_gold(GOLD)) == 5


@pytest.mark.parametrize("content", ["{not json", '{"doc_id": "x"}', '[1, 2]',
                                     '{"doc_id": "x", "organisations": [], "people": [], "dates": [],'
                                     ' "figures": [], "events": [{"type": "party"}]}'])
def test_malformed_gold_exits_non_zero_with_the_file_name(tmp_path: Path, content: str,
                                                          capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError):
        load_gold(tmp_path)
    assert main(["evaluate", "--gold", str(tmp_path), "--pred", str(tmp_path)]) == 2
    assert "bad.json" in capsys.readouterr().err


def _write_csv(path: Path, header: str, *rows: str) -> None:
    path.write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")


def _one_release(tmp_path: Path, gold_doc: dict) -> tuple[Path, Path]:
    """A gold folder holding release "d" and a prediction folder listing it: (gold, pred)."""
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "d.json").write_text(json.dumps(gold_doc))
    _write_csv(pred / "documents.csv", "doc_id", "d")
    return gold, pred


def test_scores_count_matches_one_to_one(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "d.json").write_text(json.dumps({
        "doc_id": "d", "organisations": [{"name": "Stadt Musterhausen", "aliases": ["Musterhausen"]},
                                         {"name": "Zweckverband Wasser"}],
        "people": [{"name": "Erika Beispiel", "role": "Bürgermeisterin", "org": "Stadt Musterhausen"}],
        "dates": [{"text": "1. Januar 2016", "value": "2016-01-01"}],
        "figures": [{"text": "18 Beschäftigten", "value": 18, "unit": "Beschäftigte"}],
        "events": [{"type": "membership", "subject": "Stadt Musterhausen", "date": "2016-01-01"}]}))
    pred = tmp_path / "pred"
    pred.mkdir()
    _write_csv(pred / "documents.csv", "doc_id", "d")
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases",
               "o1,Stadt Musterhausen,,Musterhausen", "o2,Landkreis Beispiel,,")
    _write_csv(pred / "people.csv", "person_id,name,title,roles",
               "p1,Erika Beispiel,Dr.,Bürgermeisterin @ Stadt Musterhausen")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id", "d,ORG,o1", "d,ORG,o2", "d,PER,p1")
    _write_csv(pred / "dates.csv", "doc_id,text,value", "d,zum 1. Januar 2016,2016-01-01", "d,heute,")
    _write_csv(pred / "figures.csv", "doc_id,value,unit", "d,18,Beschäftigte")
    _write_csv(pred / "events.csv", "event_id,event_type,subject_id,subject_name",
               "e1,membership,o1,Stadt Musterhausen")
    _write_csv(pred / "event_sources.csv", "event_id,doc_id,date_reported", "e1,d,2016-01-01")
    scores = evaluate(gold, pred)
    assert (scores["organisations"].tp, scores["organisations"].fp, scores["organisations"].fn) == (1, 1, 1)
    assert scores["people"].f1 == 1.0 and scores["roles"].f1 == 1.0
    assert (scores["dates"].tp, scores["dates"].fp) == (1, 1)
    assert scores["figures"].f1 == 1.0 and scores["events"].f1 == 1.0
    assert scores["events"].extra["date_accuracy"] == 1.0


def test_an_organisation_matches_by_how_the_release_wrote_it(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [{"name": "Verbandsversammlung des Zweckverbands Nordheide",
                                          "aliases": ["Verbandsversammlung des ZVN"]}],
        "people": [], "dates": [], "figures": [], "events": []})
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases", "o1,Nordheider Verbandsversammlung,,")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id,text", "d,ORG,o1,Verbandsversammlung des ZVN")
    assert evaluate(gold, pred)["organisations"].f1 == 1.0


def test_an_events_subject_matches_by_how_its_release_wrote_it(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [{"name": "Musterdorf", "type": "Gemeinde"}], "people": [], "dates": [],
        "figures": [], "events": [{"type": "resolution", "subject": "Musterdorf", "date": None}]})
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases", "o1,Gemeinde Musterdorf,,")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id,text", "d,ORG,o1,Musterdorf")
    _write_csv(pred / "events.csv", "event_id,event_type,subject_id,subject_name,doc_ids",
               "e1,resolution,o1,Gemeinde Musterdorf,d")
    _write_csv(pred / "event_sources.csv", "event_id,doc_id,date_reported", "e1,d,")
    assert evaluate(gold, pred)["events"].f1 == 1.0


def test_a_registers_surname_first_names_the_same_person(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [], "dates": [], "figures": [],
        "people": [{"name": "Beispiel, Erika"}],
        "events": [{"type": "appointment", "subject": "Beispiel, Erika", "date": None}]})
    _write_csv(pred / "people.csv", "person_id,name,title,roles", "p1,Erika Beispiel,,")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id,text", "d,PER,p1,\"Beispiel, Erika\"")
    _write_csv(pred / "events.csv", "event_id,event_type,subject_id,subject_name,doc_ids",
               "e1,appointment,p1,Erika Beispiel,d")
    _write_csv(pred / "event_sources.csv", "event_id,doc_id,date_reported", "e1,d,")
    scores = evaluate(gold, pred)
    assert scores["people"].f1 == 1.0 and scores["events"].f1 == 1.0


def test_a_roles_organisation_matches_by_how_the_release_wrote_it(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [{"name": "Musterdorf", "type": "Gemeinde"}], "dates": [], "figures": [],
        "people": [{"name": "Erika Beispiel", "role": "Bürgermeisterin", "org": "Musterdorf"}], "events": []})
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases", "o1,Gemeinde Musterdorf,,")
    _write_csv(pred / "people.csv", "person_id,name,title,roles",
               "p1,Erika Beispiel,,Bürgermeisterin @ Gemeinde Musterdorf")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id,text", "d,ORG,o1,Musterdorf", "d,PER,p1,Erika Beispiel")
    assert evaluate(gold, pred)["roles"].f1 == 1.0


def test_a_date_the_release_repeats_counts_once(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [], "people": [], "figures": [], "events": [],
        "dates": [{"text": "1. Januar 2016", "value": "2016-01-01"}]})
    _write_csv(pred / "dates.csv", "doc_id,text,value", "d,1. Januar 2016,2016-01-01", "d,1. Januar 2016,2016-01-01",
               "d,2. Januar 2016,2016-01-02")
    score = evaluate(gold, pred)["dates"]
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_two_events_of_one_type_and_subject_pair_with_the_rows_of_their_dates(tmp_path: Path) -> None:
    gold, pred = _one_release(tmp_path, {
        "doc_id": "d", "organisations": [{"name": "Land Musterland"}], "people": [], "dates": [], "figures": [],
        "events": [{"type": "resolution", "subject": "Land Musterland", "date": "2024-03-21"},
                   {"type": "resolution", "subject": "Land Musterland", "date": "2023-09-26"}]})
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases", "o1,Land Musterland,,")
    _write_csv(pred / "mentions.csv", "doc_id,label,entity_id,text", "d,ORG,o1,Land Musterland")
    _write_csv(pred / "events.csv", "event_id,event_type,subject_id,subject_name,doc_ids",
               "e1,resolution,o1,Land Musterland,d", "e2,resolution,o1,Land Musterland,d")
    _write_csv(pred / "event_sources.csv", "event_id,doc_id,date_reported", "e1,d,2023-09-26", "e2,d,2024-03-21")
    scores = evaluate(gold, pred)
    assert scores["events"].f1 == 1.0 and scores["events"].extra["date_accuracy"] == 1.0
