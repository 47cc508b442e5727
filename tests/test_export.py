import csv
import io

from pipeline import export
from pipeline.schema import BY_NAME


def test_cells_are_safe_from_formula_injection() -> None:
    assert export.cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert export.cell("+49 30 1234") == "'+49 30 1234"
    assert export.cell("-Anfang") == "'-Anfang"
    assert export.cell("@Gemeinde") == "'@Gemeinde"
    assert export.cell("\tTab") == "'\tTab"
    assert export.cell("-3.5") == "-3.5"
    assert export.cell(-2) == "-2"
    assert export.cell(3.0) == "3" and export.cell(1.5) == "1.5"
    assert export.cell(["a", "b"]) == "a | b"
    assert export.cell(None) == ""
    assert export.cell("=") == "="  # the qualifier "exact": a lone operator cannot be a formula


def test_tables_are_rfc4180_sorted_and_round_trip() -> None:
    table = BY_NAME["dates"]
    rows = [{"doc_id": "b", "start": 10, "end": 12, "text": 'am "17." Dezember, 2015\nneu'},
            {"doc_id": "a", "start": 100, "end": 110, "text": "x"},
            {"doc_id": "a", "start": 9, "end": 12, "text": "y"}]
    data = export.table_bytes(table, rows)
    assert data.startswith(b"doc_id,sent_idx,start,end,text,")
    assert b"\r\n" in data
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [(r["doc_id"], r["start"]) for r in parsed] == [("a", "9"), ("a", "100"), ("b", "10")]
    assert parsed[2]["text"] == 'am "17." Dezember, 2015\nneu'
    assert export.table_bytes(table, list(reversed(rows))) == data


def test_atomic_write_leaves_no_temp_files(tmp_path) -> None:
    export.write_atomic(tmp_path / "x.csv", b"a\r\n")
    export.write_atomic(tmp_path / "x.csv", b"b\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]
    assert (tmp_path / "x.csv").read_bytes() == b"b\r\n"
