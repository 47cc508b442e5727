import pytest

from pipeline import config, nlp


def test_bundled_model_loads_with_ner_sentences_and_our_components() -> None:
    language = nlp.load(config.load(model="bundled"))
    assert {"ner", "paragraph_boundaries"} <= set(language.pipe_names)
    assert nlp.model_label(language).startswith("de_press_sm ")
    doc = language("Die Stadt Musterhausen tritt bei. Bürgermeisterin Erika Beispiel freut sich.\n\nNeuer Absatz")
    assert len(list(doc.sents)) >= 3
    assert doc.ents, "the model finds at least one entity"


def test_auto_prefers_de_core_news_sm_only_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "_installed", lambda name: name == "de_core_news_sm")
    assert nlp.resolve_model(config.load()) == "de_core_news_sm"
    monkeypatch.setattr(nlp, "_installed", lambda name: False)
    assert nlp.resolve_model(config.load()) == nlp.MODELS_DIR / "de_press_sm"


def test_missing_model_message_says_how_to_install(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(nlp.ModelNotFound, match="spacy download de_core_news_sm"):
        nlp.resolve_model(config.load(model="de_no_such_model"))
    monkeypatch.setattr(nlp, "MODELS_DIR", tmp_path)
    with pytest.raises(nlp.ModelNotFound, match="make model"):
        nlp.resolve_model(config.load(model="bundled"))


def test_paragraph_breaks_always_end_sentences() -> None:
    language = nlp.load(config.load(model="bundled"))
    doc = language("Neue Träger für den Verband\n\nMit dem kommenden Jahr treten zwei Städte bei.")
    assert next(s.text.strip() for s in doc.sents) == "Neue Träger für den Verband"
