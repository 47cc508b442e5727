"""The output tables: columns, types, descriptions and keys (SPEC §4).

One definition feeds the CSV writer (column order), ``datapackage.json``
(Frictionless Table Schema) and the README's table of columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # Frictionless type: string, integer, number, ...
    description: str
    enum: tuple[str, ...] = ()  # allowed values (empty cells always allowed)
    pattern: str = ""  # regular expression a non-empty value must match
    multi: bool = False  # a list: several values joined with LIST_SEPARATOR in one cell


@dataclass(frozen=True)
class Table:
    name: str
    row: str  # what one row is
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = field(default=())  # (column, table, column)

    @cached_property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"


def F(name: str, type_: str, description: str, enum: tuple[str, ...] = (),  # noqa: N802 - reads like a row
      pattern: str = "", multi: bool = False) -> Field:
    return Field(name, type_, description + (MULTI if multi else ""), enum, pattern, multi)


# ISO 8601 at its granularity: day, ISO week, month, quarter, half-year, season, year (see periods.py)
ISO_DATE = r"\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}|spring|summer|autumn|winter))?"
ISO_DAY = r"\d{4}-\d{2}-\d{2}"


def is_interval(f: Field) -> bool:
    """An interval column: ISO days (read as datetimes by ``tables.load``, as dates into Excel)."""
    return f.pattern == ISO_DAY


GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year", "decade")
QUALIFIERS = ("exact", "about", "more_than", "less_than", "at_least", "at_most")
MEASURES = ("staff", "workplaces", "members", "inhabitants", "amount", "savings", "budget", "share_capital",
            "investment", "revenue", "votes_for", "votes_against", "abstentions", "percent", "count")
EVENT_TYPES = ("founding", "operations_start", "membership", "contract_signing", "resolution",
               "staff_transfer", "appointment")


DOC_ID = F("doc_id", "string", "Document id (file path below the input folder, without suffix)")
SENT_IDX = F("sent_idx", "integer", "Sentence number in the cleaned text, from 0")
START = F("start", "integer", "Start character offset into texts/<doc_id>.txt")
END = F("end", "integer", "End character offset (exclusive) into texts/<doc_id>.txt")
TEXT = F("text", "string", "The text span as it appears in the cleaned text")
MULTI = " (several values joined with ' | ')"

TABLES: tuple[Table, ...] = (
    Table("documents", "input file", (
        DOC_ID,
        F("path", "string", "File path relative to its input folder"),
        F("title", "string", "Title from the manifest, the HTML page or the release's headline"),
        F("url", "string", "Source URL from the manifest"),
        F("source", "string", "Source (publisher) from the manifest"),
        F("published", "string", "Publication date, ISO 8601 (YYYY-MM-DD or YYYY-MM)", pattern=ISO_DATE),
        F("published_source", "string", "Where the publication date came from: manifest, text, inferred or none",
          ("manifest", "text", "inferred", "none")),
        F("n_chars", "integer", "Characters in the cleaned text"),
        F("n_sentences", "integer", "Sentences in the cleaned text"),
        F("status", "string", "ok, empty, error or skipped", ("ok", "empty", "error", "skipped")),
        F("error", "string", "Why the document is not ok"),
        F("sha256", "string", "SHA-256 of the input file's bytes"),
        F("replaced_bytes", "integer", "Bytes not valid in the detected encoding, shown as U+FFFD"),
        F("removed_chars", "integer", "Invisible characters removed (zero-width, soft hyphen, bidi controls)"),
        F("model", "string", "spaCy model (name and version) that processed the document"),
    ), ("doc_id",)),
    Table("organisations", "real-world organisation, reconciled across documents", (
        F("org_id", "string", "Stable organisation id"),
        F("name", "string", "Canonical full name in the nominative"),
        F("short_name", "string", "Acronym or short name, if any"),
        F("org_type", "string", "Stadt, Landeshauptstadt, Landkreis, Amt, Gemeinde, Anstalt, GmbH, "
                                "Zweckverband, Gremium, Unternehmen, Verband, Behörde or Sonstige"),
        F("legal_form", "string", "Legal form (AöR, GmbH, e.V., …), if named"),
        F("parent_id", "string", "For a body (Gremium): the organisation it belongs to"),
        F("aliases", "string", "Other names used for it", multi=True),
        F("n_docs", "integer", "Documents that mention it"),
        F("n_mentions", "integer", "Mentions across all documents"),
    ), ("org_id",)),
    Table("people", "real-world person, reconciled across documents", (
        F("person_id", "string", "Stable person id"),
        F("name", "string", "First and last name, without academic title"),
        F("title", "string", "Academic title (Dr., Prof.)"),
        F("roles", "string", "Roles as 'Role @ Organisation'", multi=True),
        F("org_ids", "string", "Organisations of those roles", multi=True),
        F("n_docs", "integer", "Documents that mention the person"),
        F("first_seen", "string", "Earliest publication date of those documents", pattern=ISO_DATE),
        F("last_seen", "string", "Latest publication date of those documents", pattern=ISO_DATE),
    ), ("person_id",)),
    Table("mentions", "entity mention", (
        DOC_ID, SENT_IDX, START, END, TEXT,
        F("label", "string", "ORG, PER, LOC or ROLE", ("ORG", "PER", "LOC", "ROLE")),
        F("entity_id", "string", "org_id or person_id the mention refers to, if reconciled"),
    ), ("doc_id", "start", "end", "label"), (("doc_id", "documents", "doc_id"),)),
    Table("dates", "date expression", (
        DOC_ID, SENT_IDX, START, END, TEXT,
        F("value", "string", "ISO 8601 value at its granularity (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Q1…Q4, "
                             "YYYY-H1/H2, YYYY-spring/summer/autumn/winter, YYYY); empty if unresolved",
          pattern=ISO_DATE),
        F("granularity", "string", "day, week, month, quarter, half, season, year or decade", GRANULARITIES),
        F("resolution", "string", "absolute, relative or unresolved", ("absolute", "relative", "unresolved")),
        F("anchor", "string", "Date a relative expression was resolved against"),
        F("start_date", "string", "First day of the value's interval (ISO day)", pattern=ISO_DAY),
        F("end_date", "string", "Last day of the value's interval (ISO day)", pattern=ISO_DAY),
    ), ("doc_id", "start", "end"), (("doc_id", "documents", "doc_id"),)),
    Table("figures", "figure (a count or amount)", (
        F("figure_id", "string", "Figure id (doc_id + offset)"),
        DOC_ID, SENT_IDX, START, END, TEXT,
        F("value", "number", "The number"),
        F("unit", "string", "What is counted (nominative plural), or EUR / Prozent, as the text says it"),
        F("canonical_unit", "string", "The unit in one word per kind (Beschäftigte for Mitarbeiter, Kolleginnen "
                                      "und Kollegen, …; EUR; Prozent)"),
        F("measure", "string", "What the number measures: " + ", ".join(MEASURES), MEASURES),
        F("qualifier", "string", "exact, about (rund), more_than (mehr als), less_than (weniger als), "
                                 "at_least (mindestens) or at_most (höchstens, bis zu)", QUALIFIERS),
        F("org_id", "string", "Organisation the figure belongs to"),
        F("as_of", "string", "Date the figure refers to", pattern=ISO_DATE),
    ), ("figure_id",), (("doc_id", "documents", "doc_id"), ("org_id", "organisations", "org_id"))),
    Table("events", "real-world event, reconciled across documents", (
        F("event_id", "string", "Stable event id"),
        F("event_type", "string", "founding, operations_start, membership, contract_signing, resolution, "
                                  "staff_transfer or appointment", EVENT_TYPES),
        F("subject_id", "string", "org_id (person_id for appointments) of the subject"),
        F("subject_name", "string", "Name of the subject"),
        F("object_ids", "string", "Ids of the other parties", multi=True),
        F("object_names", "string", "Names of the other parties", multi=True),
        F("date", "string", "Best-supported date, ISO 8601 at its granularity", pattern=ISO_DATE),
        F("date_granularity", "string", "day, week, month, quarter, half, season, year or decade", GRANULARITIES),
        F("start_date", "string", "First day of the date's interval (ISO day)", pattern=ISO_DAY),
        F("end_date", "string", "Last day of the date's interval (ISO day)", pattern=ISO_DAY),
        F("date_role", "string", "effective, signed, decided, started or announced",
          ("effective", "signed", "decided", "started", "announced")),
        F("modality", "string", "reported (it happened), planned, expected or negated (did not happen); "
                                "a report that it happened wins over announcements; an event dated after its latest "
                                "release is planned (a decision excepted)",
          ("reported", "planned", "expected", "negated")),
        F("figure", "number", "Figure of the event (e.g. staff transferred)"),
        F("person_ids", "string", "People acting or present", multi=True),
        F("office", "string", "Appointments: the office taken up or left ('takes up: Landrätin')"),
        F("doc_ids", "string", "Documents reporting the event", multi=True),
        F("n_sources", "integer", "Number of reporting sentences"),
        F("evidence", "string", "The best reporting sentence"),
        F("confidence", "number", "0–1: how complete and direct the evidence is"),
        F("conflict", "string", "Description of disagreement between reports, if any"),
        F("alternatives", "string", "Other reported dates with their doc_ids", multi=True),
    ), ("event_id",)),
    Table("event_sources", "(event, reporting sentence)", (
        F("event_id", "string", "Event reported"),
        DOC_ID, SENT_IDX, START, END,
        F("date_reported", "string", "The date this report gives", pattern=ISO_DATE),
        F("evidence", "string", "The reporting sentence"),
    ), ("event_id", "doc_id", "start"), (("event_id", "events", "event_id"), ("doc_id", "documents", "doc_id"))),
    Table("roles", "(person, role, organisation)", (
        F("person_id", "string", "Person holding the role"),
        F("name", "string", "The person's name"),
        F("role", "string", "Office or function as the release names it (Bürgermeisterin, Geschäftsführer)"),
        F("org_id", "string", "Organisation of the role, when a release links them (empty if none does)"),
        F("org_name", "string", "Name of that organisation"),
        F("doc_ids", "string", "Documents giving the person this role at this organisation", multi=True),
        F("first_seen", "string", "Earliest publication date of those documents", pattern=ISO_DATE),
        F("last_seen", "string", "Latest publication date of those documents", pattern=ISO_DATE),
    ), ("person_id", "role", "org_id"), (("person_id", "people", "person_id"), ("org_id", "organisations", "org_id"))),
)

BY_NAME = {table.name: table for table in TABLES}


def markdown() -> str:
    """The README's table of output files and columns."""
    lines = ["| file | one row per | column | type | description |", "|---|---|---|---|---|"]
    for table in TABLES:
        for i, f in enumerate(table.fields):
            first = (f"`{table.filename}`", table.row) if i == 0 else ("", "")
            lines.append(f"| {first[0]} | {first[1]} | `{f.name}` | {f.type} | {f.description} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown())
