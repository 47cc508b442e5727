"""Evaluate a trained pipeline on GermEval 2014 dev and UNER German PUD.

Reports NER precision/recall/F overall and per label, sentence-boundary F and
throughput (words/s, one thread, raw text through the full pipeline).
UNER PUD has no MISC annotation, so MISC predictions are dropped and the scores
are restricted to PER/LOC/ORG there.

Writes a JSON file and, optionally, a Markdown scores section.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

Scores = dict[str, Any]


def load_docs(nlp: Language, path: Path) -> list[Doc]:
    """Load gold Docs from a ``.spacy`` file."""
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def score(nlp: Language, gold: list[Doc], keep_labels: set[str] | None = None) -> Scores:
    """Run ``nlp`` on the gold tokenisation and score ents and sentences.

    If ``keep_labels`` is given, predicted entities with other labels are
    removed before scoring (gold is assumed to use only those labels).
    """
    inputs = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold)
    predicted = list(nlp.pipe(inputs))
    if keep_labels is not None:
        for doc in predicted:
            doc.ents = [e for e in doc.ents if e.label_ in keep_labels]
    examples = [Example(p, g) for p, g in zip(predicted, gold, strict=True)]
    ents = Scorer.score_spans(examples, "ents")
    sents = Scorer.score_spans(examples, "sents", has_annotation=lambda d: d.has_annotation("SENT_START"))
    per_type = {
        label: {k: round(v, 4) for k, v in prf.items()}
        for label, prf in sorted((ents.get("ents_per_type") or {}).items())
    }
    return {
        "ents_p": round(ents["ents_p"], 4),
        "ents_r": round(ents["ents_r"], 4),
        "ents_f": round(ents["ents_f"], 4),
        "ents_per_type": per_type,
        "sents_p": round(sents["sents_p"], 4),
        "sents_r": round(sents["sents_r"], 4),
        "sents_f": round(sents["sents_f"], 4),
        "docs": len(gold),
        "words": sum(len(d) for d in gold),
    }


def words_per_second(nlp: Language, texts: list[str], repeats: int = 1) -> float:
    """Throughput of the full pipeline (tokenizer included) on raw texts."""
    list(nlp.pipe(texts[:200]))  # warm-up
    n_words = 0
    start = time.perf_counter()
    for _ in range(repeats):
        for doc in nlp.pipe(texts, batch_size=256):
            n_words += len(doc)
    return n_words / (time.perf_counter() - start)


def read_raw_texts(path: Path, limit: int = 5000) -> list[str]:
    """Read up to ``limit`` texts from a ``{"text": ...}`` JSONL file."""
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def dir_size_mb(path: Path) -> float:
    """Total size of the files under ``path`` in MB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def markdown(results: Scores) -> str:
    """Render the results as a Markdown scores section."""
    lines = ["| test set | label | P | R | F |", "|---|---|---:|---:|---:|"]
    for name, title in (("germeval_dev", "GermEval 2014 dev"), ("uner_pud", "UNER German PUD (PER/LOC/ORG)")):
        r = results[name]
        for label, prf in r["ents_per_type"].items():
            lines.append(f"| {title} | {label} | {prf['p']:.3f} | {prf['r']:.3f} | {prf['f']:.3f} |")
        p, rec, f = r["ents_p"], r["ents_r"], r["ents_f"]
        lines.append(f"| {title} | **all** | **{p:.3f}** | **{rec:.3f}** | **{f:.3f}** |")
        p, rec, f = r["sents_p"], r["sents_r"], r["sents_f"]
        lines.append(f"| {title} | sentence boundaries | {p:.3f} | {rec:.3f} | {f:.3f} |")
    lines += [
        "",
        f"- Speed: {results['words_per_second']:,.0f} words/s (one thread, raw Leipzig sentences, tokenizer included)",
        f"- Size on disk: {results['size_mb']:.1f} MB",
    ]
    return "\n".join(lines)


def evaluate(model: Path, corpus: Path) -> Scores:
    """Evaluate ``model`` on the converted test sets under ``corpus``."""
    nlp = spacy.load(model)
    results: Scores = {"model": str(model)}
    results["germeval_dev"] = score(nlp, load_docs(nlp, corpus / "germeval_dev.spacy"))
    results["uner_pud"] = score(nlp, load_docs(nlp, corpus / "uner_pud.spacy"), keep_labels={"PER", "LOC", "ORG"})
    results["words_per_second"] = round(words_per_second(nlp, read_raw_texts(corpus / "pretrain.jsonl")))
    results["size_mb"] = round(dir_size_mb(model), 2)
    return results


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--corpus", type=Path, required=True, help="directory written by convert.py")
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--markdown", type=Path, help="write a Markdown scores table here")
    args = parser.parse_args()
    results = evaluate(args.model, args.corpus)
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(results) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
