"""Merging event reports across releases: one row per real-world event, conflicts shown."""

from __future__ import annotations

from pipeline.reconcile.events import compatible, office_key, reconcile_events
from pipeline.records import CleanDocument, DocResult, EventReport, OrgRecord, SourceDocument
from pipeline.schema import BY_NAME

TOWN, AMT, HUB = "org:stadt birkenfelde", "org:amt moorland", "org:datenwerk nord aör"
OLD_A, OLD_B, MERGED = "org:kino probedorf eg", "org:kino musterau eg", "org:landkino musterau eg"
GLOBAL = {TOWN: "org-town", AMT: "org-amt", HUB: "org-hub", OLD_A: "org-old-a", OLD_B: "org-old-b",
          MERGED: "org-merged"}
NAMES = {"org-town": "Stadt Birkenfelde", "org-amt": "Amt Moorland", "org-hub": "Datenwerk Nord AöR",
         "org-old-a": "Kino Probedorf eG", "org-old-b": "Kino Musterau eG", "org-merged": "Landkino Musterau eG"}
ORGS = [OrgRecord(TOWN, "Stadt Birkenfelde", org_type="Stadt"), OrgRecord(AMT, "Amt Moorland", org_type="Amt"),
        OrgRecord(HUB, "Datenwerk Nord AöR", org_type="Anstalt"),
        *(OrgRecord(key, NAMES[GLOBAL[key]], org_type="Unternehmen", legal_form="eG")
          for key in (OLD_A, OLD_B, MERGED))]


class Entities:
    """Stand-in for EntityIndex: the same global id for a key in every document."""

    def entity_id(self, doc_id: str, key: str) -> str:
        return GLOBAL.get(key, "")

    def name(self, entity_id: str) -> str:
        return NAMES.get(entity_id, "")

    def records(self, org_id: str) -> list[tuple[str, OrgRecord]]:
        return [("", record) for record in ORGS if GLOBAL[record.key] == org_id]


def report(event_type: str, subject: str, objects: list[str], date: str = "", *, start: int = 0,
           resolution: str = "absolute", confidence: float = 0.8, figure: float | None = None,
           role: str = "") -> EventReport:
    granularity = {10: "day", 7: "month", 4: "year"}.get(len(date), "")
    return EventReport(event_type, sent_idx=start // 100, start=start, end=start + 50,
                       evidence=f"Satz bei {start}.", subject_key=subject, object_keys=objects, date=date,
                       date_granularity=granularity, date_role=role, date_resolution=resolution if date else "",
                       figure=figure, confidence=confidence)


def result(doc_id: str, *events: EventReport, published: str = "") -> DocResult:
    return DocResult(document=SourceDocument(doc_id, f"{doc_id}.txt"),
                     clean=CleanDocument(doc_id, "", published=published), organisations=list(ORGS),
                     events=list(events))


def rows(*results: DocResult) -> tuple[list[dict], list[dict]]:
    return reconcile_events(list(results), Entities())


def test_same_membership_in_two_releases_is_one_event_with_the_specific_date():
    early = result("a", report("membership", TOWN, [HUB], "2016-01-01", role="effective"), published="2015-12")
    late = result("b", report("membership", TOWN, [HUB], "2016", role="effective"), published="2018-10")
    events, sources = rows(early, late)
    (event,) = events
    assert (event["subject_id"], event["object_ids"], event["date"]) == ("org-town", ["org-hub"], "2016-01-01")
    assert event["date_granularity"] == "day"
    assert event["doc_ids"] == ["a", "b"] and event["n_sources"] == 2
    assert event["conflict"] == ""  # a year is compatible with a day in it
    assert event["alternatives"] == ["2016 (b)"]
    assert event["subject_name"] == "Stadt Birkenfelde" and event["object_names"] == ["Datenwerk Nord AöR"]
    assert {s["doc_id"] for s in sources} == {"a", "b"}


def test_different_days_are_a_conflict_but_one_event():
    events, _ = rows(result("a", report("membership", TOWN, [HUB], "2016-01-01")),
                     result("b", report("membership", TOWN, [HUB], "2016-02-01")),
                     result("c", report("membership", TOWN, [HUB], "2016-01-01")))
    (event,) = events
    assert event["date"] == "2016-01-01"  # more reports support it
    assert "2016-02-01 (b)" in event["conflict"]
    assert event["alternatives"] == ["2016-02-01 (b)"]


def test_explicit_beats_relative():
    events, _ = rows(result("a", report("contract_signing", TOWN, [HUB], "2018-01-19", resolution="relative",
                                        confidence=0.9)),
                     result("b", report("contract_signing", TOWN, [HUB], "2018-01-26")))
    (event,) = events
    assert event["date"] == "2018-01-26"
    assert "2018-01-19 (a, relative)" in event["alternatives"][0]
    assert event["conflict"]


def test_the_day_a_membership_starts_beats_the_day_it_was_admitted():
    admitted = report("membership", TOWN, [HUB], "2025-03-03", role="decided", confidence=0.9)
    events, _ = rows(result("a", admitted), result("b", report("membership", TOWN, [HUB], "2026-01", role="effective",
                                                               confidence=0.6)))
    (event,) = events
    assert (event["date"], event["date_role"]) == ("2026-01", "effective")
    decision = report("resolution", HUB, [TOWN], "2025-03-03", role="decided", confidence=0.9)
    (event,) = rows(result("a", decision), result("b", report("resolution", HUB, [TOWN], "2025-03",
                                                              confidence=0.6)))[0]
    assert event["date"] == "2025-03-03"


def test_undated_reports_join_and_every_sentence_is_a_source():
    doc = result("a", report("membership", TOWN, [HUB], start=0), report("membership", TOWN, [], start=100),
                 report("membership", TOWN, [HUB], "2019-01-01", start=200))
    events, sources = rows(doc)
    (event,) = events
    assert event["n_sources"] == 3 and event["date"] == "2019-01-01"
    assert [s["start"] for s in sources] == [0, 100, 200]
    assert {s["date_reported"] for s in sources} == {"2019-01-01"}  # what release a says


def test_memberships_of_different_joiners_and_organisations_stay_apart():
    events, _ = rows(result("a", report("membership", TOWN, [HUB], "2016"), report("membership", AMT, [HUB], "2016"),
                            report("membership", TOWN, [AMT], "2016")))
    assert len(events) == 3


def test_repeatable_events_in_different_years_stay_apart():
    events, _ = rows(result("a", report("resolution", TOWN, [HUB], "2015-12-17")),
                     result("b", report("resolution", TOWN, [HUB], "2019-03-02")),
                     result("c", report("resolution", TOWN, [HUB], "2015")))
    assert sorted(e["date"] for e in events) == ["2015-12-17", "2019-03-02"]
    assert [e["doc_ids"] for e in events if e["date"] == "2015-12-17"] == [["a", "c"]]


def test_one_sessions_decisions_about_different_organisations_stay_apart():
    events, _ = rows(result("a", report("resolution", TOWN, [HUB], "2025-03-12"),
                            report("resolution", TOWN, [AMT], "2025-03-12", start=300),
                            report("resolution", TOWN, [HUB], "2025-03-12", start=500)),
                     result("b", report("resolution", TOWN, [AMT], "2025-03")))
    assert sorted((e["object_ids"], e["doc_ids"]) for e in events) == [
        (["org-amt"], ["a", "b"]), (["org-hub"], ["a"])]
    assert len({e["event_id"] for e in events}) == 2


def test_minutes_decisions_under_different_agenda_items_stay_apart():
    """TOP 2 admits the town, TOP 4 approves its staff agreement, TOP 5 changes the statute: three
    decisions of one body on one day, two about the same organisation; a second mention under TOP 2
    is the same decision."""
    def item(section: int, objects: list[str], start: int) -> EventReport:
        found = report("resolution", HUB, objects, "2025-03-12", start=start)
        found.section = section
        return found

    minutes = result("a", item(1, [TOWN], 100), item(1, [TOWN], 200), item(3, [TOWN], 400), item(4, [], 500))
    events, _ = rows(minutes, result("b", report("resolution", HUB, [TOWN], "2025-03-12")))
    assert sorted((e["object_ids"], e["doc_ids"]) for e in events) == [
        ([], ["a"]), (["org-town"], ["a"]), (["org-town"], ["a", "b"])]
    assert len({e["event_id"] for e in events}) == 3


def test_one_signing_told_with_its_parties_in_another_order_is_one_row():
    events, _ = rows(result("a", report("contract_signing", TOWN, [HUB], "2025-03", role="signed")),
                     result("b", report("contract_signing", HUB, [TOWN], "2025-03-12", role="signed")),
                     result("c", report("contract_signing", TOWN, [AMT], "2025-03-12", role="signed")))
    assert sorted((e["subject_id"], e["object_ids"], e["doc_ids"]) for e in events) == [
        ("org-hub", ["org-town"], ["a", "b"]), ("org-town", ["org-amt"], ["c"])]


def test_an_event_dated_after_its_latest_release_is_planned():
    events, _ = rows(result("a", report("membership", TOWN, [HUB], "2027-01-01", role="effective"),
                            report("resolution", AMT, [HUB], "2027-01", role="decided"),
                            report("membership", AMT, [HUB], "2026-05", role="effective"), published="2026-05-12"))
    assert {(e["event_type"], e["subject_id"]): e["modality"] for e in events} == {
        ("membership", "org-town"): "planned", ("resolution", "org-amt"): "reported",
        ("membership", "org-amt"): "reported"}
    later, _ = rows(result("a", report("membership", TOWN, [HUB], "2027-01-01"), published="2026-05-12"),
                    result("b", report("membership", TOWN, [HUB], "2027-01-01"), published="2027-02-01"))
    assert [e["modality"] for e in later] == ["reported"]


def test_founding_reports_merge_and_founders_unite():
    events, _ = rows(result("a", report("founding", HUB, [TOWN], "2013-10-01")),
                     result("b", report("founding", HUB, [TOWN, AMT])),
                     result("c", report("founding", HUB, [], "2014-06", resolution="relative")))
    (event,) = events
    assert event["object_ids"] == ["org-town", "org-amt"]
    assert event["date"] == "2013-10-01"
    assert "2014-06 (c, relative)" in event["conflict"]


def test_joining_a_cooperative_before_it_merged_is_joining_the_merged_one():
    before = result("a", report("membership", TOWN, [OLD_A]), published="2025-04-07")
    after = result("b", report("founding", MERGED, [OLD_A, OLD_B], "2025-08-14"),
                   report("membership", TOWN, [MERGED], "2025-09-01", start=200), published="2025-09-22")
    events, _ = rows(before, after)
    assert [(e["object_ids"], e["doc_ids"]) for e in events if e["event_type"] == "membership"] == [
        (["org-merged"], ["a", "b"])]


def test_a_membership_in_the_predecessor_before_the_merger_stays_its_own():
    history = result("a", report("membership", TOWN, [OLD_A], "1979"), report("founding", MERGED, [OLD_A, OLD_B],
                                                                              "2025-08-14", start=100),
                     report("membership", TOWN, [MERGED], "2025-09-01", start=200), published="2025-09-22")
    events, _ = rows(history)
    assert sorted(e["object_ids"][0] for e in events if e["event_type"] == "membership") == ["org-merged", "org-old-a"]


def test_staff_transfer_figure_conflict_is_described():
    events, _ = rows(result("a", report("staff_transfer", HUB, [TOWN], "2014-01-01", figure=14)),
                     result("b", report("staff_transfer", HUB, [TOWN], "2014-01-01", figure=14)),
                     result("c", report("staff_transfer", HUB, [TOWN], "2014", figure=15)))
    (event,) = events
    assert event["figure"] == 14
    assert "figures disagree: 14 vs 15" in event["conflict"]


def test_ids_are_stable_when_a_release_is_added():
    a = result("a", report("membership", TOWN, [HUB], "2016"), report("founding", HUB, [TOWN]),
               report("resolution", TOWN, [HUB], "2015-12-17"))
    b = result("b", report("membership", TOWN, [HUB], "2016-01-01"), report("membership", AMT, [HUB], "2019"),
               report("founding", HUB, [AMT], "2013-10-01"), report("resolution", TOWN, [], "2015"))
    before = {(e["event_type"], e["subject_id"]): e["event_id"] for e in rows(a)[0]}
    after = {(e["event_type"], e["subject_id"]): e["event_id"] for e in rows(a, b)[0]}
    assert all(after[k] == v for k, v in before.items())
    assert len(after) == len(before) + 1
    assert rows(a, b) == rows(b, a)  # input order does not matter


def test_rows_have_exactly_the_schema_columns_and_sorted_ids():
    events, sources = rows(result("a", report("membership", TOWN, [HUB], "2016"), report("founding", HUB, [TOWN])))
    assert all(list(e) == BY_NAME["events"].columns for e in events)
    assert all(list(s) == BY_NAME["event_sources"].columns for s in sources)
    assert [e["event_id"] for e in events] == sorted(e["event_id"] for e in events)
    assert all(0 <= e["confidence"] <= 1 for e in events)


def test_unknown_subject_id_falls_back_to_the_local_key():
    doc = result("a", report("membership", "org:gemeinde irgendwo", [HUB], "2020"))
    (event,) = rows(doc)[0]
    assert event["subject_id"] == "org:gemeinde irgendwo"


def test_compatible_dates():
    assert compatible("2016", "2016-01-01") and compatible("2016-Q1", "2016-02") and compatible("", "2016")
    assert not compatible("2016-01-01", "2016-01-02") and not compatible("2016-H2", "2016-03")


def appointment(person: str, how: str, date: str = "", start: int = 0) -> EventReport:
    """``how`` = "direction:office:trigger text"."""
    r = report("appointment", person, [HUB], date, start=start, role="effective")
    r.direction, r.role, r.trigger = how.split(":", 2)
    return r


def test_one_office_whatever_the_holders_gender_and_a_report_without_office_joins_it():
    events, _ = rows(result("a", appointment("per:lena vogt", "start:Geschäftsführerin:zur Geschäftsführerin"),
                            appointment("per:lena vogt", "start::tritt ihr Amt an", "2019-07-01", start=100)),
                     result("b", appointment("per:lena vogt", "start:Geschäftsführer:als Geschäftsführer",
                                             "2019-07-01")))
    (event,) = events
    assert event["date"] == "2019-07-01" and event["doc_ids"] == ["a", "b"] and event["n_sources"] == 3


def test_taking_and_leaving_an_office_stay_apart():
    events, _ = rows(result("a", appointment("per:lena vogt", "start:Vorständin:x", "2019-07-01"),
                            appointment("per:lena vogt", "end::verlässt", "2022-09-30", start=100)))
    assert sorted(e["date"] for e in events) == ["2019-07-01", "2022-09-30"]


def test_one_post_under_two_titles_is_one_appointment_when_the_dates_agree():
    events, _ = rows(result("a", appointment("per:lena vogt", "start:Geschäftsführerin:zur Geschäftsführerin",
                                             "2026-02")),
                     result("b", appointment("per:lena vogt", "start:Leiterin:als Leiterin", "2026-02-01")),
                     result("c", appointment("per:lena vogt", "start:Vorständin:zur Vorständin", "2019-07-01")))
    assert sorted(e["date"] for e in events) == ["2019-07-01", "2026-02-01"]


def test_office_key():
    assert office_key("Geschäftsführerin") == office_key("Geschäftsführer") == "geschaftsfuhrer"
    assert office_key("Vorständin") == office_key("Vorstand")
    assert office_key("Verbandsvorsteherin des Zweckverbands Musterland") == office_key("Verbandsvorsteher")
    assert office_key("Landrätin") == office_key("Landrat")
    assert office_key("Vorstandsvorsitzenden") == office_key("Vorstandsvorsitzender") \
        == office_key("Vorstandsvorsitzende")
    assert office_key("Vorsitzenden des Verwaltungsrats") == office_key("Vorsitzende des Verwaltungsrats")
    assert office_key("Vorstand") != office_key("Vorstandsvorsitzender")
    assert office_key("Vorstandsvorsitzender") == office_key("Vorsitzender des Vorstands")
    assert office_key("Stellvertretender Vorstandsvorsitzender") != office_key("Vorstandsvorsitzender")


def test_event_ids_stay_when_releases_are_added_in_any_order(tmp_path) -> None:
    import csv
    import itertools

    from pipeline import config
    from pipeline.run import run

    releases = {
        "a.txt": "Probedorf, 3. Dezember 2024 – Die Gemeinde Probedorf tritt zum 1. Januar 2025 bei. "
                 "Der Gemeinderat Probedorf hatte den Beitritt am 12. November 2024 beschlossen.",
        "b.txt": "Nordheide, 5. Januar 2025 – Die Gemeinde Probedorf ist dem Zweckverband Kommunale IT Nordheide "
                 "zum 1. Januar 2025 beigetreten.",
        "c.txt": "Nordheide, 7. Januar 2025 – Der Zweckverband Kommunale IT Nordheide wurde 2010 gegründet. "
                 "Zum 1. Januar 2025 trat ihm die Gemeinde Probedorf bei.",
    }

    def ids(out) -> dict[tuple[str, str], str]:
        with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
            return {(r["event_type"], r["subject_name"]): r["event_id"] for r in csv.DictReader(handle)}

    final = None
    for n, order in enumerate(itertools.permutations(releases)):
        inp, out = tmp_path / f"in{n}", tmp_path / f"out{n}"
        inp.mkdir()
        seen: dict[tuple[str, str], str] = {}
        for name in order:
            (inp / name).write_text(releases[name], encoding="utf-8")
            run([inp], out, config.load(), progress=False)
            now = ids(out)
            assert all(now.get(key, event_id) == event_id for key, event_id in seen.items()), (order, name)
            seen.update(now)
        final = final or now
        assert now == final  # the same releases give the same ids whatever the order
    assert ("membership", "Gemeinde Probedorf") in final


def test_a_relative_day_refines_an_explicit_month():
    month = result("a", report("resolution", TOWN, [], "2024-12", role="decided"), published="2025-02-01")
    day = result("b", report("resolution", TOWN, [], "2024-12-02", role="decided", resolution="relative"),
                 published="2024-12-10")
    (event,), _ = rows(month, day)
    assert event["date"] == "2024-12-02"


def test_an_explicit_day_stays_before_a_relative_one():
    explicit = result("a", report("resolution", TOWN, [], "2024-12-03", role="decided"), published="2025-02-01")
    relative = result("b", report("resolution", TOWN, [], "2024-12-02", role="decided", resolution="relative"),
                      published="2024-12-10")
    (event,), _ = rows(explicit, relative)
    assert event["date"] == "2024-12-03"


def test_signings_on_two_dates_with_parties_that_share_none_are_two_events():
    events, _ = rows(result("a", report("contract_signing", HUB, [TOWN], "2025-05-27", role="signed"),
                            report("contract_signing", HUB, [AMT], "2025-09-03", start=300, role="signed")),
                     result("b", report("contract_signing", HUB, [TOWN], "2025-05", role="signed")))
    assert sorted((e["object_ids"], e["date"], e["doc_ids"]) for e in events) == [
        (["org-amt"], "2025-09-03", ["a"]), (["org-town"], "2025-05-27", ["a", "b"])]
