"""The no-event decision for verbal triggers: how sure the classifier must be of a root.

Most predicates in news are no events; a root the CAMEO lexicon also gives the verb is two
independent pieces of evidence and needs less confidence than the classifier alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.classify import mobilization_mode
from dateline.events.intentions import PROMISE, REFUSED, negated
from dateline.events.lexicon import lexicon
from dateline.events.speech import requested

__all__ = ["lexicon_roots", "threshold"]


_OBJ_DEPS = {"dobj", "obj", "dative", "prep", "attr", "oprd"}


# The "no event" decision. Confidence is the calibrated probability that the root is right,
# so below 0.5 the typing is more likely wrong than right: drop it. A predicate the CAMEO
# lexicon codes as the same root (by default or through its object) is two independent pieces
# of evidence and passes at 0.5; any other predicate must be classified confidently on its own.
_MIN_AGREED = 0.5
# A verb the CAMEO lexicon codes only through its objects supports any root its patterns can
# code, unless those are more than this many: "set", "open", "create", "produce" can code
# nearly every root, so they support none ("created a barrier" is no SUPPORT).
_PATTERN_ROOTS_MAX = 8
_MIN_UNSUPPORTED = 0.8
_YIELD = {"CONCEDE", "RETREAT"}
# A stated intention to act is its own root in PLOVER: "said they would expel X" is a THREATEN,
# "will send aid" an AGREE, so the lexicon's material root supports the verbal one.
_INTENT = {
    "THREATEN": {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"},
    "AGREE": {"AID", "COOPERATE", "YIELD", "CONSULT", "SUPPORT"},
}


def lexicon_roots(trig: Token, any_pattern: bool = True) -> set[str]:
    """PLOVER roots the CAMEO lexicon gives the trigger, by default or through its objects;
    with ``any_pattern``, also every root a verb coded only through objects can code."""
    lex = lexicon()
    lemma = trig.lemma_.lower()
    particle = [c.lower_ for c in trig.children if c.dep_ == "prt"]
    lemmas = [f"{lemma} {particle[0]}", lemma] if particle else [lemma]
    words = [t.lemma_.lower() for c in trig.children if c.dep_ in _OBJ_DEPS for t in c.subtree]
    roots = {r for lem in lemmas for r, _ in lex.default(lem) + lex.with_object(lem, words)}
    for lem in lemmas if any_pattern else []:
        if lex.known(lem) and not lex.default(lem):
            found = lex.pattern_roots(lem)  # coded only through objects: any of them fits
            if len(found) <= _PATTERN_ROOTS_MAX:
                roots |= found
    return {"YIELD" if r in _YIELD else r for r in roots}


def threshold(trig: Token, root: str) -> float:
    """Minimum calibrated root probability for a verbal trigger to become an event."""
    if root == "MOBILIZE" and mobilization_mode(trig, None):
        return _MIN_AGREED
    if root == "REQUEST" and requested(trig):
        return _MIN_AGREED  # the verb of asking is the evidence
    describes = _describes(trig)
    roots = lexicon_roots(trig, any_pattern=not describes)
    own = "YIELD" if root in _YIELD else root
    agreed = own in roots or bool(_INTENT.get(root, set()) & roots)
    if root == "REJECT" and negated(trig):
        agreed = agreed or bool(REFUSED & roots)  # "would not provide support"
    if root == "AGREE" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() in PROMISE:
        agreed = True  # "agreed to run joint patrols": the head verb announces the act
    if not agreed and describes:
        return _NEVER
    return _MIN_AGREED if agreed else _MIN_UNSUPPORTED


_NEVER = 1.01


def _describes(trig: Token) -> bool:
    """A relative clause mostly describes its noun ("Emery, who operates a chain of shops, was
    arrested"; "a party that elevated his father"), while the classifier reads the whole
    sentence's event: only a verb whose own lexicon code (or object pattern) agrees is an event
    there."""
    clause = trig
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl"
