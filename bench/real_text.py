"""Accuracy on real text nobody here wrote: the whole pipeline over GermEval 2014 dev
(never trained on) and UNER German PUD, grouped into pseudo-releases, scored at
mention level against their own annotation — beside the bundled model alone.

    python -m bench.real_text --data ../shared/data [--per-doc 10] [--limit N]

Each pseudo-release is ``--per-doc`` consecutive sentences, tokens joined by
spaces, one sentence per line. A mention counts when label and character span
match a gold entity exactly (PER, LOC, ORG; GermEval's *deriv/*part and OTH
are not entities here). Releases whose cleaned text differs from what was
written (clean removes soft hyphens, page-furniture rules cut a line) are scored
against the gold spans moved to their place in the cleaned text (those that
survived unchanged); the model alone is scored on the texts as written.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import logging
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

LABELS = ("PER", "LOC", "ORG")
Sentence = tuple[list[str], list[str]]  # words, BIO tags with PER/LOC/ORG or O


def read_germeval(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    for line in path.open(encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if line.startswith("#"):
            continue
        if len(cols) < 3:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        prefix, _, label = cols[2].partition("-")
        words.append(cols[1])
        tags.append(f"{prefix}-{label}" if label in LABELS else "O")
    if words:
        yield words, tags


def read_uner(path: Path) -> Iterator[Sentence]:
    words: list[str] = []
    tags: list[str] = []
    for line in path.open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        prefix, _, label = cols[2].upper().replace("_", "-").partition("-")
        words.append(cols[1])
        tags.append(f"{prefix}-{label}" if label in LABELS else "O")
    if words:
        yield words, tags


def release(sentences: list[Sentence]) -> tuple[str, set[tuple[int, int, str]]]:
    """The text of a pseudo-release and its gold entities as (start, end, label) characters."""
    lines, gold, offset = [], set(), 0
    for words, tags in sentences:
        starts, position = [], offset
        for word in words:
            starts.append(position)
            position += len(word) + 1
        open_start, open_label, last_end = -1, "", 0
        for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
            prefix, _, label = tag.partition("-")
            if open_label and (prefix != "I" or label != open_label):
                gold.add((open_start, last_end, open_label))
                open_label = ""
            if prefix in ("B", "I") and not open_label:
                open_start, open_label = starts[i], label
            last_end = starts[i] + len(word)
        if open_label:
            gold.add((open_start, last_end, open_label))
        line = " ".join(words)
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines) + "\n", gold


def score(gold: dict[str, set], pred: dict[str, set]) -> dict[str, dict[str, float]]:
    out = {}
    for label in (*LABELS, "ALL"):
        def keep(items: set, label: str = label) -> set:
            return {i for i in items if label == "ALL" or i[2] == label}

        tp = sum(len(keep(gold[d]) & keep(pred.get(d, set()))) for d in gold)
        n_gold = sum(len(keep(gold[d])) for d in gold)
        n_pred = sum(len(keep(pred.get(d, set()))) for d in gold)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[label] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
                      "gold": n_gold, "pred": n_pred}
    return out


def evaluate_set(name: str, sentences: list[Sentence], per_doc: int, work: Path) -> dict:
    from pipeline import config, nlp
    from pipeline.run import run

    corpus = work / name / "corpus"
    corpus.mkdir(parents=True)
    gold: dict[str, set] = {}
    texts: dict[str, str] = {}
    for n in range(0, len(sentences), per_doc):
        doc_id = f"{name}_{n // per_doc:05d}"
        text, entities = release(sentences[n:n + per_doc])
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        gold[doc_id], texts[doc_id] = entities, text
    out = work / name / "out"
    settings = config.load(cache=False)
    run([corpus], out, settings, progress=False)
    pipeline_pred: dict[str, set] = defaultdict(set)
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["label"] in LABELS:
                pipeline_pred[row["doc_id"]].add((int(row["start"]), int(row["end"]), row["label"]))
    changed = {d for d in gold if (out / "texts" / f"{d}.txt").is_file()
               and (out / "texts" / f"{d}.txt").read_text("utf-8") != texts[d]}
    pipeline_gold = dict(gold)
    for doc_id in changed:  # the pipeline's offsets refer to the cleaned text: move the gold spans there
        cleaned = (out / "texts" / f"{doc_id}.txt").read_text("utf-8")
        pipeline_gold[doc_id] = moved_spans(gold[doc_id], texts[doc_id], cleaned)
    language = nlp.load(settings)
    model_pred = {doc_id: {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
                  for doc_id, doc in zip(texts, nlp.parse(language, list(texts.values())), strict=True)}
    return {"releases": len(gold), "changed_by_clean": len(changed), "model": nlp.model_label(language),
            "pipeline": score(pipeline_gold, pipeline_pred), "model_alone": score(gold, model_pred)}


def moved_spans(spans: set[tuple[int, int, str]], text: str, cleaned: str) -> set[tuple[int, int, str]]:
    """Gold spans of ``text`` at their place in ``cleaned`` (clean removes soft hyphens, cuts lines …);
    a span whose text did not survive unchanged is dropped."""
    offsets: dict[int, int] = {}
    for tag, i1, i2, j1, _j2 in difflib.SequenceMatcher(None, text, cleaned, autojunk=False).get_opcodes():
        if tag == "equal":
            offsets.update((i1 + k, j1 + k) for k in range(i2 - i1))
    out = set()
    for start, end, label in spans:
        if start in offsets and end - 1 in offsets:
            new_start, new_end = offsets[start], offsets[end - 1] + 1
            if cleaned[new_start:new_end] == text[start:end]:
                out.add((new_start, new_end, label))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--per-doc", type=int, default=10)
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences of each set")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    sets = {
        "germeval_dev": list(read_germeval(args.data / "germeval2014" / "NER-de-dev.tsv")),
        "uner_pud": list(read_uner(args.data / "uner_de_pud" / "de_pud-ud-test.iob2")),
    }
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, sentences in sets.items():
            results[name] = evaluate_set(name, sentences[:args.limit or None], args.per_doc, Path(tmp))
    for name, result in results.items():
        print(f"{name}: {result['releases']} pseudo-releases ({result['changed_by_clean']} changed by clean), "
              f"model {result['model']}")
        print(f"  {'label':<6} {'pipeline P/R/F1':>22} {'model alone P/R/F1':>24}")
        for label in (*LABELS, "ALL"):
            a, b = result["pipeline"][label], result["model_alone"][label]
            print(f"  {label:<6} {a['p']:6.3f} {a['r']:6.3f} {a['f1']:6.3f}      "
                  f"{b['p']:6.3f} {b['r']:6.3f} {b['f1']:6.3f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
