"""The output files as analysts (and spreadsheets) read them."""

import csv
import json
from pathlib import Path

from frictionless import Package, system

from pipeline.cli import main


def test_datapackage_validates_against_the_files(corpus_output: Path) -> None:
    with system.use_context(trusted=True):
        report = Package(str(corpus_output / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    described = {r["path"] for r in json.loads((corpus_output / "datapackage.json").read_text())["resources"]}
    assert described == {p.name for p in corpus_output.glob("*.csv")}


def test_text_that_looks_like_a_formula_is_neutralised(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("=HYPERLINK(\"http://x\")\n\nDie Stadt Musterhausen tritt bei.", encoding="utf-8")
    (inp / "b.txt").write_text("+Neuer Verband\n\nDer Zweckverband Beispiel wurde gegründet.", encoding="utf-8")
    (inp / "manifest.csv").write_text("file,url,published,source,title\n"
                                      "a.txt,@evil,2020-01-02,-Quelle,\n", encoding="utf-8")
    assert main(["run", str(inp), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    raw = (tmp_path / "out" / "documents.csv").read_text("utf-8")
    rows = {r["path"]: r for r in csv.DictReader(raw.splitlines())}
    assert rows["a.txt"]["title"] == "'=HYPERLINK(\"http://x\")"
    assert rows["a.txt"]["url"] == "'@evil" and rows["a.txt"]["source"] == "'-Quelle"
    assert rows["b.txt"]["title"] == "'+Neuer Verband"
    for path in (tmp_path / "out").glob("*.csv"):
        for row in csv.reader(path.read_text("utf-8").splitlines()):
            for value in row:
                if value[:1] in ("=", "+", "-", "@") and value != "=":
                    float(value)  # only numbers (and the lone qualifier "=") may start like a formula


def test_output_files_follow_the_umask(tmp_path: Path) -> None:
    import os
    import stat
    import subprocess
    import sys

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("Die Stadt Musterhausen tritt dem Zweckverband bei.", encoding="utf-8")
    code = ("import os; os.umask(0o022); from pipeline.cli import main; "
            f"main(['run', {str(inp)!r}, '--out', {str(tmp_path / 'out')!r}, '--quiet', '--no-cache'])")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    for name in ("documents.csv", "events.csv", "run.json", "texts/a.txt"):
        mode = stat.S_IMODE(os.stat(tmp_path / "out" / name).st_mode)
        assert mode == 0o644, (name, oct(mode))


def test_an_empty_input_folder_is_warned_about(tmp_path: Path, caplog) -> None:
    from pipeline import config
    from pipeline.run import run

    (tmp_path / "in").mkdir()
    summary = run([tmp_path / "in"], tmp_path / "out", config.load(cache=False), progress=False)
    assert summary.n_docs == 0 and any("no input files" in w for w in summary.warnings)
    assert "no input files" in (tmp_path / "out" / "run.json").read_text("utf-8")


def test_evaluating_against_another_corpus_is_warned_about(tmp_path: Path, corpus_output: Path, caplog) -> None:
    import json

    from pipeline.evaluate import evaluate

    (tmp_path / "x.json").write_text(json.dumps({"doc_id": "not_in_output", "organisations": [], "people": [],
                                                 "dates": [], "figures": [], "events": []}), encoding="utf-8")
    evaluate(tmp_path, corpus_output)
    assert "not in" in caplog.text and "not_in_output" in caplog.text


def test_releases_without_a_publication_date_are_warned_about(tmp_path: Path) -> None:
    from pipeline import config
    from pipeline.run import run

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "undated.txt").write_text("Die Stadt Musterhausen tritt dem Zweckverband bei.", encoding="utf-8")
    (inp / "dated.txt").write_text("Musterhausen, 22.01.2025 – Die Stadt Musterhausen tritt dem Zweckverband bei.",
                                   encoding="utf-8")
    summary = run([inp], tmp_path / "out", config.load(cache=False), progress=False)
    (warning,) = [w for w in summary.warnings if "publication date" in w]
    assert warning.startswith("1 release(s)") and "undated" in warning and "dated," not in warning
