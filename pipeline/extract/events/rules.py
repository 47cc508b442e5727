"""Event rules and per-release state: ``resources/events.toml`` compiled once, and the
plain objects the other modules pass around (sentences, slotted mentions, triggers)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ... import resources
from ...records import DateMention, EventReport, FigureMention, Mention, OrgRecord, PersonRecord
from .matcher import rule_names as trigger_names

RESOURCE = "events.toml"
# an attributive participle, which may stand for the article of a generic noun far before it
# ("die erst 2016 vom Land errichtete Anstalt", "eine 2011 gegründete Genossenschaft")
PARTICIPLE = r"[a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|errichtet)e[nrsm]?"
SUBJECT_TYPES_NEEDING_OBJECTS = {"membership", "contract_signing", "staff_transfer"}
# selectors only safe inside the trigger's clause
CLAUSE_ONLY = {"nom", "der", "body", "body_by", "framed", "framed_after", "officials", "clause_before"}
# selectors that take organisations from the release around the sentence, not from the sentence itself
CONTEXT_SELECTORS = frozenset({"previous", "previous_parties", "pronoun", "named_before", "document", "main",
                               "joining"})


# --------------------------------------------------------------------------- rules (data)

@dataclass(frozen=True)
class TriggerRule:
    """One trigger construction from the resource file."""

    name: str  # "<type>/<index>", the label of its spans in doc.spans["event_trigger"]
    event_type: str
    form: str
    subject: tuple[str, ...]
    objects: tuple[str, ...]
    blockers: tuple[re.Pattern[str], ...] = ()
    end: bool = False
    needs_objects: bool = False
    session_date: bool = False  # undated: the date of the latest session named before (an election)
    attributive: bool = False  # a participle before its noun: a fact whatever the clause's verb says
    after: re.Pattern[str] | None = None  # what the text before the sentence must end with (a list's lead-in)
    meeting: bool = False  # a meeting ("Gründungsversammlung"): its date dates the sentence's undated events
    not_after: re.Pattern[str] | None = None  # what the sentence before the trigger must not hold


@dataclass(frozen=True)
class Rules:
    """Everything ``events.toml`` says, compiled."""

    triggers: tuple[TriggerRule, ...]
    by_name: dict[str, tuple[int, TriggerRule]]  # rule name → (position in the file, rule)
    types: dict[str, dict[str, Any]]
    cues: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]  # role, before-date, date-start
    confidence: dict[str, float]
    foundable: frozenset[str]
    authorities: frozenset[str]
    companies: frozenset[str]
    merger_words: tuple[str, ...]  # a founding trigger holding one is a merger
    admission_words: tuple[str, ...]  # a resolution trigger starting with one admits a member
    never_founded: frozenset[str]  # first words of names never founded ("Land Musterland")
    never_joined: frozenset[str]  # organisation types joined only when named in the sentence
    political_words: frozenset[str]  # words of a political group's name ("CDU-Fraktion", "Bürgerliste X")
    outlet_words: frozenset[str]  # first words of a broadcaster's name ("Radio X")
    state_authorities: tuple[str, ...]  # endings of a state authority's first word ("Innenministerium")
    generic_offices: frozenset[str]  # "übernimmt die Leitung": the holder's own office title says which
    generic_office_titles: dict[str, tuple[str, str]]  # … else the office it names: "Vorsitz" → Vorsitzender/-e
    legal_form_nouns: dict[str, tuple[str, ...]]  # "die Genossenschaft" → the latest eG
    named_only: dict[str, tuple[str, tuple[str, ...]]]  # noun → (type, words one of which its name must have)
    articles: frozenset[str]
    venue_nouns: frozenset[str]  # "im Rathaus von X": X is a place, no party
    source_nouns: frozenset[str]  # "Nach Auskunft des X": X tells, no party
    joining_nouns: frozenset[str]  # "über die Aufnahme der Stadt X": X is admitted, it decides nothing
    not_nouns: frozenset[str]  # capitalised clause heads that are no nouns ("Sowohl der …" is no genitive)
    prepositions: frozenset[str]
    clause_prepositions: frozenset[str]  # "seit" before "die"/"das": a conjunction
    subordinators: frozenset[str]  # conjunctions of a verb-last clause ("als", "nachdem")
    contractions: dict[str, tuple[str, str]]
    coordinators: frozenset[str]
    member_nouns: frozenset[str]
    parent_nouns: frozenset[str]  # "Tochter der X": X owns (founded) it
    employer_nouns: frozenset[str]  # "in den Dienst der X": X employs them
    leaving_prepositions: frozenset[str]  # "aus dem Dienst der X": X employed them
    nouns: dict[str, tuple[str, ...]]
    plural_nouns: frozenset[str]
    counted_only: frozenset[str]  # plural nouns that refer back only after a number word ("beide Vereine")
    referring_words: frozenset[str]  # … or after one of these ("der übertragenden Vereine")
    release_wide: frozenset[str]  # plural nouns opening a clause that refer to all the release names ("Die Träger")
    not_back: frozenset[str]  # adjectives that make a plural noun speak of others ("weitere Gemeinden")
    territory: frozenset[str]  # "der gesamte Landkreis": the territory, no organisation
    owner_adjectives: dict[str, tuple[str, ...]]  # "des städtischen Bauhofs": the Stadt's
    others: re.Pattern[str]  # such an adjective before a plural noun ("zwei weitere Kommunen")
    numbers: dict[str, int]
    without_article: frozenset[str]  # "beide": an article before it is not the phrase's
    generic: re.Pattern[str]
    bodies: frozenset[str]
    bare_bodies: frozenset[str]  # body words only as generic mentions ("die Versammlung")
    voting_members: frozenset[str]  # "die Mitglieder des A als auch die der B": a pronoun stands for them too
    same_date: re.Pattern[str]
    same_day: re.Pattern[str]  # a same-date reference naming a day ("an diesem Tag"): a date with its day
    finite_auxiliary: re.Pattern[str]  # between a decision noun and a date: the date is its clause's verb's
    pronoun_articles: dict[str, tuple[str, ...]]  # a pronoun → the articles of what it cannot take up
    register_day: re.Pattern[str]  # "Tag der Eintragung: …"
    register_entry: re.Pattern[str]  # the head of a register entry ("HRB 123", "Nummer der Eintragung")
    with_the_start: re.Pattern[str]
    deputy_after: re.Pattern[str]  # "Zu seiner Stellvertreterin …": a deputy elected after the one before
    employed: re.Pattern[str]  # a relative clause saying where staff work ("die bisher beim Amt X angestellt waren")
    joining_takes_effect: re.Pattern[str]
    joining_takes_effect_reach: int
    joining_together: re.Pattern[str]
    predecessor: re.Pattern[str]
    alongside: re.Pattern[str]
    beside_office: re.Pattern[str]  # "Neben der Bürgermeisterin …": that office's holder is not the appointee
    together: re.Pattern[str]  # "gemeinsam mit der X" before a mention: X acts with the subject
    together_after: re.Pattern[str]  # ", zusammen mit (den Gemeinden) " between a clause's end and a list
    listed_next: re.Pattern[str]  # ", ", " und " between listed organisations
    founding_contract: re.Pattern[str]  # a contract that founds ("Gesellschaftsvertrag"): its founders sign it
    merger_contract: re.Pattern[str]  # a merger's contract: signed by those who voted on the merger
    founded_before: re.Pattern[str]  # "Gründung der" before an organisation the release founds
    plural_pronoun: re.Pattern[str]  # "Alle drei wollen …": a number word standing for organisations
    former: re.Pattern[str]
    move: re.Pattern[str]  # an appointment told as a move ("wechselt … zu"): the office is at the destination
    former_post: re.Pattern[str]
    held_since: re.Pattern[str]
    more_of_the_same: re.Pattern[str]  # "…, zwei weitere zum 1. Juli": a gapped clause's date is not the first's
    staff_total: re.Pattern[str]
    relative: re.Pattern[str]
    relative_clause: re.Pattern[str]
    infinitive_clause: re.Pattern[str]
    separate_contracts: re.Pattern[str]
    both_and: re.Pattern[str]  # "Sowohl im A als auch im B …": a decision of each
    plural_decisions: re.Pattern[str]  # "Kreistagsbeschlüsse in A und B": one decision of each
    transfer_contract: re.Pattern[str]  # "Personalüberleitungsvertrag": the receiving organisation is the subject
    joining_contract: re.Pattern[str]  # "Beitrittsvereinbarung": the joining town is the subject
    partner_contract: re.Pattern[str]  # "Pachtvertrag": the organisation is the main party, even if the town founded it
    us: re.Pattern[str]  # "zu uns": the organisation the release speaks for
    our_official: re.Pattern[str]  # "mit unserer Vorsitzenden": an official of that organisation
    joining: re.Pattern[str]  # "über einen Beitritt entscheiden": a decision on what the release's members join
    pronoun_org: re.Pattern[str]  # "sind ihr beigetreten", "hat sie gegründet": the organisation named last before
    attribute_year: re.Pattern[str]  # text before a year that names a thing ("den Wirtschaftsplan 2025")
    founding_year_of_kind: re.Pattern[str]  # "des Aquaristikvereins von 1972": the club's own year, no event's
    attributive_article: re.Pattern[str]  # "des 1992 gegründeten …": a date inside a participle's phrase
    feminine_noun: re.Pattern[str]  # "Gemeinde", "Landesregierung": "der" before it is a dative
    masculine_noun: re.Pattern[str]  # "Landkreis", "Zweckverband": "der" before it is a nominative
    number_word: re.Pattern[str]  # "elf", "zwanzig"
    attributive_gap: re.Pattern[str]
    pronoun: re.Pattern[str]
    aged: re.Pattern[str]  # "Der 51-Jährige" opening a sentence: the person named before
    first_person: re.Pattern[str]
    addressed: re.Pattern[str]
    signature: re.Pattern[str]
    speaker: re.Pattern[str]
    same_session: re.Pattern[str]
    start_words: re.Pattern[str]  # "mit dem Start": a staff transfer dated by the start, not the founding
    conjunction: re.Pattern[str]  # "… gegründet werden und zum 1. Januar … aufnehmen": the date opens the next conjunct
    named_as: re.Pattern[str]  # "zu einem Zweckverband mit dem Namen ‚X‘": X stands in the kind's slot
    before_session: re.Pattern[str]  # "Zuvor hatten … zugestimmt": a decision taken before the session named
    minutes_heading: re.Pattern[str]  # "Sitzung des Kreistages": the council whose session minutes record
    same_date_types: dict[str, str]
    dated_with: dict[str, tuple[str, ...]]
    dated_with_cues: dict[str, re.Pattern[str]]  # what a sentence must say for the type to be dated so
    against_previous: re.Pattern[str]
    against_types: frozenset[str]
    against_reach: int
    question: re.Pattern[str]
    since_noun: re.Pattern[str]  # "Seit dem Beitritt …": a nominal event that happened
    with_in_force: re.Pattern[str]
    in_force: re.Pattern[str]
    session: re.Pattern[str]
    earlier_minutes: re.Pattern[str]
    agenda_item: re.Pattern[str]
    decision_block: re.Pattern[str]  # minutes' lines after "Beschluss:"
    open_clause: re.Pattern[str]
    acts_for_parent: frozenset[str]
    modality: dict[str, tuple[re.Pattern[str], ...]]  # cues per modality, in the order they are tried
    modality_types: dict[str, frozenset[str]]  # event types a modality applies to (all when not listed)
    hard_blockers: tuple[re.Pattern[str], ...]  # blockers that drop a trigger even when it is modal
    staff_word: re.Pattern[str]  # a word naming staff ([lexicons].staff)


# a clause opening with "dass": it depends on the clause before it
DASS_CLAUSE = re.compile(r"[\s,–-]*dass\b")


@lru_cache(maxsize=4096)
def state_authority(name: str) -> bool:
    """A ministry or state chancellery ([coreference] state_authorities), which acts for its state."""
    return name.split()[0].lower().endswith(rules().state_authorities)


@cache
def rules() -> Rules:
    """The compiled rules of ``resources/events.toml`` (loaded once)."""
    data = resources.toml(RESOURCE)
    coref = data["coreference"]
    refs = data["references"]
    bodies = frozenset(row[0] for row in resources.table("bodies.tsv")) | frozenset(coref["body_nouns"])

    def patterns(names: list[str]) -> list[str]:  # "@name" stands for a blocker set, which may name others
        return [p for name in names
                for p in (patterns(data["blocker_sets"][name[1:]]) if name.startswith("@") else [name])]

    def blockers(names: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(b) for b in patterns(names))

    triggers = tuple(
        TriggerRule(name, t["type"], t.get("form", "active"), tuple(t.get("subject", ())), tuple(t.get("objects", ())),
                    blockers(t.get("blockers", [])), bool(t.get("end", False)),
                    bool(t.get("needs_objects", False)), bool(t.get("session_date", False)),
                    bool(t.get("attributive", False)), re.compile(t["after"]) if "after" in t else None,
                    bool(t.get("meeting", False)), re.compile(t["not_after"]) if "not_after" in t else None)
        for name, t in zip(trigger_names(), data["trigger"], strict=True))
    cues = []
    for role, phrases in data["date_roles"].items():
        for phrase in sorted(phrases, key=len, reverse=True):
            is_regex = phrase.startswith("/") and phrase.endswith("/")
            words = phrase[1:-1] if is_regex else r"\s+".join(re.escape(w) for w in phrase.split())
            cues.append((role, re.compile(rf"(?:^|\b){words}(?:\s+(?:dem|den))?\s*$", re.I),
                         re.compile(rf"^{words}\b", re.I)))
    nouns = {noun: tuple(types) for noun, types in coref["nouns"].items()}
    articles = (r"(?i:der|die|das|den|dem|des|im|ins|zum|zur|vom|beim|diese[rnms]?|unsere[rnms]?|ihre[rnms]?"
                r"|deren|dessen)")
    noun_alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # "wurde die Stadt Mitglied", "hat die Gesellschaft Ende Februar gegründet": no name after the noun; a hyphenated
    # compound of the noun is the noun ("dem Digitallotsen-Verein des Landkreises beitreten"); bare nouns paired
    # after "zwischen" ("zwischen Kammer und Verband": ``pair`` marks the second, kept only after such a first)
    months = [m.capitalize() for m in resources.month_numbers() if m.isalpha()]
    members = "|".join(re.escape(n) for n in coref["member_nouns"])
    not_names = "|".join([members, *(re.escape(n) for n in [*coref.get("time_words_after", []), *months])])
    determiners = "|".join(re.escape(d) for d in coref["plural"].get("determiners", []))
    # (a participle opens the phrase without an article, not after an indefinite one: "einen eingetragenen Verein ins
    # Leben rufen" speaks of a new one)
    not_indefinite = "".join(rf"(?<!\b{re.escape(a)}\s)" for a in coref["plural"].get("indefinite", []))
    generic = re.compile(
        rf"\b(?:(?:{articles})\s+|(?P<det>(?i:{determiners}))\s+|{not_indefinite}(?=(?:{PARTICIPLE})\s+(?:{noun_alt})\b)"
        rf"|(?<=\bzwischen\s)(?=(?:{noun_alt})\s+und\s+(?:{noun_alt})\b)|(?<=\bund\s)(?P<pair>)(?=(?:{noun_alt})\b))(?P<adj>(?:(?:[a-zäöüß][\wäöüß-]*|\d{{4}}|(?!(?:{noun_alt})\b)[A-ZÄÖÜ][a-zäöüß]+er)\s+){{0,4}})(?P<compound>[A-ZÄÖÜ][\wäöüß]*-)?(?P<noun>{noun_alt})(?:es|s|n)?\b"
        rf"(?!\s*\(|\s+(?!(?:{not_names})\b)[A-ZÄÖÜ]|-|\s+(?:mit|unter)\s+dem\s+Namen\b|\s+namens\b)")
    return Rules(
        triggers=triggers,
        by_name={t.name: (i, t) for i, t in enumerate(triggers)},
        types=data["types"],
        cues=tuple(cues),
        confidence=data["confidence"],
        foundable=frozenset(coref["foundable_types"]),
        authorities=frozenset(coref["authority_types"]),
        companies=frozenset(coref["company_types"]),
        merger_words=tuple(coref.get("merger_words", [])),
        admission_words=tuple(coref.get("admission_words", [])),
        never_founded=frozenset(coref.get("never_founded", [])),
        never_joined=frozenset(coref.get("never_joined", [])),
        political_words=frozenset(coref.get("political_words", [])),
        outlet_words=frozenset(coref.get("outlet_words", [])),
        state_authorities=tuple(coref.get("state_authorities", [])),
        generic_offices=frozenset(w.lower() for w in coref.get("generic_offices", [])),
        generic_office_titles={w.lower(): tuple(t) for w, t in coref.get("generic_office_titles", {}).items()},
        legal_form_nouns={noun: tuple(forms) for noun, forms in coref.get("legal_form_nouns", {}).items()},
        named_only={noun: (kind, tuple(words)) for noun, (kind, *words) in coref.get("named_only", {}).items()},
        articles=frozenset(coref["articles"]),
        venue_nouns=frozenset(coref.get("venue_nouns", [])),
        source_nouns=frozenset(coref.get("source_nouns", [])),
        joining_nouns=frozenset(coref.get("joining_nouns", [])),
        not_nouns=frozenset(coref.get("not_nouns", [])),
        prepositions=frozenset(coref["prepositions"]),
        clause_prepositions=frozenset(coref.get("clause_prepositions", [])),
        subordinators=frozenset(coref.get("subordinators", [])),
        contractions={k: tuple(v.split()) for k, v in coref["contractions"].items()},  # type: ignore[misc]
        coordinators=frozenset(coref["coordinators"]),
        member_nouns=frozenset(coref["member_nouns"]),
        parent_nouns=frozenset(coref.get("parent_nouns", [])),
        employer_nouns=frozenset(coref.get("employer_nouns", [])),
        leaving_prepositions=frozenset(coref.get("leaving_prepositions", [])),
        nouns=nouns,
        plural_nouns=frozenset(coref["plural"]["nouns"]),
        counted_only=frozenset(coref["plural"]["counted_only"]),
        referring_words=frozenset(coref["plural"]["referring_words"]),
        release_wide=frozenset(coref["plural"]["release_wide"]),
        not_back=frozenset(coref["plural"].get("not_back", [])),
        territory=frozenset(coref["plural"].get("territory", [])),
        owner_adjectives={stem: tuple(types) for stem, types in coref["owner_adjectives"].items()},
        others=re.compile(r"\b(?:(?:{})\s+(?:[a-zäöüß]\w*\s+)?(?:{})|(?:{})\s+(?:[a-zäöüß]\w*\s+)?(?:{}))\b".format(
            "|".join(map(re.escape, coref["plural"].get("not_back", []) or ["(?!)"])),
            "|".join(map(re.escape, coref["plural"]["nouns"])),
            "|".join(map(re.escape, coref["plural"].get("indefinite", []) or ["(?!)"])),
            members)),
        numbers=dict(coref["plural"]["numbers"]),
        without_article=frozenset(coref["plural"]["without_article"]),
        generic=generic,
        bodies=bodies,
        bare_bodies=frozenset(coref.get("bare_bodies", [])),
        voting_members=frozenset(coref["voting_members"]),
        same_date=re.compile(refs["same_date"]),
        same_day=re.compile(refs["same_day"]),
        finite_auxiliary=re.compile(refs["finite_auxiliary"]),
        pronoun_articles={k: tuple(v) for k, v in refs["pronoun_articles"].items()},
        register_day=re.compile(refs["register_day"]),
        register_entry=re.compile(refs["register_entry"]),
        with_the_start=re.compile(refs["with_the_start"]),
        deputy_after=re.compile(refs["deputy_after"]),
        employed=re.compile(refs["employed"]),
        joining_takes_effect=re.compile(refs["joining_takes_effect"]),
        joining_takes_effect_reach=int(refs["joining_takes_effect_reach"]),
        joining_together=re.compile(refs["joining_together"]),
        predecessor=re.compile(refs["predecessor"]),
        alongside=re.compile(refs["alongside"]),
        beside_office=re.compile(refs["beside_office"], re.I),
        together=re.compile(refs["together"]),
        together_after=re.compile(refs["together_after"]),
        listed_next=re.compile(refs["listed_next"]),
        founding_contract=re.compile(refs["founding_contract"]),
        merger_contract=re.compile(refs["merger_contract"]),
        founded_before=re.compile(refs["founded_before"]),
        plural_pronoun=re.compile(
            rf"\b(?:(?i:alle|die|diese)\s+)?(?P<det>(?i:{determiners}))(?=\s+(?:{'|'.join(coref['plural']['pronoun_verbs'])})\b)"),
        former=re.compile(refs["former"]),
        former_post=re.compile(refs["former_post"], re.I),
        held_since=re.compile(refs["held_since"]),
        more_of_the_same=re.compile(refs["more_of_the_same"]),
        move=re.compile(refs["move"], re.I),
        staff_total=re.compile(refs["staff_total"]),
        relative=re.compile(refs["relative"]),
        relative_clause=re.compile(refs["relative_clause"], re.S),
        infinitive_clause=re.compile(refs["infinitive_clause"], re.S),
        separate_contracts=re.compile(refs["separate_contracts"]),
        both_and=re.compile(refs["both_and"]),
        plural_decisions=re.compile(refs["plural_decisions"]),
        transfer_contract=re.compile(refs["transfer_contract"]),
        joining_contract=re.compile(refs["joining_contract"]),
        partner_contract=re.compile(refs["partner_contract"]),
        us=re.compile(refs["us"]),
        our_official=re.compile(refs["our_official"]),
        pronoun_org=re.compile(refs["pronoun_org"]),
        joining=re.compile(refs["joining"]),
        attribute_year=re.compile(refs["attribute_year"]),
        founding_year_of_kind=re.compile(refs["founding_year_of_kind"]),
        attributive_article=re.compile(refs["attributive_article"]),
        feminine_noun=re.compile(refs["feminine_noun"]),
        masculine_noun=re.compile(refs["masculine_noun"]),
        number_word=re.compile(refs["number_word"]),
        attributive_gap=re.compile(refs["attributive_gap"]),
        pronoun=re.compile(refs["pronoun"]),
        aged=re.compile(refs["aged"]),
        first_person=re.compile(refs["first_person"]),
        addressed=re.compile(refs["addressed"]),
        signature=re.compile(refs["signature"]),
        speaker=re.compile(refs["speaker"]),
        same_session=re.compile(refs["same_session"]),
        start_words=re.compile(refs["start_words"]),
        conjunction=re.compile(refs["conjunction"]),
        named_as=re.compile(refs["named_as"]),
        before_session=re.compile(refs["before_session"]),
        minutes_heading=re.compile(refs["minutes_heading"]),
        same_date_types=dict(refs.get("same_date_types", {})),
        dated_with={kind: tuple(others) for kind, others in refs.get("dated_with", {}).items()},
        dated_with_cues={kind: re.compile(cue) for kind, cue in refs.get("dated_with_cues", {}).items()},
        against_previous=re.compile(refs["against_previous"]),
        against_types=frozenset(refs["against_types"]),
        against_reach=int(refs["against_reach"]),
        question=re.compile(refs["question"]),
        since_noun=re.compile(refs["since_noun"]),
        with_in_force=re.compile(refs["with_in_force"]),
        in_force=re.compile(refs["in_force"]),
        session=re.compile(refs["session"]),
        earlier_minutes=re.compile(refs["earlier_minutes"]),
        agenda_item=re.compile(refs["agenda_item"]),
        decision_block=re.compile(refs["decision_block"]),
        open_clause=re.compile(refs["open_clause"], re.I),
        acts_for_parent=frozenset(coref.get("acts_for_parent", ["Gremium"])),
        modality={name: blockers(cues) for name, cues in data["modality"].items()},  # (cues may name blocker sets)
        modality_types={name: frozenset(types) for name, types in data.get("modality_types", {}).items()},
        hard_blockers=blockers(data["blocker_sets"]["hard"]["patterns"]),
        staff_word=re.compile(data["lexicons"]["staff"].strip("/")),
    )


# --------------------------------------------------------------------------- per-document state

@dataclass
class Slotted:
    """An organisation mention with its grammatical place in the sentence."""

    key: str
    start: int
    end: int
    slot: str  # core | acc | dat | gen | prep:<preposition> | label (a headline's topic before a colon)
    head: str = ""  # the noun a genitive depends on
    clause: int = 0
    generic: bool = False
    body: bool = False  # the mention names a council or board (Gremium) acting for ``key``


@dataclass
class Trigger:
    rule: TriggerRule
    start: int
    end: int
    text: str
    clause: int
    dates: list[tuple[DateMention, str]] = field(default_factory=list)  # (date, cue role)
    modality: str = "reported"  # reported | planned | expected | negated


@dataclass
class Sentence:
    idx: int
    start: int
    end: int
    clauses: list[tuple[int, int]]
    mentions: list[Slotted]
    dates: list[DateMention]
    figures: list[FigureMention]
    persons: list[Mention]
    relative: frozenset[int] = frozenset()  # clauses that are relative clauses set off by commas


@lru_cache(maxsize=1 << 12)
def _political_name(name: str) -> bool:
    """Does a name hold a word of a council group or party ([coreference].political_words)?"""
    return any(word in rules().political_words for word in re.split(r"[\s-]+", name))


@dataclass
class DocContext:
    """What the extractor knows about one release."""

    text: str
    orgs: dict[str, OrgRecord]
    people: dict[str, PersonRecord]
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    org_mentions: list[Mention]
    joiners: list[str] = field(default_factory=list)  # membership subjects (second pass)
    joined: list[str] = field(default_factory=list)  # membership objects (second pass)
    founded: set[str] = field(default_factory=set)  # organisations founded in the release (second pass)
    successors: dict[str, tuple[str, int]] = field(default_factory=dict)  # merged → (merged into, from offset)
    triggers: dict[int, list[Trigger]] = field(default_factory=dict)  # sentence → triggers found in the first pass
    trigger_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule) of doc.spans
    sentence_reports: list[EventReport] = field(default_factory=list)  # the current sentence's so far
    asked_document: bool = False  # did a selector read joiners/joined (the only input the second pass changes)?
    session: DateMention | None = None  # the date of the latest session named so far (pass-local)
    minutes_session: DateMention | None = None  # the session named before any event: the one minutes record
    session_body: str = ""  # the organisation whose session that was ("Sitzung des Stadtrates der Stadt X")
    session_heading: int = -1  # where a sentence naming a session without its date ended (its date may follow)
    states: dict[bool, str] = field(default_factory=dict)  # federal? → the state a ministry acts for (once)

    def effective(self, key: str) -> str:
        """A body (Gremium) or an administration acts for its parent organisation, a ministry for its state."""
        org = self.orgs.get(key)
        if org and org.org_type in rules().acts_for_parent and org.parent_key:
            return org.parent_key
        if org and state_authority(org.name):
            return self._state_named_most(org.name.lower().startswith("bundes")) or key
        return key

    def _state_named_most(self, federal: bool) -> str:
        """The state (the Bund when ``federal``) the release names most ('' for none), counted once per release."""
        if federal not in self.states:
            named = Counter(m.key for m in self.org_mentions
                            if self.is_state(m.key) and self.orgs[m.key].name.startswith("Bund") == federal)
            self.states[federal] = named.most_common(1)[0][0] if named else ""
        return self.states[federal]

    def is_state(self, key: str) -> bool:
        """A state ("Land X", "Bund"): never founded, never what "die Anstalt" or "die Gesellschaft" refers to."""
        org = self.orgs.get(key)
        return bool(org) and org.name.split()[0] in rules().never_founded

    def is_political(self, key: str) -> bool:
        """A council group or party ("CDU-Fraktion", "Bürgerliste X"): never what "die Anstalt" refers to."""
        org = self.orgs.get(key)
        return bool(org) and _political_name(org.name)

    def is_outlet(self, key: str) -> bool:
        """A broadcaster named without legal form ("Radio X"): the one reporting, not a party."""
        org = self.orgs.get(key)
        return bool(org) and org.org_type == "Sonstige" and org.name.split()[0] in rules().outlet_words

    def org_type(self, key: str) -> str:
        org = self.orgs.get(key)
        return org.org_type if org else ""

    def quoted(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.quotes)

    def most_named(self, fits: Callable[[str], bool]) -> str:
        """The organisation the release names most often among those that ``fits`` accepts ('' for none)."""
        named = Counter(self.effective(m.key) for m in self.org_mentions)
        return next((key for key, _ in named.most_common() if fits(key)), "")



def ordered(keys) -> list[str]:
    """Keys in first-seen order, without blanks and repeats."""
    return list(dict.fromkeys(k for k in keys if k))
