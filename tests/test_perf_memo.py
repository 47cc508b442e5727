"""A run that adds releases reuses what the last run wrote (pipeline/cache.py OutputMemo): CSV groups
with the rows of the last run are copied from the published file, report pages built from the same
inputs are linked; the outputs stay the bytes of a cold run, also when what a page looked up changed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline import config, export, report
from pipeline.run import fingerprint, run

from .conftest import CORPUS, ROOT

OTHERS = ROOT / "tests" / "heldout_orgs_a" / "corpus"  # releases about other organisations


def _copy(names: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for src in names:
        (folder / src.name).write_bytes(src.read_bytes())


def _count_reuse(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counts = {"groups": 0, "pages": 0}
    add_known, known = export.TableWriter._add_known, report.Writer._known

    def counting_add_known(self, *args):  # type: ignore[no-untyped-def]
        reused = add_known(self, *args)
        counts["groups"] += reused
        return reused

    def counting_known(self, *args):  # type: ignore[no-untyped-def]
        reused = known(self, *args)
        counts["pages"] += reused
        return reused

    monkeypatch.setattr(export.TableWriter, "_add_known", counting_add_known)
    monkeypatch.setattr(report.Writer, "_known", counting_known)
    return counts


def test_adding_releases_reuses_groups_and_pages_and_equals_a_cold_run(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    inp, out, cold = tmp_path / "in", tmp_path / "out", tmp_path / "cold"
    _copy(sorted(CORPUS.glob("*.txt")), inp)
    run([inp], out, config.load(), progress=False)
    counts = _count_reuse(monkeypatch)
    _copy(sorted(OTHERS.glob("*.txt"))[:2], inp)
    run([inp], out, config.load(), progress=False)
    assert counts["groups"] > 0 and counts["pages"] > 0
    run([inp], cold, config.load(cache=False), progress=False)
    assert fingerprint(out) == fingerprint(cold)


def test_a_page_is_rebuilt_when_a_row_it_shows_changed(tmp_path: Path) -> None:
    inp, out, cold = tmp_path / "in", tmp_path / "out", tmp_path / "cold"
    _copy(sorted(CORPUS.glob("*.txt")), inp)
    run([inp], out, config.load(), progress=False)
    with (out / "organisations.csv").open(encoding="utf-8", newline="") as handle:
        org = next(row for row in csv.DictReader(handle) if int(row["n_docs"]) > 1)
    (inp / "overrides.csv").write_text(f"action,target,value,note\nrename_org,{org['org_id']},Umbenannt AöR,\n",
                                       encoding="utf-8")
    run([inp], out, config.load(), progress=False)
    assert "Umbenannt AöR" in "".join(p.read_text("utf-8") for p in (out / "report" / "docs").glob("*.html"))
    run([inp], cold, config.load(cache=False), progress=False)
    assert fingerprint(out) == fingerprint(cold)


def test_a_published_file_changed_since_is_not_copied_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp, out, cold = tmp_path / "in", tmp_path / "out", tmp_path / "cold"
    _copy(sorted(CORPUS.glob("*.txt")), inp)
    run([inp], out, config.load(), progress=False)
    mentions = out / "mentions.csv"
    mentions.write_bytes(mentions.read_bytes().replace(b",ORG,", b",XYZ,"))
    page = next((out / "report" / "docs").glob("*.html"))
    page.write_bytes(page.read_bytes().replace(b"<h1>", b"<h1>edited "))
    counts = _count_reuse(monkeypatch)
    _copy(sorted(OTHERS.glob("*.txt"))[:2], inp)
    run([inp], out, config.load(), progress=False)
    assert counts["pages"] > 0
    run([inp], cold, config.load(cache=False), progress=False)
    assert fingerprint(out) == fingerprint(cold)


def test_no_cache_no_memo(tmp_path: Path) -> None:
    inp, out = tmp_path / "in", tmp_path / "out"
    _copy(sorted(CORPUS.glob("*.txt"))[:1], inp)
    run([inp], out, config.load(cache=False), progress=False)
    assert not (out / ".cache").exists()
