"""Choose the time expression of an event: the one its predicate governs, not the first date.

"Officials said on Monday that Russia deployed missiles last year": the deployment is last year,
the saying Monday. A time counts as governed by the trigger when the trigger is among its
syntactic ancestors without passing into a reported or relative clause or a comment clause of
saying ("as the campaign noted this week": that time dates the saying); failing that, the
nearest time whose clause verb is the trigger's; failing that, none. A time inside the object
of a "for" phrase dates the reason ("apologized for the remark on Monday"), never the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.records import Time
from dateline.time._lexicon import UNITS
from dateline.time._tense import clause_verb

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["reason_elsewhere", "time_for_span"]

# Crossing one of these edges leaves the trigger's own proposition.
_BARRIERS = frozenset({"ccomp", "relcl", "acl", "csubj", "parataxis", "conj", "xcomp"})


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _comment_clause(tok: Token) -> bool:
    """ "as the campaign noted this week", "as officials said Tuesday": an adverbial clause of
    saying whose time dates the saying, not the predicate it comments on."""
    from dateline.events.cues import SAYING  # a word list; imported late, events imports time

    return tok.dep_ == "advcl" and tok.lemma_.lower() in SAYING


def _path_to(tok: Token, target: Token, limit: int = 12) -> tuple[int, bool] | None:
    """Steps from ``tok`` up to ``target`` and whether a clause barrier was crossed."""
    crossed = False
    for steps in range(limit):
        if tok.i == target.i:
            return steps, crossed
        if tok.head.i == tok.i:
            return None
        crossed = crossed or tok.dep_ in _BARRIERS or _comment_clause(tok)
        tok = tok.head
    return None


def _reason(tok: Token) -> bool:
    """ "apologized for the suggestion on Monday", "rebuked him for saying this weekend that",
    "won't give him credit for any success in 2016": below the object of "for", a time dates
    the reason or the thing meant, not the predicate "for" hangs from. The object itself may
    be the time ("set for March 1"), so the time's own root is never asked; nor is a stretch
    or a count of occasions a reason ("marched for the third day on Sunday", "jailed for five
    years in 2010"): the time below it dates the predicate."""
    return (
        tok.head.dep_ == "prep"
        and tok.head.lower_ == "for"
        and tok.dep_ in {"pobj", "pcomp"}
        and tok.lemma_.lower() not in _STRETCHES
    )


# Nouns of a "for" phrase that measure or count the predicate's own time.
_STRETCHES = frozenset(UNITS) | {"time", "occasion"}


def reason_object(doc: Doc, start: int, end: int) -> Token | None:
    """The object of the "for" phrase that the time at ``[start, end)`` sits inside (not being
    that object itself), looking no higher than the nearest verb: :func:`_reason`."""
    root = _root(doc, start, end)
    if root is None:
        return None
    tok = root
    for _ in range(12):
        if tok.i != root.i and _reason(tok):
            return tok
        if tok.head.i == tok.i or (tok.i != root.i and tok.pos_ in {"VERB", "AUX"}):
            return None
        tok = tok.head
    return None


def reason_elsewhere(doc: Doc, time: Time, trigger: Token) -> bool:
    """Whether the time sits in a "for" phrase's object that does not hold the trigger."""
    reason = reason_object(doc, time.start, time.end)
    return reason is not None and trigger.i not in {t.i for t in reason.subtree}


# Dependencies by which a time modifies a noun from inside its phrase ("the 1994 crime bill").
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


def _inside_noun_phrase(root: Token) -> bool:
    """ "criticised the 1994 crime bill on Monday": a time inside the object's phrase is as many
    steps from the verb as the verb's own "on Monday", but dates the bill; it loses the tie."""
    return root.dep_ in _NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN")


def time_for_span(analysis: Analysis, start: int, end: int) -> Time | None:
    """The time expression attached to the event predicate at ``[start, end)``, or None."""
    doc = analysis.doc
    if doc is None or not analysis.times:
        return None
    trigger = _root(doc, start, end)
    if trigger is None:
        return None
    sent = trigger.sent
    governed: list[tuple[float, Time]] = []
    same_clause: list[tuple[int, Time]] = []
    trigger_clause = clause_verb(trigger)
    for t in analysis.times:
        if t.start < sent.start_char or t.end > sent.end_char:
            continue
        root = _root(doc, t.start, t.end)
        if root is None or reason_elsewhere(doc, t, trigger):
            continue
        path = _path_to(root, trigger)
        if path is not None and not path[1]:
            governed.append((path[0] + 0.5 * _inside_noun_phrase(root), t))
        elif trigger_clause is not None and clause_verb(root.head) == trigger_clause:
            same_clause.append((abs(root.i - trigger.i), t))
    for pool in (governed, same_clause):
        if pool:
            return min(pool, key=lambda p: (p[0], p[1].start))[1]
    return None
