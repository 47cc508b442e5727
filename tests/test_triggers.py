"""Event triggers: the pattern language of events.toml, compiled into a spaCy Matcher."""

import pytest

from pipeline import resources
from pipeline.extract.events.matcher import (
    SPANS_KEY,
    anchor_of,
    compile_spec,
    constructions,
    find_triggers,
    token_spec,
)


def _triggers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.label_.split("/")[0], span.text) for span in find_triggers(doc)]


def test_token_specs_compile_to_matcher_dicts() -> None:
    assert token_spec("gründen|bilden") == {"LEMMA": {"IN": ["gründen", "bilden"]}}
    assert token_spec("gründen:fin") == {"LEMMA": {"IN": ["gründen"]}, "LOWER": {"NOT_IN": ["gründen"]}}
    assert token_spec("rufen~gerufen") == {"LEMMA": {"IN": ["rufen"]}, "LOWER": {"NOT_IN": ["gerufen"]}}
    assert token_spec("=Bei|zu") == {"LOWER": {"IN": ["bei", "zu"]}}
    assert token_spec("!=des") == {"LOWER": {"NOT_IN": ["des"]}}
    assert token_spec("/\\w*vertrag/") == {"LOWER": {"REGEX": "^(?:\\w*vertrag)$"}}
    assert token_spec("=zu?") == {"LOWER": {"IN": ["zu"]}, "OP": "?"}


def test_gaps_and_clause_ends() -> None:
    built = compile_spec("membership/0", "treten …12 =bei $")
    assert built.clause_final
    assert built.tokens[1] == {"IS_SENT_START": False, "OP": "*"}
    assert built.max_tokens == 14
    with pytest.raises(ValueError):
        compile_spec("x/0", "… treten")
    with pytest.raises(ValueError):
        compile_spec("x/0", "treten …", head=0)
    with pytest.raises(ValueError):
        compile_spec("x/0", "treten … =bei", head=2)  # the head would end inside the gap


def test_a_pattern_is_anchored_on_its_rarest_looking_word() -> None:
    """A sentence is matched against a pattern only when it holds the pattern's anchor: a word list without
    a common word beats a regex, a longer regex (a list of stems) beats "Cap", a common word comes last."""
    common = {"die", ",", "."}
    born = {"LOWER": {"IN": ["geb.", "geboren"]}}
    assert anchor_of(compile_spec("x/0", "^Cap , Cap , =geb.|geboren"), common) == born
    assert anchor_of(compile_spec("x/0", "=; Cap , Cap =;|."), common) == {"LOWER": {"IN": [";"]}}
    office = anchor_of(compile_spec("x/0", "^Cap Cap , {office} =die|ihre"), common)
    assert "Bürgermeisterin" in office["TEXT"]["REGEX"]
    assert anchor_of(compile_spec("x/0", "=die Cap"), common) == {"TEXT": {"REGEX": "^[A-ZÄÖÜ]"}}


def test_every_pattern_of_the_resource_compiles() -> None:
    rules = resources.toml("events.toml")["trigger"]
    assert len(constructions()) == sum(len(rule["match"]) for rule in rules)


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gemeinde Probedorf tritt dem Zweckverband zum 1. Januar bei.",
     ("membership", "tritt dem Zweckverband zum 1. Januar bei")),
    ("Die Gemeinde Probedorf trat dem Zweckverband bereits 2019 bei.",
     ("membership", "trat dem Zweckverband bereits 2019 bei")),
    ("Der Verband wurde im März 2015 gegründet.", ("founding", "wurde im März 2015 gegründet")),
    ("Die Städte gründeten 2015 den Verband.", ("founding", "gründeten")),
    ("Der Kreistag beschloss am Montag den Beitritt.", ("resolution", "beschloss")),
    ("Die Landräte unterschrieben den Vertrag im Rathaus.", ("contract_signing", "unterschrieben")),
    ("Die zwölf Beschäftigten wechseln zum 1. Mai zur Anstalt.", ("staff_transfer", "wechseln")),
    ("Die 2016 errichtete Anstalt hat ihren Sitz in Nordheim.", ("founding", "errichtete")),
])
def test_inflected_forms_match_through_lemmas(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _triggers(nlp, text)


def test_a_separable_particle_must_end_the_clause(nlp) -> None:
    assert not [t for t in _triggers(nlp, "Der Bürgermeister tritt bei der Sitzung auf.") if t[0] == "membership"]


def test_required_context_gates_a_rule(nlp) -> None:
    # a staff transfer needs staff in the sentence
    servers = "Die Server wechseln zum 1. Mai in das neue Rechenzentrum."
    staff = "Die Mitarbeiter wechseln zum 1. Mai in das neue Rechenzentrum."
    assert ("staff_transfer", "wechseln") not in _triggers(nlp, servers)
    assert ("staff_transfer", "wechseln") in _triggers(nlp, staff)


def test_the_component_writes_the_spans(nlp) -> None:
    doc = nlp("Die Stadt tritt dem Verband bei.")
    assert SPANS_KEY in doc.spans
    assert [s.label_.split("/")[0] for s in doc.spans[SPANS_KEY]] == ["membership"]


@pytest.mark.parametrize(("form", "lemma"), [
    ("tritt", "treten"), ("trat", "treten"), ("beschloss", "beschließen"), ("gefasst", "fassen"),
    ("ernannte", "ernennen"), ("schloss", "schließen"), ("lässt", "lassen"), ("gehört", "gehören"),
    ("angehört", "angehören"), ("gegründet", "gründen"), ("unterzeichnete", "unterzeichnen"),
    ("zugestimmt", "zustimmen"), ("übernahm", "übernehmen"), ("beigetreten", "beitreten"), ("Beschlusses", "Beschluss"),
])
def test_the_lemmas_the_patterns_rely_on(nlp, form: str, lemma: str) -> None:
    doc = nlp(f"Gestern {form} es.")
    assert doc[1].lemma_ == lemma


def test_a_construction_is_tried_only_where_its_selective_word_stands() -> None:
    from pipeline.extract.events.matcher import anchors

    passive = next(i for i, c in enumerate(constructions())
                   if c.tokens[0] == {"LEMMA": {"IN": ["werden", "sein"]}}
                   and {"LOWER": {"IN": ["gegründet", "errichtet", "gebildet"]}} in c.tokens)
    found = anchors()
    assert passive in found.by_attr["LOWER"]["gegründet"]
    assert passive not in found.by_attr["LEMMA"].get("werden", ())  # "werden" is in [matcher].common


def test_sentences_without_an_anchor_get_no_triggers_and_others_keep_theirs(nlp) -> None:
    doc = nlp("Das Wetter war schön. Der Verband wurde 2015 gegründet. Es regnete.")
    assert [(s.label_.split("/")[0], s.text) for s in find_triggers(doc)] == [("founding", "wurde 2015 gegründet")]
