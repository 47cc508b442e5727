"""Ingest: find input files, decode them, read the manifest.

Yields one ``SourceDocument`` per path under the input folders.  Nothing here
raises for a bad file: binary, empty, unreadable or undecodable input, a
symlink leading outside the input, a FIFO or an unreadable folder becomes a
document with status ``error``/``empty``/``skipped`` and a reason, so it never
costs another document its results.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import periods
from .records import SourceDocument

log = logging.getLogger(__name__)

MEDIA_TYPES = {".txt": "text", ".html": "html", ".htm": "html", ".md": "markdown"}
# Which file keeps the bare id when two differ only in their suffix (a.txt, a.html):
# a fixed order, so an id never moves to a file that is added later in a lower rank.
SUFFIX_RANK = {".txt": 0, ".md": 1, ".html": 2, ".htm": 3}
MANIFEST = "manifest.csv"
MAX_BYTES = 50_000_000
MAX_ID_CHARS = 100  # longer ids keep a readable prefix and a hash of the full path
MAX_MANIFEST_BYTES = 20_000_000
MAX_MANIFEST_CELL = 4_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Invisible format characters that split words without showing: zero-width
# spaces and joiners, word joiner, soft hyphen, a BOM inside the text, and the
# bidirectional controls (which can also reorder what a cell shows).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f]")


class InputError(Exception):
    """The input cannot be read at all (bad folder), or input and output overlap."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    url: str = ""
    published: str = ""
    source: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class InputFile:
    doc_id: str
    path: Path
    rel: str
    entry: ManifestEntry | None
    status: str = "ok"  # "skipped"/"error" for paths that are not readable regular files
    reason: str = ""

    def as_tuple(self) -> tuple:
        """The record as plain values (to be marshalled); ``from_tuple`` makes it again."""
        entry = self.entry
        return (self.doc_id, os.fspath(self.path), self.rel,
                None if entry is None else (entry.url, entry.published, entry.source, entry.title),
                self.status, self.reason)

    @classmethod
    def from_tuple(cls, values: tuple) -> InputFile:
        doc_id, path, rel, entry, status, reason = values
        return cls(doc_id, Path(path), rel, None if entry is None else ManifestEntry(*entry), status, reason)


def list_inputs(inputs: Iterable[Path], warnings: list[str] | None = None) -> list[InputFile]:
    """Every path under the inputs with its document id and manifest entry, sorted by doc_id.

    ``warnings`` collects problems that concern no single document (manifest rows)."""
    found: list[InputFile] = []
    seen_roots: set[Path] = set()
    for root in inputs:
        root = Path(root)
        if root.is_file():
            manifest = {}
            entries: Iterable[tuple[Path, str, str, str]] = [(root, root.name, "ok", "")]
        elif root.is_dir():
            manifest = read_manifest(root, warnings)
            entries = _walk(root)
        else:
            raise InputError(f"input not found or not readable: {root}")
        if root.resolve() in seen_roots:  # the same folder or file given twice
            continue
        seen_roots.add(root.resolve())
        for path, rel, status, reason in entries:
            if rel == MANIFEST:
                continue
            rel = _display(rel)
            found.append(InputFile("", path, rel, manifest.get(rel), status, reason))
    return _assign_ids(found)


def _walk(root: Path) -> Iterator[tuple[Path, str, str, str]]:
    """Every path below ``root`` (hidden ones excepted) with its path below ``root`` as text
    (``sub/a.txt``), and a status for those that are not regular files inside the input:
    symlinks leading outside, symlinked folders, FIFOs, devices, unreadable folders. Symlinked
    folders are not followed, so there are no loops."""
    real_root = root.resolve()
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, below = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield folder, below.rstrip("/") or ".", "error", f"unreadable folder: {exc.strerror or exc}"
            continue
        for entry in children:
            if entry.name.startswith("."):
                continue
            path, rel = Path(entry.path), below + entry.name
            try:
                if entry.is_symlink():
                    target = path.resolve()
                    if not target.is_relative_to(real_root):
                        yield path, rel, "skipped", "symlink to a path outside the input folder (not followed)"
                    elif target.is_dir():
                        yield path, rel, "skipped", "symlink to a folder (not followed)"
                    elif target.is_file():
                        yield path, rel, "ok", ""
                    else:
                        yield path, rel, "error", "broken symlink"
                    continue
                mode = entry.stat(follow_symlinks=False).st_mode
            except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
                yield path, rel, "error", f"unreadable: {getattr(exc, 'strerror', None) or exc}"
                continue
            if stat.S_ISDIR(mode):
                stack.append((path, rel + "/"))
            elif stat.S_ISREG(mode):
                yield path, rel, "ok", ""
            else:
                yield path, rel, "skipped", "not a regular file (FIFO, socket or device)"


def _display(name: str) -> str:
    """A path as text that can be written anywhere: bytes that are not UTF-8 (a file name
    from another system) become U+FFFD instead of raising later."""
    return os.fsencode(name).decode("utf-8", errors="replace")


def _assign_ids(found: list[InputFile]) -> list[InputFile]:
    """Document ids that do not depend on which other files exist: the cleaned path; a hash
    of the raw path where cleaning changed it or the id would be too long; for files that
    differ only in suffix, the suffix (except for the highest-ranked suffix)."""
    by_base: dict[str, list[InputFile]] = {}
    for item in found:
        by_base.setdefault(make_doc_id(item.rel, str(item.path)), []).append(item)
    out: list[InputFile] = []
    taken: set[str] = set()
    for base, items in sorted(by_base.items()):
        if len(items) > 1:
            items.sort(key=lambda i: (SUFFIX_RANK.get(i.path.suffix.lower(), 9), i.rel, str(i.path)))
        for n, item in enumerate(items):
            doc_id = base if n == 0 else f"{base}_{item.path.suffix.lstrip('.').lower() or 'file'}"
            if doc_id in taken:  # same name from two input folders
                doc_id = f"{base}_{_short_hash(str(item.path))}"
            taken.add(doc_id)
            out.append(InputFile(doc_id, item.path, item.rel, item.entry, item.status, item.reason))
    return sorted(out, key=lambda f: f.doc_id)


def _short_hash(text: str) -> str:
    return hashlib.sha256(os.fsencode(text)).hexdigest()[:8]


def _content_hash(path: Path, last: dict[str, list], seen: dict[str, list]) -> str:
    info = os.stat(path)
    now = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]  # (no write leaves the ctime as it was)
    key = str(path)
    known = last.get(key)
    digest = known[4] if known is not None and known[:4] == now else hashlib.sha256(path.read_bytes()).hexdigest()
    seen[key] = [*now, digest]
    return digest


def make_doc_id(rel: str, raw: str = "") -> str:
    """Document id from the path below the input folder: ``sub/a.txt`` → ``sub__a``.

    Characters other than letters, digits, ``.``, ``-`` and ``_`` become ``_``; where that
    changed the name (``a b.txt`` beside ``a_b.txt``) or the id would exceed
    ``MAX_ID_CHARS``, a short hash of the raw path is appended to a readable prefix."""
    stem = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
    plain = stem.replace("/", "__")
    doc_id = re.sub(r"[^\w.-]+", "_", plain)
    if doc_id != plain or len(doc_id) > MAX_ID_CHARS or not doc_id or doc_id.startswith("."):
        doc_id = f"{doc_id.lstrip('.')[:MAX_ID_CHARS - 9]}_{_short_hash(raw or rel)}".lstrip("_")
    return doc_id


def fingerprint(item: InputFile, last: dict[str, list] | None = None,
                seen: dict[str, list] | None = None) -> tuple[str, ...]:
    """What identifies an input file's content for caching, without decoding it. ``last``: path → [size,
    modification and change time (ns), inode, sha256] as the last run saw it, whose hash is reused for a file
    with the same size, times and inode instead of reading it again; ``seen`` collects the same for this run."""
    if item.status != "ok":
        digest = f"{item.status}: {item.reason}"
    else:
        try:
            digest = _content_hash(item.path, last or {}, seen if seen is not None else {})
        except OSError as exc:
            digest = f"unreadable: {exc}"
    entry = item.entry or ManifestEntry()
    return (item.doc_id, item.rel, digest, entry.url, entry.published, entry.source, entry.title)


def discover(inputs: Iterable[Path]) -> Iterator[SourceDocument]:
    """Yield every input path as a ``SourceDocument`` (read lazily), sorted by doc_id."""
    for item in list_inputs(inputs):
        yield read_input(item)


def read_input(item: InputFile) -> SourceDocument:
    if item.status != "ok":
        return SourceDocument(doc_id=item.doc_id, path=item.rel, status=item.status, error=item.reason)
    return read_document(item.path, item.doc_id, item.rel, item.entry)


# --- manifest ------------------------------------------------------------------------------------

# Header names an analyst's spreadsheet may use, lower-cased (German Excel exports included).
_MANIFEST_COLUMNS = {
    "file": "file", "datei": "file", "dateiname": "file", "filename": "file", "path": "file", "pfad": "file",
    "url": "url", "link": "url", "quelle-url": "url", "adresse": "url",
    "published": "published", "veröffentlicht": "published", "datum": "published", "date": "published",
    "veroeffentlicht": "published", "erschienen": "published",
    "source": "source", "quelle": "source", "herausgeber": "source", "publisher": "source",
    "title": "title", "titel": "title", "überschrift": "title",
}
_POSITIONAL = ("file", "url", "published", "source", "title")


def read_manifest(folder: Path, warnings: list[str] | None = None) -> dict[str, ManifestEntry]:
    """Read ``manifest.csv`` (file,url,published,source,title). Comma, semicolon or tab
    separated, header names case-insensitive (German ones too), or no header at all when the
    first column names files. Every problem is a warning naming file, line and column; rows
    pointing outside the folder, impossible dates and oversized cells are refused."""
    path = folder / MANIFEST

    def warn(message: str) -> None:
        log.warning("%s: %s", path, message)
        if warnings is not None:
            warnings.append(f"{path}: {message}")

    if not path.exists():
        return {}
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            warn(f"larger than {MAX_MANIFEST_BYTES} bytes; ignored")
            return {}
        text, problem, _ = decode(path.read_bytes())
    except OSError as exc:
        warn(f"unreadable ({exc.strerror or exc}); ignored")
        return {}
    if problem:
        warn(f"{problem}; ignored")
        return {}
    lines = text.split("\n")
    delimiter = _sniff_delimiter(lines[:20])
    rows = []
    limit = csv.field_size_limit(MAX_MANIFEST_BYTES)  # long cells are refused below, by column
    try:
        for line_no, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            if line.count('"') % 2:
                warn(f"line {line_no}: unbalanced quote; the line is read as it stands")
            try:
                cells = next(csv.reader([line], delimiter=delimiter))
            except csv.Error as exc:
                warn(f"line {line_no}: {exc}; row skipped")
                continue
            rows.append((line_no, cells))
    finally:
        csv.field_size_limit(limit)
    if not rows:
        return {}
    header = [_MANIFEST_COLUMNS.get(c.strip().lower().lstrip("\ufeff")) for c in rows[0][1]]
    if "file" in header:
        rows = rows[1:]
    elif rows[0][1] and _looks_like_file(folder, rows[0][1][0]):
        warn(f"no header row; columns read in the order {','.join(_POSITIONAL)}")
        header = list(_POSITIONAL)
    else:
        warn("no 'file' column in the header (expected file,url,published,source,title); ignored")
        return {}
    entries: dict[str, ManifestEntry] = {}
    root = str(folder.resolve())
    root_prefix = os.path.join(root, "")  # paths as strings: a manifest may list 100,000 files
    for line_no, cells in rows:
        row: dict[str, str] = {}
        for column, value in zip(header, cells, strict=False):
            if column is None:
                continue
            value = value.strip()
            if len(value) > MAX_MANIFEST_CELL:
                warn(f"line {line_no}, column {column}: cell longer than {MAX_MANIFEST_CELL} characters; ignored")
                value = ""
            row[column] = _CONTROL.sub(" ", _INVISIBLE.sub("", value))
        name = row.get("file", "")
        if not name:
            continue
        target = os.path.normpath(os.path.join(root, name))
        if not target.startswith(root_prefix):
            warn(f"line {line_no}, column file: {name!r} points outside {folder}; refused")
            continue
        published = row.get("published", "")
        if published and not periods.publication(published):
            warn(f"line {line_no}, column published: {published!r} is not a calendar date "
                 "(YYYY-MM-DD or YYYY-MM); ignored")
            published = ""
        key = target[len(root_prefix):].replace(os.sep, "/")
        if key in entries:
            warn(f"line {line_no}, column file: {name!r} listed twice; the later row wins")
        entries[key] = ManifestEntry(row.get("url", ""), published, row.get("source", ""), row.get("title", ""))
    return entries


def _sniff_delimiter(lines: list[str]) -> str:
    """Comma, semicolon (German Excel) or tab: the one that splits the first lines most evenly."""
    sample = [line for line in lines if line.strip()]
    best, best_score = ",", 0
    for delimiter in (",", ";", "\t"):
        counts = [line.count(delimiter) for line in sample]
        if counts and min(counts) > 0 and min(counts) > best_score:
            best, best_score = delimiter, min(counts)
    return best


def _looks_like_file(folder: Path, cell: str) -> bool:
    cell = cell.strip()
    return bool(cell) and Path(cell).suffix.lower() in MEDIA_TYPES and (folder / cell).exists()


# --- reading and decoding ------------------------------------------------------------------------

def read_document(path: Path, doc_id: str, rel: str, entry: ManifestEntry | None) -> SourceDocument:
    doc = SourceDocument(doc_id=doc_id, path=rel)
    if entry:
        doc.url, doc.source, doc.title = entry.url, entry.source, entry.title
        if entry.published:
            doc.published, doc.published_source = entry.published, "manifest"
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        doc.status, doc.error = "skipped", f"unsupported file type {_display(path.suffix) or '(none)'}"
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
    text, problem, doc.replaced_bytes = decode(data)
    if problem:
        doc.status, doc.error = "error", problem
        return doc
    if media_type == "html":
        page = html_to_text(text)
        text, doc.page_date, doc.page_date_guess = page.text, page.date, page.date_guess
        doc.page_stamps, doc.page_closing = page.stamps, page.closing
        doc.title = doc.title or page.title
    elif media_type == "markdown":
        text = markdown_to_text(text)
    text, doc.removed_chars = normalise_invisible(text)
    if not text.strip():
        doc.status, doc.error = "empty", "no text after extraction"
    doc.text = text
    return doc


def normalise_invisible(text: str) -> tuple[str, int]:
    """Remove zero-width, soft-hyphen and bidi control characters, turn no-break spaces into
    spaces and compose characters (NFC). Returns the text and how many characters were removed."""
    text = unicodedata.normalize("NFC", text)
    cleaned = _INVISIBLE.sub("", text)
    return _ODD_SPACES.sub(" ", cleaned), len(text) - len(cleaned)


# Legacy code pages a German file may come in, and the letters that tell them apart.
_LEGACY = ("cp1252", "cp850", "mac_roman")
_GERMAN_LETTERS = set("äöüÄÖÜß")
_UNLIKELY = set("ÃÂ¤¦¨´¸¼½¾±µ¶·¹²³º»«¬®¯°×÷þðÞÐ†‡•‰‹›™ƒ˜šœžŸ¢£¥©ª") | {chr(c) for c in range(0x2500, 0x2600)}


def decode(data: bytes) -> tuple[str, str, int]:
    """Decode bytes of unknown encoding. Returns (text, problem, replaced_bytes); problem is
    empty on success. UTF-8 is tried first and wins when the bytes are essentially UTF-8
    (the odd invalid byte is replaced and counted); otherwise the legacy code page whose
    decoding reads most like German text."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _finish(*_decode_counting(data, codec))
    utf16 = _guess_utf16(data)
    if utf16:
        return _finish(*_decode_counting(data, utf16))
    if b"\x00" in data and data.count(b"\x00") > 0.01 * len(data):
        return "", "binary file (NUL bytes)", 0
    text, replaced = _decode_counting(data, "utf-8")
    if not replaced or replaced <= sum(1 for c in text if c > "\x7f" and c != "\ufffd"):
        return _finish(text, replaced)  # more valid multi-byte characters than invalid bytes
    return _finish(max((data.decode(codec, errors="replace") for codec in _LEGACY), key=_germanness), 0)


_REPLACED = [0]  # bytes the error handler below replaced in the current decoding (one process decodes one at a time)


def _count_replaced(error: UnicodeDecodeError) -> tuple[str, int]:
    _REPLACED[0] += error.end - error.start
    return "\ufffd", error.end


codecs.register_error("press-pipeline-count", _count_replaced)  # once: the codec registry keeps every handler


def _decode_counting(data: bytes, codec: str) -> tuple[str, int]:
    """Decode with U+FFFD for invalid bytes; the second value counts the bytes replaced."""
    _REPLACED[0] = 0
    text = data.decode(codec, errors="press-pipeline-count")
    return text, _REPLACED[0]


def _germanness(text: str) -> int:
    sample = text[:200_000]
    return sum(c in _GERMAN_LETTERS for c in sample) - 3 * sum(c in _UNLIKELY for c in sample)


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


def _finish(text: str, replaced: int) -> tuple[str, str, int]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and len(_CONTROL.findall(text[:100_000])) > 0.01 * min(len(text), 100_000):
        return "", "binary or undecodable content", replaced
    text = _CONTROL.sub(" ", text)
    if text.count("\ufffd") > max(10, 0.01 * len(text)):
        return "", "undecodable text (too many invalid characters)", replaced
    return text, "", replaced


@dataclass
class HtmlPage:
    """What an HTML page gives besides its main text."""

    text: str
    title: str
    date: str  # its metadata's publication date (YYYY-MM-DD), or ''
    date_guess: str  # a date found anywhere on the page, teasers too: a last resort
    stamps: list[str]  # short lines just around the headline that are not main text ("PM Nr. 12 | 03.11.2025")
    closing: list[str]  # the page's last short lines that are not main text ("Impressum · Stand: 12. Februar 2026")


def html_to_text(html: str) -> HtmlPage:
    """Main text (via trafilatura), title, dates and the stamp lines around the headline of an
    HTML page: trafilatura drops a date line above the headline as boilerplate, and its
    page-wide date search may pick a teaser's date."""
    import trafilatura

    # tables kept (a chronicle's or a minutes' rows are facts), each row a paragraph of its own, as in Markdown;
    # comments kept too: a thread's replies by the publishing town carry facts ("Die neun Beschäftigten unseres
    # Freibads würden ebenfalls wechseln"), every row traces back to its sentence
    text = _MD_TABLE_ROW.sub(_table_row, trafilatura.extract(_prepared_for_trafilatura(html), include_comments=True,
                                                             include_tables=True, favor_recall=True,
                                                             deduplicate=False) or "")
    meta = trafilatura.extract_metadata(html, extensive=False)
    guess = meta if meta and meta.date else trafilatura.extract_metadata(html)  # the page-wide search only if needed
    title = (meta.title or "") if meta else ""
    date = _iso_day((meta.date or "") if meta else "")
    lines = _block_lines(html)
    headline = next((line for tag, line in lines if tag == "h1"), "")
    if headline and headline not in text:  # trafilatura sometimes takes the headline for the title only; its
        text = f"{headline}\n\n{text}"  # facts are the release's ("Vier Kommunen stoßen zum Verbund")
    # the page's own date only where the page writes it so (a meta tag, a <time>): trafilatura also reads
    # one from a title's "Ausgabe 2/2023", which is only a guess
    blocks = [line for _, line in lines]
    closing = [line for line in blocks[-_STAMP_AFTER:] if len(line) <= _STAMP_MAX_CHARS and line not in text]
    return HtmlPage(text, title, date if _written(date, html) else "",
                    _iso_day((guess.date or "") if guess else ""), _stamps_around_headline(blocks, text, title),
                    closing)


def _prepared_for_trafilatura(html: str) -> str:
    """The page with each box inside its article ("<aside>Zur Person …</aside>") made a section: trafilatura drops
    asides as sidebars, but one inside the article is part of it (its facts: "seit Juli 2024 Vorständin des X"); and
    each data table's row made a paragraph "| cell | cell |" (read as a Markdown row after): trafilatura's recall
    mode would give every cell a line of its own, parting a chronicle's date from its event."""
    if ("<aside" not in html or "<article" not in html) and "<table" not in html:
        return html
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    boxes = tree.xpath("//article//aside")
    for box in boxes:
        box.tag = "section"
    # a table that lays a page out (a newsletter's paragraphs in its cells) gives way to its cells' contents:
    # trafilatura would run them together into one row
    layouts = tree.xpath(f"//table[{_BLOCKS_INSIDE}]")
    for table in layouts:
        block = lxml.html.Element("div")
        for cell in table.xpath(".//td|.//th"):
            if not cell.xpath("ancestor::table[1]") or cell.xpath("ancestor::table[1]")[0] is table:
                section = lxml.html.Element("div")
                section.text = cell.text
                section.extend(list(cell))
                block.append(section)
        block.tail = table.tail
        table.getparent().replace(table, block)
    tables = tree.xpath(f"//table[not({_BLOCKS_INSIDE})]")
    for table in tables:
        rows = [[" ".join(" ".join(cell.itertext()).split()) for cell in row.xpath("./th|./td")]
                for row in table.xpath(".//tr")]
        block = lxml.html.Element("div")
        for cells in rows:
            if any(cells):
                paragraph = lxml.html.Element("p")
                paragraph.text = "| " + " | ".join(cells) + " |"
                block.append(paragraph)
        block.tail = table.tail
        table.getparent().replace(table, block)
    return lxml.html.tostring(tree, encoding="unicode") if boxes or tables or layouts else html


_BLOCKS_INSIDE = ".//p|.//div|.//h1|.//h2|.//h3|.//h4|.//ul|.//ol|.//table"
def _written(date: str, html: str) -> bool:
    """Does the page write this ISO day, as such or as a German numeric date ("20.06.2024", "1.2.2023")?"""
    if not date:
        return False
    y, m, d = date.split("-")
    days, months = {d, d.lstrip("0")}, {m, m.lstrip("0")}
    return date in html or any(f"{day}.{month}.{y}" in html for day in days for month in months)


def _iso_day(date: str) -> str:
    return date if len(date) == 10 and periods.publication(date) else ""


_LEAF_BLOCKS = {"p", "div", "span", "time", "small", "li", "dd", "dt", "tr", "header",
                "h1", "h2", "h3", "h4", "h5", "h6"}  # a table row is one line ("Datum 20.05.2025")
_INLINE = {"span", "time", "small"}  # one line with the block around them ("Von X · <time>14.05.2025</time>")
_BLOCKS = _LEAF_BLOCKS - _INLINE
_STAMP_BEFORE, _STAMP_AFTER = 8, 3  # lines before and after the headline
_STAMP_MAX_CHARS = 160


def _block_lines(html: str) -> list[tuple[str, str]]:
    """(tag, text) of the page's innermost block elements, in page order, scripts and styles left out."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for node in tree.xpath("//script|//style|//noscript|//template"):
        node.drop_tree()
    lines = [(el.tag, " ".join(" ".join(el.itertext()).split())) for el in tree.iter()
             if isinstance(el.tag, str) and el.tag in _LEAF_BLOCKS
             and not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in el.iterdescendants())
             and not (el.tag in _INLINE and any(a.tag in _BLOCKS for a in el.iterancestors()))]
    return [(tag, line) for tag, line in lines if line]


def _stamps_around_headline(lines: list[str], text: str, title: str) -> list[str]:
    """The page's short block lines within a few lines of the headline (the main text's first
    line, or the title) that the main text does not hold."""
    first = next((line for line in text.splitlines() if line.strip()), "").strip()
    anchor = next((i for i, line in enumerate(lines) if line in (first, title.strip())), None)
    if anchor is None:
        return []
    near = lines[max(0, anchor - _STAMP_BEFORE):anchor] + lines[anchor + 1:anchor + 1 + _STAMP_AFTER]
    return [line for line in near if len(line) <= _STAMP_MAX_CHARS and line not in text]


_MD_RULES = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links → their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), ""),  # headings (\s would eat the blank line before)
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # emphasis
    (re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.M), ""),  # horizontal rules
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
    (re.compile(r"<br\s*/?>", re.I), "\n"),  # inline HTML: a line break,
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),  # other tags ("<sup>[1]</sup>": the mark stays
    (re.compile(r"\[\^[\w-]+\](?!:)"), ""),  # for furniture.toml's footnote marks), footnote references "[^1]"
]


_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)


def _table_row(match: re.Match[str]) -> str:
    """A Markdown table row as a list item of its own ("| Gründung | 1. Juli 2019 |" → "- Gründung: 1. Juli
    2019"); the separator row goes. Joined with their neighbours, an infobox's or a chronicle's rows
    would make one long sentence with the text after them; the dash keeps a row that opens with a date
    ("- 26. November 2024: …") from being read as a dateline."""
    cells = [cell.strip() for cell in match.group(1).split("|")]
    cells = [cell for cell in cells if cell]
    if not cells or all(set(cell) <= set("-: ") for cell in cells):
        return ""
    return "\n- " + ": ".join([cells[0], "; ".join(cells[1:])] if len(cells) > 1 else cells) + "\n"


def markdown_to_text(text: str) -> str:
    text = _MD_TABLE_ROW.sub(_table_row, text)
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
