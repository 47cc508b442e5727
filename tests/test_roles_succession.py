"""Roles passed on, bylines, bodies chaired and appointments named without a cue, on invented sentences."""

from __future__ import annotations

import pytest

from .test_people import people, roles


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Die Verbandsversammlung des Zweckverbands Musterland hat Erika Beispiel zur neuen Verbandsvorsteherin "
     "gewählt. Sie folgt auf Max Muster, der den Verband seit 2010 geführt hat.",
     "Max Muster", "Verbandsvorsteher", "Zweckverband Musterland"),
    ("Die Verbandsversammlung des Zweckverbands Musterland hat Erika Beispiel zur neuen Verbandsvorsteherin "
     "gewählt. Sie tritt die Nachfolge von Max Muster an.",
     "Max Muster", "Verbandsvorsteher", "Zweckverband Musterland"),
    ("Der Verwaltungsrat der Beispiel Digital AöR hat Max Muster zum neuen Vorstand bestellt. Er folgt auf "
     "Erika Beispiel, die in den Ruhestand geht.",
     "Erika Beispiel", "Vorstand", "Beispiel Digital AöR"),
])
def test_the_predecessor_held_the_office_taken_up(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_a_predecessor_with_an_office_of_its_own_keeps_it(nlp) -> None:
    found = roles(nlp, "Die Verbandsversammlung des Zweckverbands Musterland hat Erika Beispiel zur neuen "
                       "Verbandsvorsteherin gewählt. Sie folgt auf Max Muster, Bürgermeister der Stadt Musterhausen.")
    assert found["Max Muster"] == [("Bürgermeister", "Stadt Musterhausen")]


def test_an_office_passed_on_needs_its_organisation(nlp) -> None:
    found = roles(nlp, "Neuer Kreisbrandmeister. Der Kreistag wählte Max Muster, bislang stellvertretender "
                       "Kreisbrandmeister, zum Nachfolger von Otto Probe.")
    assert found.get("Otto Probe", []) == []


def test_a_deputy_who_succeeds_takes_the_office_deputised_for(nlp) -> None:
    found = roles(nlp, "Die Kämmerin der Gemeinde Musterdorf geht in den Ruhestand. Zu ihrem Nachfolger wählte der "
                       "Gemeinderat den bisherigen stellvertretenden Kämmerer Max Muster.")
    assert found["Max Muster"] == [("Kämmerer", "Gemeinde Musterdorf")]


def test_a_successor_takes_the_office_of_the_person_named_before(nlp) -> None:
    found = roles(nlp, "Max Muster, seit 2011 Verbandsvorsteher des Zweckverbands Musterland, gibt den Vorsitz ab. "
                       "Die Verbandsversammlung wählte Erika Beispiel, Bürgermeisterin der Gemeinde Musterdorf, "
                       "zu seiner Nachfolgerin.")
    assert ("Verbandsvorsteherin", "Zweckverband Musterland") in found["Erika Beispiel"]


def test_a_successor_with_a_former_office_keeps_it(nlp) -> None:
    found = roles(nlp, "Max Muster verlässt die Beispiel Digital GmbH. Der Aufsichtsrat hat Erika Beispiel, bislang "
                       "IT-Leiterin der Stadt Musterhausen, zu seiner Nachfolgerin berufen.")
    assert found["Erika Beispiel"] == [("IT-Leiterin", "Stadt Musterhausen")]


@pytest.mark.parametrize("line", [
    "Von Max Muster · 23.09.2025, 18:05 Uhr",
    "Kategorie: Unternehmen · von Max Muster",
    "Interview: Max Muster",
    "Das Gespräch führte Max Muster.",
])
def test_bylines_and_interviewers_name_the_author(nlp, line: str) -> None:
    text = f"Stadt und Kreis gründen eine Gesellschaft\n\n{line}\n\nDie Stadt Musterhausen tritt bei."
    if line.startswith("Das Gespräch"):
        text = "Stadt und Kreis gründen eine Gesellschaft\n\nDie Stadt Musterhausen tritt bei.\n\n" + line
    found, _, _ = people(nlp, text)
    assert [(r.role, r.org_key) for r in found["Max Muster"].roles] == [("Autor", "")]


def test_a_chair_of_a_body_belongs_to_the_organisation_of_the_body(nlp) -> None:
    found = roles(nlp, "Die Sparkasse Musterhausen ist eine Anstalt des öffentlichen Rechts. Träger ist die Stadt "
                       "Musterhausen.\n\nDen Vorstand führt Erika Beispiel. Vorsitzender des Verwaltungsrates ist "
                       "Oberbürgermeister Max Muster.")
    assert ("Vorsitzender des Verwaltungsrates", "Sparkasse Musterhausen") in found["Max Muster"]


def test_the_holder_before_the_closing_participle_is_a_person(nlp) -> None:
    found = roles(nlp, "Die Beispiel Schul-IT GmbH startet. Zur Geschäftsführerin haben die Gesellschafter im "
                       "November Zeynep Musterfrau-Probe bestellt.")
    assert found["Zeynep Musterfrau-Probe"] == [("Geschäftsführerin", "Beispiel Schul-IT GmbH")]


def test_the_name_before_an_apposition_is_appointed(nlp) -> None:
    found = roles(nlp, "Die Verbandsversammlung des Zweckverbands Musterland wählte Erika Beispiel, Landrätin des "
                       "Landkreises Beispielkreis, zur Verbandsvorsteherin.")
    assert ("Verbandsvorsteherin", "Zweckverband Musterland") in found["Erika Beispiel"]


def test_an_appointment_by_surname_alone(nlp) -> None:
    found = roles(nlp, "Der Beispielverband e.V. hielt seine Mitgliederversammlung ab. Max Muster kandidierte nicht "
                       "erneut. Die Versammlung ernannte Muster im Anschluss zum Ehrenvorsitzenden.")
    assert found["Max Muster"] == [("Ehrenvorsitzender", "Beispielverband e.V.")]


def test_a_party_in_parentheses_before_a_copula(nlp) -> None:
    found = roles(nlp, "Die Stadt Musterhausen hat gewählt. Max Muster (ABC) wird neuer Bürgermeister von "
                       "Musterhausen.")
    assert found["Max Muster"] and found["Max Muster"][0][0] == "Bürgermeister"


def test_a_chair_listed_under_a_body_chairs_it(nlp) -> None:
    found = roles(nlp, "Die Beispiel Digital eG wächst.\n\nBeispiel Digital eG · Vorstand: Erika Beispiel "
                       "(Vorsitzende), Max Muster")
    assert [role for role, _ in found["Erika Beispiel"]] == ["Vorstandsvorsitzende"]
    assert [role for role, _ in found["Max Muster"]] == ["Vorstand"]


def test_a_body_elects_its_own_chair(nlp) -> None:
    found = roles(nlp, "Die Beispiel Digital AöR wächst. Der Verwaltungsrat wählte Max Muster, Bürgermeister der "
                       "Gemeinde Musterdorf, mit Wirkung zum 1. Januar zu seinem Vorsitzenden.")
    assert ("Vorsitzender des Verwaltungsrats", "Beispiel Digital AöR") in found["Max Muster"]


def test_the_duties_taken_over_from_the_holder_named_before(nlp) -> None:
    text = ("Der Zweckverband Beispiel-IT wächst. Geschäftsführerin Erika Probe geht in den Ruhestand. Ihre "
            "Aufgaben übernimmt zum 1. April ihr bisheriger Stellvertreter Max Muster.")
    assert roles(nlp, text)["Max Muster"] == [("Geschäftsführer", "Zweckverband Beispiel-IT")]


def test_the_holder_across_a_copula_after_an_organisation_in_the_genitive(nlp) -> None:
    text = ("Zum 1. Januar 1994 entstand der Zweckverband Beispiel-IT. Erster Geschäftsleiter des neu gebildeten "
            "Verbands wurde Max Muster.")
    assert roles(nlp, text)["Max Muster"] == [("Geschäftsleiter", "Zweckverband Beispiel-IT")]


def test_an_appointee_named_by_a_pronoun_is_the_person_named_before(nlp) -> None:
    text = ("Die Beispiel-IT AöR ist gestartet. Geführt wird die Anstalt von Dr. Erika Probe. Sie leitete zuvor "
            "ein Referat; der Verwaltungsrat hatte sie im September zum Vorstand berufen.")
    assert roles(nlp, text)["Erika Probe"] == [("Vorstand", "Beispiel-IT AöR")]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Die Beispielwerke GmbH wächst. Neu an Bord ist seit April Max Muster. Der Bankkaufmann, der zuvor bei der "
     "Sparkasse war, ist neuer kaufmännischer Leiter der Beispielwerke GmbH.", "Max Muster", "kaufmännischer Leiter"),
    ("Die Beispielwerke GmbH wächst. Im Mai kam Erika Probe. Die 44-jährige Informatikerin ist seit 2021 "
     "Prokuristin der Beispielwerke GmbH.", "Erika Probe", "Prokuristin"),
])
def test_an_office_of_a_subject_describing_the_person_named_before(nlp, text: str, name: str, role: str) -> None:
    assert roles(nlp, text)[name] == [(role, "Beispielwerke GmbH")]


@pytest.mark.parametrize("name", ["Max Probe", "Jan-Hinrich Probe"])
def test_a_leadership_taken_over_of_an_organisation_named_by_its_kind(nlp, name: str) -> None:
    text = (f"Der Zweckverband Beispiel-IT zählt fünf Mitglieder. Zum 1. März übernimmt {name} die Leitung des "
            "gemeinsamen Rechenzentrums.")
    assert roles(nlp, text)[name] == [("Leiter", "Zweckverband Beispiel-IT")]
