"""The run writes per-release tables, texts and report pages as results arrive and reconciles from
compact records (pipeline/spool.py) through an on-disk store (pipeline/reconcile/store.py); its
outputs must be the bytes of everything built at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline import config, export, export_formats, ingest, nlp, report
from pipeline.cache import DocCache
from pipeline.reconcile import reconcile
from pipeline.reconcile.store import Store
from pipeline.records import (
    CleanDocument,
    DocResult,
    EventReport,
    Mention,
    OrgRecord,
    PersonRecord,
    RoleRecord,
    SourceDocument,
)
from pipeline.run import process, run
from pipeline.schema import BY_NAME, TABLES
from pipeline.spool import Release, Releases, Spool

from .conftest import CORPUS


def _results(folder: Path) -> list[DocResult]:
    """Every release's full DocResult, in input order, as the run gets them."""
    cfg = config.load(cache=False)
    sources = [ingest.read_input(f) for f in ingest.list_inputs([folder], [])]
    return list(process(sources, nlp.model_identity(cfg), DocCache(None, "", ""), cfg))


def _in_memory(results: list[DocResult]) -> dict[str, bytes]:
    """CSVs and report of the results, all rows built at once (as the run did before streaming)."""
    tables = reconcile(results)
    files = {table.filename: export.table_bytes(table, tables[table.name]) for table in TABLES}
    texts = {r.document.doc_id: r.clean.text for r in results if r.clean and r.document.status == "ok"}
    files.update(report.build(tables, texts, {r.document.doc_id: r.sentences for r in results}))
    files.update({f"texts/{doc_id}.txt": text.encode("utf-8") for doc_id, text in texts.items()})
    return files


def test_streamed_run_equals_everything_built_at_once(corpus_output: Path) -> None:
    expected = _in_memory(_results(CORPUS))
    assert len([name for name in expected if name.startswith("report/docs/")]) == 5
    for name, data in expected.items():
        assert (corpus_output / name).read_bytes() == data, name


def test_doc_ids_whose_figure_ids_sort_otherwise_still_give_sorted_tables(tmp_path: Path) -> None:
    """Doc ids "9" and "10": mentions sort 9 before 10 (numbers), figure ids "10:…" before "9:…"
    (text), so figures.csv cannot be streamed in the mentions' order and is written at once."""
    inp = tmp_path / "in"
    inp.mkdir()
    for name, staff in (("9", 120), ("10", 80)):
        (inp / f"{name}.txt").write_text(f"Die Stadt Musterhausen beschäftigt {staff} Mitarbeiterinnen und "
                                         "Mitarbeiter in der Verwaltung.\n", encoding="utf-8")
    run([inp], tmp_path / "out", config.load(cache=False), progress=False)
    figures = (tmp_path / "out" / "figures.csv").read_text("utf-8").splitlines()
    assert [line.split(",")[0] for line in figures[1:]] == ["10:35", "9:35"]
    for name, data in _in_memory(_results(inp)).items():
        assert (tmp_path / "out" / name).read_bytes() == data, name


def _rows(doc_id: str, starts: list[int]) -> list[dict]:
    return [{"doc_id": doc_id, "sent_idx": 0, "start": s, "end": s + 3, "text": "KDN", "label": "ORG",
             "entity_id": ""} for s in starts]


def test_table_writer_gives_the_bytes_of_the_whole_table(tmp_path: Path) -> None:
    table = BY_NAME["mentions"]
    groups = [_rows("a", [40, 4]), _rows("b", [7]), [], _rows("c", [1, 100, 20])]
    writer = export.TableWriter(tmp_path, table)
    for group in groups:
        writer.add(group)
    writer.close()
    assert (tmp_path / table.filename).read_bytes() == export.table_bytes(table, [r for g in groups for r in g])
    assert writer.n_rows == 6


def test_table_writer_refuses_rows_out_of_order_and_duplicates(tmp_path: Path) -> None:
    table = BY_NAME["mentions"]
    writer = export.TableWriter(tmp_path, table)
    writer.add(_rows("b", [1]))
    with pytest.raises(export.OutOfOrder):
        writer.add(_rows("a", [1]))
    with pytest.raises(export.SchemaViolation, match="duplicate primary key"):
        writer.add(_rows("c", [5, 5]))
    writer.discard()
    assert not list(tmp_path.iterdir())  # nothing half-written is left behind


def test_a_release_answers_like_its_result_and_keeps_what_a_pass_changed(tmp_path: Path) -> None:
    result = next(r for r in _results(CORPUS) if r.figures and r.dates)
    with Spool(tmp_path) as spool:
        (tmp_path / "texts").mkdir()
        (tmp_path / "texts" / f"{result.document.doc_id}.txt").write_bytes(result.clean.text.encode("utf-8"))
        release = Release(result, spool, tmp_path / "texts")
        assert (release.sentences, release.mentions, release.dates, release.figures) == \
            (result.sentences, result.mentions, result.dates, result.figures)
        assert release.clean.text == result.clean.text and release.n_chars == len(result.clean.text)
        releases = Releases([release])
        for r in releases:  # a pass that changes a release (as the run-wide name pass does)
            r.mentions.pop()
        assert release._loaded is None  # freed once the pass moved on …
        assert release.mentions == result.mentions[:-1]  # … and written back


def test_database_and_workbook_do_not_depend_on_the_chunk_size(corpus_output: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for table in TABLES:
        (tmp_path / table.filename).write_bytes((corpus_output / table.filename).read_bytes())
    monkeypatch.setattr(export_formats, "CHUNK_ROWS", 7)
    export_formats.write_all(tmp_path)
    for name in export_formats.FILENAMES:
        assert (tmp_path / name).read_bytes() == (corpus_output / name).read_bytes(), name
    with sqlite3.connect(tmp_path / export_formats.SQLITE) as db:
        n_mentions = db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert n_mentions == len((corpus_output / "mentions.csv").read_text("utf-8").splitlines()) - 1 > 7
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def _invented(doc_id: str, town: str, published: str = "2021-03-04") -> DocResult:
    """A release about an invented town that joins an invented service provider."""
    text = f"Die Stadt {town} tritt dem Datenverbund Quellmark bei, sagte Erika Musterfrau."
    return DocResult(
        document=SourceDocument(doc_id, f"{doc_id}.txt", sha256=doc_id * 4),
        clean=CleanDocument(doc_id, text, title=f"{town} tritt bei", published=published),
        sentences=[(0, len(text))],
        mentions=[Mention(0, 4, 9 + len(town), f"Stadt {town}", "ORG", "org:1")],
        organisations=[OrgRecord("org:1", f"Stadt {town}", org_type="Stadt", n_mentions=1),
                       OrgRecord("org:2", "Datenverbund Quellmark", aliases=["DVQ"], n_mentions=1)],
        people=[PersonRecord("per:1", "Erika Musterfrau", roles=[RoleRecord("Sprecherin", "org:2")])],
        events=[EventReport("membership", 0, 0, len(text), text, subject_key="org:1", object_keys=["org:2"])],
    )


def test_a_release_keeps_only_its_id_and_reads_its_parts_back(tmp_path: Path) -> None:
    result = _invented("pm-1", "Beispielhausen")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "pm-1.txt").write_text(result.clean.text, encoding="utf-8")
    with Spool(tmp_path) as spool:
        release = Release(result, spool, tmp_path / "texts")
        assert release.doc_id == "pm-1" and release._loaded is None  # nothing decoded in memory
        assert (release.document, release.organisations, release.people, release.events) == \
            (result.document, result.organisations, result.people, result.events)
        assert (release.clean.title, release.clean.published, release.clean.text) == \
            ("Beispielhausen tritt bei", "2021-03-04", result.clean.text)
        release.unload(save=True)  # nothing changed: nothing written again
        assert release._loaded is None and release.people == result.people


def test_reconcile_from_releases_equals_reconcile_from_results_and_frees_every_release(tmp_path: Path) -> None:
    towns = ("Beispielhausen", "Musterau", "Quelldorf")
    results = [_invented(f"pm-{i}", town) for i, town in enumerate(towns)]
    (tmp_path / "texts").mkdir()
    with Spool(tmp_path) as spool:
        releases = Releases()
        for result in results:
            (tmp_path / "texts" / f"{result.document.doc_id}.txt").write_text(result.clean.text, encoding="utf-8")
            releases.append(Release(result, spool, tmp_path / "texts"))
        spooled = reconcile(releases)
        assert all(release._loaded is None for release in releases)
        expected = reconcile([_invented(f"pm-{i}", town) for i, town in enumerate(towns)])
        for table in TABLES:
            assert spooled[table.name] == expected[table.name], table.name
        assert all(release._loaded is None for release in releases)
        [hub] = [row for row in expected["organisations"] if row["name"] == "Datenverbund Quellmark"]
        assert spooled.row("organisations", hub["org_id"]) == hub and hub["n_docs"] == 3
        assert [s["doc_id"] for s in spooled.sources_of_release("pm-1")] == ["pm-1"]
        assert spooled.count("events") == 3 and list(spooled.keys("documents")) == ["pm-0", "pm-1", "pm-2"]
        spooled.close()
        expected.close()


def test_store_gives_rows_grouped_by_their_first_column() -> None:
    store = Store()
    store.db.execute("CREATE TABLE t (k TEXT, v INTEGER)")
    store.db.executemany("INSERT INTO t VALUES (?, ?)", [("b", 1), ("a", 2), ("b", 3)])
    assert list(store.groups("SELECT k, v FROM t ORDER BY k, v")) == [("a", [(2,)]), ("b", [(1,), (3,)])]
    store.close()
