"""Who acts and who receives: the tests a phrase must pass to be an event's actor or recipient.

A name is not enough: owned things, weapons, occasions, places and event nouns carry names but
act for nobody; givers of what is received, reciprocal partners and the speaker of a quoted
"we" are the parties instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.events.lexicon import lexicon
from dateline.events.parties import (
    FIRST_PERSON,
    code_actor_of,
    entity_locator,
    owner,
    party,
    phrase_span,
)
from dateline.events.predicates import NOMINAL, nominal
from dateline.records import EventParty

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = [
    "POLITICAL",
    "RECIPROCAL",
    "agentive",
    "campaigner",
    "coded",
    "givers_of",
    "ids",
    "mutual",
    "occasion",
    "outside_parentheses",
    "partner_span",
    "partners_of",
    "party_of",
    "person",
    "physical",
    "recipient_of",
    "recipient_ok",
    "site",
    "thing",
    "weapon",
]


_OWNERS = {"GPE", "NORP", "ORG"}
_PHYSICAL = {"weapon", "military", "aircraft", "wmd", "security"}


def agentive(head: Token) -> bool:
    """Whether an actor phrase's head can act, rather than be a thing someone owns.

    "the president's strategy" or "Trump's budget cuts" carry a name but are not agents: a
    common-noun head with a possessor must itself be an actor noun ("Cruz's aides").
    """
    owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in _OWNERS]
    if head.ent_type_ or head.pos_ != "NOUN" or not owners:
        return True  # "Lithuania's minister", "NATO's commander" act for their owner
    try:
        from dateline.entities import code_actor  # type: ignore[attr-defined]
    except ImportError:
        return True
    try:
        coded = code_actor(head.text, None)
    except Exception:  # a helper stage's bug must not lose the event
        return True
    return coded is not None and bool(coded.country or coded.sector)


def physical(trig: Token, actor: Token, mode: str | None) -> bool:
    """An ASSAULT by a named person needs physical evidence (a weapon, forces, a mode).

    Politicians "attack", "beat" and "target" each other in words and polls every day.
    """
    if actor.ent_type_ != "PERSON" or mode:
        return True
    words = {t.lemma_.lower() for t in trig.subtree} | {t.lower_ for t in trig.subtree}
    return any(lexicon().word_class(w) in _PHYSICAL for w in words)


# Sectors of political actors: a blow in words passes between them ("Trump attacked Bush").
POLITICAL = {"GOV", "LEG", "PTY", "ELI", "OPP", "JUD"}
_CAMPAIGNERS = {"PERSON", "ORG", "NORP"}


def person(head: Token, p: EventParty, kinds: dict[str, str]) -> bool:
    """Whether the party is a person, by the parser's or the entity stage's type."""
    return head.ent_type_ == "PERSON" or kinds.get(p.entity or "") == "PERSON"


def campaigner(head: Token, p: EventParty, kinds: dict[str, str]) -> bool:
    """A person, or a party or group coded political: who campaigns, debates and wins votes."""
    if person(head, p, kinds):
        return True
    kind = head.ent_type_ or kinds.get(p.entity or "", "")
    return kind in _CAMPAIGNERS and p.sector in POLITICAL


# Entity types that can act; "the Olympics" (EVENT) or a law never do.
_ACTING = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def coded(p, kinds: dict[str, str]) -> bool:
    """Whether a party can be an actor: it has an actor code or is an acting kind of entity."""
    return bool(p.country or p.sector or (p.entity and kinds.get(p.entity) in _ACTING))


# CAMEO noun classes of people: "Filipino peacekeepers", "Turkish troops" can be recipients.
_PEOPLE = {"military", "pko", "security"}


def recipient_ok(tok: Token, p) -> bool:
    """A recipient is a party with a country or an entity, not a place, an event noun
    ("hosted a summit") or a moved thing ("sent missiles")."""
    if tok.ent_type_ in {"LOC", "FAC"} or tok.lemma_.lower() in NOMINAL or _of_events(tok):
        return False
    cls = lexicon().word_class(tok.lemma_.lower())
    if cls and not (cls in _PEOPLE and p.country):
        return False
    return bool(p.entity or p.country)


def recipient_of(tok: Token, analysis: Analysis) -> tuple:
    """(head, party, span): the owner of a thing is the party ("criticised X's policy" targets
    X), while the classifier still reads the whole phrase."""
    own = owner(tok)
    if own is not None:
        owned = party(own, entity_locator(analysis), analysis.published)[0]
        if recipient_ok(own, owned):
            return own, owned, phrase_span(tok)
    return (tok, *party_of(analysis, tok))


def party_of(analysis: Analysis, tok: Token) -> tuple[EventParty, tuple[int, int]]:
    """The party a phrase names; a first-person pronoun in a quotation is its speaker."""
    speaker = _speaker(analysis, tok) if tok.lower_ in FIRST_PERSON else None
    if speaker is not None:
        return speaker, (tok.idx, tok.idx + len(tok))
    return party(tok, entity_locator(analysis), analysis.published)


def _speaker(analysis: Analysis, tok: Token) -> EventParty | None:
    """The coded speaker of the quotation holding ``tok`` ("Putin blamed me," Clinton said)."""
    quote = next((q for q in analysis.quotes if q.content.start <= tok.idx < q.content.end), None)
    if quote is None or quote.speaker is None:
        return None
    ent = next((e for e in analysis.entities if e.id == quote.speaker), None)
    if ent is None or ent.actor is None or not (ent.actor.country or ent.actor.sector):
        return None
    if tok.lower_ in {"we", "us"} and ent.type == "PERSON":
        return None  # a person's "we" is a party, a campaign or a nation: not the person
    return EventParty(
        entity=ent.id, text=ent.name, country=ent.actor.country, sector=ent.actor.sector
    )


# Places and occasions that take a party's name in a modifier but are no party themselves.
_THINGS = frozenset(
    [
        "ceremony", "event", "conference", "session", "election", "game", "match", "festival",
        "funeral", "scene", "site", "location", "building", "property", "premises", "area",
        "idea", "policy", "proposal", "plan", "role", "statement", "report",
    ]
)  # fmt: skip
_OWN_MODS = {"compound", "amod", "poss", "nmod", "nummod", "det"}


def thing(tok: Token) -> bool:
    """A common-noun recipient that is a thing, not a party: a place or occasion noun, or a
    noun whose only name sits in a prepositional phrase ("the scene of a blast at X Church").
    """
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    if tok.lemma_.lower() in _THINGS:
        return True
    named = any(t.ent_type_ for c in tok.lefts if c.dep_ in _OWN_MODS for t in c.subtree)
    # "part of Syria's second city": event data codes an attacked place's country (CAMEO)
    named = named or any(t.ent_type_ in {"GPE", "NORP"} for t in tok.subtree)
    people = lexicon().word_class(tok.lemma_.lower()) in _PEOPLE
    return not named and not people and code_actor_of(tok.lemma_, None) == (None, None)


_SITES = {"facility", "landmark"}


def site(tok: Token, analysis: Analysis) -> bool:
    """A recipient that is a recognised facility or landmark ("visited the X air base") is where
    the event happens, not who receives it."""
    return any(p.kind in _SITES and p.start <= tok.idx < p.end for p in analysis.places)


def weapon(tok: Token) -> bool:
    """A weapon is no actor: "a 12-kilogram bomb caused the blast" names what, not who (a
    country's weapons stand for it, as PLV codes them)."""
    if tok.ent_type_ or lexicon().word_class(tok.lemma_.lower()) not in {"weapon", "wmd"}:
        return False
    owned = (t for c in tok.lefts for t in c.subtree)  # "Syrian government missiles struck"
    return not any(t.ent_type_ in {"GPE", "NORP"} for t in owned)


# Occasions named after someone act for nobody: "the Bob Wills Day celebration returns to X",
# "the appearance of a former president failed to sway voters".
_OCCASIONS = frozenset(
    [
        "ceremony", "event", "festival", "celebration", "game", "match", "funeral", "parade",
        "concert", "tournament", "anniversary", "holiday", "exhibition", "fair", "show",
        "appearance", "presence", "speech", "performance",
    ]
)  # fmt: skip


def occasion(tok: Token) -> bool:
    """An event noun or an occasion as the head of an actor phrase: no one acts there."""
    return tok.lemma_ in NOMINAL or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _OCCASIONS)


def _of_events(tok: Token) -> bool:
    """A quantity of events ("a series of attacks", "a wave of protests") is no party."""
    return any(
        g.lemma_.lower() in NOMINAL
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _parenthesised(tok: Token) -> bool:
    """Whether a token sits inside an open parenthesis of its sentence."""
    before = tok.doc[tok.sent.start : tok.i]
    return sum(t.text.count("(") for t in before) > sum(t.text.count(")") for t in before)


def outside_parentheses(heads: list[Token]) -> list[Token]:
    """ "McDonough (then deputy national security adviser) heaps praise": the parenthesis
    describes the actor beside it (the parser makes it a second subject); one actor, not two."""
    outside = [h for h in heads if not _parenthesised(h)]
    return outside if outside and len(outside) < len(heads) else heads


_RECEIVE = {"receive", "get", "obtain"}


def ids(parties: list) -> set[int]:
    """Token indices of the heads of (head, party, span) parties."""
    return {p[0].i for p in parties}


def givers_of(trig: Token, recips: list) -> list:
    """The "from" parties of a verb of receiving: they are the actors of the event."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _RECEIVE:
        return []
    return [r for r in recips if r[0].head.dep_ == "prep" and r[0].head.lower_ == "from"]


RECIPROCAL = frozenset(
    ["agree", "meet", "sign", "talk", "negotiate", "cooperate", "discuss", "consult", "reconcile"]
)


def mutual(trig: Token) -> bool:
    """A reciprocal verb ("met", "agreed") or a mutual event noun ("joint exercises")."""
    if trig.pos_ == "NOUN":
        return (nominal(trig) or ("", None))[0] == "COOPERATE"
    talks = any(
        c.dep_ in {"dobj", "obj"} and (nominal(c) or ("", None))[0] == "CONSULT"
        for c in trig.children
    )  # "Putin and Erdogan have held several meetings"
    return trig.lemma_.lower() in RECIPROCAL or talks


def partner_span(actors: list, k: int) -> tuple[int, int]:
    """The span of the other of two partners: each is the recipient of the other's event."""
    return actors[1 - k][2]


def partners_of(trig: Token, actors: list, recips: list, mutual: bool) -> list | None:
    """'Finland and Estonia agreed to ...': with a reciprocal verb and no other recipient,
    each of the conjoined actors acts towards the other."""
    if recips or len(actors) != 2 or not mutual:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return None  # "pastors and leaders who met with and prayed over Trump": not each other
    first, second = actors[0][1], actors[1][1]
    if first.country is not None and first.country == second.country:
        return None
    return [second, first]
