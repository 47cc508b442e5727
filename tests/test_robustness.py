"""Hostile input, crashes and parallel engines: every document reported, nothing lost."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import config
from pipeline.run import fingerprint, run

from .conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]


def _hostile_corpus(folder: Path) -> dict[str, str]:
    """Files and the status each must get."""
    folder.mkdir()
    good = (CORPUS / "001_3450ed97c43b8281.txt").read_text("utf-8")
    files = {
        "good.txt": (good.encode("utf-8"), "ok"),
        "binary.txt": (os.urandom(4096), "error"),
        "nul_bytes.txt": (b"Die Stadt\x00\x00\x00 tritt bei." * 200 + b"\x00" * 3000, "error"),
        "utf16_nobom.txt": (good.encode("utf-16-le"), "ok"),
        "mixed.txt": ("Die Stadt Großbeispiel tritt bei. ".encode() + "Müller sagt: Grüße.".encode("cp1252"), "ok"),
        "soup.html": (b"<html><body><div><div><p>Die Stadt <b>Musterhausen <i>tritt</b> bei.</p>"
                      b"<script>var a=1;</script><table><tr><td>Kreistag beschlie\xc3\x9ft"
                      + b"<div>" * 500, "ok"),
        "english.txt": (b"The city council decided on Friday to join the regional IT service provider. " * 20,
                        "ok"),
        "gibberish.txt": (" ".join("xqzv" * (i % 5 + 1) + "Ümlq" for i in range(3000)).encode(), "ok"),
        "capitals.txt": (" ".join(f"Wort{i % 97}Groß" for i in range(10_000)).encode(), "ok"),
        "brackets.txt": (("(" * 5000 + "Stadt" + ")" * 5000 + " [" * 2000).encode(), "ok"),
        "empty.md": (b"", "empty"),
        "big.txt": (("Die Stadt Musterhausen tritt dem Zweckverband bei. " * 420_000).encode(), "error"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: status for name, (_, status) in files.items()}


def test_hostile_corpus_every_document_reported(tmp_path: Path) -> None:
    import csv

    expected = _hostile_corpus(tmp_path / "in")
    started = time.perf_counter()
    summary = run([tmp_path / "in"], tmp_path / "out", config.load(cache=False), progress=False)
    assert time.perf_counter() - started < 120
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        status = {r["path"]: r["status"] for r in csv.DictReader(handle)}
    assert status == expected
    assert summary.n_ok == list(expected.values()).count("ok")
    good = (tmp_path / "out" / "texts" / "good.txt").read_text("utf-8")
    assert "Stadtvertretung" in good


def test_a_file_that_vanishes_mid_run_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import ingest

    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("a.txt", "b.txt"):
        (inp / name).write_text("Die Stadt Musterhausen tritt dem Zweckverband bei.", encoding="utf-8")
    listed = ingest.list_inputs([inp])
    (inp / "a.txt").unlink()
    monkeypatch.setattr(ingest, "list_inputs", lambda inputs, warnings=None: listed)
    summary = run([inp], tmp_path / "out", config.load(cache=False), progress=False)
    assert (summary.n_docs, summary.n_ok) == (2, 1)
    assert "unreadable" in (tmp_path / "out" / "documents.csv").read_text("utf-8")


def test_killed_run_completes_on_rerun_with_identical_output(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(60):
        for src in sorted(CORPUS.glob("*.txt")):
            (inp / f"{i:02d}_{src.name}").write_text(src.read_text("utf-8").replace("2018", str(1950 + i)),
                                                     encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(inp), "--out", str(out), "--quiet"]
    victim = subprocess.Popen(command, cwd=ROOT)
    cache = out / ".cache"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(cache.glob("*.json"))) < 40:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert 0 < len(list(cache.glob("*.json"))) < 300, "the kill should land mid-run"
    assert subprocess.run(command, cwd=ROOT, check=False).returncode == 0
    reference = tmp_path / "reference"
    run([inp], reference, config.load(cache=False), progress=False)
    assert fingerprint(out) == fingerprint(reference)


@pytest.mark.parametrize("engine,workers", [("local", 2), ("dask", 2)])
def test_parallel_engines_give_byte_identical_output(tmp_path: Path, corpus_output: Path,
                                                     engine: str, workers: int) -> None:
    run([CORPUS], tmp_path, config.load(cache=False, engine=engine, workers=workers), progress=False)
    assert fingerprint(tmp_path) == fingerprint(corpus_output)


_WORDS = ["Stadt", "Landkreis", "Amt", "GmbH", "AöR", "(", ")", "–", "-", "/", "Bürgermeisterin", "Dr.", "am",
          "1.", "Januar", "2016", "rund", "3.000", "Beschäftigte", "tritt", "bei", "gegründet", "„", "“", ",",
          "so", "der", "des", "Kreis", "Zweckverband", "e.V.", "zum", "Mio.", "Euro", "%", "\n\n", "X", "ABC"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS) | st.text(min_size=1, max_size=12), min_size=1, max_size=400))
def test_extractors_finish_fast_on_arbitrary_text(nlp, words: list[str]) -> None:
    from pipeline.extract import extract
    from pipeline.records import CleanDocument, SourceDocument

    text = " ".join(words)
    started = time.perf_counter()
    result = extract(nlp(text), SourceDocument(doc_id="x", path="x.txt"),
                     CleanDocument(doc_id="x", text=text, published="2020-05-17"), "m")
    assert time.perf_counter() - started < 2.0
    for item in [*result.mentions, *result.dates, *result.figures]:
        assert 0 <= item.start <= item.end <= len(text)
