"""Reading a run's output back as pandas DataFrames (for notebooks and analysts).

    from pipeline.tables import load
    events = load("output", "events")
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .export import FORMULA_START, LIST_SEPARATOR
from .schema import BY_NAME


def unescape(value: str) -> str:
    """Undo the formula-injection guard: drop the ``'`` put before text starting like a formula."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_START else value


def split(value: str) -> list[str]:
    """The values of a multi-valued cell."""
    return [unescape(part) for part in value.split(LIST_SEPARATOR) if part]


def load(out_dir: str | Path, name: str) -> pd.DataFrame:
    """One output table, every cell a string (empty cells stay ""); a missing
    file gives an empty table with the table's columns."""
    path = Path(out_dir) / BY_NAME[name].filename
    if not path.is_file():
        return pd.DataFrame(columns=BY_NAME[name].columns, dtype=str)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.apply(lambda column: column.map(unescape))


def load_all(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Every output table of a run, by name; a clear error when the folder holds no run."""
    out_dir = Path(out_dir)
    if not (out_dir / "documents.csv").is_file():
        raise FileNotFoundError(
            f"No pipeline output in {out_dir.resolve()}. Run `python -m pipeline run corpus --out output` "
            "first, or point PIPELINE_OUTPUT at an output folder.")
    return {name: load(out_dir, name) for name in BY_NAME}
