"""Reading a run's output back as typed pandas DataFrames (for notebooks and analysts).

    from pipeline.tables import load
    events = load("output", "events")
    events["doc_ids"]       # lists of doc_ids, not " | "-joined text
    events["n_sources"]     # Int64 (missing values are <NA>)
    events["start_date"]    # datetime64: the first day of the date's interval

The types come from ``pipeline/schema.py``, the definition the CSV writer uses:

* ``integer`` columns are pandas ``Int64``, ``number`` columns ``Float64`` (empty cells ``<NA>``);
* list fields (``Field.multi``) hold Python lists (an empty cell gives ``[]``);
* interval columns (``start_date``, ``end_date``: ISO days) are ``datetime64`` (``NaT`` when empty);
  the other date columns stay ISO text at their own granularity (``2018``, ``2018-01``, ``2018-Q2``);
* every other column is text, empty cells ``""``, with the formula guard (the ``'`` written before
  text that starts like a spreadsheet formula) removed.

``load(..., typed=False)`` gives every column as text (lists joined), as in the CSV.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pandas as pd

from . import publish
from .export import split, unescape
from .schema import BY_NAME, Field, Table, is_interval

__all__ = ["is_interval", "load", "load_all", "split", "typed_frame", "unescape"]


def load(out_dir: str | Path, name: str, typed: bool = True) -> pd.DataFrame:
    """One output table, typed from the schema (see the module docstring). A missing file
    gives an empty table with the table's columns; a column the schema has but the file
    lacks (an output written by an older version) is added empty."""
    table = BY_NAME[name]
    path = Path(out_dir) / table.filename
    if path.is_file():
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    else:
        frame = pd.DataFrame(columns=table.columns, dtype=str)
    for column in table.columns:
        if column not in frame.columns:
            frame[column] = ""
    return typed_frame(table, frame) if typed else frame.apply(lambda column: column.map(unescape))


def typed_frame(table: Table, frame: pd.DataFrame) -> pd.DataFrame:
    """A table's text cells (as read from its CSV) converted to the schema's types."""
    out = {}
    fields = {f.name: f for f in table.fields}
    for column in frame.columns:
        f = fields.get(column)
        out[column] = _typed(frame[column], f) if f else frame[column].map(unescape)
    ordered = [c for c in table.columns if c in out] + [c for c in frame.columns if c not in fields]
    return pd.DataFrame(out, index=frame.index)[ordered]


def _typed(cells: pd.Series, f: Field) -> pd.Series:
    if f.multi:
        return cells.map(split).astype(object)
    if f.type in ("integer", "number"):
        numbers = pd.to_numeric(cells.where(cells != ""), errors="raise")
        return numbers.astype("Int64" if f.type == "integer" else "Float64")
    if is_interval(f):
        return pd.to_datetime(cells.where(cells != ""), format="%Y-%m-%d").astype("datetime64[ns]")
    return cells.map(unescape)


def load_all(out_dir: str | Path, typed: bool = True) -> dict[str, pd.DataFrame]:
    """Every output table of a run, by name, all from the same run (read under the publish
    lock); a clear error when the folder holds no run."""
    out_dir = Path(out_dir)
    if not (out_dir / "documents.csv").is_file():
        raise FileNotFoundError(
            f"No pipeline output in {out_dir.resolve()}. Run `python -m pipeline run corpus --out output` "
            "first, or point PIPELINE_OUTPUT at an output folder.")
    with contextlib.ExitStack() as stack:
        # a lock file that cannot be opened (another user's read-only output): read as is
        with contextlib.suppress(OSError):
            stack.enter_context(publish.reading(out_dir))
        return {name: load(out_dir, name, typed) for name in BY_NAME}
