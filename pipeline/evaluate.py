"""``evaluate``: precision, recall and F1 per category against gold JSON files
(format: GOLD_FORMAT.md), read from a run's output folder."""

from __future__ import annotations

import csv
import json
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CATEGORIES = ("organisations", "people", "roles", "dates", "figures", "events")
EVENT_TYPES = {"founding", "operations_start", "membership", "contract_signing", "resolution",
               "staff_transfer", "appointment", "other"}
_TITLES = re.compile(r"\b(dr|prof|dipl|ing)\.\s*", re.I)


class GoldError(ValueError):
    """A gold file is missing, unreadable or malformed."""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("ß", "ss")
    text = re.sub(r"[„“”\"'’()\[\]]", "", text)
    text = re.sub(r"\s*[-–—/]\s*", "-", text)
    return " ".join(text.split()).strip(" .,:;")


def person_norm(text: str | None) -> str:
    """A person's name for comparison: without titles, and a register's "Muster, Max" as "Max Muster"."""
    name = _TITLES.sub("", text or "")
    inverted = _SURNAME_FIRST.fullmatch(name.strip())
    return norm(f"{inverted.group(2)} {inverted.group(1)}" if inverted else name)


_SURNAME_FIRST = re.compile(r"([^\s,]+(?:[\s-][^\s,]+)?),\s*([^,]+)")


# --- reading -------------------------------------------------------------------------------------

def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    if not folder.is_dir():
        raise GoldError(f"gold folder not found: {folder}")
    gold = {}
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"no gold files (*.json) in {folder}")
    for path in files:
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path.name}: not valid JSON ({exc})") from exc
        _check_gold(path.name, data)
        if data["doc_id"] in gold:
            raise GoldError(f"{path.name}: doc_id {data['doc_id']!r} is also used by {gold[data['doc_id']]['_file']}")
        gold[data["doc_id"]] = {**data, "_file": path.name}
    return gold


def _check_gold(name: str, data: Any) -> None:
    def need(cond: bool, what: str) -> None:
        if not cond:
            raise GoldError(f"{name}: {what}")

    need(isinstance(data, dict), "top level must be an object")
    need(isinstance(data.get("doc_id"), str) and data["doc_id"], "missing doc_id")
    for key in ("organisations", "people", "dates", "figures", "events"):
        need(isinstance(data.get(key), list), f"'{key}' must be a list")
        need(all(isinstance(item, dict) for item in data[key]), f"every item of '{key}' must be an object")
    def text_or_null(item: dict, key: str, where: str) -> None:
        need(item.get(key) is None or isinstance(item[key], str), f"{where}: '{key}' must be text or null")

    need(data.get("published") is None or isinstance(data["published"], str), "'published' must be text or null")
    for i, o in enumerate(data["organisations"]):
        where = f"organisations[{i}]"
        need(isinstance(o.get("name"), str) and o["name"], f"{where}: organisation without name")
        need(isinstance(o.get("aliases", []), list) and all(isinstance(a, str) for a in o.get("aliases", [])),
             f"{where}: 'aliases' must be a list of texts")
        text_or_null(o, "type", where)
    for i, p in enumerate(data["people"]):
        where = f"people[{i}]"
        need(isinstance(p.get("name"), str) and p["name"], f"{where}: person without name")
        text_or_null(p, "role", where)
        text_or_null(p, "org", where)
    for i, d in enumerate(data["dates"]):
        need(isinstance(d.get("text"), str), f"dates[{i}]: date without text")
        text_or_null(d, "value", f"dates[{i}]")
    for i, f in enumerate(data["figures"]):
        value = f.get("value")
        need(isinstance(value, (int, float)) and not isinstance(value, bool),
             f"figures[{i}]: figure {f.get('text')!r} without numeric value")
        for key in ("unit", "org", "measure", "qualifier"):
            text_or_null(f, key, f"figures[{i}]")
    for i, e in enumerate(data["events"]):
        where = f"events[{i}]"
        need(e.get("type") in EVENT_TYPES, f"{where}: event type {e.get('type')!r} unknown")
        for key in ("subject", "date", "evidence", "modality"):
            text_or_null(e, key, where)
        objects = e.get("object") or []
        need(isinstance(objects, list) and all(isinstance(o, str) for o in objects),
             f"{where}: 'object' must be a list of names")


def _read_csv(folder: Path, name: str) -> list[dict[str, str]]:
    path = folder / f"{name}.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split(cell: str) -> list[str]:
    return [v for v in (cell or "").split(" | ") if v]


@dataclass
class Prediction:
    """The output tables regrouped per document."""

    orgs: dict[str, dict[str, str]]
    people: dict[str, dict[str, str]]
    doc_orgs: dict[str, set[str]]
    doc_people: dict[str, set[str]]
    dates: dict[str, list[dict[str, str]]]
    figures: dict[str, list[dict[str, str]]]
    events: dict[str, list[dict[str, str]]]
    texts: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (doc, org_id) → mention texts

    @classmethod
    def read(cls, folder: Path) -> Prediction:
        orgs = {r["org_id"]: r for r in _read_csv(folder, "organisations")}
        people = {r["person_id"]: r for r in _read_csv(folder, "people")}
        doc_orgs: dict[str, set[str]] = defaultdict(set)
        doc_people: dict[str, set[str]] = defaultdict(set)
        texts: dict[tuple[str, str], set[str]] = defaultdict(set)
        for m in _read_csv(folder, "mentions"):
            if m["entity_id"] in orgs:
                doc_orgs[m["doc_id"]].add(m["entity_id"])
                texts[m["doc_id"], m["entity_id"]].add(m.get("text", ""))
            elif m["entity_id"] in people:
                doc_people[m["doc_id"]].add(m["entity_id"])
        dates, figures, events = defaultdict(list), defaultdict(list), defaultdict(list)
        for d in _read_csv(folder, "dates"):
            dates[d["doc_id"]].append(d)
        for f in _read_csv(folder, "figures"):
            figures[f["doc_id"]].append(f)
        by_id = {e["event_id"]: e for e in _read_csv(folder, "events")}
        seen = set()
        for s in _read_csv(folder, "event_sources"):
            if s["event_id"] in by_id and (s["doc_id"], s["event_id"]) not in seen:
                seen.add((s["doc_id"], s["event_id"]))
                events[s["doc_id"]].append({**by_id[s["event_id"]], "date_reported": s["date_reported"]})
        return cls(orgs, people, doc_orgs, doc_people, dates, figures, events, texts)

    def org_names(self, org_id: str, doc_id: str = "") -> set[str]:
        """Names of an organisation: canonical, short, aliases and, in ``doc_id``, how that
        release wrote it (its mention texts)."""
        row = self.orgs.get(org_id, {})
        names = [row.get("name"), row.get("short_name"), *_split(row.get("aliases", "")),
                 *self.texts.get((doc_id, org_id), ())]
        return set().union(*(org_variants(n) for n in names))


# --- matching ------------------------------------------------------------------------------------

_GENITIVE_PARENT = re.compile(r" (der|des) (stadt|gemeinde|landkreises|kreises|amtes|landeshauptstadt) ")


_BODY_OF = re.compile(r"^(\S+) (?:der|des|von) ")


def org_variants(name: str | None) -> set[str]:
    """A normalised organisation name, plus the short form of a body named with its parent in the
    genitive or with "von" ("Stadtrat der Stadt X" ~ "Stadtrat X", "Verbandsversammlung des ZDV" ~
    "Verbandsversammlung ZDV", "Gemeinderat von X" ~ "Gemeinderat X")."""
    full = norm(name)
    if not full:
        return set()
    short = _GENITIVE_PARENT.sub(" ", full)
    return {full, short, _BODY_OF.sub(r"\1 ", short)}


def _gold_org_names(org: dict[str, Any]) -> set[str]:
    return set().union(*(org_variants(n) for n in [org["name"], *org.get("aliases", [])]))


def _match(gold_items: list, pred_items: list, same, prefer=None) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in gold order; pairs that also satisfy
    ``prefer`` (e.g. identical text) are taken first."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for test in ([lambda g, p: prefer(g, p) and same(g, p)] if prefer else []) + [same]:
        for gi, g in enumerate(gold_items):
            if gi in used_gold:
                continue
            for pi, p in enumerate(pred_items):
                if pi not in used_pred and test(g, p):
                    used_gold.add(gi)
                    used_pred.add(pi)
                    pairs.append((gi, pi))
                    break
    return pairs


def _same_event(event_type: str, subject: str | None, row: dict[str, str], pred: Prediction,
                aliases: dict[str, set[str]]) -> bool:
    """An output event row is a gold event of ``event_type`` and ``subject`` (a gold organisation
    name, found with its gold ``aliases``, or a person) when type and subject agree. The row's subject
    is known by its names and by how the releases reporting the event wrote it (as organisations are)."""
    if event_type != row.get("event_type"):
        return False
    if event_type == "appointment":
        return person_norm(subject) == person_norm(row.get("subject_name"))
    names = aliases.get(subject or "", {norm(subject)})
    subject_id = row.get("subject_id", "")
    written = set().union(*(pred.org_names(subject_id, doc_id) for doc_id in _split(row.get("doc_ids", ""))))
    return bool(names & (pred.org_names(subject_id) | written | {norm(row.get("subject_name"))}))


def _add(score: Score, n_gold: int, n_pred: int, n_match: int) -> None:
    score.tp += n_match
    score.fp += n_pred - n_match
    score.fn += n_gold - n_match


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _unit_same(gold: str, pred: str) -> bool:
    g, p = norm(gold), norm(pred)
    return bool(g) and bool(p) and (g == p or g.endswith(p) or p.endswith(g))


def evaluate(gold_dir: Path, pred_dir: Path, misses: list[str] | None = None) -> dict[str, Score]:
    """Scores per category; with ``misses``, also collect one line per miss (gold item not
    found) and false hit (output item not in the gold)."""
    gold = load_gold(gold_dir)
    if not (pred_dir / "documents.csv").is_file():
        raise GoldError(f"no pipeline output in {pred_dir} (documents.csv missing); run `pipeline run` first")
    pred = Prediction.read(pred_dir)
    unknown = sorted(set(gold) - {d["doc_id"] for d in _read_csv(pred_dir, "documents")})
    if unknown:
        log.warning("%d of %d gold documents are not in %s (e.g. %s): scored as all missed; "
                    "is this the output of the right input folder?", len(unknown), len(gold), pred_dir, unknown[0])

    def note(category: str, doc_id: str, gold_items: list, pred_items: list, pairs: list[tuple[int, int]],
             show_gold, show_pred) -> None:
        if misses is None:
            return
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        misses.extend(f"{category}\t{doc_id}\tmissed\t{show_gold(item)}"
                      for i, item in enumerate(gold_items) if i not in matched_gold)
        misses.extend(f"{category}\t{doc_id}\tfalse\t{show_pred(item)}"
                      for i, item in enumerate(pred_items) if i not in matched_pred)

    scores = {c: Score() for c in CATEGORIES}
    gold_roles: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, role) → org names
    pred_roles: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (person, role, org) → the org's names
    ids_by_name: dict[str, list[str]] = defaultdict(list)
    for org_id, row in pred.orgs.items():
        ids_by_name[row.get("name", "")].append(org_id)
    date_hits = date_total = 0
    for doc_id, g in gold.items():
        # organisations
        pred_org_ids = sorted(pred.doc_orgs.get(doc_id, ()))
        pairs = _match(g["organisations"], pred_org_ids,
                       lambda go, pid, doc_id=doc_id: bool(_gold_org_names(go) & pred.org_names(pid, doc_id)))
        _add(scores["organisations"], len(g["organisations"]), len(pred_org_ids), len(pairs))
        note("organisations", doc_id, g["organisations"], pred_org_ids, pairs,
             lambda o: f"{o['name']} ({o.get('type')})",
             lambda pid: f"{pred.orgs[pid]['name']} ({pred.orgs[pid]['org_type']})")
        # people
        pred_person_ids = sorted(pred.doc_people.get(doc_id, ()))
        pairs = _match(g["people"], pred_person_ids,
                       lambda gp, pid: person_norm(gp["name"]) == person_norm(pred.people[pid]["name"]))
        _add(scores["people"], len(g["people"]), len(pred_person_ids), len(pairs))
        note("people", doc_id, g["people"], pred_person_ids, pairs, lambda p: p["name"],
             lambda pid: pred.people[pid]["name"])
        org_aliases = {o["name"]: _gold_org_names(o) for o in g["organisations"]}
        for p in g["people"]:
            if p.get("role"):
                gold_roles[person_norm(p["name"]), norm(p["role"])] |= org_aliases.get(p.get("org") or "", set())
        for pid in pred_person_ids:
            for role in _split(pred.people[pid].get("roles", "")):
                role_name, _, org_name = role.partition(" @ ")
                # the organisation by its names and as this release wrote it (as an event's subject)
                pred_roles[person_norm(pred.people[pid]["name"]), norm(role_name), norm(org_name)].update(
                    {norm(org_name)}, *(pred.org_names(org_id, doc_id) for org_id in ids_by_name.get(org_name, ())))
        # dates
        pred_dates = _distinct(pred.dates.get(doc_id, []), g["dates"])
        pairs = _match(g["dates"], pred_dates, lambda gd, pd: _overlaps(gd["text"], pd["text"])
                       and (gd.get("value") or "") == (pd.get("value") or ""),
                       prefer=lambda gd, pd: norm(gd["text"]) == norm(pd["text"]))
        _add(scores["dates"], len(g["dates"]), len(pred_dates), len(pairs))
        note("dates", doc_id, g["dates"], pred_dates, pairs, lambda d: f"{d['text']} = {d.get('value')}",
             lambda d: f"{d['text']} = {d['value']}")
        # figures
        pred_figs = _distinct(pred.figures.get(doc_id, []), g["figures"])
        pairs = _match(g["figures"], pred_figs, lambda gf, pf: _number(pf["value"]) == float(gf["value"])
                       and _unit_same(gf.get("unit") or "", pf.get("unit") or ""))
        _add(scores["figures"], len(g["figures"]), len(pred_figs), len(pairs))
        note("figures", doc_id, g["figures"], pred_figs, pairs, lambda f: f"{f['text']} = {f['value']} {f.get('unit')}",
             lambda f: f"{f['text']} = {f['value']} {f['unit']}")
        # events: type and subject
        pred_events = pred.events.get(doc_id, [])
        gold_events = [e for e in g["events"] if e["type"] != "other"]

        def same_event(ge: dict[str, Any], pe: dict[str, str], aliases: dict = org_aliases) -> bool:
            return _same_event(ge["type"], ge.get("subject"), pe, pred, aliases)

        # of two events of one type and subject (two decisions of the Land), each pairs with the row of its date
        pairs = _match(gold_events, pred_events, same_event,
                       prefer=lambda ge, pe: (ge.get("date") or "") == (pe.get("date_reported") or ""))
        _add(scores["events"], len(gold_events), len(pred_events), len(pairs))
        note("events", doc_id, gold_events, pred_events, pairs,
             lambda e: f"{e['type']} {e.get('subject')} → {e.get('object')} {e.get('date')} | {e.get('evidence')}",
             lambda e: f"{e['event_type']} {e['subject_name']} → {e['object_names']} {e['date_reported']}"
                       f" | {e['evidence']}")
        for gi, pi in pairs:
            gold_date, pred_date = gold_events[gi].get("date") or "", pred_events[pi].get("date_reported") or ""
            date_total += 1
            date_hits += gold_date == pred_date
            if misses is not None and gold_date != pred_date:
                event = gold_events[gi]
                misses.append(f"events\t{doc_id}\twrong date\t{event['type']} {event.get('subject')}: "
                              f"{gold_date or '-'} ≠ {pred_date or '-'} | {event.get('evidence')}")
    def role_right(pred_role: tuple[str, str, str]) -> bool:
        orgs = gold_roles.get(pred_role[:2])
        return orgs is not None and (bool(pred_roles[pred_role] & orgs) or not (orgs or pred_role[2]))

    right = {pr[:2] for pr in pred_roles if role_right(pr)}
    if misses is not None:
        misses.extend(f"roles\t-\tmissed\t{p} | {r} @ {sorted(o)}" for (p, r), o in sorted(gold_roles.items())
                      if (p, r) not in right)
        misses.extend(f"roles\t-\tfalse\t{p} | {r} @ {o}" for p, r, o in sorted(pred_roles)
                      if not role_right((p, r, o)))
    scores["roles"].tp = len(right)
    scores["roles"].fn = len(gold_roles) - len(right)
    scores["roles"].fp = sum(not role_right(pr) for pr in pred_roles)
    scores["events"].extra["date_accuracy"] = date_hits / date_total if date_total else 0.0
    return scores


def _distinct(pred_items: list[dict[str, str]], gold_items: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The output's dates or figures with a repeated (text, value) pair of one release kept only as
    often as the gold lists it (at least once): gold files list each expression of a release once."""
    def key(item: dict) -> tuple[str, str]:
        value = item.get("value")
        number = _number(str(value)) if value not in (None, "") else None
        return norm(item.get("text")), str(number) if number is not None else str(value or "")

    allowed = Counter(key(g) for g in gold_items)
    seen: Counter = Counter()
    out = []
    for item in pred_items:
        k = key(item)
        seen[k] += 1
        if seen[k] <= max(1, allowed[k]):
            out.append(item)
    return out


def _overlaps(gold_text: str, pred_text: str) -> bool:
    g, p = norm(gold_text), norm(pred_text)
    return bool(g) and bool(p) and (g in p or p in g)


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for name, s in scores.items():
        lines.append(f"{name:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if "events" in scores and "date_accuracy" in scores["events"].extra:
        lines.append(f"event dates right for {scores['events'].extra['date_accuracy']:.3f} of matched events")
    return "\n".join(lines)


def evaluate_details(gold_dir: Path, pred_dir: Path) -> dict[str, float]:
    """Issue 13's finer scores, where gold files give them (GOLD_FORMAT_EXTENSIONS.md):

    - ``published``: share of releases whose gold ``published`` (the date the text shows, or null)
      equals documents.csv ``published`` where ``published_source`` is text (else empty);
    - ``figure_measure`` / ``figure_owner``: of the figures matched as ``evaluate`` matches them,
      the share whose ``measure`` / organisation is right (gold ``org`` null = no organisation);
    - ``figure_qualifier``: the same for ``qualifier`` (gold default ``exact``).
    Each key is present only when some gold file annotates it; ``n_*`` give the counts.
    RETURNS dict[str, float]
    """
    gold = load_gold(gold_dir)
    pred = Prediction.read(pred_dir)
    documents = {d["doc_id"]: d for d in _read_csv(pred_dir, "documents")}
    hits: dict[str, list[bool]] = defaultdict(list)
    for doc_id, g in gold.items():
        if "published" in g:
            row = documents.get(doc_id, {})
            shown = row.get("published", "") if row.get("published_source") == "text" else ""
            hits["published"].append((g["published"] or "") == shown)
        org_aliases = {o["name"]: _gold_org_names(o) for o in g["organisations"]}
        pred_figs = _distinct(pred.figures.get(doc_id, []), g["figures"])
        pairs = _match(g["figures"], pred_figs, lambda gf, pf: _number(pf["value"]) == float(gf["value"])
                       and _unit_same(gf.get("unit") or "", pf.get("unit") or ""))
        for gi, pi in pairs:
            gf, pf = g["figures"][gi], pred_figs[pi]
            if "measure" in gf:
                hits["figure_measure"].append(gf["measure"] == pf.get("measure", ""))
            if "qualifier" in gf or "measure" in gf:
                hits["figure_qualifier"].append((gf.get("qualifier") or "exact") == pf.get("qualifier", ""))
            if "org" in gf:
                if not gf["org"]:
                    hits["figure_owner"].append(not pf.get("org_id"))
                else:
                    names = org_aliases.get(gf["org"], org_variants(gf["org"]))
                    hits["figure_owner"].append(bool(pf.get("org_id")) and bool(names & pred.org_names(pf["org_id"])))
    out: dict[str, float] = {}
    for key, values in hits.items():
        out[key] = sum(values) / len(values)
        out[f"n_{key}"] = len(values)
    return out


# --- story timelines (issue 12) ------------------------------------------------------------------

@dataclass
class TimelineScore:
    """One story's timeline (or all stories pooled) against events.csv."""

    events: int = 0  # gold story events scored (type "other" left out: the output has no such type)
    found: int = 0  # matched by at least one row sourced from the story's releases
    duplicates: int = 0  # matched by two or more rows
    rows: int = 0  # events.csv rows with a source among the story's releases
    extra: int = 0  # rows sourced only from the story's releases that match no story event
    dates_right: int = 0  # found events whose row date equals the gold date (null = empty)
    dates_compatible: int = 0  # ... or one refines the other ("2025" ~ "2025-03-14")
    other: int = 0  # gold events of type "other", not scored

    @property
    def recall(self) -> float:
        return self.found / self.events if self.events else 0.0

    def add(self, other: TimelineScore) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load_stories(path: Path) -> dict[str, dict[str, Any]]:
    """``stories.json``: {story: {"releases": [doc_id], "events": [{event_type, subject, object,
    date, modality, reported_in, ...}]}}; other keys are ignored."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not readable JSON ({exc})") from exc

    def need(cond: bool, what: str) -> None:
        if not cond:
            raise GoldError(f"{path.name}: {what}")

    need(isinstance(data, dict) and bool(data), "top level must be an object of stories")
    need("pooled" not in data, "'pooled' is reserved for the pooled scores")
    for name, story in data.items():
        need(isinstance(story, dict), f"story {name!r} must be an object")
        releases, events = story.get("releases"), story.get("events")
        need(isinstance(releases, list) and all(isinstance(r, str) for r in releases),
             f"story {name!r}: 'releases' must be a list of doc_ids")
        need(isinstance(events, list) and all(isinstance(e, dict) for e in events),
             f"story {name!r}: 'events' must be a list of objects")
        for i, e in enumerate(events):
            where = f"story {name!r} events[{i}]"
            need(e.get("event_type") in EVENT_TYPES, f"{where}: event type {e.get('event_type')!r} unknown")
            need(e.get("subject") is None or isinstance(e["subject"], str), f"{where}: 'subject' must be text or null")
            need(e.get("date") is None or isinstance(e["date"], str), f"{where}: 'date' must be text or null")
            objects = e.get("object") or []
            need(isinstance(objects, list) and all(isinstance(o, str) for o in objects),
                 f"{where}: 'object' must be a list of names")
    return data


def _dates_compatible(gold: str, pred: str) -> bool:
    from .reconcile.events import compatible  # one refines the other, as reconciliation merges dates

    return gold == pred or (bool(gold) and bool(pred) and compatible(gold, pred))


def evaluate_timelines(stories_file: Path, pred_dir: Path, gold_dir: Path | None = None,
                       misses: list[str] | None = None) -> dict[str, TimelineScore]:
    """Each story's timeline against the reconciled events.csv, per story and ``"pooled"``.

    A row of events.csv is one of a story's events when its ``doc_ids`` include a release of the
    story and type and subject agree as ``evaluate`` matches release-level events (names,
    organisations.csv aliases, and the gold files' aliases of the story's releases when
    ``gold_dir`` is given). Each row counts for one story event: the one whose date it gives
    (equal, then compatible), then the one sharing most objects, then one no row matched yet.
    With ``misses``, collect one line per missed event, duplicate, extra row and wrong date.
    """
    stories = load_stories(stories_file)
    if not (pred_dir / "documents.csv").is_file():
        raise GoldError(f"no pipeline output in {pred_dir} (documents.csv missing); run `pipeline run` first")
    pred = Prediction.read(pred_dir)
    rows = _read_csv(pred_dir, "events")
    gold = load_gold(gold_dir) if gold_dir is not None else {}
    known = {d["doc_id"] for d in _read_csv(pred_dir, "documents")}
    unknown = sorted({r for s in stories.values() for r in s["releases"]} - known)
    if unknown:
        log.warning("%d story releases are not in %s (e.g. %s); is this the output of the right input folder?",
                    len(unknown), pred_dir, unknown[0])

    scores: dict[str, TimelineScore] = {}
    for name, story in stories.items():
        aliases: dict[str, set[str]] = defaultdict(set)
        for doc_id in sorted(set(story["releases"]) & set(gold)):
            for org in gold[doc_id]["organisations"]:
                aliases[org["name"]] |= _gold_org_names(org)
        notes: list[tuple[str, str]] = []
        scores[name] = _score_story(story, rows, pred, aliases, notes)
        if misses is not None:
            misses.extend(f"timeline\t{name}\t{kind}\t{item}" for kind, item in notes)
    pooled = TimelineScore()
    for score in scores.values():
        pooled.add(score)
    scores["pooled"] = pooled
    return scores


def _score_story(story: dict[str, Any], rows: list[dict[str, str]], pred: Prediction,
                 aliases: dict[str, set[str]], notes: list[tuple[str, str]]) -> TimelineScore:
    releases = set(story["releases"])
    events = [e for e in story["events"] if e["event_type"] != "other"]
    score = TimelineScore(events=len(events), other=len(story["events"]) - len(events))
    matched: dict[int, list[dict[str, str]]] = defaultdict(list)

    def preference(i: int, row: dict[str, str]) -> tuple:
        gold_date, row_date = events[i].get("date") or "", row.get("date") or ""
        row_objects = set().union(*(pred.org_names(o) for o in _split(row.get("object_ids", ""))),
                                  {norm(o) for o in _split(row.get("object_names", ""))})
        shared = sum(bool(aliases.get(o, org_variants(o)) & row_objects) for o in events[i].get("object") or [])
        return gold_date == row_date, _dates_compatible(gold_date, row_date), shared, i not in matched, -i

    for row in rows:
        sources = set(_split(row.get("doc_ids", "")))
        if not sources & releases:
            continue
        score.rows += 1
        candidates = [i for i, e in enumerate(events)
                      if _same_event(e["event_type"], e.get("subject"), row, pred, aliases)]
        if candidates:
            matched[max(candidates, key=lambda i, row=row: preference(i, row))].append(row)
        elif sources <= releases:
            score.extra += 1
            notes.append(("extra", _show_row(row)))
    for i, event in enumerate(events):
        shown = (f"{event['event_type']} {event.get('subject')} → {event.get('object') or '-'} "
                 f"{event.get('date') or '-'}")
        found = matched.get(i, [])
        if not found:
            reported_in = ", ".join(event.get("reported_in") or [])
            notes.append(("missed", f"{shown} ({event.get('modality')}, in {reported_in})"))
            continue
        score.found += 1
        if len(found) > 1:
            score.duplicates += 1
            notes.append(("duplicate", f"{shown}: " + "; ".join(_show_row(r) for r in found)))
        gold_date, dates = event.get("date") or "", [r.get("date") or "" for r in found]
        right, compatible = gold_date in dates, any(_dates_compatible(gold_date, d) for d in dates)
        score.dates_right += right
        score.dates_compatible += compatible
        if not right:
            notes.append(("compatible date" if compatible else "wrong date",
                          f"{shown}: {', '.join(d or '-' for d in dates)}"))
    return score


def _show_row(row: dict[str, str]) -> str:
    return (f"{row.get('event_id')} {row.get('event_type')} {row.get('subject_name')} → "
            f"{row.get('object_names') or '-'} {row.get('date') or '-'} ({row.get('modality')}) [{row.get('doc_ids')}]")


def format_timelines(scores: dict[str, TimelineScore]) -> str:
    lines = [f"{'story':<14} {'events':>6} {'found':>6} {'recall':>6} {'dupl':>5} {'rows':>5} {'extra':>5}"
             f" {'date=':>6} {'date~':>6}"]
    for name, s in scores.items():
        lines.append(f"{name:<14} {s.events:6d} {s.found:6d} {s.recall:6.3f} {s.duplicates:5d} {s.rows:5d}"
                     f" {s.extra:5d} {s.dates_right:6d} {s.dates_compatible:6d}")
    lines.append("found: story events matched by a row of events.csv sourced from the story's releases; dupl: "
                 "matched by 2+ rows;\nextra: rows sourced only from the story's releases that match no story "
                 "event; date= / date~: found events\nwhose row date equals / is compatible with the gold date"
                 + (f"; {scores['pooled'].other} events of type 'other' not scored" if scores.get("pooled")
                    and scores["pooled"].other else ""))
    return "\n".join(lines)
