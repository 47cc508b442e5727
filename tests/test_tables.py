"""Reading the outputs back typed (pipeline.tables) and the roles table (roles.csv)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import export
from pipeline.reconcile import reconcile
from pipeline.reconcile.entities import reconcile_entities
from pipeline.records import CleanDocument, DocResult, OrgRecord, PersonRecord, RoleRecord, SourceDocument
from pipeline.schema import BY_NAME, TABLES
from pipeline.tables import load, load_all, split

EVENT = {"event_id": "e1", "event_type": "membership", "subject_id": "o1", "subject_name": "=Stadt Musterstadt",
         "object_ids": ["o2", "o3"], "object_names": ["Zweckverband Beispiel", "-Gemeinde Probe"],
         "date": "2019-01", "date_granularity": "month", "start_date": "2019-01-01", "end_date": "2019-01-31",
         "doc_ids": ["a", "b"], "n_sources": 12, "confidence": 0.75, "figure": 120}
UNDATED = {"event_id": "e2", "event_type": "resolution", "subject_id": "o1", "doc_ids": [], "n_sources": 2}


def write(out: Path, name: str, rows: list[dict]) -> None:
    table = BY_NAME[name]
    export.write_table(out, table, [{k: v for k, v in row.items() if k in table.columns} for row in rows])


def test_load_types_every_column_from_the_schema(tmp_path: Path) -> None:
    write(tmp_path, "events", [EVENT, UNDATED])
    events = load(tmp_path, "events").set_index("event_id")
    assert list(events.reset_index().columns) == BY_NAME["events"].columns
    assert str(events["n_sources"].dtype) == "Int64" and events.loc["e1", "n_sources"] == 12
    assert str(events["confidence"].dtype) == "Float64" and events.loc["e1", "confidence"] == 0.75
    assert pd.isna(events.loc["e2", "figure"]) and events.loc["e1", "figure"] == 120
    # lists are lists, the formula guard is gone from list items and from text
    assert events.loc["e1", "object_names"] == ["Zweckverband Beispiel", "-Gemeinde Probe"]
    assert events.loc["e2", "doc_ids"] == [] and events.loc["e1", "doc_ids"] == ["a", "b"]
    assert events.loc["e1", "subject_name"] == "=Stadt Musterstadt"
    assert "'=Stadt" in (tmp_path / "events.csv").read_text("utf-8")  # still guarded on disk
    # the interval is a pair of datetimes; the ISO value keeps its granularity as text
    assert pd.api.types.is_datetime64_any_dtype(events["start_date"])
    assert events.loc["e1", "start_date"] == pd.Timestamp("2019-01-01")
    assert events.loc["e1", "end_date"] == pd.Timestamp("2019-01-31")
    assert pd.isna(events.loc["e2", "start_date"]) and events.loc["e1", "date"] == "2019-01"
    assert events.loc["e2", "conflict"] == ""  # empty text stays ""


def test_numbers_sort_as_numbers(tmp_path: Path) -> None:
    rows = [{"event_id": "e1", "doc_id": "a", "sent_idx": i, "start": 100 * i, "end": 100 * i + 5,
             "evidence": f"Satz {i}"} for i in (1, 10, 12, 2, 4)]
    write(tmp_path, "event_sources", rows)
    sources = load(tmp_path, "event_sources").sort_values("sent_idx")
    assert sources["sent_idx"].tolist() == [1, 2, 4, 10, 12]
    assert sources["evidence"].tolist() == ["Satz 1", "Satz 2", "Satz 4", "Satz 10", "Satz 12"]


def test_untyped_load_gives_the_cells_as_text(tmp_path: Path) -> None:
    write(tmp_path, "events", [EVENT])
    events = load(tmp_path, "events", typed=False)
    row = events.iloc[0]
    assert (row["n_sources"], row["object_names"], row["subject_name"]) == (
        "12", "Zweckverband Beispiel | '-Gemeinde Probe", "=Stadt Musterstadt")
    assert split(row["object_names"]) == ["Zweckverband Beispiel", "-Gemeinde Probe"]
    assert split(["already", "split"]) == ["already", "split"]


def test_missing_file_and_missing_columns(tmp_path: Path) -> None:
    empty = load(tmp_path, "figures")
    assert empty.empty and list(empty.columns) == BY_NAME["figures"].columns
    assert str(empty["value"].dtype) == "Float64" and str(empty["start"].dtype) == "Int64"
    # an output of an older version without the interval columns: they are added, empty
    old = [c for c in BY_NAME["dates"].columns if c not in ("start_date", "end_date")]
    (tmp_path / "dates.csv").write_text(",".join(old) + "\r\n" + "a,0,0,4,2018,2018,year,absolute,\r\n", "utf-8")
    dates = load(tmp_path, "dates")
    assert list(dates.columns) == BY_NAME["dates"].columns
    assert dates.loc[0, "value"] == "2018" and dates.loc[0, "sent_idx"] == 0 and pd.isna(dates.loc[0, "start_date"])


def test_load_all_reads_every_table_of_a_run(corpus_output: Path) -> None:
    tables = load_all(corpus_output)
    assert set(tables) == {t.name for t in TABLES}
    for table in TABLES:
        raw = pd.read_csv(corpus_output / table.filename, dtype=str, keep_default_na=False)
        assert len(tables[table.name]) == len(raw), table.name
    events = tables["events"]
    assert all(isinstance(ids, list) and ids for ids in events["doc_ids"])
    assert (events["n_sources"] >= 1).all()
    dated = events[events["date"] != ""]
    assert dated["start_date"].notna().all() and (dated["start_date"] <= dated["end_date"]).all()


# --- roles.csv -------------------------------------------------------------------------------------

def release(doc_id: str, published: str, people: list[PersonRecord], orgs: list[OrgRecord]) -> DocResult:
    return DocResult(document=SourceDocument(doc_id=doc_id, path=f"{doc_id}.txt"),
                     clean=CleanDocument(doc_id=doc_id, text="", published=published),
                     organisations=orgs, people=people)


def mayor(org_key: str = "") -> PersonRecord:
    return PersonRecord(key="per:1", name="Erika Beispiel", roles=[RoleRecord("Bürgermeisterin", org_key)])


def town(name: str) -> OrgRecord:
    return OrgRecord(key="org:1", name=name, org_type="Stadt", n_mentions=1)


def test_roles_one_row_per_person_role_and_organisation_with_dates() -> None:
    results = [
        release("a", "2016-03-01", [mayor("org:1")], [town("Stadt Nordheim")]),
        release("b", "2019-05", [mayor("org:1")], [town("Stadt Südheim")]),
        release("c", "2020-02-02", [mayor("org:1")], [town("Stadt Südheim")]),
    ]
    index = reconcile_entities(results)
    rows = list(index.role_rows())
    assert [list(row) for row in rows] == [BY_NAME["roles"].columns] * 2
    by_org = {row["org_name"]: row for row in rows}
    assert set(by_org) == {"Stadt Nordheim", "Stadt Südheim"}
    assert (by_org["Stadt Nordheim"]["doc_ids"], by_org["Stadt Nordheim"]["first_seen"],
            by_org["Stadt Nordheim"]["last_seen"]) == (["a"], "2016-03-01", "2016-03-01")
    assert (by_org["Stadt Südheim"]["doc_ids"], by_org["Stadt Südheim"]["first_seen"],
            by_org["Stadt Südheim"]["last_seen"]) == (["b", "c"], "2019-05", "2020-02-02")
    assert {row["person_id"] for row in rows} == {next(index.people_rows())["person_id"]}
    assert {row["org_id"] for row in rows} == {row["org_id"] for row in index.organisation_rows()}
    # people.csv keeps its summary
    assert sorted(next(index.people_rows())["roles"]) == ["Bürgermeisterin @ Stadt Nordheim",
                                                       "Bürgermeisterin @ Stadt Südheim"]


def test_a_role_link_of_one_release_does_not_leak_to_another() -> None:
    results = [
        release("a", "2018-01-01", [mayor("org:1")], [town("Stadt Nordheim")]),
        release("b", "2019-01-01", [mayor()], []),  # the same role, no organisation named
        # within one release, the linked role replaces the bare mention of it
        release("c", "2020-01-01", [PersonRecord(key="per:1", name="Erika Beispiel", roles=[
            RoleRecord("Bürgermeisterin"), RoleRecord("Bürgermeisterin", "org:1")])], [town("Stadt Nordheim")]),
    ]
    rows = {(row["role"], row["org_name"]): row for row in reconcile_entities(results).role_rows()}
    assert rows[("Bürgermeisterin", "Stadt Nordheim")]["doc_ids"] == ["a", "c"]
    assert rows[("Bürgermeisterin", "")]["doc_ids"] == ["b"]
    assert rows[("Bürgermeisterin", "")]["org_id"] == ""


def test_roles_table_is_written_and_checked(tmp_path: Path) -> None:
    results = [release("a", "2018-01-01", [mayor("org:1")], [town("Stadt Nordheim")])]
    tables = reconcile(results)
    assert len(tables["roles"]) == 1
    export.write_table(tmp_path, BY_NAME["roles"], tables["roles"])  # validated against the schema
    roles = load(tmp_path, "roles")
    assert roles.loc[0, "role"] == "Bürgermeisterin" and roles.loc[0, "doc_ids"] == ["a"]


def test_roles_of_the_sample_corpus(corpus_output: Path) -> None:
    roles, people = load(corpus_output, "roles"), load(corpus_output, "people")
    assert not roles.empty
    assert set(roles["person_id"]) <= set(people["person_id"])
    assert not roles.duplicated(["person_id", "role", "org_id"]).any()
    published = dict(zip(*[load(corpus_output, "documents")[c] for c in ("doc_id", "published")], strict=True))
    for _, row in roles.iterrows():
        dates = sorted(published[d] for d in row["doc_ids"] if published[d])
        assert (row["first_seen"], row["last_seen"]) == ((dates[0], dates[-1]) if dates else ("", ""))
    # every linked role in people.csv is in roles.csv
    linked = {(p, label) for p, labels in zip(people["person_id"], people["roles"], strict=True) for label in labels}
    in_roles = {(p, f"{r} @ {o}" if o else r)
                for p, r, o in zip(roles["person_id"], roles["role"], roles["org_name"], strict=True)}
    assert linked <= in_roles
