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
version): the database is built in memory by the same statements and serialised; the
workbook carries no timestamps (its zip entries have a fixed one).
"""

from __future__ import annotations

import datetime
import io
import logging
import re
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from .export import LIST_SEPARATOR, write_atomic
from .schema import TABLES, Field, Table
from .tables import is_interval, load

log = logging.getLogger(__name__)

SQLITE = "press.sqlite"
EXCEL = "press.xlsx"
FILENAMES = (SQLITE, EXCEL)

SQL_TYPES = {"integer": "INTEGER", "number": "REAL"}
EXCEL_MAX_ROWS = 1_048_576  # including the header row
EXCEL_MAX_CHARS = 32_767  # per cell


def write_all(out_dir: Path, warnings: list[str] | None = None) -> None:
    """Write ``press.sqlite`` and ``press.xlsx`` from the CSVs in ``out_dir``; problems that
    do not stop the run (dangling foreign keys, a sheet too long for Excel) go to ``warnings``."""
    warnings = [] if warnings is None else warnings
    columns = {table.name: plain_columns(table, load(out_dir, table.name)) for table in TABLES}
    write_atomic(out_dir / SQLITE, sqlite_bytes(columns, warnings))
    write_atomic(out_dir / EXCEL, excel_bytes(columns, warnings))


def plain_columns(table: Table, frame: pd.DataFrame) -> list[list[Any]]:
    """A typed table as plain Python values, column by column: None for an empty cell, lists
    joined with ' | ', interval dates as ISO days, numbers as int or float, text as str."""
    return [_plain(f, frame[f.name]) for f in table.fields]


def _plain(f: Field, column: pd.Series) -> list[Any]:
    if f.multi:
        return [LIST_SEPARATOR.join(v) if v else None for v in column]
    if f.type in SQL_TYPES:
        return column.astype(object).where(column.notna(), None).tolist()
    if is_interval(f):
        return [None if pd.isna(v) else v for v in column.dt.strftime("%Y-%m-%d")]
    return [v or None for v in column]


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


def sqlite_bytes(columns: dict[str, list[list[Any]]], warnings: list[str]) -> bytes:
    """The database file of the tables (``plain_columns`` of each), built in memory."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("PRAGMA foreign_keys = OFF")  # rows go in table by table; checked at the end
        for table in TABLES:
            for statement in create_statements(table):
                connection.execute(statement)
            placeholders = ", ".join("?" * len(table.fields))
            connection.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({placeholders})",
                                   zip(*columns[table.name], strict=True))
        connection.commit()
        dangling = Counter(f"{child} → {parent}" for child, _, parent, _ in
                           connection.execute("PRAGMA foreign_key_check"))
        if dangling:
            warnings.append(f"{SQLITE}: rows referring to missing rows: "
                            + ", ".join(f"{k} ({n})" for k, n in sorted(dangling.items())))
            log.warning(warnings[-1])
        return connection.serialize()
    finally:
        connection.close()


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


def _escape(text: str) -> str:
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


def sheet_xml(table: Table, columns: list[list[Any]], n_rows: int) -> str:
    """One worksheet: frozen bold header, column widths, autofilter, the rows."""
    letters = [column_letter(i) for i in range(len(table.fields))]
    last = f"{letters[-1]}{n_rows + 1}"
    widths = []
    for i, (f, values) in enumerate(zip(table.fields, columns, strict=True)):
        widest = max([len(f.name) + 3, *(len(str(v)) for v in values[:200] if v is not None)])
        widths.append(f'<col min="{i + 1}" max="{i + 1}" width="{min(60, max(8, widest + 2))}" customWidth="1"/>')
    header = "".join(f'<c r="{letter}1" t="inlineStr" s="{HEADER_STYLE}"><is><t>{_escape(f.name)}</t></is></c>'
                     for f, letter in zip(table.fields, letters, strict=True))
    cells = []
    for f, letter, values in zip(table.fields, letters, columns, strict=True):
        write = _cell_writer(f, letter)
        cells.append([write(v, r) if v is not None else "" for r, v in enumerate(values[:n_rows], start=2)])
    rows = "".join(f'<row r="{r}">{"".join(row)}</row>' for r, row in enumerate(zip(*cells, strict=True), start=2))
    return (XML_HEAD + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
            f'<dimension ref="A1:{last}"/>'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            f'<cols>{"".join(widths)}</cols>'
            f'<sheetData><row r="1">{header}</row>{rows}</sheetData>'
            f'<autoFilter ref="A1:{last}"/>'
            '</worksheet>')


def excel_bytes(columns: dict[str, list[list[Any]]], warnings: list[str]) -> bytes:
    """The workbook of the tables (``plain_columns`` of each): one sheet per table."""
    parts: dict[str, str] = {}
    sheets, rels, names, overrides = [], [], [], []
    for i, table in enumerate(TABLES, start=1):
        n_rows = len(columns[table.name][0]) if columns[table.name] else 0
        if n_rows >= EXCEL_MAX_ROWS:
            warnings.append(f"{EXCEL}: sheet {table.name} holds the first {EXCEL_MAX_ROWS - 1} of {n_rows} rows "
                            f"(Excel's limit); {table.filename} and {SQLITE} have them all")
            log.warning(warnings[-1])
            n_rows = EXCEL_MAX_ROWS - 1
        parts[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(table, columns[table.name], n_rows)
        sheets.append(f'<sheet name="{table.name}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>')
        last = f"${column_letter(len(table.fields) - 1)}${n_rows + 1}"
        names.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
                     f"'{table.name}'!$A$1:{last}</definedName>")
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    rels.append(f'<Relationship Id="rId{len(TABLES) + 1}" Type="{REL_NS}/styles" Target="styles.xml"/>')
    parts["xl/workbook.xml"] = (XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                                '<bookViews><workbookView activeTab="0"/></bookViews>'
                                f'<sheets>{"".join(sheets)}</sheets>'
                                f'<definedNames>{"".join(names)}</definedNames></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (XML_HEAD + f'<Relationships xmlns="{PACKAGE_REL_NS}">'
                                           + "".join(rels) + "</Relationships>")
    parts["xl/styles.xml"] = STYLES
    parts["_rels/.rels"] = (XML_HEAD + f'<Relationships xmlns="{PACKAGE_REL_NS}">'
                            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
                            "</Relationships>")
    parts["[Content_Types].xml"] = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(overrides) + "</Types>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", *(f"xl/worksheets/sheet{i}.xml" for i in range(1, len(TABLES) + 1))]:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no timestamp: same bytes every run
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, parts[name].encode("utf-8"), compresslevel=1)  # 3× faster than 6, 20 % larger
    return buffer.getvalue()
