"""Convert the shared NER corpora into spaCy ``DocBin`` files.

Produces, in the output directory:

* ``train.spacy`` – GermEval 2014 *test* split (10 sentences per Doc, sentence
  starts set) minus the tuning slice, plus Europeana Newspapers NER (chunks of
  ~40 tokens, sentence starts left *missing*).
  Plus every second Leipzig news sentence (10 per Doc, tokenised by spaCy)
  with sentence starts set and NER left *missing*, for the senter only.
* ``tune.spacy`` – the last ``--tune-sents`` GermEval test sentences; used by
  ``spacy train`` for checkpoint selection so GermEval dev stays unseen.
* ``germeval_dev.spacy`` – GermEval 2014 dev (held-out evaluation set).
* ``uner_pud.spacy`` – UNER German PUD (second test set; one Doc per document).
* ``pretrain.jsonl`` – raw Leipzig sentences for ``spacy pretrain``.
* ``smartdata.spacy`` – only with ``--smartdata`` (experiments only, never
  used for the shipped model because of its unclear licence).

Labels are harmonised to PER / ORG / LOC / MISC (de_core_news_sm's set).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

Sentence = tuple[list[str], list[str]]  # (words, BIO tags)

LABELS = ("PER", "ORG", "LOC", "MISC")
GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
SENT_FINAL = {".", "!", "?"}


# --------------------------------------------------------------------------
# Readers: each yields (words, BIO tags) with labels already harmonised.
# --------------------------------------------------------------------------


def map_germeval_tag(tag: str) -> str:
    """Map a GermEval outer tag; ``*deriv``/``*part`` and unknown labels → O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = GERMEVAL_MAP.get(label)  # LOCderiv, ORGpart, ... are not in the map
    return f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O"


def read_germeval(path: Path) -> Iterator[Sentence]:
    """Read a GermEval 2014 TSV file (idx, token, outer tag, nested tag)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(map_germeval_tag(cols[2]))
    if words:
        yield words, tags


def normalise_bio_tag(raw: str) -> str | None:
    """Repair a Europeana/UNER tag (``B-PEr``, ``B_LOC``, ``B.PER`` …).

    Returns a clean ``B-X``/``I-X``/``O`` tag with X in PER/LOC/ORG, ``O`` for
    other labels (MISC, OTH, typos such as ``B-BER``), or ``None`` if ``raw``
    does not look like a tag at all.
    """
    tag = raw.strip().upper()
    if tag == "O":
        return "O"
    m = re.fullmatch(r"([BI])[-_.]([A-Z]+)", tag)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) in ("PER", "LOC", "ORG") else "O"


def read_europeana_tokens(path: Path) -> Iterator[tuple[str, str] | None]:
    """Yield ``(token, tag)`` from a Europeana ``.bio`` file; ``None`` at page breaks."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# "):
                yield None  # sbb page header: a hard document boundary
                continue
            parts = line.split()
            if not parts:
                continue
            tag = normalise_bio_tag(parts[-1]) if len(parts) > 1 else "O"
            words = parts[:-1] if tag is not None and len(parts) > 1 else parts
            tag = tag or "O"
            for i, word in enumerate(words):
                yield word, (f"I-{tag[2:]}" if i and tag != "O" else tag)


def chunk_europeana(path: Path, target: int = 40, hard_max: int = 80) -> Iterator[Sentence]:
    """Cut the sentence-less Europeana stream into ~``target``-token chunks.

    A chunk ends after sentence-final punctuation once it has ``target``
    tokens (or at ``hard_max`` tokens), never inside an entity.
    """
    words: list[str] = []
    tags: list[str] = []
    for item in read_europeana_tokens(path):
        if item is None:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        word, tag = item
        if len(words) >= hard_max and not tag.startswith("I-"):
            yield words, tags
            words, tags = [], []
        words.append(word)
        tags.append(tag)
        if len(words) >= target and word in SENT_FINAL:
            yield words, tags
            words, tags = [], []
    if words:
        yield words, tags


def read_uner(path: Path) -> Iterator[list[Sentence]]:
    """Read UNER ``.iob2``; yield one list of sentences per ``# newdoc``."""
    doc: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc") and doc:
                yield doc
                doc = []
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    doc.append((words, tags))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(normalise_bio_tag(cols[2]) or "O")
    if words:
        doc.append((words, tags))
    if doc:
        yield doc


def read_smartdata(path: Path, nlp: Language) -> Iterator[Doc]:
    """Read SmartData v1 (experiments only): person/organization*/location* → PER/ORG/LOC."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        obj, pos = decoder.raw_decode(text, pos)
        doc = nlp.make_doc(obj["text"]["string"])
        spans = []
        for m in obj.get("conceptMentions", {}).get("array", []):
            kind = m["type"]
            label = {"person": "PER", "organization": "ORG", "organization-company": "ORG"}.get(kind)
            if label is None and kind.startswith("location"):
                label = "LOC"
            if label:
                span = doc.char_span(m["span"]["start"], m["span"]["end"], label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.ents = spacy.util.filter_spans(spans)
        for token in doc:
            token.is_sent_start = None if token.i else True
        yield doc


# --------------------------------------------------------------------------
# Building Docs
# --------------------------------------------------------------------------


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn BIO tags into ``(start, end, label)`` token spans (lenient I- starts)."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if label and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            label = ""
        if prefix in ("B", "I") and not label:
            start, label = i, lab
    return spans


def make_doc(nlp: Language, sentences: list[Sentence], sents_known: bool = True) -> Doc:
    """Build one Doc from sentences; sentence starts set, or all missing."""
    words = [w for ws, _ in sentences for w in ws]
    tags = [t for _, ts in sentences for t in ts]
    if sents_known:
        sent_starts: list[bool | None] = [i == 0 for ws, _ in sentences for i in range(len(ws))]
    else:
        sent_starts = [None] * len(words)
    doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in bio_to_spans(tags)]
    return doc


def group(sentences: list[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Yield consecutive groups of ``size`` sentences."""
    for i in range(0, len(sentences), size):
        yield sentences[i : i + size]


def germeval_docs(nlp: Language, sentences: list[Sentence], per_doc: int = 10) -> list[Doc]:
    """GermEval sentences → multi-sentence Docs with sentence starts set."""
    return [make_doc(nlp, g) for g in group(sentences, per_doc)]


def save(docs: Iterable[Doc], path: Path) -> int:
    """Write Docs to a ``.spacy`` file and return how many were written."""
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def convert_germeval(tsv: Path, out: Path, per_doc: int = 10) -> int:
    """Convert one GermEval TSV into a DocBin (used by the smoke test too)."""
    nlp = spacy.blank("de")
    return save(germeval_docs(nlp, list(read_germeval(tsv)), per_doc), out)


def convert_all(data: Path, out: Path, tune_sents: int = 500, smartdata: bool = False) -> dict[str, int]:
    """Convert every corpus under ``data`` into ``out``; return Doc counts."""
    nlp = spacy.blank("de")
    counts: dict[str, int] = {}
    ge_test = list(read_germeval(data / "germeval2014" / "NER-de-test.tsv"))
    ge_train, ge_tune = ge_test[:-tune_sents], ge_test[-tune_sents:]
    europeana = [
        make_doc(nlp, [chunk], sents_known=False)
        for name in ("lft", "onb", "sbb")
        for chunk in chunk_europeana(data / "europeana_ner_de" / f"enp_DE.{name}.bio")
    ]
    leipzig = leipzig_senter_docs(nlp, data / "leipzig_de_10k" / "deu_news_2015_10K-sentences.txt")
    counts["train"] = save([*germeval_docs(nlp, ge_train), *europeana, *leipzig], out / "train.spacy")
    counts["tune"] = save(germeval_docs(nlp, ge_tune), out / "tune.spacy")
    ge_dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    counts["germeval_dev"] = save(germeval_docs(nlp, ge_dev), out / "germeval_dev.spacy")
    uner = data / "uner_de_pud" / "de_pud-ud-test.iob2"
    counts["uner_pud"] = save((make_doc(nlp, d) for d in read_uner(uner)), out / "uner_pud.spacy")
    counts["pretrain"] = write_pretrain_text(data / "leipzig_de_10k", out / "pretrain.jsonl")
    if smartdata:
        smart = read_smartdata(data / "smartdata_v1" / "train.json.gz", nlp)
        counts["smartdata"] = save(smart, out / "smartdata.spacy")
    return counts


def leipzig_senter_docs(nlp: Language, path: Path, step: int = 2, per_doc: int = 10) -> list[Doc]:
    """Every ``step``-th Leipzig sentence, tokenised by spaCy, ``per_doc`` per Doc.

    These Docs teach the senter sentence boundaries on real tokenizer output;
    they carry no NER annotation (entities *missing*, not O).
    """
    with path.open(encoding="utf-8") as f:
        texts = [line.rstrip("\n").partition("\t")[2] for line in f][::step]
    docs = []
    for i in range(0, len(texts), per_doc):
        sents = [nlp.make_doc(t) for t in texts[i : i + per_doc] if t.strip()]
        words = [t.text for s in sents for t in s]
        spaces = [bool(t.whitespace_) or t.i == len(s) - 1 for s in sents for t in s]
        starts = [t.i == 0 for s in sents for t in s]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts))
    return docs


def write_pretrain_text(leipzig: Path, out: Path) -> int:
    """Write the Leipzig sentences as ``{"text": ...}`` JSONL for ``spacy pretrain``."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(leipzig.glob("*-sentences.txt")):
            for line in path.open(encoding="utf-8"):
                _, _, text = line.rstrip("\n").partition("\t")
                if text:
                    f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                    n += 1
    return n


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    parser.add_argument("--out", type=Path, required=True, help="output (build) directory")
    parser.add_argument("--tune-sents", type=int, default=500)
    parser.add_argument("--smartdata", action="store_true", help="also convert SmartData (experiments only)")
    args = parser.parse_args()
    counts = convert_all(args.data, args.out, args.tune_sents, args.smartdata)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
