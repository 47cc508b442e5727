"""One name in several cases (invented names only)."""

from __future__ import annotations

from pipeline.reconcile.entities import EntityIndex, _canonical_org_name
from pipeline.records import DocResult, OrgRecord, SourceDocument


def result(doc_id: str, name: str) -> DocResult:
    return DocResult(document=SourceDocument(doc_id, doc_id), organisations=[OrgRecord(key="k", name=name)])


def test_case_forms_of_one_name_are_one_organisation() -> None:
    index = EntityIndex([result("a", "Kommunales Datenwerk Beispieltal"),
                         result("b", "Kommunalen Datenwerks Beispieltal"),
                         result("c", "Nordische Nachrichtendienst Musterland"),
                         result("d", "Nordischer Nachrichtendienst Musterland")])
    rows = {r["name"] for r in index.organisation_rows()}
    assert rows == {"Kommunales Datenwerk Beispieltal", "Nordischer Nachrichtendienst Musterland"}


def test_the_canonical_name_is_the_nominative() -> None:
    names = ["Kommunale Datenwerk Beispieltal", "Kommunalen Datenwerks Beispieltal",
             "Kommunales Datenwerk Beispieltal"]
    assert _canonical_org_name([OrgRecord(key=str(i), name=n) for i, n in enumerate(names)]) == \
        "Kommunales Datenwerk Beispieltal"
    assert _canonical_org_name([OrgRecord(key="a", name="Zweckverbandes Nord"),
                                OrgRecord(key="b", name="Zweckverband Nord")]) == "Zweckverband Nord"


def test_an_adjective_after_das_is_named_in_its_strong_form(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Das Kommunale Rechenzentrum Nordheide hilft den Gemeinden.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    assert "Kommunales Rechenzentrum Nordheide" in {r.name for r in records}
