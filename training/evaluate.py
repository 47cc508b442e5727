"""Evaluate a trained pipeline on GermEval 2014 dev, UNER German PUD and UD German.

Reports NER precision/recall/F overall and per label, sentence-boundary F,
UPOS accuracy on UD German-GSD test and UD German-PUD (gold tokens), lemma
accuracy on UD German-PUD (case-insensitive; GSD test for information),
Case accuracy if the pipeline predicts morphology, throughput (words/s, one
thread, raw text through the full pipeline) and size on disk.
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


def score_ud(nlp: Language, gold: list[Doc]) -> Scores:
    """Run ``nlp`` on gold tokens of UD Docs; UPOS, lemma (case-insensitive) and Case accuracy."""
    inputs = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in gold)
    predicted = list(nlp.pipe(inputs))
    n = pos_ok = lemma_ok = lemma_exact = 0
    case_n = case_ok = 0
    for p, g in zip(predicted, gold, strict=True):
        for tp, tg in zip(p, g, strict=True):
            n += 1
            pos_ok += tp.pos_ == tg.pos_
            lemma_ok += tp.lemma_.lower() == tg.lemma_.lower()
            lemma_exact += tp.lemma_ == tg.lemma_
            gold_case = tg.morph.get("Case")
            if gold_case:
                case_n += 1
                case_ok += tp.morph.get("Case") == gold_case
    has_pos = any(d.has_annotation("POS") for d in predicted)
    has_lemma = any(d.has_annotation("LEMMA") for d in predicted)
    has_case = any(t.morph.get("Case") for d in predicted for t in d)
    return {
        "pos_acc": round(pos_ok / n, 4) if has_pos else None,
        "lemma_acc_ci": round(lemma_ok / n, 4) if has_lemma else None,
        "lemma_acc": round(lemma_exact / n, 4) if has_lemma else None,
        "case_acc": round(case_ok / case_n, 4) if has_case and case_n else None,
        "sentences": len(gold),
        "words": n,
    }


def words_per_second(nlp: Language, texts: list[str], rounds: int = 3) -> float:
    """Throughput of the full pipeline (tokenizer included) on raw texts.

    The best of ``rounds`` passes: the machine is shared, so slower passes measure
    other people's jobs rather than the model.
    """
    list(nlp.pipe(texts[:200]))  # warm-up
    best = 0.0
    for _ in range(rounds):
        n_words = 0
        start = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=256):
            n_words += len(doc)
        best = max(best, n_words / (time.perf_counter() - start))
    return best


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
        "| test set (gold tokens) | UPOS acc. | lemma acc. (case-insens.) | lemma acc. (exact) |",
        "|---|---:|---:|---:|",
    ]
    for name, title in (("gsd_test", "UD German-GSD test"), ("ud_pud", "UD German-PUD")):
        r = results.get(name)
        if r:
            cells = [f"{r[k]:.3f}" if r.get(k) is not None else "–" for k in ("pos_acc", "lemma_acc_ci", "lemma_acc")]
            lines.append(f"| {title} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"- Speed: {results['words_per_second']:,.0f} words/s (one thread, 5,000 raw Leipzig sentences, tokenizer "
        "included, best of 3 passes on a shared machine)",
        f"- Size on disk: {results['size_mb']:.1f} MB",
    ]
    return "\n".join(lines)


def evaluate(model: Path, corpus: Path) -> Scores:
    """Evaluate ``model`` on the converted test sets under ``corpus``."""
    nlp = spacy.load(model)
    results: Scores = {"model": str(model)}
    results["germeval_dev"] = score(nlp, load_docs(nlp, corpus / "germeval_dev.spacy"))
    results["uner_pud"] = score(nlp, load_docs(nlp, corpus / "uner_pud.spacy"), keep_labels={"PER", "LOC", "ORG"})
    for name in ("gsd_test", "ud_pud"):
        if (corpus / f"{name}.spacy").exists():
            results[name] = score_ud(nlp, load_docs(nlp, corpus / f"{name}.spacy"))
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
