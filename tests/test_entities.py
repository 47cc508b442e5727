"""Reconciling organisations and people across releases; the sample-corpus scores."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluate import evaluate
from pipeline.reconcile.entities import reconcile_entities
from pipeline.records import CleanDocument, DocResult, OrgRecord, PersonRecord, RoleRecord, SourceDocument
from pipeline.schema import BY_NAME

from .conftest import GOLD


def result(doc_id: str, orgs: list[OrgRecord], people: list[PersonRecord] | None = None,
           published: str = "") -> DocResult:
    return DocResult(document=SourceDocument(doc_id=doc_id, path=f"{doc_id}.txt"),
                     clean=CleanDocument(doc_id=doc_id, text="", published=published),
                     organisations=orgs, people=people or [])


def town(doc: str, name: str, org_type: str = "Stadt") -> DocResult:
    return result(doc, [OrgRecord(key="org:x", name=name, org_type=org_type, n_mentions=1)])


def rows_by_name(index) -> dict[str, dict]:
    return {row["name"]: row for row in index.organisation_rows()}


def test_town_names_merge_under_the_most_specific() -> None:
    index = reconcile_entities([town("a", "Stadt Musterburg"), town("b", "Landeshauptstadt Musterburg",
                                                                    "Landeshauptstadt")])
    rows = rows_by_name(index)
    assert list(rows) == ["Landeshauptstadt Musterburg"]
    row = rows["Landeshauptstadt Musterburg"]
    assert (row["org_type"], row["n_docs"], row["n_mentions"]) == ("Landeshauptstadt", 2, 2)
    assert row["aliases"] == ["Stadt Musterburg"]
    assert index.entity_id("a", "org:x") == index.entity_id("b", "org:x") == row["org_id"]


def test_kreis_and_landkreis_merge() -> None:
    rows = rows_by_name(reconcile_entities([town("a", "Kreis Beispiel-Land", "Landkreis"),
                                            town("b", "Landkreis Beispiel-Land", "Landkreis")]))
    assert list(rows) == ["Landkreis Beispiel-Land"]


def test_a_land_and_its_freistaat_merge() -> None:
    rows = rows_by_name(reconcile_entities([town("a", "Land Musterland", "Sonstige"),
                                            town("b", "Freistaat Musterland", "Sonstige"),
                                            town("c", "Freistaat Musterland", "Sonstige")]))
    assert list(rows) == ["Freistaat Musterland"]


def test_a_club_named_by_its_prefix_and_by_the_words_it_stands_for_is_one_club() -> None:
    rows = rows_by_name(reconcile_entities([town("a", "TuS Musterau-Kleinau", "Verband"),
                                            town("b", "Turn- und Sportverein Musterau-Kleinau e.V.", "Verband"),
                                            town("c", "SV Musterau", "Verband")]))
    assert set(rows) == {"Turn- und Sportverein Musterau-Kleinau e.V.", "SV Musterau"}


def test_a_club_named_with_and_without_its_founding_year_is_one_club() -> None:
    rows = rows_by_name(reconcile_entities([town("a", "Schachklub Springer Musterau 1921 e.V.", "Verband"),
                                            town("b", "Schachklub Springer Musterau", "Verband"),
                                            town("c", "Schützengilde Probedorf von 1862 e.V.", "Verband"),
                                            town("d", "Schützengilde Probedorf", "Verband"),
                                            town("e", "Schachfreunde Beispielfeld 1978", "Verband"),
                                            town("f", "Schachfreunde Beispielfeld", "Verband")]))
    assert len(rows) == 3 and {"Schachklub Springer Musterau 1921 e.V.", "Schützengilde Probedorf von 1862 e.V."} \
        <= set(rows)


def test_organisations_sharing_a_name_part_never_merge() -> None:
    rows = rows_by_name(reconcile_entities([town("a", "Stadt Musterhausen"),
                                            town("b", "Landkreis Musterhausen-Nord", "Landkreis"),
                                            town("c", "Amt Musterhausen-Land", "Amt"),
                                            town("d", "Stadtvertretung Musterhausen", "Gremium")]))
    assert len(rows) == 4


def test_acronym_and_long_form_merge_and_the_legal_name_wins() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispielservice Nord AöR", short_name="BSN",
                               org_type="Anstalt", legal_form="AöR")])
    b = result("b", [OrgRecord(key="org:2", name="BSN Beispielservice Nord", short_name="BSN")])
    c = result("c", [OrgRecord(key="org:3", name="Beispielservice Nord", short_name="BSN")])
    rows = list(reconcile_entities([a, b, c]).organisation_rows())
    assert len(rows) == 1
    row = rows[0]
    assert (row["name"], row["short_name"], row["org_type"], row["legal_form"]) == \
        ("Beispielservice Nord AöR", "BSN", "Anstalt", "AöR")
    assert "BSN Beispielservice Nord" in row["aliases"]


def test_a_name_cut_short_inside_its_last_compound_joins_the_one_sharing_its_acronym() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Musterstädter Wohnungsbaugesellschaft mbH", short_name="MWG",
                               org_type="GmbH", legal_form="GmbH")])
    b = result("b", [OrgRecord(key="org:2", name="MWG Musterstädter Wohnungsbau", short_name="MWG")])
    c = result("c", [OrgRecord(key="org:3", name="Musterstädter Wohnungsbauverein", short_name="MWV")])
    rows = list(reconcile_entities([a, b, c]).organisation_rows())
    assert sorted(row["n_docs"] for row in rows) == [1, 2]  # not the one with another acronym


def test_different_organisations_with_one_acronym_stay_apart() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispielservice Nord AöR", short_name="BSN")])
    b = result("b", [OrgRecord(key="org:1", name="Baugesellschaft Süd mbH", short_name="BSN")])
    assert len(list(reconcile_entities([a, b]).organisation_rows())) == 2


def test_a_name_cut_short_before_its_place_joins_the_one_longer_name_it_opens() -> None:
    def docs(*names: str) -> list[DocResult]:
        return [town(f"d{i}", name, "Zweckverband") for i, name in enumerate(names)]

    rows = list(reconcile_entities(docs("Zweckverband Verkehrsüberwachung", "Zweckverband Verkehrsüberwachung Musterau",
                                        "Zweckverband Verkehrsüberwachung Musterau und Übertragung"))
                .organisation_rows())
    assert len(rows) == 1
    rows = list(reconcile_entities(docs("Zweckverband Wasser", "Zweckverband Wasser Nord", "Zweckverband Wasser Süd"))
                .organisation_rows())
    assert len(rows) == 3


def test_a_club_named_by_a_compound_type_word_cut_short_joins_its_one_longer_name() -> None:
    def docs(*names: str) -> list[DocResult]:
        return [town(f"d{i}", name, "Verband") for i, name in enumerate(names)]

    rows = list(reconcile_entities(docs("Ruderverein Muster", "Ruderverein Muster Beispielstadt 1893 e.V."))
                .organisation_rows())
    assert [row["name"] for row in rows] == ["Ruderverein Muster Beispielstadt 1893 e.V."]
    rows = list(reconcile_entities(docs("Ruderverein Muster", "Ruderverein Muster Nord", "Ruderverein Muster Süd"))
                .organisation_rows())
    assert len(rows) == 3


def test_a_bare_acronym_joins_the_one_organisation_it_abbreviates() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispielservice Nord AöR", short_name="BSN", org_type="Anstalt")])
    b = result("b", [OrgRecord(key="org:bsn", name="BSN")])  # a release that uses the acronym alone
    rows = list(reconcile_entities([a, b]).organisation_rows())
    assert [(row["name"], row["n_docs"]) for row in rows] == [("Beispielservice Nord AöR", 2)]


def test_a_bare_acronym_joins_its_organisation_also_when_releases_inflect_the_name() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispielverbund Nord GmbH", short_name="BVN", org_type="GmbH")])
    b = result("b", [OrgRecord(key="org:2", name="Beispielverbundes Nord", short_name="BVN", org_type="GmbH")])
    c = result("c", [OrgRecord(key="org:bvn", name="BVN")])
    rows = list(reconcile_entities([a, b, c]).organisation_rows())
    assert [row["n_docs"] for row in rows] == [3]


def test_ids_are_stable_when_releases_are_added() -> None:
    first = [town("a", "Stadt Musterburg"), town("b", "Amt Musterberger Land", "Amt")]
    more = [*first, town("c", "Landeshauptstadt Musterburg", "Landeshauptstadt"), town("d", "Stadt Neuhausen")]
    before = reconcile_entities(first)
    after = reconcile_entities(more)
    for doc in ("a", "b"):
        assert before.entity_id(doc, "org:x") == after.entity_id(doc, "org:x")
    assert all(row["org_id"].startswith("org-") for row in after.organisation_rows())


def test_parent_of_a_body() -> None:
    doc = result("a", [OrgRecord(key="org:s", name="Stadt Musterhausen", org_type="Stadt"),
                       OrgRecord(key="org:g", name="Stadtvertretung Musterhausen", org_type="Gremium",
                                 parent_key="org:s")])
    rows = rows_by_name(reconcile_entities([doc]))
    assert rows["Stadtvertretung Musterhausen"]["parent_id"] == rows["Stadt Musterhausen"]["org_id"]


def test_people_merge_with_and_without_title_and_collect_roles() -> None:
    org = OrgRecord(key="org:s", name="Stadt Musterhausen", org_type="Stadt")
    a = result("a", [org], [PersonRecord(key="per:1", name="Erika Beispiel", title="Dr.",
                                         roles=[RoleRecord("Bürgermeisterin", "org:s")])], published="2018-03-01")
    b = result("b", [org], [PersonRecord(key="per:2", name="Erika Beispiel",
                                         roles=[RoleRecord("Autorin")])], published="2016-05")
    index = reconcile_entities([a, b])
    [row] = index.people_rows()
    assert row["name"] == "Erika Beispiel" and row["title"] == "Dr."
    assert row["roles"] == ["Autorin", "Bürgermeisterin @ Stadt Musterhausen"]
    assert row["org_ids"] == [index.entity_id("a", "org:s")]
    assert (row["n_docs"], row["first_seen"], row["last_seen"]) == (2, "2016-05", "2018-03-01")
    assert index.entity_id("a", "per:1") == index.entity_id("b", "per:2") == row["person_id"]


def test_rows_have_the_schema_columns() -> None:
    org = OrgRecord(key="org:s", name="Stadt Musterhausen", org_type="Stadt")
    index = reconcile_entities([result("a", [org], [PersonRecord(key="per:1", name="Erika Beispiel")])])
    assert list(next(index.organisation_rows())) == BY_NAME["organisations"].columns
    assert list(next(index.people_rows())) == BY_NAME["people"].columns


def test_sample_corpus_scores(corpus_output: Path) -> None:
    scores = evaluate(GOLD, corpus_output)
    assert scores["organisations"].f1 >= 0.95
    assert scores["people"].f1 >= 0.95
    assert scores["roles"].recall >= 0.9


def test_one_word_district_merges_with_its_landkreis_name() -> None:
    index = reconcile_entities([town("a", "Musterbergkreis", "Landkreis"),
                                town("b", "Landkreis Musterbergkreis", "Landkreis")])
    rows = rows_by_name(index)
    assert list(rows) == ["Landkreis Musterbergkreis"]
    assert rows["Landkreis Musterbergkreis"]["aliases"] == ["Musterbergkreis"]


def test_bodies_of_different_parents_stay_apart() -> None:
    index = reconcile_entities([town("a", "Verbandsversammlung des Zweckverbands Beispielwasser", "Gremium"),
                                town("b", "Verbandsversammlung des Zweckverbands Musterstrom", "Gremium")])
    assert len(rows_by_name(index)) == 2


def test_a_name_in_the_genitive_merges_with_its_nominative_which_names_the_row() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispiel-Verbunds Nord AöR", short_name="BVN", org_type="Anstalt")])
    b = result("b", [OrgRecord(key="org:2", name="Beispiel-Verbund Nord AöR", short_name="BVN", org_type="Anstalt")])
    rows = list(reconcile_entities([a, b]).organisation_rows())
    assert [row["name"] for row in rows] == ["Beispiel-Verbund Nord AöR"]


def test_an_organisation_named_by_its_acronym_and_legal_form_joins_the_one_it_abbreviates() -> None:
    a = result("a", [OrgRecord(key="org:1", name="Beispielnetz Nord eG", short_name="BiNo", org_type="Unternehmen",
                               legal_form="eG")])
    b = result("b", [OrgRecord(key="org:2", name="BiNo eG", org_type="Unternehmen", legal_form="eG")])
    rows = reconcile_entities([a, b]).organisation_rows()
    assert [row["name"] for row in rows] == ["Beispielnetz Nord eG"]


def test_moving_records_puts_them_after_the_target_and_repoints_their_keys() -> None:
    a, b = town("a", "Stadt Quellhausen"), town("b", "Stadt Quellhausen")
    c = result("c", [OrgRecord(key="org:9", name="Amt Wiesengrund", org_type="Amt")])
    index = reconcile_entities([a, b, c])
    quell, amt = index.entity_id("a", "org:x"), index.entity_id("c", "org:9")
    assert index.org_name(amt) == "Amt Wiesengrund"
    index.move(quell, amt, {"b"})
    assert (index.entity_id("a", "org:x"), index.entity_id("b", "org:x")) == (quell, amt)
    assert [doc for doc, _ in index.records(amt)] == ["c", "b"]
    index.move(quell, amt)
    assert not index.has_org(quell) and [doc for doc, _ in index.records(amt)] == ["c", "b", "a"]
    assert index.org_name(amt) == "Stadt Quellhausen"  # named anew from the records it has now


def test_a_brand_named_bare_is_the_run_s_main_company_of_that_name() -> None:
    orgs = [result("a", [OrgRecord(key="org:x", name="Musterwerk", org_type="Unternehmen", n_mentions=3)]),
            result("b", [OrgRecord(key="org:y", name="Musterwerk IT GmbH", org_type="GmbH", n_mentions=2)]),
            result("c", [OrgRecord(key="org:y", name="Musterwerk IT GmbH", org_type="GmbH", n_mentions=1),
                         OrgRecord(key="org:z", name="Musterwerk Schul-IT GmbH", org_type="GmbH", n_mentions=1)]),
            result("d", [OrgRecord(key="org:k", name="ABC", org_type="Sonstige", n_mentions=1),
                         OrgRecord(key="org:l", name="ABC Cloud GmbH", org_type="GmbH", n_mentions=1)])]
    rows = rows_by_name(reconcile_entities(orgs))
    assert {"Musterwerk IT GmbH", "Musterwerk Schul-IT GmbH", "ABC", "ABC Cloud GmbH"} == set(rows)
    assert rows["Musterwerk IT GmbH"]["n_docs"] == 3


def test_a_type_word_before_a_full_name_names_the_same_organisation() -> None:
    index = reconcile_entities([town("a", "Zweckverband Gemeinsame Datenzentrale Musterau", "Zweckverband"),
                                town("b", "Gemeinsame Datenzentrale Musterau", "Anstalt"),
                                town("c", "Zweckverband Musterau", "Zweckverband"), town("d", "Musterau", "Stadt")])
    assert index.entity_id("a", "org:x") == index.entity_id("b", "org:x") != index.entity_id("c", "org:x")
    assert index.entity_id("c", "org:x") != index.entity_id("d", "org:x")


def test_a_zweckverband_named_after_the_institution_it_carries_is_another_organisation() -> None:
    index = reconcile_entities([town("a", "Zweckverband Sparkasse Musterau", "Zweckverband"),
                                town("b", "Sparkasse Musterau", "Anstalt")])
    assert index.entity_id("a", "org:x") != index.entity_id("b", "org:x")


def test_a_zweckverband_named_after_an_institution_without_legal_form_is_that_institution() -> None:
    index = reconcile_entities([town("a", "Zweckverband Musikschule Musterau", "Zweckverband"),
                                town("b", "Musikschule Musterau", "Sonstige")])
    assert index.entity_id("a", "org:x") == index.entity_id("b", "org:x")


def test_a_type_word_before_a_name_with_a_legal_form_of_another_type_is_another_organisation() -> None:
    index = reconcile_entities([town("a", "Zweckverband Kommunale Musikschule Musterau", "Zweckverband"),
                                town("b", "Kommunale Musikschule Musterau e.V.", "Verband")])
    assert index.entity_id("a", "org:x") != index.entity_id("b", "org:x")


def test_a_name_in_quotation_marks_is_the_same_organisation() -> None:
    index = reconcile_entities([town("a", "Zweckverband „Integrierte Leitstelle Musterau“", "Zweckverband"),
                                town("b", "Zweckverband Integrierte Leitstelle Musterau", "Zweckverband")])
    assert index.entity_id("a", "org:x") == index.entity_id("b", "org:x")


def test_an_acronym_no_release_spells_out_is_the_one_name_its_capitals_make() -> None:
    index = reconcile_entities([
        result("a", [OrgRecord(key="org:mks", name="MKS", org_type="Sonstige", n_mentions=1)]),
        result("b", [OrgRecord(key="org:m", name="Musterauer Kommunaler Schadenausgleich e.V.", org_type="Verband",
                               legal_form="e.V.", n_mentions=1)])])
    assert index.entity_id("a", "org:mks") == index.entity_id("b", "org:m")


def test_an_acronym_two_names_could_spell_stays_apart() -> None:
    index = reconcile_entities([
        result("a", [OrgRecord(key="org:mks", name="MKS", org_type="Sonstige", n_mentions=1)]),
        result("b", [OrgRecord(key="org:m", name="Musterauer Kommunaler Schadenausgleich e.V.", org_type="Verband",
                               legal_form="e.V.", n_mentions=1),
                     OrgRecord(key="org:n", name="Musterfelder Kreis-Service GmbH", org_type="GmbH",
                               legal_form="GmbH", n_mentions=1)])])
    assert index.entity_id("a", "org:mks") not in (index.entity_id("b", "org:m"), index.entity_id("b", "org:n"))
