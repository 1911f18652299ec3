"""Constructions the pair classifier misreads, read by rule instead.

Acts in words (an idiom, a blow traded between politicians) are accusations, not assaults;
a stance on an issue, a view shared with someone and name-calling are no event at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.events.roles import POLITICAL, campaigner, person, recipient_of, thing
from dateline.events.verbal import blow_target, idiom

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["name_calling", "shares_a_view", "spoken_act", "stance"]


def spoken_act(
    analysis: Analysis, trig: Token, actor: tuple, kinds: dict[str, str]
) -> tuple | None:
    """(root, mode, recipient, span) of an act in words that the classifier misreads: an idiom
    ("took aim at X": ACCUSE) or a blow between political actors with no weapon, casualty or
    fighting in the clause ("Trump attacked Bush": ACCUSE, not ASSAULT); else None."""
    read = idiom(trig)
    blow = read is None
    if blow:
        target = blow_target(trig)
        if target is None or not campaigner(actor[0], actor[1], kinds):
            return None
        read = ("ACCUSE", "disapprove", target)
    root, mode, target = read
    if target is None:
        return root, mode, None, None
    tok, recipient, span = recipient_of(target, analysis)
    if not blow:
        return root, mode, recipient, span
    # between political actors: a person or a political group (a country attacked is war:
    # "will attack Iraq"), with a political code on one side ("John Smith attacked Mary Jones"
    # is a crime report)
    group = tok.ent_type_ != "GPE" and recipient.sector in POLITICAL
    political = actor[1].sector in POLITICAL or recipient.sector in POLITICAL
    if (group or person(tok, recipient, kinds)) and political:
        return root, mode, recipient, span
    return None


# Verbs of taking a side against: towards a party an event ("opposed Rubio"), on an issue a
# view (the side taken for, "supports plans to ...", PLV codes as SUPPORT or COOPERATE).
_STANCES = frozenset(["oppose", "disapprove"])


def stance(trig: Token) -> bool:
    """A side taken against an issue or a thing ("oppose abortion"), with no party in the
    object: a view, not a PLOVER accusation."""
    if trig.lemma_.lower() not in _STANCES:
        return False
    objs = [c for c in trig.children if c.dep_ in {"dobj", "obj"}]
    return bool(objs) and all(thing(o) for o in objs)


def name_calling(trig: Token) -> bool:
    """ "called X a liar": naming someone something, not a call to them (no CONSULT)."""
    if trig.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "oprd" for c in trig.children):
        return True
    objs = [c for c in trig.children if c.dep_ in {"dobj", "obj"}]
    return any(a.dep_ == "appos" and a.i > o.i for o in objs for a in o.children)


# What one "agrees with X on" when it is a shared view, not a deal: "agreed with Trump on the
# issue", "agrees with the CIA's conclusion".
_VIEWS = frozenset(
    [
        "issue", "matter", "point", "question", "subject", "topic", "need", "importance",
        "conclusion", "view", "assessment", "analysis", "finding", "opinion", "position",
        "statement", "idea", "sentiment", "criticism", "argument", "claim",
    ]
)  # fmt: skip


def shares_a_view(trig: Token) -> bool:
    """ "agreed with X" holding the same view, with no act agreed ("to withdraw", "on a
    ceasefire", "a deal"): an opinion, not a PLOVER agreement."""
    if trig.lemma_.lower() != "agree":
        return False
    kids = list(trig.children)
    if any(c.dep_ in {"xcomp", "ccomp", "dobj", "obj"} for c in kids):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return False
    topics = [
        g
        for c in kids
        if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to", "about", "over"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return all(g.lemma_.lower() in _VIEWS for g in topics)
