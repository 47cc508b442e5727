"""Smoke test for the training code: convert tiny made-up GermEval / UD / HIPE
snippets and train 5 steps.

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


# old-release GSD format: one sentence per line, word##UPOS, multi-word tokens as "im##_ in##ADP dem##DET"
UD_POS = """Die##DET Firma##NOUN sitzt##VERB im##_ in##ADP dem##DET Zentrum##NOUN von##ADP Berlin##PROPN .##PUNCT
Diese##PRON arbeiten##VERB gut##ADV .##PUNCT
Max##PROPN Mustermann##PROPN leitet##VERB die##DET Siemens##PROPN AG##PROPN .##PUNCT
"""
# current-release dev file (CoNLL-U) and the same sentences in the old format, for the remap
UD_DEV_SENT = """1\tDiese\tdieser\tDET\tPDS\t_\t2\tnsubj\t_\t_
2\tarbeiten\tarbeiten\tVERB\tVVFIN\t_\t0\troot\t_\t_
3\tgut\tgut\tADJ\tADJD\t_\t2\tadvmod\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_
"""
UD_DEV_CONLLU = f"""# sent_id = 1
{UD_DEV_SENT}
# sent_id = 2
{UD_DEV_SENT}
# sent_id = 3
1-2\tim\t_\t_\t_\t_\t_\t_\t_\t_
1\tin\tin\tADP\tAPPR\t_\t3\tcase\t_\t_
2\tdem\tder\tDET\tART\tCase=Dat\t3\tdet\t_\t_
3\tZentrum\tZentrum\tNOUN\tNN\tCase=Dat\t0\troot\t_\t_

"""
UD_DEV_POS = "Diese##PRON arbeiten##VERB gut##ADV .##PUNCT\n" * 2 + "im##_ in##ADP dem##DET Zentrum##NOUN\n"

HIPE_COLUMNS = (
    "TOKEN NE-COARSE-LIT NE-COARSE-METO NE-FINE-LIT NE-FINE-METO NE-FINE-COMP NE-NESTED NEL-LIT NEL-METO MISC"
)
HIPE = (
    "\t".join(HIPE_COLUMNS.split())
    + """
# hipe2022:document_id = doc_1
Die\tO\t_\tO\t_\t_\tO\t_\t_\t_
Fett¬\tB-org\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter|EndOfLine
waarenfabrik\tI-org\t_\tO\t_\t_\tO\t_\t_\t_
Moll\tI-org\t_\tO\t_\t_\tO\t_\t_\t_
in\tO\t_\tO\t_\t_\tO\t_\t_\t_
Wien\tB-loc\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter
.\tO\t_\tO\t_\t_\tO\t_\t_\tEndOfSentence
Johann\tB-pers\t_\tO\t_\t_\tO\t_\t_\t_
Strauß\tI-pers\t_\tO\t_\t_\tO\t_\t_\t_
las\tO\t_\tO\t_\t_\tO\t_\t_\t_
den\tO\t_\tO\t_\t_\tO\t_\t_\t_
Figaro\tB-prod\t_\tO\t_\t_\tO\t_\t_\t_
am\tO\t_\tO\t_\t_\tO\t_\t_\t_
Montag\tB-time\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter
.\tO\t_\tO\t_\t_\tO\t_\t_\tEndOfSentence
# hipe2022:document_id = doc_2
Berlin\tB-LOC\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence
"""
)


def test_ud_and_hipe_converters(tmp_path: Path) -> None:
    """GSD .pos / CoNLL-U / HIPE readers: MWTs, the closed-class remap, hyphenation, labels."""
    pos = tmp_path / "train.conllu.pos"
    pos.write_text(UD_POS, encoding="utf-8")
    sents = list(convert.read_ud_pos(pos))
    assert sents[0][0] == ["Die", "Firma", "sitzt", "im", "Zentrum", "von", "Berlin", "."]
    assert sents[0][1][3] == "ADP"  # "im" takes the tag of its first part
    # remap learned from a current dev file where "diese" PRON -> DET and "gut" ADV -> ADJ (twice each)
    dev_pos, dev_conllu = tmp_path / "dev.conllu.pos", tmp_path / "dev.conllu"
    dev_pos.write_text(UD_DEV_POS, encoding="utf-8")
    dev_conllu.write_text(UD_DEV_CONLLU, encoding="utf-8")
    table = convert.learn_gsd_remap(dev_pos, dev_conllu)
    assert table[("gut", "ADV")] == "ADJ"
    remapped = list(convert.read_ud_pos(pos, table))
    assert remapped[1][1] == ["DET", "VERB", "ADJ", "PUNCT"]
    assert convert.remap_gsd(["5.", "Mai"], ["NUM", "PROPN"], {}) == ["ADJ", "PROPN"]
    assert convert.remap_gsd(["ihr", "Haus"], ["PRON", "NOUN"], {}) == ["DET", "NOUN"]
    assert convert.remap_gsd(["ihr", "kommt"], ["PRON", "VERB"], {}) == ["PRON", "VERB"]

    ud = list(convert.read_conllu(dev_conllu))
    doc = convert.conllu_doc(spacy.blank("de"), [ud[-1]], morph=True)
    assert [t.text for t in doc] == ["in", "dem", "Zentrum"]  # gold syntactic words
    assert doc[1].lemma_ == "der" and doc[1].pos_ == "DET" and str(doc[1].morph) == "Case=Dat"

    hipe = tmp_path / "HIPE-2022-v2.1-test-de.tsv"
    hipe.write_text(HIPE, encoding="utf-8")
    docs = list(convert.read_hipe(hipe))
    assert len(docs) == 2 and len(docs[0]) == 2  # two documents; two sentences in the first
    words, tags = docs[0][0]
    assert words[1] == "Fettwaarenfabrik" and len(words) == len(tags) == 6
    nlp = spacy.blank("de")
    ents = [(e.text, e.label_) for d in convert.hipe_docs(nlp, docs) for e in d.ents]
    assert ents == [("Fettwaarenfabrik Moll", "ORG"), ("Wien", "LOC"), ("Johann Strauß", "PER"), ("Berlin", "LOC")]
    assert convert.map_hipe_tag("B-prod", prod="MISC") == "B-MISC"
    assert convert.map_hipe_tag("I-time") == "O"


def test_convert_and_train(tmp_path: Path) -> None:
    """The converter output trains into a loadable pipeline with all components."""
    tsv = tmp_path / "NER-de-test.tsv"
    write_tsv(tsv)
    corpus = tmp_path / "train.spacy"
    assert convert.convert_germeval(tsv, corpus, per_doc=5) == 4
    pos = tmp_path / "train.conllu.pos"
    pos.write_text(UD_POS * 3, encoding="utf-8")
    nlp0 = spacy.blank("de")
    ge_docs = list(spacy.tokens.DocBin().from_disk(corpus).get_docs(nlp0.vocab))
    ud_docs = convert.ud_pos_docs(nlp0, convert.read_ud_pos(pos), per_doc=3)
    mixed = tmp_path / "mixed.spacy"
    convert.save([*ge_docs, *ud_docs], mixed)

    docs = list(spacy.tokens.DocBin().from_disk(corpus).get_docs(spacy.blank("de").vocab))
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PER", "ORG", "LOC", "MISC"}  # LOCderiv -> O, OTH -> MISC
    assert len(list(docs[0].sents)) == 5

    out = tmp_path / "model"
    import lemma_lookups  # noqa: F401  (registers press.de_lemma_lookups.v1)

    train(
        TRAINING / "configs" / "de_press_sm.cfg",
        out,
        overrides={
            "paths.train": str(mixed),
            "paths.dev": str(mixed),
            "training.max_steps": 5,
            "training.eval_frequency": 2,
            "training.optimizer.learn_rate.warmup_steps": 1,
            # overrides only: the smoke test needs no spacy-lookups-data
            "initialize.components.lemmatizer.lookups.overrides": str(TRAINING / "lemma_overrides.tsv"),
            "initialize.components.lemmatizer.lookups.base": False,
        },
    )
    nlp = spacy.load(out / "model-last")
    assert nlp.pipe_names == ["tok2vec", "senter", "morphologizer", "lemmatizer", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    doc = nlp("Angela Merkel besuchte Berlin. Die Siemens AG sitzt in München.")
    assert doc.has_annotation("SENT_START")
    assert doc.has_annotation("POS")
    assert doc[5].lemma_ == "der"  # "Die": lemma table stored inside the model


def test_bio_helpers() -> None:
    """Tag repair and BIO decoding handle the quirks of the source files."""
    assert convert.normalise_bio_tag("B-PEr") == "B-PER"
    assert convert.normalise_bio_tag("B_LOC") == "B-LOC"
    assert convert.normalise_bio_tag("I-MISC") == "O"
    assert convert.normalise_bio_tag("bed.") is None
    assert convert.map_germeval_tag("I-ORGpart") == "O"
    spans = convert.bio_to_spans(["I-PER", "I-PER", "O", "B-LOC", "B-LOC"])
    assert spans == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]
