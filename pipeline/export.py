"""Export stage: write the tables as CSV (RFC 4180), the cleaned texts and
``datapackage.json``; every file atomically (temp file + rename)."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .schema import TABLES, Field, Table

LIST_SEPARATOR = " | "
FORMULA_START = frozenset("=+-@\t\r")
_OPERATORS = {"=", "<", ">", "~"}  # a lone qualifier symbol is a value, not a formula


def _file_mode() -> int:
    """The mode a new file gets under the user's umask (mkstemp alone would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _file_mode()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cell(value: Any) -> str:
    """One CSV cell: lists joined, numbers plain, text safe from formula injection."""
    if isinstance(value, str):  # the common case first
        if value[:1] in FORMULA_START and value not in _OPERATORS and not _is_number(value):
            return "'" + value
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(cell(v) for v in value)
    return cell(str(value))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def table_bytes(table: Table, rows: Iterable[Mapping[str, Any]]) -> bytes:
    """The CSV bytes of a table: header, rows sorted by primary key, CRLF line ends."""
    return _csv_bytes(table, _rendered(table, rows))


def _rendered(table: Table, rows: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    """The cells of every row, in column order."""
    return [[cell(row.get(col)) for col in table.columns] for row in rows]


def _key_part(value: str) -> tuple[int, int, str]:
    """Numbers sort by value before text."""
    return (0, int(value), "") if value.isdigit() else (1, 0, value)


def _csv_bytes(table: Table, rendered: list[list[str]]) -> bytes:
    """Sort rendered rows by primary key and write them as CSV (``rendered`` itself stays unsorted)."""
    key_positions = [table.columns.index(k) for k in table.primary_key]
    ordered = sorted(rendered, key=lambda values: tuple(_key_part(values[p]) for p in key_positions))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    writer.writerows(ordered)
    return buffer.getvalue().encode("utf-8")


def write_table(out_dir: Path, table: Table, rows: Iterable[Mapping[str, Any]],
                published: Path | None = None) -> None:
    """Check the rows against the table's schema, then write them. A table identical to
    the one in ``published`` (checked when that was written) is not checked again."""
    rows = list(rows)
    rendered = _rendered(table, rows)  # shared by the CSV and the check
    data = _csv_bytes(table, rendered)
    if not _unchanged((published or out_dir) / table.filename, data):
        _check(table, rows, rendered)
    write_atomic(out_dir / table.filename, data)


def _unchanged(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


class SchemaViolation(ValueError):
    """Rows that do not fit their table's schema: a bug in an earlier stage."""


def check(table: Table, rows: list[Mapping[str, Any]]) -> None:
    """Validate rows with pandera (types, enums, patterns, unique primary key)."""
    _check(table, rows, _rendered(table, rows))


def _check(table: Table, rows: list[Mapping[str, Any]], rendered: list[list[str]]) -> None:
    """``check`` with the rows' cells already rendered (``_rendered``, same order as ``rows``)."""
    import pandas as pd
    import pandera.pandas as pa

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
    frame = pd.DataFrame(_frame_rows(table, rows, rendered), columns=table.columns)
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise SchemaViolation(f"{table.filename}: {exc.failure_cases.head(10).to_dict('records')}") from exc


def _frame_rows(table: Table, rows: list[Mapping[str, Any]], rendered: list[list[str]]) -> list[dict[str, Any]]:
    """The rows as pandas should see them: numbers raw (missing ones None), everything else as
    its CSV cell (lists joined, missing text empty) — taken from the rendered cells."""
    numeric = [f.name for f in table.fields if f.type in ("integer", "number")]
    names = table.columns
    out = []
    for row, cells in zip(rows, rendered, strict=True):
        plain = dict(zip(names, cells, strict=True))
        for name in numeric:
            value = row.get(name)
            plain[name] = None if value in (None, "") else value
        out.append(plain)
    return out


def write_text(out_dir: Path, doc_id: str, text: str) -> None:
    write_atomic(out_dir / "texts" / f"{doc_id}.txt", text.encode("utf-8"))


def datapackage() -> dict[str, Any]:
    """Frictionless Data Package describing every CSV."""
    resources = []
    for table in TABLES:
        schema: dict[str, Any] = {
            "fields": [_field_descriptor(f) for f in table.fields],
            "primaryKey": list(table.primary_key),
            "missingValues": [""],
        }
        if table.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": column, "reference": {"resource": ref_table, "fields": ref_column}}
                for column, ref_table, ref_column in table.foreign_keys
            ]
        resources.append({
            "name": table.name,
            "path": table.filename,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "description": f"One row per {table.row}.",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"',
                        "doubleQuote": True, "header": True},
            "schema": schema,
        })
    return {
        "name": "press-release-events",
        "title": "Events extracted from German press releases",
        "profile": "tabular-data-package",
        "resources": resources,
    }


def _field_descriptor(f: Field) -> dict[str, Any]:
    descriptor: dict[str, Any] = {"name": f.name, "type": f.type, "description": f.description}
    constraints: dict[str, Any] = {}
    if f.enum:
        constraints["enum"] = list(f.enum)
    if f.pattern:
        constraints["pattern"] = f.pattern
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def write_datapackage(out_dir: Path) -> None:
    data = json.dumps(datapackage(), ensure_ascii=False, indent=2) + "\n"
    write_atomic(out_dir / "datapackage.json", data.encode("utf-8"))
