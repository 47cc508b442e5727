"""evaluate_timelines: each story's timeline against the reconciled events.csv (issue 12)."""

import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.evaluate import GoldError, evaluate_timelines


def _write_csv(path: Path, header: str, *rows: str) -> None:
    path.write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")


STORIES = {
    "wasser": {
        "releases": ["w1", "w2"],
        "events": [
            {"event_type": "founding", "subject": "Zweckverband Wasser", "object": [], "date": "2011",
             "modality": "reported", "reported_in": ["w1"], "note": "ignored"},
            {"event_type": "membership", "subject": "Gemeinde Adorf", "object": ["Zweckverband Wasser"],
             "date": "2025-01-01", "modality": "reported", "reported_in": ["w1", "w2"]},
            {"event_type": "resolution", "subject": "Gemeinde Adorf", "object": [], "date": "2024-03-12",
             "modality": "reported", "reported_in": ["w1"]},
            {"event_type": "resolution", "subject": "Gemeinde Adorf", "object": [], "date": "2024-09-10",
             "modality": "reported", "reported_in": ["w2"]},
            {"event_type": "resolution", "subject": "Gemeinde Bedorf", "object": [], "date": "2024-05-16",
             "modality": "reported", "reported_in": ["w2"]},
            {"event_type": "appointment", "subject": "Erika Beispiel", "object": ["Zweckverband Wasser"],
             "date": "2025-02-01", "modality": "reported", "reported_in": ["w2"], "people": ["Erika Beispiel"]},
            {"event_type": "other", "subject": "Gemeinde Cedorf", "object": ["Zweckverband Wasser"],
             "date": "2023-12-31", "modality": "reported", "reported_in": ["w1"]},
        ],
    },
    "strom": {
        "releases": ["s1"],
        "events": [
            {"event_type": "founding", "subject": "Stadtwerke Musterhausen GmbH", "object": ["Stadt Musterhausen"],
             "date": "2020", "modality": "reported", "reported_in": ["s1"]},
        ],
    },
}

EVENTS = (
    # the founding, named by the short form organisations.csv gives o1 → found, date right
    "e1,founding,o1,ZV Wasser,,,2011,w1",
    # Adorf's membership twice → one duplicate; one row's date is only compatible ("2025")
    "e2,membership,o2,Gemeinde Adorf,o1,Zweckverband Wasser,2025,w1",
    "e3,membership,o2,Adorf,o1,ZV Wasser,2025-01-01,w2",
    # Adorf's two resolutions, each found once by its date (not one found twice)
    "e4,resolution,o2,Gemeinde Adorf,,,2024-09-10,w2",
    "e5,resolution,o2,Gemeinde Adorf,,,2024-03-12,w1",
    # the appointment, found with a wrong date
    "e6,appointment,p1,Erika Beispiel,o1,Zweckverband Wasser,2025-03-01,w2",
    # a resolution of an organisation no story event has, sourced only from the story → extra
    "e7,resolution,o3,Gemeinde Cedorf,,,2023-11,w1",
    # matches no story event but is also sourced from another story's release → not extra
    "e8,contract_signing,o2,Gemeinde Adorf,,,2024-06,w2 | s1",
    # Bedorf's resolution, but only from a release outside the story → Bedorf stays missed
    "e9,resolution,o4,Gemeinde Bedorf,,,2024-05-16,s1",
    # the other story: its founding, named as a gold file writes it (alias "Stadtwerke")
    "e10,founding,o5,Stadtwerke,o6,Stadt Musterhausen,2020-07-01,s1",
)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    pred.mkdir()
    gold.mkdir()
    stories = tmp_path / "stories.json"
    stories.write_text(json.dumps(STORIES), encoding="utf-8")
    _write_csv(pred / "documents.csv", "doc_id", "w1", "w2", "s1")
    _write_csv(pred / "organisations.csv", "org_id,name,short_name,aliases",
               "o1,ZV Wasser,,Zweckverband Wasser", "o2,Gemeinde Adorf,Adorf,", "o3,Gemeinde Cedorf,,",
               "o4,Gemeinde Bedorf,,", "o5,Stadtwerke,,", "o6,Stadt Musterhausen,,")
    _write_csv(pred / "events.csv",
               "event_id,event_type,subject_id,subject_name,object_ids,object_names,date,doc_ids", *EVENTS)
    (gold / "s1.json").write_text(json.dumps({
        "doc_id": "s1", "organisations": [{"name": "Stadtwerke Musterhausen GmbH", "aliases": ["Stadtwerke"]},
                                          {"name": "Stadt Musterhausen"}],
        "people": [], "dates": [], "figures": [], "events": []}), encoding="utf-8")
    return stories, pred, gold


def test_a_timeline_counts_found_duplicate_and_extra_events(folders: tuple[Path, Path, Path]) -> None:
    stories, pred, gold = folders
    misses: list[str] = []
    scores = evaluate_timelines(stories, pred, gold, misses)
    w = scores["wasser"]
    assert (w.events, w.other) == (6, 1)
    assert (w.found, w.duplicates, w.extra, w.rows) == (5, 1, 1, 8)
    assert (w.dates_right, w.dates_compatible) == (4, 4)
    assert w.recall == pytest.approx(5 / 6)
    assert any("missed\tresolution Gemeinde Bedorf" in m for m in misses)
    assert any("extra\te7 resolution Gemeinde Cedorf" in m for m in misses)
    assert any("duplicate\tmembership Gemeinde Adorf" in m for m in misses)
    assert any("wrong date\tappointment Erika Beispiel" in m and "2025-03-01" in m for m in misses)
    assert (scores["strom"].found, scores["strom"].rows, scores["strom"].extra) == (1, 3, 1)
    assert (scores["strom"].dates_right, scores["strom"].dates_compatible) == (0, 1)
    pooled = scores["pooled"]
    assert (pooled.events, pooled.found, pooled.duplicates, pooled.extra) == (7, 6, 1, 2)


def test_the_gold_files_give_the_aliases_of_story_organisations(folders: tuple[Path, Path, Path]) -> None:
    stories, pred, _ = folders
    strom = evaluate_timelines(stories, pred)["strom"]
    assert (strom.found, strom.extra) == (0, 2)  # "Stadtwerke" is the GmbH only by the gold's alias


def test_the_cli_prints_the_timeline_table_only_with_stories(folders: tuple[Path, Path, Path],
                                                             capsys: pytest.CaptureFixture) -> None:
    stories, pred, gold = folders
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred)]) == 0
    plain = capsys.readouterr().out
    assert "story" not in plain and plain.startswith("category")
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--stories", str(stories)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(plain)
    rows = {line.split()[0]: line.split()[1:] for line in out[len(plain):].splitlines() if line.strip()}
    assert rows["wasser"][:2] == ["6", "5"] and rows["pooled"][:2] == ["7", "6"]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"x": {"releases": "a", "events": []}}',
                                     '{"x": {"releases": ["a"], "events": [{"event_type": "party"}]}}'])
def test_malformed_stories_exit_non_zero(folders: tuple[Path, Path, Path], content: str,
                                         capsys: pytest.CaptureFixture) -> None:
    stories, pred, gold = folders
    stories.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError):
        evaluate_timelines(stories, pred)
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--stories", str(stories)]) == 2
    assert "stories.json" in capsys.readouterr().err
