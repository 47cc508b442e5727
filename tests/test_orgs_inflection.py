"""One name in several cases (invented names only)."""

from __future__ import annotations

from pipeline.reconcile.entities import EntityIndex, _canonical_org_name
from pipeline.records import DocResult, OrgRecord, SourceDocument


def result(doc_id: str, name: str) -> DocResult:
    return DocResult(document=SourceDocument(doc_id, doc_id), organisations=[OrgRecord(key="k", name=name)])


def test_case_forms_of_one_name_are_one_organisation() -> None:
    index = EntityIndex([result("a", "Kommunales Rechenwerk Beispieltal"),
                         result("b", "Kommunalen Rechenwerks Beispieltal"),
                         result("c", "Nordische Pressedienst Musterland"),
                         result("d", "Nordischer Pressedienst Musterland")])
    rows = {r["name"] for r in index.organisation_rows()}
    assert rows == {"Kommunales Rechenwerk Beispieltal", "Nordischer Pressedienst Musterland"}


def test_the_canonical_name_is_the_nominative() -> None:
    names = ["Kommunale Rechenwerk Beispieltal", "Kommunalen Rechenwerks Beispieltal",
             "Kommunales Rechenwerk Beispieltal"]
    assert _canonical_org_name([OrgRecord(key=str(i), name=n) for i, n in enumerate(names)]) == \
        "Kommunales Rechenwerk Beispieltal"
    assert _canonical_org_name([OrgRecord(key="a", name="Zweckverbandes Nord"),
                                OrgRecord(key="b", name="Zweckverband Nord")]) == "Zweckverband Nord"
    assert _canonical_org_name([OrgRecord(key="a", name="Zweckverband „Freibad Beispieltal“"),
                                OrgRecord(key="b", name="Zweckverband Freibad Beispieltal")]) == \
        "Zweckverband Freibad Beispieltal"


def test_an_adjective_after_das_is_named_in_its_strong_form(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Das Kommunale Rechenzentrum Nordheide hilft den Gemeinden.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    assert "Kommunales Rechenzentrum Nordheide" in {r.name for r in records}


def test_an_adjective_the_tagger_calls_a_noun_still_opens_the_name(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Gekündigt wurde der mit dem Kommunalen Rechenzentrum Beispiel/Muster geschlossene Vertrag. "
              "Das KRZ Kaltenbach/Rotenzell hilft.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    names = {r.name for r in records}
    assert any(n.startswith("Kommunale") and n.endswith("Rechenzentrum Beispiel/Muster") for n in names)
    assert "KRZ Kaltenbach/Rotenzell" in names


def test_an_acronym_with_the_tail_of_a_long_name_is_that_organisation() -> None:
    def rec(doc_id: str, name: str) -> DocResult:
        record = OrgRecord(key="k", name=name, short_name="KRZ")
        return DocResult(document=SourceDocument(doc_id, doc_id), organisations=[record])

    index = EntityIndex([rec("a", "Kommunales Rechenzentrum Nordheim/Südheim"), rec("b", "KRZ Nordheim/Südheim")])
    assert len(list(index.organisation_rows())) == 1


def test_an_adjective_after_der_or_die_in_en_is_named_without_the_article(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Die Satzung der Kommunalen Werke Nordtal AöR gilt. Vorstand der Kommunale Werke "
              "Beispielberg AöR ist sie.")
    names = {r.name for r in find_organisations(doc, SentenceIndex(doc))[0]}
    assert {"Kommunale Werke Nordtal AöR", "Kommunale Werke Beispielberg AöR"} <= names


def _mentioned(nlp, text: str) -> list[tuple[str, str]]:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp(text)
    records, mentions = find_organisations(doc, SentenceIndex(doc))
    names = {r.key: r.name for r in records}
    return [(m.text, names.get(m.key, "")) for m in mentions if m.label == "ORG"]


def test_a_name_is_used_again_without_its_legal_form_and_in_the_genitive(nlp) -> None:
    mentioned = _mentioned(nlp, "Der Probetaler Wanderverbund e.V. wurde 2019 gegründet. Heute zählt der Probetaler "
                                "Wanderverbund 40 Mitglieder. Die Satzung des Probetaler Wanderverbunds gilt weiter.")
    assert mentioned == [("Probetaler Wanderverbund e.V.", "Probetaler Wanderverbund e.V."),
                         ("Probetaler Wanderverbund", "Probetaler Wanderverbund e.V."),
                         ("Probetaler Wanderverbunds", "Probetaler Wanderverbund e.V.")]


def test_a_genitive_use_is_no_alias(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Der Probetaler Wanderverbund e.V. tagte. Die Satzung des Probetaler Wanderverbundes gilt weiter.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    assert [r.aliases for r in records if r.name == "Probetaler Wanderverbund e.V."] == [[]]


def test_the_compound_head_of_a_name_refers_to_its_one_organisation(nlp) -> None:
    mentioned = _mentioned(nlp, "Die Musterauer Pflanzgesellschaft mbH wurde 2015 gegründet. Heute beschäftigt die "
                                "Pflanzgesellschaft 12 Menschen.")
    assert ("Pflanzgesellschaft", "Musterauer Pflanzgesellschaft mbH") in mentioned


def test_a_descriptor_noun_after_a_name_word_stays_in_the_name(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Gestern wurde die Lastenrad Leihbetrieb Musterau gGmbH gegründet. Der Dienstleister Probe GmbH hilft.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    assert {(r.name, tuple(r.aliases)) for r in records} >= {("Lastenrad Leihbetrieb Musterau gGmbH", ()),
                                                              ("Probe GmbH", ())}


def test_im_between_two_name_words_is_inside_the_name(nlp) -> None:
    mentioned = _mentioned(nlp, "Die Stadt Musterau ist seit 1. April Mitglied im Probeverbund Musterau e.V. und in "
                                "der Genossenschaft Wohnen im Alter Musterau eG.")
    names = [name for _, name in mentioned]
    assert "Probeverbund Musterau e.V." in names and "Wohnen im Alter Musterau eG" in names


def test_am_after_one_noun_after_an_article_is_inside_the_name_but_not_before_a_day(nlp) -> None:
    mentioned = _mentioned(nlp, "Die Stiftung Musterhilfe betreibt die Hospiz am Lindenhain Musterau gGmbH. Der "
                                "Kreistag wählte die Vertreter am Montag Probewerk GmbH zu.")
    names = [name for _, name in mentioned]
    assert "Hospiz am Lindenhain Musterau gGmbH" in names
    assert not [name for name in names if name.startswith(("Kreistag", "Vertreter"))]


def test_a_compound_head_inside_a_name_refers_to_it_but_a_kind_word_does_not(nlp) -> None:
    mentioned = _mentioned(nlp, "Die Wildunfall-Servicestelle Musterau-Probedorf (WSMP) nimmt Meldungen an. Die "
                                "Servicestelle ist rund um die Uhr erreichbar.")
    assert ("Servicestelle", "Wildunfall-Servicestelle Musterau-Probedorf") in mentioned
    mentioned = _mentioned(nlp, "Die Reisevereinigung Musterau-Probedorf e. V. ist gegründet. Die neue "
                                "Reisevereinigung nahm den Flugbetrieb auf.")
    assert ("Reisevereinigung", "Reisevereinigung Musterau-Probedorf e. V.") in mentioned
    mentioned = _mentioned(nlp, "Der Zweckverband Sparkasse Musterau wird errichtet. Die Sparkasse bleibt.")
    assert ("Sparkasse", "Zweckverband Sparkasse Musterau") not in mentioned


def test_a_registered_union_named_by_its_members_keeps_them(nlp) -> None:
    from pipeline.extract import SentenceIndex
    from pipeline.extract.organisations import find_organisations

    doc = nlp("Der Kreisverband der Gartenfreunde Musterau e.V. tagte. Die Versammlung der Probe GmbH auch.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    names = {r.name for r in records}
    assert "Kreisverband der Gartenfreunde Musterau e.V." in names and "Probe GmbH" in names
