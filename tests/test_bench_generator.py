"""The benchmark generator: deterministic, n files, truth that matches the texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.generate import generate

N = 20
EVENT_TYPES = {"founding", "operations_start", "membership", "contract_signing", "resolution",
               "staff_transfer", "appointment"}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(N, tmp_path_factory.mktemp("bench_a"), seed=7, names="synthetic")


def test_deterministic_for_a_seed(corpus: Path, tmp_path: Path) -> None:
    again = generate(N, tmp_path / "b", seed=7, names="synthetic")
    assert _files(again) == _files(corpus)
    other = generate(N, tmp_path / "c", seed=8, names="synthetic")
    assert _files(other) != _files(corpus)


def test_writes_n_releases_and_truth(corpus: Path) -> None:
    texts = sorted(corpus.glob("*.txt"))
    assert len(texts) == N
    truth = [json.loads(line) for line in (corpus / "truth.jsonl").read_text("utf-8").splitlines()]
    assert sorted(t["file"] for t in truth) == [p.name for p in texts]
    assert (corpus / "manifest.csv").is_file()


def test_truth_names_occur_in_texts(corpus: Path) -> None:
    seen_types: set[str] = set()
    for line in (corpus / "truth.jsonl").read_text("utf-8").splitlines():
        truth = json.loads(line)
        text = " ".join((corpus / truth["file"]).read_text("utf-8").split())  # undo hard wrapping
        for org in truth["organisations"]:
            assert org["name"] in text or org["short_name"] in text, (truth["file"], org)
        for person in truth["people"]:
            assert person["name"] in text, (truth["file"], person)
        for d in truth["dates"]:
            assert d["text"] in text or d["text"][0].upper() + d["text"][1:] in text, (truth["file"], d)
        for f in truth["figures"]:
            assert f["text"] in text, (truth["file"], f)
        for event in truth["events"]:
            assert event["type"] in EVENT_TYPES
            assert any(alias in text for alias in event["subject_aliases"]), (truth["file"], event)
            seen_types.add(event["type"])
    assert {"founding", "membership"} <= seen_types


def test_events_are_reported_by_several_releases(tmp_path: Path) -> None:
    corpus = generate(200, tmp_path / "big", seed=3, names="synthetic")
    reports: dict[str, int] = {}
    for line in (corpus / "truth.jsonl").read_text("utf-8").splitlines():
        for event in json.loads(line)["events"]:
            reports[event["event_id"]] = reports.get(event["event_id"], 0) + 1
    assert max(reports.values()) >= 3
    assert sum(n > 1 for n in reports.values()) >= len(reports) // 4
