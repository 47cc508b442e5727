"""The analyst's overrides file (merge, split, rename organisations; drop events, fix dates) and
generic words that are no organisation's alias."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from pipeline import cli, config, overrides
from pipeline.reconcile import reconcile
from pipeline.reconcile.entities import is_generic_name, reconcile_entities
from pipeline.records import (
    CleanDocument,
    DocResult,
    EventReport,
    FigureMention,
    Mention,
    OrgRecord,
    PersonRecord,
    RoleRecord,
    SourceDocument,
)
from pipeline.run import run
from pipeline.schema import TABLES

from .conftest import CORPUS

TOWN, HUB, SERVICE = "org:stadt birkenfelde", "org:datenwerk nord aör", "org:dwn service"
MAYOR = "per:karl muster"


def _report(event_type: str, subject: str, objects: list[str], date: str, start: int = 0) -> EventReport:
    granularity = {10: "day", 7: "month", 4: "year"}.get(len(date), "")
    return EventReport(event_type, sent_idx=start // 100, start=start, end=start + 40, evidence=f"Satz {start}.",
                       subject_key=subject, object_keys=objects, date=date, date_granularity=granularity,
                       date_role="effective", date_resolution="absolute", confidence=0.8)


def _doc(doc_id: str, orgs: list[OrgRecord], events: list[EventReport], people: list[PersonRecord] | None = None,
         published: str = "2020-01-01") -> DocResult:
    mentions = [Mention(0, 0, len(o.name), o.name, "ORG", o.key) for o in orgs]
    figures = [FigureMention(0, 0, 3, "120", value=120.0, unit="Beschäftigte", org_key=orgs[0].key)]
    return DocResult(document=SourceDocument(doc_id, f"{doc_id}.txt"),
                     clean=CleanDocument(doc_id, "", published=published), organisations=orgs,
                     people=people or [], mentions=mentions, figures=figures, events=events)


def _results() -> list[DocResult]:
    """Three releases: a town joins Datenwerk Nord (a, b), which a third calls "DWN Service" (b);
    release c is about another town of the same name."""
    town = OrgRecord(TOWN, "Stadt Birkenfelde", org_type="Stadt", aliases=["Birkenfelde"], n_mentions=2)
    hub = OrgRecord(HUB, "Datenwerk Nord AöR", short_name="DWN", org_type="Anstalt", legal_form="AöR",
                    aliases=["Datenwerk Nord"], n_mentions=3)
    service = OrgRecord(SERVICE, "Datenwerk Service Nord", org_type="Sonstige", n_mentions=1)
    mayor = PersonRecord(MAYOR, "Karl Muster", roles=[RoleRecord("Bürgermeister", TOWN)])
    return [
        _doc("a", [town, hub], [_report("membership", TOWN, [HUB], "2016-01-01"),
                                _report("founding", HUB, [], "2015-03-01", start=100)], [mayor]),
        _doc("b", [town, hub, service], [_report("membership", TOWN, [HUB], "2016"),
                                         _report("founding", SERVICE, [], "2015", start=200)]),
        _doc("c", [town], [_report("resolution", TOWN, [], "2021-05-04")]),
    ]


def _overrides(tmp_path: Path, text: str, name: str = "overrides.csv", encoding: str = "utf-8") -> overrides.Overrides:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return overrides.read(path)


def _by(rows: list[dict], key: str) -> dict[str, dict]:
    return {row[key]: row for row in rows}


def _ids(results: list[DocResult]) -> dict[str, str]:
    """org_id of each organisation, and event_id of each (type, subject name) without overrides."""
    tables = reconcile(results)
    ids = {row["name"]: row["org_id"] for row in tables["organisations"]}
    ids.update({f"{e['event_type']}:{e['subject_name']}": e["event_id"] for e in tables["events"]})
    return ids


# --------------------------------------------------------------------------- generic words


def test_generic_words_are_never_aliases_of_an_organisation() -> None:
    admin = OrgRecord("org:sv", "Stadtverwaltung Birkenfelde", org_type="Verwaltung",
                      aliases=["Stadtverwaltung", "Verwaltung", "die Stadt", "Birkenfelder Stadtverwaltung"])
    council = OrgRecord("org:kt", "Kreistag Heidekamp", org_type="Gremium",
                        aliases=["Kreistag", "der Kreistag", "Kreistages", "Kreistag des Landkreises Heidekamp"])
    body = OrgRecord("org:zv", "Zweckverband Datenwerk", org_type="Zweckverband",
                     aliases=["Zweckverband", "Verband", "Anstalt", "Rat", "AöR", "ZVD"])
    rows = _by(reconcile_entities([_doc("a", [admin, council, body], [])]).organisation_rows(), "name")
    assert rows["Stadtverwaltung Birkenfelde"]["aliases"] == ["Birkenfelder Stadtverwaltung"]
    assert rows["Kreistag Heidekamp"]["aliases"] == ["Kreistag des Landkreises Heidekamp"]
    assert rows["Zweckverband Datenwerk"]["aliases"] == ["ZVD"]


@pytest.mark.parametrize("name", ["Stadtverwaltung", "Kreistag", "Rat", "Verwaltung", "die Stadt", "Verband",
                                  "Zweckverband", "Anstalt", "des Kreistages", "Landkreis", "Gemeinderat", "GmbH"])
def test_type_words_bodies_and_articles_are_generic(name: str) -> None:
    assert is_generic_name(name)


@pytest.mark.parametrize("name", ["Stadt Birkenfelde", "Birkenfelde", "Rat der Stadt Birkenfelde", "KSM",
                                  "Birkenfelder Stadtrat", "Zweckverband Datenwerk"])
def test_names_of_one_organisation_are_not_generic(name: str) -> None:
    assert not is_generic_name(name)


def test_sample_corpus_stores_no_generic_alias(corpus_output: Path) -> None:
    with (corpus_output / "organisations.csv").open(encoding="utf-8", newline="") as f:
        aliases = {a for row in csv.DictReader(f) for a in row["aliases"].split(" | ") if a}
    assert aliases  # the corpus has aliases ("Schwerin", "KSM", …)
    assert not {a for a in aliases if is_generic_name(a)}
    assert not aliases & {"Stadtverwaltung", "Kreisverwaltung", "Kreistag", "Stadtvertretung"}


# --------------------------------------------------------------------------- reading the file


def test_excel_file_with_semicolons_german_header_code_page_and_comments(tmp_path: Path) -> None:
    text = ("Aktion;Ziel;Wert;Bemerkung\r\n"
            "# a comment line\r\n"
            "\r\n"
            "Rename_Org;org-1;Stadt Größenwahn;\"zwei\r\nZeilen\"\r\n"
            "fix date;ev_1;26.01.2018;Protokoll\r\n"
            "fix_date;ev_2;01.2019;\r\n")
    ov = _overrides(tmp_path, text, encoding="cp1252")
    assert [(o.line, o.action, o.target, o.value) for o in ov.lines] == [
        (4, "rename_org", "org-1", "Stadt Größenwahn"), (6, "fix_date", "ev_1", "2018-01-26"),
        (7, "fix_date", "ev_2", "2019-01")]
    assert ov.lines[0].note == "zwei\nZeilen"
    assert not ov.refused and len(ov.sha256) == 64


def test_file_without_header_uses_the_usual_columns(tmp_path: Path) -> None:
    ov = _overrides(tmp_path, "drop_event,ev_1,,falsch\n")
    assert [(o.line, o.action, o.target, o.note) for o in ov.lines] == [(1, "drop_event", "ev_1", "falsch")]


def test_lines_that_cannot_be_applied_as_written_are_refused_with_reasons(tmp_path: Path) -> None:
    ov = _overrides(tmp_path, "action,target,value,note\nfrobnicate,x,y,\nmerge_org,,org-1,\nrename_org,org-1,,\n"
                              "fix_date,ev_1,2019-02-30,\n")
    assert not ov.lines
    reasons = {e["line"]: e["reason"] for e in ov.refused}
    assert reasons[2].startswith("unknown action 'frobnicate'")
    assert reasons[3] == "no target" and reasons[4] == "no value"
    assert "is not a date" in reasons[5]


def test_a_file_that_is_no_overrides_table_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("name,aliases\nStadt X,X\n", encoding="utf-8")
    with pytest.raises(overrides.OverridesError, match="first line must name the columns"):
        overrides.read(tmp_path / "x.csv")
    with pytest.raises(overrides.OverridesError, match="not found"):
        overrides.locate([tmp_path], str(tmp_path / "missing.csv"))


# --------------------------------------------------------------------------- each action


def test_merge_org_by_name_keeps_the_surviving_id_everywhere(tmp_path: Path) -> None:
    results = _results()
    ids = _ids(results)
    hub, service = ids["Datenwerk Nord AöR"], ids["Datenwerk Service Nord"]
    tables = reconcile(results, _overrides(tmp_path, f"action,target,value,note\n"
                                                     f"merge_org,Datenwerk Service Nord,{hub},dieselbe Anstalt\n"))
    orgs = _by(tables["organisations"], "org_id")
    assert service not in orgs
    assert orgs[hub]["name"] == "Datenwerk Nord AöR" and "Datenwerk Service Nord" in orgs[hub]["aliases"]
    assert orgs[hub]["n_docs"] == 2 and orgs[hub]["n_mentions"] == 3 + 3 + 1
    all_ids = {m["entity_id"] for m in tables["mentions"]} | {f["org_id"] for f in tables["figures"]}
    assert service not in all_ids and hub in all_ids
    foundings = [e for e in tables["events"] if e["event_type"] == "founding"]
    assert len(foundings) == 1  # the two founding reports are now one event of the survivor, with its id
    assert foundings[0]["event_id"] == ids["founding:Datenwerk Nord AöR"]
    assert foundings[0]["subject_id"] == hub and foundings[0]["doc_ids"] == ["a", "b"]
    (outcome,) = tables.overrides
    assert outcome["line"] == 2 and outcome["result"] == f"{service} (Datenwerk Service Nord) merged into {hub} " \
                                                          f"(Datenwerk Nord AöR)"


def test_split_org_moves_one_release_to_a_new_stable_id(tmp_path: Path) -> None:
    results = _results()
    town = _ids(results)["Stadt Birkenfelde"]
    lines = f"action,target,value,note\nsplit_org,{town},c,eine andere Stadt\n" \
            f"rename_org,Stadt Birkenfelde,Stadt Birkenfelde (Holstein),\n"
    tables = reconcile(results, _overrides(tmp_path, lines))
    towns = _by([o for o in tables["organisations"] if o["name"] == "Stadt Birkenfelde"], "org_id")
    assert len(towns) == 2
    (split_id,) = set(towns) - {town}
    assert (towns[town]["n_docs"], towns[split_id]["n_docs"]) == (2, 1)
    assert {m["entity_id"] for m in tables["mentions"] if m["doc_id"] == "c"} == {split_id}
    assert {m["entity_id"] for m in tables["mentions"] if m["doc_id"] == "a" and m["text"].startswith("Stadt")} \
        == {town}
    (resolution,) = [e for e in tables["events"] if e["event_type"] == "resolution"]
    assert resolution["subject_id"] == split_id
    assert tables.overrides[0]["result"] == f"c split off {town} as {split_id} (Stadt Birkenfelde)"
    # after the split the name means two organisations: a rename by name is refused, by id it works
    assert tables.overrides[1]["reason"] == \
        f"'Stadt Birkenfelde' names several organisations ({', '.join(sorted(towns))}); use the org_id"
    lines += f"rename_org,{split_id},Stadt Birkenfelde (Holstein),\n"
    again = reconcile(_results(), _overrides(tmp_path, lines))
    names = {o["org_id"]: o["name"] for o in again["organisations"]}
    assert (names[town], names[split_id]) == ("Stadt Birkenfelde", "Stadt Birkenfelde (Holstein)")


def test_rename_org_changes_the_name_everywhere_and_keeps_the_old_one_as_alias(tmp_path: Path) -> None:
    results = _results()
    hub = _ids(results)["Datenwerk Nord AöR"]
    tables = reconcile(results, _overrides(tmp_path, "action,target,value,note\n"
                                                     "rename_org,DWN,Datenwerk Nord (Anstalt),\n"))
    row = _by(tables["organisations"], "org_id")[hub]
    assert row["name"] == "Datenwerk Nord (Anstalt)" and "Datenwerk Nord AöR" in row["aliases"]
    membership = next(e for e in tables["events"] if e["event_type"] == "membership")
    assert membership["object_ids"] == [hub] and membership["object_names"] == ["Datenwerk Nord (Anstalt)"]
    assert tables.overrides[0]["result"] == f"{hub} renamed from Datenwerk Nord AöR to Datenwerk Nord (Anstalt)"


def test_rename_reaches_people_roles(tmp_path: Path) -> None:
    results = _results()
    town = _ids(results)["Stadt Birkenfelde"]
    tables = reconcile(results, _overrides(tmp_path, f"action,target,value,note\nrename_org,{town},Stadt B.,\n"))
    (person,) = tables["people"]
    assert person["roles"] == ["Bürgermeister @ Stadt B."] and person["org_ids"] == [town]


def test_drop_event_removes_the_event_and_its_sources(tmp_path: Path) -> None:
    results = _results()
    event_id = _ids(results)["membership:Stadt Birkenfelde"]
    before = reconcile(_results())
    tables = reconcile(results, _overrides(tmp_path, f"action,target,value,note\ndrop_event,{event_id},,Test\n"))
    assert event_id in {e["event_id"] for e in before["events"]}
    assert event_id not in {e["event_id"] for e in tables["events"]}
    assert event_id not in {s["event_id"] for s in tables["event_sources"]}
    assert len(tables["events"]) == len(before["events"]) - 1
    assert tables.overrides[0]["result"] == "dropped membership of Stadt Birkenfelde (2016-01-01)"


def test_fix_date_keeps_the_id_and_lists_what_the_releases_said(tmp_path: Path) -> None:
    results = _results()
    event_id = _ids(results)["membership:Stadt Birkenfelde"]
    tables = reconcile(results, _overrides(tmp_path, f"action,target,value,note\nfix_date,{event_id},2016-Q2,\n"))
    event = _by(tables["events"], "event_id")[event_id]
    assert (event["date"], event["date_granularity"], event["start_date"], event["end_date"]) == \
        ("2016-Q2", "quarter", "2016-04-01", "2016-06-30")
    assert event["alternatives"] == ["2016 (b)", "2016-01-01 (a)"]
    assert event["conflict"] == "date set by the analyst (overrides.csv line 2, the releases say 2016-01-01)"
    assert {s["date_reported"] for s in tables["event_sources"] if s["event_id"] == event_id} == \
        {"2016-01-01", "2016"}  # what each release says stays as it was


def test_unmatched_lines_change_nothing_and_say_why(tmp_path: Path) -> None:
    results = _results()
    plain = reconcile(_results())
    ov = _overrides(tmp_path, "action,target,value,note\n"
                              "merge_org,org-0000000000,Stadt Birkenfelde,\n"
                              "merge_org,Kreistag,Stadt Birkenfelde,\n"
                              "rename_org,Stadt Nirgendwo,Stadt X,\n"
                              "split_org,Stadt Birkenfelde,z,\n"
                              "merge_org,Stadt Birkenfelde,Birkenfelde,\n"
                              "drop_event,ev_000000000000,,\n"
                              "fix_date,ev_000000000000,2020,\n")
    tables = reconcile(results, ov)
    assert all(tables[t.name] == plain[t.name] for t in TABLES)
    reasons = [e["reason"] for e in tables.overrides]
    town = _ids(results)["Stadt Birkenfelde"]
    assert reasons == [
        "no organisation org-0000000000 in this run",
        "'Kreistag' is a generic word, not the name of one organisation",
        "no organisation named 'Stadt Nirgendwo' in this run",
        f"{town} is not mentioned in z",
        f"Stadt Birkenfelde and Birkenfelde are already one organisation ({town})",
        "no event ev_000000000000 in this run (an event's id changes when its subject is merged or split)",
        "no event ev_000000000000 in this run (an event's id changes when its subject is merged or split)",
    ]
    entry = overrides.record(ov, tables.overrides)
    assert not entry["applied"] and [e["line"] for e in entry["unmatched"]] == [2, 3, 4, 5, 6, 7, 8]
    assert overrides.warnings(entry)[0] == (f"{ov.path}: line 2 (merge_org org-0000000000) not applied: "
                                            "no organisation org-0000000000 in this run")


def test_a_name_two_organisations_share_is_refused(tmp_path: Path) -> None:
    a = OrgRecord("org:a", "Datenwerk GmbH", org_type="GmbH", aliases=["Datenwerk"])
    b = OrgRecord("org:b", "Datenwerk Süd AöR", org_type="Anstalt", aliases=["Datenwerk"])
    tables = reconcile([_doc("a", [a, b], [])], _overrides(tmp_path, "action,target,value,note\n"
                                                                     "rename_org,Datenwerk,Datenwerk Nord,\n"))
    assert tables.overrides[0]["reason"].startswith("'Datenwerk' names several organisations (org-")


def test_merge_chains_follow_the_surviving_id(tmp_path: Path) -> None:
    results = _results()
    ids = _ids(results)
    hub, service = ids["Datenwerk Nord AöR"], ids["Datenwerk Service Nord"]
    tables = reconcile(results, _overrides(tmp_path, f"action,target,value,note\nmerge_org,{service},{hub},\n"
                                                     f"rename_org,{service},Datenwerk Nord,\n"))
    assert _by(tables["organisations"], "org_id")[hub]["name"] == "Datenwerk Nord"
    assert tables.overrides[1]["result"].startswith(f"{hub} renamed")


# --------------------------------------------------------------------------- whole runs


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("overrides_corpus") / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> config.Config:
    """One per-document cache for the runs below: the releases are analysed once."""
    return config.load(cache_dir=str(tmp_path_factory.mktemp("overrides_cache")))


def _table(out: Path, name: str) -> list[dict[str, str]]:
    with (out / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_overrides_in_the_input_folder_apply_on_every_run(corpus_copy: Path, tmp_path: Path,
                                                          settings: config.Config) -> None:
    out = tmp_path / "out"
    run([corpus_copy], out, settings, progress=False)
    orgs = sorted(_table(out, "organisations"), key=lambda r: (-int(r["n_docs"]), r["org_id"]))
    survivor, merged = orgs[0], orgs[1]
    event = _table(out, "events")[0]
    (corpus_copy / "overrides.csv").write_text(
        "action;target;value;note\n"
        f"merge_org;{merged['org_id']};{survivor['org_id']};test\n"
        f"drop_event;{event['event_id']};;test\n"
        "rename_org;org-ffffffffff;X;unknown\n", encoding="utf-8")
    try:
        run([corpus_copy], out, settings, progress=False)
        record = json.loads((out / "run.json").read_text("utf-8"))
        assert record["seconds"].keys() > {"reconcile"}  # a real run: the overrides file is new
        assert record["overrides"]["file"] == str(corpus_copy / "overrides.csv")
        assert [e["line"] for e in record["overrides"]["applied"]] == [2, 3]
        assert [(e["line"], e["reason"]) for e in record["overrides"]["unmatched"]] == [
            (4, "no organisation org-ffffffffff in this run")]
        assert any("line 4 (rename_org org-ffffffffff) not applied" in w for w in record["warnings"])
        assert "overrides.csv" not in {d["path"] for d in _table(out, "documents")}  # not read as a release

        def check() -> None:
            org_ids = {r["org_id"] for r in _table(out, "organisations")}
            assert survivor["org_id"] in org_ids and merged["org_id"] not in org_ids
            assert event["event_id"] not in {e["event_id"] for e in _table(out, "events")}
            assert merged["org_id"] not in {m["entity_id"] for m in _table(out, "mentions")}

        check()
        snapshot = {p.name: p.read_bytes() for p in out.glob("*.csv")}
        run([corpus_copy], out, settings, progress=False)  # nothing changed: nothing rewritten
        assert json.loads((out / "run.json").read_text("utf-8"))["seconds"].keys() == {"total"}
        assert {p.name: p.read_bytes() for p in out.glob("*.csv")} == snapshot
        shutil.copy(corpus_copy / next(p.name for p in sorted(corpus_copy.glob("*.txt"))),
                    corpus_copy / "zz_copy.txt")  # a new release: a real run, the corrections still hold
        try:
            run([corpus_copy], out, settings, progress=False)
            assert "zz_copy" in {d["doc_id"] for d in _table(out, "documents")}
            check()
        finally:
            (corpus_copy / "zz_copy.txt").unlink()
    finally:
        (corpus_copy / "overrides.csv").unlink()
    run([corpus_copy], out, settings, progress=False)  # the file removed: the outputs are as before
    assert merged["org_id"] in {r["org_id"] for r in _table(out, "organisations")}
    assert json.loads((out / "run.json").read_text("utf-8"))["overrides"]["applied"] == []


def test_a_changed_overrides_file_is_a_change(corpus_copy: Path, tmp_path: Path, settings: config.Config) -> None:
    out = tmp_path / "out"
    file = tmp_path / "fixes.csv"
    file.write_text("action,target,value,note\n", encoding="utf-8")
    settings = dataclasses.replace(settings, overrides=str(file))
    run([corpus_copy], out, settings, progress=False)
    event = next(e for e in _table(out, "events") if e["date"] and e["date"] != "1999-12")
    file.write_text(f"action,target,value,note\nfix_date,{event['event_id']},1999-12,\n", encoding="utf-8")
    run([corpus_copy], out, settings, progress=False)
    fixed = _by(_table(out, "events"), "event_id")[event["event_id"]]
    assert (fixed["date"], fixed["start_date"], fixed["end_date"]) == ("1999-12", "1999-12-01", "1999-12-31")
    assert f"date set by the analyst (fixes.csv line 2, the releases say {event['date']})" in fixed["conflict"]


def test_cli_refuses_a_missing_overrides_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["run", str(CORPUS), "--out", str(tmp_path / "out"), "--quiet",
                     "--overrides", str(tmp_path / "missing.csv")])
    assert code == 2 and "overrides file not found" in capsys.readouterr().err
    assert not (tmp_path / "out" / "events.csv").exists()


def test_a_given_overrides_file_wins_over_the_one_in_the_input_folder(corpus_copy: Path, tmp_path: Path,
                                                                      settings: config.Config) -> None:
    out = tmp_path / "out"
    given = tmp_path / "mine.csv"
    given.write_text("action,target,value,note\n", encoding="utf-8")
    (corpus_copy / "overrides.csv").write_text("action,target,value,note\nrename_org,org-ffffffffff,X,\n",
                                               encoding="utf-8")
    try:
        run([corpus_copy], out, dataclasses.replace(settings, overrides=str(given)), progress=False)
    finally:
        (corpus_copy / "overrides.csv").unlink()
    entry = json.loads((out / "run.json").read_text("utf-8"))["overrides"]
    assert entry["file"] == str(given) and entry["unmatched"] == []
    assert "overrides.csv" not in {d["path"] for d in _table(out, "documents")}
