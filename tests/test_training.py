"""Smoke test for the training code: convert a tiny GermEval TSV and train 5 steps.

Needs neither the shared data nor much time (< 60 s).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.cli.train import train

TRAINING = Path(__file__).resolve().parents[1] / "training"
sys.path.insert(0, str(TRAINING))

import convert  # noqa: E402

# "word/TAG" tokens; a bare word is O
SENTENCES = [
    "Angela/B-PER Merkel/I-PER besuchte Berlin/B-LOC .",
    "Die Siemens/B-ORG AG/I-ORG sitzt in München/B-LOC .",
    "Max/B-PER Mustermann/I-PER arbeitet bei der Telekom/B-ORG .",
    "Das deutsche/B-LOCderiv Team spielt in Köln/B-LOC .",
    "Er las den Spiegel/B-OTH in Hamburg/B-LOC .",
]


def write_tsv(path: Path, repeats: int = 4) -> None:
    """Write the made-up sentences in GermEval 2014 format."""
    lines = []
    for n in range(repeats):
        for sent in SENTENCES:
            lines.append(f"#\thttp://example.org/{n}\t[2024-01-01]")
            for i, token in enumerate(sent.split(), 1):
                word, _, tag = token.partition("/")
                lines.append(f"{i}\t{word}\t{tag or 'O'}\tO")
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_convert_and_train(tmp_path: Path) -> None:
    """The converter output trains into a loadable pipeline with ner + senter."""
    tsv = tmp_path / "NER-de-test.tsv"
    write_tsv(tsv)
    corpus = tmp_path / "train.spacy"
    assert convert.convert_germeval(tsv, corpus, per_doc=5) == 4

    docs = list(spacy.tokens.DocBin().from_disk(corpus).get_docs(spacy.blank("de").vocab))
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PER", "ORG", "LOC", "MISC"}  # LOCderiv -> O, OTH -> MISC
    assert len(list(docs[0].sents)) == 5

    out = tmp_path / "model"
    train(
        TRAINING / "configs" / "de_press_sm.cfg",
        out,
        overrides={
            "paths.train": str(corpus),
            "paths.dev": str(corpus),
            "training.max_steps": 5,
            "training.eval_frequency": 2,
            "training.optimizer.learn_rate.warmup_steps": 1,
        },
    )
    nlp = spacy.load(out / "model-last")
    assert {"ner", "senter"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp("Angela Merkel besuchte Berlin. Die Siemens AG sitzt in München.")
    assert doc.has_annotation("SENT_START")


def test_bio_helpers() -> None:
    """Tag repair and BIO decoding handle the quirks of the source files."""
    assert convert.normalise_bio_tag("B-PEr") == "B-PER"
    assert convert.normalise_bio_tag("B_LOC") == "B-LOC"
    assert convert.normalise_bio_tag("I-MISC") == "O"
    assert convert.normalise_bio_tag("bed.") is None
    assert convert.map_germeval_tag("I-ORGpart") == "O"
    spans = convert.bio_to_spans(["I-PER", "I-PER", "O", "B-LOC", "B-LOC"])
    assert spans == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]
