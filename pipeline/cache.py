"""Per-document result cache, keyed by input bytes and everything that shapes
the result (pipeline version, model, resources, config)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

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

    def key(self, doc: SourceDocument) -> str:
        parts = [self.version, doc.doc_id, doc.path, doc.sha256, doc.url, doc.source, doc.title,
                 doc.published, doc.published_source]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def get(self, doc: SourceDocument) -> DocResult | None:
        """The cached result, or None when there is none or it fails its checksum or
        schema check (an entry edited or damaged on disk is never trusted)."""
        if self.folder is None or not doc.sha256:
            return None
        path = self.folder / f"{self.key(doc)}.json"
        try:
            checksum, _, payload = path.read_bytes().partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode() != checksum:
                return None
            return DocResult.from_dict(json.loads(payload))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, doc: SourceDocument, result: DocResult) -> None:
        if self.folder is None or not doc.sha256:
            return
        payload = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        checksum = hashlib.sha256(payload).hexdigest().encode()
        write_atomic(self.folder / f"{self.key(doc)}.json", checksum + b"\n" + payload)


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
        self._last: dict = {}  # the state the last run saved (read by ``unchanged``)

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
        if self.path is None:
            return None
        try:
            state = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        self._last = state if isinstance(state, dict) else {}
        if state.get("input_key") != input_key:
            return None
        stats = state.get("stats", {})
        for name, digest in state.get("outputs", {}).items():
            path = self.out_dir / name
            try:
                if stats.get(name) != _stat(path) and hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                    return None
            except OSError:
                return None
        return state.get("record")

    def save(self, input_key: str, outputs: list[str], record: dict) -> None:
        if self.path is None:
            return
        stats = {name: _stat(self.out_dir / name) for name in outputs}
        last_hashes, last_stats = self._last.get("outputs", {}), self._last.get("stats", {})
        hashes = {name: last_hashes[name] if name in last_hashes and last_stats.get(name) == stats[name]
                  else hashlib.sha256((self.out_dir / name).read_bytes()).hexdigest() for name in outputs}
        data = json.dumps({"input_key": input_key, "outputs": hashes, "stats": stats, "record": record},
                          sort_keys=True)
        write_atomic(self.path, data.encode("utf-8"))


def _stat(path: Path) -> list[int]:
    """Size and modification time (ns) of a file."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]
