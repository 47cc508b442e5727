"""Roles settled per release: one office per person, possessive places, offices linked once the run's
names are known (invented names only)."""

from __future__ import annotations

import pytest

from pipeline.extract.people import link_run_wide
from pipeline.records import CleanDocument, DocResult, Mention, OrgRecord, PersonRecord, RoleRecord, SourceDocument
from tests.test_people import roles


def test_an_office_of_its_own_organisation_before_the_town_the_person_heads(nlp) -> None:
    text = ("Die Verbandsversammlung des Zweckverbands Beispiel-IT wählte Max Muster, Bürgermeister der "
            "Gemeinde Musterdorf, zum Verbandsvorsteher.")
    assert roles(nlp, text)["Max Muster"] == [("Verbandsvorsteher", "Zweckverband Beispiel-IT")]


def test_a_possessive_place_the_release_does_not_know_links_no_other_town(nlp) -> None:
    text = ("Die Stadt Musterhausen tritt bei. „Gut so“, sagte Beispielau' Bürgermeisterin Erika Probe. "
            "Die Stadt Musterhausen zahlt.")
    assert roles(nlp, text)["Erika Probe"] == [("Bürgermeisterin", "")]


def result(people: list[PersonRecord], orgs: list[OrgRecord], text: str = "",
           mentions: list[Mention] | None = None) -> DocResult:
    return DocResult(document=SourceDocument("a", "a.txt", status="ok"), clean=CleanDocument("a", text),
                     organisations=orgs, people=people, mentions=mentions or [])


def test_an_office_without_organisation_takes_the_one_of_its_kind_the_run_names() -> None:
    town = OrgRecord(key="run:org:gemeinde musterdorf", name="Gemeinde Musterdorf", org_type="Gemeinde")
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister")])
    link_run_wide([result([mayor], [town])])
    assert mayor.roles == [RoleRecord("Bürgermeister", town.key)]


def test_an_office_of_a_town_still_unnamed_is_no_role_a_ministers_stays() -> None:
    towns = [OrgRecord(key=f"org:stadt {n}", name=f"Stadt {n}", org_type="Stadt") for n in ("Aheim", "Bdorf")]
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister")])
    minister = PersonRecord(key="per:erika probe", name="Erika Probe", roles=[RoleRecord("Landesministerin")])
    link_run_wide([result([mayor, minister], towns)])
    assert mayor.roles == []
    assert minister.roles == [RoleRecord("Landesministerin")]


def test_an_ordinal_before_an_office_is_no_title(nlp) -> None:
    text = ("Der Zweckverband Beispiel-IT ist gegründet. Die Verbandsversammlung wählte Landrat Max Muster "
            "zum ersten Verbandsvorsteher. Erster Bürgermeister Otto Probe (Stadt Musterhausen) gratulierte.")
    found = roles(nlp, text)
    assert found["Max Muster"][0][0] == "Verbandsvorsteher"
    assert found["Otto Probe"][0][0] == "Erster Bürgermeister"


def test_a_town_in_parentheses_the_release_does_not_know_is_no_guess(nlp) -> None:
    text = ("Die Stadt Musterhausen und die Gemeinde Aheim treten bei. Bürgermeister Max Muster (Bdorf) "
            "unterschrieb.")
    assert roles(nlp, text)["Max Muster"] == [("Bürgermeister", "")]


def test_a_town_in_parentheses_no_organisation_stands_for_takes_not_the_one_town_of_the_run() -> None:
    town = OrgRecord(key="run:org:gemeinde aheim", name="Gemeinde Aheim", org_type="Gemeinde")
    text = "Bürgermeister Max Muster (Bdorf) unterschrieb."
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister")])
    mentions = [Mention(0, 0, 13, "Bürgermeister", "ROLE", mayor.key),
                Mention(0, 14, 24, "Max Muster", "PER", mayor.key), Mention(0, 26, 31, "Bdorf", "LOC", "")]
    link_run_wide([result([mayor], [town], text, mentions)])
    assert mayor.roles == []


def test_the_town_in_parentheses_names_the_office_once_the_run_knows_it() -> None:
    towns = [OrgRecord(key=f"run:org:gemeinde {n.lower()}", name=f"Gemeinde {n}", org_type="Gemeinde")
             for n in ("Aheim", "Bdorf")]
    text = "Bürgermeister Max Muster (Bdorf) unterschrieb."
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister")])
    mentions = [Mention(0, 0, 13, "Bürgermeister", "ROLE", mayor.key), Mention(0, 14, 24, "Max Muster", "PER",
                                                                                   mayor.key)]
    link_run_wide([result([mayor], towns, text, mentions)])
    assert mayor.roles == [RoleRecord("Bürgermeister", towns[1].key)]


def test_a_leaders_field_may_be_a_compound_the_tagger_takes_for_a_name(nlp) -> None:
    text = ("Die Sparkasse Musterau wächst. Zum 1. April rückt Erika Probe, bisher Bereichsleiterin "
            "Firmenkunden, in den Vorstand auf.")
    assert roles(nlp, text)["Erika Probe"][0][0] == "Bereichsleiterin Firmenkunden"


def test_a_letter_signed_under_the_office(nlp) -> None:
    text = ("Liebe Bürgerinnen und Bürger,\n\ndie Gemeinde Musterdorf tritt dem Zweckverband bei. Das spart "
            "Geld und sichert den Betrieb.\n\nIhr Bürgermeister\nMax Muster\n")
    assert roles(nlp, text)["Max Muster"] == [("Bürgermeister", "Gemeinde Musterdorf")]


def test_a_ministers_portfolio_is_part_of_the_role(nlp) -> None:
    text = ("Das Land Musterland fördert den Verband. Das hat die Ministerin des Innern und für Digitales, "
            "Dr. Erika Probe, am Freitag bekannt gegeben.")
    assert roles(nlp, text)["Erika Probe"] == [("Ministerin des Innern und für Digitales", "Land Musterland")]


def test_a_portfolio_stops_before_the_holders_name(nlp) -> None:
    text = "Das Land Musterland zahlt, sagte Ministerin für Bildung Erika Probe."
    assert roles(nlp, text)["Erika Probe"][0][0] == "Ministerin für Bildung"


def test_an_office_mentioned_aside_yields_to_the_one_at_the_name(nlp) -> None:
    text = ("Die Stadtwerke Musterhausen GmbH wachsen. „Gut so“, sagte Oberbürgermeisterin Erika Probe, die "
            "zugleich Vorsitzende des Aufsichtsrats der Stadtwerke ist. Die Stadt Musterhausen zahlt. Landrat Max "
            "Muster, Vorsitzender des Aufsichtsrats der Stadtwerke Musterhausen GmbH, dankte. Der Landkreis "
            "Beispielkreis ist Gesellschafter.")
    found = roles(nlp, text)
    assert [r for r, _ in found["Erika Probe"]] == ["Oberbürgermeisterin"]
    assert [r for r, _ in found["Max Muster"]] == ["Landrat"]


def test_several_holders_listed_with_their_own_titles(nlp) -> None:
    text = ("Der Zweckverband Kommunale IT Aheim (ZKA) und der Zweckverband Bdorf-IT (ZBI) fusionieren. Danach "
            "unterzeichneten beide Verbandsvorsitzenden, Landrat Dr. Max Muster für den ZKA und Bürgermeister "
            "Otto Probe für den ZBI, den Vertrag.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Verbandsvorsitzender", "Zweckverband Kommunale IT Aheim")]
    assert found["Otto Probe"] == [("Verbandsvorsitzender", "Zweckverband Bdorf-IT")]


def test_the_office_written_most_often_and_one_taken_up_lead(nlp) -> None:
    text = ("Der Landkreis Musterkreis und die Gemeinde Aheim gründen den Zweckverband Beispiel-IT. "
            "Verbandsvorsteher ist Landrat Max Muster. „Gut so“, sagt Landrat Max Muster. Die Versammlung wählte "
            "Erika Probe, Bürgermeisterin der Gemeinde Aheim, zur Geschäftsführerin des Zweckverbands Beispiel-IT.")
    found = roles(nlp, text)
    assert [r for r, _ in found["Max Muster"]] == ["Landrat"]
    assert [r for r, _ in found["Erika Probe"]] == ["Geschäftsführerin"]


def test_an_office_of_an_organisation_named_by_its_kind_in_the_genitive(nlp) -> None:
    text = ("Betreut werden das Gymnasium am Musterwall und die Grundschule Beispielweg. Die Schulleiterin des "
            "Gymnasiums, Dr. Erika Probe, begrüßte die Entscheidung.")
    assert roles(nlp, text)["Erika Probe"] == [("Schulleiterin", "Gymnasium am Musterwall")]


def test_a_councils_name_is_a_members_title_only_before_a_name(nlp) -> None:
    text = ("Der Gemeinderat der Gemeinde Musterdorf stimmte zu. Auf Nachfrage von Gemeinderat Max Muster "
            "erläuterte der Kämmerer die Kosten.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Gemeinderat", "Gemeinde Musterdorf")]


def test_a_report_signed_by_a_board_under_its_name(nlp) -> None:
    text = ("Die Beispiel-IT AöR blickt auf ein gutes Jahr zurück. Der Umsatz stieg, die Zahl der Beschäftigten "
            "ebenfalls.\n\nMusterhausen, im April 2026\n\nDer Vorstand\nDr. Erika Probe · Max Muster\n")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Vorstand", "Beispiel-IT AöR")]
    assert found["Erika Probe"] == [("Vorstand", "Beispiel-IT AöR")]


def test_an_office_of_a_district_takes_the_district_its_council_stands_for(nlp) -> None:
    text = ("Der Nachbarkreis Beispielkreis macht nicht mit. Der Kreistag des Landkreises Musterkreis stimmte "
            "zu. Der Kreistag folgte der Vorlage von Landrätin Erika Probe. Der Landkreis Beispielkreis bleibt "
            "beim Nein, der Landkreis Beispielkreis prüft weiter.")
    assert roles(nlp, text)["Erika Probe"] == [("Landrätin", "Landkreis Musterkreis")]


def test_holders_listed_under_a_plural_office_take_the_places_in_their_order(nlp) -> None:
    text = ("Der Kreistag des Landkreises Aheim hat die Fusion im März beschlossen, der Kreistag des Landkreises "
            "Bdorf im April. Beide Landräte, Max Muster und Erika Probe, unterzeichneten den Vertrag.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Landrat", "Landkreis Aheim")]
    assert found["Erika Probe"] == [("Landrätin", "Landkreis Bdorf")]


def test_a_current_office_after_the_verb_that_follows_the_name(nlp) -> None:
    text = ("Die Sparkasse Musterau und die Kreissparkasse Beispielkreis fusionieren. An die Spitze des Vorstands "
            "soll Erika Probe rücken, bisher Vorstandsvorsitzende der Sparkasse Musterau.")
    assert roles(nlp, text)["Erika Probe"] == [("Vorstandsvorsitzende", "Sparkasse Musterau")]


def test_the_shorter_title_written_most_often_names_the_office(nlp) -> None:
    text = ("Das Ministerium für Digitales unterstützt die Beispiel-IT. Im Beisein von Digitalministerin Erika "
            "Probe wurde unterzeichnet. „Ein guter Tag“, sagte Ministerin Probe. Auch Ministerin Probe dankte.")
    assert [r for r, _ in roles(nlp, text)["Erika Probe"]] == ["Ministerin"]


def test_an_office_only_planned_yields_to_the_one_held_and_a_unit_is_part_of_the_role(nlp) -> None:
    text = ("Der Landkreis Musterkreis und die Stadt Aheim errichten die Beispiel-IT AöR. Als Vorstand ist die "
            "bisherige Leiterin der Personalabteilung des Landkreises Musterkreis, Dr. Erika Probe, vorgesehen. "
            "Als Vorstand der Anstalt ist Max Muster vorgesehen, derzeit Leiter des Hauptamts der Stadt Aheim.")
    found = roles(nlp, text)
    assert found["Erika Probe"] == [("Leiterin der Personalabteilung", "Landkreis Musterkreis")]
    assert [r for r, _ in found["Max Muster"]] == ["Leiter"]


def test_a_colleague_holds_the_office_named_before(nlp) -> None:
    text = ("Die Gemeinde Aheim und die Gemeinde Bdorf treten bei. Aheims Bürgermeisterin Erika Probe und ihr "
            "Bdorfer Amtskollege Max Muster kündigten an, die Verwaltungen vorzubereiten.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Bürgermeister", "Gemeinde Bdorf")]


def test_a_first_name_of_known_gender_counts_as_first_name_across_a_copula(nlp) -> None:
    text = ("Die Beispiel-IT AöR wächst. Vorsitzender des Verwaltungsrates ist seit dem 1. Januar 2026 "
            "turnusgemäß Landrat Gerold Probe.")
    assert roles(nlp, text)["Gerold Probe"][0][0] == "Vorsitzender des Verwaltungsrates"


def test_the_town_named_just_before_an_unlinked_office_once_the_run_knows_it() -> None:
    towns = [OrgRecord(key=f"run:org:gemeinde {n.lower()}", name=f"Gemeinde {n}", org_type="Gemeinde")
             for n in ("Aheim", "Bdorf")]
    text = "Aheim trat bei. Bdorf kam erst im April dazu. Bürgermeister Max Muster nimmt es gelassen."
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister")])
    mentions = [Mention(0, 0, 5, "Aheim", "ORG", towns[0].key), Mention(1, 16, 21, "Bdorf", "ORG", towns[1].key),
                Mention(2, 46, 59, "Bürgermeister", "ROLE", mayor.key),
                Mention(2, 60, 70, "Max Muster", "PER", mayor.key)]
    link_run_wide([result([mayor], towns, text, mentions)])
    assert mayor.roles == [RoleRecord("Bürgermeister", towns[1].key)]


def test_an_officer_of_a_town_its_mayor_heads_takes_it_once_the_run_knows_it() -> None:
    town = OrgRecord(key="run:org:stadt aheim", name="Stadt Aheim", org_type="Stadt")
    mayor = PersonRecord(key="per:max muster", name="Max Muster", roles=[RoleRecord("Bürgermeister", town.key)])
    treasurer = PersonRecord(key="per:erika probe", name="Erika Probe", roles=[RoleRecord("Kämmerin")])
    link_run_wide([result([mayor, treasurer], [town])])
    assert treasurer.roles == [RoleRecord("Kämmerin", town.key)]


def test_a_compound_title_names_the_organisation_by_its_first_word(nlp) -> None:
    text = "Das Netzwerk Beispielregion e.V. wächst. „Gut so“, sagte Netzwerkvorsitzender Max Muster."
    assert roles(nlp, text)["Max Muster"] == [("Vorsitzender", "Netzwerk Beispielregion e.V.")]


def test_a_chair_referring_back_to_a_board_chairs_it(nlp) -> None:
    text = ("Die Beispielcloud GmbH wächst. Den Geschäftsführern steht ein Beirat zur Seite, dessen Vorsitzender "
            "Max Muster ist.")
    assert roles(nlp, text)["Max Muster"] == [("Vorsitzender des Beirats", "Beispielcloud GmbH")]


def test_the_members_a_board_consisted_of(nlp) -> None:
    text = ("Die Beispieldaten AöR hat 40 Beschäftigte. Der Vorstand bestand im Berichtsjahr aus Max Muster "
            "(Vorsitzender) und Dr. Erika Probe.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Vorsitzender des Vorstands", "Beispieldaten AöR")]
    assert found["Erika Probe"] == [("Vorstand", "Beispieldaten AöR")]


@pytest.mark.parametrize("text", [
    "Die Beispiel-IT AöR startet. Vorstand wird der bisherige IT-Leiter des Landkreises Aheim, Max Muster, der "
    "sein Amt am 1. Juli antritt.",
    "Die Beispiel-IT AöR startet. Max Muster, der heute die Probe-IT führt, wird ab Januar Vorstand.",
    "Die Beispiel-IT AöR startet. Vorstand ist seit demselben Tag Max Muster.",
])
def test_the_holder_across_a_copula_past_an_apposition_a_clause_or_a_date(nlp, text: str) -> None:
    assert roles(nlp, text)["Max Muster"] == [("Vorstand", "Beispiel-IT AöR")]


def test_an_office_with_the_holders_other_office_in_apposition(nlp) -> None:
    text = ("Die Fusion mit dem Zweckverband Beispiel-IT ist geplant. Seit dem Austritt der Stadt Aheim hatte "
            "dessen Verbandsvorsitzender, der Bürgermeister der Stadt Bdorf, Max Muster, für eine Fusion geworben.")
    assert roles(nlp, text)["Max Muster"] == [("Verbandsvorsitzender", "Zweckverband Beispiel-IT")]


def test_the_interviewer_named_at_the_end_of_the_lead(nlp) -> None:
    text = ("Das Interview\n\nEs geht um den Zweckverband Beispiel-IT. Die Fragen stellte Erika Probe.\n\n"
            "Herr Muster, wie geht es?")
    assert roles(nlp, text)["Erika Probe"] == [("Autor", "")]


def test_an_office_in_apposition_before_the_holders_other_office(nlp) -> None:
    text = ("Der Zweckverband Beispiel-IT wächst. „Gut so“, sagte die Verbandsvorsitzende, Erste Bürgermeisterin "
            "Erika Probe (Markt Aheim).")
    assert roles(nlp, text)["Erika Probe"] == [("Verbandsvorsitzende", "Zweckverband Beispiel-IT")]


def test_a_head_of_office_without_an_office_of_its_own_belongs_to_the_town(nlp) -> None:
    text = ("Stadt Musterhausen\n\nBeschlussvorlage Nr. 12\n\nVerfasserin: Erika Probe, Amtsleiterin\n\n"
            "Die Stadt Musterhausen tritt dem Zweckverband bei.")
    assert roles(nlp, text)["Erika Probe"] == [("Amtsleiterin", "Stadt Musterhausen")]


@pytest.mark.parametrize("office", ["Prokuristin", "Die Betriebsratsvorsitzende"])
def test_an_organisation_of_someones_post_until_now_is_not_the_passages(nlp, office: str) -> None:
    text = ("Die Probe Klinik GmbH wächst. Ihr Nachfolger als Geschäftsführer wird Max Muster, der bislang die "
            f"Beispiel Kliniken GmbH leitet. {office} Erika Probe begrüßte die Entscheidung.")
    assert roles(nlp, text)["Erika Probe"] == [(office.split()[-1], "Probe Klinik GmbH")]


def test_a_leader_title_takes_the_field_the_release_names_its_unit_with(nlp) -> None:
    text = ("Der Landkreis Musterkreis tritt bei. Die Mitarbeiter des Sachgebiets IT gehen über. Ende Juni war der "
            "langjährige Sachgebietsleiter Max Muster in den Ruhestand gegangen.")
    assert roles(nlp, text)["Max Muster"] == [("Sachgebietsleiter IT", "Landkreis Musterkreis")]


def test_a_chair_under_a_possessive_chairs_the_body_the_sentence_is_about(nlp) -> None:
    text = ("Die Stadt Musterhausen tritt bei. Die Stadtverordnetenversammlung Musterhausen hat in ihrer Sitzung "
            "unter Leitung ihrer Vorsitzenden Erika Probe folgende Beschlüsse gefasst: Beitritt zum Zweckverband "
            "Beispiel-IT.")
    assert roles(nlp, text)["Erika Probe"] == [("Vorsitzende der Stadtverordnetenversammlung", "Stadt Musterhausen")]


def test_a_mayor_takes_no_town_another_mayor_heads(nlp) -> None:
    text = ("Heute haben Bürgermeisterin Erika Probe, Aheims Bürgermeister Max Muster und Geschäftsführer Otto "
            "Beispiel von der Probe-IT GmbH den Vertrag unterzeichnet. Die Gemeinde Aheim tritt bei.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Bürgermeister", "Gemeinde Aheim")]
    assert found["Erika Probe"] == [("Bürgermeisterin", "")]


def test_a_lord_mayor_and_a_mayor_of_one_city(nlp) -> None:
    text = ("Die Stadt Musterhausen tritt bei. Oberbürgermeister Max Muster unterschrieb. Bürgermeister Otto Probe "
            "ergänzte, die Verwaltung sei vorbereitet.")
    found = roles(nlp, text)
    assert found["Max Muster"] == [("Oberbürgermeister", "Stadt Musterhausen")]
    assert found["Otto Probe"] == [("Bürgermeister", "Stadt Musterhausen")]


def test_the_chief_of_an_organisation_named_in_the_compound(nlp) -> None:
    text = ("Das Land Musterland und der IT-Dienstleister Musterwerft haben ihre Zusammenarbeit besiegelt. "
            "Digitalministerin Erika Probe und Musterwerft-Chefin Anna Beispiel unterschrieben den Vertrag.")
    assert roles(nlp, text)["Anna Beispiel"] == [("Chefin", "Musterwerft")]
