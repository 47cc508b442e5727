"""Copy a trained pipeline into ``pipeline/models/de_press_sm`` with meta + README.

Sets the package metadata (name ``press_sm`` → package ``de_press_sm``,
version, description, sources with licences), stores the held-out scores from
``evaluate.py`` in ``meta.json["performance"]`` and writes a README.md with the
scores table.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path
from typing import Any

from evaluate import markdown

SOURCES: list[dict[str, str]] = [
    {
        "name": "GermEval 2014 NER (NoSta-D), test split (training)",
        "url": "https://sites.google.com/site/germeval2014ner/",
        "license": "CC BY 4.0",
        "author": "Benikova, Biemann, Reznicek (LREC 2014)",
    },
    {
        "name": "Europeana Newspapers NER corpora, German parts (training)",
        "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
        "license": "CC0 1.0",
        "author": "Europeana Newspapers Project, 2012-2015; Neudecker (LREC 2016)",
    },
    {
        "name": "Leipzig Corpora Collection, deu_news_2015_10K + deu_wikipedia_2016_10K "
        "(tok2vec pretraining; sentence-boundary training)",
        "url": "https://wortschatz.uni-leipzig.de/en/download",
        "license": "CC BY",
        "author": "© 2018 Abteilung Automatische Sprachverarbeitung, Universität Leipzig",
    },
    {
        "name": "HIPE-2022 German NER, NewsEye + SoNAR (all available splits; training)",
        "url": "https://github.com/hipe-eval/HIPE-2022-data",
        "license": "CC BY 4.0",
        "author": "Ehrmann et al., HIPE-2022; NewsEye and SoNAR projects",
    },
    {
        "name": "UD German-GSD (older release, UPOS only, train split; current dev for checkpoint selection)",
        "url": "https://github.com/UniversalDependencies/UD_German-GSD",
        "license": "CC BY-SA 4.0 (share-alike: see ATTRIBUTION.md)",
        "author": "Universal Dependencies; McDonald et al. (2013)",
    },
    {
        "name": "spacy-lookups-data 1.0.5, German lemma_lookup table (lemmatizer), plus project overrides",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT",
        "author": "ExplosionAI GmbH",
    },
]

VERSION = "0.2.0"


def build_meta(meta: dict[str, Any], scores: dict[str, Any], pretrained: bool) -> dict[str, Any]:
    """Return ``meta`` updated with the project's package metadata and scores."""
    ge, uner = scores["germeval_dev"], scores["uner_pud"]
    meta.update(
        {
            "lang": "de",
            "name": "press_sm",
            "version": VERSION,
            "description": (
                "Small German pipeline for press-release extraction: tok2vec + senter + morphologizer "
                "(UPOS only) + lookup lemmatizer + ner (PER, ORG, LOC, MISC). NER trained on GermEval 2014 "
                "(test split), Europeana Newspapers NER and HIPE-2022 (NewsEye, SoNAR); UPOS on UD German-GSD; "
                "lemmas from spacy-lookups-data's German table with project overrides; sentence boundaries "
                "also on Leipzig news sentences"
                + ("; tok2vec pretrained on Leipzig news/Wikipedia sentences." if pretrained else ".")
            ),
            "author": "press-release extraction project",
            "email": "",
            "url": "",
            # UPOS weights derive from UD German-GSD (CC BY-SA 4.0): share-alike
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "performance": {
                "ents_p": ge["ents_p"],
                "ents_r": ge["ents_r"],
                "ents_f": ge["ents_f"],
                "ents_per_type": ge["ents_per_type"],
                "sents_p": ge["sents_p"],
                "sents_r": ge["sents_r"],
                "sents_f": ge["sents_f"],
                "uner_pud_ents_f": uner["ents_f"],
                "uner_pud_sents_f": uner["sents_f"],
                "words_per_second": scores["words_per_second"],
                **{
                    f"{name}_{key}": scores[name][key]
                    for name in ("gsd_test", "ud_pud")
                    if name in scores
                    for key in ("pos_acc", "lemma_acc_ci", "lemma_acc")
                },
                "size_mb": scores.get("size_mb"),
            },
        }
    )
    return meta


README = """# de_press_sm {version}

Small German pipeline (spaCy `{spacy_version}`) built by this project (`training/`, see
`training/README.md`): `tok2vec` (shared, hash embeddings NORM/PREFIX/SUFFIX/SHAPE,
width 128, depth 4) → `senter` → `morphologizer` (sets `token.pos_` to the **UPOS**
tag; no morphological features, `token.tag_` stays empty) → `lemmatizer` (lookup mode:
spaCy's German table from `spacy-lookups-data` plus `training/lemma_overrides.tsv`, stored
inside the model in `lemmatizer/lookups/`; context-free, so `token.lemma_` does not use the
tag) → `ner` with the labels **PER, ORG, LOC, MISC** (the label set of `de_core_news_sm`).
No parser. Loading it needs only spaCy.

```python
import spacy
nlp = spacy.load("pipeline/models/de_press_sm")
doc = nlp("Die Siemens AG hat am Montag in München ihren neuen Vorstand Max Mustermann vorgestellt.")
print([(e.text, e.label_) for e in doc.ents], [s.text for s in doc.sents])
print([(t.text, t.pos_, t.lemma_) for t in doc])
```

Training data: GermEval 2014 NER test split (minus its last 500 sentences, used
for checkpoint selection), Europeana Newspapers German NER, HIPE-2022 German NER
(NewsEye + SoNAR; pers/loc/org → PER/LOC/ORG, prod and time → O), UD German-GSD
(UPOS of the whole-corpus older release, train split, closed-class tags remapped to the
current release; its current dev file joins the checkpoint-selection set) and, for the
senter only, the 10k Leipzig news sentences{pretrain_note}.
Evaluation data never used for training or model selection: GermEval 2014 dev
(2,200 sentences in 10-sentence documents), UNER German PUD (1,000 sentences;
it has no MISC, so MISC predictions are dropped and only PER/LOC/ORG are scored),
UD German-GSD test and UD German-PUD (UPOS and lemmas on gold tokens).
Licence: the weights derive from UD German-GSD (CC BY-SA 4.0), so the model is
distributed under CC BY-SA 4.0; licences and citations of every source: `../ATTRIBUTION.md`.

{history}

## Scores (held-out)

{table}

Reproduce with `make model DATA=../shared/data` from the repository root.
"""


# before → after table, filled in by hand from training/README.md's experiment log
HISTORY_PATH = Path(__file__).resolve().parent / "model_history.md"
HISTORY = HISTORY_PATH.read_text(encoding="utf-8") if HISTORY_PATH.exists() else ""


def write_readme(out: Path, scores: dict[str, Any], spacy_version: str, pretrained: bool) -> None:
    """Write the model README with the scores table."""
    note = (
        "; the tok2vec weights were initialised by `spacy pretrain` (characters objective) on the 20k Leipzig sentences"
        if pretrained
        else ""
    )
    text = README.format(
        version=VERSION, spacy_version=spacy_version, pretrain_note=note, table=markdown(scores), history=HISTORY
    )
    (out / "README.md").write_text(text, encoding="utf-8")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path, help="trained pipeline (e.g. .../model-best)")
    parser.add_argument("--scores", type=Path, required=True, help="JSON written by evaluate.py")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pretrained", action="store_true", help="tok2vec was initialised by spacy pretrain")
    args = parser.parse_args()
    scores = json.loads(args.scores.read_text(encoding="utf-8"))
    scores["size_mb"] = scores.get("size_mb", 0.0)
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(args.model, args.out)
    meta_path = args.out / "meta.json"
    meta = build_meta(json.loads(meta_path.read_text(encoding="utf-8")), scores, args.pretrained)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(args.out, scores, meta.get("spacy_version", ""), args.pretrained)
    print(f"packaged {args.model} -> {args.out}")


if __name__ == "__main__":
    main()
