"""The real-text benchmark scores the pipeline's mentions where the cleaned text has them."""

from bench.real_text import moved_spans


def test_gold_spans_follow_the_text_when_clean_removes_characters() -> None:
    text = "Aus\xadwirkungen in den USA und in Bonn ."
    cleaned = text.replace("\xad", "")
    def spans(of: str) -> set[tuple[int, int, str]]:
        return {(of.index(word), of.index(word) + len(word), "LOC") for word in ("USA", "Bonn")}

    assert moved_spans(spans(text), text, cleaned) == spans(cleaned)


def test_a_span_whose_text_did_not_survive_is_dropped() -> None:
    text = "Der Zweckverband in Mus\xadter ."
    cleaned = "Der Zweckverband in Muster ."
    assert moved_spans({(text.index("Mus"), text.index(" ."), "LOC")}, text, cleaned) == set()
