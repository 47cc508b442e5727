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
]


def build_meta(meta: dict[str, Any], scores: dict[str, Any], pretrained: bool) -> dict[str, Any]:
    """Return ``meta`` updated with the project's package metadata and scores."""
    ge, uner = scores["germeval_dev"], scores["uner_pud"]
    meta.update(
        {
            "lang": "de",
            "name": "press_sm",
            "version": "0.1.0",
            "description": (
                "Small German pipeline for press-release extraction: tok2vec + senter + ner "
                "(PER, ORG, LOC, MISC). Trained on GermEval 2014 (test split) and Europeana "
                "Newspapers NER, sentence boundaries also on Leipzig news sentences"
                + ("; tok2vec pretrained on Leipzig news/Wikipedia sentences." if pretrained else ".")
            ),
            "author": "press-release extraction project",
            "email": "",
            "url": "",
            "license": "CC BY 4.0",
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
            },
        }
    )
    return meta


README = """# de_press_sm 0.1.0

Small German pipeline (spaCy `{spacy_version}`) built by this project (`training/`, see
`training/README.md`): `tok2vec` (shared, hash embeddings NORM/PREFIX/SUFFIX/SHAPE,
width 128, depth 4) → `senter` → `ner` with the labels **PER, ORG, LOC, MISC**
(the label set of `de_core_news_sm`). No tagger, parser or lemmatizer.

```python
import spacy
nlp = spacy.load("pipeline/models/de_press_sm")
doc = nlp("Die Siemens AG hat am Montag in München ihren neuen Vorstand Max Mustermann vorgestellt.")
print([(e.text, e.label_) for e in doc.ents], [s.text for s in doc.sents])
```

Training data: GermEval 2014 NER test split (minus its last 500 sentences, used
for checkpoint selection), Europeana Newspapers German NER and, for the senter
only, 5k Leipzig news sentences{pretrain_note}.
Evaluation data never used for training or model selection: GermEval 2014 dev
(2,200 sentences in 10-sentence documents) and UNER German PUD (1,000 sentences;
it has no MISC, so MISC predictions are dropped and only PER/LOC/ORG are scored).
Licences and citations: `../ATTRIBUTION.md`.

## Scores (held-out)

{table}

Reproduce with `make model DATA=../shared/data` from the repository root.
"""


def write_readme(out: Path, scores: dict[str, Any], spacy_version: str, pretrained: bool) -> None:
    """Write the model README with the scores table."""
    note = (
        "; the tok2vec weights were initialised by `spacy pretrain` (characters objective) on the 20k Leipzig sentences"
        if pretrained
        else ""
    )
    text = README.format(spacy_version=spacy_version, pretrain_note=note, table=markdown(scores))
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
