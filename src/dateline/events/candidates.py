"""Candidate events of one sentence: each trigger with its actors and recipient, typed by the
pair classifier or by a construction that overrides it, and dropped when it is no event.

Candidates are plain dicts: :func:`dateline.events.intentions.merge_intentions` still merges
them before :mod:`dateline.events.detect` turns them into Event records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.classify import PairResult, classify_span, mobilization_mode
from dateline.events.gate import threshold
from dateline.events.intentions import COOPERATIVE, INTENT_PRIOR, agreed_on_a_thing
from dateline.events.location import actor_spans
from dateline.events.modes import cue_mode
from dateline.events.parties import (
    agents,
    coordinated,
    earlier_person,
    entity_locator,
    party,
    recipients,
)
from dateline.events.predicates import nominal, triggers
from dateline.events.readings import name_calling, shares_a_view, spoken_act, stance
from dateline.events.roles import (
    RECIPROCAL,
    agentive,
    campaigner,
    coded,
    givers_of,
    ids,
    mutual,
    occasion,
    outside_parentheses,
    partner_span,
    partners_of,
    party_of,
    physical,
    recipient_of,
    recipient_ok,
    site,
    thing,
    weapon,
)
from dateline.events.speech import (
    ALLEGED,
    addressee,
    allegation,
    complement_text,
    reported_demand,
    requested,
)
from dateline.events.verbal import contest, questioned, social
from dateline.records import EventParty

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["candidates", "entity_kinds"]


# The confidence of an event noun's root, which the noun fixes without the classifier.
_NOMINAL_PRIOR = 0.55


# The recipient as the verb's own argument: "backing Rubio", "Gomez was arrested by police".
_DIRECT = {"dobj", "obj", "nsubjpass", "dative"}


# (head token, party, character span): one actor or recipient as the steps pass it on.
_Role = tuple[Token, EventParty, tuple[int, int]]


@dataclass
class _Parties:
    """The parties around one trigger. Built in steps (actors, then recipients); typing the
    event may still fill in the recipient ("took aim at X", the addressee of a request)."""

    heads: list[Token]
    actors: list[_Role]
    arg_span: tuple[int, int]
    actor_phrases: list[tuple[int, int]]
    recips: list[_Role]
    recipient: EventParty | None = None
    r_span: tuple[int, int] | None = None
    partners: list | None = None


def entity_kinds(analysis: Analysis) -> dict[str, str]:
    """Each entity id's type: read once per document, as every sentence's candidates need it."""
    return {e.id: e.type for e in analysis.entities}


def candidates(analysis: Analysis, sent: Span, kinds: dict[str, str]) -> Iterable[dict]:
    """The candidate events of one sentence, in trigger order (see the module docstring);
    ``kinds`` is :func:`entity_kinds` of the analysis."""
    for trig in triggers(sent):
        yield from _trigger_candidates(analysis, sent, trig, kinds)


def _trigger_candidates(
    analysis: Analysis, sent: Span, trig: Token, kinds: dict[str, str]
) -> Iterator[dict]:
    """One trigger's candidates: a reported demand, or its typed event per actor and the
    allegation it may carry; nothing when it has no coded actor or is no event."""
    found = _actors(analysis, sent, trig, kinds)
    if found is None:
        return
    heads, actors, arg_span, actor_phrases = found
    demand = reported_demand(analysis, trig, actors[0], kinds)
    if demand is not None:
        yield demand  # the demanded act has not happened: only the request has
        return
    recips = _recipients(analysis, sent, trig, heads)
    p = _Parties(heads, actors, arg_span, actor_phrases, recips)
    _settle_roles(analysis, trig, p)
    typed = _typed(analysis, sent, trig, p, kinds)
    if typed is None:
        return
    root, mode, conf = typed
    yield from _records(trig, root, mode, conf, p)
    if root in ALLEGED:
        claim = allegation(analysis, trig, p.actors[0][1])
        if claim is not None:
            yield claim


def _actor_heads(
    sent: Span, trig: Token
) -> tuple[list[Token], Token | None, list[tuple[int, int]]]:
    """(heads, named, actor phrases): the trigger's agents in this sentence, else a person
    named in the previous one (``named``: the name a pronoun head stands for)."""
    heads, named = agents(trig), None
    actor_phrases = actor_spans(trig, heads)  # the place model's, from the agents found here
    if not heads:  # "Mattis arrived. He met ...": Mattis, through the previous sentence
        pair = earlier_person(trig)
        heads, named = ([pair[0]], pair[1]) if pair else ([], None)
    # a heading parsed into the next line's subject is not its actor
    heads = [h for h in heads if not occasion(h) and sent.start <= h.i < sent.end]
    return outside_parentheses(heads), named, actor_phrases


def _actors(
    analysis: Analysis, sent: Span, trig: Token, kinds: dict[str, str]
) -> tuple[list[Token], list[_Role], tuple[int, int], list[tuple[int, int]]] | None:
    """(heads, actors, the first head's span, actor phrases), or None without an actor: only
    coded, agentive parties that are no weapon act."""
    heads, named, actor_phrases = _actor_heads(sent, trig)
    if not heads:
        return None
    when = analysis.published
    arg_span = party(heads[0], entity_locator(analysis), when)[1]
    if named is None:
        parties = dict.fromkeys(c for h in heads for c in coordinated(h))
        actors = [(h, *party_of(analysis, h)) for h in parties]
    else:
        actors = [(heads[0], party(named, entity_locator(analysis), when)[0], arg_span)]
    actors = [a for a in actors if coded(a[1], kinds) and agentive(a[0])]
    actors = [a for a in actors if not weapon(a[0])]
    if not actors:
        return None
    return heads, actors, arg_span, actor_phrases


def _recipients(analysis: Analysis, sent: Span, trig: Token, heads: list[Token]) -> list[_Role]:
    """The trigger's recipients in this sentence that can receive; a reciprocal verb's "with"
    partner first."""
    recips = [recipient_of(t, analysis) for t in recipients(trig, heads)
              if sent.start <= t.i < sent.end]  # fmt: skip
    recips = [r for r in recips if recipient_ok(r[0], r[1])]
    if trig.lemma_.lower() in RECIPROCAL:  # "discussed X's case with Trump": Trump
        recips.sort(key=lambda r: not (r[0].head.dep_ == "prep" and r[0].head.lower_ == "with"))
    return recips


def _settle_roles(analysis: Analysis, trig: Token, p: _Parties) -> None:
    """Who acts on whom: givers of what is received act, a deployment has no recipient, a
    thing or site is read but not recorded, and two conjoined actors of a reciprocal verb
    are each other's partners."""
    givers = givers_of(trig, p.recips)
    if givers:  # "X received weapons from Y": Y acts, X receives
        p.actors, p.recips = givers[:1], [a for a in p.actors if a[0].i not in ids(givers)]
        p.arg_span = p.actors[0][2]
    if trig.pos_ == "VERB" and mobilization_mode(trig, None):
        p.recips = []  # a deployment moves the actor's own forces: no recipient
    p.recipient, p.r_span = (p.recips[0][1], p.recips[0][2]) if p.recips else (None, None)
    if p.recips and (thing(p.recips[0][0]) or site(p.recips[0][0], analysis)):
        p.recipient = None  # the classifier still reads it: "inspected the scene of ..."
    p.partners = partners_of(trig, p.actors, p.recips, mutual(trig))
    if p.partners:
        p.r_span = p.actors[1][2]  # the classifier reads the first actor's partner


def _typed(
    analysis: Analysis, sent: Span, trig: Token, p: _Parties, kinds: dict[str, str]
) -> tuple[str, str | None, float] | None:
    """(root, mode, confidence), or None when the trigger is no event: an event noun types
    itself, an act in words has its own reading, and the classifier types the rest."""
    if trig.pos_ == "NOUN":
        return _nominal_type(trig, p)
    if (spoken := spoken_act(analysis, trig, p.actors[0], kinds)) is not None:
        return _spoken_type(sent, trig, p, spoken)
    if contest(trig) and campaigner(p.actors[0][0], p.actors[0][1], kinds):
        return None  # "defeated Mr. Cruz in Iowa": an election won is no event between them
    if social(trig):
        return None  # "hosted dinners for donors": no meeting between parties
    return _classified_type(analysis, sent, trig, p, kinds)


def _nominal_type(trig: Token, p: _Parties) -> tuple[str, str | None, float] | None:
    """An event noun's own root, for a country's act only."""
    if p.actors[0][1].country is None:
        return None
    root, mode = nominal(trig) or ("", None)
    if root == "ASSAULT" and not physical(trig, p.actors[0][0], mode):
        return None  # "Rubio's attack" on a rival is words
    return root, mode, _NOMINAL_PRIOR


def _spoken_type(sent: Span, trig: Token, p: _Parties, spoken: tuple) -> tuple[str, str, float]:
    """An act in words (see :func:`spoken_act`), the classifier lending its confidence."""
    root, mode, found, found_span = spoken
    if found is not None:  # "took aim at Mr. Trump": the idiom's target
        p.recipient, p.r_span = found, found_span
    res = classify_span(sent, p.arg_span, p.r_span, trig)
    return root, mode, max(INTENT_PRIOR, res.mass({root}) if res else 0.0)


def _classified_type(
    analysis: Analysis, sent: Span, trig: Token, p: _Parties, kinds: dict[str, str]
) -> tuple[str, str | None, float] | None:
    """The classifier's reading when it is sure enough and no reading rules it out."""
    # One predicate, one type: conjoined actors share the first actor's reading.
    res = classify_span(sent, p.arg_span, p.r_span, trig)
    if res is None:
        return None
    root, mode, conf, sure = _overridden(analysis, trig, res, p, kinds)
    if sure < threshold(trig, "REQUEST" if root == "REQUEST" else res.root):
        return None
    if _no_event(trig, root, p.recipient):
        return None
    evidence = None if res.mode_from_cue else mode  # a cue word is no evidence
    if root == "ASSAULT" and not physical(trig, p.heads[0], evidence):
        return None
    return root, mode, conf


def _overridden(
    analysis: Analysis, trig: Token, res: PairResult, p: _Parties, kinds: dict[str, str]
) -> tuple[str, str | None, float, float]:
    """(root, mode, confidence, sureness): the classifier's, unless the verb itself is a
    request or an agreement; a request without a recipient is made to its addressee."""
    root, mode, conf, sure = res.root, res.mode, res.probability, res.probability
    if requested(trig):
        # "urged Syria to withdraw", "called on Iran to release": the verb is the request
        root, mode = "REQUEST", cue_mode("REQUEST", complement_text(trig))
        conf = sure = max(INTENT_PRIOR, res.mass({"REQUEST"}))
        if p.recipient is None:
            p.recipient, p.r_span = addressee(analysis, trig, kinds)
    elif agreed_on_a_thing(trig) and res.root in COOPERATIVE:
        # "agree to joint patrols", "agreed on a ceasefire": the verb is the agreement,
        # whichever cooperative root the classifier preferred (their summed probability)
        root, mode, conf = "AGREE", None, max(INTENT_PRIOR, res.probability)
        sure = res.mass(COOPERATIVE)
    return root, mode, conf, sure


def _no_event(trig: Token, root: str, recipient: EventParty | None) -> bool:
    """Readings that are words or views, not acts between parties."""
    if root != "ACCUSE" and name_calling(trig):
        return True
    if root == "REQUEST" and questioned(trig):
        return True  # "didn't ask her about it": a question, no request to act
    if root == "ACCUSE" and recipient is None and stance(trig):
        return True  # "I oppose abortion": a view on an issue, no act towards a party
    return root == "AGREE" and shares_a_view(trig)


def _records(trig: Token, root: str, mode: str | None, conf: float, p: _Parties) -> Iterator[dict]:
    """One candidate per actor; reciprocal partners each receive from the other."""
    spans = [a[2] for a in p.actors] + [r[2] for r in p.recips]
    for k, (_, actor, _) in enumerate(p.actors):
        yield {
            "trigger": trig,
            "root": root,
            "mode": mode,
            "conf": conf,
            "actor": actor,
            "recipient": p.partners[k] if p.partners else p.recipient,
            "spans": spans,
            "r_span": (
                partner_span(p.actors, k) if p.partners else (p.r_span if p.recipient else None)
            ),
            "direct": bool(p.recips) and p.recips[0][0].dep_ in _DIRECT,
            "actor_phrases": p.actor_phrases,
        }
