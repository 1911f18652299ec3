"""Who did it and to whom: argument spans of a trigger, and their entity and actor codes.

Actors come from the syntax around the trigger (subject, passive agent, "by X" of a nominal
trigger, possessive or adjective "Russian drills"), climbing through complement verbs ("was
considering sending" takes its subject from "considering"). Conjoined subjects give one party
each ("Russian Federation and Belarus"); a pronoun in reported speech is the speaker ("Obama
said he would ..."). Codes come from the entities stage, else from
``dateline.entities.code_actor`` when that exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.entities.lookup import EntityLocator
from dateline.events.cues import ASKING, REPORTING
from dateline.nlp import text_of
from dateline.records import EventParty
from dateline.text_layout import span_ents

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = [
    "FIRST_PERSON", "OF_TARGET", "SUPPORT_VERBS", "agents", "called_on", "code_actor_of",
    "controller", "coordinated", "earlier_person", "entity_locator", "owner", "party",
    "phrase_span",
    "recipients", "relative_antecedent",
]  # fmt: skip

_SUBJ = {"nsubj", "csubj"}
_OBJ = {"dobj", "obj", "dative"}
_RECIP_PREPS = {"with", "to", "against", "on", "at", "from", "for", "into", "toward", "towards"}
_PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_BREAKS = {"-", "--", "–", "—", ":", "(", ")", "|"}
_PERSONAL = {"he", "she", "they", "we"}
_COLLECTIVE = {"ORG", "GPE", "NORP"}
_PRONOUNS = {"it", "they", "them", "this", "that", "which", "who", "we", "us", "he", "she"}


def phrase_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without clauses and appositions)."""
    left = tok
    for t in reversed(list(tok.lefts)):
        if t.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod", "case", "quantmod"}:
            left = min(left, t.left_edge, key=lambda x: x.i)
    right = tok
    for t in tok.rights:
        if t.dep_ == "case" and tok.dep_ == "poss":
            break  # the owner "Russia", not "Russia's"
        if t.dep_ in {"compound", "case"} or (t.dep_ == "prep" and t.lower_ == "of"):
            right = max(right, t.right_edge, key=lambda x: x.i)
        else:
            break
    doc = tok.doc
    for t in doc[left.i : tok.i]:
        if t.is_space or t.text in _BREAKS or t.ent_type_ == "DATE":
            left = doc[t.i + 1]  # a dateline ("HELSINKI, March 3 - Finland") is not the name
    start, end = doc[left.i].idx, doc[right.i].idx + len(doc[right.i])
    if tok.ent_type_ in _PARTY_ENTS:  # the name holding the head, read from its tokens
        ent = _entity_at(tok)
        start, end = min(start, ent.start_char), max(end, ent.end_char)
    cut = _dateline_end(doc) if start < 40 else 0
    if start < cut < end:
        start = cut
    return start, end


# A dash-less dateline opening the text: "WASHINGTON Barack Obama ...", "DETROIT The U.S. ...".
_LEAD = re.compile(r"\s*[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}\s+(?=[A-Z][a-z])")
_DETERMINERS = {"the", "a", "an"}


def _dateline_end(doc) -> int:
    """Where the name after an unpunctuated capitalised dateline starts, else 0.

    The capitals are a dateline only when a determiner or a person's full name follows
    ("NATO Secretary General ..." keeps its NATO).
    """
    m = _LEAD.match(text_of(doc))
    if m is None:
        return 0
    nxt = [t for t in doc[:12] if t.idx == m.end()]
    if not nxt:
        return 0
    tok = nxt[0]
    person = tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
    return m.end() if tok.lower_ in _DETERMINERS or person else 0


def coordinated(tok: Token) -> list[Token]:
    """Named parties coordinated inside one argument ("US and British activists").

    The small parser often misattaches coordination, so this reads the argument's entities:
    two or more party entities joined by "and"/","/"or" with no other preposition between.
    """
    sub = list(tok.subtree)
    lo, hi = sub[0].i, sub[-1].i
    ents = [e for e in _ents_within(tok.doc, lo, hi + 1) if e.label_ in _PARTY_ENTS]
    if len(ents) < 2:
        return [tok]
    between = tok.doc[ents[0].end : ents[-1].start]
    words = {t.lower_ for t in between if not any(e.start <= t.i < e.end for e in ents)}
    if not words or not words <= {"and", ",", "or", "the", "as", "well"}:
        return [tok]
    if any(_inside_a_name(e, ents) for e in ents[1:]):
        return [tok]
    return [e.root for e in ents]


def _entity_at(tok: Token) -> Span:
    """The entity holding ``tok`` (which has one), found from the tokens' IOB tags: ``doc.ents``
    rebuilds every entity of the doc on each read, quadratic over a long article."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def _ents_within(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The entities lying wholly within tokens ``lo`` to ``hi`` (exclusive), in order."""
    out = []
    for i in range(lo, hi):
        if doc[i].ent_iob_ == "B":
            ent = _entity_at(doc[i])
            if ent.end <= hi:
                out.append(ent)
    return out


def _inside_a_name(ent: Span, ents: list[Span]) -> bool:
    """ "The European Centre for Law and Justice": "Justice" is conjoined to a word inside the
    first name ("Law"), not to the name itself: one organisation, not two parties."""
    head = ent.root.head
    return any(o.start <= head.i < o.end and head.i != o.root.i for o in ents if o is not ent)


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *[t for t in tok.conjuncts if t.i > tok.i]]


# First-person pronouns: inside a quotation they are its speaker (resolved by the caller).
FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def _is_party(tok: Token) -> bool:
    if tok.ent_type_ in _PARTY_ENTS and tok.pos_ == "PROPN":
        return True  # "US" is a country, not the pronoun
    if tok.lower_ in FIRST_PERSON and tok.pos_ == "PRON":
        return True
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return False
    return tok.ent_type_ in _PARTY_ENTS or tok.pos_ in {"PROPN", "NOUN"}


# Light ("support") verbs whose object noun names the event: "held talks", "staged a protest",
# "will hold drills", "attend a summit". The event noun's actor is the verb's subject.
SUPPORT_VERBS = frozenset(
    [
        "hold", "stage", "conduct", "launch", "mount", "carry", "attend", "host", "organize",
        "organise", "begin", "start", "resume", "join", "lead", "make", "pay", "plan", "prepare",
        "schedule", "undertake", "wage", "order", "continue", "intensify", "heap", "voice",
        "express",
    ]
)  # fmt: skip


def _support_verb(noun: Token) -> Token | None:
    """The light verb whose direct object the event noun is, if any."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and head.pos_ == "VERB" and _is_support(head):
        return head
    return None


def _is_support(verb: Token) -> bool:
    """Lemma match, with a crude stem as fallback: the small model lemmatises "staged" "stag"."""
    w = verb.lower_
    forms = {verb.lemma_.lower(), w, w[:-1], w[:-2], w[:-3], w[:-3] + "e"}
    return bool(forms & SUPPORT_VERBS)


def agents(trigger: Token) -> list[Token]:
    """Head tokens of the trigger's actor(s)."""
    found = _agents(trigger)
    if not found and trigger.pos_ == "NOUN":
        verb = _support_verb(trigger)
        if verb is not None:
            return _agents(verb)
    return found


def _agents(trigger: Token, keep: frozenset[str] = frozenset()) -> list[Token]:
    """Actor heads; pronouns in ``keep`` ("he", "she") are kept unresolved for the caller."""
    tok = trigger
    step = ""
    for _ in range(5):
        shared_patient = step == "conj" and (trigger.tag_ == "VBN" or _passive_gap(tok, trigger))
        subj = _subjects(tok, trigger, shared_patient)
        agent = _by_agents(tok, trigger, shared_patient)
        asked = step == "advcl" and tok.lemma_.lower() in ASKING  # "petitioned X to intervene"
        if (step == "xcomp" or asked) and tok.i != trigger.i and not agent:
            # "urged Syria to withdraw": Syria withdraws; "encouraged him to attack": he does,
            # whoever he is, never the one who encouraged, nor a subject further up ("X met Y
            # and encouraged him to ...")
            ruled = controller(tok)
            if not ruled and _person_object(tok):
                return []
            subj = ruled or subj
        found = [_antecedent(f) or relative_antecedent(f) for f in agent or subj]
        if found:
            return [t for f in found for t in _conjuncts(f) if _is_party(t) or t.lower_ in keep]
        climbed = _climb(tok)
        if climbed is None:
            break
        step, tok = climbed
    return []


def _subjects(tok: Token, trigger: Token, shared_patient: bool) -> list[Token]:
    """The subjects of ``tok``, a verb the trigger hangs from (or the trigger itself)."""
    subj = [c for c in tok.children if c.dep_ in _SUBJ]
    if tok.i != trigger.i and not subj and not shared_patient:
        # "Obama is scheduled to attend", "X was asked to leave": the passive subject of
        # the verb above is the one who acts in its complement. A conjoined verb shares
        # it as its own patient ("were shot and wounded"): no actor there.
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return subj


def _by_agents(tok: Token, trigger: Token, shared_patient: bool) -> list[Token]:
    """The "by X" agents at ``tok`` that act in the trigger; an event noun's possessor and
    named modifiers too ("Russia's annexation", "the Saudi strike")."""
    # Only the trigger's own "by X": in "was denounced by the pope and praised Saddam"
    # the pope does not praise.
    agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
    own = tok.i == trigger.i or trigger.pos_ == "NOUN" or shared_patient
    agent = agent if own else []  # "arrested by police and brought to": police bring
    if trigger.pos_ == "NOUN":
        agent += [c for c in tok.children if c.dep_ in {"poss"}]
        agent += [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_]
        agent += [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
        ]
    return agent


def _climb(tok: Token) -> tuple[str, Token] | None:
    """(step, verb): the verb above whose subject ``tok`` shares, else None."""
    # Control, purpose ("walked out to protest") and coordination share the subject; a
    # reported clause (ccomp) does not.
    purpose = tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children)
    if (tok.dep_ in {"xcomp", "conj"} or purpose) and tok.head.i != tok.i:
        return tok.dep_, tok.head
    above = _gerund_head(tok)
    if above is not None:
        return "adjunct", above
    return None


def _passive_gap(head: Token, verb: Token) -> bool:
    """A verb conjoined to a passive without an object of its own continues the passive, even
    when tagged as past tense: "was arrested by police and brought to New Milford"."""
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)


_RELATIVES = frozenset({"who", "whom", "that", "which"})


def relative_antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("King, who endorsed Rubio": King; "Bush, whom
    he attacked": Bush), else the token itself."""
    if tok.lower_ not in _RELATIVES or tok.tag_ not in {"WP", "WDT"}:
        return tok
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return tok
    noun = clause.head
    # "Bob Mulholland, a superdelegate and Clinton supporter who has accused ...": Mulholland
    while noun.dep_ in {"appos", "conj"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


# Prepositions whose gerund shares the main clause's subject: "before backing Rubio", "besides
# attacking the former president", "after meeting Putin".
_ADJUNCT_PREPS = frozenset({"after", "before", "besides", "by", "while", "since", "upon", "on"})


def _gerund_head(verb: Token) -> Token | None:
    """The verb whose subject an active subjectless gerund adjunct shares: "Coleman endorsed
    Graham before backing Rubio" (Coleman backs), "X said Monday, accusing Russia of ..." (X
    accuses), else None. A passive gerund ("after being attacked by") does not share it."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return None  # "killed in Israeli tank shelling": an event noun, not a clause
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        # a participle clause is set off by a comma or opens the sentence; without one it is
        # mostly a misparsed noun ("were killed in Israeli tank shelling")
        start = verb.i == verb.sent.start or verb.doc[verb.i - 1].text == ","
        return verb.head if start else None
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in _ADJUNCT_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


_WHEN = {"DATE", "TIME"}
_HE_SHE = frozenset({"he", "she"})
_MALE = {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman"}


def earlier_person(trigger: Token) -> tuple[Token, Token] | None:
    """(pronoun, antecedent) for a "he"/"she" actor that no subject in its own sentence
    resolves: the person who is the subject of the previous sentence ("Mattis arrived in
    Vilnius. He met ..."), when that sentence names one person only, nobody is named before
    the pronoun in its own sentence, and no title or honorific says the person is of the other
    gender."""
    if trigger.pos_ != "VERB":
        return None
    found = _agents(trigger, keep=_HE_SHE)
    if len(found) != 1 or found[0].lower_ not in _HE_SHE or found[0].pos_ != "PRON":
        return None
    pron = found[0]
    sent = pron.sent
    if sent.start == 0 or any(t.ent_type_ == "PERSON" for t in pron.doc[sent.start : pron.i]):
        return None
    prev = pron.doc[sent.start - 1].sent
    people = {e.text for e in span_ents(prev) if e.label_ == "PERSON"}
    subj = [t for t in prev.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    if len(people) != 1 or len(subj) != 1 or subj[0].ent_type_ != "PERSON":
        return None
    words = {t.lower_.rstrip(".") for t in subj[0].subtree}
    if (pron.lower_ == "he" and words & _FEMALE) or (pron.lower_ == "she" and words & _MALE):
        return None
    return pron, subj[0]


def called_on(verb: Token) -> list[Token] | None:
    """Whom "called on X" addresses ("called on Iran to release"; "on" read as a particle:
    "called on followers to join"), or None when the verb calls on no one: a passive ("police
    were called to the store on Main Street") or a date after "on" ("called on Tuesday")."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return None
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
            and c.i == verb.i + 1
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in _WHEN]  # fmt: skip
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return objs + [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    return objs or None


def controller(verb: Token) -> list[Token]:
    """The object that acts in a verb's to-infinitive: "urged Syria to withdraw", "called on
    Iran to release", "forced X to resign" (object control), else []."""
    if verb.lemma_.lower() == "call":  # "called on Iran to", never "called Putin to discuss"
        objs = called_on(verb) or []
    else:
        objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objs = [_whole(o) for o in objs]
    return [o for o in objs if _is_party(o) and _can_act(o)][:1]


_PARTS = frozenset(
    {"rest", "all", "member", "many", "most", "some", "majority", "part", "each", "both"}
)


def _whole(tok: Token) -> Token:
    """The group a partitive names: "urged the rest of the party to coalesce": the party."""
    if tok.lemma_.lower() not in _PARTS:
        return tok
    whole = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return whole[0] if whole else tok


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})


def _person_object(verb: Token) -> bool:
    """Whether a verb's object is a personal pronoun ("encouraged him to ...")."""
    return any(c.dep_ in {"dobj", "obj"} and c.lower_ in _OBJECT_PRONOUNS for c in verb.children)


def _can_act(tok: Token) -> bool:
    """A named party, a person noun or a noun the actor tables code ("the government"); not
    a thing ("started a hunger strike to protest": the striker protests)."""
    if tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PRON" or _person_noun(tok):
        return True
    return code_actor_of(tok.lemma_, None) != (None, None)


# Institutions that news refers back to as "it" ("the Iraqi military says it has seized ...").
_INSTITUTIONS = frozenset(
    [
        "government", "military", "army", "navy", "ministry", "court", "police", "party",
        "group", "council", "company", "agency", "committee", "parliament", "administration",
        "authority", "regime", "coalition", "alliance", "movement", "militia", "organisation",
        "organization", "union", "commission", "department", "embassy", "cabinet", "senate",
        "congress", "assembly", "legislature", "junta", "bank", "firm", "campaign",
    ]
)  # fmt: skip


def _collective(tok: Token) -> bool:
    """Whether a subject can be "it": a country, organisation or nationality, or an
    institution noun; never a person."""
    if tok.ent_type_ == "PERSON":
        return False
    return tok.ent_type_ in _COLLECTIVE or tok.lemma_.lower() in _INSTITUTIONS


def _one_person(tok: Token) -> bool:
    return tok.tag_ not in ("NNS", "NNPS") and tok.ent_type_ not in _COLLECTIVE


def _antecedent(pron: Token) -> Token | None:
    """The speaker a reported-speech pronoun stands for: "Obama said he would ..." -> Obama.

    Only personal pronouns in a clause reported by a verb whose own subject is a named party;
    anything less certain stays unresolved (and the event is dropped for want of an actor).
    """
    if pron.lower_ not in _PERSONAL | {"it"} or pron.pos_ != "PRON":
        return None
    for anc in pron.ancestors:
        if anc.lemma_.lower() in REPORTING:
            if _quoted_apart(pron, anc):
                return None  # '"He attacked our soldiers," Trump said': he is not Trump
            subj = [c for c in anc.children if c.dep_ in _SUBJ]
            if not subj or not _is_party(subj[0]):
                return None
            # "it" stands for an organisation or a country, never for a person; "he" and
            # "she" for one person ("Supporters said he ..." is someone else).
            if pron.lower_ == "it" and not _collective(subj[0]):
                return None
            if pron.lower_ in ("he", "she") and not _one_person(subj[0]):
                return None
            return subj[0]
        if anc.i != pron.head.i and any(c.dep_ in _SUBJ for c in anc.children):
            return None  # "X said: 'It says they will not ...'": "they" is not X
    return None


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _quoted_apart(pron: Token, verb: Token) -> bool:
    """Whether a quotation mark stands between a pronoun and the verb reporting it: direct
    speech, where a third-person pronoun is never the speaker."""
    lo, hi = sorted((pron.i, verb.i))
    return any(t.text in _QUOTE_MARKS for t in pron.doc[lo + 1 : hi])


# Event nouns whose "of" names the party acted on ("criticism of Bush", "the arrest of X"),
# not the actor ("a meeting of ministers").
OF_TARGET = frozenset({"criticism", "condemnation", "arrest", "endorsement", "praise"})


def recipients(trigger: Token, actors: Sequence[Token]) -> list[Token]:
    """Candidate recipient heads: objects, prepositional targets, and targets of the object.

    "jailed a Nigerian student", "met with X", "held talks with X", "launched a strike against
    X". The caller keeps those that code as an actor.
    """
    inside = {t.i for t in trigger.subtree}
    taken: set[int] = set()
    for a in actors:  # a relative clause's antecedent holds the trigger: only its own words
        sub = {t.i for t in a.subtree}
        taken |= sub if a.i in inside else sub - inside
    found: list[Token] = []

    def targets(tok: Token) -> list[Token]:
        return [
            t
            for c in tok.children
            if c.dep_ in {"prep", "dative"} and c.lower_ in _RECIP_PREPS
            for g in c.children
            if g.dep_ == "pobj"
            for t in _conjuncts(g)
        ]

    for c in trigger.children:
        if c.dep_ in _OBJ and c.lower_ not in _RECIP_PREPS:  # "to" can be parsed as dative
            found += _conjuncts(relative_antecedent(c))
            found += targets(c)
    if any(c.dep_ == "agent" for c in trigger.children):  # "X was attacked by Y": X
        found += [t for c in trigger.children if c.dep_ == "nsubjpass"
                  for t in _conjuncts(relative_antecedent(c))]  # fmt: skip
    found += targets(trigger)
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in OF_TARGET:  # "the arrest of X"
        found += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    verb = _support_verb(trigger) if trigger.pos_ == "NOUN" else None
    if verb is not None:
        found += targets(verb)  # "held drills with Belarus"
    return [t for t in found if t.i not in taken and (_is_party(t) or owner(t))][:4]


# People named by their tie to someone: "met Brunson's wife" meets the wife, not Brunson.
_KIN = frozenset(
    [
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "family",
        "child", "widow", "widower", "spouse", "partner", "relative", "friend", "aide", "envoy",
        "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "deputy", "successor",
        "predecessor", "boss", "guard", "bodyguard", "staff", "team", "delegation", "counsel",
    ]
)  # fmt: skip
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")


def _person_noun(tok: Token) -> bool:
    """Kin, staff and agent nouns ("wife", "lawyer", "adviser"): people, not owned things."""
    lemma = tok.lemma_.lower()
    return lemma in _KIN or lemma.endswith(_AGENT_SUFFIXES)


def owner(tok: Token) -> Token | None:
    """The party owning a thing: "criticised Mr Obama's policy" targets Obama, not a policy.

    Only a singular common noun that codes as no actor ("policy", "role"); "Russia's
    ambassador" or "Cruz's aides" are parties themselves.
    """
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.ent_type_ or _person_noun(tok):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ in _PARTY_ENTS]
    if not owners or code_actor_of(tok.lemma_, None) != (None, None):
        return None
    return owners[0]


def code_actor_of(text: str, when: date | None) -> tuple[str | None, str | None]:
    """(country, sector) the actor tables give a phrase, (None, None) when none (or when the
    entities stage is missing or fails: a helper stage's bug must not lose the event)."""
    try:
        from dateline.entities import code_actor  # type: ignore[attr-defined]
    except ImportError:
        return None, None
    try:
        actor = code_actor(text, when)
    except Exception:  # a helper stage's bug must not lose the event
        return None, None
    if actor is None:
        return None, None
    return getattr(actor, "country", None), getattr(actor, "sector", None)


def _homograph(tok: Token, when: date | None) -> bool:
    """A lower-case common noun that spells a country ("turkey", "china") is not one."""
    return tok.is_lower and not tok.ent_type_ and code_actor_of(tok.text, when)[0] is not None


_LOCATOR = "events.entity_locator"


def entity_locator(analysis: Analysis) -> EntityLocator:
    """One index of the article's entity mentions for the whole events stage (built on first
    use; the stage reads the entities and never changes them)."""
    found = analysis.scratch.get(_LOCATOR)
    if not isinstance(found, EntityLocator) or found.entities is not analysis.entities:
        found = analysis.scratch[_LOCATOR] = EntityLocator(analysis.entities)
    return found


def party(
    tok: Token, entities: EntityLocator, when: date | None
) -> tuple[EventParty, tuple[int, int]]:
    """The EventParty for the phrase headed by ``tok``, and its character span."""
    start, end = phrase_span(tok)
    text = text_of(tok.doc)[start:end]
    ent = entities.at(tok.idx, tok.idx + len(tok))
    modifier = None  # "Sanders supporters": the name qualifies a group, it does not act
    if ent is None:
        ent = entities.at(start, end)
        if ent is not None and tok.pos_ == "NOUN":
            modifier, ent = ent, None
    country = sector = None
    if ent is not None and ent.actor is not None:
        country, sector = ent.actor.country, ent.actor.sector
    if modifier is not None:  # the group's own codes; the name lends only its country
        country, sector = code_actor_of(text, when)
        written = modifier.actor.country if modifier.actor is not None else None
        if written is not None and (country is None or modifier.type in ("GPE", "NORP")):
            country = written  # "opponents of Rwanda's Senate": the country the text names
        if country is None and sector is None:
            ent = modifier  # nothing codes the group: keep the name's entity and codes
            country, sector = (ent.actor.country, ent.actor.sector) if ent.actor else (None, None)
    elif country is None and sector is None and not (ent is not None and ent.type == "PERSON"):
        # a person the entities stage left uncoded stays so: the tables' "Bush" is a town in
        # Egypt and "Kennedy" one in Colombia
        country, sector = code_actor_of(text, when)
        if country is not None and _homograph(tok, when):
            country = None  # "his last turkey" is a bird
    return (
        EventParty(entity=ent.id if ent else None, text=text, country=country, sector=sector),
        (start, end),
    )
