"""Compact per-release records, so a run's memory stays about flat in corpus size.

As each release's ``DocResult`` arrives, run writes its text to ``OUT/.staging/texts/`` and
keeps a ``Release``: in memory only what reconcile merges across releases (organisations,
people, event reports, the document's metadata); the rest (sentences, mentions, dates,
figures) goes to an anonymous spool file and is read back one release at a time — for the
run-wide name pass and when the per-release tables and report pages are written.

A ``Release`` answers the attributes reconcile reads from a ``DocResult``, so reconcile
runs on either.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .records import CleanDocument, DateMention, DocResult, FigureMention, Mention, SourceDocument


class CleanText:
    """A ``CleanDocument`` whose text stays on disk, in ``folder/<doc_id>.txt`` (the file export
    wrote), and is read on demand."""

    __slots__ = ("doc_id", "folder", "published", "published_source", "title")

    def __init__(self, clean: CleanDocument, folder: Path) -> None:
        self.doc_id, self.title = clean.doc_id, clean.title
        self.published, self.published_source = clean.published, clean.published_source
        self.folder = folder

    @property
    def text(self) -> str:
        return (self.folder / f"{self.doc_id}.txt").read_bytes().decode("utf-8")


class Release:
    """What a run keeps of one release (see the module docstring)."""

    __slots__ = ("_at", "_heavy", "_spool", "clean", "document", "events", "model", "n_chars", "n_sentences",
                 "organisations", "people")

    def __init__(self, result: DocResult, spool: Spool, texts: Path | None) -> None:
        """texts: the folder holding the release's text file; None when it has none (a release
        that is not ok keeps its clean text, which nothing reads)."""
        self.document: SourceDocument = result.document
        clean = result.clean
        self.clean = CleanText(clean, texts) if clean is not None and texts is not None else clean
        self.model = result.model
        self.n_chars, self.n_sentences = result.n_chars, result.n_sentences
        self.organisations, self.people, self.events = result.organisations, result.people, result.events
        self._spool = spool
        self._heavy: tuple[list, list, list, list] | None = None
        self._at = spool.write((result.sentences, [tuple(vars(m).values()) for m in result.mentions],
                                [tuple(vars(d).values()) for d in result.dates],
                                [tuple(vars(f).values()) for f in result.figures]))

    def _load(self) -> tuple[list, list, list, list]:
        if self._heavy is None:
            sentences, mentions, dates, figures = self._spool.read(self._at)
            self._heavy = ([tuple(s) for s in sentences], [Mention(*m) for m in mentions],
                           [DateMention(*d) for d in dates], [FigureMention(*f) for f in figures])
        return self._heavy

    @property
    def sentences(self) -> list[tuple[int, int]]:
        return self._load()[0]

    @property
    def mentions(self) -> list[Mention]:
        return self._load()[1]

    @property
    def dates(self) -> list[DateMention]:
        return self._load()[2]

    @property
    def figures(self) -> list[FigureMention]:
        return self._load()[3]

    def unload(self, save: bool) -> None:
        """Free what was read from the spool; ``save`` writes it back first (it may have changed)."""
        if self._heavy is not None and save:
            sentences, mentions, dates, figures = self._heavy
            self._at = self._spool.write((sentences, [tuple(vars(m).values()) for m in mentions],
                                          [tuple(vars(d).values()) for d in dates],
                                          [tuple(vars(f).values()) for f in figures]))
        self._heavy = None


class Releases(list):
    """The run's releases in input order; iterating writes back and frees each release's spooled
    parts once the loop has moved past it, so a pass over all releases holds one at a time."""

    def __iter__(self) -> Iterator[Release]:
        for release in super().__iter__():
            yield release
            release.unload(save=True)


class Spool:
    """An anonymous append-only file (gone when closed, never published) of marshalled values."""

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close / the with block)
        self._end = 0

    def write(self, value: object) -> tuple[int, int]:
        data = marshal.dumps(value)
        os.pwrite(self._file.fileno(), data, self._end)
        at = (self._end, len(data))
        self._end += len(data)
        return at

    def read(self, at: tuple[int, int]) -> object:
        return marshal.loads(os.pread(self._file.fileno(), at[1], at[0]))

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
