"""Compact per-release records, so a run's memory stays flat in corpus size.

As each release's ``DocResult`` arrives, run writes its text to ``OUT/.staging/texts/`` and
keeps a ``Release``: in memory only the release's id and where its record lies in an anonymous
spool file; everything else (the document's metadata, sentences, mentions, organisations,
people, dates, figures, event reports) is read back one release at a time — by each reconcile
pass and when the per-release tables and report pages are written.

A ``Release`` answers the attributes reconcile reads from a ``DocResult``, so reconcile
runs on either.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .records import (
    CleanDocument,
    DateMention,
    DocResult,
    EventReport,
    FigureMention,
    Mention,
    OrgRecord,
    PersonRecord,
    RoleRecord,
    SourceDocument,
)


class CleanText:
    """A ``CleanDocument`` whose text stays on disk, in ``folder/<doc_id>.txt`` (the file export
    wrote), and is read on demand."""

    __slots__ = ("doc_id", "folder", "published", "published_source", "title")

    def __init__(self, doc_id: str, title: str, published: str, published_source: str, folder: Path) -> None:
        self.doc_id, self.title = doc_id, title
        self.published, self.published_source = published, published_source
        self.folder = folder

    @property
    def text(self) -> str:
        return (self.folder / f"{self.doc_id}.txt").read_bytes().decode("utf-8")


def _fields(record: object) -> tuple:
    return tuple(vars(record).values())


def _person(p: PersonRecord) -> tuple:
    return (p.key, p.name, p.title, [(r.role, r.org_key) for r in p.roles], p.n_mentions)


def _person_record(values: tuple) -> PersonRecord:
    key, name, title, roles, n_mentions = values
    return PersonRecord(key, name, title, [RoleRecord(*r) for r in roles], n_mentions)


# The spooled parts of a release: name → (encode one item, decode one item); a part is a list of items.
_PARTS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "sentences": (tuple, tuple),
    "mentions": (_fields, lambda v: Mention(*v)),
    "organisations": (_fields, lambda v: OrgRecord(*v)),
    "people": (_person, _person_record),
    "dates": (_fields, lambda v: DateMention(*v)),
    "figures": (_fields, lambda v: FigureMention(*v)),
    "events": (_fields, lambda v: EventReport(*v)),
    "trigger_sentences": (int, int),
}


class Release:
    """What a run keeps of one release (see the module docstring). Each part is decoded on first
    access and kept until ``unload``."""

    __slots__ = ("_at", "_loaded", "_raw", "_spool", "_texts", "doc_id")

    def __init__(self, result: DocResult, spool: Spool, texts: Path | None) -> None:
        """texts: the folder holding the release's text file; None when it has none (a release
        that is not ok keeps its clean text in the spool, which nothing reads)."""
        self.doc_id: str = result.document.doc_id
        self._spool, self._texts = spool, texts
        self._raw: dict[str, Any] | None = None  # the spooled record, read back (each part marshalled apart,
        # so a pass decodes only the parts it reads)
        self._loaded: dict[str, Any] | None = None  # decoded parts
        clean = result.clean
        if clean is None:
            head_clean = None
        elif texts is None:
            head_clean = _fields(clean)
        else:
            head_clean = (clean.doc_id, clean.title, clean.published, clean.published_source)
        record = {"document": _fields(result.document), "clean": head_clean, "model": result.model,
                  "n_chars": result.n_chars}
        for name, (encode, _) in _PARTS.items():
            record[name] = marshal.dumps([encode(item) for item in getattr(result, name)])
        self._at = spool.write(record)

    def _part(self, name: str) -> Any:
        if self._loaded is None:
            self._raw, self._loaded = self._spool.read(self._at), {}  # type: ignore[assignment]
        if name not in self._loaded:
            raw = self._raw[name]  # type: ignore[index]
            if name in _PARTS:
                self._loaded[name] = [_PARTS[name][1](item) for item in marshal.loads(raw)]
            elif name == "document":
                self._loaded[name] = SourceDocument(*raw)
            elif name == "clean":
                self._loaded[name] = None if raw is None else (
                    CleanDocument(*raw) if self._texts is None else CleanText(*raw, self._texts))
            else:
                self._loaded[name] = raw
        return self._loaded[name]

    @property
    def document(self) -> SourceDocument:
        return self._part("document")

    @property
    def clean(self) -> CleanDocument | CleanText | None:
        return self._part("clean")

    @property
    def model(self) -> str:
        return self._part("model")

    @property
    def n_chars(self) -> int:
        return self._part("n_chars")

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return self._part("sentences")

    @property
    def mentions(self) -> list[Mention]:
        return self._part("mentions")

    @property
    def organisations(self) -> list[OrgRecord]:
        return self._part("organisations")

    @property
    def people(self) -> list[PersonRecord]:
        return self._part("people")

    @property
    def dates(self) -> list[DateMention]:
        return self._part("dates")

    @property
    def figures(self) -> list[FigureMention]:
        return self._part("figures")

    @property
    def events(self) -> list[EventReport]:
        return self._part("events")

    @property
    def trigger_sentences(self) -> list[int]:
        return self._part("trigger_sentences")

    def unload(self, save: bool) -> None:
        """Free what was read from the spool; ``save`` writes the record back first if a pass
        changed a decoded part."""
        if save and self._loaded:
            record = dict(self._raw)  # type: ignore[arg-type]
            for name, (encode, _) in _PARTS.items():
                if name in self._loaded:
                    record[name] = marshal.dumps([encode(item) for item in self._loaded[name]])
            if record != self._raw:
                self._at = self._spool.write(record)
        self._raw = self._loaded = None


class Releases(list):
    """The run's releases in input order; iterating writes back and frees each release once the
    loop has moved past it, so a pass over all releases holds one at a time."""

    def __iter__(self) -> Iterator[Release]:
        for release in super().__iter__():
            yield release
            release.unload(save=True)


class Spool:
    """An anonymous append-only file (gone when closed, never published) of marshalled values."""

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close / the with block)
        self._end = 0

    def write(self, value: object) -> int:
        """RETURNS: where the value lies (offset and length in one int, the smallest record of it)."""
        data = marshal.dumps(value)
        os.pwrite(self._file.fileno(), data, self._end)
        at = self._end << 32 | len(data)
        self._end += len(data)
        return at

    def read(self, at: int) -> object:
        return marshal.loads(os.pread(self._file.fileno(), at & 0xFFFFFFFF, at >> 32))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
