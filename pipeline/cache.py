"""Per-document result cache, keyed by input bytes and everything that shapes
the result (pipeline version, model, resources, config)."""

from __future__ import annotations

import hashlib
import json
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
        if self.folder is None or not doc.sha256:
            return None
        path = self.folder / f"{self.key(doc)}.json"
        try:
            return DocResult.from_dict(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, doc: SourceDocument, result: DocResult) -> None:
        if self.folder is None or not doc.sha256:
            return
        data = json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)
        write_atomic(self.folder / f"{self.key(doc)}.json", data.encode("utf-8"))
