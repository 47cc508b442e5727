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
