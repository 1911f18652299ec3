"""Acts done by speaking of another act: a claimant's allegation, a speaker's demand that
another party act, and a verb of asking with its addressee.

The act spoken of has not happened (or is not the speaker's), so the speaking verb carries
the event: an ACCUSE or a REQUEST by the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.events.cues import ASKING, DEONTIC, SAYING
from dateline.events.modes import cue_mode
from dateline.events.parties import controller, entity_locator, party
from dateline.events.roles import coded, party_of
from dateline.records import EventParty

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = [
    "ALLEGED",
    "ASKED_CLAUSES",
    "addressee",
    "allegation",
    "complement_text",
    "reported_demand",
    "requested",
]


# "X claimed that Y attacked Z": besides Y's reported ASSAULT, X accuses Y (PLOVER ACCUSE,
# mode "allege"). Only verbs of allegation; "said" reports without accusing.
ALLEGED = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
_ALLEGE = {"claim", "allege", "charge"}
_ALLEGATION_PRIOR = 0.6


def allegation(analysis: Analysis, trig: Token, accused) -> dict | None:
    """The ACCUSE by the claimant of a hostile act, when the claimant is another party."""
    found = _reporter(analysis, trig, _ALLEGE)
    if found is None or accused.country is None:
        return None
    verb, _, claimant, span = found
    if claimant.country is None or claimant.country == accused.country:
        return None
    return _speech_act(verb, "ACCUSE", "allege", _ALLEGATION_PRIOR, claimant, accused, [span])


# "Russia says Israel must end attacks": Russia asks it of Israel (PLV codes such a demand as
# REQUEST by the speaker); the act itself has not happened.
_DEMAND_PRIOR = 0.6


def reported_demand(
    analysis: Analysis, trig: Token, actor: tuple, kinds: dict[str, str]
) -> dict | None:
    """The REQUEST of a speaker who says another party must or should act, else None."""
    if trig.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in trig.children):
        return None
    found = _reporter(analysis, trig, SAYING, conjoined=True)  # "X called for ... and said"
    if found is None or found[1].pos_ == "PRON":
        return None
    verb, _, speaker, span = found
    target = actor[1]
    if not coded(speaker, kinds) or speaker.text == target.text:
        return None
    clause = trig.doc[trig.left_edge.i : trig.right_edge.i + 1].text
    mode = cue_mode("REQUEST", clause)
    return _speech_act(verb, "REQUEST", mode, _DEMAND_PRIOR, speaker, target, [span, actor[2]])


def _reporter(
    analysis: Analysis, trig: Token, verbs: set[str] | frozenset[str], conjoined: bool = False
) -> tuple[Token, Token, EventParty, tuple[int, int]] | None:
    """(verb, subject, party, span) of the one whose verb in ``verbs`` reports the clause
    ``trig`` heads ("X claimed that ...", "X said Y must ..."); with ``conjoined``, a subject
    shared with the verb it is conjoined to. None when there is no such speaker."""
    verb = trig.head
    if trig.dep_ != "ccomp" or verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and conjoined and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    return verb, subj[0], *party(subj[0], entity_locator(analysis), analysis.published)


def _speech_act(
    verb: Token,
    root: str,
    mode: str | None,
    conf: float,
    actor: EventParty,
    recipient: EventParty,
    spans: list[tuple[int, int]],
) -> dict:
    """A candidate whose trigger is the speaking verb itself (an allegation, a demand)."""
    return {
        "trigger": verb,
        "root": root,
        "mode": mode,
        "conf": conf,
        "actor": actor,
        "recipient": recipient,
        "spans": spans,
    }


# "urged X to leave" (xcomp), "petitioned the UN to intervene" (parsed as a purpose advcl).
ASKED_CLAUSES = {"xcomp", "ccomp", "advcl"}


def requested(trig: Token) -> bool:
    """A verb of asking with an addressee who is to act: "urged Syria to withdraw", "called on
    Iran to release", "asked that Turkey return him" (a clause before the verb is not what it
    asks: "On the day the Globe reported it, the moderators didn't ask her")."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in ASKING:
        return False
    comps = [
        c
        for c in trig.children
        if c.dep_ in ASKED_CLAUSES and c.pos_ == "VERB" and not _question(c) and c.i > trig.i
        and (c.dep_ != "advcl" or any(g.lower_ == "to" for g in c.children))
    ]  # fmt: skip
    if any(c.dep_ != "ccomp" for c in comps) and controller(trig):
        return True
    asked = [c for c in comps if c.dep_ == "ccomp"]
    subjects = (g for c in asked for g in c.children if g.dep_ == "nsubj")
    return trig.lemma_.lower() != "call" and any(g.pos_ != "PRON" for g in subjects)


def _question(clause: Token) -> bool:
    """ "asked voters if the primary was rigged": a question, not a request to act."""
    return any(
        (c.dep_ == "mark" and c.lower_ in {"if", "whether"}) or c.tag_ in {"WDT", "WP", "WRB"}
        for c in clause.children
    )


def addressee(analysis: Analysis, trig: Token, kinds: dict[str, str]) -> tuple:
    """(party, span) of whom "asked that X return ..." asks: the clause's subject, if coded."""
    for c in trig.children:
        for g in c.children if c.dep_ == "ccomp" else ():
            if g.dep_ == "nsubj" and g.pos_ != "PRON":
                found, span = party_of(analysis, g)
                if coded(found, kinds):
                    return found, span
    return None, None


def complement_text(trig: Token) -> str:
    """The text of the clauses a verb of asking asks for: where a REQUEST's mode is cued."""
    comps = [c for c in trig.children if c.dep_ in {"xcomp", "ccomp"}]
    return " ".join(trig.doc[c.left_edge.i : c.right_edge.i + 1].text for c in comps)
