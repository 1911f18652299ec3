"""Which tokens can trigger an event: verbs of acts, and event nouns with their PLOVER root.

Split from the detector so that what counts as a predicate is read in one place: stative,
reporting and attitude verbs, and what is undergone rather than done ("died", "took place",
"declined to comment"), never trigger an event.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dateline.events.cues import CARE, NO_COMMENT, PORTIONS, PUBLICATIONS, PUBLISH, UNDERGONE
from dateline.events.cues import NOT_EVENT as _NOT_EVENT
from dateline.events.lexicon import lexicon
from dateline.nlp import line_pieces

__all__ = ["NOMINAL", "nominal", "sentences", "trigger_span", "triggers"]


# Nominal triggers: event nouns whose root PLOVER fixes, with a mode where it is implied.
NOMINAL: dict[str, tuple[str, str | None]] = {
    "exercise": ("MOBILIZE", "troops"), "drill": ("MOBILIZE", "troops"),
    "manoeuvre": ("MOBILIZE", "troops"), "maneuver": ("MOBILIZE", "troops"),
    "deployment": ("MOBILIZE", None), "meeting": ("CONSULT", None), "talk": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "summit": ("CONSULT", "multilateral"),
    "attack": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "bombing": ("ASSAULT", "explosives"), "sanction": ("SANCTION", None),
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "ceasefire": ("RETREAT", "ceasefire"), "invasion": ("ASSAULT", None),
    "shelling": ("ASSAULT", "heavy-weapons"), "raid": ("ASSAULT", None),
    "negotiation": ("CONSULT", None), "criticism": ("ACCUSE", "disapprove"),
    "condemnation": ("ACCUSE", "disapprove"), "accusation": ("ACCUSE", "allege"),
    "endorsement": ("SUPPORT", None), "arrest": ("COERCE", "arrest"), "praise": ("SUPPORT", None),
}  # fmt: skip
# "strike" is a walk-out or an attack: only the latter when a weapon word modifies it.
_STRIKES = {
    "air": "aerial",
    "drone": "drone",
    "missile": "heavy-weapons",
    "rocket": "heavy-weapons",
}


_MANOEUVRES = {"exercise", "drill", "manoeuvre", "maneuver"}


def nominal(tok: Token) -> tuple[str, str | None] | None:
    """PLOVER (root, mode) of an event noun ("drills", "summit", "air strike"), else None."""
    if tok.pos_ != "NOUN":
        return None
    lemma = tok.lemma_.lower()
    if lemma in _MANOEUVRES and any(c.lower_ == "joint" for c in tok.children):
        return "COOPERATE", None  # PLOVER: joint military games and manoeuvres are mutual
    if lemma == "strike":
        mods = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}]
        for m in mods:
            if m in _STRIKES:
                return "ASSAULT", _STRIKES[m]
        return None
    return NOMINAL.get(lemma)


_NOT_TRIGGER = {"aux", "auxpass", "acl", "amod", "compound"}


# Verbs of preference, doubt and reference: states of mind, never acts towards a party ("the
# Clintons preferred the Dominican Republic", "she doubted voters would care").
_STATIVE = frozenset(
    [
        "prefer", "doubt", "refer", "wonder", "imagine", "guess", "suppose", "care", "like",
        "love", "enjoy", "hate", "dislike", "deserve", "tend",
    ]
)  # fmt: skip


def triggers(sent: Span) -> Iterable[Token]:
    """Tokens of the sentence that may trigger an event: verbs of acts and event nouns."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        verbal = (
            tok.pos_ == "VERB"
            and lemma not in _NOT_EVENT
            and lemma not in _STATIVE
            and tok.dep_ not in _NOT_TRIGGER
        )
        if (verbal and not _undergone(tok)) or nominal(tok) is not None:
            yield tok


_DECLINE = {"decline", "refuse"}


def _bare_text(obj: Token) -> bool:
    """A published text with no stated content: "released a statement" (but "issued a report
    critical of X" or "a statement criticising X" is the accusation itself)."""
    if obj.lemma_.lower() in PORTIONS:  # "1,100 pages of emails"
        obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children), obj)
    if obj.lemma_.lower() not in PUBLICATIONS:
        return False
    content = [t for t in obj.subtree if t.i != obj.i and t.pos_ in {"VERB", "ADJ"}]
    return not any(t.pos_ == "VERB" or any(c.dep_ == "prep" for c in t.children) for t in content)


def _stranded(verb: Token) -> bool:
    """A headline passive without its auxiliary: "Police shot at during traffic stop" (the
    preposition has lost its object to the subject, who is the target, not the actor)."""
    if verb.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"dobj", "obj", "aux", "auxpass"} for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"at", "on", "upon"} and not list(c.children)
        for c in verb.children
    )


def _undergone(verb: Token) -> bool:
    """A verb of dying, fleeing or checking, "took place", "released a statement", or
    "declined to comment"."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "obj"}}
    if lemma in UNDERGONE or ("place" in objects and f"{lemma}_place" in UNDERGONE):
        return True
    if _stranded(verb):
        return True
    if lemma in PUBLISH and any(_bare_text(c) for c in verb.children if c.dep_ in {"dobj", "obj"}):
        return True
    if lemma in NO_COMMENT and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINE:
        return True
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if lemma in _DECLINE | {"reject"} and any(o.lemma_.lower() in CARE for o in objs):
        return True  # "refused treatment": care refused, no party rejected
    comps = {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    if lemma in _DECLINE and any(_hostile(c) for c in comps):
        return True  # "declined to assail him": no act and no one rejected
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DECLINE and _hostile(lemma):
        return True
    return (lemma in _DECLINE and bool(comps & NO_COMMENT)) or _resumed(verb)


_HOSTILE = {"ACCUSE", "ASSAULT"}  # not COERCE: "refuses to remove the ban" is a REJECT


def _hostile(lemma: str) -> bool:
    """Whether the lexicon's own code of a verb is a hostile root ("assail", "criticize")."""
    return any(root in _HOSTILE for root, _ in lexicon().default(lemma))


def _resumed(verb: Token) -> bool:
    """ "returned to critiquing X", "returned to it": taking up an activity or a topic again
    (the activity is the event, if any), not a RETREAT ("returned to Syria" still is one)."""
    if verb.lemma_.lower() != "return":
        return False
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return any(
        g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.pos_ == "PRON") for c in to for g in c.children
    )


def trigger_span(tok: Token) -> tuple[int, int]:
    """(start, end) of the trigger with its particle ("called off"): the Event's trigger."""
    end = tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt":
            end = max(end, c.idx + len(c))
    return tok.idx, end


def sentences(doc: Doc) -> Iterable[Span]:
    """spaCy's sentences, also cut at line breaks (a headline is not part of the lead)."""
    for sent in doc.sents:
        yield from line_pieces(sent)
