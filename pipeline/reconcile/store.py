"""Reconcile's records on disk, so its memory does not grow with the corpus.

A ``Store`` is an anonymous SQLite database (a temporary file, gone when closed): reconcile
writes each release's organisation, person and event records into it as it passes over the
releases, then reads them back grouped by entity or event block, one group at a time; the
rows it builds wait there, too, until export writes them in key order. Values are
marshalled tuples and dicts of plain values.
"""

from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

pack = marshal.dumps
unpack = marshal.loads


class Store:
    """One anonymous SQLite database; ``db`` is its connection."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")  # "": a private temporary database on disk, deleted on close
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-16000", "temp_store=FILE"):
            self.db.execute(f"PRAGMA {pragma}")

    def groups(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple[Any, list[tuple]]]:
        """(first column, the other columns of each row) for each run of rows with the same first
        column, as ``sql`` orders them."""
        rows = self.db.execute(sql, tuple(params))
        for key, group in groupby(rows, key=lambda row: row[0]):
            yield key, [row[1:] for row in group]

    def close(self) -> None:
        self.db.close()
