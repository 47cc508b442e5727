"""The analyst's overrides: hand corrections applied on every run, in the reconcile stage.

A CSV file an analyst can write in Excel — ``overrides.csv`` in the (first) input folder, or
``run --overrides FILE`` (``overrides`` in settings.toml) — one correction per line::

    action,target,value,note
    merge_org,Kreisverwaltung MHL,Kreisverwaltung Musterhausen-Land,the same administration
    split_org,org-3e3153c13c,2019_beispielstadt_b | 2020_beispielstadt_c,another Beispielstadt
    rename_org,org-0635d80a13,Kommunale Dienste Musterland AöR,
    drop_event,ev_1a2b3c4d5e6f,,not a founding: a founding anniversary
    fix_date,ev_0f9e8d7c6b5a,2018-01-26,date in the council's minutes

``merge_org``: the target organisation (org_id or name) becomes part of the value organisation,
which keeps its id; ``split_org``: the target's mentions in the listed documents (doc_ids
separated by ``|``) become an organisation of their own, with an id derived from both;
``rename_org``: the target's canonical name (the old one stays an alias); ``drop_event``: the
event and its sources are removed; ``fix_date``: the event's date becomes the value (ISO 8601 at
any granularity, or ``26.01.2018`` as German Excel writes it), the releases' dates stay listed.

Organisation lines apply in file order, right after entities are merged; event lines after the
events are built (an event merged or split away by an organisation line has a new id). Every line
is reported in run.json as applied or unmatched, with the reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ingest, periods
from .knowledge import norm

if TYPE_CHECKING:  # reconcile loads only when a run reconciles
    from .reconcile.entities import EntityIndex

FILENAME = "overrides.csv"
MAX_BYTES = 10_000_000
ORG_ACTIONS = ("merge_org", "split_org", "rename_org")
EVENT_ACTIONS = ("drop_event", "fix_date")
ACTIONS = ORG_ACTIONS + EVENT_ACTIONS
COLUMNS = ("action", "target", "value", "note")
# Header names an analyst may use, lower-cased (German ones too).
_HEADER = {"action": "action", "aktion": "action", "target": "target", "ziel": "target", "id": "target",
           "value": "value", "wert": "value", "note": "note", "notiz": "note", "bemerkung": "note",
           "kommentar": "note", "comment": "note"}
_GERMAN_DATE = re.compile(r"(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})")

Row = dict[str, Any]


class OverridesError(ValueError):
    """The overrides file cannot be read."""


@dataclass(frozen=True)
class Override:
    line: int
    action: str
    target: str
    value: str = ""
    note: str = ""

    def outcome(self, **result: str) -> dict[str, Any]:
        """This line's entry in run.json, with ``result`` (applied) or ``reason`` (unmatched)."""
        return {"line": self.line, "action": self.action, "target": self.target, "value": self.value,
                "note": self.note, **result}


@dataclass(frozen=True)
class Overrides:
    """The lines of one overrides file; ``refused`` are lines that could not be read."""

    path: str = ""
    sha256: str = ""
    lines: tuple[Override, ...] = ()
    refused: tuple[dict[str, Any], ...] = ()

    def of(self, actions: tuple[str, ...]) -> list[Override]:
        return [o for o in self.lines if o.action in actions]


@dataclass
class Outcomes:
    """What happened to every line: kept in file order for run.json."""

    entries: list[dict[str, Any]] = field(default_factory=list)

    def applied(self, line: Override, result: str) -> None:
        self.entries.append(line.outcome(result=result))

    def unmatched(self, line: Override, reason: str) -> None:
        self.entries.append(line.outcome(reason=reason))


def locate(inputs: list[Path], configured: str = "") -> Path | None:
    """The overrides file of a run: the configured one (which must exist), else ``overrides.csv``
    in the first input folder, else None."""
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise OverridesError(f"overrides file not found: {configured}")
        return path
    if inputs and Path(inputs[0]).is_dir() and (Path(inputs[0]) / FILENAME).is_file():
        return Path(inputs[0]) / FILENAME
    return None


def own_files(inputs: list[Path], used: Path | None) -> dict[str, set[Path]]:
    """Files that are overrides, not releases (file name → resolved paths): the one in use and
    ``overrides.csv`` in the first input folder."""
    paths = [p for p in (used, Path(inputs[0]) / FILENAME if inputs else None) if p is not None]
    out: dict[str, set[Path]] = {}
    for path in paths:
        out.setdefault(path.name, set()).add(path.resolve())
    return out


def read(path: Path | None) -> Overrides:
    """Parse an overrides file (comma, semicolon or tab separated; UTF-8 or a German code page;
    blank lines and lines starting with ``#`` skipped). Lines that cannot be applied as written
    (unknown action, missing target or value, no date) are kept in ``refused``."""
    if path is None:
        return Overrides()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise OverridesError(f"{path}: larger than {MAX_BYTES} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise OverridesError(f"cannot read the overrides file {path}: {exc.strerror or exc}") from exc
    text, problem, _ = ingest.decode(data)
    if problem:
        raise OverridesError(f"cannot read the overrides file {path}: {problem}")
    try:
        rows = [(n, cells) for n, cells in _rows(text) if any(c.strip() for c in cells)
                and not cells[0].lstrip().startswith("#")]
    except csv.Error as exc:
        raise OverridesError(f"cannot read the overrides file {path}: {exc}") from exc
    columns = _columns(rows[0][1]) if rows else []
    if "action" in columns and "target" in columns:
        rows = rows[1:]
    elif rows and _action(rows[0][1][0]) in ACTIONS:
        columns = list(COLUMNS)  # no header: the columns in their usual order
    elif rows:
        raise OverridesError(f"{path}: the first line must name the columns {','.join(COLUMNS)}")
    lines, refused = [], []
    for line_no, cells in rows:
        values = {name: cells[i].strip() for i, name in enumerate(columns) if name and i < len(cells)}
        line = Override(line_no, _action(values.get("action", "")), values.get("target", ""),
                        values.get("value", ""), values.get("note", ""))
        problem = _check(line)
        if problem:
            refused.append(line.outcome(reason=problem))
        else:
            lines.append(line if line.action != "fix_date" else
                         Override(line.line, line.action, line.target, iso_date(line.value), line.note))
    return Overrides(str(path), hashlib.sha256(data).hexdigest(), tuple(lines), tuple(refused))


def _rows(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every CSV row; a quoted cell may span lines (Alt+Enter in Excel)."""
    header = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=max((",", ";", "\t"), key=header.count))
    rows, line_no = [], 1
    for cells in reader:
        rows.append((line_no, cells))
        line_no = reader.line_num + 1
    return rows


def _columns(cells: list[str]) -> list[str]:
    return [_HEADER.get(c.strip().lower(), "") for c in cells]


def _action(text: str) -> str:
    return re.sub(r"[\s-]+", "_", text.strip().lower())


def _check(line: Override) -> str:
    """Why a line cannot be applied as written; '' when it can."""
    if line.action not in ACTIONS:
        return f"unknown action '{line.action}' (use {', '.join(ACTIONS)})"
    if not line.target:
        return "no target"
    if line.action in ("merge_org", "split_org", "rename_org", "fix_date") and not line.value:
        return "no value"
    if line.action == "fix_date" and not iso_date(line.value):
        return f"'{line.value}' is not a date (ISO 8601 such as 2018-01-26, 2018-01, 2018-Q1 or 2018)"
    return ""


def iso_date(value: str) -> str:
    """An ISO 8601 value at its granularity, from ISO or German notation ("26.01.2018",
    "01.2018"); '' when it is no date on the calendar."""
    value = value.strip()
    m = _GERMAN_DATE.fullmatch(value)
    if m:
        value = periods.iso(int(m[3]), int(m[2]), int(m[1] or 0))
    return value if value and periods.interval(value)[0] else ""


# --------------------------------------------------------------------------- organisations

class _Orgs:
    """The organisations of a run as the override lines see them: which one a name or id means,
    kept up to date as lines change them."""

    def __init__(self, entities: EntityIndex) -> None:
        from .reconcile.entities import is_generic_name

        self.is_generic = is_generic_name
        self.entities = entities
        self.forwards: dict[str, str] = {}  # merged org_id → the one it went into
        self.canonical: dict[str, set[str]] = defaultdict(set)  # normalised canonical name → org_ids
        self.other: dict[str, set[str]] = defaultdict(set)  # any other specific name → org_ids
        self.names_of: dict[str, tuple[str, set[str]]] = {}
        for org_id in entities.org_ids():
            self._index(org_id)

    def _index(self, org_id: str) -> None:
        canonical = norm(self.entities.org_name(org_id))
        other = {norm(name) for _, record in self.entities.records(org_id)
                 for name in (record.name, record.short_name, *record.aliases) if name and not self.is_generic(name)}
        self.names_of[org_id] = (canonical, other)
        self.canonical[canonical].add(org_id)
        for name in other:
            self.other[name].add(org_id)

    def refresh(self, *org_ids: str) -> None:
        for org_id in org_ids:
            canonical, other = self.names_of.pop(org_id, ("", set()))
            self.canonical[canonical].discard(org_id)
            for name in other:
                self.other[name].discard(org_id)
            if self.entities.has_org(org_id):
                self._index(org_id)

    def resolve(self, text: str) -> tuple[str, str]:
        """(org_id, '') for an org_id or a name; ('', reason) when there is none or several."""
        org_id = text
        while org_id in self.forwards:
            org_id = self.forwards[org_id]
        if self.entities.has_org(org_id):
            return org_id, ""
        if re.fullmatch(r"org-[0-9a-f]+", text):
            return "", f"no organisation {text} in this run"
        if self.is_generic(text):
            return "", f"'{text}' is a generic word, not the name of one organisation"
        key = norm(text)
        for found in (self.canonical.get(key, set()), self.other.get(key, set())):
            if len(found) == 1:
                return next(iter(found)), ""
            if found:
                return "", f"'{text}' names several organisations ({', '.join(sorted(found))}); use the org_id"
        return "", f"no organisation named '{text}' in this run"

    def move(self, source: str, target: str, docs: set[str] | None = None) -> None:
        """Move the records and local keys of ``source`` in ``docs`` (all: None) to ``target``."""
        self.entities.move(source, target, docs)
        self.refresh(source, target)


def apply_to_entities(entities: EntityIndex, overrides: Overrides) -> list[dict[str, Any]]:
    """Merge, split and rename organisations in ``entities`` (before any row is built)."""
    outcomes = Outcomes()
    if not overrides.of(ORG_ACTIONS):
        return outcomes.entries
    orgs = _Orgs(entities)
    for line in overrides.of(ORG_ACTIONS):
        org_id, reason = orgs.resolve(line.target)
        if not org_id:
            outcomes.unmatched(line, reason)
        elif line.action == "merge_org":
            _merge(orgs, line, org_id, outcomes)
        elif line.action == "split_org":
            _split(orgs, line, org_id, outcomes)
        else:  # rename_org
            old = entities.org_name(org_id)
            entities.renamed[org_id] = line.value
            orgs.refresh(org_id)
            outcomes.applied(line, f"{org_id} renamed from {old} to {line.value}")
    return outcomes.entries


def _merge(orgs: _Orgs, line: Override, org_id: str, outcomes: Outcomes) -> None:
    into, reason = orgs.resolve(line.value)
    if not into:
        outcomes.unmatched(line, reason)
        return
    if into == org_id:
        outcomes.unmatched(line, f"{line.target} and {line.value} are already one organisation ({into})")
        return
    entities = orgs.entities
    result = f"{org_id} ({entities.org_name(org_id)}) merged into {into} ({entities.org_name(into)})"
    entities.renamed.pop(org_id, None)
    orgs.move(org_id, into)
    orgs.forwards[org_id] = into
    outcomes.applied(line, result)


def _split(orgs: _Orgs, line: Override, org_id: str, outcomes: Outcomes) -> None:
    docs = list(dict.fromkeys(d for d in re.split(r"[|;,\s]+", line.value) if d))
    present = {doc_id for doc_id, _ in orgs.entities.records(org_id)}
    taken = sorted(d for d in docs if d in present)
    missing = [d for d in docs if d not in present]
    if not taken:
        outcomes.unmatched(line, f"{org_id} is not mentioned in {', '.join(docs)}")
        return
    if set(taken) == present:
        outcomes.unmatched(line, f"{org_id} is mentioned only in {', '.join(taken)}; nothing would remain")
        return
    new_id = "org-" + hashlib.sha1(f"{org_id}|split|{'|'.join(taken)}".encode()).hexdigest()[:10]
    orgs.move(org_id, new_id, set(taken))
    result = f"{', '.join(taken)} split off {org_id} as {new_id} ({orgs.entities.org_name(new_id)})"
    outcomes.applied(line, result + (f"; not mentioned in {', '.join(missing)}" if missing else ""))


# --------------------------------------------------------------------------- events

def apply_to_events(events: list[Row], sources: list[Row],
                    overrides: Overrides) -> tuple[list[Row], list[Row], list[dict[str, Any]]]:
    """Drop events and fix their dates; event ids stay as they are."""
    outcomes = Outcomes()
    by_id = {row["event_id"]: row for row in events}
    sources_of: dict[str, list[Row]] = defaultdict(list)
    for source in sources:
        sources_of[source["event_id"]].append(source)
    dropped: set[str] = set()
    for line in overrides.of(EVENT_ACTIONS):
        row = by_id.get(line.target)
        if row is None or line.target in dropped:
            reason = "already dropped" if line.target in dropped else (
                f"no event {line.target} in this run (an event's id changes when its subject is merged or split)")
            outcomes.unmatched(line, reason)
        elif line.action == "drop_event":
            dropped.add(line.target)
            outcomes.applied(line, f"dropped {row['event_type']} of {row['subject_name'] or row['subject_id']}"
                                   + (f" ({row['date']})" if row["date"] else ""))
        else:  # fix_date
            old = row["date"]
            _fix_date(row, line, sources_of[line.target], Path(overrides.path).name)
            outcomes.applied(line, f"date {old or '(none)'} → {line.value}")
    return ([r for r in events if r["event_id"] not in dropped],
            [s for s in sources if s["event_id"] not in dropped], outcomes.entries)


def _fix_date(row: Row, line: Override, sources: list[Row], filename: str) -> None:
    """The analyst's date kept; the date the releases gave moves to the alternatives, and the
    conflict column says who decided."""
    old, new = row["date"], line.value
    alternatives = [a for a in row.get("alternatives") or [] if not a.startswith(f"{new} (")]
    if old and old != new:
        docs = sorted({s["doc_id"] for s in sources if s.get("date_reported") == old}) or row.get("doc_ids") or []
        alternatives = sorted([*alternatives, f"{old} ({', '.join(docs)})"])
    start, end = periods.interval(new)
    conflicts = [c for c in (row.get("conflict") or "").split("; ")
                 if c and not c.startswith(("dates disagree", "date set by the analyst"))]
    conflicts.append(f"date set by the analyst ({filename or FILENAME} line {line.line}"
                     + (f", the releases say {old})" if old and old != new else ")"))
    row.update({"date": new, "date_granularity": periods.granularity(new), "start_date": start, "end_date": end,
                "alternatives": alternatives, "conflict": "; ".join(conflicts)})


# --------------------------------------------------------------------------- run.json

def record(overrides: Overrides, outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """The ``overrides`` entry of run.json: the file, and every line applied or unmatched."""
    entries = sorted([*outcomes, *overrides.refused], key=lambda e: e["line"])
    return {"file": overrides.path, "sha256": overrides.sha256,
            "applied": [e for e in entries if "result" in e],
            "unmatched": [e for e in entries if "reason" in e]}


def warnings(entry: dict[str, Any]) -> list[str]:
    """One warning per unmatched line of a run.json ``overrides`` entry."""
    return [f"{entry['file']}: line {e['line']} ({e['action']} {e['target']}) not applied: {e['reason']}"
            for e in entry.get("unmatched", [])]
