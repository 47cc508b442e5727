"""Loading the model quickly (pipeline/nlp.py): the lookup tables built without a Python call per
entry are the tables spaCy builds."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.lookups import Lookups, Table

from pipeline import config, nlp


def test_quick_lookup_tables_equal_spacys() -> None:
    source = nlp.resolve_model(config.load())
    path = Path(source) / "lemmatizer" / "lookups" / "lookups.bin" if isinstance(source, Path) else None
    if path is None or not path.is_file():
        pytest.skip("the selected model has no lookup tables on disk")
    data = path.read_bytes()
    ours, theirs = nlp._lookups_from_bytes(Lookups(), data), Lookups().from_bytes(data)
    assert ours.tables == theirs.tables and ours.tables
    for name in theirs.tables:
        mine, spacys = ours.get_table(name), theirs.get_table(name)
        assert type(mine) is Table and list(mine.items()) == list(spacys.items())
        assert vars(mine).keys() == vars(spacys).keys() and mine.name == spacys.name
        assert mine.bloom.to_bytes() == spacys.bloom.to_bytes()


def test_a_lookup_table_hashes_string_keys() -> None:
    table = nlp.lookup_table("t", {"Häuser": "Haus", 7: "x"})
    assert table["Häuser"] == "Haus" and "Häuser" in table and table.get(7) == "x" and "Hof" not in table
    assert list(table.items()) == list(Table("t", {"Häuser": "Haus", 7: "x"}).items())


def test_loading_leaves_spacys_lookups_alone() -> None:
    original = Lookups.from_bytes
    with nlp._quick_lookup_tables():
        assert Lookups.from_bytes is not original
    assert Lookups.from_bytes is original


def test_known_organisation_patterns_need_only_the_tokenizer(nlp) -> None:
    """The ruler matches phrases by ORTH, and no component changes the tokens: its patterns are only
    tokenized (pipeline/nlp.py load), which matches what running the whole model over them did."""
    from pipeline import resources

    phrases = [p["pattern"] for p in resources.known_organisation_patterns()]
    assert phrases
    for doc in nlp.pipe(phrases):
        assert [t.orth for t in doc] == [t.orth for t in nlp.make_doc(doc.text)]
    ruler = nlp.get_pipe("known_organisations")
    doc = nlp("Es kooperieren " + ", ".join(phrases[:3]) + " und " + phrases[-1] + ".")
    plain = ruler(nlp.make_doc(doc.text))
    found = [(s.text, s.label_, s.id_) for s in doc.spans[resources.KNOWN_ORGS]]
    assert len(found) >= 4 and found == [(s.text, s.label_, s.id_) for s in plain.spans[resources.KNOWN_ORGS]]
