"""Run-wide towns: a town one release names with its type word is an actor where another release
names it bare (invented names only)."""

from __future__ import annotations

from pipeline.records import CleanDocument, DocResult, Mention, OrgRecord, SourceDocument
from pipeline.run_names import add_run_wide_mentions


def result(doc_id: str, text: str, orgs: list[OrgRecord] | None = None,
           mentions: list[Mention] | None = None) -> DocResult:
    return DocResult(document=SourceDocument(doc_id, f"{doc_id}.txt", status="ok"),
                     clean=CleanDocument(doc_id, text), sentences=[(0, len(text))],
                     organisations=orgs or [], mentions=mentions or [])


def org_texts(res: DocResult) -> list[str]:
    return [m.text for m in res.mentions if m.label == "ORG"]


def test_a_bare_town_acting_in_another_release_is_the_town() -> None:
    a = result("a", "Die Gemeinde Fennbach tritt bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")],
               [Mention(0, 4, 21, "Gemeinde Fennbach", "ORG", "org:gemeinde fennbach")])
    b = result("b", "Fennbach war zum Jahresbeginn beigetreten. Das Fest in Fennbach war schön.",
               mentions=[Mention(0, 0, 8, "Fennbach", "PER", "")])
    add_run_wide_mentions([a, b])
    assert org_texts(b) == ["Fennbach"]  # the acting one, not "in Fennbach"
    assert [r.name for r in b.organisations] == ["Gemeinde Fennbach"]
    assert not any(m.label == "PER" for m in b.mentions)


def test_towns_after_a_council_and_in_act() -> None:
    orgs = [OrgRecord(key=f"org:gemeinde {n.lower()}", name=f"Gemeinde {n}", org_type="Gemeinde")
            for n in ("Aheim", "Bdorf")]
    a = result("a", "Die Gemeinde Aheim und die Gemeinde Bdorf treten bei.", orgs)
    b = result("b", "Auch die Räte in Aheim und Bdorf haben zugestimmt. Das Fest in Aheim war schön.")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == ["Aheim", "Bdorf"]  # the councils' towns, not "in Aheim" of the fest


def test_a_dateline_and_a_longer_name_are_no_town_acting() -> None:
    a = result("a", "Die Stadt Mosbeck tritt bei.",
               [OrgRecord(key="org:stadt mosbeck", name="Stadt Mosbeck", org_type="Stadt")])
    b = result("b", "Mosbeck. Die Sparkasse Mosbeck wächst.")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == []


def test_a_guessed_town_takes_the_family_the_run_names_it_with() -> None:
    a = result("a", "Die Gemeinde Fennbach tritt bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")])
    guessed = OrgRecord(key="org:stadt fennbach", name="Stadt Fennbach", org_type="Stadt")
    b = result("b", "Fennbachs Bürgermeister lobt das.", [guessed])
    add_run_wide_mentions([a, b])
    assert (guessed.name, guessed.org_type) == ("Gemeinde Fennbach", "Gemeinde")


def test_a_town_acting_bare_takes_the_name_the_run_gives_it() -> None:
    a = result("a", "Die Gemeinde Fennbach tritt bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")])
    bare = OrgRecord(key="org:fennbach", name="Fennbach", org_type="Gemeinde")
    b = result("b", "Im Herbst sind Fennbach und Kossdorf gefolgt.", [bare],
               [Mention(0, 15, 23, "Fennbach", "ORG", "org:fennbach")])
    add_run_wide_mentions([a, b])
    assert (bare.name, bare.org_type) == ("Gemeinde Fennbach", "Gemeinde")
    assert [m.key for m in b.mentions] == ["org:fennbach"]  # no second mention of the town


def test_a_list_of_towns_is_what_its_first_item_is() -> None:
    towns = [OrgRecord(key=f"org:gemeinde {p.lower()}", name=f"Gemeinde {p}", org_type="Gemeinde")
             for p in ("Fennbach", "Kossdorf", "Lindau")]
    a = result("a", "Die Gemeinden Fennbach, Kossdorf und Lindau treten bei.", towns)
    acting = result("b", "Seit Januar sind Fennbach, Kossdorf und Lindau an Bord – Fennbach, Kossdorf und Lindau.")
    places = result("c", "Die Anstalt betreut Rathäuser in Fennbach, Kossdorf und Lindau.")
    add_run_wide_mentions([a, acting, places])
    assert org_texts(acting) == ["Fennbach", "Kossdorf", "Lindau"] * 2  # also after a dash
    assert org_texts(places) == []


def test_a_place_two_families_name_is_left_alone() -> None:
    a = result("a", "Die Gemeinde Fennbach und die Stadt Fennbach streiten.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde"),
                OrgRecord(key="org:stadt fennbach", name="Stadt Fennbach", org_type="Stadt")])
    b = result("b", "Fennbach tritt bei.")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == []


def test_towns_of_a_listed_family_count_and_addresses_are_places() -> None:
    a = result("a", "Die Gemeinden Fennbach und Kossdorf treten bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde"),
                OrgRecord(key="org:gemeinde kossdorf", name="Gemeinde Kossdorf", org_type="Gemeinde")])
    b = result("b", "Kossdorf zahlt mehr. Geschäftsstelle: Am Markt 3, Fennbach")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == ["Kossdorf"]


def test_a_town_a_release_only_implies_is_matched_bare() -> None:
    a = result("a", "Die Gemeinde Fennbach tritt bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")])
    implied = OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")
    council = OrgRecord(key="org:gemeinderat fennbach", name="Gemeinderat Fennbach", org_type="Gremium",
                        parent_key="org:gemeinde fennbach", aliases=["Gemeinderat von Fennbach"])
    b = result("b", "Der Gemeinderat von Fennbach stimmte zu. Fennbach zahlt.", [implied, council],
               [Mention(0, 4, 15, "Gemeinderat", "ORG", "org:gemeinderat fennbach")])
    add_run_wide_mentions([a, b])
    assert [m.key for m in b.mentions if m.text == "Fennbach"] == ["org:gemeinde fennbach"] * 2


def test_a_run_wide_name_replaces_the_models_guess_inside_it() -> None:
    a = result("a", "Der Verein Kartendaten Beispieltal e.V. wächst.",
               [OrgRecord(key="org:v", name="Verein Kartendaten Beispieltal e.V.", org_type="Verband",
                          legal_form="e.V.")])
    b = result("b", "Auch der Verein Kartendaten Beispieltal hilft.",
               mentions=[Mention(0, 28, 39, "Beispieltal", "PER", "")])
    add_run_wide_mentions([a, b])
    assert [(m.text, m.label) for m in b.mentions] == [("Verein Kartendaten Beispieltal", "ORG")]


def test_only_towns_whose_every_word_the_text_holds_are_searched() -> None:
    from pipeline.run_names import _by_first_run, _places_in
    towns = {f"Bad Muster{n}": None for n in range(500)} | {"Bad Probe": None, "Beispielau": None}
    text = "Bad Probe und Beispielau treten bei; Bad ist ein Wort, Muster auch."
    assert _places_in(text, _by_first_run(towns)) == ["Bad Probe", "Beispielau"]


def test_a_town_where_a_council_decided_is_the_town_acting() -> None:
    a = result("a", "Die Gemeinde Fennbach tritt bei.",
               [OrgRecord(key="org:gemeinde fennbach", name="Gemeinde Fennbach", org_type="Gemeinde")],
               [Mention(0, 4, 21, "Gemeinde Fennbach", "ORG", "org:gemeinde fennbach")])
    b = result("b", "Auch in Fennbach fiel die Entscheidung im Januar. Das Fest in Fennbach war schön.")
    add_run_wide_mentions([a, b])
    assert [(m.text, m.start) for m in b.mentions if m.label == "ORG"] == [("Fennbach", 8)]


def test_a_one_word_compound_head_of_one_organisation_is_found_after_a_definite_article() -> None:
    a = result("a", "Die Bahnhofsgenossenschaft Fennbach eG wurde gegründet.",
               [OrgRecord(key="org:bahnhofsgenossenschaft fennbach eg", name="Bahnhofsgenossenschaft Fennbach eG",
                          org_type="Unternehmen", legal_form="eG")])
    b = result("b", "Die Bahnhofsgenossenschaft hat ihr Café eröffnet. Eine Bahnhofsgenossenschaft ist selten.")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == ["Bahnhofsgenossenschaft"]  # not after "Eine"
    assert [r.name for r in b.organisations] == ["Bahnhofsgenossenschaft Fennbach eG"]


def test_a_compound_head_two_organisations_of_the_run_share_is_not_found_bare() -> None:
    a = result("a", "Die Bahnhofsgenossenschaft Fennbach eG und die Bahnhofsgenossenschaft Kossdorf eG wachsen.",
               [OrgRecord(key="org:bf", name="Bahnhofsgenossenschaft Fennbach eG", org_type="Unternehmen",
                          legal_form="eG"),
                OrgRecord(key="org:bk", name="Bahnhofsgenossenschaft Kossdorf eG", org_type="Unternehmen",
                          legal_form="eG")])
    b = result("b", "Die Bahnhofsgenossenschaft hat ihr Café eröffnet.")
    add_run_wide_mentions([a, b])
    assert org_texts(b) == []
