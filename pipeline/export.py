"""Export stage: write the tables as CSV (RFC 4180), the cleaned texts and
``datapackage.json``; every file atomically (temp file + rename)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import marshal
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
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


def write_staged(path: Path, data: bytes, published: Path | None) -> None:
    """Write a file into the staging folder, which only this run reads and whose files are published
    by rename: no temporary file of its own is needed (half the cost of ``write_atomic`` for the
    thousands of small texts and pages; the mode is the same, the umask's). When ``published`` (the
    file ``path`` will replace) holds ``data`` already, ``path`` becomes a hard link to it instead:
    a run that adds a few releases writes no byte of the texts and pages it would write unchanged,
    and publishing leaves them in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if published is not None and _unchanged(published, data):
        try:
            path.unlink(missing_ok=True)
            os.link(published, path)
            return
        except OSError:  # no hard links here: written as usual
            pass
    path.write_bytes(data)


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


def unescape(value: str) -> str:
    """Undo the formula-injection guard: drop the ``'`` put before text starting like a formula."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_START else value


def split(value: str | list[str]) -> list[str]:
    """The values of a multi-valued cell (a list, as ``tables.load`` gives it, is returned as it is)."""
    if isinstance(value, list):
        return value
    return [unescape(part) for part in value.split(LIST_SEPARATOR) if part]


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


def sort_key(value: Any) -> tuple[int, int, str]:
    """Where a value puts its row when it is the first primary-key column of a table."""
    return _key_part(cell(value))


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


class OutOfOrder(ValueError):
    """Rows given to a ``TableWriter`` that sort before rows it has written already."""


class TableWriter:
    """Writes one table's CSV as its rows arrive, a group at a time (one release's rows), with
    the bytes ``table_bytes`` gives for all rows at once — as long as the groups arrive in key
    order (each group's rows sort after the previous group's; ``OutOfOrder`` otherwise). Checks
    the rows against the schema as they pass; the file appears (atomically) on ``close``.

    memo (cache.OutputMemo | None): a group whose rows are the ones the last run wrote (same digest)
    is copied from the published file instead of rendered and checked again (only its key cells are
    rendered, for the order and duplicate checks); each group's digest and place is recorded for the
    next run."""

    def __init__(self, out_dir: Path, table: Table, memo: Any = None) -> None:
        self.table, self.path = table, out_dir / table.filename
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self._handle = os.fdopen(fd, "wb")
        self._buffer = io.StringIO(newline="")
        self._writer = csv.writer(self._buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._keys = [table.columns.index(k) for k in table.primary_key]
        self._last: tuple | None = None  # sort key of the last row written
        self._same: set[tuple[str, ...]] = set()  # primary keys of the rows written with that sort key
        self.n_rows = 0
        self._pos = 0  # bytes written (and waiting in ``_pending``)
        self._pending: list[int] = []  # offset and length in the published file of known groups to copy
        self._reuse = memo.previous(table.filename, table.filename) if memo is not None else None
        self._record = memo.recorder(table.filename, table.filename) if memo is not None else None
        self._memo = memo
        self._writer.writerow(table.columns)
        self._flush()

    def _flush(self) -> int:
        """Write what the CSV writer buffered. RETURNS: the bytes written."""
        data = self._buffer.getvalue().encode("utf-8")
        self._buffer.seek(0)
        self._buffer.truncate()
        self._handle.write(data)
        self._pos += len(data)
        return len(data)

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        found = None
        if self._record is not None and rows:
            key = cell(rows[0].get(self.table.primary_key[0]))
            found = (_key_part(key), key, digest(rows))
            if found[2] is None:
                found = None
            elif self._reuse is not None:
                last = self._reuse.find(found[0], key)
                if last is not None and last[2] == found[2] and self._add_known(rows, last):
                    self._record.add((*found, self._pos - last[4], *last[4:]))
                    return
        self._copy()
        start = self._pos
        keyed = self._add(rows)
        if found is not None and keyed:
            last_key = keyed[-1][0]
            self._record.add((*found, start, self._pos - start, keyed[0][0], last_key,  # type: ignore[union-attr]
                              [tuple(values[k] for k in self._keys) for sort_key, values in keyed
                               if sort_key == last_key]))

    def _add(self, rows: list[Mapping[str, Any]]) -> list[tuple[tuple, list[str]]]:
        """Render, check and write a group. RETURNS: its rows' (sort key, cells), in the order written."""
        rendered = _rendered(self.table, rows)
        keyed = sorted(((tuple(_key_part(values[p]) for p in self._keys), values) for values in rendered),
                       key=lambda pair: pair[0])
        problems = [f"{name}={values[position]!r}" for position, name, valid in _validators(self.table)
                    for _, values in keyed if values[position] and not valid(values[position])]
        problems += self._check_keys([(sort_key, tuple(values[k] for k in self._keys)) for sort_key, values in keyed])
        if problems:
            raise SchemaViolation(f"{self.table.filename}: {'; '.join(problems[:10])}")
        self._writer.writerows(values for _, values in keyed)
        self._flush()
        self.n_rows += len(keyed)
        return keyed

    def _add_known(self, rows: list[Mapping[str, Any]], last: tuple) -> bool:
        """A group the last run wrote with the same rows (its memo record ``last``: order, key, digest,
        offset, length, first and last sort key, the keys with the last sort key): its bytes are
        copied from the published file. Its rows passed the schema and duplicate checks when they were
        written; only its order against the rows written before is checked here. False if the group
        cannot be copied."""
        try:
            _, _, _, offset, length, first_key, last_key, last_keys = last
        except ValueError:
            return False
        if self._reuse.source is None:  # type: ignore[union-attr]
            return False
        if self._last is not None and first_key <= self._last:  # sorts like the last row written: checked in full
            problems = self._check_keys(sorted(((tuple(_key_part(cell(row.get(c))) for c in self.table.primary_key),
                                                 tuple(cell(row.get(c)) for c in self.table.primary_key))
                                                for row in rows), key=lambda pair: pair[0]))
            if problems:
                raise SchemaViolation(f"{self.table.filename}: {'; '.join(problems[:10])}")
        if self._pending and self._pending[0] + self._pending[1] == offset:
            self._pending[1] += length
        else:
            self._copy()
            self._pending = [offset, length]
        self._pos += length
        self._last, self._same = last_key, {tuple(k) for k in last_keys}
        self.n_rows += len(rows)
        return True

    def _copy(self) -> None:
        """Copy the bytes of the known groups waiting to be copied (contiguous in the published file)."""
        if self._pending:
            offset, length = self._pending
            self._pending = []
            data = self._reuse.read(offset, length)  # type: ignore[union-attr]
            if data is None:
                raise OSError(f"{self.table.filename}: the published file changed during the run")
            self._handle.write(data)

    def _check_keys(self, keyed: list[tuple[tuple, tuple[str, ...]]]) -> list[str]:
        """Order and uniqueness of a group's primary keys (sorted (sort key, key) pairs), against
        the rows written before. RETURNS: the problems found."""
        if keyed and self._last is not None and keyed[0][0] < self._last:
            raise OutOfOrder(f"{self.table.filename}: rows out of key order")
        problems = []
        for sort_key, key in keyed:
            if sort_key != self._last:
                self._last, self._same = sort_key, set()
            if key in self._same:
                problems.append(f"duplicate primary key {key}")
            self._same.add(key)
        return problems

    def close(self) -> None:
        self._copy()
        self._handle.close()
        self._close_memo()
        os.chmod(self._tmp, FILE_MODE)
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        self._handle.close()
        self._close_memo()
        if self._memo is not None:
            self._memo.discard(self.table.filename)
        Path(self._tmp).unlink(missing_ok=True)

    def _close_memo(self) -> None:
        if self._reuse is not None:
            self._reuse.close()
            self._reuse = None


def digest(value: object) -> bytes | None:
    """A digest of plain data (what marshal takes: rows, tuples, text), or None for other data. Equal
    digests mean equal values. (Marshal format 2: the later formats mark objects that are referenced
    twice, so equal values built otherwise would differ; a string interned in one run and not in the
    other still does, which costs a reuse, never a wrong one.)"""
    try:
        return hashlib.blake2b(marshal.dumps(value, 2), digest_size=16).digest()
    except ValueError:
        return None


def _unchanged(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


class SchemaViolation(ValueError):
    """Rows that do not fit their table's schema: a bug in an earlier stage."""


def check(table: Table, rows: list[Mapping[str, Any]]) -> None:
    """Validate rows against the table's schema (types, enums, patterns, unique primary key)."""
    _check(table, rows, _rendered(table, rows))


@cache
def _validators(table: Table) -> tuple[tuple[int, str, Callable[[str], bool]], ...]:
    """(column position, column name, test of a non-empty cell) for every constrained column,
    compiled once: the check runs at the speed of writing (pandera checks the same in the tests)."""
    out = []
    for position, f in enumerate(table.fields):
        tests: list[Callable[[str], bool]] = []
        if f.type == "integer":
            tests.append(re.compile(r"-?\d+").fullmatch)  # type: ignore[arg-type]
        elif f.type == "number":
            tests.append(_is_finite_number)
        if f.enum:
            tests.append(frozenset(f.enum).__contains__)
        if f.pattern:
            tests.append(re.compile(f"(?:{f.pattern})").fullmatch)  # type: ignore[arg-type]
        if tests:
            out.append((position, f.name, _all_of(*tests)))
    return tuple(out)


def _all_of(first: Callable[[str], Any], *more: Callable[[str], Any]) -> Callable[[str], Any]:
    """A test passed when every test passes (read as true or false), without a loop per cell."""
    if not more:
        return first
    rest = _all_of(*more)
    return lambda cell: first(cell) and rest(cell)


def _is_finite_number(cell: str) -> bool:
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False


def _check(table: Table, rows: list[Mapping[str, Any]], rendered: list[list[str]]) -> None:
    """``check`` on the rows' rendered cells (``_rendered``, same order as ``rows``)."""
    problems = []
    for position, name, valid in _validators(table):
        problems += [f"row {n}: {name}={cells[position]!r}" for n, cells in enumerate(rendered)
                     if cells[position] and not valid(cells[position])]
    keys = [table.columns.index(k) for k in table.primary_key]
    seen: set[tuple[str, ...]] = set()
    for n, cells in enumerate(rendered):
        key = tuple(cells[k] for k in keys)
        if key in seen:
            problems.append(f"row {n}: duplicate primary key {key}")
        seen.add(key)
    if problems:
        raise SchemaViolation(f"{table.filename}: {'; '.join(problems[:10])}")


def write_text(out_dir: Path, doc_id: str, text: str, published: Path | None = None) -> None:
    """``texts/<doc_id>.txt`` in ``out_dir``; linked to the one in ``published`` if that is the same."""
    rel = Path("texts") / f"{doc_id}.txt"
    write_staged(out_dir / rel, text.encode("utf-8"), published / rel if published is not None else None)


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
