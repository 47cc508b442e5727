"""People rules on invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import SentenceIndex
from pipeline.extract.organisations import find_organisations
from pipeline.extract.people import find_people
from pipeline.records import Mention, PersonRecord


def people(nlp, text: str) -> tuple[dict[str, PersonRecord], dict[str, str], list[Mention]]:
    """Person records by name, org names by key, and person mentions."""
    doc = nlp(text)
    sentences = SentenceIndex(doc)
    orgs, org_mentions = find_organisations(doc, sentences)
    found, mentions = find_people(doc, sentences, orgs, org_mentions)
    return {p.name: p for p in found}, {o.key: o.name for o in orgs}, mentions


def roles(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    found, org_names, _ = people(nlp, text)
    return {name: [(r.role, org_names.get(r.org_key, "")) for r in p.roles] for name, p in found.items()}


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("„Gut so“, sagt Bürgermeisterin Erika Beispiel. Die Stadt Musterhausen tritt bei.",
     "Erika Beispiel", "Bürgermeisterin", "Stadt Musterhausen"),
    ("Max Muster, stellvertretender Landrat des Landkreises Beispiel-Land, unterschrieb.",
     "Max Muster", "stellvertretender Landrat", "Landkreis Beispiel-Land"),
    ("Es kam Anna Probe, stellvertretende Landrätin des Kreises Beispiel-Land.",
     "Anna Probe", "stellvertretende Landrätin", "Kreis Beispiel-Land"),
    ("Dabei waren Jana Test (Geschäftsführerin der Beispiel Digital GmbH) und andere.",
     "Jana Test", "Geschäftsführerin", "Beispiel Digital GmbH"),
    ("„Wir freuen uns“, so Max Muster vom Vorstand der Beispielservice Nord AöR.",
     "Max Muster", "Vorstand", "Beispielservice Nord AöR"),
    ("Die Beispielservice Nord AöR (BSN) wächst, sagt BSN-Vorstand Max Muster.",
     "Max Muster", "Vorstand", "Beispielservice Nord AöR"),
    ("„Ein guter Tag“, umreißt Musterhausens Bürgermeister Otto Probe die Lage.",
     "Otto Probe", "Bürgermeister", "Stadt Musterhausen"),
    ("Hans Beispiel, Amtsvorsteher im Amt Musterberger Land, ergänzt: „Gut.“",
     "Hans Beispiel", "Amtsvorsteher", "Amt Musterberger Land"),
    ("Die Landeshauptstadt Musterburg ist dabei, sagt Oberbürgermeisterin Petra Probe.",
     "Petra Probe", "Oberbürgermeisterin", "Landeshauptstadt Musterburg"),
])
def test_role_and_its_organisation(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_academic_title_is_kept_apart(nlp) -> None:
    found, _, mentions = people(nlp, "Es unterschrieb Dr. Hans Probe, Oberbürgermeister der Stadt Musterhausen.")
    person = found["Hans Probe"]
    assert person.title == "Dr."
    assert [m.text for m in mentions if m.label == "PER"] == ["Hans Probe"]
    assert [m.text for m in mentions if m.label == "ROLE"] == ["Oberbürgermeister"]


def test_quotation_attribution_without_role(nlp) -> None:
    found, _, _ = people(nlp, "„Das ist ein guter Tag für die Region“, sagt Petra Probe.")
    assert list(found) == ["Petra Probe"]
    assert found["Petra Probe"].roles == []


def test_known_first_name_without_cue(nlp) -> None:
    found, _, _ = people(nlp, "Neben Matthias Beispiel nahmen viele Gäste teil.")
    assert "Matthias Beispiel" in found


def test_a_rare_first_name_the_model_misses_is_known_from_the_list(nlp) -> None:
    found, _, _ = people(nlp, "Unterschrieben haben den Vertrag Adolfine Musterfrau, Bürgermeisterin der Stadt "
                              "Musterau, und der Landrat.")
    assert "Adolfine Musterfrau" in found


def test_a_name_after_an_office_or_a_salutation_is_a_person_whatever_its_first_name(nlp) -> None:
    found, orgs, _ = people(nlp, "Auch der Sportbund Musterau steht bereit. Sein Vorsitzender Osmund Quäschning hat "
                                 "es versichert. Lieber Gerriet Schnackenberg, liebe Kollegin Beispiel, danke!")
    assert {"Osmund Quäschning", "Gerriet Schnackenberg"} <= set(found)
    assert not any("Kollegin" in name for name in found)
    assert not any(name in orgs.values() for name in ("Osmund Quäschning", "Gerriet Schnackenberg"))


def test_a_name_of_common_words_is_a_person_when_an_office_later_names_its_surname(nlp) -> None:
    # "Zipfel" is a dictionary word and "Hartwald" no known first name, but "Verbandsvorsteher Zipfel" is a person
    # (the release had failed with a KeyError when the short form outlived its full name)
    found, _, _ = people(nlp, "Gäste: Hartwald Zipfel, Verbandsvorsteher des Zweckverbands Radwege Musterbachtal\n\n"
                              "Verbandsvorsteher Zipfel berichtet, die Nachbargemeinde habe im Februar beigetreten.")
    assert "Hartwald Zipfel" in found
    assert found["Hartwald Zipfel"].roles[0].role == "Verbandsvorsteher"


def test_all_mentions_of_a_person_share_one_key(nlp) -> None:
    text = "Bürgermeisterin Erika Beispiel eröffnet. Später spricht Erika Beispiel erneut. Dann lacht Beispiel."
    found, _, mentions = people(nlp, text)
    key = found["Erika Beispiel"].key
    per = [m for m in mentions if m.label == "PER"]
    assert {m.key for m in per} == {key}
    assert len(per) == 3
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_organisation_words_are_not_people(nlp) -> None:
    found, _, _ = people(nlp, "Die Stadt Musterhausen und der Landkreis Beispiel-Land gründen die Beispiel GmbH.")
    assert found == {}


def test_three_word_name_and_organisation_after_the_name(nlp) -> None:
    text = ("„Gut“, sagte Oberbürgermeister Hans Peter Beispiel. Auskunft gibt Pressesprecherin Anna Probe "
            "vom Landesamt für Innere Dienste.")
    assert roles(nlp, text)["Anna Probe"] == [("Pressesprecherin", "Landesamt für Innere Dienste")]
    assert "Hans Peter Beispiel" in roles(nlp, text)


# --- more office titles and forms ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Das erläuterte der Erste Stadtrat Max Muster. Die Stadt Musterhausen tritt bei.",
     "Max Muster", "Erster Stadtrat", "Stadt Musterhausen"),
    ("Der Zweckverband Beispielwasser wächst, sagt Verbandsgeschäftsführer Dr. Max Muster.",
     "Max Muster", "Verbandsgeschäftsführer", "Zweckverband Beispielwasser"),
    ("Das Amt Musterland tritt bei. Unterschrieben haben Amtsdirektorin Erika Beispiel und der "
     "Verbandsvorsitzende Max Muster des Beispielverbands Nord e. V.",
     "Erika Beispiel", "Amtsdirektorin", "Amt Musterland"),
    ("Der Vertrag wurde von dem Verbandsvorsitzenden Dr. Max Muster unterzeichnet. Der Musterring Nord "
     "e. V. wächst.", "Max Muster", "Verbandsvorsitzender", "Musterring Nord e. V."),
    ("Der Musterbergkreis bleibt eigenständig, sagte Kreistagsvorsitzende Erika Beispiel.",
     "Erika Beispiel", "Kreistagsvorsitzende", "Musterbergkreis"),
    ("Der Musterbergkreis bleibt eigenständig, sagte Landrätin Erika Beispiel.",
     "Erika Beispiel", "Landrätin", "Musterbergkreis"),
    ("Die Stadt Musterhausen übernimmt das Standesamt, sagte Standesbeamtin Erika Beispiel.",
     "Erika Beispiel", "Standesbeamtin", "Stadt Musterhausen"),
    ("Die Gemeinde Musterdorf tritt bei, sagte Gemeinderätin Erika Beispiel.",
     "Erika Beispiel", "Gemeinderätin", "Gemeinde Musterdorf"),
])
def test_more_offices(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_role_after_zur_names_the_person_before(nlp) -> None:
    text = ("Die Beispiel Digital GmbH hat eine neue Spitze. Der Aufsichtsrat hat beschlossen, "
            "Dr. Erika Beispiel zur Geschäftsführerin zu bestellen.")
    assert roles(nlp, text)["Erika Beispiel"] == [("Geschäftsführerin", "Beispiel Digital GmbH")]


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Zum Geschäftsführer der Beispiel Digital GmbH hat die Gesellschafterversammlung Max Muster bestellt.",
     "Max Muster", "Geschäftsführer", "Beispiel Digital GmbH"),
    ("Die Beispiel Digital GmbH wächst. Ihr Nachfolger wird Dr. Max Muster, der im Mai als Geschäftsführer "
     "beginnt.", "Max Muster", "Geschäftsführer", "Beispiel Digital GmbH"),
    ("Der Zweckverband Beispielwasser wächst. Zum 1. Mai übernimmt Max Muster, bisher beim Verband, "
     "die Stelle des technischen Leiters.", "Max Muster", "technischer Leiter", "Zweckverband Beispielwasser"),
])
def test_office_of_the_one_person_of_the_sentence(nlp, text: str, name: str, role: str, org: str) -> None:
    assert roles(nlp, text)[name] == [(role, org)]


def test_office_of_a_sentence_with_two_people_stays_open(nlp) -> None:
    found = roles(nlp, "Max Muster und Erika Beispiel sprachen, bevor einer als Geschäftsführer begann.")
    assert found.get("Max Muster", []) == [] and found.get("Erika Beispiel", []) == []


def test_byline_names_the_author(nlp) -> None:
    found, _, mentions = people(nlp, "Stadt und Kreis gründen eine Gesellschaft\n\nVon Max Muster\n\n"
                                     "Am Montag haben der Kreis Musterland und die Stadt Musterhausen gegründet.")
    assert [(r.role, r.org_key) for r in found["Max Muster"].roles] == [("Autor", "")]
    assert not [m for m in mentions if m.label == "ROLE"]


def test_von_inside_a_sentence_is_no_byline(nlp) -> None:
    found, _, _ = people(nlp, "Die Idee stammt\nVon Max Muster stammt die Idee.")
    assert all(not p.roles for p in found.values())


def test_compound_prefix_names_the_organisation(nlp) -> None:
    text = ("Die Beispielwerke Nord GmbH und die Musterservice Süd AöR (MSS) arbeiten zusammen. Es unterschrieben "
            "Beispielwerke-Geschäftsführer Max Muster und MSS-Vorständin Erika Beispiel. Die MSS wächst.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Geschäftsführer", "Beispielwerke Nord GmbH")]
    assert found["Erika Beispiel"] == [("Vorständin", "Musterservice Süd AöR")]


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Die Verbandsgemeinde Muster-Au tritt bei, sagt Bürgermeisterin Erika Beispiel.",
     "Erika Beispiel", "Bürgermeisterin", "Verbandsgemeinde Muster-Au"),
    ("Der Rat der Stadt Musterhausen lehnte ab. „Zu teuer“, sagte Ratsherr Otto Probe.",
     "Otto Probe", "Ratsherr", "Stadt Musterhausen"),  # a council's member works for its town (issue 10)
    ("Die Sparkasse Musterau wächst, sagt Erika Beispiel, Vorsitzende des Verwaltungsrats der Sparkasse Musterau.",
     "Erika Beispiel", "Vorsitzende des Verwaltungsrats", "Sparkasse Musterau"),
    ("„Gut so“, sagte Max Muster, Vorsitzender des Aufsichtsrates der Beispielwerke GmbH.",
     "Max Muster", "Vorsitzender des Aufsichtsrates", "Beispielwerke GmbH"),
    ("Der Landkreis Beispiel-Land baut aus, erläutert Max Muster, IT-Leiter der Kreisverwaltung.",
     "Max Muster", "IT-Leiter", "Landkreis Beispiel-Land"),
    ("Der bisherige Erste Kreisrat des Landkreises Musterhorst, Max Muster, wird Geschäftsführer.",
     "Max Muster", "Erster Kreisrat", "Landkreis Musterhorst"),  # an office of its own in Niedersachsen
    ("Der Zweckverband Digitale Technik Musterland (DTM) startet. Die Geschäftsleitung des DTM übernimmt "
     "zum 1. Juli Max Muster.", "Max Muster", "Geschäftsleiter", "Zweckverband Digitale Technik Musterland"),
])
def test_offices_of_unions_councils_and_fields(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_first_name_pair_after_an_academic_title(nlp) -> None:
    found, _, _ = people(nlp, "„Gut so“, erklärt Dr. Hans Quirin Beispiel (Erster Bürgermeister des Marktes "
                              "Musterbach).")
    assert "Hans Quirin Beispiel" in found
    assert "Quirin Beispiel" not in found


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    # a place adjective before the office names the town, not the most mentioned one
    ("Die Städte Musterfeld und Probenau gründen einen Verband. Probenau zahlt, Probenau baut. Die Versammlung "
     "wählte den Musterfelder Bürgermeister Max Probe zum Vorsitzenden.",
     "Max Probe", "Bürgermeister", "Stadt Musterfeld"),
    # an apposition "bislang <office>" after the name
    ("Die Sparkasse Musterland wächst. Sabine Probe, bislang Vorstandsvorsitzende der Kreissparkasse "
     "Probetal, wird Stellvertreterin.", "Sabine Probe", "Vorstandsvorsitzende", "Kreissparkasse Probetal"),
    # office, its organisation in the genitive, comma, name
    ("Den Vorsitz übernimmt die Landrätin des Musterbergkreises, Dr. Erika Beispiel.",
     "Erika Beispiel", "Landrätin", "Musterbergkreis"),
    # the possessive of a town named with its island
    ("Die Stadt Musterdorf auf Beispielinsel wächst. „Gut so“, sagt Musterdorfs Bürgermeisterin Erika Beispiel.",
     "Erika Beispiel", "Bürgermeisterin", "Stadt Musterdorf auf Beispielinsel"),
])
def test_place_adjectives_appositions_and_genitives(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_a_former_office_yields_to_the_new_one(nlp) -> None:
    text = "Zum Geschäftsführer bestellten die Gesellschafter Max Muster, bislang Leiter des Netzbereichs."
    assert [role for role, _ in roles(nlp, text)["Max Muster"]] == ["Geschäftsführer"]


@pytest.mark.parametrize("text", [
    "Vorständin der Musterdienste AöR ist seit Januar Erika Beispiel, zuvor Geschäftsführerin der Beispiel GmbH.",
    "Erika Beispiel, zuvor Geschäftsführerin der Beispiel GmbH, ist seit Januar Vorständin der Musterdienste AöR.",
])
def test_an_office_held_before_yields_to_the_one_held_now(nlp, text: str) -> None:
    assert roles(nlp, text)["Erika Beispiel"] == [("Vorständin", "Musterdienste AöR")]


def test_a_second_town_head_goes_to_the_town_not_yet_headed(nlp) -> None:
    found = roles(nlp, "Die Stadt Musterhausen und die Stadt Beispielfeld gründen eine Anstalt. "
                       "Die Stadt Musterhausen zahlt. Es unterschrieben Bürgermeisterin Erika Beispiel "
                       "und Stadtbürgermeister Max Muster.")
    assert found["Erika Beispiel"] == [("Bürgermeisterin", "Stadt Musterhausen")]
    assert found["Max Muster"] == [("Stadtbürgermeister", "Stadt Beispielfeld")]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Der Vorstandsvorsitzende der Beispielbank AG, Max Muster, begrüßte das.", "Max Muster",
     "Vorstandsvorsitzender"),
    ("Der Verwaltungsrat hat Erika Beispiel zur neuen Vorstandsvorsitzenden der Beispielbank AG bestellt.",
     "Erika Beispiel", "Vorstandsvorsitzende"),
    ("Die Versammlung wählte Max Muster zum Vorsitzenden des Beispielvereins e.V.", "Max Muster", "Vorsitzender"),
    # first names the list lacks, by their ending
    ("Die Versammlung wählte Valeska Mustermann zum Vorsitzenden des Beispielvereins e.V.", "Valeska Mustermann",
     "Vorsitzende"),
    ("Die Versammlung wählte Odilo Mustermann zur Vorsitzenden des Beispielvereins e.V.", "Odilo Mustermann",
     "Vorsitzender"),
    # a form that shows its gender stays as written; after an office, two words are a name even when the
    # second is a common noun ("Muster") and the first name is unknown
    ("Kreistagsabgeordneter Okke Muster fragte nach den Kosten.", "Okke Muster", "Kreistagsabgeordneter"),
])
def test_an_office_that_does_not_show_its_gender_takes_the_persons(nlp, text: str, name: str, role: str) -> None:
    assert [r for r, _ in roles(nlp, text)[name]] == [role]


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Geschäftsführerin der Beispielnetz GmbH wird Erika Beispiel.", "Erika Beispiel", "Geschäftsführerin",
     "Beispielnetz GmbH"),
    ("Die Beispielbank AG ordnet sich neu. Vorsitzende des Aufsichtsrats bleibt Erika Beispiel.", "Erika Beispiel",
     "Vorsitzende des Aufsichtsrats", "Beispielbank AG"),
    ("Beim Beispielverein e.V. gilt: Max Muster ist der neue Vorsitzende.", "Max Muster", "Vorsitzender",
     "Beispielverein e.V."),
    ("Der Beispielverein e.V. hat gewählt.\nVorsitzende: Erika Beispiel (Stadt Musterhausen)\n", "Erika Beispiel",
     "Vorsitzende", "Beispielverein e.V."),
])
def test_office_and_holder_across_a_copula_or_a_label(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_a_form_of_address_is_no_part_of_the_name(nlp) -> None:
    found = roles(nlp, "Der Verbandsvorsteher des Zweckverbands Beispiel-IT, Herr Max Muster, schrieb dem Kreis.")
    assert found["Max Muster"] == [("Verbandsvorsteher", "Zweckverband Beispiel-IT")]


def test_a_second_office_in_the_apposition_and_after_a_relative_pronoun(nlp) -> None:
    found = roles(nlp, "Max Muster, Bürgermeister der Gemeinde Musterdorf und seit 2011 Verbandsvorsteher des "
                       "Zweckverbands Beispiel-IT, geht. „Gut“, sagte Landrat Hans Probe, der zugleich "
                       "Verbandsvorsitzender des Zweckverbands Beispiel-IT ist.")
    assert ("Verbandsvorsteher", "Zweckverband Beispiel-IT") in found["Max Muster"]
    assert ("Verbandsvorsitzender", "Zweckverband Beispiel-IT") in found["Hans Probe"]


def test_dessen_links_the_office_to_the_organisation_named_before(nlp) -> None:
    found = roles(nlp, "Auch der Beispielbund Musterland e.V. begrüßte den Schritt. Dessen Geschäftsführer "
                       "Max Muster forderte mehr Geld von der Stadt Musterhausen.")
    assert found["Max Muster"] == [("Geschäftsführer", "Beispielbund Musterland e.V.")]


def test_a_plural_office_goes_to_every_person_named(nlp) -> None:
    found = roles(nlp, "Zu Geschäftsführern der Beispielnetz GmbH wurden Max Muster, bisher Prokurist, und "
                       "Erika Beispiel bestellt.")
    assert ("Geschäftsführer", "Beispielnetz GmbH") in found["Max Muster"]
    assert ("Geschäftsführerin", "Beispielnetz GmbH") in found["Erika Beispiel"]


def test_a_head_of_a_town_goes_to_the_town_named_just_before(nlp) -> None:
    found = roles(nlp, "Die Gemeinden Musterdorf und Beispielfeld treten bei, Musterdorf zuerst. "
                       "Auch in Beispielfeld gab es keine Diskussion; Bürgermeister Max Muster war zufrieden. "
                       "Bürgermeisterin Erika Beispiel (Musterdorf) auch.")
    assert found["Max Muster"] == [("Bürgermeister", "Gemeinde Beispielfeld")]
    assert found["Erika Beispiel"] == [("Bürgermeisterin", "Gemeinde Musterdorf")]


def test_a_name_alone_on_a_line_closing_the_text_is_its_author(nlp) -> None:
    text = "Die Stadt Musterhausen tritt bei.\n\nDer Rat hat zugestimmt.\n\nErika Beispiel\n"
    assert roles(nlp, text)["Erika Beispiel"] == [("Autor", "")]
    text = "Zeitung, 09.07.2025, 06:00 Uhr Von Max Muster\n\nDie Stadt Musterhausen tritt bei."
    assert roles(nlp, text)["Max Muster"] == [("Autor", "")]


def test_a_plural_office_before_names_with_their_districts(nlp) -> None:
    found = roles(nlp, "Der Landkreis Musterland und der Landkreis Beispielkreis gründen eine Anstalt. Die beiden "
                       "Landräte, Max Muster (Musterland) und Erika Beispiel (Beispielkreis), unterschrieben.")
    assert found["Max Muster"] == [("Landrat", "Landkreis Musterland")]
    assert found["Erika Beispiel"] == [("Landrätin", "Landkreis Beispielkreis")]


def test_a_plural_office_before_a_dash_and_names_signing_for_their_districts(nlp) -> None:
    found = roles(nlp, "Heute im Kreishaus: Beide Landräte – Max Muster für den Landkreis Musterland und Erika "
                       "Beispiel für den Landkreis Beispielkreis – haben die Vereinbarung unterschrieben.")
    assert found["Max Muster"] == [("Landrat", "Landkreis Musterland")]
    assert found["Erika Beispiel"] == [("Landrätin", "Landkreis Beispielkreis")]


def test_a_headline_opening_with_an_adjective_names_no_person(nlp) -> None:
    found = roles(nlp, "Weitere Meldungen\n\nKreistag vertagt Entscheidung über Schulbuslinien\n\nProbedorf: Neues "
                       "Feuerwehrhaus eingeweiht\n\nHerbstmarkt in Musterau lockt Tausende")
    assert not any("Feuerwehrhaus" in name for name in found)


def test_a_leader_title_with_its_field(nlp) -> None:
    found = roles(nlp, "Die Gemeinde Musterdorf tagte. Von der Verwaltung: Amtsdirektor Max Muster, "
                       "Sachgebietsleiterin IT Erika Beispiel.")
    assert [r for r, _ in found["Erika Beispiel"]] == ["Sachgebietsleiterin IT"]


def test_a_party_in_parentheses_is_no_organisation_of_the_office(nlp) -> None:
    found = roles(nlp, "Das Ministerium für Inneres des Landes Musterland zahlt. Ministerin Erika Beispiel (SPD) "
                       "sagte Hilfe zu.")
    assert found["Erika Beispiel"] == [("Ministerin", "Ministerium für Inneres des Landes Musterland")]


def test_an_office_of_a_sentence_needs_a_holder_of_its_gender(nlp) -> None:
    found = roles(nlp, "Der 2019 zum Verbandsvorsteher gewählte Verwaltungsfachmann setzte sich gegen "
                       "Amtsinhaberin Erika Beispiel durch.")
    assert found["Erika Beispiel"] == []


def test_an_office_of_no_kind_belongs_to_the_organisation_of_the_passage(nlp) -> None:
    found = roles(nlp, "Das Ministerium für Inneres zahlt. Das Ministerium für Inneres fördert.\n\n"
                       "Die Mitgliederversammlung des Beispielkreises Digital e.V. hat gewählt. Erika Beispiel "
                       "(Stadt Musterhausen) wurde zur neuen Vorsitzenden gewählt.")
    assert found["Erika Beispiel"] == [("Vorsitzende", "Beispielkreis Digital e.V.")]


def test_a_holder_before_a_copula_and_adverbials(nlp) -> None:
    found = roles(nlp, "Die Beispielnetz GmbH (BNG) wächst. Der bisherige Werkleiter, Max Muster, wird zum selben "
                       "Zeitpunkt zweiter Geschäftsführer der BNG.")
    assert ("Geschäftsführer", "Beispielnetz GmbH") in found["Max Muster"]


def test_the_name_after_an_organisation_with_its_acronym_in_parentheses(nlp) -> None:
    found = roles(nlp, "Es unterschrieb der Direktor des Beispielzentrums Musterland (BZM), Max Muster, den Vertrag.")
    assert [r for r, _ in found["Max Muster"]] == ["Direktor"]


def test_a_deputy_names_the_office_deputised_for(nlp) -> None:
    found = roles(nlp, "Der Landkreis Musterland tagte. Der Kreistag wählte Frau Erika Beispiel (CDU) zur Ersten "
                       "Stellvertreterin der Landrätin. Ihr Stellvertreter Max Muster kam.")
    assert found["Erika Beispiel"] == [("Erste Stellvertreterin der Landrätin", "Landkreis Musterland")]
    assert found["Max Muster"] == []


def test_a_states_genitive_before_an_office_links_to_the_state(nlp) -> None:
    text = "Das Land Westmark tritt bei. Westmarks Finanzminister Jörg Probemann unterschrieb."
    assert roles(nlp, text)["Jörg Probemann"] == [("Finanzminister", "Land Westmark")]


def test_a_role_links_only_to_an_organisation_of_its_kind(nlp) -> None:
    text = ("Die Stadt Haldenau und der Zweckverband Informationsverarbeitung Nord (ZIN) unterzeichneten. "
            "Unterschrieben hat Bürgermeister Klaus Brenske für den ZIN.")
    assert roles(nlp, text)["Klaus Brenske"] == [("Bürgermeister", "Stadt Haldenau")]


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    # a town's head: the town named last in the paragraph, also sentences before
    ("Die Stadt Beispielfeld tritt bei.\n\nNicht dabei ist die Gemeinde Musterau. Deren Rat stimmte am Montag "
     "mit 8 zu 7 Stimmen dagegen. Bürgermeister Max Muster bedauert das.",
     "Max Muster", "Bürgermeister", "Gemeinde Musterau"),
    # government offices: the ministry the release names, else the Land, never another authority
    ("Das Land Musterland und das Landesamt für Beispieldaten feiern. Staatssekretär Max Muster lobte den "
     "Schritt. Das Landesamt für Beispieldaten wächst, das Landesamt für Beispieldaten baut.",
     "Max Muster", "Staatssekretär", "Land Musterland"),
    ("Das Ministerium für Digitales und das Landesamt für Beispieldaten feiern. Ministerin Erika Beispiel "
     "lobte den Schritt. Das Landesamt für Beispieldaten wächst, das Landesamt für Beispieldaten baut.",
     "Erika Beispiel", "Ministerin", "Ministerium für Digitales"),
    ("Die Staatsanwaltschaft Musterstadt ermittelt im Landesamt für Beispieldaten. Das bestätigte "
     "Oberstaatsanwältin Erika Beispiel. Das Landesamt für Beispieldaten schweigt, das Landesamt für "
     "Beispieldaten zahlt.",
     "Erika Beispiel", "Oberstaatsanwältin", "Staatsanwaltschaft Musterstadt"),
    # minutes: the keeper of the minutes named by a label
    ("Niederschrift der Sitzung des Gemeinderates der Gemeinde Musterau\nVorsitz: Bürgermeister Max Muster\n"
     "Protokoll: Erika Beispiel\nTOP 1 Eröffnung",
     "Erika Beispiel", "Protokollführerin", "Gemeinde Musterau"),
    # a label's office takes the gender a first name the list lacks shows by its ending
    ("Niederschrift der Sitzung des Gemeinderates der Gemeinde Musterau\nVorsitz: Bürgermeister Max Muster\n"
     "Schriftführung: Lenja Mustermann\nTOP 1 Eröffnung",
     "Lenja Mustermann", "Schriftführerin", "Gemeinde Musterau"),
    # a signature: a name line and an office line close the release
    ("Die Verbandsversammlung des Zweckverbands Beispieldaten hat den Haushalt beschlossen. Er gilt ab Januar "
     "und sieht Investitionen vor.\n\nMax Muster\nVerbandsvorsteher",
     "Max Muster", "Verbandsvorsteher", "Zweckverband Beispieldaten"),
    # a letter's closing: "Ihr" before the name, the office line naming its organisation
    ("Die Gemeinde Musterau tritt dem Zweckverband Beispieldaten bei. Der Gemeinderat hat zugestimmt, und "
     "es gab viel zu tun.\n\nHerzliche Grüße\nIhr Max Muster\nBürgermeister der Gemeinde Musterau",
     "Max Muster", "Bürgermeister", "Gemeinde Musterau"),
    # a signature under an academic title
    ("Die Verbandsversammlung des Zweckverbands Beispieldaten hat den Haushalt beschlossen. Er gilt ab Januar "
     "und sieht Investitionen vor.\n\nDr. Erika Beispiel\nVerbandsvorsteherin",
     "Erika Beispiel", "Verbandsvorsteherin", "Zweckverband Beispieldaten"),
    # a chair taken over: the body's organisation
    ("Die Musterwerk GmbH wächst. Den Vorsitz des Aufsichtsrats übernahm Max Muster.",
     "Max Muster", "Vorsitzender des Aufsichtsrats", "Musterwerk GmbH"),
    ("Die Musterwerk GmbH wächst. Zum 1. Mai übernimmt Erika Muster die Geschäftsführung.",
     "Erika Muster", "Geschäftsführerin", "Musterwerk GmbH"),
    # a pair of one office's holders after the pair of towns they head, in that order
    ("Der Zweckverband wurde von der Stadt Musterau und der Gemeinde Beispielfeld errichtet; die Satzung hatten "
     "Bürgermeister Max Muster und Bürgermeisterin Erika Beispiel unterzeichnet.",
     "Erika Beispiel", "Bürgermeisterin", "Gemeinde Beispielfeld"),
    ("Der Zweckverband wurde von der Stadt Musterau und der Gemeinde Beispielfeld errichtet; die Satzung hatten "
     "Bürgermeister Max Muster und Bürgermeisterin Erika Beispiel unterzeichnet.",
     "Max Muster", "Bürgermeister", "Stadt Musterau"),
    # a plural office's holders in their own gender, also by a first name the list lacks
    ("Die Landkreise Musterau und Beispielfeld gründen eine Anstalt. Unterzeichnet haben beide Landräte, Max "
     "Muster (Musterau) und Gerhild Mustermann (Beispielfeld).",
     "Gerhild Mustermann", "Landrätin", "Landkreis Beispielfeld"),
    # a plural office ("die Bürgermeister") over names each with their town in parentheses
    ("Die Gemeinden Musterau und Beispielfeld treten bei. Unterschrieben haben die Bürgermeister Max Muster "
     "(Musterau) und Otto Probe (Beispielfeld).",
     "Otto Probe", "Bürgermeister", "Gemeinde Beispielfeld"),
    # the same in the dative plural ("den Bürgermeistern")
    ("Die Gemeinden Musterau und Beispielfeld treten bei. Der Verein dankt den Bürgermeistern Erika Beispiel "
     "(Musterau) und Otto Probe (Beispielfeld).",
     "Erika Beispiel", "Bürgermeisterin", "Gemeinde Musterau"),
])
def test_heads_governments_minutes_and_signatures(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_signature_is_no_author(nlp) -> None:
    found = roles(nlp, "Die Verbandsversammlung des Zweckverbands Beispieldaten hat den Haushalt beschlossen. "
                       "Er gilt ab Januar und sieht Investitionen vor.\n\nMax Muster\nVerbandsvorsteher")
    assert all(role != "Autor" for role, _ in found["Max Muster"])


def test_closing_without_office_is_no_author(nlp) -> None:
    found = roles(nlp, "Bürgermeister Max Muster lädt ein. Die Gemeinde Musterau feiert, und es gab viel zu "
                       "tun.\n\nHerzliche Grüße\nIhr Max Muster")
    assert found["Max Muster"] == [("Bürgermeister", "Gemeinde Musterau")]


def test_register_entry_names_surname_first(nlp) -> None:
    found = roles(nlp, "HRB 1042: Musterwerk GmbH, Musterstadt. Nicht mehr Prokurist: Mustermann, Hartmut, Musterau. "
                       "Bestellt als Geschäftsführerin: Beispielmann, Edith, Musterau, *03.11.1970, "
                       "einzelvertretungsberechtigt.")
    assert found["Hartmut Mustermann"] == [("Prokurist", "Musterwerk GmbH")]
    assert found["Edith Beispielmann"] == [("Geschäftsführerin", "Musterwerk GmbH")]


def test_a_rank_before_the_name_is_no_part_of_it(nlp) -> None:
    found = roles(nlp, "Der Zweckverband Beispieldaten ist gegründet. Geschäftsführer wird Forstdirektor Max Muster, "
                       "den die Versammlung heute bestellt hat.")
    assert found == {"Max Muster": [("Geschäftsführer", "Zweckverband Beispieldaten")]}


def test_a_councillors_abbreviated_title_before_the_name(nlp) -> None:
    found = roles(nlp, "Die Gemeinde Musterau tritt bei. GR Max Muster begrüßt den Beitritt. GRin Erika Mustermann "
                       "regt eine Prüfung an.")
    assert found["Max Muster"] == [("Gemeinderat", "Gemeinde Musterau")]
    assert found["Erika Mustermann"] == [("Gemeinderätin", "Gemeinde Musterau")]


def test_a_councillors_feminine_title_needs_no_known_first_name(nlp) -> None:
    found = roles(nlp, "Die Gemeinde Musterau tritt bei. Als Stellvertreterin wird Gemeinderätin Ilvy Probehorst "
                       "bestellt.")
    assert found["Ilvy Probehorst"] == [("Gemeinderätin", "Gemeinde Musterau")]


def test_protokoll_without_colon_is_no_office(nlp) -> None:
    found = roles(nlp, "Das Protokoll Max Muster liegt vor. Die Gemeinde Musterau prüft es.")
    assert not any(role.startswith("Protokoll") for held in found.values() for role, _ in held)


def test_holders_listed_after_the_organisation_of_a_plural_office(nlp) -> None:
    found = roles(nlp, "Die beiden Geschäftsführer der Beispielnetz GmbH, Max Muster und Erika Beispiel, "
                       "wiesen die Vorwürfe zurück.")
    assert ("Geschäftsführer", "Beispielnetz GmbH") in found["Max Muster"]
    assert ("Geschäftsführerin", "Beispielnetz GmbH") in found["Erika Beispiel"]


def test_vorstand_stays_as_written_for_a_woman(nlp) -> None:
    found = roles(nlp, "Zu Vorständen der Beispiel Digital AöR wurden Max Muster und Erika Beispiel bestellt.")
    assert [role for role, _ in found["Erika Beispiel"]] == ["Vorstand"]


def test_lower_case_von_line_is_a_byline(nlp) -> None:
    found = roles(nlp, "Die Stadt Musterau baut ein Rathaus. Es wird im Mai fertig.\n\nvon Max Muster\n\n"
                       "Die Bauarbeiten beginnen im März.")
    assert ("Autor", "") in found["Max Muster"]


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    # a relative clause's office belongs to the person it refers to
    ("Die Stadt Musterau tritt der Beispiel Digital AöR bei. Max Muster lobt Erika Beispiel, die dem "
     "Verwaltungsrat der Beispiel Digital AöR seit Mai als Vorsitzende angehört.",
     "Erika Beispiel", "Vorsitzende", "Beispiel Digital AöR"),
    # the holder after a copula, past a short gap and the holder's own office
    ("Die Sparkasse Musterau wächst. Vorsitzender des Verwaltungsrates ist seit Mai Oberbürgermeister "
     "Max Muster.", "Max Muster", "Vorsitzender des Verwaltungsrates", "Sparkasse Musterau"),
    # a minutes label lists its people
    ("Die Beispiel Digital eG wächst.\n\nVorstand: Erika Beispiel (Vorsitzende), Max Muster\n\nDie Mitglieder "
     "der Beispiel Digital eG tagen im Mai.", "Max Muster", "Vorstand", "Beispiel Digital eG"),
    # a post taken over, its organisation named right after it
    ("Die Beispiel Digital GmbH wächst. Im Mai übernimmt Erika Beispiel die Geschäftsführung der Beispiel "
     "Digital GmbH.", "Erika Beispiel", "Geschäftsführerin", "Beispiel Digital GmbH"),
    # an office of a kind: the organisation of that kind named last in the paragraph
    ("Die Muster Netz GmbH baut, die Muster Netz GmbH plant, die Muster Netz GmbH wächst.\n\nDie "
     "Gesellschafter der Beispiel Digital GmbH tagten im Mai. Neuer Geschäftsführer ist Max Muster.",
     "Max Muster", "Geschäftsführer", "Beispiel Digital GmbH"),
])
def test_clauses_copulas_labels_posts_and_paragraphs(nlp, text: str, name: str, role: str, org: str) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_a_post_of_no_kind_without_its_organisation_is_no_office(nlp) -> None:
    found = roles(nlp, "Die Beispiel Digital GmbH wächst. Im Mai übernimmt Erika Beispiel die Leitung.")
    assert "Erika Beispiel" not in found or not found["Erika Beispiel"]


def test_a_post_goes_to_no_one_with_another_office(nlp) -> None:
    found = roles(nlp, "Die Beispiel Digital GmbH wächst. Geschäftsführerin Erika Beispiel kommt von der Stadt "
                       "Musterau. Im Mai übernimmt Erika Beispiel die Leitung der Beispiel Digital GmbH.")
    assert [role for role, _ in found["Erika Beispiel"]] == ["Geschäftsführerin"]


def test_office_of_an_organisation_named_by_its_first_word(nlp) -> None:
    found = roles(nlp, "Die Kreissparkasse Musterau geht in der Sparkasse Beispielstadt auf. Max Muster, "
                       "Vorstandsvorsitzender der Kreissparkasse, geht in den Ruhestand.")
    assert ("Vorstandsvorsitzender", "Kreissparkasse Musterau") in found["Max Muster"]


def test_office_of_an_organisation_known_only_by_its_acronym(nlp) -> None:
    found = roles(nlp, "Max Muster (ABC) lobt den Plan. Die BDV baut ein Rechenzentrum, die BDV stellt ein. "
                       "Die stellvertretende Verbandsvorsteherin Erika Beispiel führt die Geschäfte.")
    assert found["Erika Beispiel"] == [("stellvertretende Verbandsvorsteherin", "BDV")]


def test_a_chair_of_the_board_named_in_the_title(nlp) -> None:
    found = roles(nlp, "Max Probe, Vorsitzender des Vorstands der Musterbank AG, sagte, alles sei gut.")
    assert found["Max Probe"] == [("Vorsitzender des Vorstands", "Musterbank AG")]


def test_a_first_name_known_only_by_its_gender_starts_a_name(nlp):
    persons, _, _ = people(nlp, "Henner Probehorst, einer der drei Gründungsvorstände, hat sein Amt niedergelegt.")
    assert "Henner Probehorst" in persons


def test_every_entry_of_a_register_list_holds_the_office(nlp):
    persons, _, _ = people(nlp, "Vorstand: Henner Probehorst, Musterdorf, *12.03.1968; Dr. Erika Beispiel, Probefeld, "
                                "*30.09.1979; Karl Muster, Musterdorf, *05.01.1961.")
    assert {name: [r.role for r in p.roles] for name, p in persons.items()} == {
        "Henner Probehorst": ["Vorstand"], "Erika Beispiel": ["Vorstand"], "Karl Muster": ["Vorstand"]}


def test_a_register_entry_without_a_birthday_holds_its_own_office(nlp):
    persons, _, _ = people(nlp, "Vorstand: Probehorst, Henner, Musterdorf, Vorsitzender; Muster, Erika, Probefeld, "
                                "stellvertretende Vorsitzende; Beispielmann, Karl, Musterdorf (Schatzmeister).")
    assert {name: [r.role for r in p.roles] for name, p in persons.items()} == {
        "Henner Probehorst": ["Vorsitzender"], "Erika Muster": ["stellvertretende Vorsitzende"],
        "Karl Beispielmann": ["Schatzmeister"]}


def test_a_name_in_an_entry_is_not_the_holder_of_an_office_after_its_unit(nlp):
    persons, _, _ = people(nlp, "Vorstand: Erika Probehorst, Büro Stadtrat")
    assert [r.role for r in persons["Erika Probehorst"].roles] == ["Vorstand"]


def test_traditional_first_names_start_a_name(nlp):
    persons, _, _ = people(nlp, "Der Aufsichtsrat bestellte Ehrenfried Probehorst und Erdmute Musterlein zu "
                                "Vorstandsmitgliedern, Kunibert Beispielmann wurde Schatzmeister.")
    assert {"Ehrenfried Probehorst", "Erdmute Musterlein", "Kunibert Beispielmann"} <= set(persons)


def test_an_adjective_and_a_noun_are_no_name(nlp):
    persons, _, _ = people(nlp, "Knappe Mehrheit im Stadtrat: Die Stadt tritt dem Verbund nicht bei.")
    assert persons == {}


def test_a_mayor_in_a_release_naming_several_towns_as_often_gets_none_of_them(nlp) -> None:
    found = roles(nlp, "Die Gemeinden Musterbach und Probedorf treten dem Zweckverband bei. Musterbach und Probedorf "
                       "zahlen eine Umlage. „Ein guter Tag“, sagte Bürgermeisterin Erika Beispiel.")
    assert found["Erika Beispiel"] == [("Bürgermeisterin", "")]


def test_an_office_in_apposition_after_the_surname_alone(nlp) -> None:
    found, names, _ = people(nlp, "Der Verwaltungsrat hat Valentin Probe gewählt. Probe, bisher Kämmerer der Stadt "
                                  "Musterhausen, soll die Leitung zum 1. April übernehmen.")
    person = found["Valentin Probe"]
    assert [(r.role, names[r.org_key]) for r in person.roles] == [("Kämmerer", "Stadt Musterhausen")]


def test_a_theatres_director_is_an_office(nlp) -> None:
    found, names, _ = people(nlp, "Der Zweckverband Theater Musterland spielt in drei Städten. Intendantin ist seit "
                                  "2014 Ursel Beispiel.")
    assert [(r.role, names[r.org_key]) for r in found["Ursel Beispiel"].roles] == [
        ("Intendantin", "Zweckverband Theater Musterland")]


def test_a_colleague_s_place_adjective_names_the_office_s_organisation(nlp) -> None:
    found = roles(nlp, "Der Landkreis Musterland und der Landkreis Beispielfeld legen ihre Ämter zusammen. Landrat "
                       "Max Muster sagte, es gehe um Kräfte. Seine Beispielfelder Amtskollegin, Landrätin Erika "
                       "Beispiel, sagte, man bündele Kräfte.")
    assert found["Erika Beispiel"] == [("Landrätin", "Landkreis Beispielfeld")]


def test_one_office_title_of_a_person_is_held_at_the_first_organisation_linked(nlp) -> None:
    found = roles(nlp, "Wer: Landrat Max Muster (Landkreis Musterland), Landrätin Erika Beispiel (Landkreis "
                       "Beispielfeld), Kreisbrandinspektor Karl Probe\n\nLandrat Max Muster und Landrätin Erika "
                       "Beispiel werden am Dienstag die Verbandssatzung des Zweckverbandes Musterland-Beispielfeld "
                       "unterzeichnen.")
    assert found["Erika Beispiel"] == [("Landrätin", "Landkreis Beispielfeld")]


def test_a_relative_clause_after_the_verb_holds_the_named_person_s_office(nlp) -> None:
    found = roles(nlp, "Der Zweckverband Kommunale Datenverarbeitung Probe (KDP) und der Zweckverband Digitale "
                       "Dienste Muster (DDM) werden vereinigt. Die Geschäftsführung des DDM soll Dr. Erika Beispiel "
                       "übernehmen, die seit 2017 Geschäftsführerin des KDP ist.")
    assert found["Erika Beispiel"] == [("Geschäftsführerin", "Zweckverband Kommunale Datenverarbeitung Probe")]


@pytest.mark.parametrize(("text", "org"), [
    ("Der Zweckverband Musterdienste nimmt die Arbeit auf. Der Zweckverband Musterdienste hat 20 Beschäftigte."
     "\n\nText: Erika Beispiel, Stabsstelle Kommunikation", "Zweckverband Musterdienste"),
    ("Musterblatt, 20.11.2025 · Das Gespräch führte Erika Beispiel\n\nDer Zweckverband Musterdienste nimmt die "
     "Arbeit auf.", ""),
])
def test_a_byline_with_a_unit_or_after_a_separator_names_the_author(nlp, text: str, org: str) -> None:
    assert roles(nlp, text)["Erika Beispiel"] == [("Autor", org)]


@pytest.mark.parametrize("name", ["Walpurga Zelinski", "Wunibald Pflaumbaum", "Hiltrud Kranzbühler"])
def test_a_less_common_first_name_opens_a_persons_name_at_the_start_of_a_sentence(nlp, name):
    found, _, _ = people(nlp, f"Der Förderverein Musterau e.V. hat gewählt. {name} tritt das Amt zum 1. April an.")
    assert name in found


def test_an_office_takes_the_organisation_after_aus_dem_and_an_adjective(nlp) -> None:
    found, orgs, _ = people(nlp, "Heute unterzeichneten Landrat Otto Probe vom Landkreis Musterkreis und Landrätin "
                                 "Anna Beispiel aus dem benachbarten Landkreis Probekreis eine Absichtserklärung.")
    assert [(r.role, orgs[r.org_key]) for r in found["Anna Beispiel"].roles] == [("Landrätin", "Landkreis Probekreis")]


def test_a_ministers_portfolio_may_hold_an_adjective_and_a_short_noun(nlp) -> None:
    found, _, _ = people(nlp, "Das Ministerium für Ländlichen Raum und Verbraucherschutz hat geantwortet.\n\n"
                              "Max Muster\nMinister für Ländlichen Raum und Verbraucherschutz\n")
    assert [r.role for r in found["Max Muster"].roles] == ["Minister für Ländlichen Raum und Verbraucherschutz"]


def test_a_model_person_opening_with_a_dictionary_word_is_none(nlp) -> None:
    found, _, _ = people(nlp, "Einzelnachweise\n\n1. Vereinsregister Musterau, VR 2117.\n\n2. Regionalnachrichten, "
                              "Radio Westerholm, 11. April 2025.\n")
    assert found == {}


def test_an_office_after_a_phrase_of_occupation_is_the_holder_s(nlp) -> None:
    assert roles(nlp, "Versammlungsleiter Frank Bachhuber, im Hauptberuf Bürgermeister der Gemeinde Musterau, "
                         "verkündete das Ergebnis.")["Frank Bachhuber"] == [("Bürgermeister", "Gemeinde Musterau")]


def test_a_register_entry_s_board_is_of_the_entry_not_of_the_court(nlp) -> None:
    text = ("Amtsgericht Musterau – Registergericht –\nVereinsregister VR 1187 – Neueintragung vom 06.05.2024\n\n"
            "Obstring Probetal e.V., Probedorf (Rathausstraße 4, Probedorf).\n\nDer Verein ist in das "
            "Vereinsregister eingetragen worden.\n\nVorstand:\nVorsitzender: Arbogast Sperling, Probedorf\n"
            "Kassenwartin: Erdmuthe Rehfeldt, Probedorf\n\nAmtsgericht Musterau\n")
    assert roles(nlp, text)["Arbogast Sperling"] == [("Vorsitzender", "Obstring Probetal e.V.")]


def test_a_colleague_named_by_surname_is_no_person_named_kollegin(nlp) -> None:
    found, _orgs, _mentions = people(nlp, "Beide Bürgermeister – Kollegin Uhlendorff und ich – haben unterschrieben.")
    assert not any(name.startswith("Kollegin") for name in found)


def test_an_office_after_a_comma_and_before_a_copula_is_the_next_name_s(nlp) -> None:
    found = roles(nlp, "Die Billard-Sportgemeinschaft Musterau e.V. hat gewählt. Kassenwart bleibt Dieter Lindl, "
                       "neuer Sportwart ist Moritz Achatzi.")
    assert [role for role, _org in found["Dieter Lindl"]] == ["Kassenwart"]
    assert [role for role, _org in found["Moritz Achatzi"]] == ["Sportwart"]


def test_an_occupation_the_model_reads_into_a_name_is_left_out(nlp) -> None:
    found, _orgs, _mentions = people(nlp, "Erstmals bekommt der Verein auch eine hauptamtliche Kraft: Jugendpfleger "
                                          "Jostein Nadelhoff wechselt zum 1. April von der Gemeinde Musterau.")
    assert "Jostein Nadelhoff" in found and not any(name.startswith("Jugendpfleger") for name in found), list(found)


def test_a_register_board_line_with_the_seat_between_name_and_office_is_the_holder_s(nlp) -> None:
    text = ("Musterverein Probetal e.V., Probedorf.\n\nVorstand:\nZygmunt Ossowski, Probedorf, Vorsitzender;\n"
            "Stina Venker, Musterau, stellvertretende Vorsitzende.\n")
    found = roles(nlp, text)
    assert found["Zygmunt Ossowski"] == [("Vorsitzender", "Musterverein Probetal e.V.")]
    assert found["Stina Venker"] == [("stellvertretende Vorsitzende", "Musterverein Probetal e.V.")]


def test_a_register_board_with_each_seat_in_brackets_and_a_rank_before_the_office_is_the_entry_s(nlp) -> None:
    text = ("Jodlerrunde Probetal e. V., Sitz: Probedorf.\nVorstand: Zygmunt Ossowski (Probedorf), 1. Vorsitzender; "
            "Stina Venker (Musterau), 2. Vorsitzende; Arbogast Sperling (Musterau), Kassier.\n")
    found = roles(nlp, text)
    assert found["Zygmunt Ossowski"] == [("1. Vorsitzender", "Jodlerrunde Probetal e. V.")]
    assert found["Stina Venker"] == [("2. Vorsitzende", "Jodlerrunde Probetal e. V.")]
    assert found["Arbogast Sperling"] == [("Kassier", "Jodlerrunde Probetal e. V.")]


@pytest.mark.parametrize(("text", "name", "listed"), [
    ("Den ehrenamtlichen Vorstand bilden Zilla Ruckdäschel und Rolfine Schlüwe; beide wurden bestellt.",
     "Zilla Ruckdäschel", True),
    ("Dem Präsidium des Sängerkreises Talmark und Erika Beispiel dankte der Vorstand.", "Sängerkreises Talmark", False),
])
def test_a_rare_first_name_listed_before_a_person_is_a_person(nlp, text, name, listed) -> None:
    assert (name in people(nlp, text)[0]) is listed


@pytest.mark.parametrize(("text", "name", "role", "org"), [
    ("Mein Stellvertreter ist Malte Probe, der Bürgermeister von Musterau. Die Gemeinde Musterau zahlt.",
     "Malte Probe", "Bürgermeister", "Gemeinde Musterau"),
    ("Auch Hanna Beispiel, die Bürgermeisterin der Gemeinde Probedorf, war gekommen.",
     "Hanna Beispiel", "Bürgermeisterin", "Gemeinde Probedorf"),
    ("Es sprach Juliana Muster, der Vorsitzenden der Blaskapelle Kleindorf e.V., ihren Dank aus.",
     "Juliana Muster", "Vorsitzende", "Blaskapelle Kleindorf e.V."),
])
def test_an_office_with_its_article_after_the_name_and_a_comma_is_the_names(nlp, text, name, role, org) -> None:
    assert (role, org) in roles(nlp, text)[name]


def test_a_name_after_the_apposed_office_holds_it_not_the_name_before(nlp) -> None:
    found = roles(nlp, "Es unterschrieben Bürgermeister Cornel Muster, der Geschäftsführer der Probe GmbH, "
                       "Jens Probst, und die Vorsitzende des Personalrats.")
    assert ("Geschäftsführer", "Probe GmbH") in found["Jens Probst"]
    assert all(role != "Geschäftsführer" for role, _ in found["Cornel Muster"])



@pytest.mark.parametrize("closing", [
    "Das waren die Nachrichten, am Mikrofon war Anna Probst.",
    "Das Interview führte Anna Probst. Das Stadtmagazin erscheint monatlich.",
    "von Anna Probst in Vereinsleben",
    "Zusammenstellung: Anna Probst, Pressestelle · Tel. 0 12 34 / 56-78",
    "Anna Probst, Bad Musterau\n\nLeserbriefe geben die Meinung ihrer Verfasser wieder.",
])
def test_a_closing_line_names_the_author(nlp, closing: str) -> None:
    found, _, _ = people(nlp, "Die Stadt Musterhausen und der Kreis Musterland gründen eine Gesellschaft. Sie soll "
                              "im Mai starten, und das finden alle gut.\n\n" + closing)
    assert [r.role for r in found["Anna Probst"].roles] == ["Autor"]


def test_a_name_and_place_inside_a_paragraph_is_no_signature(nlp) -> None:
    found, _, _ = people(nlp, "Die Stadt Musterhausen baut. Das finden alle gut, sagt man.\n\nEs kam Anna Probst, "
                              "Bad Musterau, und sprach.")
    assert not found["Anna Probst"].roles


def test_an_office_after_a_copula_is_the_name_before_it_not_the_next_clauses(nlp) -> None:
    found = roles(nlp, "Ute Probst ist Vorsitzende des Minigolfclubs Musterau e.V., Rainer Kleinert führt die "
                       "Minigolf-Freunde Probedorf e.V.")
    assert ("Vorsitzende", "Minigolfclub Musterau e.V.") in found["Ute Probst"]
    assert not found.get("Rainer Kleinert")



@pytest.mark.parametrize(("text", "name", "role"), [
    ("Vorstand im Sinne des § 26 BGB: Adalwin Probst, Musterau (Vorsitzende); Max Kleinert, Probedorf "
     "(Kassenwart).", "Adalwin Probst", "Vorsitzende"),
    ("Der Verein Musterau wurde gegründet. Dietmut Probst wurde zur ersten Vorsitzenden des Vereins Musterau "
     "bestellt.", "Dietmut Probst", "Vorsitzende"),
])
def test_a_form_or_article_that_shows_the_gender_wins_over_a_guess_by_the_first_names_ending(nlp, text, name,
                                                                                            role) -> None:
    assert role in [r for r, _ in roles(nlp, text)[name]]


def test_the_board_a_chair_chairs_is_named_past_an_adjective(nlp) -> None:
    found = roles(nlp, "Die Dorfei Musterau eG wurde gegründet. Vorsitzende des dreiköpfigen Aufsichtsrats ist Merve "
                       "Kleinert.")
    assert [role for role, _ in found["Merve Kleinert"]] == ["Vorsitzende des Aufsichtsrats"]


def test_a_compound_first_name_ending_in_lies_is_a_womans(nlp) -> None:
    found = roles(nlp, "Die Gemeinde Musterau tagte.\n\nSchriftführung: Hannelies Kleinert")
    assert [role for role, _ in found["Hannelies Kleinert"]] == ["Schriftführerin"]


def test_a_numbered_chair_keeps_its_number(nlp) -> None:
    found = roles(nlp, "Pendlernetz Musterau e.V., Musterau.\nVorstand:\n1. Vorsitzender: Klausdieter Probst, "
                       "Musterau, *12.04.1961;\n2. Vorsitzende: Ewa Kleinert, Probedorf, *03.09.1974;")
    assert [role for role, _ in found["Klausdieter Probst"]] == ["1. Vorsitzender"]
    assert [role for role, _ in found["Ewa Kleinert"]] == ["2. Vorsitzende"]


@pytest.mark.parametrize(("text", "role"), [
    ("Die Versammlung wählte. Erste Vorsitzende ist Claudia Probst vom Heimatverein Musterau e.V.",
     "Erste Vorsitzende"),
    ("Zur ersten Vorsitzenden des Heimatvereins Musterau e.V. wählten die Mitglieder Claudia Probst.", "Vorsitzende"),
])
def test_a_capitalised_rank_before_a_chair_is_its_title_a_lower_case_one_an_ordinal(nlp, text: str, role: str) -> None:
    assert [r for r, _ in roles(nlp, text)["Claudia Probst"]] == [role]


def test_a_club_chair_keeps_the_title_as_written(nlp) -> None:
    found = roles(nlp, "Der Tierschutzverein Musterau e.V. wächst, sagt Vereinsvorsitzende Pauline Kleinert.")
    assert ("Vereinsvorsitzende", "Tierschutzverein Musterau e.V.") in found["Pauline Kleinert"]


def test_a_radio_scripts_reader_label_holds_no_organisations_office(nlp) -> None:
    found = roles(nlp, "Radio Musterwelle – Nachrichten\nSendung: Dienstag, 10.09.2024 · Sprecherin: Kübra Probst · "
                       "Manuskript\n\nDer Zweckverband Musterau wächst. Das sagte die Sprecherin des Zweckverbands "
                       "Musterau, Anna Kleinert.")
    assert found["Kübra Probst"] == [("Sprecherin", "")]
    assert ("Sprecherin", "Zweckverband Musterau") in found["Anna Kleinert"]


def test_a_mayor_from_a_town_named_after_his_name_is_that_towns(nlp) -> None:
    found = roles(nlp, "Der Verein wächst. Mit der Gemeinde Probedorf ist eine Landgemeinde dabei; Bürgermeister Jarno "
                       "Probst aus Kleindorf, stellvertretender Vorsitzender des Vereins, freut sich. Die Stadt "
                       "Kleindorf ist seit 2020 Mitglied.")
    assert ("Bürgermeister", "Stadt Kleindorf") in found["Jarno Probst"]


def test_a_member_of_parliament_in_the_genitive_sits_in_the_parliament_the_release_names(nlp) -> None:
    found = roles(nlp, "Im Landtag Probeland hat die Landesregierung die Kleine Anfrage der Abgeordneten "
                       "Tilda Kleinert (fraktionslos) vom 3. März 2025 beantwortet.")
    assert found["Tilda Kleinert"] == [("Abgeordnete", "Landtag Probeland")]


def test_a_member_of_parliament_whose_parliament_is_unnamed_keeps_the_office_without_one(tmp_path) -> None:
    from tests.test_events import released

    rows = released(tmp_path, "Antwort der Landesregierung auf die Kleine Anfrage des Abgeordneten Jarno Probst "
                              "(fraktionslos) vom 3. März 2025. Der Zweckverband Musterau GmbH wächst.", "roles")
    assert [(r["name"], r["role"], r["org_name"]) for r in rows] == [("Jarno Probst", "Abgeordneter", "")]


def test_a_member_of_a_parliament_named_with_its_lands_adjective_holds_the_seat_there(nlp) -> None:
    found = roles(nlp, "Die Abgeordnete Lena Probst hat im Bayerischen Landtag eine Anfrage gestellt.")
    assert ("Abgeordnete", "Bayerischer Landtag") in found["Lena Probst"]


def test_an_occupations_compound_before_a_name_is_no_part_of_it(nlp):
    persons, _, _ = people(nlp, "Seit 2011 stand dem Zirkel der Versicherungskaufmann Rainer Probehorst vor. Die "
                                "Versammlung wählte Probehorst zum Vorsitzenden.")
    assert "Rainer Probehorst" in persons and not any("kaufmann" in name for name in persons)
