"""The tense of the clause a time expression sits in, read from the dependency parse.

"September" is 2016-09 in "the drills began in September" and 2017-09 in "the drills will begin
in September"; only the governing verb tells them apart. Present tense counts as future for
dates, because news writes scheduled events in the present ("exercises kick off in September").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["clause_verb", "tense_of"]

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "could", "may", "might",
                         "should", "must", "can", "ca"})  # fmt: skip
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve", "'s"})
# Verbs whose infinitive complement lies ahead of them ("plans to visit in July").
_FUTURE_HEADS = frozenset(
    {"plan", "expect", "intend", "aim", "schedule", "set", "hope", "want", "seek", "prepare",
     "propose", "promise", "pledge", "vow", "go", "threaten", "agree", "decide", "likely", "due",
     "poise", "slate"}
)  # fmt: skip


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def clause_verb(tok: Token, limit: int = 12) -> Token | None:
    """The nearest verb at or above ``tok`` (the head of its clause), or None."""
    for _ in range(limit):
        if _is_verb(tok):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _aux_tense(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj" and _is_verb(verb.head):
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    if any(w in _FUTURE_AUX for w in words):
        return "past" if "have" in words else "future"
    if any(w in ("going", "gon") for w in words):
        return "future"
    if any(w in _PERFECT_AUX for w in words) and verb.tag_ == "VBN":
        return "past"
    tags = [a.tag_ for a in auxes]
    if "VBD" in tags:
        return "past"
    if "VBZ" in tags or "VBP" in tags:
        return "present"
    return None


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    found = _aux_tense(verb)
    if found:
        return found
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    head = verb.head
    if depth > 4 or head is verb:
        return None
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "amod") and (
        head.lemma_.lower() in _FUTURE_HEADS
    ):
        return "future"
    # Infinitives, participles and bare verbs take the tense of the clause above them, except
    # the present: "accuses them of staging a coup in July" reports a July that may be past.
    above = clause_verb(head)
    inherited = _verb_tense(above, depth + 1) if above is not None else None
    return None if inherited == "present" else inherited


def tense_of(span: Span) -> str | None:
    """``past``, ``present``, ``future`` or None for the clause governing ``span``."""
    root = span.root
    if root.head is root or root.head.i in range(span.start, span.end):
        return None
    if root.dep_ == "poss":  # "Monday's debate": only a future verb says which Monday
        above = clause_verb(root.head)
        return "future" if above is not None and _verb_tense(above) == "future" else None
    verb = clause_verb(root.head)
    return _verb_tense(verb) if verb is not None else None
