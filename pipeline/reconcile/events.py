"""Event reconciliation: merge the per-sentence reports of all releases into events.

Reports are blocked by (type, subject, discriminator) — never compared
all-pairs — where the discriminator is the joined organisation for a
membership and the office for an appointment (one person's blocks in one organisation under two office
titles whose dates agree are one post: the smaller joins the larger).  Within a block:

* founding, operations_start and membership happen once: every report is the
  same event, disagreeing dates become a conflict;
* resolution, contract_signing, staff_transfer and appointment can repeat:
  reports whose absolute dates fall in different years are different events,
  everything else (same year, relative or missing dates) merges — except a
  release's decisions of one day about organisations that share none (one
  session's several decisions), and signings on different explicit dates with
  parties that share none, which stay apart.

The event keeps the best-supported date (explicit beats relative, day beats
month beats year, then the value more reports support); every other reported
value is listed in ``alternatives`` with its documents, and values that do not
merely refine each other ("2016" vs "2016-01-01" do; two different days do
not) are described in ``conflict``.

Event ids hash the type, the subject id and the block's discriminator (for
repeatable types also the year, for a session's further decisions also their
organisations; a subject's only membership leaves out the organisation
joined), so adding a release does not renumber the events that exist —
except when it gives a subject a second membership, or moves an event's best
date into another year.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..knowledge import family_of, knowledge
from ..periods import interval
from ..records import DocResult, EventReport
from .entities import EntityIndex, UnionFind
from .store import Store, pack, unpack

Row = dict[str, Any]
ONCE = frozenset({"founding", "operations_start", "membership"})
RESOLUTION_RANK = {"absolute": 2, "relative": 1}
GRANULARITY_RANK = {"day": 6, "week": 5, "month": 4, "season": 3, "quarter": 3, "half": 2, "year": 1, "decade": 0}


@dataclass
class Report:
    """One event report with global ids."""

    doc_id: str
    published: str
    report: EventReport
    subject_id: str
    object_ids: list[str]
    person_ids: list[str]

    @property
    def date(self) -> str:
        return self.report.date


@dataclass
class Cluster:
    """Reports of one real-world event."""

    event_type: str
    subject_id: str
    discriminator: str
    reports: list[Report] = field(default_factory=list)
    topic: str = ""  # another decision of the same body on the same occasion: the organisations it concerns

    def best(self) -> Report | None:
        """The report whose date the event takes; an explicit date one a relative one refines gives way to it
        ("Anfang Dezember 2024" and "vergangene Woche Montag": that Monday)."""
        dated = [r for r in self.reports if r.date]
        if not dated:
            return None
        top = max(dated, key=lambda r: _rank(r, dated))
        finer = [r for r in dated if _granularity(r.report) > _granularity(top.report) and top.date != r.date
                 and r.date.startswith(top.date[:4]) and compatible(r.date, top.date)
                 and r.report.date_resolution == "relative"]
        return max(finer, key=lambda r: _rank(r, dated)) if finer else top


def reconcile_events(results: Iterable[DocResult],
                     entities: EntityIndex) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of events.csv and event_sources.csv."""
    store = Store()
    try:
        store_events(results, entities, store)
        return ([row for rows in stored_rows(store, "events") for row in rows],
                [row for rows in stored_rows(store, "event_sources") for row in rows])
    finally:
        store.close()


def store_events(results: Iterable[DocResult], entities: EntityIndex, store: Store) -> None:
    """Merge the releases' event reports into events; their rows go into ``store`` (tables
    ``events`` and ``event_sources``, read back by ``stored_rows``). The reports wait in the store
    too, one block (type, subject, discriminator) read back at a time."""
    db = store.db
    db.executescript("""
        CREATE TABLE reports (event_type TEXT, subject TEXT, disc TEXT, seq INTEGER, report BLOB);
        CREATE TABLE events (event_id TEXT, seq INTEGER, event_type TEXT, start_date TEXT, row BLOB);
        CREATE TABLE event_sources (event_id TEXT, doc_id TEXT, start INTEGER, sent_idx INTEGER, seq INTEGER,
                                    row BLOB);
    """)
    seq = 0
    for result in results:
        rows = []
        for report in _reports(result, entities):
            for discriminator, split in _split(report):
                seq += 1
                rows.append((split.report.event_type, split.subject_id, discriminator, seq, _pack(split)))
        db.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?)", rows)
    _one_subject_per_signing(db)
    db.execute("CREATE INDEX reports_by_block ON reports (event_type, subject, disc, seq)")
    keys = db.execute("SELECT DISTINCT event_type, subject, disc FROM reports WHERE (event_type, subject) IN ("
                      "SELECT event_type, subject FROM reports WHERE (event_type = 'membership' AND disc = '') "
                      "OR (event_type = 'appointment' AND disc LIKE '%:'))").fetchall()  # the blocks that may join
    for (event_type, subject, disc), (_, _, into) in _attachments(keys).items():  # after the block's own reports
        db.execute("UPDATE reports SET disc = ?, seq = seq + ? WHERE event_type = ? AND subject = ? AND disc = ?",
                   (into, seq, event_type, subject, disc))
    for (subject, disc), into in _same_post_blocks(db).items():
        db.execute("UPDATE reports SET disc = ?, seq = seq + ? WHERE event_type = 'appointment' AND subject = ? "
                   "AND disc = ?", (into, seq, subject, disc))
    for (subject, disc), into in _successor_blocks(db, entities).items():
        db.execute("UPDATE reports SET disc = ?, seq = seq + ? WHERE event_type = 'membership' AND subject = ? "
                   "AND disc = ?", (into, seq, subject, disc))
    repeated = {subject for subject, in db.execute(
        "SELECT subject FROM reports WHERE event_type = 'membership' GROUP BY subject HAVING COUNT(DISTINCT disc) > 1")}
    n_rows = n_sources = 0
    blocks = store.groups("SELECT event_type || char(31) || subject || char(31) || disc, report FROM reports "
                          "ORDER BY event_type, subject, disc, seq")
    for block, found in blocks:
        event_type, subject_id, discriminator = block.split("\x1f")
        reports = [_unpack(blob) for blob, in found]
        taken: set[str] = set()
        for cluster in _clusters(event_type, subject_id, discriminator, reports):
            event_id = _event_id(cluster, named_object=subject_id in repeated)
            if event_id in taken:  # two events of a block alike in every part of the id: told apart by the first
                first = min(cluster.reports, key=lambda r: (r.doc_id, r.report.start))  # report of the second
                event_id = _event_id(replace(cluster, topic=f"{cluster.topic} {first.doc_id} {first.report.start}"),
                                     named_object=subject_id in repeated)
            taken.add(event_id)
            n_rows += 1
            row = _event_row(event_id, cluster, entities.name)
            db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                       (event_id, n_rows, event_type, row["start_date"], pack(row)))
            sources = []
            for row in _source_rows(event_id, cluster):
                n_sources += 1
                sources.append((event_id, row["doc_id"], row["start"], row["sent_idx"], n_sources, pack(row)))
            db.executemany("INSERT INTO event_sources VALUES (?, ?, ?, ?, ?, ?)", sources)
    db.execute("CREATE INDEX events_by_id ON events (event_id, seq)")
    db.execute("CREATE INDEX event_sources_by_id ON event_sources (event_id, doc_id, start, seq)")
    db.execute("CREATE INDEX event_sources_by_doc ON event_sources (doc_id, sent_idx)")


def stored_rows(store: Store, table: str) -> Iterator[list[Row]]:
    """The rows ``store_events`` stored in ``table`` (events or event_sources), one list per
    event_id, in the order of their primary key."""
    order = "event_id, seq" if table == "events" else "event_id, doc_id, start, seq"
    for _, found in store.groups(f"SELECT event_id, row FROM {table} ORDER BY {order}"):
        yield [unpack(blob) for blob, in found]


def _pack(report: Report) -> bytes:
    return pack((report.doc_id, report.published, tuple(vars(report.report).values()), report.subject_id,
                 report.object_ids, report.person_ids))


def _unpack(blob: bytes) -> Report:
    doc_id, published, fields, subject_id, object_ids, person_ids = unpack(blob)
    return Report(doc_id, published, EventReport(*fields), subject_id, object_ids, person_ids)


# --------------------------------------------------------------------------- global ids and names

def _gid(entities: EntityIndex, doc_id: str, key: str) -> str:
    """Global id of a document-local key; the key itself when reconcile knows none."""
    return entities.entity_id(doc_id, key) or key if key else ""


def _reports(result: DocResult, entities: EntityIndex) -> Iterator[Report]:
    doc_id = result.document.doc_id
    published = result.clean.published if result.clean else result.document.published
    for r in result.events:
        subject = _gid(entities, doc_id, r.subject_key)
        if not subject:
            continue
        objects = list(dict.fromkeys(g for k in r.object_keys if (g := _gid(entities, doc_id, k)) and g != subject))
        people = list(dict.fromkeys(g for k in r.person_keys if (g := _gid(entities, doc_id, k))))
        yield Report(doc_id, published or "", r, subject, objects, people)


# --------------------------------------------------------------------------- blocking and clustering

def _split(report: Report) -> list[tuple[str, Report]]:
    """(discriminator, report) pairs: a membership per joined organisation, an appointment per office,
    a staff transfer per giver when a sentence gives each giver's head count."""
    r = report.report
    if r.event_type == "membership" and len(report.object_ids) > 1:
        return [(o, Report(report.doc_id, report.published, r, report.subject_id, [o], report.person_ids))
                for o in report.object_ids]
    if r.event_type == "membership":
        return [(report.object_ids[0] if report.object_ids else "", report)]
    if r.event_type == "appointment":
        return [(f"{r.direction}:{office_key(r.role)}", report)]
    if r.event_type == "staff_transfer" and r.share and report.object_ids:
        return [(report.object_ids[0], report)]  # "23 aus A und 17 aus B": one transfer per giver
    return [("", report)]


_UMLAUTS = str.maketrans("äöü", "aou")


def office_key(role: str) -> str:
    """An office regardless of the holder's gender, of the case its title was written in and of the body or
    organisation its title names: "Geschäftsführerin" and "Geschäftsführer", "Vorständin" and "Vorstand",
    "Verbandsvorsteherin des X" and "Verbandsvorsteher", "zum Vorsitzenden" and "Vorsitzende",
    "Vorstandsvorsitzender" and "Vorsitzender des Vorstands" are one office."""
    offices = knowledge().office_roles  # the nominative of an inflected title ("Vorsitzenden" → "Vorsitzender")
    key = " ".join(offices.get(word, word) for word in role.split()).lower().translate(_UMLAUTS)
    key = key.split(" des ")[0].split(" der ")[0]  # "Vorsteher des X": Vorsteher
    key = key[:-2] if key.endswith("in") and len(key) > 5 else key
    key = key[:-1] if key.endswith(("nder", "eter")) else key  # a noun declined as an adjective
    return "vorsitzende" if key.endswith("vorsitzende") and " " not in key else key  # "Vorstandsvorsitzender"


def _one_subject_per_signing(db: Any) -> None:
    """Releases name a signing's parties in different orders, so they give it different subjects ("A
    unterzeichnete mit B" and "B und A unterzeichneten"): reports of the same parties on compatible dates are
    one signing, filed under the subject most of them give (on a tie, the one a report of the signing done,
    with the most precise date, gives); the others' subjects become objects. (Parties that only overlap may
    be separate contracts: "ihre Beitrittsverträge".)"""
    found = [(rowid, _unpack(blob)) for rowid, blob in
             db.execute("SELECT rowid, report FROM reports WHERE event_type = 'contract_signing' ORDER BY seq")]
    parties = [{r.subject_id, *r.object_ids} for _, r in found]
    same = UnionFind()  # keys: the reports' places in ``found``, as text
    by_parties: dict[frozenset[str], list[int]] = defaultdict(list)  # the parties → the first report of each date
    for i, found_parties in enumerate(parties):
        firsts = by_parties[frozenset(found_parties)]
        j = next((j for j in firsts if compatible(found[j][1].date, found[i][1].date)), None)
        if j is None:
            firsts.append(i)
        else:
            same.union(str(i), str(j))
    groups: dict[str, list[int]] = {}
    for i in range(len(found)):
        groups.setdefault(same.find(str(i)), []).append(i)
    for members in groups.values():
        subjects = Counter(found[i][1].subject_id for i in members)
        if len(subjects) < 2:
            continue
        told = {s: max((found[i][1].report.modality == "reported", len(found[i][1].date), -i)
                       for i in members if found[i][1].subject_id == s) for s in subjects}
        subject = max(subjects, key=lambda s: (subjects[s], told[s]))  # on a tie: the best told signing's
        for i in members:
            rowid, report = found[i]
            if report.subject_id != subject:
                report.object_ids = [report.subject_id, *(o for o in report.object_ids if o != subject)]
                report.subject_id = subject
                db.execute("UPDATE reports SET subject = ?, report = ? WHERE rowid = ?",
                           (subject, _pack(report), rowid))


def _attachments(keys: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """Blocks (of ``keys``) that join another: a membership report without object joins its subject's
    only membership; an appointment report without office joins the person's only appointment in
    the same direction. RETURNS: block → the block it joins."""
    out = {}
    for (event_type, subject, disc) in [k for k in keys if k[0] == "membership" and not k[2]]:
        targets = [k for k in keys if k[0] == event_type and k[1] == subject and k[2]]
        if len(targets) == 1:
            out[(event_type, subject, disc)] = targets[0]
    for (event_type, subject, disc) in [k for k in keys if k[0] == "appointment" and k[2].endswith(":")]:
        targets = [k for k in keys if k[0] == event_type and k[1] == subject and k[2] != disc
                   and k[2].startswith(disc)]
        if len(targets) == 1:
            out[(event_type, subject, disc)] = targets[0]
    return out


def _same_post_blocks(db: Any) -> dict[tuple[str, str], str]:
    """Appointments of one person, in one direction, in one organisation under two office titles ("Geschäftsführer"
    in one release, "Leiter" in another; "Vorständin" and "ehrenamtliche Vorständin") whose dates agree (or one
    has none) are one post: the block with fewer reports joins the other. RETURNS: (person, block) → block."""
    by_person: dict[str, dict[str, list[Report]]] = defaultdict(lambda: defaultdict(list))
    for subject, disc, blob in db.execute("SELECT subject, disc, report FROM reports WHERE event_type = 'appointment' "
                                          "ORDER BY subject, disc, seq"):
        by_person[subject][disc].append(_unpack(blob))
    out: dict[tuple[str, str], str] = {}
    for subject, blocks in by_person.items():
        if len(blocks) < 2:
            continue
        posts = {disc: ({r.object_ids[0] for r in reports if r.object_ids},  # where the post is, not others named
                        {r.report.date for r in reports if r.report.date}) for disc, reports in blocks.items()}
        for disc in sorted(blocks, key=lambda d: len(blocks[d])):
            orgs, dates = posts[disc]
            into = next((other for other in blocks if other != disc and (subject, other) not in out
                         and other.split(":")[0] == disc.split(":")[0] and len(blocks[other]) >= len(blocks[disc])
                         and orgs & posts[other][0] and _agree(dates | posts[other][1])), None)
            if into is not None:
                out[subject, disc] = into
    return out


def _agree(dates: set[str]) -> bool:
    """Dates that name one time: each refines the coarsest ("2025" ~ "2025-03" ~ "2025-03-14")."""
    return all(b.startswith(a) for a, b in itertools.pairwise(sorted(dates, key=len)))


def _successor_blocks(db: Any, entities: EntityIndex) -> dict[tuple[str, str], str]:
    """Memberships of one subject in an organisation and in the one it merged into (a founding whose founders
    are of the founded one's family: two cooperatives founding the cooperative they merge into) are one membership,
    of the successor: a release written before the merger names the predecessor. RETURNS: (subject, predecessor)
    → successor."""
    successor: dict[str, str] = {}
    founded: dict[str, str] = {}  # successor → the year it was founded, when a report says
    families: dict[str, str] = {}
    for blob, in db.execute("SELECT report FROM reports WHERE event_type = 'founding' ORDER BY seq"):
        founding = _unpack(blob)
        if founding.date[:4].isdigit():
            founded.setdefault(founding.subject_id, founding.date[:4])
        for founder in founding.object_ids:
            if founder != founding.subject_id and \
                    _family(entities, founder, families) == _family(entities, founding.subject_id, families):
                successor.setdefault(founder, founding.subject_id)
    if not successor:
        return {}
    involved = set(successor) | set(successor.values())  # only their memberships' reports are read back
    joined: defaultdict[str, dict[str, str]] = defaultdict(dict)  # subject → joined → its earliest year ('' none)
    for subject, disc, blob in db.execute("SELECT subject, disc, report FROM reports WHERE event_type = 'membership' "
                                          "AND disc != ''"):
        if disc not in involved:
            continue
        year = _unpack(blob).date[:4]
        year = year if year.isdigit() else ""
        known = joined[subject].get(disc)
        joined[subject][disc] = min(filter(None, [known, year]), default="")
    # a membership in the predecessor dated before the successor was founded is one of its own (a member since 1979)
    return {(subject, disc): successor[disc] for subject, discs in sorted(joined.items()) for disc in sorted(discs)
            if successor.get(disc) in discs and not (discs[disc] and discs[disc] < founded.get(successor[disc], ""))}


def _family(entities: EntityIndex, org_id: str, known: dict[str, str]) -> str:
    """An organisation's type family, looked up once per organisation (``known``)."""
    if org_id not in known:
        records = entities.records(org_id)
        known[org_id] = family_of(records[0][1].org_type) if records else ""
    return known[org_id]


def _clusters(event_type: str, subject_id: str, discriminator: str, reports: list[Report]) -> list[Cluster]:
    ordered = sorted(reports, key=lambda r: (-_specificity(r), r.doc_id, r.report.start))
    if event_type in ONCE:
        return [Cluster(event_type, subject_id, discriminator, ordered)]
    clusters: list[Cluster] = []
    undated = []
    for report in ordered:
        if not report.date:
            undated.append(report)
            continue
        fitting = [c for c in clusters if _same_occasion(c, report)]
        home = max(fitting, key=lambda c: _overlap(c, [report]), default=None)  # first of the best
        if home is None:
            another = event_type == "resolution" and any(_another_decision(c, report) for c in clusters)
            topic = "" if not another else f"{report.doc_id} {report.report.section}" \
                if _another_item(clusters, report) else " ".join(sorted(report.object_ids))
            home = Cluster(event_type, subject_id, discriminator, topic=topic)
            clusters.append(home)
        home.reports.append(report)
    if undated:
        if not clusters:
            clusters.append(Cluster(event_type, subject_id, discriminator))
        home = max(clusters, key=lambda c: (_overlap(c, undated), len(c.reports), -clusters.index(c)))
        home.reports.extend(undated)
    return clusters


def _same_occasion(cluster: Cluster, report: Report) -> bool:
    """Dates of a repeatable event: different years of explicit dates mean different events; a release's
    decisions about different organisations are different decisions."""
    if cluster.event_type == "resolution" and _another_decision(cluster, report):
        return False
    best = cluster.best()
    if best is None or compatible(best.date, report.date):
        return True
    if cluster.event_type == "resolution" and len(report.date) == 10 and any(
            len(r.date) == 10 and _months_apart(r.date, report.date)
            for r in cluster.reports if r.doc_id == report.doc_id):
        return False  # a chronicle's "9. Januar: … beschließt …", "4. Dezember: … beschließt …": one year, read alike
    resolutions = {best.report.date_resolution, report.report.date_resolution}
    if resolutions & {"relative", "unresolved"}:
        return True
    if cluster.event_type == "contract_signing" and report.object_ids and not _overlap(cluster, [report]) \
            and any(r.object_ids for r in cluster.reports):
        return False  # the statute signed with the towns on 27 May, a care agreement with a club on 3 September
    if cluster.event_type == "resolution" and _months_apart(best.date, report.date) \
            and any(r.doc_id == report.doc_id for r in cluster.reports):
        return False  # "im Februar abgelehnt", "am 11. November zugestimmt": one release's two decisions of a year
    return best.date[:4] == report.date[:4]


def _months_apart(a: str, b: str) -> bool:
    """Two dates three months or more apart (months of the year: quarters, months, days)."""
    months = _months(a), _months(b)
    return bool(months[0] and months[1]) and \
        min(abs(months[0][0] - months[1][1]), abs(months[1][0] - months[0][1])) >= 3


def _another_item(clusters: list[Cluster], report: Report) -> bool:
    """Minutes: a cluster holds the release's decision under another agenda item."""
    return report.report.section >= 0 and any(
        r.doc_id == report.doc_id and r.report.section not in (-1, report.report.section)
        for c in clusters for r in c.reports)


def _another_decision(cluster: Cluster, report: Report) -> bool:
    """The release reports the cluster's decisions of the same day about other organisations than this
    one's: one session's several decisions ("… den Beitritt zu X beschlossen. … den Jahresabschluss der Y
    festgestellt"); or, in minutes, a decision under another agenda item."""
    if _another_item([cluster], report):
        return True
    objects = set(report.object_ids)
    same_session = [r for r in cluster.reports if r.doc_id == report.doc_id and r.object_ids
                    and len(report.date) == 10 and r.date == report.date]
    return bool(objects and same_session) and all(not objects & set(r.object_ids) for r in same_session)


def _overlap(cluster: Cluster, reports: list[Report]) -> int:
    objects = {o for r in cluster.reports for o in r.object_ids}
    return sum(bool(objects & set(r.object_ids)) for r in reports)


def compatible(a: str, b: str) -> bool:
    """Two ISO values agree when one refines the other ("2016" and "2016-01-01",
    "2016-Q1" and "2016-02")."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return False  # two different days
    ra, rb = _months(a), _months(b)
    if not ra or not rb:
        return False
    return (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1])


def _months(value: str) -> tuple[int, int] | None:
    """The months (year*12 + month) an ISO value covers, for quarter/half/month/day values."""
    match = re.fullmatch(r"(\d{4})(?:-(?:(\d{2})(?:-\d{2})?|Q([1-4])|H([12])))?", value)
    if not match:
        return None
    year, month, quarter, half = match.groups()
    base = int(year) * 12
    if month:
        return base + int(month), base + int(month)
    if quarter:
        return base + 3 * int(quarter) - 2, base + 3 * int(quarter)
    if half:
        return base + 6 * int(half) - 5, base + 6 * int(half)
    return base + 1, base + 12


def _specificity(report: Report) -> int:
    r = report.report
    if not r.date:
        return 0
    return RESOLUTION_RANK.get(r.date_resolution or "absolute", 0) * 10 + _granularity(r)


def _granularity(r: EventReport) -> int:
    return GRANULARITY_RANK.get(r.date_granularity, {10: 6, 7: 4, 4: 1}.get(len(r.date), 0))


def _rank(report: Report, dated: list[Report]) -> tuple:
    """The day an event takes effect beats the day it was decided on (a membership admitted on 9 September
    "mit Wirkung zum 1. Januar", an office taken up on 1 July by one elected in March), explicit beats relative,
    specific beats vague, then support, then confidence."""
    support = sum(compatible(report.date, other.date) for other in dated)
    return (not report.report.dated_by_proxy, report.report.dated_by_outcome, _specificity(report),
            support, report.report.confidence,
            _neg(report.doc_id), -report.report.start)


def _neg(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text)


# --------------------------------------------------------------------------- rows

def _event_id(cluster: Cluster, named_object: bool = True) -> str:
    """A hash of what the event is. A subject's only membership is known by its subject alone,
    so its id stays when a later release first names the organisation joined."""
    best = cluster.best()
    year = best.date[:4] if best and cluster.event_type not in ONCE else ""
    discriminator = cluster.discriminator if cluster.event_type != "membership" or named_object else ""
    topic = (cluster.topic,) if cluster.topic else ()
    basis = "\x1f".join((cluster.event_type, cluster.subject_id, discriminator, year, *topic))
    return "ev_" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def _event_row(event_id: str, cluster: Cluster, name: Callable[[str], str]) -> Row:
    best = cluster.best()
    reports = cluster.reports
    lead = best or max(reports, key=lambda r: (r.report.confidence, _neg(r.doc_id), -r.report.start))
    objects = _objects(cluster)
    figure, figure_conflict = _figure(reports)
    conflicts = _date_conflicts(best, reports)
    if figure_conflict:
        conflicts.append(figure_conflict)
    return {
        "event_id": event_id,
        "event_type": cluster.event_type,
        "subject_id": cluster.subject_id,
        "subject_name": name(cluster.subject_id),
        "object_ids": objects,
        "object_names": [name(o) for o in objects],
        "date": best.date if best else "",
        "date_granularity": (best.report.date_granularity or _granularity_name(best.date)) if best else "",
        "start_date": interval(best.date)[0] if best else "",
        "end_date": interval(best.date)[1] if best else "",
        "date_role": best.report.date_role if best else "",
        "modality": _modality(reports, cluster.event_type, best),
        "figure": figure,
        "person_ids": sorted({p for r in reports for p in r.person_ids}),
        "office": _office(reports),
        "doc_ids": sorted({r.doc_id for r in reports}),
        "n_sources": len({(r.doc_id, r.report.start) for r in reports}),
        "evidence": lead.report.evidence,
        "confidence": _confidence(reports),
        "conflict": "; ".join(conflicts),
        "alternatives": _alternatives(best, reports),
    }


MODALITY_ORDER = ("reported", "expected", "planned", "negated")


def _modality(reports: list[Report], event_type: str, best: Report | None) -> str:
    """What the reports together say: one report that it happened wins over announcements; but an event
    dated after its latest release (decided, announced in the indicative: "tritt zum 1. Januar 2027 bei") has
    not happened yet: planned. A decision is dated by the day it is taken."""
    modality = min((r.report.modality for r in reports), key=MODALITY_ORDER.index, default="reported")
    latest = max((r.published for r in reports), default="")
    if modality == "reported" and event_type != "resolution" and best is not None and latest \
            and interval(best.date)[0] > interval(latest)[1]:
        return "planned"
    return modality


def _office(reports: list[Report]) -> str:
    """Appointments: "takes up: Geschäftsführerin" / "leaves: Vorstand" (most reported office)."""
    offices = Counter(r.report.role for r in reports if r.report.role)
    direction = next((r.report.direction for r in reports if r.report.direction), "")
    if not direction:
        return ""
    office = min(offices, key=lambda o: (-offices[o], o)) if offices else ""
    return f"{'leaves' if direction == 'end' else 'takes up'}: {office}".rstrip(": ")


def _objects(cluster: Cluster) -> list[str]:
    if cluster.event_type == "membership" and cluster.discriminator:  # one joined organisation per block (also a
        return [cluster.discriminator]  # predecessor's reports joined to its successor's)
    counts = Counter(o for r in cluster.reports for o in r.object_ids)
    return sorted(counts, key=lambda o: (-counts[o], o))


def _granularity_name(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "")


def _figure(reports: list[Report]) -> tuple[float | None, str]:
    values = Counter(r.report.figure for r in reports if r.report.figure is not None)
    if not values:
        return None, ""
    ranked = sorted(values, key=lambda v: (-values[v], v))
    conflict = ""
    if len(ranked) > 1:
        conflict = "figures disagree: " + " vs ".join(_fmt_number(v) for v in ranked)
    return ranked[0], conflict


def _fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _values(reports: list[Report]) -> dict[str, list[Report]]:
    by_value: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        if r.date:
            by_value[r.date].append(r)
    return by_value


def _docs(reports: list[Report]) -> str:
    labels = []
    for r in reports:
        label = r.doc_id + (", relative" if r.report.date_resolution == "relative" else "")
        labels.append(label)
    return ", ".join(dict.fromkeys(sorted(labels)))


def _date_conflicts(best: Report | None, reports: list[Report]) -> list[str]:
    if best is None:
        return []
    by_value = _values(reports)
    others = [v for v in sorted(by_value) if not compatible(v, best.date)]
    if not others:
        return []
    parts = [f"{v} ({_docs(by_value[v])})" for v in others]
    return [f"dates disagree: {best.date} ({_docs(by_value[best.date])}) kept over " + ", ".join(parts)]


def _alternatives(best: Report | None, reports: list[Report]) -> list[str]:
    """Every reported value other than the kept one, with the documents reporting it."""
    if best is None:
        return []
    by_value = _values(reports)
    return [f"{v} ({_docs(by_value[v])})" for v in sorted(by_value) if v != best.date]


def _confidence(reports: list[Report]) -> float:
    """Independent support: 1 - Π(1 - c) over the best report of each document."""
    per_doc: dict[str, float] = {}
    for r in reports:
        per_doc[r.doc_id] = max(per_doc.get(r.doc_id, 0.0), r.report.confidence)
    doubt = 1.0
    for c in per_doc.values():
        doubt *= 1.0 - c
    return round(min(0.99, 1.0 - doubt), 2)


def _source_rows(event_id: str, cluster: Cluster) -> list[Row]:
    """One row per reporting sentence; ``date_reported`` is the date that sentence's
    release gives the event (its best-supported value within that release)."""
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for r in cluster.reports:
        by_doc[r.doc_id].append(r)
    rows: dict[tuple[str, int], Row] = {}
    for doc_id, reports in by_doc.items():
        dated = [r for r in reports if r.date]
        doc_date = max(dated, key=lambda r: _rank(r, dated)).date if dated else ""
        for r in sorted(reports, key=lambda r: r.report.start):
            rows.setdefault((doc_id, r.report.start), {
                "event_id": event_id, "doc_id": doc_id, "sent_idx": r.report.sent_idx,
                "start": r.report.start, "end": r.report.end, "date_reported": doc_date,
                "evidence": r.report.evidence,
            })
    return list(rows.values())
