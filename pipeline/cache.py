"""Per-document result cache, keyed by input bytes and everything that shapes
the result (pipeline version, model, resources, config)."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from . import __version__, resources
from .export import write_atomic
from .records import DocResult, SourceDocument


def code_fingerprint() -> str:
    """Hash of the package's Python sources: a code change invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class DocCache:
    def __init__(self, folder: Path | None, model: str, settings: str) -> None:
        self.folder = folder
        self.version = "|".join([__version__, code_fingerprint(), model, resources.fingerprint(), settings])

    def key(self, doc: SourceDocument, variant: str = "") -> str:
        """``variant``: what else the result depends on (the fingerprint of the run's names it was
        extracted with), '' for none."""
        parts = [self.version, doc.doc_id, doc.path, doc.sha256, doc.url, doc.source, doc.title,
                 doc.published, doc.published_source, *([variant] if variant else [])]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def get(self, doc: SourceDocument, variant: str = "") -> DocResult | None:
        """The cached result, or None when there is none or it fails its checksum or
        schema check (an entry edited or damaged on disk is never trusted)."""
        if self.folder is None or not doc.sha256:
            return None
        path = self.folder / f"{self.key(doc, variant)}.json"
        try:
            checksum, _, payload = path.read_bytes().partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode() != checksum:
                return None
            return DocResult.from_dict(json.loads(payload))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, doc: SourceDocument, result: DocResult, variant: str = "") -> None:
        if self.folder is None or not doc.sha256:
            return
        payload = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        checksum = hashlib.sha256(payload).hexdigest().encode()
        write_atomic(self.folder / f"{self.key(doc, variant)}.json", checksum + b"\n" + payload)


class RunState:
    """What the last run in an output folder saw and wrote.

    When the inputs (bytes, manifest entries), the analyst's overrides file, code,
    model, resources and settings are all unchanged and every output file still has
    the bytes the last run wrote, a re-run has nothing to do: the outputs it would
    write are byte-identical to the ones on disk. An output whose size and modification
    time (ns) are still the ones recorded is taken as unchanged without reading it; any
    other is hashed and compared. Saving the new state takes the same shortcut: an output
    left in place (size and time as recorded) keeps its recorded hash.
    """

    def __init__(self, folder: Path | None, out_dir: Path, version: str) -> None:
        self.path = folder / "run-state.json" if folder else None
        self.out_dir = out_dir
        self.version = version
        self._last: dict = self._read()  # the state the last run saved

    def _read(self) -> dict:
        if self.path is None:
            return {}
        try:
            state = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def input_hashes(self) -> dict[str, list]:
        """Input path → [size, modification and change time (ns), inode, sha256] as the last run saw it: a
        file whose size, times and inode are unchanged keeps its hash without being read again (a warm re-run
        of thousands of releases would otherwise read them all)."""
        hashes = self._last.get("inputs", {})
        return hashes if isinstance(hashes, dict) else {}

    def input_key(self, items: Iterable[tuple[str, ...]], overrides: str = "") -> str:
        """Hash of what decides the outputs: ``items`` (input fingerprints) and the
        overrides file's content hash ('' for none)."""
        digest = hashlib.sha256(self.version.encode())
        digest.update(f"overrides\x1f{overrides}\x1e".encode())
        for item in items:
            digest.update("\x1f".join(item).encode())
            digest.update(b"\x1e")
        return digest.hexdigest()

    def unchanged(self, input_key: str) -> dict | None:
        """The saved run record if nothing changed since the last run, else None."""
        state = self._last
        if self.path is None or state.get("input_key") != input_key:
            return None
        stats = state.get("stats", {})
        out_dir = os.path.join(self.out_dir, "")  # paths as text: a run may have written 100,000 files
        for name, digest in state.get("outputs", {}).items():
            path = out_dir + name
            try:
                if stats.get(name) != _stat(path) and _sha256_file(path) != digest:
                    return None
            except OSError:
                return None
        return state.get("record")

    def save(self, input_key: str, outputs: list[str], record: dict, inputs: dict[str, list] | None = None) -> None:
        """``inputs``: the input hashes for the next run (``input_hashes``)."""
        if self.path is None:
            return
        out_dir = os.path.join(self.out_dir, "")
        stats = {name: _stat(out_dir + name) for name in outputs}
        last_hashes, last_stats = self._last.get("outputs", {}), self._last.get("stats", {})
        hashes = {name: last_hashes[name] if name in last_hashes and last_stats.get(name) == stats[name]
                  else _sha256_file(out_dir + name) for name in outputs}
        data = json.dumps({"input_key": input_key, "outputs": hashes, "stats": stats, "record": record,
                           "inputs": inputs or {}}, sort_keys=True)
        write_atomic(self.path, data.encode("utf-8"))


def _stat(path: str) -> list[int]:
    """Size and modification time (ns) of a file."""
    info = os.stat(path)
    return [info.st_size, info.st_mtime_ns]


def _sha256_file(path: str) -> str:
    """Read in blocks: the SQLite and Excel outputs of a large corpus are hundreds of MB."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class OutputMemo:
    """What the last run wrote into the output folder, group by group, so a run that adds a few
    releases reuses the bytes of everything else instead of building them again.

    A table's CSV is written one group of rows at a time (a release's mentions, an organisation, an
    event, in key order); for each group the memo keeps a digest of its rows and where its lines lie
    in the published file. A report page keeps the digest of everything it was built from (its
    rows, its text and the rows it looked up, see ``report.Writer``). A later run whose group (or
    page) has the same digest copies those bytes from the published file (links the page) instead
    of rendering and checking them again; the outputs are the bytes a cold run writes.

    The memo is trusted only for the code, model, resources and settings it was written with
    (``version``), the same output folder, and published files whose size, modification time and
    inode are still the ones recorded after the last publish. Each memo is a stream of records in
    output order, read alongside the run's own stream (memory stays flat in corpus size). It lives in
    the cache folder (``output-memo/``); no cache folder, no memo.
    """

    INDEX = "index.json"

    def __init__(self, folder: Path | None, out_dir: Path, version: str) -> None:
        self.folder = folder / "output-memo" if folder is not None else None
        self.out_dir = out_dir
        self.version = hashlib.sha256(f"{version}\x1f{out_dir.resolve()}".encode()).hexdigest()[:32]
        self._index: dict[str, dict] = {}
        self._new: dict[str, MemoRecorder] = {}
        if self.folder is not None:
            try:
                index = json.loads((self.folder / self.INDEX).read_text("utf-8"))
                if index.get("version") == self.version:
                    self._index = index.get("streams", {})
            except (OSError, ValueError, AttributeError):
                pass

    def previous(self, name: str, published: str | None = None) -> MemoStream | None:
        """The last run's stream ``name``, if it may be trusted: ``published`` (a file relative to the
        output folder whose bytes the stream's records point into) still as recorded."""
        entry = self._index.get(name)
        if self.folder is None or not isinstance(entry, dict):
            return None
        source = None
        if published is not None:
            try:
                source = open(self.out_dir / published, "rb")  # noqa: SIM115 (closed by MemoStream.close)
                if entry.get("stat") != file_stat(os.fstat(source.fileno())):
                    source.close()
                    return None
            except OSError:
                return None
        try:
            return MemoStream(self.folder / str(entry["body"]), source)
        except (OSError, KeyError, TypeError):
            if source is not None:
                source.close()
            return None

    def recorder(self, name: str, published: str | None = None) -> MemoRecorder | None:
        """A new stream ``name`` for this run (``published``: the file its records point into)."""
        if self.folder is None:
            return None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            recorder = MemoRecorder(self.folder, name, published)
        except OSError:
            return None
        self._new[name] = recorder
        return recorder

    def discard(self, name: str) -> None:
        recorder = self._new.pop(name, None)
        if recorder is not None:
            recorder.discard()

    def save(self) -> None:
        """After publishing: keep this run's streams (with the published files' stats) for the next run."""
        if self.folder is None:
            return
        streams = {}
        for name, recorder in self._new.items():
            try:
                recorder.close()
                stat = file_stat(os.stat(self.out_dir / recorder.published)) if recorder.published else None
            except OSError:
                recorder.discard()
                continue
            streams[name] = {"body": recorder.path.name, "stat": stat}
        try:
            write_atomic(self.folder / self.INDEX,
                         json.dumps({"version": self.version, "streams": streams}, sort_keys=True).encode())
        except OSError:
            return
        keep = {entry["body"] for entry in streams.values()} | {self.INDEX}
        for path in self.folder.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)
        self._new = {}

    def close(self) -> None:
        """Drop the streams of a run that did not publish."""
        for recorder in self._new.values():
            recorder.discard()
        self._new = {}


def file_stat(info: os.stat_result) -> list[int]:
    """What tells a published file from any other: size, modification time (ns), inode."""
    return [info.st_size, info.st_mtime_ns, info.st_ino]


class MemoStream:
    """The last run's records of one stream, read in order: ``find`` looks a key up, moving forward
    only (the run asks in the order it writes, which is the order the last run wrote)."""

    def __init__(self, path: Path, source: IO[bytes] | None) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 (closed by close)
        self.source = source  # the published file the records point into
        self._record: tuple | None = None
        self._next()

    def _next(self) -> None:
        try:
            head = self._file.read(4)
            size = int.from_bytes(head, "little")
            data = self._file.read(size)
            if len(head) < 4 or len(data) < size:
                raise EOFError
            record = marshal.loads(data)
            self._record = record if isinstance(record, tuple) and len(record) >= 2 else None
        except (EOFError, ValueError, TypeError):
            self._record = None

    def find(self, order: tuple, key: str) -> tuple | None:
        """The record of ``key`` (``order``: where it sorts), or None; records before it are passed over."""
        while self._record is not None and self._record[0] < order:
            self._next()
        record = self._record
        if record is None or record[0] != order or record[1] != key:
            return None
        self._next()
        return record

    def read(self, offset: int, length: int) -> bytes | None:
        """``length`` bytes of the published file at ``offset`` (None if it has fewer)."""
        if self.source is None:
            return None
        data = os.pread(self.source.fileno(), length, offset)
        return data if len(data) == length else None

    def close(self) -> None:
        self._file.close()
        if self.source is not None:
            self.source.close()


class MemoRecorder:
    """This run's records of one stream, written as the run goes."""

    def __init__(self, folder: Path, name: str, published: str | None) -> None:
        safe = name.replace("/", "__")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f"{safe}.", suffix=".memo")
        self.path, self.published = Path(tmp), published
        self._file = os.fdopen(fd, "wb")

    def add(self, record: tuple) -> None:
        data = marshal.dumps(record)
        self._file.write(len(data).to_bytes(4, "little") + data)

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

    def discard(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)
