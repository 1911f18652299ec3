"""Who did it and to whom: argument spans of a trigger, and their entity and actor codes.

Actors come from the syntax around the trigger (subject, passive agent, "by X" of a nominal
trigger, possessive or adjective "Russian drills"), climbing through complement verbs ("was
considering sending" takes its subject from "considering"). Conjoined subjects give one party
each ("Russian Federation and Belarus"); a pronoun in reported speech is the speaker ("Obama
said he would ..."). Codes come from the entities stage, else from
``dateline.entities.code_actor`` when that exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Token

from dateline.entities.lookup import entity_at
from dateline.events.cues import REPORTING
from dateline.nlp import text_of
from dateline.records import Entity, EventParty

__all__ = ["SUPPORT_VERBS", "agents", "coordinated", "party", "phrase_span", "recipients"]

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
        if t.dep_ in {"compound", "case"} or (t.dep_ == "prep" and t.lower_ == "of"):
            right = max(right, t.right_edge, key=lambda x: x.i)
        else:
            break
    doc = tok.doc
    for t in doc[left.i : tok.i]:
        if t.is_space or t.text in _BREAKS or t.ent_type_ == "DATE":
            left = doc[t.i + 1]  # a dateline ("HELSINKI, March 3 - Finland") is not the name
    start, end = doc[left.i].idx, doc[right.i].idx + len(doc[right.i])
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in _PARTY_ENTS:
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def coordinated(tok: Token) -> list[Token]:
    """Named parties coordinated inside one argument ("US and British activists").

    The small parser often misattaches coordination, so this reads the argument's entities:
    two or more party entities joined by "and"/","/"or" with no other preposition between.
    """
    sub = list(tok.subtree)
    lo, hi = sub[0].i, sub[-1].i
    ents = [e for e in tok.doc.ents if e.label_ in _PARTY_ENTS and lo <= e.start <= e.end <= hi + 1]
    if len(ents) < 2:
        return [tok]
    between = tok.doc[ents[0].end : ents[-1].start]
    words = {t.lower_ for t in between if not any(e.start <= t.i < e.end for e in ents)}
    if not words or not words <= {"and", ",", "or", "the", "as", "well"}:
        return [tok]
    return [e.root for e in ents]


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *[t for t in tok.conjuncts if t.i > tok.i]]


def _is_party(tok: Token) -> bool:
    if tok.ent_type_ in _PARTY_ENTS and tok.pos_ == "PROPN":
        return True  # "US" is a country, not the pronoun
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return False
    return tok.ent_type_ in _PARTY_ENTS or tok.pos_ in {"PROPN", "NOUN"}


# Light ("support") verbs whose object noun names the event: "held talks", "staged a protest",
# "will hold drills", "attend a summit". The event noun's actor is the verb's subject.
SUPPORT_VERBS = frozenset(
    [
        "hold", "stage", "conduct", "launch", "mount", "carry", "attend", "host", "organize",
        "organise", "begin", "start", "resume", "join", "lead", "make", "pay", "plan", "prepare",
        "schedule", "undertake", "wage", "order", "continue", "intensify",
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


def _agents(trigger: Token) -> list[Token]:
    tok = trigger
    for _ in range(5):
        subj = [c for c in tok.children if c.dep_ in _SUBJ]
        if tok.i != trigger.i and not subj:
            # "Obama is scheduled to attend", "X was asked to leave": the passive subject of
            # the verb above is the one who acts in its complement.
            subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        if trigger.pos_ == "NOUN":
            agent += [c for c in tok.children if c.dep_ in {"poss"}]
            agent += [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.ent_type_]
            agent += [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
            ]
        found = [_antecedent(f) or f for f in agent or subj]
        if found:
            return [t for f in found for t in _conjuncts(f) if _is_party(t)]
        # Control, purpose ("walked out to protest") and coordination share the subject; a
        # reported clause (ccomp) does not.
        purpose = tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children)
        if (tok.dep_ in {"xcomp", "conj"} or purpose) and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return []


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
    return None


def recipients(trigger: Token, actors: Sequence[Token]) -> list[Token]:
    """Candidate recipient heads: objects, prepositional targets, and targets of the object.

    "jailed a Nigerian student", "met with X", "held talks with X", "launched a strike against
    X". The caller keeps those that code as an actor.
    """
    taken = {t.i for a in actors for t in a.subtree}
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
            found += _conjuncts(c)
            found += targets(c)
    found += targets(trigger)
    verb = _support_verb(trigger) if trigger.pos_ == "NOUN" else None
    if verb is not None:
        found += targets(verb)  # "held drills with Belarus"
    return [t for t in found if t.i not in taken and _is_party(t)][:4]


def _code_actor(text: str, when: date | None) -> tuple[str | None, str | None]:
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


def party(
    tok: Token, entities: Sequence[Entity], when: date | None
) -> tuple[EventParty, tuple[int, int]]:
    """The EventParty for the phrase headed by ``tok``, and its character span."""
    start, end = phrase_span(tok)
    text = text_of(tok.doc)[start:end]
    ent = entity_at(entities, tok.idx, tok.idx + len(tok)) or entity_at(entities, start, end)
    country = sector = None
    if ent is not None and ent.actor is not None:
        country, sector = ent.actor.country, ent.actor.sector
    if country is None and sector is None:
        country, sector = _code_actor(text, when)
    return (
        EventParty(entity=ent.id if ent else None, text=text, country=country, sector=sector),
        (start, end),
    )
