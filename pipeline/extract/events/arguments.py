"""Arguments: pick an event's subject and objects with the trigger's selectors (clause first,
then the sentence, then context)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...knowledge import PLACE_FAMILIES, family_of, knowledge
from ...records import EventReport
from ..people import AUTHOR, offices
from .clauses import DATIVE_ARTICLES, has_type, named_by_noun, uncoordinated
from .rules import (
    CLAUSE_ONLY,
    DASS_CLAUSE,
    DocContext,
    Sentence,
    Slotted,
    Trigger,
    ordered,
    rules,
)

_APPOSITION = re.compile(r"\s*(?:ein|eine|einer|eines|einem|der|die|das|des|dem)\s+"
                         r"(?!\w+\s+(?:hat|ist|war|wurde|wird)\b)")
_RELATIVE = re.compile(r"\s*(?:den|welchen)\s+"
                       r"|\s*(?:die|der|das|welche[rs]?)\s+(?!(?!(?:die|der|das)\s)\w+\s+(?:Stadt|Gemeinde|Landkreis|Amt)\b)")
_PREP_RELATIVE = re.compile(r"\s*(?:an|am|bei|beim|in|im|mit)\s+(?:der|dem|denen|welcher|welchem)\s")
_VERB_COMMA = re.compile(r"\s*(?:\([^()]*\))?\s*(?:[a-zäöüß]+\s+){0,2}?(?:[a-zäöüß]+)?\s*,?\s*")
# "Die X (XY), 2020 von A gegründet": the acronym's bracket closes first; "die X (gegründet 2021)"
_COMMA_ONLY = re.compile(r"\)?\s*,\s*|\s*\(\s*")
_FIRST_PERSON = re.compile(r"\b(?:ich|wir)\b")
_FOR_AFTER_PERSON = re.compile(r"\s*(?:\([^()]*\)\s*)?für\s+(?:(?:der|die|das|den|dem|des)\s+)?")
_ADVERBIAL = re.compile(r"[\s,–—-]*(?:obwohl|obgleich|weil|nachdem|wenn|falls|sofern|während|bevor|da)\b", re.I)
_ONLY_BRACKETS_COMMA = re.compile(r"\s*(?:\([^()]*\))?\s*\)?\s*[,–—-]?\s*")  # also after "(ABC" inside
# an apposition after the clause's closing verb ("… zur X gewechselt, der erst 2019 errichteten Anstalt")
_AFTER_CLOSING_VERB = re.compile(r"\s*\)?\s*[a-zäöüß]+,\s*")
# the kind an organisation named with "mit" is, after it: "mit dem X e.V. einen Verein …"
# (not a partner's: "hatten sie mit den Stadtwerken X eine gemeinsame Gesellschaft gegründet")
_KIND_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:einen|eine|ein)\s+(?!gemeinsame)(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ]")
_KIND_WORD = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+\s+")  # one noun between a participle and a name
_TO_PRONOUN = re.compile(r"\b(?:zu|bei)\s+(?:ihm|ihr|ihnen)\b")
_PRONOUN = re.compile(r"\b(?:[Ss]ie|[Ee]r|[Ee]s|[Dd]iese|[Bb]eide)\b")  # "Beide Vereine …": those named before
_PRONOUN_BEFORE_ASIDE = re.compile(_PRONOUN.pattern + r"[^–—]{0,20}[–—][^–—]{1,80}[–—]\s*$")  # "er – … –"



@dataclass
class Choice:
    keys: list[str]
    starts: list[int | None]
    how: str  # the selector that produced the keys
    generic: bool = False

    def keeping(self, keep: Callable[[str, int | None], bool]) -> Choice:
        """The organisations (key, start) that ``keep`` keeps, in their order."""
        pairs = [(k, s) for k, s in zip(self.keys, self.starts, strict=True) if keep(k, s)]
        return Choice([k for k, _ in pairs], [s for _, s in pairs], self.how, self.generic)


def select(ctx: DocContext, sent: Sentence, trigger: Trigger, selectors: tuple[str, ...],
           exclude: set[str], reports: list[EventReport], role: str) -> Choice:
    """Apply selectors in order: clause first, then the whole sentence, then context."""
    clause_mentions = [m for m in sent.mentions if m.clause == trigger.clause]
    # a relative clause's organisations serve only its own triggers ("Die Stadt X, die die Y verlassen hatte, …")
    sentence_mentions = [m for m in sent.mentions if m.clause == trigger.clause or m.clause not in sent.relative]
    if role == "objects":  # another clause's decision has its own organisations ("A hatte zugestimmt, B hatte …")
        busy = {t.clause for t in ctx.triggers.get(sent.idx, [])
                if t.clause != trigger.clause and t.rule.event_type == trigger.rule.event_type}
        sentence_mentions = [m for m in sentence_mentions if m.clause not in busy]
        # nor the clause a dass-clause holding the trigger depends on ("Der Landesregierung ist bekannt, dass …")
        said = [k for k in range(1, trigger.clause + 1) if DASS_CLAUSE.match(ctx.text, sent.clauses[k][0])]
        if said:
            sentence_mentions = [m for m in sentence_mentions if m.clause >= said[-1]]
    if role == "subject" and trigger.rule.event_type == "resolution" \
            and not any(word in rules().bodies for word in _WORD.findall(ctx.text, sent.start, sent.end)):
        # "Sie soll über die Aufnahme der Stadt X entscheiden": X is admitted, it decides nothing (with a council
        # named it may: "Ein Beitritt der Stadt X scheiterte im Stadtrat")
        admitted = {m.start for m in sent.mentions if m.slot == "gen" and m.head in rules().joining_nouns}
        clause_mentions = [m for m in clause_mentions if m.start not in admitted]
        sentence_mentions = [m for m in sentence_mentions if m.start not in admitted]
    if role == "subject" and trigger.clause in sent.relative and "relative" not in selectors \
            and trigger.rule.event_type in ("resolution", "membership") \
            and not any(m.slot in ("core", "der") for m in clause_mentions):
        # a relative clause without a subject of its own speaks of the organisation before it ("Mit der Gemeinde
        # A, die einen Beitritt noch abgelehnt hatte, …"), not of the main clause's
        head = _apposed(ctx, sent, trigger, relative=True)
        if head and head.key not in exclude:
            listed = _listed_before(ctx, sent, trigger, head)
            return Choice([m.key for m in listed], [m.start for m in listed], "relative", head.generic)
    for selector in selectors:
        if selector == "parenthetical":  # "Die X, 2020 von A und B ins Leben gerufen, hat …"
            before = [m for m in sent.mentions if m.end <= trigger.start and m.key not in exclude
                      and _COMMA_ONLY.fullmatch(ctx.text, m.end, trigger.start)]
            if before:
                return Choice([before[-1].key], [before[-1].start], selector, before[-1].generic)
            continue
        if selector == "signed_for":  # "X für das Land A, Landrat Y für den Landkreis B und Oberbürgermeisterin Z":
            keys = _signed_for(ctx, sent)  # whom each signatory signed for, in their order
            if keys:
                return Choice(keys, [None] * len(keys), selector)
            continue
        if selector == "listed_bodies":
            listed = _dedupe(_listed_bodies(ctx, sent, trigger))
            if len(listed) > 1:
                return Choice([m.key for m in listed], [m.start for m in listed], selector)
            continue
        if selector == "copula_relative":  # "Das X ist eine Anstalt, die A und B 2025 errichtet haben": X
            head = _copula_subject(ctx, sent, trigger)
            if head and head.key not in exclude:
                return Choice([head.key], [head.start], selector, head.generic)
            continue
        if selector == "prep_relative":  # "die X GmbH, an der sich A und B beteiligen": X
            head = _prep_relative(ctx, sent, trigger)
            if head and head.key not in exclude:
                return Choice([head.key], [head.start], selector, head.generic)
            continue
        if selector in ("apposed", "relative"):
            head = _apposed(ctx, sent, trigger, selector == "relative")
            if head and head.key not in exclude:
                listed = _listed_before(ctx, sent, trigger, head) if selector == "relative" else [head]
                return Choice([m.key for m in listed], [m.start for m in listed], selector, head.generic)
            continue
        pools = (clause_mentions,) if selector in CLAUSE_ONLY else (clause_mentions, sentence_mentions)
        for pool in pools:
            picked = [m for m in pool if m.key not in exclude
                      and any(_matches(ctx, part, m, trigger) for part in selector.split("+"))]
            if selector == "nom" and any(m.slot == "core" for m in picked):
                # then "der X" is the dative, unless a masculine noun ("an der sich der Landkreis A und die Gemeinde
                # B beteiligen")
                picked = [m for m in picked if m.slot == "core" or rules().masculine_noun.match(ctx.text, m.start)]
            if selector == "foundable_after":  # not one listed with the founders: "gründeten A, B und die C den X"
                picked = [m for m in picked if not _listed_after(ctx, pool, m)
                          and not (m.generic and sum(o.generic and o.start == m.start for o in pool) > 1)]
                # (nor the ones a plural stands for: "verschmelzen beide Vereine zu einem neuen, der „X“ heißt")
            if selector in ("framed", "foundable_after", "clause_before"):
                picked = picked[-1:]  # the object stands last before the participle
            if selector == "inside":
                picked = _without_middle_field_subject(ctx, pool, trigger, picked)
            if picked:
                picked = _dedupe(picked)
                keys = [m.key for m in picked]
                if selector == "officials":  # "Landrat X sowie die Bürgermeister der Gemeinden A und B": X's first
                    keys = ordered([*_officials_named_before(ctx, sent, trigger, picked[0].start, exclude), *keys])
                return Choice(keys, [None] * (len(keys) - len(picked)) + [m.start for m in picked], selector,
                              all(m.generic for m in picked))
        keys = _context_keys(ctx, sent, trigger, selector, reports, role)
        keys = [k for k in keys if k not in exclude]
        if selector == "document" and role == "objects" and trigger.rule.event_type == "contract_signing" \
                and len(exclude) > 1 and not rules().separate_contracts.search(ctx.text, sent.start, sent.end):
            # the parties of one contract the sentence names ("Bürgermeister X und ich haben … unterschrieben")
            # are all its parties: what the release's members join is none of them
            keys = []
        if keys:
            return Choice(keys, [None] * len(keys), selector)
    return Choice([], [], "")


def _officials_named_before(ctx: DocContext, sent: Sentence, trigger: Trigger, first: int,
                            exclude: set[str]) -> list[str]:
    """The organisations of the office holders named by name in the trigger's clause before the first official
    named by office ("Landrat X sowie die Bürgermeister der Gemeinden A und B unterzeichnen"), in their order; one
    named without an office signs for the organisation of the office the release gives them ("besiegelten Muster
    und der Präsident der Hochschule A")."""
    start = sent.clauses[trigger.clause][0]
    keys = []
    for m in sent.persons:
        before = WORD_BEFORE.search(ctx.text, max(start, m.start - 40), m.start)  # the office written before them
        title = before[1] if before and before[1] in knowledge().office_titles else ""
        record = ctx.people.get(m.key)
        if not start <= m.start < first or record is None:
            continue
        if not title:
            key = next((r.org_key for r in record.roles if r.org_key), "")
            if key and ctx.effective(key) not in exclude:
                keys.append(ctx.effective(key))
            continue
        role = next((r for r in record.roles if r.role.lower() == title.lower() and r.org_key), None)
        office = offices().get(title)
        # "Landrat X" of no Landkreis of his own here: the one the release names
        key = role.org_key if role else next((o.key for o in ctx.org_mentions if office and (
            family_of(ctx.org_type(o.key)) in office.families)), "")
        if key and ctx.effective(key) not in exclude:
            keys.append(ctx.effective(key))
    return ordered(keys)


_JOINTLY = re.compile(r"\b(?:gemeinsam|zusammen)\s+mit\s+[^,;:]*$")  # "gemeinsam mit dem A und dem "
WORD_BEFORE = re.compile(r"(\w+)\s+$")  # the word right before a position (an office before a name)


def _listed_after(ctx: DocContext, pool: list[Slotted], m: Slotted) -> bool:
    """``m`` continues a list of the organisations named right before it (", die B", "und die C")."""
    before = [x for x in pool if x.end <= m.start]
    return bool(before) and _LIST_CONTINUES.fullmatch(ctx.text, before[-1].end, m.start) is not None


_LIST_CONTINUES = re.compile(r"\s*(?:,|\s(?:und|sowie|oder))\s+(?:(?:der|die|das|den|dem|des)\s+)?")
_VERB_THEN_DER = re.compile(r"\S+\s+(?:der\s+)?")  # the finite verb, then "der": a nominative right after it


def _without_middle_field_subject(ctx: DocContext, pool: list[Slotted], trigger: Trigger,
                                  picked: list[Slotted]) -> list[Slotted]:
    """Of the organisations inside a verb frame whose articles show no case, the first is the subject when
    none stands before the verb: "Auf ihrer Versammlung nahm die Genossenschaft die Gemeinden A und B als
    Mitglieder auf" (German names the subject first), "Die X hat die Gemeinde Y aufgenommen" (X is)."""
    before = [m for m in pool if m.start < trigger.start and m.slot in ("core", "der")]
    if before or len(picked) < 2 or picked[1].start < picked[0].end:
        return picked
    if picked[0].slot != "core" and not (picked[0].slot == "der" and _VERB_THEN_DER.fullmatch(
            ctx.text, trigger.start, picked[0].start)):  # "nahm der Verband X die Y auf": "der" right after the verb
        return picked
    return picked[1:] if uncoordinated(ctx.text, picked[0].end, picked[1].start) else picked


def _signed_for(ctx: DocContext, sent: Sentence) -> list[str]:
    """The organisations the people of a sentence signed for, when one of them is named "für" one: each person's
    "für X", else the organisation of their office ("Oberbürgermeisterin Z" of the Stadt)."""
    signed = {p.start: m.key for p in sent.persons for m in sent.mentions
              if m.slot == "prep:für" and _FOR_AFTER_PERSON.fullmatch(ctx.text, p.end, m.start)}
    if not signed or _FIRST_PERSON.search(ctx.text, sent.start, sent.end):
        return []  # "… und ich haben unterschrieben": the writer's side is no person of the sentence
    keys = []
    for person in sent.persons:
        record = ctx.people.get(person.key)
        key = signed.get(person.start) or (record.roles[0].org_key if record and record.roles else "")
        if key:
            keys.append(ctx.effective(key))
    return ordered(keys)


# a possessive opening a relative clause's object: "…, die unsere gGmbH gegründet haben" (the pronoun is the subject)
_POSSESSIVE = re.compile(r"\s*(?:unser|ihr|sein|deren|dessen)\w*\s")
# "…, die die Stadt A … gegründet hat": a nominative article right after the relative pronoun, which is the object
_SUBJECT_AFTER_PRONOUN = re.compile(r"\s*(?:die|das)\s+(?:der|die|das)\s")
_POSSESSED_BEFORE = re.compile(r"\b(?:unser|ihr|sein|deren|dessen)\w*\s+$")
# a noun after "unsere", past a number or an adjective: "unsere sieben Beschäftigten", "unsere beiden Teilzeitkräfte"
_OUR_NOUN = re.compile(r"\b[Uu]nser(?:e|en|er)?\s+(?:[\wäöüß]+\s+){0,2}?([A-ZÄÖÜ][\wäöüß-]+)")


def one_with_surname(ctx: DocContext, surnames: set[str]) -> str:
    """The one person of the release with one of these surnames, '' for none or several."""
    found = {key for key, person in ctx.people.items() if person.name.split()[-1] in surnames}
    return found.pop() if len(found) == 1 else ""


def interviewee(ctx: DocContext) -> str:
    """The one person of the release the questions of an interview address ("Frau Muster, …"), '' for none."""
    return one_with_surname(ctx, {m.group("surname") for m in rules().addressed.finditer(ctx.text)})


def writer(ctx: DocContext, at: int) -> str:
    """The person an "ich" at ``at`` is: the speaker whose name opens the answer ("**Muster:** …"), the interviewee,
    the one who signs the release ("Ihr\nMax Muster"), else (no interview) its one author by byline ("Gepostet am …
    von Erika Beispiel"); '' for none."""
    line = ctx.text.rfind("\n", 0, at) + 1
    speaker = rules().speaker.match(ctx.text, line, at)
    if speaker:
        return one_with_surname(ctx, {speaker.group("surname")})
    if rules().addressed.search(ctx.text):
        return interviewee(ctx)
    signed = one_with_surname(ctx, {m.group("surname") for m in rules().signature.finditer(ctx.text)})
    authors = [key for key, person in ctx.people.items() if any(role.role == AUTHOR.role for role in person.roles)]
    return signed or (authors[0] if len(authors) == 1 else "")


_NAMED_NEXT = re.compile(r"\s*(?:\(\d+\)\s*)?(?:Sie|Er|Es)\s+(?:führt|trägt|erhält)\s+den\s+Namen\b")


def _named_next(ctx: DocContext, sent: Sentence) -> list[str]:
    """The organisation the next sentence names for the one just created: "… errichten eine gemeinsame Anstalt. Sie
    führt den Namen „X“" (whatever kind its name says)."""
    if sent.idx + 1 >= len(ctx.sentences):
        return []
    following = ctx.sentences[sent.idx + 1]
    if not _NAMED_NEXT.match(ctx.text, following.start):
        return []
    return next(([m.key] for m in following.mentions if not ctx.is_state(m.key)
                 and family_of(ctx.org_type(m.key)) not in PLACE_FAMILIES), [])


def release_host(ctx: DocContext) -> str:
    """The organisation the release speaks for: its most named one of a kind that is founded ('' for none)."""
    return ctx.most_named(lambda k: foundable(ctx, k))


_FOUNDER_SLOTS = ("prep:von", "prep:durch", "prep:mit")
_PLURAL_VERB_ENDS = re.compile(r"\b(?:sind|haben|hatten|waren|wurden|werden|wollen|sollen)\W*$")
_LISTED = re.compile(r"\s*(?:,|und)\s*")  # between the names of a list ("A, B und C"), not "sowie"


def _listed_before(ctx: DocContext, sent: Sentence, trigger: Trigger, head: Slotted) -> list[Slotted]:
    """The organisations listed with the one a plural relative clause follows ("… sowie Loderau, Kessendorf und
    Hirschau, die zum Jahresbeginn beigetreten sind": all three); just that one for a singular verb."""
    start, end = sent.clauses[trigger.clause]
    if not _PLURAL_VERB_ENDS.search(ctx.text, start, end):
        return [head]
    listed = [head]
    for m in reversed([m for m in sent.mentions if m.end <= head.start]):
        if not _LISTED.fullmatch(ctx.text, m.end, listed[0].start) or m.key in {x.key for x in listed}:
            break
        listed.insert(0, m)
    return listed


def _apposed(ctx: DocContext, sent: Sentence, trigger: Trigger, relative: bool = False) -> Slotted | None:
    """The organisation an apposition speaks of: the trigger's clause opens with an article right after
    a comma that follows the organisation ("Die X, ein 2011 ins Leben gerufener Zusammenschluss, …",
    "die X, die erst 2016 errichtete Anstalt"); with ``relative``, the one a relative clause speaks of
    ("… zur X GmbH verschmolzen, die seither ihre Arbeit aufgenommen hat")."""
    if trigger.clause == 0:
        return None
    start, _end = sent.clauses[trigger.clause]
    opening = (_RELATIVE if relative else _APPOSITION).match(ctx.text, start)
    if not opening:
        return None
    # "…, den A und B gebildet haben"; "…, die A und B gegründet haben" (a plural verb: the pronoun is its object);
    # "…, die die Stadt A gegründet hat" (the nominative follows the pronoun)
    if relative and _POSSESSIVE.match(ctx.text, opening.end()):
        return None
    accusative = relative and (opening.group().split()[0] in ("den", "welchen")
                               or trigger.text.split()[-1] in ("haben", "hatten")
                               or bool(_SUBJECT_AFTER_PRONOUN.match(ctx.text, start)))
    if not accusative and any(not m.generic and start <= m.start <= trigger.end + 2 and m.slot not in _FOUNDER_SLOTS
                              for m in sent.mentions):
        return None  # the phrase names its own organisation ("…, der 2019 gegründete Verband X"), not only its
        # founders ("…, ein 2023 von A gemeinsam mit dem B gegründeter Zusammenschluss")
    before = [m for m in sent.mentions if m.clause == trigger.clause - 1 and m.end <= start]
    between = _VERB_COMMA if relative else _ONLY_BRACKETS_COMMA  # "zur X verschmolzen, die …"
    # the last one right before, or the name before its acronym in brackets ("Die X GmbH (XG) – die … Tochter")
    found = next((m for m in reversed(before[-2:]) if between.fullmatch(ctx.text, m.end, start)), None)
    if found is None and not relative and before and _AFTER_CLOSING_VERB.fullmatch(ctx.text, before[-1].end, start) \
            and (before[-1].slot.startswith("prep:")
                 or (before[-1].slot == "dat" and opening.group().split()[0] in DATIVE_ARTICLES)):
        # "zur X gewechselt, der …", "dem X beitreten, einem …": the verb closing the clause stands between
        found = before[-1]
    return found


def _prep_relative(ctx: DocContext, sent: Sentence, trigger: Trigger) -> Slotted | None:
    """The organisation a relative clause opening with a preposition speaks of, named right before its comma
    ("die X GmbH, an der sich A und B beteiligen sollen": X; "von der X betrieben, mit der …": X)."""
    if trigger.clause == 0:
        return None
    start, _end = sent.clauses[trigger.clause]
    if not _PREP_RELATIVE.match(ctx.text, start):
        return None
    before = [m for m in sent.mentions if m.clause == trigger.clause - 1 and m.end <= start]
    # (the verb may close the clause before: "wird von der X GmbH betrieben, mit der …")
    return next((m for m in reversed(before[-2:]) if _VERB_COMMA.fullmatch(ctx.text, m.end, start)), None)


def _copula_subject(ctx: DocContext, sent: Sentence, trigger: Trigger) -> Slotted | None:
    """The organisation a kind is said of, when the trigger stands in a relative clause about that kind ("Das X
    ist eine Anstalt des öffentlichen Rechts, die A und B 2025 errichtet haben": X)."""
    if trigger.clause == 0 or not _RELATIVE.match(ctx.text, sent.clauses[trigger.clause][0]):
        return None
    start, end = sent.clauses[trigger.clause - 1]
    copula = _COPULA_KIND.search(ctx.text, start, end)
    if copula is None:
        return None
    return next((m for m in reversed(sent.mentions) if m.clause == trigger.clause - 1 and m.end <= copula.start()
                 and m.slot in ("core", "der") and not m.generic), None)


_COPULA_KIND = re.compile(r"\s(?:ist|sind|war|waren)\s+(?:ein|eine|einer|der|die|das)\s")


def _listed_bodies(ctx: DocContext, sent: Sentence, trigger: Trigger) -> list[Slotted]:
    """Councils listed in the genitive after a decision noun, over commas ("der Beschlüsse des Kreistages des
    Landkreises A vom …, des Kreistages des Landkreises B vom … und der Stadtverordnetenversammlung der Stadt C")."""
    return [m for m in sent.mentions if m.start > trigger.start and m.slot in ("gen", "der")
            and (m.body or m.head in rules().bodies)
            and (m.clause == trigger.clause or _GENITIVE_CONTINUES.match(ctx.text, sent.clauses[m.clause][0]))]


def _dedupe(mentions: list[Slotted]) -> list[Slotted]:
    seen: dict[str, Slotted] = {}
    for m in mentions:
        seen.setdefault(m.key, m)
    return list(seen.values())


def _matches(ctx: DocContext, selector: str, m: Slotted, trigger: Trigger | None = None) -> bool:
    if selector in ("core", "nom"):
        return m.slot in ("core", "der")
    if selector in ("acc", "dat", "gen", "der", "label"):
        return m.slot == selector
    if selector.startswith("prep:"):
        return m.slot == selector
    if selector == "jointly":  # "von A gemeinsam mit dem B und dem C gegründet": B and C found it too
        return m.slot == "prep:mit" and _JOINTLY.search(ctx.text, max(0, m.start - 200), m.start) is not None
    if selector == "gen_trigger":
        return m.slot == "gen" and trigger is not None and m.head == trigger.text
    if selector == "officials":  # "die Landräte der Kreise A und B", "die Bürgermeister von A und B"
        return m.slot == "gen" and m.head in knowledge().office_titles
    if selector == "gen_member":
        return m.slot == "gen" and m.head in rules().member_nouns
    if selector == "gen_employer":  # "in den Dienst des X", not "aus dem Dienst des X"
        if m.slot != "gen" or m.head not in rules().employer_nouns:
            return False
        words = _WORD.findall(ctx.text, max(0, m.start - 40), m.start)  # "… aus dem Dienst des"
        at = len(words) - 1 - words[::-1].index(m.head) if m.head in words else 0
        return not {word.lower() for word in words[max(0, at - 2):at]} & rules().leaving_prepositions
    if selector == "gen_parent":
        return m.slot == "gen" and m.head in rules().parent_nouns
    if selector == "body":  # a council, the organisation of one ("die Mitgliederversammlung des A"), or the
        # organisation after a pronoun standing for one ("… als auch die des B")
        return (m.body and m.slot in ("core", "der")) or (m.slot in ("gen", "core", "der") and (
            m.head in rules().bodies or m.head in rules().voting_members))  # "die Mitglieder des A"
    if selector == "body_by":  # "grünes Licht von der Mitgliederversammlung": the body that gave it
        return m.body and m.slot in ("prep:von", "prep:durch")
    if selector == "foundable":
        return m.slot in ("core", "der", "acc") and foundable(ctx, m.key)
    if selector == "foundable_after":
        return trigger is not None and m.start > trigger.start and m.slot in ("core", "der", "acc") \
            and foundable(ctx, m.key)
    if selector == "foundable_any":
        return foundable(ctx, m.key)
    if selector == "possessed":  # "…, die unsere gGmbH gegründet haben": the organisation after a possessive
        return bool(_POSSESSED_BEFORE.search(ctx.text, max(0, m.start - 12), m.start))
    if selector == "listed_after":  # "hat drei neue Mitglieder aufgenommen: A, B und C": the list after it
        return trigger is not None and m.start >= trigger.end and not m.generic
    if selector == "framed_after":  # "der neu gegründete Zweckverband X": the noun right after the participle, or
        # the name after its kind ("auf den neu gegründeten Verein X-Turngemeinde e.V.")
        return trigger is not None and trigger.end <= m.start and (
            m.start <= trigger.end + 2 or _KIND_WORD.fullmatch(ctx.text, trigger.end, m.start) is not None)
    if selector == "inside":  # "X hat die Gemeinde Y als Mitglied aufgenommen": any kind, inside the verb frame;
        # "neben A und B auch C aufzunehmen": A and B too; not a council ("nahm die Mitgliederversammlung des X …")
        return trigger is not None and trigger.start < m.start < trigger.end and not m.body and (
            m.slot in ("core", "der", "acc") or (m.slot == "prep:neben" and " auch " in ctx.text[m.end:trigger.end]))
    if selector == "clause_before":  # "wollen A und B die X ins Leben rufen": before the infinitive
        return trigger is not None and m.start < trigger.start and m.slot in ("core", "acc") and foundable(ctx, m.key)
    if selector == "framed":  # "A und B haben … die C GmbH gegründet": inside the verb frame, not a nominative
        # ("will der Verband … eine Gesellschaft gründen"); or named with "mit" before the kind it is: "hatten A und
        # B mit dem X e.V. einen Verein ins Leben gerufen"
        return trigger is not None and trigger.start < m.start < trigger.end and foundable(ctx, m.key) \
            and (m.slot in ("core", "acc")
                 or (m.slot == "prep:mit" and _KIND_AFTER.match(ctx.text, m.end, trigger.end) is not None))
    return selector == "rest" and m.slot != "place"  # "im Rathaus von X": where it happened


def register_heading(ctx: DocContext, sent: Sentence) -> str:
    """The organisation a register entry's heading names ("Förderverein X e.V., Musterau.", "a) Name: X e.V."), in
    the sentences since the entry's number ("VR 1187 – Neueintragung"), else in the few sentences before; '' when
    there is none (a press release)."""
    entries = [m.end() for m in rules().register_entry.finditer(ctx.text, 0, sent.start)]
    since = [s for s in ctx.sentences if s.end <= sent.start and (not entries or s.end > entries[-1])]
    for before in (since if entries else since[-_ENTRY_SENTENCES:][::-1]):
        first = before.mentions[0] if before.mentions else None
        if first is None:
            continue
        tail = ctx.text[first.end:before.end].strip()
        if (first.start - before.start <= 1 and _HEADING_TAIL.fullmatch(tail)) or (
                _NAME_LABEL.fullmatch(ctx.text, before.start, first.start) and tail in ("", ".")) or (
                _numbered(ctx, before.start, first.start) and _ADDRESS_TAIL.fullmatch(tail)):
            return ctx.effective(first.key)
    return ""


_ENTRY_SENTENCES = 4  # a register entry: its heading, a line or two, the board
# ", Musterau." after the name, also with the address in brackets ("…, Musterau (Geschäftsanschrift: Weg 3, 12345
# Musterau).")
_HEADING_TAIL = re.compile(r",\s*(?:Sitz:\s*)?[A-ZÄÖÜ][\w .()/-]{0,40}?(?:\s*\([^()]{0,80}\))?\.?")
_NAME_LABEL = re.compile(r"\s*(?:[a-z]\)\s*)?Name\s*:\s*")  # "a) Name: X e.V." (its seat on the next line)
_ADDRESS_TAIL = re.compile(r"(?:,\s*[^,.;:]{1,40}){1,3}\.?")  # ", Ort, Am Anger 1, 12345 Ort."


def _numbered(ctx: DocContext, start: int, end: int) -> bool:
    """The entry's number and a colon fill the text before its name: "GnR 318: X eG, Ort, Am Anger 1, 12345 Ort."."""
    number = rules().register_entry.match(ctx.text, start, end)
    return number is not None and ctx.text[number.end():end].strip() == ":"


def foundable(ctx: DocContext, key: str) -> bool:
    """An organisation of a kind that gets founded (and has members), not a state ("Land X", "Bund"), a council
    group or party, nor the broadcaster reporting ("Radio X")."""
    return ctx.org_type(key) in rules().foundable and not ctx.is_state(key) and not ctx.is_political(key) \
        and not ctx.is_outlet(key)


def _context_keys(ctx: DocContext, sent: Sentence, trigger: Trigger, selector: str,
                  reports: list[EventReport], role: str) -> list[str]:
    """Selectors that look beyond the clause: main clause, previous sentences, the release."""
    if selector == "main":  # not an adverbial clause's ("…, obwohl A und B darum gebeten hatten")
        # ("Die Gemeinderäte von A und B haben beschlossen, … beizutreten": A and B, whose councils they are)
        # (a relative clause's subject stands before it: "Für alle, die nicht dabei waren: A und B …" is not A and B)
        return ordered(m.key for m in sent.mentions if m.clause != trigger.clause
                       and not (trigger.clause in sent.relative and m.start > trigger.start)
                       and (m.slot in ("core", "der") or (m.slot == "gen" and m.head in rules().bodies))
                       and m.clause not in sent.relative and not _ADVERBIAL.match(ctx.text, sent.clauses[m.clause][0]))
    if selector == "owner_adjective":  # "die Beschäftigten des städtischen Schlachthofs": the release's Stadt
        words = _WORD.findall(ctx.text[sent.start:sent.end].lower())
        kinds = next((types for stem, types in rules().owner_adjectives.items()
                      if any(w.startswith(stem) for w in words)), ())
        key = ctx.most_named(lambda k: ctx.org_type(k) in kinds) if kinds else ""
        return [key] if key else []
    if selector == "main_by_pronoun":  # "… dass die Beschäftigten zu ihm wechseln": whom the main clause names
        start, end = sent.clauses[trigger.clause]
        if not _TO_PRONOUN.search(ctx.text, start, end):
            return []
        return _context_keys(ctx, sent, trigger, "main", reports, role)
    if selector == "previous":
        start, end = sent.clauses[trigger.clause]
        if rules().others.search(ctx.text, start, end):
            return []  # "Zwei weitere Kommunen wollen beitreten": not those of the sentences before
        if ctx.session_body and trigger.rule.event_type == "resolution" and \
                rules().decision_block.search(ctx.text, max(0, sent.start - 600), sent.start):
            return []  # minutes' "Beschluss:" block: the session's council decides ("decider")
        return _previous(ctx, sent, trigger, reports)
    if selector == "previous_parties":  # "… zwischen A und B. Die Vereinbarung wurde von den Beteiligten unterzeichnet"
        prev = ctx.sentences[sent.idx - 1] if sent.idx else None
        return ordered(ctx.effective(m.key) for m in sorted(prev.mentions, key=lambda m: m.start)) if prev else []
    if selector == "pronoun":  # "Die Gemeinden A und B sind ihr … beigetreten", "A hat sie 2023 gegründet"
        if not rules().pronoun_org.search(ctx.text, *sent.clauses[trigger.clause]):
            return []
        # the subject of the sentence before, also a noun for one ("Die Genossenschaft soll das Lagerhaus der X GmbH
        # übernehmen. Gegründet werden soll sie …"), else the organisation named last
        subject = next((m.key for m in subjects_before(ctx, sent) if m.clause == 0 and foundable(ctx, m.key)), "")
        return [ctx.effective(subject)] if subject else _foundable_before(ctx, sent.start)
    if selector == "named_before":  # a register entry's company: "X GmbH, Ort. Gesellschaftsvertrag vom …" (its
        # heading's, not one the entry names since: "… aus dem X e.V. entstanden. Die Satzung ist … errichtet worden")
        heading = register_heading(ctx, sent)
        if heading:
            return [heading]
        founders = {m.start for m in sent.mentions if m.slot.startswith("prep:")}  # "Gründung durch die X GmbH"
        return _foundable_before(ctx, trigger.start, founders)
    if selector == "joining":  # "will … über einen Beitritt entscheiden": what the release's members join
        if not rules().joining.search(ctx.text, *sent.clauses[trigger.clause]):
            return []
        ctx.asked_document = True
        host = release_host(ctx)
        return ctx.joined[:1] or ([host] if host else [])
    if selector == "new_kind":  # "A und B errichten eine gemeinsame kommunale Anstalt": the release's one of that kind
        start, end = sent.clauses[trigger.clause]
        # the first indefinite noun of a kind ("A, B und ein Familienunternehmen eine Stiftung": Stiftung)
        found = next((m for m in _NEW_KIND.finditer(ctx.text, start, end) if m.group(1) in rules().nouns), None)
        noun = found.group(1) if found else ""
        types = rules().nouns.get(noun, ())
        if not types:
            return []

        def of_kind(k: str) -> bool:
            return ctx.org_type(k) in types and foundable(ctx, k)
        # "mit dem X e.V. einen Verein gegründet", "eine Anstalt unter dem Namen X": the one the clause names (not a
        # founder "gemeinsam mit der X e.V.")
        named = next((key for m in sent.mentions if m.clause == trigger.clause and of_kind(key := ctx.effective(m.key))
                      and _JOINTLY.search(ctx.text, max(0, m.start - 200), m.start) is None), "")
        if named:
            return [named]
        # one named by the noun first ("eine Stiftung": the "Stiftung X", not a "Burgruine X" of the same type); not
        # a founder the clause names ("wollen gemeinsam mit der X e.V. einen Verein ins Leben rufen")
        founders = {ctx.effective(m.key) for m in sent.mentions
                    if m.clause == trigger.clause and found is not None and m.start < found.start()}
        key = ctx.most_named(lambda k: of_kind(k) and k not in founders and named_by_noun(ctx, k, noun)) \
            or ctx.most_named(lambda k: of_kind(k) and k not in founders)
        return [key] if key else _named_next(ctx, sent)
    if selector == "decider":
        # the latest decision's maker, else whose session the minutes record ("Der Antrag wurde abgelehnt"); in
        # minutes, a decision of another day the record recalls ("Auf Grundlage eines Kreistagsbeschlusses vom …")
        # is no decision of the session
        latest = next((r for r in reversed(reports) if r.event_type == "resolution"), None)
        minutes = ctx.minutes_session.value if ctx.minutes_session is not None and ctx.session_body else ""
        if latest is not None and not (minutes and latest.date and latest.date != minutes):
            return [latest.subject_key]
        return [ctx.session_body] if ctx.session_body else []
    if selector == "signatories":  # the organisations of the people named in the sentence (their roles)
        records = [ctx.people.get(m.key) for m in sent.persons]
        keys = [ctx.effective(r.roles[0].org_key) for r in records if r and r.roles and r.roles[0].org_key]
        asked = ctx.people.get(interviewee(ctx))
        if asked is not None and rules().first_person.search(ctx.text, sent.start, sent.end):
            # "Bürgermeister X und ich haben … unterschrieben": in an interview, "ich" is the one asked, who
            # speaks for the release's organisation when the release gives no office of theirs
            keys.append(ctx.effective(asked.roles[0].org_key) if asked.roles and asked.roles[0].org_key
                        else release_host(ctx))
        return ordered(k for k in keys if k)
    if selector == "compound_body":
        return _compound_body(ctx, sent, trigger)
    if selector == "namesake":  # "Das Kühlhaus geht in Betrieb": the one organisation named after the facility
        start, end = sent.clauses[trigger.clause]  # (the Kühlhausgenossenschaft X eG)
        nouns = {w.lower() for w in _CAPITALISED.findall(ctx.text, start, end) if len(w) > 4} - {"betrieb"}
        keys = {ctx.effective(k) for k, org in ctx.orgs.items() if foundable(ctx, k) and any(
            org.name.split()[0].lower().startswith(noun) for noun in nouns)}
        return list(keys) if len(keys) == 1 else []
    if selector == "company":  # "haben Anteile gezeichnet": the release's most named company (an eG, a GmbH)
        key = ctx.most_named(lambda k: ctx.org_type(k) in rules().companies)
        return [key] if key else []
    if selector == "host" or (selector == "us" and rules().us.search(ctx.text, *sent.clauses[trigger.clause])):
        # "us": "… sind zu uns gewechselt", the organisation the release speaks for; not as the subject when the
        # clause names it otherwise ("wurden die A und die B verschmolzen": A is merged, not founded)
        host = release_host(ctx)
        if host and role == "subject" and any(m.key == host and m.clause == trigger.clause
                                              and (m.slot in ("core", "der") or selector == "us")
                                              for m in sent.mentions):
            return []  # ("Wir treten der X bei" in X's own release: not X joining)
        return [host] if host else []
    if selector == "our_official":  # "… gemeinsam mit unserer Vorsitzenden unterzeichnet": the release's organisation
        host = release_host(ctx) if rules().our_official.search(ctx.text, *sent.clauses[trigger.clause]) else ""
        return [host] if host else []
    if selector == "former_employer":  # "drei Kolleginnen, die bisher beim Amt X angestellt waren": X gives them
        # (also "die bisher im Bauhof der Gemeinde X beschäftigt waren")
        return ordered(m.key for m in sent.mentions if m.clause in sent.relative
                       and m.slot in ("prep:bei", "prep:in", "prep:von", "gen")
                       and rules().employed.search(ctx.text, *sent.clauses[m.clause]))
    if selector == "our_staff":  # "Unsere sieben Beschäftigten wechseln in die neue gGmbH": the release's staff
        start, end = sent.clauses[trigger.clause]
        ours = any(rules().staff_word.fullmatch(m.group(1).lower()) for m in _OUR_NOUN.finditer(ctx.text, start, end))
        host = release_host(ctx) if ours else ""
        return [host] if host else []
    if selector == "office_holders":  # "Beide Landräte unterzeichneten": every Landkreis the release names
        start, end = sent.clauses[trigger.clause]
        words = _WORD.findall(ctx.text, start, end)
        kinds = [_office_kinds(word, n > 0 and words[n - 1].lower() in rules().numbers) for n, word in enumerate(words)]
        primary = {kind for found in kinds if found for kind in found[0]}
        keys: list[str] = []
        # the sentence's first, in its order ("die Landkreise A und B … beide Landräte"), then the release's (not the
        # place of the signing: "… im Sitzungssaal des Landratsamtes B")
        leading = {m.start for m in sent.mentions if m.slot != "gen" and not m.slot.startswith("prep:")}
        mentions = sorted(ctx.org_mentions, key=lambda m: m.start not in leading)
        for wanted in (primary, primary | {kind for found in kinds if found for kind in found[1]}):
            keys = ordered(ctx.effective(m.key) for m in mentions
                           if ctx.org_type(m.key) in wanted or family_of(ctx.org_type(m.key)) in wanted)
            if len(keys) > 1:
                return keys
        return []
    if selector == "merged_into":  # "hat sich gegen die Fusion entschieden": what the release's merger forms
        founding = next((r for r in reversed([*reports, *ctx.sentence_reports])
                         if r.event_type == "founding" and len(r.object_keys) > 1), None)
        return [founding.subject_key] if founding else []
    if selector == "founders":  # "Der Gesellschaftsvertrag soll … unterschrieben werden": the founders sign it (a
        # merger's, told first: the organisations other than towns whose votes the release reported)
        start, end = sent.clauses[trigger.clause]
        if not rules().founding_contract.search(ctx.text, start, end):
            return []
        earlier = [*reports, *ctx.sentence_reports]
        founding = next((r for r in reversed(earlier) if r.event_type == "founding" and len(r.object_keys) > 1), None)
        if founding is not None:
            return list(founding.object_keys)
        if not rules().merger_contract.search(ctx.text, start, end):
            return []
        voters = list(dict.fromkeys(r.subject_key for r in earlier if r.event_type == "resolution" and r.subject_key
                                    and ctx.org_type(r.subject_key) not in rules().authorities))
        return voters if len(voters) > 1 else []
    if selector == "document":
        ctx.asked_document = True
        if role == "subject":
            return ctx.joiners
        latest = [r.object_keys for r in reversed([*reports, *ctx.sentence_reports])
                  if r.event_type == "membership" and r.object_keys and r.modality != "negated"]
        # a chronicle's "sechs Jahre später folgte X" joins what the latest membership joined
        return latest[0] if latest and trigger.rule.event_type == "membership" else ctx.joined
    return []


def subjects_before(ctx: DocContext, sent: Sentence) -> list[Slotted]:
    """The organisations in subject position of the sentence before, also nouns for them ("Die Genossenschaft")."""
    return [m for m in (ctx.sentences[sent.idx - 1].mentions if sent.idx else []) if m.slot in ("core", "der")]


def _foundable_before(ctx: DocContext, end: int, skipped: frozenset[int] | set[int] = frozenset()) -> list[str]:
    """The organisation of a kind that has members named last before ``end`` (not at the ``skipped`` starts)."""
    key = next((m.key for m in reversed(ctx.org_mentions) if m.start < end and m.key and m.start not in skipped
                and foundable(ctx, m.key)), "")
    return [ctx.effective(key)] if key else []


_WORD = re.compile(r"\w+")
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+")
# "… in A, B und C": the places a plural council compound names after it
_PLACES_AFTER_IN = re.compile(r"\s+in\s+((?:[A-ZÄÖÜ][\w-]+(?:,\s*|\s+(?:und|sowie)\s+))+[A-ZÄÖÜ][\w-]+)")
# an indefinite noun phrase: "eine gemeinsame kommunale Anstalt", "einen Zweckverband" (the noun: group 1)
_NEW_KIND = re.compile(r"\bein(?:e|en|em)?\s+(?:[a-zäöüß][\w-]*\s+){0,3}([A-ZÄÖÜ][\w-]*)")
_GENITIVE_CONTINUES = re.compile(r"[\s,]*(?:und\s+|sowie\s+)?(?:des|der)\s")


def _office_kinds(word: str, counted: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The kinds of organisation the holders of a plural office title head, and the kinds they head where the
    release names none of those ("Landräte"; "beide Bürgermeister", whose plural is spelt as its singular)."""
    office = offices().get(word) if word in knowledge().office_titles else None
    return (office.families, office.fallback) if office and (office.plural or counted) else None


def _compound_body(ctx: DocContext, sent: Sentence, trigger: Trigger) -> list[str]:
    """The organisation whose council a compound names ("Kreistagsbeschluss" → a Landkreis): one of its
    kind named in the sentence (each, for decisions in the plural), else the latest before it, else the release's
    most named."""
    r = rules()
    word = trigger.text.lower()
    body = next((b for b in sorted(r.nouns, key=len, reverse=True)
                 if b in r.bodies and len(word) > len(b) and word.startswith(b.lower())), "")
    if not body:
        return []
    types = r.nouns[body]

    def fits(key: str) -> bool:
        return has_type(ctx, key, types)

    if r.plural_decisions.match(trigger.text):  # "nach gleichlautenden Kreistagsbeschlüssen in A und B": each
        places = _PLACES_AFTER_IN.match(ctx.text, trigger.end)
        words = _WORD.findall(places.group(1)) if places else []
        each = ordered(k for word in words for k, org in ctx.orgs.items() if fits(k) and org.name.endswith(" " + word))
        if len(each) > 1:
            return each
    named = [m.key for m in sent.mentions if not m.generic and fits(m.key)]
    if named:
        return named[:1]
    before = [ctx.effective(m.key) for m in ctx.org_mentions if m.start < sent.start]
    latest = next((k for k in reversed(before) if fits(k)), "")
    return [k for k in [latest or ctx.most_named(fits)] if k]


def _previous(ctx: DocContext, sent: Sentence, trigger: Trigger, reports: list[EventReport]) -> list[str]:
    """Subjects of the same event type in the two previous sentences; else, when the
    clause speaks of 'sie'/'es', the core organisations of the previous sentence."""
    for back in (1, 2):
        same = [r.subject_key for r in reports
                if r.sent_idx == sent.idx - back and r.event_type == trigger.rule.event_type]
        if same:
            return ordered(same)
    # the pronoun also before an aside in dashes: "Ende November hat er – ich verrate kein Geheimnis – grünes Licht
    # gegeben"
    start, end = sent.clauses[trigger.clause]
    if sent.idx > 0 and (_PRONOUN.search(ctx.text, start, end)
                         or _PRONOUN_BEFORE_ASIDE.search(ctx.text, sent.start, start)):
        return ordered(m.key for m in subjects_before(ctx, sent) if _agrees(ctx, m, ctx.text[start:end]))
    return []


def _agrees(ctx: DocContext, m: Slotted, clause: str) -> bool:
    """Can the clause's pronoun stand for the organisation named with its article ([references] pronoun_articles)?"""
    article = ctx.text[max(0, m.start - 4):m.start].strip().lower()
    return not any(article in articles for pronoun, articles in rules().pronoun_articles.items()
                   if re.search(rf"\b{pronoun}\b", clause))
