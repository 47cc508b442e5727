"""End to end: the run command over the sample corpus and hostile input."""

import csv
import subprocess
import sys
from pathlib import Path

from pipeline.cli import main

from .conftest import CORPUS


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_run_over_corpus_writes_documents_mentions_and_texts(corpus_output: Path) -> None:
    docs = _rows(corpus_output / "documents.csv")
    assert len(docs) == 5 and {d["status"] for d in docs} == {"ok"}
    assert all(d["model"].startswith("de_") for d in docs)
    published = {d["doc_id"][:3]: (d["published"], d["published_source"]) for d in docs}
    assert published["003"] == ("2018-10-08", "text") and published["000"] == ("2018-01", "text")
    mentions = _rows(corpus_output / "mentions.csv")
    assert {m["label"] for m in mentions} >= {"ORG", "PER"}
    for m in mentions:
        text = (corpus_output / "texts" / f"{m['doc_id']}.txt").read_text("utf-8")
        assert text[int(m["start"]):int(m["end"])] == m["text"]
    assert (corpus_output / "datapackage.json").is_file()


def test_rerun_is_byte_identical_with_and_without_cache(tmp_path: Path, corpus_output: Path) -> None:
    assert main(["run", str(CORPUS), "--out", str(tmp_path), "--quiet"]) == 0
    first = {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")}
    assert main(["run", str(CORPUS), "--out", str(tmp_path), "--quiet"]) == 0
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")} == first
    cold = {p.name: p.read_bytes() for p in corpus_output.glob("*.csv")}
    assert cold == first


def test_bad_documents_are_reported_and_the_run_succeeds(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_text("Die Stadt Musterhausen tritt dem Zweckverband bei.", encoding="utf-8")
    (inp / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (inp / "empty.txt").write_bytes(b"")
    (inp / "only_furniture.txt").write_text("Seite: 1/2\nDruckversion PDF Link mailen\n", encoding="utf-8")
    (inp / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert main(["run", str(inp), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    status = {d["path"]: d["status"] for d in _rows(tmp_path / "out" / "documents.csv")}
    assert status == {"good.txt": "ok", "binary.txt": "error", "empty.txt": "empty",
                      "only_furniture.txt": "empty", "notes.pdf": "skipped"}


def test_exit_codes(tmp_path: Path) -> None:
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert main(["run", str(CORPUS), "--out", str(tmp_path / "o"), "--model", "de_nope", "--quiet"]) == 2


def test_module_entry_point_prints_a_summary(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPUS), "--out", str(tmp_path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("5 documents: 5 ok (0 from the cache), 0 failed")


def test_rerun_with_nothing_new_keeps_outputs_and_repairs_tampered_ones(tmp_path: Path) -> None:
    from pipeline import config
    from pipeline.run import fingerprint, run

    inp = tmp_path / "in"
    inp.mkdir()
    for src in sorted(CORPUS.glob("*.txt"))[:2]:
        (inp / src.name).write_bytes(src.read_bytes())
    out = tmp_path / "out"
    first = run([inp], out, config.load(), progress=False)
    reference = fingerprint(out)
    again = run([inp], out, config.load(), progress=False)
    assert (again.n_docs, again.n_ok, again.n_events) == (first.n_docs, first.n_ok, first.n_events)
    assert fingerprint(out) == reference
    (out / "events.csv").write_text("tampered", encoding="utf-8")
    run([inp], out, config.load(), progress=False)
    assert fingerprint(out) == reference
    src = sorted(CORPUS.glob("*.txt"))[2]
    (inp / src.name).write_bytes(src.read_bytes())
    grown = run([inp], out, config.load(), progress=False)
    assert grown.n_docs == 3 and fingerprint(out) != reference


def test_a_rerun_with_nothing_new_loads_neither_spacy_nor_pandas(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(CORPUS), "--out", str(out), "--quiet"]) == 0
    code = ("import sys; from pipeline.cli import main; "
            f"main(['run', {str(CORPUS)!r}, '--out', {str(out)!r}, '--quiet']); "
            "print('spacy' in sys.modules, 'pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("False False"), done.stdout
