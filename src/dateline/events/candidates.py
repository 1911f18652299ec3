"""Candidate events of one sentence: each trigger with its actors and recipient, typed by the
pair classifier or by a construction that overrides it, and dropped when it is no event.

Candidates are plain dicts: :func:`dateline.events.intentions.merge_intentions` still merges
them before :mod:`dateline.events.detect` turns them into Event records.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dateline.events.classify import classify_span, mobilization_mode
from dateline.events.gate import threshold
from dateline.events.intentions import COOPERATIVE, INTENT_PRIOR, agreed_on_a_thing
from dateline.events.modes import cue_mode
from dateline.events.parties import (
    agents,
    coordinated,
    earlier_person,
    entity_locator,
    party,
    phrase_span,
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

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["candidates"]


# The confidence of an event noun's root, which the noun fixes without the classifier.
_NOMINAL_PRIOR = 0.55


# The recipient as the verb's own argument: "backing Rubio", "Gomez was arrested by police".
_DIRECT = {"dobj", "obj", "nsubjpass", "dative"}


def candidates(analysis: Analysis, sent: Span) -> Iterable[dict]:
    """The candidate events of one sentence, in trigger order (see the module docstring)."""
    when = analysis.published
    kinds = {e.id: e.type for e in analysis.entities}
    for trig in triggers(sent):
        heads, named = agents(trig), None
        # the place model's actor phrases (location.actor_spans), from the agents found here
        actor_phrases = [phrase_span(c) for h in heads for c in coordinated(h)]
        if not heads:  # "Mattis arrived. He met ...": Mattis, through the previous sentence
            pair = earlier_person(trig)
            heads, named = ([pair[0]], pair[1]) if pair else ([], None)
        # a heading parsed into the next line's subject is not its actor
        heads = [h for h in heads if not occasion(h) and sent.start <= h.i < sent.end]
        heads = outside_parentheses(heads)
        if not heads:
            continue
        arg_span = party(heads[0], entity_locator(analysis), when)[1]
        if named is None:
            parties = dict.fromkeys(c for h in heads for c in coordinated(h))
            actors = [(h, *party_of(analysis, h)) for h in parties]
        else:
            actors = [(heads[0], party(named, entity_locator(analysis), when)[0], arg_span)]
        actors = [a for a in actors if coded(a[1], kinds) and agentive(a[0])]
        actors = [a for a in actors if not weapon(a[0])]
        if not actors:
            continue
        demand = reported_demand(analysis, trig, actors[0], kinds)
        if demand is not None:
            yield demand  # the demanded act has not happened: only the request has
            continue
        recips = [recipient_of(t, analysis) for t in recipients(trig, heads)
                  if sent.start <= t.i < sent.end]  # fmt: skip
        recips = [r for r in recips if recipient_ok(r[0], r[1])]
        if trig.lemma_.lower() in RECIPROCAL:  # "discussed X's case with Trump": Trump
            recips.sort(key=lambda r: not (r[0].head.dep_ == "prep" and r[0].head.lower_ == "with"))
        givers = givers_of(trig, recips)
        if givers:  # "X received weapons from Y": Y acts, X receives
            actors, recips = givers[:1], [a for a in actors if a[0].i not in ids(givers)]
            arg_span = actors[0][2]
        if trig.pos_ == "VERB" and mobilization_mode(trig, None):
            recips = []  # a deployment moves the actor's own forces: no recipient
        recipient, r_span = (recips[0][1], recips[0][2]) if recips else (None, None)
        if recips and (thing(recips[0][0]) or site(recips[0][0], analysis)):
            recipient = None  # the classifier still reads it: "inspected the scene of ..."
        partners = partners_of(trig, actors, recips, mutual(trig))
        if partners:
            r_span = actors[1][2]  # the classifier reads the first actor's partner
        spans = [a[2] for a in actors] + [r[2] for r in recips]
        if trig.pos_ == "NOUN":
            if actors[0][1].country is None:
                continue
            root, mode = nominal(trig) or ("", None)
            conf = _NOMINAL_PRIOR
            if root == "ASSAULT" and not physical(trig, actors[0][0], mode):
                continue  # "Rubio's attack" on a rival is words
        elif (spoken := spoken_act(analysis, trig, actors[0], kinds)) is not None:
            root, mode, found, found_span = spoken
            if found is not None:  # "took aim at Mr. Trump": the idiom's target
                recipient, r_span = found, found_span
            res = classify_span(sent, arg_span, r_span, trig)
            conf = max(INTENT_PRIOR, res.mass({root}) if res else 0.0)
        elif contest(trig) and campaigner(actors[0][0], actors[0][1], kinds):
            continue  # "defeated Mr. Cruz in Iowa": an election won is no event between them
        elif social(trig):
            continue  # "hosted dinners for donors": no meeting between parties
        else:
            # One predicate, one type: conjoined actors share the first actor's reading.
            res = classify_span(sent, arg_span, r_span, trig)
            if res is None:
                continue
            root, mode, conf, sure = res.root, res.mode, res.probability, res.probability
            if requested(trig):
                # "urged Syria to withdraw", "called on Iran to release": the verb is the request
                root, mode = "REQUEST", cue_mode("REQUEST", complement_text(trig))
                conf = sure = max(INTENT_PRIOR, res.mass({"REQUEST"}))
                if recipient is None:
                    recipient, r_span = addressee(analysis, trig, kinds)
            elif agreed_on_a_thing(trig) and res.root in COOPERATIVE:
                # "agree to joint patrols", "agreed on a ceasefire": the verb is the agreement,
                # whichever cooperative root the classifier preferred (their summed probability)
                root, mode, conf = "AGREE", None, max(INTENT_PRIOR, res.probability)
                sure = res.mass(COOPERATIVE)
            if sure < threshold(trig, "REQUEST" if root == "REQUEST" else res.root):
                continue
            if root != "ACCUSE" and name_calling(trig):
                continue
            if root == "REQUEST" and questioned(trig):
                continue  # "didn't ask her about it": a question, no request to act
            if root == "ACCUSE" and recipient is None and stance(trig):
                continue  # "I oppose abortion": a view on an issue, no act towards a party
            if root == "AGREE" and shares_a_view(trig):
                continue
            evidence = None if res.mode_from_cue else mode  # a cue word is no evidence
            if root == "ASSAULT" and not physical(trig, heads[0], evidence):
                continue
        for k, (_, actor, _) in enumerate(actors):
            yield {
                "trigger": trig,
                "root": root,
                "mode": mode,
                "conf": conf,
                "actor": actor,
                "recipient": partners[k] if partners else recipient,
                "spans": spans,
                "r_span": partner_span(actors, k) if partners else (r_span if recipient else None),
                "direct": bool(recips) and recips[0][0].dep_ in _DIRECT,
                "actor_phrases": actor_phrases,
            }
        if root in ALLEGED:
            claim = allegation(analysis, trig, actors[0][1])
            if claim is not None:
                yield claim
