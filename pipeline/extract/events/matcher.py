"""Event triggers: the constructions of ``resources/events.toml`` compiled into spaCy ``Matcher``s.

A trigger is written as a short sequence of token specs (see the header of
``events.toml``): lemmas (``gründen``), word forms (``=bei``), word classes
from other resources (``{body}``, ``{office}``), bounded gaps (``…``) and
``$`` (the clause ends after the match: a separable particle). The
``event_triggers`` component writes every trigger into
``doc.spans["event_trigger"]`` (label = the rule's name, ``membership/3``);
``triggers.py`` reads them from there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ... import resources

SPANS_KEY = "event_trigger"
RESOURCE = "events.toml"
DEFAULT_GAP = 30  # tokens a "…" may skip (no ";" or ":" among them)
CLAUSE_END = {"und", "oder", "sowie"}  # a "$" also holds before a coordinated clause
GAP = {"IS_SENT_START": False, "OP": "*"}  # any tokens of the same sentence
GAP_STOPS = (";", ":", "dass", "nachdem", "weil", "obwohl")  # a gap never runs over these (nor into such a clause)
CLAUSE_GAP_STOPS = (*GAP_STOPS, ",", "–", "—", "-")  # … nor, in a rule with ``clause_gaps``, over a clause's end


@dataclass(frozen=True)
class Construction:
    """One pattern of one trigger rule, compiled to Matcher token dicts."""

    rule: str  # the rule's name: "<type>/<number in the file>"
    tokens: tuple[dict[str, Any], ...]
    clause_final: bool  # "$": the trigger ends its clause (a separable particle)
    max_tokens: int  # the longest match the gaps allow
    head: int = 0  # the trigger is the first ``head`` tokens of the match (negative: all but the last -head)
    skip: int = 0  # the first ``skip`` tokens of the match are context before the trigger
    fixed_ends: tuple[int, int] = (0, 0)  # how many words open and close every match (before the first and
    # after the last gap or option): a ";" or ":" there is the pattern's own word, elsewhere it stops a gap
    clause_gaps: bool = False  # the gaps stay within one clause (no comma or dash either)


def rule_names() -> list[str]:
    """Names of the trigger rules in file order (``<type>/<index>``)."""
    return [f"{t['type']}/{i}" for i, t in enumerate(resources.toml(RESOURCE)["trigger"])]


@cache
def constructions() -> tuple[Construction, ...]:
    """Every pattern of every trigger, compiled."""
    out = []
    for name, rule in zip(rule_names(), resources.toml(RESOURCE)["trigger"], strict=True):
        for spec in rule["match"]:
            out.append(compile_spec(name, spec, int(rule.get("head", 0)), int(rule.get("skip", 0)),
                                    bool(rule.get("clause_gaps", False))))
    return tuple(out)


@cache
def requirements() -> dict[str, tuple[Construction, ...]]:
    """Rule name → patterns of which its sentence must hold one (``requires``)."""
    data = resources.toml(RESOURCE)
    out = {}
    for name, rule in zip(rule_names(), data["trigger"], strict=True):
        specs = [s for spec in rule.get("requires", ())
                 for s in (data["requirement_sets"][spec[1:]] if spec.startswith("@") else [spec])]
        if specs:
            out[name] = tuple(compile_spec(name, spec) for spec in specs)
    return out


def compile_spec(rule: str, spec: str, head: int = 0, skip: int = 0, clause_gaps: bool = False) -> Construction:
    """``"treten … =bei $"`` → Matcher tokens for ``rule``."""
    words = spec.split()
    clause_final = bool(words) and words[-1] == "$"
    if clause_final:
        words = words[:-1]
    tokens: list[dict[str, Any]] = []
    max_tokens = 0
    for word in words:
        if word.startswith("…"):
            # "*" within the sentence, length and ";"/":" checked afterwards: the Matcher expands
            # "{0,n}" into n optional tokens, whose partial matches multiply, and a predicate on
            # a gap token is a Python call for every live partial match at every token
            max_tokens += int(word[1:] or DEFAULT_GAP)
            tokens.append(GAP)
        else:
            max_tokens += 1
            tokens.append(token_spec(word))
    if not tokens or tokens[0].get("OP") or tokens[-1].get("OP"):
        raise ValueError(f"{rule}: a pattern starts and ends with a word, not a gap or option: {spec!r}")
    fixed = (tokens[:head] if head > 0 else tokens[head:] if head < 0 else []) + tokens[:skip]
    if any(t.get("OP") for t in fixed):  # the cut must fall a fixed number of tokens from an end
        raise ValueError(f"{rule}: the head or skip of a pattern (head = {head}, skip = {skip}) must be plain words: "
                         f"{spec!r}")
    variable = [i for i, t in enumerate(tokens) if t.get("OP")]
    fixed_ends = (variable[0], len(tokens) - 1 - variable[-1]) if variable else (len(tokens), 0)
    return Construction(rule, tuple(tokens), clause_final, max_tokens, head, skip, fixed_ends, clause_gaps)


def token_spec(word: str) -> dict[str, Any]:
    """One token spec of the pattern language → a Matcher token dict.

    ``a|b`` lemma a or b · ``a:fin`` a form of lemma a other than the lemma itself
    (participles, finite forms) · ``a~x|y`` lemma a but not the words x, y · ``=a|b`` the
    word a or b (any case) · ``==A|b`` exactly as spelt · ``!=a|b`` any word but a, b · ``/re/`` the lower-cased word
    matches the regex · ``^`` before a spec: the sentence starts with it · ``{name}`` a word of a
    lexicon ([lexicons] of events.toml or a resource) · ``Cap`` a capitalised word, ``!Cap`` any other · ``?`` after a
    spec: optional.
    """
    token: dict[str, Any] = {}
    if word.startswith("^") and len(word) > 1:  # the sentence starts here (a list item, a label)
        token["IS_SENT_START"] = True
        word = word[1:]
    if word.endswith("?") and len(word) > 1:
        token["OP"] = "?"
        word = word[:-1]
    if word.startswith("!="):
        token["LOWER"] = {"NOT_IN": [w.lower() for w in word[2:].split("|")]}
    elif word == "Cap":
        token["TEXT"] = {"REGEX": r"^[A-ZÄÖÜ]"}
    elif word == "!Cap":
        token["TEXT"] = {"REGEX": r"^[^A-ZÄÖÜ]"}
    elif word.startswith("{") and word.endswith("}"):
        token.update(lexicon(word[1:-1]))
    elif word.startswith("/") and word.endswith("/") and len(word) > 2:
        token["LOWER"] = {"REGEX": f"^(?:{word[1:-1]})$"}
    elif word.startswith("=="):
        token["ORTH"] = {"IN": word[2:].split("|")}
    elif word.startswith("="):
        token["LOWER"] = {"IN": [w.lower() for w in word[1:].split("|")]}
    else:
        lemma, _, form = word.partition(":")
        lemma, _, excluded = lemma.partition("~")
        lemmas = lemma.split("|")
        token["LEMMA"] = {"IN": lemmas}
        if form == "fin":
            excluded = "|".join(lemmas)
        elif form:
            raise ValueError(f"unknown form {form!r} in {word!r}")
        if excluded:
            token["LOWER"] = {"NOT_IN": [w.lower() for w in excluded.split("|")]}
    return token


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A Matcher token dict for a named word class: ``[lexicons]`` of events.toml (a token spec), or
    ``body`` (councils and boards of bodies.tsv and [coreference].body_nouns) and ``office``
    (office titles of office_titles.tsv, also as the tail of a compound: "Verbandsgeschäftsführer")."""
    data = resources.toml(RESOURCE)
    if name == "body":
        words = {row[0] for row in resources.table("bodies.tsv")} | set(data["coreference"]["body_nouns"])
        return {"TEXT": {"IN": sorted(words)}}
    if name == "office":
        forms = sorted({row[0] for row in resources.table("office_titles.tsv") if row[0][:1].isupper()},
                       key=len, reverse=True)
        tails = "|".join(re.escape(f[0].lower() + f[1:]) for f in forms)
        heads = "|".join(re.escape(f) for f in forms)
        return {"TEXT": {"REGEX": f"^(?:(?:[A-ZÄÖÜ][\\wäöüß]*-)?(?:{heads})|[A-ZÄÖÜ][a-zäöüß]+(?:{tails}))$"}}
    return token_spec(data["lexicons"][name])


@dataclass(frozen=True)
class Anchors:
    """Which constructions a word can start looking for: each construction's most selective
    word (not a gap or a negation; a list of words without a common one of ``[matcher].common``
    before a regex, a longer regex before a shorter one, see ``_breadth``). A sentence is run
    through the Matcher of a construction only when it holds that construction's anchor: a
    spaCy Matcher tries every pattern at every token and keeps a gap's partial matches alive to
    the end of the sentence, so one Matcher for all patterns over every sentence costs more
    than the model."""

    by_attr: dict[str, dict[str, tuple[int, ...]]]  # LEMMA/LOWER/TEXT → word → construction numbers
    regexes: tuple[tuple[str, re.Pattern[str], int], ...]  # (LOWER or TEXT, regex, construction number)


@cache
def anchors() -> Anchors:
    common = {w.lower() for w in resources.toml(RESOURCE)["matcher"]["common"]}
    by_attr: dict[str, dict[str, list[int]]] = {"LEMMA": {}, "LOWER": {}, "TEXT": {}}
    regexes = []
    for i, construction in enumerate(constructions()):
        attr, value = _positive(anchor_of(construction, common))  # type: ignore[misc]
        attr = "TEXT" if attr == "ORTH" else attr
        if "REGEX" in value:
            regexes.append((attr, re.compile(value["REGEX"]), i))
        else:
            for word in value["IN"]:
                by_attr[attr].setdefault(word, []).append(i)
    return Anchors({attr: {w: tuple(ids) for w, ids in words.items()} for attr, words in by_attr.items()},
                   tuple(regexes))


def anchor_of(construction: Construction, common: set[str]) -> dict[str, Any]:
    """The token of a pattern that lets the fewest sentences through, roughly (see ``_breadth``)."""
    selective = [t for t in construction.tokens if not t.get("OP") and _positive(t)]
    if not selective:
        raise ValueError(f"{construction.rule}: a pattern needs a word that is not a gap or a negation")
    return min(selective, key=lambda t: _breadth(t, common))


def _positive(token: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The token's attribute test that names words (``IN`` or ``REGEX``), if any."""
    for attr in ("LEMMA", "LOWER", "TEXT", "ORTH"):
        value = token.get(attr)
        if isinstance(value, dict) and ("IN" in value or "REGEX" in value):
            return attr, value
    return None


def _breadth(token: dict[str, Any], common: set[str]) -> tuple[bool, bool, int]:
    """How many sentences a token test lets through, roughly (smaller: a better anchor): a common word
    last, a list of words before any regex, a longer regex (a list of stems) before a shorter one
    ("Cap", an ending)."""
    _attr, value = _positive(token)  # type: ignore[misc]
    has_common = "IN" in value and any(w.lower() in common for w in value["IN"])
    return has_common, "REGEX" in value, -len(value.get("REGEX", ""))


def _anchored(doc: Doc, sent_of: list[int], columns: numpy.ndarray) -> dict[int, set[tuple[int, ...]]]:
    """Sentence number → the groups of constructions (those of one anchor word) whose anchor it holds
    (``columns``: the LEMMA, LOWER and ORTH hashes of each token; no Token objects, which cost, and Python
    touches only the tokens that are anchors)."""
    out: dict[int, set[tuple[int, ...]]] = {}
    for column, (by_hash, keys) in enumerate(_anchor_hashes(doc.vocab)):
        values = columns[:, column]
        for i in numpy.flatnonzero(numpy.isin(values, keys)).tolist():
            out.setdefault(sent_of[i], set()).add(by_hash[int(values[i])])
    if anchors().regexes:
        strings = doc.vocab.strings
        orths, where = numpy.unique(columns[:, 2], return_inverse=True)
        for k, orth in enumerate(orths.tolist()):
            found = _regex_anchored(strings[orth])
            if found:
                for i in numpy.flatnonzero(where == k).tolist():
                    out.setdefault(sent_of[i], set()).add(found)
    return out


@lru_cache(maxsize=1 << 16)
def _regex_anchored(text: str) -> tuple[int, ...]:
    """The constructions whose anchor regex matches a word (as written): the same words recur in every release,
    so each is tested once per run, not once per release; one regex of all anchors of a column rules most words
    out at once, and each distinct anchor regex is tried once."""
    matched = set()
    for attr, (combined, distinct) in _regex_columns().items():
        word = text.lower() if attr == "LOWER" else text
        if combined.match(word):
            matched.update((attr, regex.pattern) for regex in distinct if regex.match(word))
    if not matched:
        return ()
    return tuple(construction for attr, regex, construction in anchors().regexes if (attr, regex.pattern) in matched)


@cache
def _regex_columns() -> dict[str, tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]]:
    """For each column an anchor regex looks at: one regex of all its anchors, and its distinct anchor regexes."""
    distinct: dict[str, dict[str, re.Pattern[str]]] = {}
    for attr, regex, _construction in anchors().regexes:
        distinct.setdefault(attr, {}).setdefault(regex.pattern, regex)
    return {attr: (re.compile("|".join(f"(?:{p})" for p in regexes)), tuple(regexes.values()))
            for attr, regexes in distinct.items()}


@cache
def _anchor_hashes(vocab: Vocab) -> tuple[tuple[dict[int, tuple[int, ...]], numpy.ndarray], ...]:
    """For the LEMMA, LOWER and ORTH columns: anchor hash → constructions, and the hashes as an array."""
    out = []
    for attr in ("LEMMA", "LOWER", "TEXT"):
        by_hash = {vocab.strings.add(word): ids for word, ids in anchors().by_attr[attr].items()}
        out.append((by_hash, numpy.array(sorted(by_hash), dtype=numpy.uint64)))
    return tuple(out)


@cache
def _group_matcher(vocab: Vocab, ids: tuple[int, ...]) -> tuple[Matcher, dict[int, int]]:
    """One Matcher for the constructions of one anchor word, and match key → construction number
    (a run may reset the vocab's strings, so the keys are not looked up there).
    A sentence is matched once per anchor word it holds: the groups are few (one per anchor word of
    events.toml), so each Matcher is built once per run, whatever words a corpus combines in a sentence.
    (Every pattern was validated once by ``_validated``.)"""
    _validated(vocab)
    built = constructions()
    matcher = Matcher(vocab, validate=False)  # validated once, by _validated
    keys = {}
    for i in ids:
        matcher.add(str(i), [_native(built[i].tokens)])
        keys[vocab.strings[str(i)]] = i
    return matcher, keys


@cache
def _requirement_matcher(vocab: Vocab, rule: str) -> Matcher:
    """The ``requires`` patterns of one rule: run over a sentence only once that rule has matched in it."""
    matcher = Matcher(vocab, validate=False)
    matcher.add(rule, [_native(c.tokens) for c in requirements()[rule]])
    return matcher


@cache
def _validated(vocab: Vocab) -> None:
    """Check every pattern against spaCy's Matcher schema once, when the first release is matched:
    a mistake in events.toml shows at once, not when a sentence first holds its anchor."""
    matcher = Matcher(vocab, validate=True)
    for i, construction in enumerate(constructions()):
        matcher.add(str(i), [_native(construction.tokens)])
    for rule, needed in requirements().items():
        matcher.add(rule, [_native(c.tokens) for c in needed])


def _native(tokens: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """The token dicts with ``{"IN": [one word]}`` written as ``"one word"``: the same test, but made
    by the Matcher itself instead of a Python predicate called (with a new Token object) per token."""
    return [{attr: value["IN"][0] if isinstance(value, dict) and list(value) == ["IN"] and len(value["IN"]) == 1
             else value for attr, value in token.items()} for token in tokens]


@Language.factory("event_triggers")
def make_event_triggers(nlp: Language, name: str) -> EventTriggers:
    return EventTriggers()


class EventTriggers:
    """Writes ``doc.spans["event_trigger"]``: one span per trigger, label = rule name,
    leftmost-shortest and non-overlapping per rule, within one sentence."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = find_triggers(doc)
        return doc


def find_triggers(doc: Doc) -> list[Span]:
    """The trigger spans of a Doc (see ``EventTriggers``)."""
    if not len(doc):
        return []
    if not doc.has_annotation("LEMMA"):  # a model without a lemmatizer: every word is its own lemma
        for token in doc:
            token.lemma_ = token.text
    sent_of = _sentence_numbers(doc)
    bounds = [0] + [i for i in range(1, len(doc)) if sent_of[i] != sent_of[i - 1]] + [len(doc)]
    columns = doc.to_array([LEMMA, LOWER, ORTH])
    stops, clause_stops = (_positions(doc, columns, words) for words in (GAP_STOPS, CLAUSE_GAP_STOPS))
    built, needed = constructions(), requirements()
    candidates: dict[str, list[tuple[int, int]]] = {}
    for sent, groups in _anchored(doc, sent_of, columns).items():
        first, last = bounds[sent], bounds[sent + 1]
        sentence = doc[first:last]
        matches: set[tuple[int, int, int]] = set()
        for group in groups:
            matcher, keys = _group_matcher(doc.vocab, group)
            matches.update((keys[key], s, e) for key, s, e in matcher(sentence))
        met = {rule for rule in {built[i].rule for i, _s, _e in matches} & needed.keys()
               if _requirement_matcher(doc.vocab, rule)(sentence)}
        for i, s, e in matches:
            construction = built[i]
            rule = construction.rule
            if rule in needed and rule not in met:
                continue
            start, end = first + s, first + e
            lead, tail = construction.fixed_ends  # a gap never runs over ";" or ":" (a pattern's own word may be one)
            stopping = clause_stops if construction.clause_gaps else stops
            if end - start > construction.max_tokens or \
                    bisect_left(stopping, start + lead) != bisect_left(stopping, max(start + lead, end - tail)):
                continue
            if construction.clause_final and not _clause_ends(doc, end, last):
                continue
            if construction.head:
                end = start + construction.head if construction.head > 0 else end + construction.head
            start += construction.skip
            candidates.setdefault(rule, []).append((start, end))
    spans = []
    for rule, found in candidates.items():
        last_end = -1
        for start, end in sorted(set(found)):
            if start < last_end:
                continue  # leftmost, shortest, non-overlapping (as re.finditer with lazy gaps)
            spans.append(Span(doc, start, end, label=rule))
            last_end = end
    spans.sort(key=lambda s: (s.start, s.end, s.label_))
    return spans


def _positions(doc: Doc, columns: numpy.ndarray, words: tuple[str, ...]) -> list[int]:
    """Token indices of the doc's occurrences of these words (``columns``: LEMMA, LOWER, ORTH hashes)."""
    hashes = numpy.array([doc.vocab.strings[w] for w in words], dtype=numpy.uint64)
    return numpy.flatnonzero(numpy.isin(columns[:, 2], hashes)).tolist()


def _sentence_numbers(doc: Doc) -> list[int]:
    """Token index → sentence number (``Doc.sents`` splits)."""
    starts = doc.to_array([SENT_START]).astype("int64") == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


def _clause_ends(doc: Doc, end: int, sentence_end: int) -> bool:
    """The token after ``end`` closes the clause: punctuation, a space, a coordinator, or the sentence ends."""
    if end >= sentence_end:
        return True
    following = doc[end]
    return following.is_punct or following.is_space or following.lower_ in CLAUSE_END
