"""Councils and boards named bare: which organisation they belong to (invented names only)."""

from __future__ import annotations

from pipeline.extract import SentenceIndex
from pipeline.extract.organisations import find_organisations


def records(nlp, text: str) -> dict:
    doc = nlp(text)
    found, _ = find_organisations(doc, SentenceIndex(doc))
    return {r.name: r for r in found}, {r.key: r for r in found}


def test_a_board_acting_bare_belongs_to_the_company_of_the_release(nlp) -> None:
    by_name, by_key = records(nlp, "Die Musterwerk Nordheide GmbH wächst. Der Aufsichtsrat hat am Montag "
                                   "Erika Beispiel zur Geschäftsführerin bestellt.")
    board = next(r for r in by_name.values() if r.org_type == "Gremium")
    assert by_key[board.parent_key].name == "Musterwerk Nordheide GmbH"
    assert "Aufsichtsrat" in board.aliases


def test_a_board_named_only_in_a_post_is_no_organisation(nlp) -> None:
    by_name, _ = records(nlp, "Die Musterwerk Nordheide GmbH wächst. Vorsitzende des Aufsichtsrats bleibt "
                              "Erika Beispiel.")
    assert not any(r.org_type == "Gremium" for r in by_name.values())


def test_a_possessive_council_belongs_to_the_town_named_last(nlp) -> None:
    by_name, by_key = records(nlp, "Die Stadt Musterhausen tritt bei. Nicht dabei ist die Gemeinde Beispieldorf. "
                                   "Ihr Gemeinderat stimmte dagegen. Die Stadt Musterhausen zahlt.")
    council = next(r for r in by_name.values() if r.org_type == "Gremium")
    assert by_key[council.parent_key].name == "Gemeinde Beispieldorf"


def test_a_bare_board_joins_the_one_named_with_its_organisation(nlp) -> None:
    by_name, by_key = records(nlp, "Der Beispielverein Nord e.V. und die Musterdaten eG arbeiten zusammen. Die "
                                   "Mitgliederversammlung des Beispielvereins Nord e.V. tagte. Die MDE meldet "
                                   "Zahlen, die MDE wächst. Die Mitgliederversammlung stimmte zu.")
    boards = [r for r in by_name.values() if r.org_type == "Gremium"]
    assert len(boards) == 1
    assert by_key[boards[0].parent_key].name.startswith("Beispielverein")


def test_the_town_inside_an_organisations_name_is_also_a_place(nlp) -> None:
    doc = nlp("Die Stadt Musterhausen und die Stadtwerke Beispielfeld arbeiten zusammen.")
    _, mentions = find_organisations(doc, SentenceIndex(doc))
    places = {m.text for m in mentions if m.label == "LOC"}
    orgs = {m.text for m in mentions if m.label == "ORG"}
    assert "Stadt Musterhausen" in orgs and "Musterhausen" in places and places <= {"Musterhausen", "Beispielfeld"}
    assert all(any(o.start <= p.start and p.end <= o.end for o in mentions if o.label == "ORG")
               for p in mentions if p.label == "LOC")


def test_a_towns_genitive_before_an_office_is_not_the_bodys_place(nlp) -> None:
    by_name, by_key = records(nlp, "Der Zweckverband Beispiel-IT ist gestartet. In ihrer ersten Sitzung wählte "
                                   "die Verbandsversammlung Musterhausens Bürgermeister Max Beispiel zum Vorsitzenden.")
    body = next(r for r in by_name.values() if r.org_type == "Gremium")
    assert by_key[body.parent_key].name == "Zweckverband Beispiel-IT"


def test_a_ministry_with_and_without_its_state_is_one(nlp) -> None:
    by_name, _ = records(nlp, "Ministerium für Digitales und Heimat Saarland\nDie Ministerin sprach im Ministerium "
                              "für Digitales und Heimat über das Vorhaben.")
    assert [n for n in by_name if n.startswith("Ministerium")] == ["Ministerium für Digitales und Heimat Saarland"]


def test_a_body_of_an_administration_belongs_to_its_town(nlp) -> None:
    by_name, by_key = records(nlp, "Die Stadt Musterhausen tritt bei. Die Stadtverwaltung Musterhausen plant. "
                                   "Der Personalrat der Stadtverwaltung hat dem Vertrag zugestimmt.")
    body = by_name["Personalrat der Stadtverwaltung Musterhausen"]
    assert by_key[body.parent_key].name == "Stadt Musterhausen"


def test_a_bare_council_belongs_to_the_dateline_town_the_text_names(nlp) -> None:
    doc = nlp("Die Schulen in Beispielfelde bekommen neue Tablets. Der Stadtrat hat am Mittwoch zugestimmt.")
    found, _ = find_organisations(doc, SentenceIndex(doc), "Beispielfelde/Elbe")
    by_key = {r.key: r for r in found}
    council = next(r for r in found if r.org_type == "Gremium")
    assert by_key[council.parent_key].name == "Stadt Beispielfelde/Elbe"
    unnamed = nlp("Die Schulen bekommen neue Tablets. Der Stadtrat hat am Mittwoch zugestimmt.")
    found, _ = find_organisations(unnamed, SentenceIndex(unnamed), "Beispielfelde")
    assert not any(r.name.startswith("Stadt") for r in found)


def test_a_council_named_again_without_its_noun_is_the_other_towns(nlp) -> None:
    by_name, by_key = records(nlp, "Der Zweckverband Musterdienste wächst. Sowohl der Gemeinderat von Musterdorf "
                                   "als auch der von Beispielfeld hatten bereits im Mai zugestimmt.")
    councils = {r.name: r for r in by_name.values() if r.org_type == "Gremium"}
    assert set(councils) == {"Gemeinderat Musterdorf", "Gemeinderat Beispielfeld"}
    assert by_key[councils["Gemeinderat Beispielfeld"].parent_key].name == "Gemeinde Beispielfeld"


def test_a_city_council_is_no_municipalitys_of_two_named_alike(nlp) -> None:
    by_name, by_key = records(nlp, "Am 22. Mai hat die Stadtverordnetenversammlung beschlossen, gemeinsam mit den "
                                   "Gemeinden Beispielfeld und Probedorf einen Zweckverband zu gründen.")
    council = [r for r in by_name.values() if r.org_type == "Gremium"]
    assert not any(by_key.get(r.parent_key) for r in council)


def test_a_council_of_another_family_belongs_to_the_town_named_most(nlp) -> None:
    by_name, by_key = records(nlp, "Die Stadt Musterhausen und die Stadt Beispieldorf sind Partner. Die Stadt "
                                   "Musterhausen tritt bei. Der Gemeinderat hat den Beitritt beschlossen.")
    council = next(r for r in by_name.values() if r.org_type == "Gremium")
    assert by_key[council.parent_key].name == "Stadt Musterhausen"


def test_the_council_there_belongs_to_the_town_just_named(nlp) -> None:
    by_name, by_key = records(nlp, "Der Gemeinderat der Gemeinde Musterau stimmte zu. Der Gemeinderat tagte lange. "
                                   "Nicht dabei ist dagegen Probedorf. Der dortige Gemeinderat hat sich gegen den "
                                   "Beitritt entschieden.")
    parents = {by_key[r.parent_key].name for r in by_name.values() if r.org_type == "Gremium" and r.parent_key}
    assert "Gemeinde Probedorf" in parents


def test_a_council_named_by_a_place_adjective_whose_town_the_text_names_only_in_another_name(nlp) -> None:
    by_name, by_key = records(nlp, "Mit 27 zu 9 Stimmen hat der Probedorfer Stadtrat beschlossen, die Aufgabe an die "
                                   "Parkraum Probedorf GmbH abzugeben.")
    council = next(r for r in by_name.values() if r.org_type == "Gremium")
    assert by_key[council.parent_key].name == "Stadt Probedorf"


def test_the_council_there_is_of_the_district_its_own_sentence_names_not_a_surname_before(nlp) -> None:
    doc = nlp("„Wer das will, muss es auch tragen“, so Probe. Der Landkreis Musterau dürfte sich 2026 beteiligen; "
              "eine Entscheidung des dortigen Kreistags steht aus.")
    records, _ = find_organisations(doc, SentenceIndex(doc))
    parents = {r.name: r.parent_key for r in records if r.org_type == "Gremium"}
    assert parents == {"Kreistag Musterau": "org:landkreis musterau"}


def test_a_word_capitalised_as_the_sentences_first_is_no_town_of_the_council_there(nlp):
    by_name, _by_key = records(nlp, "Die Gemeinde Probedorf wollte austreten. Ein Beschluss stand aus.\n\nErledigt: "
                                    "Der Gemeinderat dort hat sich im Dezember gegen den Austritt entschieden.")
    assert "Gemeinde Erledigt" not in by_name and "Gemeinderat Erledigt" not in by_name
