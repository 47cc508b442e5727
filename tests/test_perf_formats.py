"""press.sqlite / press.xlsx (pipeline/export_formats.py): a whole text column converted and written
at once gives what the cell-by-cell path gives."""

from __future__ import annotations

import pytest

from pipeline import export_formats as ef
from pipeline.schema import TABLES

FIELDS = [f for table in TABLES for f in table.fields]
TEXT = next(f for f in FIELDS if f.type == "string" and not f.multi and not f.enum and not f.pattern)
COLUMNS = [
    ("Stadt A", "", "Kreis B"),
    ("'=SUMME(A1)", "x"),
    ("x", "'+49 30 1234"),
    ("a\x00'b", "c"),
    ("", ""),
    ("Müller & Söhne", "<b>", "a\rb", "\x01", "\ufffe"),
    ("y" * (ef.EXCEL_MAX_CHARS + 5), "z"),
    ("line\none", "two"),
]


@pytest.mark.parametrize("column", COLUMNS)
def test_a_text_column_at_once_equals_cell_by_cell(column: tuple[str, ...]) -> None:
    converted = ef._column_converter(TEXT)(column)
    assert converted == [ef._converter(TEXT)(cell) for cell in column]
    write = ef._cell_writer(TEXT, "C")
    assert ef._column_writer(TEXT, "C")(converted, 7) == \
        [write(v, r) if v is not None else "" for r, v in enumerate(converted, start=7)]


def test_other_columns_keep_the_cell_converters() -> None:
    numbers = next(f for f in FIELDS if f.type == "integer")
    assert ef._column_converter(numbers)(("3", "", "12")) == [3, None, 12]
