import csv
import io

import pytest

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


def test_written_tables_pass_pandera_built_from_the_schema(corpus_output) -> None:
    """The run checks cells with compiled tests; pandera, from the same schema, agrees."""
    import pandas as pd
    import pandera.pandas as pa

    from pipeline.schema import TABLES

    for table in TABLES:
        columns = {}
        for f in table.fields:
            checks = []
            if f.enum:
                checks.append(pa.Check.isin([*f.enum, ""]))
            if f.pattern:
                checks.append(pa.Check.str_matches(f"^(?:{f.pattern})?$"))
            dtype = {"integer": "Int64", "number": "Float64"}.get(f.type, str)
            columns[f.name] = pa.Column(dtype, checks=checks, nullable=f.type != "string", coerce=True)
        schema = pa.DataFrameSchema(columns, unique=list(table.primary_key), strict=True)
        frame = pd.read_csv(corpus_output / table.filename, dtype=str, keep_default_na=False)
        for f in table.fields:
            if f.type in ("integer", "number"):
                frame[f.name] = pd.to_numeric(frame[f.name].replace("", None))
        schema.validate(frame, lazy=True)


@pytest.mark.parametrize(("column", "value"), [("sent_idx", "x"), ("value", "2019-13-45x"),
                                               ("granularity", "fortnight"), ("start", "1.5")])
def test_a_bad_cell_is_a_schema_violation(column: str, value: object) -> None:
    from pipeline.export import SchemaViolation, check
    from pipeline.schema import BY_NAME

    row = {"doc_id": "a", "sent_idx": 1, "start": 1, "end": 2, "text": "x", "value": "2019-12",
           "granularity": "month", column: value}
    with pytest.raises(SchemaViolation, match=column):
        check(BY_NAME["dates"], [row])


def test_a_duplicate_primary_key_is_a_schema_violation() -> None:
    from pipeline.export import SchemaViolation, check
    from pipeline.schema import BY_NAME

    row = {"doc_id": "a", "sent_idx": 1, "start": 1, "end": 2, "text": "x"}
    with pytest.raises(SchemaViolation, match="duplicate"):
        check(BY_NAME["dates"], [row, dict(row)])
