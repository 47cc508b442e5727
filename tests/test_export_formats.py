"""press.sqlite and press.xlsx: written beside the CSVs from the same schema."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipeline import export, export_formats
from pipeline.schema import BY_NAME, TABLES


def csv_rows(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / BY_NAME[name].filename, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def database(corpus_output: Path):
    connection = sqlite3.connect(f"file:{corpus_output / export_formats.SQLITE}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_run_writes_both_files_and_owns_them(corpus_output: Path) -> None:
    for name in export_formats.FILENAMES:
        assert (corpus_output / name).is_file()
    assert not (corpus_output / ".staging").exists()  # published with the rest, through the staging folder


def test_sqlite_has_every_table_with_its_rows_and_clean_foreign_keys(database: sqlite3.Connection,
                                                                     corpus_output: Path) -> None:
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    names = {row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names == {t.name for t in TABLES}
    for table in TABLES:
        (count,) = database.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
        assert count == len(csv_rows(corpus_output, table.name)), table.name
    assert database.execute("SELECT count(*) FROM roles").fetchone()[0] > 0


def test_sqlite_types_and_keys_come_from_the_schema(database: sqlite3.Connection) -> None:
    for table in TABLES:
        info = database.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [row[1] for row in info] == table.columns
        types = {"integer": "INTEGER", "number": "REAL"}
        assert [row[2] for row in info] == [types.get(f.type, "TEXT") for f in table.fields]
        primary = sorted((row[5], row[1]) for row in info if row[5])
        assert tuple(name for _, name in primary) == table.primary_key
        foreign = {(row[3], row[2], row[4])
                   for row in database.execute(f'PRAGMA foreign_key_list("{table.name}")')}
        assert foreign == set(table.foreign_keys)
    # numbers are numbers, lists their joined text, empty cells NULL
    assert database.execute("SELECT typeof(n_sources), typeof(confidence) FROM events LIMIT 1").fetchone() == (
        "integer", "real")
    joined = database.execute("SELECT doc_ids FROM events WHERE doc_ids LIKE '% | %'").fetchall()
    several = database.execute("SELECT count(*) FROM events WHERE n_sources > 1").fetchone()[0]
    assert joined or not several
    assert database.execute("SELECT count(*) FROM events WHERE conflict = ''").fetchone() == (0,)


def test_sqlite_matches_the_csv_cells(database: sqlite3.Connection, corpus_output: Path) -> None:
    for table in TABLES:
        rows = database.execute(f'SELECT * FROM "{table.name}"').fetchall()
        expected = csv_rows(corpus_output, table.name)
        for row, (_, csv_row) in zip(rows, expected.iterrows(), strict=True):
            for f, value in zip(table.fields, row, strict=True):
                cell = csv_row[f.name]
                if f.type in ("integer", "number"):
                    assert value == (float(cell) if cell else None), (table.name, f.name)
                else:  # the formula guard is not needed in a database
                    assert (value or "") == (cell[1:] if cell.startswith("'") else cell), (table.name, f.name)


def test_excel_has_one_typed_sheet_per_table(corpus_output: Path) -> None:
    workbook = openpyxl.load_workbook(corpus_output / export_formats.EXCEL)
    assert workbook.sheetnames == [t.name for t in TABLES]
    for table in TABLES:
        sheet = workbook[table.name]
        header = next(sheet.iter_rows(max_row=1))
        assert [c.value for c in header] == table.columns
        assert all(c.font.b for c in header)
        assert sheet.freeze_panes == "A2"
        assert sheet.max_row - 1 == len(csv_rows(corpus_output, table.name)), table.name
    events = workbook["events"]
    columns = BY_NAME["events"].columns
    first = [c.value for c in next(events.iter_rows(min_row=2, max_row=2))]
    assert isinstance(first[columns.index("n_sources")], int)
    assert isinstance(first[columns.index("confidence")], float)
    dated = [row for row in events.iter_rows(min_row=2) if row[columns.index("date")].value]
    assert dated and all(isinstance(row[columns.index("start_date")].value, datetime.datetime) for row in dated)
    assert all(row[columns.index("start_date")].number_format == "yyyy-mm-dd" for row in dated)
    assert events.auto_filter.ref == f"A1:{export_formats.column_letter(len(columns) - 1)}{events.max_row}"


def test_excel_cells_equal_the_database_rows(database: sqlite3.Connection, corpus_output: Path) -> None:
    workbook = openpyxl.load_workbook(corpus_output / export_formats.EXCEL, read_only=True)
    for table in TABLES:
        expected = database.execute(f'SELECT * FROM "{table.name}"').fetchall()
        rows = [tuple(v.date().isoformat() if isinstance(v, datetime.datetime) else v for v in row)
                for row in workbook[table.name].iter_rows(min_row=2, values_only=True)]
        assert rows == expected, table.name
    workbook.close()


def test_column_letters() -> None:
    assert [export_formats.column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    for table in TABLES:
        export.write_table(tmp_path, table, [])
    export.write_table(tmp_path, BY_NAME["documents"], [
        {"doc_id": "a", "path": "a.txt", "title": "=HYPERLINK(\"http://x\")", "status": "ok", "n_chars": 3},
        {"doc_id": "b", "path": "b.txt", "title": "+49 Rufnummer\x07", "status": "ok"},
    ])
    export_formats.write_all(tmp_path)
    sheet = openpyxl.load_workbook(tmp_path / export_formats.EXCEL)["documents"]
    titles = [row[2] for row in sheet.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in titles] == [("=HYPERLINK(\"http://x\")", "s"),
                                                        ("+49 Rufnummer\ufffd", "s")]
    database = sqlite3.connect(tmp_path / export_formats.SQLITE)
    assert database.execute("SELECT title, n_chars, url FROM documents ORDER BY doc_id").fetchall() == [
        ("=HYPERLINK(\"http://x\")", 3, None), ("+49 Rufnummer\x07", None, None)]
    database.close()


def test_empty_tables_and_deterministic_bytes(tmp_path: Path) -> None:
    for table in TABLES:
        export.write_table(tmp_path, table, [])
    export_formats.write_all(tmp_path)
    first = {name: (tmp_path / name).read_bytes() for name in export_formats.FILENAMES}
    export_formats.write_all(tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in export_formats.FILENAMES} == first
    workbook = openpyxl.load_workbook(tmp_path / export_formats.EXCEL)
    assert workbook.sheetnames == [t.name for t in TABLES]
    assert all(workbook[t.name].max_row == 1 for t in TABLES)


def test_dangling_foreign_keys_are_reported_not_fatal(tmp_path: Path) -> None:
    for table in TABLES:
        export.write_table(tmp_path, table, [])
    export.write_table(tmp_path, BY_NAME["mentions"], [
        {"doc_id": "missing", "sent_idx": 0, "start": 0, "end": 4, "text": "Kiel", "label": "LOC"}])
    warnings: list[str] = []
    export_formats.write_all(tmp_path, warnings)
    assert len(warnings) == 1 and "mentions → documents (1)" in warnings[0]
    database = sqlite3.connect(tmp_path / export_formats.SQLITE)
    assert database.execute("SELECT count(*) FROM mentions").fetchone() == (1,)
    database.close()


def test_file_mode_follows_the_umask(corpus_output: Path) -> None:
    for name in export_formats.FILENAMES:
        assert (corpus_output / name).stat().st_mode & 0o777 == export.FILE_MODE
