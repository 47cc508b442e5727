"""Ingest: find input files, decode them, read the manifest.

Yields one ``SourceDocument`` per file.  Nothing here raises for a bad file:
binary, empty, unreadable or undecodable input becomes a document with status
``error``/``empty``/``skipped`` and a reason, so it never costs another
document its results.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import SourceDocument

log = logging.getLogger(__name__)

MEDIA_TYPES = {".txt": "text", ".html": "html", ".htm": "html", ".md": "markdown"}
MANIFEST = "manifest.csv"
MAX_BYTES = 50_000_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class InputError(Exception):
    """The input cannot be read at all (bad folder, unreadable manifest)."""


@dataclass(frozen=True)
class ManifestEntry:
    url: str = ""
    published: str = ""
    source: str = ""
    title: str = ""


@dataclass(frozen=True)
class InputFile:
    doc_id: str
    path: Path
    rel: str
    entry: ManifestEntry | None


def list_inputs(inputs: Iterable[Path]) -> list[InputFile]:
    """Every input file with its document id and manifest entry, sorted by doc_id."""
    found: list[InputFile] = []
    seen: set[str] = set()
    for root in inputs:
        root = Path(root)
        if root.is_file():
            files, base, manifest = [root], root.parent, {}
        elif root.is_dir():
            base = root
            manifest = read_manifest(root)
            files = sorted(p for p in root.rglob("*") if p.is_file() and p.name != MANIFEST)
        else:
            raise InputError(f"input not found or not readable: {root}")
        for path in files:
            rel = path.relative_to(base)
            if any(part.startswith(".") for part in rel.parts):
                continue
            doc_id = _unique(make_doc_id(rel), path.suffix, seen)
            found.append(InputFile(doc_id, path, rel.as_posix(), manifest.get(rel.as_posix())))
    return sorted(found, key=lambda f: f.doc_id)


def fingerprint(item: InputFile) -> tuple[str, ...]:
    """What identifies an input file's content for caching, without decoding it."""
    try:
        digest = hashlib.sha256(item.path.read_bytes()).hexdigest()
    except OSError as exc:
        digest = f"unreadable: {exc}"
    entry = item.entry or ManifestEntry()
    return (item.doc_id, item.rel, digest, entry.url, entry.published, entry.source, entry.title)


def discover(inputs: Iterable[Path]) -> Iterator[SourceDocument]:
    """Yield every input file as a ``SourceDocument`` (read lazily), sorted by doc_id."""
    for item in list_inputs(inputs):
        yield read_document(item.path, item.doc_id, item.rel, item.entry)


def make_doc_id(rel: Path) -> str:
    """Document id from the path below the input folder: ``sub/a.txt`` → ``sub__a``."""
    stem = rel.with_suffix("").as_posix().replace("/", "__")
    return re.sub(r"[^\w.-]+", "_", stem) or "doc"


def _unique(doc_id: str, suffix: str, seen: set[str]) -> str:
    if doc_id in seen:
        doc_id = f"{doc_id}_{suffix.lstrip('.') or 'file'}"
    n, base = 2, doc_id
    while doc_id in seen:
        doc_id, n = f"{base}_{n}", n + 1
    seen.add(doc_id)
    return doc_id


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Read ``manifest.csv`` (file,url,published,source,title); rows pointing
    outside the folder or with a malformed date are refused with a warning."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    entries: dict[str, ManifestEntry] = {}
    root = folder.resolve()
    text = decode(path.read_bytes())[0]
    for line_no, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        name = (row.get("file") or "").strip()
        if not name:
            continue
        target = Path(os.path.normpath(root / name))
        if not target.is_relative_to(root):
            log.warning("manifest.csv line %d: %r points outside %s; refused", line_no, name, folder)
            continue
        published = (row.get("published") or "").strip()
        if published and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", published):
            log.warning("manifest.csv line %d: published %r is not YYYY-MM-DD or YYYY-MM; ignored",
                        line_no, published)
            published = ""
        entries[target.relative_to(root).as_posix()] = ManifestEntry(
            url=(row.get("url") or "").strip(),
            published=published,
            source=(row.get("source") or "").strip(),
            title=(row.get("title") or "").strip(),
        )
    return entries


def read_document(path: Path, doc_id: str, rel: str, entry: ManifestEntry | None) -> SourceDocument:
    doc = SourceDocument(doc_id=doc_id, path=rel)
    if entry:
        doc.url, doc.source, doc.title = entry.url, entry.source, entry.title
        if entry.published:
            doc.published, doc.published_source = entry.published, "manifest"
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        doc.status, doc.error = "skipped", f"unsupported file type {path.suffix or '(none)'}"
        return doc
    doc.media_type = media_type
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc.status, doc.error = "error", f"unreadable: {exc.strerror or exc}"
        return doc
    doc.sha256 = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_BYTES:
        doc.status, doc.error = "error", f"file too large ({len(data)} bytes > {MAX_BYTES})"
        return doc
    if not data.strip():
        doc.status, doc.error = "empty", "file is empty"
        return doc
    text, problem = decode(data)
    if problem:
        doc.status, doc.error = "error", problem
        return doc
    if media_type == "html":
        text, title = html_to_text(text)
        doc.title = doc.title or title
    elif media_type == "markdown":
        text = markdown_to_text(text)
    if not text.strip():
        doc.status, doc.error = "empty", "no text after extraction"
    doc.text = text
    return doc


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding. Returns (text, problem); problem is
    empty on success."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _finish(data.decode(codec, errors="replace"))
    utf16 = _guess_utf16(data)
    if utf16:
        return _finish(data.decode(utf16, errors="replace"))
    try:
        return _finish(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        return "", "binary file (NUL bytes)"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp850"]).best()
    codec = best.encoding if best else "cp1252"
    return _finish(data.decode(codec, errors="replace"))


def _guess_utf16(data: bytes) -> str:
    """UTF-16 without BOM: Latin text has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return ""


def _finish(text: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and len(_CONTROL.findall(text[:100_000])) > 0.01 * min(len(text), 100_000):
        return "", "binary or undecodable content"
    text = _CONTROL.sub(" ", text)
    if text.count("\ufffd") > max(10, 0.01 * len(text)):
        return "", "undecodable text (too many invalid characters)"
    return text, ""


def html_to_text(html: str) -> tuple[str, str]:
    """Main text and title of an HTML page, via trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True, deduplicate=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "") if meta else ""
    return text, title


_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links → their text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.M), ""),  # horizontal rules
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
]


def markdown_to_text(text: str) -> str:
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
