"""The tables in other formats, beside the CSVs and from the same schema: a SQLite
database (``press.sqlite``) and an Excel workbook (``press.xlsx``).

Both are built from the CSVs just written (read back typed by ``tables.load``), so
they hold exactly the CSVs' rows, in the same order:

* SQLite: one table per CSV, column types from the schema (integer → INTEGER, number →
  REAL, text and ISO dates → TEXT), the schema's primary and foreign keys (with an index
  on each foreign key column), empty cells as NULL, lists as their joined text
  (``a | b``). ``PRAGMA foreign_key_check`` is clean; ``datasette press.sqlite`` opens it
  as it is.
* Excel (Office Open XML, as openpyxl and Excel read it): one sheet per table, header
  row bold and frozen, with an autofilter; integers and numbers as number cells, interval
  columns (``start_date``, ``end_date``) as date cells, lists as their joined text, text
  always as text (never a formula). The sheets are serialised here column by column:
  writing them cell by cell through openpyxl took 24 s for 2,000 releases (a third of
  the whole extraction), this takes about one.

Both files are byte-identical for identical tables (the database with the same SQLite
version): the database file's header carries no change counter or library version (as a
serialised in-memory database has none); the workbook carries no timestamps (its zip
entries have a fixed one). The CSVs are read ``CHUNK_ROWS`` rows at a time and each chunk
goes into the database and the sheet before the next is read, so memory stays flat in the
size of the tables (a sheet's XML waits in an anonymous temporary file until the workbook
is zipped).
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from .export import FILE_MODE, LIST_SEPARATOR, split, unescape
from .schema import TABLES, Field, Table, is_interval

log = logging.getLogger(__name__)

SQLITE = "press.sqlite"
EXCEL = "press.xlsx"
FILENAMES = (SQLITE, EXCEL)

SQL_TYPES = {"integer": "INTEGER", "number": "REAL"}
EXCEL_MAX_ROWS = 1_048_576  # including the header row
EXCEL_MAX_CHARS = 32_767  # per cell


CHUNK_ROWS = 2_000  # rows read, converted and written at a time: the memory this step needs
WIDTH_ROWS = 200  # a sheet's column widths fit the first rows


def write_all(out_dir: Path, warnings: list[str] | None = None) -> None:
    """Write ``press.sqlite`` and ``press.xlsx`` from the CSVs in ``out_dir``; problems that
    do not stop the run (dangling foreign keys, a sheet too long for Excel) go to ``warnings``."""
    warnings = [] if warnings is None else warnings
    with contextlib.ExitStack() as stack:
        database = stack.enter_context(_Database(out_dir / SQLITE))
        sheets = []
        for table in TABLES:
            sheet = _Sheet(table, stack.enter_context(tempfile.TemporaryFile(dir=out_dir)))
            for columns in _column_chunks(out_dir, table):
                database.insert(table, columns)
                sheet.add(columns)
            sheets.append(sheet)
        database.finish(warnings)
        _write_workbook(out_dir / EXCEL, sheets, warnings)


def _column_chunks(out_dir: Path, table: Table) -> Iterator[list[list[Any]]]:
    """The plain values of a table's CSV (see ``plain_value``), column by column, ``CHUNK_ROWS`` rows
    at a time (at least one chunk). Read with the csv module: the values ``tables.load`` gives, without
    pandas (which a run then need not import)."""
    convert = [_column_converter(f) for f in table.fields]
    with (out_dir / table.filename).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is not None and header != table.columns:
            raise ValueError(f"{table.filename}: columns {header} are not the schema's {table.columns}")
        empty = True
        while rows := list(islice(reader, CHUNK_ROWS)):
            empty = False
            yield [fn(column) for fn, column in zip(convert, zip(*rows, strict=True), strict=True)]
        if empty:
            yield [[] for _ in table.fields]


def _column_converter(f: Field) -> Callable[[tuple[str, ...]], list[Any]]:
    """``_converter`` over a column's cells; a text column none of whose cells starts with the formula
    guard's ``'`` at once (its cells as they are, empty ones None)."""
    one = _converter(f)
    if f.multi or f.type in SQL_TYPES or is_interval(f):
        return lambda column: list(map(one, column))

    def text(column: tuple[str, ...]) -> list[Any]:
        if column[0][:1] == "'" or "\x00'" in "\x00".join(column):
            return list(map(one, column))
        return [cell or None for cell in column]

    return text


def _converter(f: Field) -> Callable[[str], Any]:
    """A CSV cell → its plain value: None for an empty cell, lists as their unescaped items joined
    with ' | ', integers as int, numbers as float, interval dates as ISO days (checked), text unescaped."""
    if f.multi:
        return lambda cell: LIST_SEPARATOR.join(split(cell)) or None
    if f.type == "integer":
        return lambda cell: int(cell) if cell else None
    if f.type == "number":
        return lambda cell: float(cell) if cell else None
    if is_interval(f):
        return lambda cell: cell if cell and datetime.date.fromisoformat(cell) else None
    return lambda cell: unescape(cell) or None


# --- SQLite -------------------------------------------------------------------------------------

def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_statements(table: Table) -> list[str]:
    """CREATE TABLE (with keys) and CREATE INDEX statements of one table."""
    columns = [f"{_quote(f.name)} {SQL_TYPES.get(f.type, 'TEXT')}" for f in table.fields]
    keys = [f"PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})"]
    keys += [f"FOREIGN KEY ({_quote(column)}) REFERENCES {_quote(ref)} ({_quote(ref_column)})"
             for column, ref, ref_column in table.foreign_keys]
    statements = [f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(columns + keys) + "\n)"]
    statements += [f"CREATE INDEX {_quote(f'{table.name}_{column}')} ON {_quote(table.name)} ({_quote(column)})"
                   for column, _, _ in table.foreign_keys]
    return statements


class _Database:
    """The database file, filled table by table and chunk by chunk (written as ``.<name>.tmp``
    and renamed into place by ``finish``)."""

    def __init__(self, path: Path) -> None:
        self.path, self.tmp = path, path.with_name(f".{path.name}.tmp")
        self.tmp.unlink(missing_ok=True)
        self.connection = sqlite3.connect(self.tmp)
        self.connection.execute("PRAGMA journal_mode = OFF")  # a failed run leaves only the temp file
        self.connection.execute("PRAGMA synchronous = OFF")  # publish syncs
        self.connection.execute("PRAGMA foreign_keys = OFF")  # rows go in table by table; checked at the end
        self.created: set[str] = set()

    def insert(self, table: Table, columns: list[list[Any]]) -> None:
        if table.name not in self.created:
            for statement in create_statements(table):
                self.connection.execute(statement)
            self.created.add(table.name)
        placeholders = ", ".join("?" * len(table.fields))
        self.connection.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({placeholders})",
                                    zip(*columns, strict=True))

    def finish(self, warnings: list[str]) -> None:
        self.connection.commit()
        dangling = Counter(f"{child} → {parent}" for child, _, parent, _ in
                           self.connection.execute("PRAGMA foreign_key_check"))
        if dangling:
            warnings.append(f"{SQLITE}: rows referring to missing rows: "
                            + ", ".join(f"{k} ({n})" for k, n in sorted(dangling.items())))
            log.warning(warnings[-1])
        self.connection.close()
        with self.tmp.open("r+b") as handle:  # the header as a serialised in-memory database has it
            handle.seek(24)
            handle.write(bytes(4))  # file change counter
            handle.seek(92)
            handle.write(bytes(8))  # version-valid-for number, SQLite version number
        os.chmod(self.tmp, FILE_MODE)
        os.replace(self.tmp, self.path)

    def __enter__(self) -> _Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.connection.close()
        self.tmp.unlink(missing_ok=True)


# --- Excel --------------------------------------------------------------------------------------

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
HEADER_STYLE, DATE_STYLE = 1, 2  # indexes into cellXfs below
STYLES = (XML_HEAD + f'<styleSheet xmlns="{MAIN_NS}">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
          '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill>'
          '<fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>')
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EPOCH = datetime.date(1899, 12, 30)  # Excel's day 0 (1900 date system)


_XML_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # what _escape changes


def _escape(text: str) -> str:
    if len(text) <= EXCEL_MAX_CHARS and not _XML_SPECIAL.search(text):
        return text  # the common case: nothing to change
    text = text[:EXCEL_MAX_CHARS].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _ILLEGAL_XML.sub("\ufffd", text)
    return text.replace("\r", "&#13;") if "\r" in text else text


def column_letter(index: int) -> str:
    """A, B, …, Z, AA, … for 0, 1, …"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_writer(f: Field, letter: str) -> Callable[[Any, int], str]:
    """The XML of one cell of a column (for a non-empty value)."""
    if f.type in SQL_TYPES:
        return lambda v, r: f'<c r="{letter}{r}"><v>{v!r}</v></c>'
    if is_interval(f):
        return lambda v, r: (f'<c r="{letter}{r}" s="{DATE_STYLE}">'
                             f'<v>{(datetime.date.fromisoformat(v) - _EPOCH).days}</v></c>')
    return lambda v, r: f'<c r="{letter}{r}" t="inlineStr"><is><t xml:space="preserve">{_escape(v)}</t></is></c>'


def _column_writer(f: Field, letter: str) -> Callable[[list[Any], int], list[str]]:
    """The XML of a column's cells from row ``first`` on ('' for an empty value); a text column with
    nothing to escape (no cell too long, no character ``_escape`` changes) without a call per cell."""
    write = _cell_writer(f, letter)

    def cells(values: list[Any], first: int) -> list[str]:
        return [write(v, r) if v is not None else "" for r, v in enumerate(values, start=first)]

    if f.type in SQL_TYPES or is_interval(f):
        return cells

    def text(values: list[Any], first: int) -> list[str]:
        present = [v for v in values if v is not None]
        if present and (max(map(len, present)) > EXCEL_MAX_CHARS or _XML_SPECIAL.search("\n".join(present))):
            return cells(values, first)
        return [f'<c r="{letter}{r}" t="inlineStr"><is><t xml:space="preserve">{v}</t></is></c>' if v is not None
                else "" for r, v in enumerate(values, start=first)]

    return text


class _Sheet:
    """One worksheet, its rows serialised into ``body`` chunk by chunk (``add``), then wrapped
    in its head (frozen bold header, column widths from the first rows) and tail (autofilter)."""

    def __init__(self, table: Table, body: IO[bytes]) -> None:
        self.table, self.body = table, body
        self.letters = [column_letter(i) for i in range(len(table.fields))]
        self.writers = [_column_writer(f, letter) for f, letter in zip(table.fields, self.letters, strict=True)]
        self.widest = [len(f.name) + 3 for f in table.fields]  # characters, over the first WIDTH_ROWS rows
        self.n_rows = 0  # rows of the table (the sheet holds at most EXCEL_MAX_ROWS - 1)

    def add(self, columns: list[list[Any]]) -> None:
        sample = max(0, WIDTH_ROWS - self.n_rows)
        self.widest = [max([widest, *(len(str(v)) for v in values[:sample] if v is not None)])
                       for widest, values in zip(self.widest, columns, strict=True)]
        first, room = self.n_rows + 2, max(0, EXCEL_MAX_ROWS - 1 - self.n_rows)
        cells = [write(values[:room], first) for write, values in zip(self.writers, columns, strict=True)]
        self.body.write("".join(f'<row r="{r}">{"".join(row)}</row>'
                                for r, row in enumerate(zip(*cells, strict=True), start=first)).encode("utf-8"))
        self.n_rows += len(columns[0]) if columns else 0

    def sheet_rows(self) -> int:
        return min(self.n_rows, EXCEL_MAX_ROWS - 1)

    def write(self, dest: IO[bytes]) -> None:
        last = f"{self.letters[-1]}{self.sheet_rows() + 1}"
        header = "".join(f'<c r="{letter}1" t="inlineStr" s="{HEADER_STYLE}"><is><t>{_escape(f.name)}</t></is></c>'
                         for f, letter in zip(self.table.fields, self.letters, strict=True))
        cols = "".join(f'<col min="{i}" max="{i}" width="{min(60, max(8, widest + 2))}" customWidth="1"/>'
                       for i, widest in enumerate(self.widest, start=1))
        dest.write((XML_HEAD + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                    f'<dimension ref="A1:{last}"/>'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                    'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
                    '</sheetView></sheetViews>'
                    '<sheetFormatPr defaultRowHeight="15"/>'
                    f'<cols>{cols}</cols>'
                    f'<sheetData><row r="1">{header}</row>').encode("utf-8"))
        self.body.seek(0)
        shutil.copyfileobj(self.body, dest, 1 << 20)
        dest.write(f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>'.encode())


def _write_workbook(path: Path, sheets: list[_Sheet], warnings: list[str]) -> None:
    """The workbook: one sheet per table (written as ``.<name>.tmp``, then renamed into place)."""
    sheet_list, rels, names, overrides = [], [], [], []
    for i, sheet in enumerate(sheets, start=1):
        table, n_rows = sheet.table, sheet.sheet_rows()
        if sheet.n_rows > n_rows:
            warnings.append(f"{EXCEL}: sheet {table.name} holds the first {n_rows} of {sheet.n_rows} rows "
                            f"(Excel's limit); {table.filename} and {SQLITE} have them all")
            log.warning(warnings[-1])
        sheet_list.append(f'<sheet name="{table.name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>')
        last = f"${column_letter(len(table.fields) - 1)}${n_rows + 1}"
        names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
                     f"'{table.name}'!$A$1:{last}</definedName>")
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    rels.append(f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL_NS}/styles" Target="styles.xml"/>')
    parts: dict[str, str | _Sheet] = {
        "[Content_Types].xml": (
            XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(overrides) + "</Types>"),
        "_rels/.rels": (XML_HEAD + f'<Relationships xmlns="{PACKAGE_REL_NS}">'
                        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
                        "</Relationships>"),
        "xl/workbook.xml": (XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                            '<bookViews><workbookView activeTab="0"/></bookViews>'
                            f'<sheets>{"".join(sheet_list)}</sheets>'
                            f'<definedNames>{"".join(names)}</definedNames></workbook>'),
        "xl/_rels/workbook.xml.rels": (XML_HEAD + f'<Relationships xmlns="{PACKAGE_REL_NS}">'
                                       + "".join(rels) + "</Relationships>"),
        "xl/styles.xml": STYLES,
        **{f"xl/worksheets/sheet{i}.xml": sheet for i, sheet in enumerate(sheets, start=1)},
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as handle, zipfile.ZipFile(handle, "w") as archive:
            for name, part in parts.items():
                entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no timestamp: same bytes every run
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry._compresslevel = 1  # 3× faster than 6, 20 % larger (what writestr(compresslevel=1) sets)
                entry.external_attr = 0o644 << 16
                with archive.open(entry, "w") as dest:
                    if isinstance(part, _Sheet):
                        part.write(dest)
                    else:
                        dest.write(part.encode("utf-8"))
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
