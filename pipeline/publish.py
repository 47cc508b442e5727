"""The output folder as a unit: one run at a time, a run's files published all
at once, and only files the pipeline wrote itself ever replaced or deleted.

A run writes its whole output set into ``OUT/.staging/``. Publishing then
writes a journal, moves each changed file into place, deletes the files an
earlier run wrote that this one no longer produces, records what it owns in
``OUT/.press-pipeline-files.json`` and removes the journal. A crash before the
journal leaves the previous output untouched; a crash after it is rolled
forward by the next run. Readers that take the shared publish lock
(``pipeline.tables`` does) never see a mix of two runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX; elsewhere runs are not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

RUN_LOCK = ".press-pipeline.lock"
PUBLISH_LOCK = ".press-pipeline-publish.lock"
OWNED = ".press-pipeline-files.json"
JOURNAL = ".press-pipeline-journal.json"
STAGING = ".staging"


class OutputError(RuntimeError):
    """The output folder cannot be used: another run holds it, it is not writable, or full."""


def check_paths(inputs: list[Path], out_dir: Path) -> None:
    """Refuse an output folder that is a file, or that overlaps an input."""
    out = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    for root in inputs:
        real = root.resolve()
        if out == real or out.is_relative_to(real) or real.is_relative_to(out):
            raise OutputError(f"input {root} and output {out_dir} overlap; choose an output folder outside "
                              "the input (the run would read its own outputs or overwrite releases)")


def check_writable(out_dir: Path, needed_bytes: int) -> None:
    """Fail early, before any heavy work, if the output folder cannot take the outputs."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    free = shutil.disk_usage(out_dir).free
    if free < needed_bytes:
        raise OutputError(f"not enough free space in {out_dir}: about {needed_bytes // 1_000_000 + 1} MB "
                          f"needed, {free // 1_000_000} MB free")


@contextlib.contextmanager
def _flock(path: Path, mode: int, blocking: bool = True) -> Iterator[bool]:
    """Hold an advisory lock on ``path``; yields False if not blocking and it is taken."""
    if fcntl is None:
        yield True
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        try:
            fcntl.flock(handle, mode | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def reading(out_dir: Path) -> Iterator[None]:
    """Read an output folder without seeing a half-published run."""
    if not (out_dir / PUBLISH_LOCK).exists():
        yield
        return
    with _flock(out_dir / PUBLISH_LOCK, fcntl.LOCK_SH if fcntl else 0):
        yield


class OutputFolder:
    """An output folder held by one run (use as a context manager)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.staging = out_dir / STAGING
        self._lock: contextlib.ExitStack | None = None

    def __enter__(self) -> OutputFolder:
        stack = contextlib.ExitStack()
        if not stack.enter_context(_flock(self.out_dir / RUN_LOCK, fcntl.LOCK_EX if fcntl else 0, blocking=False)):
            stack.close()
            raise OutputError(f"another run is writing to {self.out_dir}; wait for it to finish")
        self._lock = stack
        self.recover()
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir()
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()

    def owned(self) -> set[str]:
        """Files (relative paths) an earlier run of the pipeline wrote here."""
        try:
            return set(json.loads((self.out_dir / OWNED).read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return set()

    def publish(self, complete: bool = True) -> None:
        """Move the staged files into place, all at once for readers. A ``complete`` output set
        replaces the previous one (its files that are not staged again are deleted); otherwise
        the staged files are added to it."""
        new = sorted(_files(self.staging))
        owned = self.owned()
        stale = sorted(owned - set(new)) if complete else []
        journal = {"moves": new, "deletes": stale, "owned": sorted(set(new) | (set() if complete else owned))}
        with _flock(self.out_dir / PUBLISH_LOCK, fcntl.LOCK_EX if fcntl else 0):
            _write_synced(self.out_dir / JOURNAL, json.dumps(journal).encode())
            self._apply(journal)

    def recover(self) -> None:
        """Finish a publish that a crash interrupted (roll forward)."""
        try:
            journal = json.loads((self.out_dir / JOURNAL).read_text("utf-8"))
        except (OSError, ValueError):
            return
        with _flock(self.out_dir / PUBLISH_LOCK, fcntl.LOCK_EX if fcntl else 0):
            self._apply(journal)

    def _apply(self, journal: dict) -> None:
        for rel in journal["moves"]:
            staged, target = self.staging / rel, self.out_dir / rel
            if not staged.exists():  # moved before the crash
                continue
            if _same_bytes(staged, target):
                staged.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, target)
        for rel in journal["deletes"]:
            (self.out_dir / rel).unlink(missing_ok=True)
        _write_synced(self.out_dir / OWNED, json.dumps(journal["owned"], indent=0).encode())
        (self.out_dir / JOURNAL).unlink(missing_ok=True)


def _files(folder: Path) -> Iterator[str]:
    """Every file below ``folder``, as a relative POSIX path (``Path.rglob`` keeps a set of every path
    it yielded: ~0.7 KB per file, which for the texts and pages of 100,000 releases is 140 MB)."""
    for parent, _, names in os.walk(folder):
        rel = Path(parent).relative_to(folder).as_posix()
        for name in names:
            if os.path.isfile(os.path.join(parent, name)):
                yield name if rel == "." else f"{rel}/{name}"


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        first, second = a.stat(), b.stat()
        if (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino):
            return True  # staged as a hard link to the published file (export.write_atomic)
        if first.st_size != second.st_size:
            return False
        with a.open("rb") as one, b.open("rb") as other:  # a chunk at a time: press.sqlite may be large
            while chunk := one.read(1 << 20):
                if chunk != other.read(1 << 20):
                    return False
        return True
    except OSError:
        return False


def _write_synced(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
