"""Convert the shared NER corpora into spaCy ``DocBin`` files.

Produces, in the output directory:

* ``train.spacy`` – GermEval 2014 *test* split (10 sentences per Doc, sentence
  starts set; twice) minus the tuning slice, Europeana Newspapers NER (chunks of
  ~40 tokens, sentence starts left *missing*), HIPE-2022 German (sentences with
  an entity, 5 per Doc, sentence starts missing), UD German-GSD (UPOS only,
  remapped to the current release, NER missing) and every Leipzig news sentence
  (10 per Doc, tokenised by spaCy) with sentence starts set and NER left
  *missing*, for the senter only. ``--ler N`` adds N LER sentences (experiments).
* ``tune.spacy`` – the last ``--tune-sents`` GermEval test sentences plus the
  current GSD dev file (UPOS); used by ``spacy train`` for checkpoint selection
  so GermEval dev stays unseen.
* ``gsd_test.spacy``, ``ud_pud.spacy`` – held-out UD test sets (gold tokens,
  UPOS, lemmas, features); ``gsd_dev.spacy`` – GSD dev with features.
* ``germeval_dev.spacy`` – GermEval 2014 dev (held-out evaluation set).
* ``uner_pud.spacy`` – UNER German PUD (second test set; one Doc per document).
* ``pretrain.jsonl`` – raw Leipzig sentences for ``spacy pretrain``.
* ``smartdata.spacy`` – only with ``--smartdata`` (experiments only, never
  used for the shipped model because of its unclear licence).

Labels are harmonised to PER / ORG / LOC / MISC (de_core_news_sm's set).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
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
# Universal Dependencies (UPOS, lemmas) and HIPE-2022
# --------------------------------------------------------------------------

UDSentence = list[dict[str, str]]  # one dict per word: form, upos, lemma, feats, space

# Determiner stems: the older GSD release tags these PRON (ADJ for "ander-"),
# the current release DET (STTS PIS/PIAT/PDS/PDAT/PPOSS/PPOSAT).
DET_STEM = re.compile(
    r"(dies|jen|mein|dein|sein|unser|eur|euer|kein|all|jed|manch|einig|viel|wenig|mehr|"
    r"beid|solch|ander|etlich|sämtlich|meist|ein)(e|er|es|em|en|s)?"
)
ORDINAL = re.compile(r"\d+\.")


def read_ud_pos(path: Path, table: dict[tuple[str, str], str] | None = None) -> Iterator[Sentence]:
    """Read the whole-corpus GSD ``word##UPOS`` file: one sentence per line.

    With ``table`` the tags are first remapped to the current release
    (:func:`remap_gsd`, on syntactic words). Multi-word tokens
    (``im##_ in##ADP dem##DET``) then become the surface token (``im``) with
    the first part's tag, as spaCy's tokenizer does not split them.
    """
    with path.open(encoding="utf-8") as f:
        for line in f:
            items = [t.rsplit("##", 1) for t in line.split()]
            if not items:
                continue
            if table is not None:
                syn = [i for i, (_, t) in enumerate(items) if t != "_"]
                new = remap_gsd([items[i][0] for i in syn], [items[i][1] for i in syn], table)
                for i, t in zip(syn, new, strict=True):
                    items[i] = [items[i][0], t]
            words: list[str] = []
            tags: list[str] = []
            i = 0
            while i < len(items):
                word, tag = items[i]
                if tag == "_" and i + 1 < len(items):
                    words.append(word)
                    tags.append(items[i + 1][1])
                    i += 3  # German MWTs have two parts
                    continue
                words.append(word)
                tags.append(tag)
                i += 1
            yield words, tags


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Read CoNLL-U into lists of syntactic words (multi-word-token ranges skipped)."""
    sent: UDSentence = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            feats = "" if cols[5] == "_" else cols[5]
            sent.append(
                {
                    "form": cols[1],
                    "lemma": cols[2],
                    "upos": cols[3],
                    "feats": feats,
                    "space": "SpaceAfter=No" not in cols[9],
                }
            )
    if sent:
        yield sent


def learn_gsd_remap(old_dev: Path, new_dev: Path) -> dict[tuple[str, str], str]:
    """(lowercased word, old tag) → current tag, where the current dev file disagrees
    with the old release on the majority of the word's occurrences (≥ 2)."""
    from collections import Counter

    votes: dict[tuple[str, str], Counter[str]] = {}
    for (words, tags), new in zip(read_ud_pos_words(old_dev), read_conllu(new_dev), strict=True):
        if [w["form"] for w in new] != words:
            continue
        for word, tag, w in zip(words, tags, new, strict=True):
            votes.setdefault((word.lower(), tag), Counter())[w["upos"]] += 1
    table = {}
    for key, c in votes.items():
        best, n = c.most_common(1)[0]
        if best != key[1] and n >= 2 and n > c.get(key[1], 0):
            table[key] = best
    return table


def read_ud_pos_words(path: Path) -> Iterator[Sentence]:
    """Like :func:`read_ud_pos` but keeps syntactic words (MWT lines dropped)."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            items = [t.rsplit("##", 1) for t in line.split()]
            yield [w for w, t in items if t != "_"], [t for _, t in items if t != "_"]


def remap_gsd(words: list[str], tags: list[str], table: dict[tuple[str, str], str]) -> list[str]:
    """Bring the older GSD release's closed-class tags in line with the current one."""
    out = list(tags)
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        low = word.lower()
        nxt = tags[i + 1] if i + 1 < len(tags) else ""
        if (low, tag) in table:
            out[i] = table[(low, tag)]
        elif tag == "PRON" and low in ("ihr", "ihrer") and nxt in ("NOUN", "ADJ", "PROPN", "NUM"):
            out[i] = "DET"  # possessive, not the personal pronoun
        elif (tag == "PRON" and low not in ("ihr", "ihrer") and DET_STEM.fullmatch(low)) or (
            tag == "ADJ" and re.fullmatch(r"ander(e|er|es|em|en)?", low)
        ):
            out[i] = "DET"
        elif tag == "NUM" and ORDINAL.fullmatch(word):
            out[i] = "ADJ"
    return out


def ud_pos_docs(nlp: Language, sentences: Iterable[Sentence], per_doc: int = 10, sents_known: bool = True) -> list[Doc]:
    """Sentences with UPOS → Docs of ``per_doc`` sentences, NER missing.

    With ``sents_known``, a sentence start is set only after a sentence that ends in
    ``.``/``!``/``?``/``:``/quote; GSD's web-review sentences often end without
    punctuation, and such a boundary is marked as *no* sentence start (press text
    separates unpunctuated lines by newlines, which the pipeline handles). With all
    GSD sentence starts left missing, the senter collapsed (run r6); with all of them
    set, it learned to split unpunctuated text (run r4).
    """
    docs = []
    sents = list(sentences)
    for g in group(sents, per_doc):
        words = [w for ws, _ in g for w in ws]
        pos = [t for _, ts in g for t in ts]
        starts: list[bool | None] = []
        prev_final = True
        for ws, _ in g:
            starts += [i == 0 and prev_final for i in range(len(ws))]
            prev_final = ws[-1] in SENT_FINAL or ws[-1] in (":", '"', "“", "«", "»", "'")
        if not sents_known:
            starts = [None] * len(words)
        docs.append(Doc(nlp.vocab, words=words, pos=pos, sent_starts=starts))
    return docs


def conllu_doc(nlp: Language, sentences: list[UDSentence], morph: bool = False) -> Doc:
    """CoNLL-U sentences → one Doc with UPOS, lemmas, sentence starts (and features)."""
    words = [w["form"] for s in sentences for w in s]
    kwargs: dict[str, object] = {}
    if morph:
        kwargs["morphs"] = [w["feats"] for s in sentences for w in s]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[bool(w["space"]) for s in sentences for w in s],
        pos=[w["upos"] for s in sentences for w in s],
        lemmas=[w["lemma"] for s in sentences for w in s],
        sent_starts=[i == 0 for s in sentences for i in range(len(s))],
        **kwargs,
    )


HIPE_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}  # prod/HumanProd, time → O


def map_hipe_tag(tag: str, prod: str = "O") -> str:
    """Map a HIPE NE-COARSE-LIT tag to PER/LOC/ORG (prod → ``prod``, time → O)."""
    if tag in ("O", "_", "") or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    label = label.upper()
    mapped = HIPE_MAP.get(label)
    if mapped is None and label in ("PROD", "HUMANPROD") and prod != "O":
        mapped = prod
    return f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O"


def read_hipe(path: Path, prod: str = "O") -> Iterator[list[Sentence]]:
    """Read a HIPE-2022 TSV; yield one list of sentences per document.

    Sentences end at ``EndOfSentence``; line-end hyphenation (``Fett¬`` +
    ``waarenfabrik``) is joined; the long s ``ſ`` becomes ``s``.
    """
    doc: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    join_next = False
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("TOKEN\t") or not line.strip():
                continue
            if line.startswith("#"):
                if "document_id" in line and (doc or words):
                    if words:
                        doc.append((words, tags))
                    yield doc
                    doc, words, tags = [], [], []
                continue
            cols = line.split("\t")
            token = cols[0].replace("ſ", "s")
            tag = map_hipe_tag(cols[1], prod)
            misc = cols[-1]
            if join_next and words:
                words[-1] += token
                join_next = False
            else:
                words.append(token)
                tags.append(tag)
            if token.endswith("¬") and "EndOfLine" in misc and len(token) > 1:
                words[-1] = words[-1][:-1]
                join_next = True
            if "EndOfSentence" in misc and not join_next:
                doc.append((words, tags))
                words, tags = [], []
    if words:
        doc.append((words, tags))
    if doc:
        yield doc


def hipe_docs(
    nlp: Language, documents: Iterable[list[Sentence]], per_doc: int = 5, only_with_ents: bool = False
) -> list[Doc]:
    """HIPE documents → Docs of ``per_doc`` sentences; sentence starts left missing
    (the OCR'd sentence splits are too noisy to teach the senter).

    With ``only_with_ents`` only sentences that contain an entity are kept: HIPE's
    entity density (~3 % of tokens) is far below GermEval's (~7 %) and pulled
    recall down (run r4).
    """
    docs = []
    for d in documents:
        if only_with_ents:
            d = [(ws, ts) for ws, ts in d if any(t != "O" for t in ts)]
        docs += [make_doc(nlp, g, sents_known=False) for g in group(d, per_doc)]
    return docs


LER_MAP = {
    **dict.fromkeys(("PER", "RR", "AN"), "PER"),
    **dict.fromkeys(("LD", "ST", "STR", "LDS"), "LOC"),
    **dict.fromkeys(("ORG", "UN", "INN", "GRT", "MRK"), "ORG"),
    **dict.fromkeys(("GS", "VO", "EUN", "VS", "VT"), "MISC"),
}  # RS (court decisions), LIT → O; as in ler_de/SOURCE.md


def map_ler_tag(tag: str) -> str:
    """Map a fine LER tag to PER/LOC/ORG/MISC (RS, LIT → O)."""
    prefix, _, label = tag.strip().partition("-")
    mapped = LER_MAP.get(label)
    return f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O"


def read_ler(path: Path) -> Iterator[Sentence]:
    """Read an LER ``.conll`` file (``token tag`` per line, blank line between sentences)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(map_ler_tag(parts[-1]) if len(parts) > 1 else "O")
    if words:
        yield words, tags


def sample_ler(ler_dir: Path, n: int, seed: int = 0) -> list[Sentence]:
    """Deduplicated LER sentences with at least one PER/LOC/ORG entity, ``n`` sampled."""
    import random

    seen: set[tuple[str, ...]] = set()
    pool: list[Sentence] = []
    for path in sorted(ler_dir.glob("*.conll")):
        for words, tags in read_ler(path):
            key = tuple(words)
            if key in seen:
                continue
            seen.add(key)
            if any(t[2:] in ("PER", "LOC", "ORG") for t in tags if t != "O"):
                pool.append((words, tags))
    random.Random(seed).shuffle(pool)
    return pool[:n]


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


def mention_inventory(sentences: list[Sentence]) -> dict[str, list[list[str]]]:
    """Every entity mention of the sentences as its words, grouped by label."""
    inventory: dict[str, list[list[str]]] = {}
    for words, tags in sentences:
        for start, end, label in bio_to_spans(tags):
            inventory.setdefault(label, []).append(words[start:end])
    return inventory


def replace_mentions(
    sentences: list[Sentence], inventory: dict[str, list[list[str]]], rng: random.Random, share: float = 0.5
) -> list[Sentence]:
    """Mention-replacement augmentation: a copy of the sentences in which about ``share``
    of the entity mentions are swapped for another mention of the same label, so the
    model learns from contexts rather than memorising names."""
    out: list[Sentence] = []
    for words, tags in sentences:
        new_words: list[str] = []
        new_tags: list[str] = []
        last = 0
        for start, end, label in bio_to_spans(tags):
            new_words += words[last:start]
            new_tags += tags[last:start]
            mention = words[start:end]
            if label in inventory and rng.random() < share:
                mention = rng.choice(inventory[label])
            new_words += mention
            new_tags += [f"B-{label}"] + [f"I-{label}"] * (len(mention) - 1)
            last = end
        out.append((new_words + words[last:], new_tags + tags[last:]))
    return out


def gazetteer_places(path: Path) -> list[list[str]]:
    """Municipality names of the Destatis directory as word lists (training-time augmentation)."""
    with path.open(encoding="utf-8") as f:
        names = {row["gemeinde_name"] for row in csv.DictReader(f)}
    return [name.split() for name in sorted(names) if name and not re.search(r"[(),/]", name)]


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


def convert_all(
    data: Path,
    out: Path,
    tune_sents: int = 500,
    smartdata: bool = False,
    hipe: bool = True,
    gsd: bool = True,
    hipe_prod: str = "O",
    ler: int = 0,
    hipe_all: bool = False,
    germeval_repeat: int = 2,
    leipzig_step: int = 1,
    augment: bool = False,
) -> dict[str, int]:
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
    leipzig = leipzig_senter_docs(nlp, data / "leipzig_de_10k" / "deu_news_2015_10K-sentences.txt", step=leipzig_step)
    # GermEval (modern news/Wikipedia, the target domain) is repeated against the historical sets
    train = [*germeval_docs(nlp, ge_train) * (1 if augment else germeval_repeat), *europeana, *leipzig]
    if augment:  # the other copies with swapped mentions (places partly from the gazetteer)
        inventory = mention_inventory(ge_train)
        places = gazetteer_places(data / "gazetteer_de_admin" / "gemeinden.csv")
        rng = random.Random(0)
        inventory["LOC"] = inventory["LOC"] + rng.sample(places, len(inventory["LOC"]))
        for _ in range(germeval_repeat - 1):
            train += germeval_docs(nlp, replace_mentions(ge_train, inventory, rng))
    tune = germeval_docs(nlp, ge_tune)
    if hipe:
        hipe_files = sorted((data / "hipe2022_de").glob("HIPE-2022-*-de.tsv"))
        hdocs = hipe_docs(
            nlp, (d for path in hipe_files for d in read_hipe(path, hipe_prod)), only_with_ents=not hipe_all
        )
        counts["hipe_docs"] = len(hdocs)
        train += hdocs
    if ler:  # experiments only: legal register, ambiguous licence (see ler_de/SOURCE.md)
        # sampled sentences are shuffled: sentence starts left missing
        ldocs = [make_doc(nlp, g, sents_known=False) for g in group(sample_ler(data / "ler_de", ler), 5)]
        counts["ler_docs"] = len(ldocs)
        train += ldocs
    gsd_dir = data / "ud_german_gsd"
    if gsd:
        table = learn_gsd_remap(gsd_dir / "de_gsd-ud-dev.conllu.pos", gsd_dir / "de_gsd-ud-dev.conllu")
        gdocs = ud_pos_docs(nlp, read_ud_pos(gsd_dir / "de_gsd-ud-train.conllu.pos", table))
        counts["gsd_train_docs"] = len(gdocs)
        train += gdocs
        # the current dev file (UPOS) joins the tuning set: checkpoint selection only
        tune += [conllu_doc(nlp, g) for g in group(list(read_conllu(gsd_dir / "de_gsd-ud-dev.conllu")), 10)]
    counts["train"] = save(train, out / "train.spacy")
    counts["tune"] = save(tune, out / "tune.spacy")
    ge_dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    counts["germeval_dev"] = save(germeval_docs(nlp, ge_dev), out / "germeval_dev.spacy")
    uner = data / "uner_de_pud" / "de_pud-ud-test.iob2"
    counts["uner_pud"] = save((make_doc(nlp, d) for d in read_uner(uner)), out / "uner_pud.spacy")
    # held-out UD test sets (gold tokens, UPOS, lemmas, features): evaluation only
    counts["gsd_test"] = save(
        (conllu_doc(nlp, [s], morph=True) for s in read_conllu(gsd_dir / "de_gsd-ud-test.conllu")),
        out / "gsd_test.spacy",
    )
    counts["ud_pud"] = save(
        (conllu_doc(nlp, [s], morph=True) for s in read_conllu(data / "ud_german_pud" / "de_pud-ud-test.conllu")),
        out / "ud_pud.spacy",
    )
    counts["gsd_dev_morph"] = save(
        (conllu_doc(nlp, [s], morph=True) for s in read_conllu(gsd_dir / "de_gsd-ud-dev.conllu")),
        out / "gsd_dev.spacy",
    )
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
    parser.add_argument("--no-hipe", action="store_true", help="leave HIPE-2022 out of train.spacy")
    parser.add_argument("--no-gsd", action="store_true", help="leave UD GSD (UPOS) out of train/tune")
    parser.add_argument("--hipe-all", action="store_true", help="keep HIPE sentences without entities")
    parser.add_argument("--germeval-repeat", type=int, default=2, help="copies of the GermEval training docs")
    parser.add_argument("--ler", type=int, default=0, help="add N sampled LER sentences (experiments)")
    parser.add_argument("--augment", action="store_true", help="GermEval copies after the first with swapped mentions")
    parser.add_argument("--hipe-prod", default="O", choices=["O", "MISC"], help="HIPE prod/HumanProd → O or MISC")
    args = parser.parse_args()
    counts = convert_all(
        args.data,
        args.out,
        args.tune_sents,
        args.smartdata,
        hipe=not args.no_hipe,
        gsd=not args.no_gsd,
        hipe_prod=args.hipe_prod,
        ler=args.ler,
        hipe_all=args.hipe_all,
        germeval_repeat=args.germeval_repeat,
        augment=args.augment,
    )
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
