"""Event status from the predicate's syntax: negated, hypothetical, considered, planned, historical.

"X happened" and "X may happen" must not look alike in the data: the status comes from the
trigger's auxiliaries, the verbs it is a complement of ("was considering sending"), a
conditional clause ("if deployed") and, for past events, a time before the reference date.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from dateline.events.cues import ASKING, DEONTIC
from dateline.events.parties import called_on

__all__ = ["event_status", "is_past_time"]

_CONSIDER = {
    "consider", "weigh", "mull", "contemplate", "discuss", "debate", "study", "explore",
    "examine", "possibility", "option", "propose", "suggest", "may", "might", "could",
}  # fmt: skip
_PLAN = {
    "plan", "intend", "will", "shall", "prepare", "schedule", "expect", "aim", "vow", "pledge",
    "promise", "decide", "agree", "set", "due", "upcoming", "seek", "want", "hope", "going",
}  # fmt: skip
_INTENDED = {"threat", "prospect", "risk", "idea", "proposal", "call", "demand", "preparation"}
_CONDITION = {"if", "unless", "should"}
_NEG_WORDS = {"not", "n't", "never", "no"}
_PAST_REL = re.compile(
    r"\b(last|previous|past)\s+(year|summer|winter|spring|autumn|fall)\b|\bago\b"
    r"|\bin the past\b|\bformerly\b",
    re.I,
)


_OWN_SUBJECT = {"nsubj", "nsubjpass", "expl"}


def _climb(trigger: Token) -> list[Token]:
    """The trigger and the verbs/nouns it is a complement of (xcomp/ccomp/acl chain).

    A fronted clause is reported, not planned: "X attacked Y, officials said" only reports it,
    and the small parser hangs a clause before a colon on the next verb ("plans").
    """
    out = [trigger]
    tok = trigger
    if _adjunct_event(trigger):
        return out  # "sending missiles for NATO exercises": the exercises are not considered
    while tok.dep_ in {"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj", "conj"} and (
        tok.head.i != tok.i
    ):
        if tok.dep_ == "ccomp" and tok.head.i > tok.i:
            break  # a clause before its "head" is its own ("X pardoned Y: he plans to ...")
        if tok.dep_ == "conj" and any(c.dep_ in _OWN_SUBJECT for c in tok.children):
            break  # "he cannot come and authorities are pressuring ...": its own clause
        tok = tok.head
        out.append(tok)
        if len(out) > 6:
            break
    return out


def _adjunct_event(trigger: Token) -> bool:
    """An event noun in an adjunct ("deployed during exercises", "sent missiles to the region
    for drills") is an event of its own; "the possibility of an attack" or "plans for a summit"
    hang on their head noun."""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or prep.lower_ == "of":
        return False
    if prep.head.pos_ in {"VERB", "AUX"}:
        return True  # "discussed the case at a meeting": the meeting is not discussed
    return prep.head.lemma_.lower() not in _CONSIDER | _PLAN | _INTENDED


_ASKING = ASKING | {"demand"}


def _asked_for(trigger: Token) -> bool:
    """Whether the predicate is what someone asks another to do ("urged Syria to withdraw")."""
    head = trigger.head
    if head.lemma_.lower() not in _ASKING:
        return False
    if head.lemma_.lower() == "call" and called_on(head) is None:
        return False  # "called Putin to discuss Syria" is a phone call, not a request
    purpose = trigger.dep_ == "advcl" and any(c.lower_ == "to" for c in trigger.children)
    return trigger.dep_ in {"xcomp", "ccomp"} or purpose


def _once(verb: Token) -> bool:
    """ "X once invaded Y": formerly. A clause-initial "Once X withdrew, ..." is "as soon as"
    (the parser sometimes reads that "once" as an adverb too)."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "once" and c.i != verb.left_edge.i for c in verb.children
    )


def _aux(tok: Token) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]


def _conditioned(tok: Token) -> bool:
    """Whether a clause of the predicate is a condition on it ("... if NATO expanded")."""
    for c in tok.children:
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in _CONDITION]
        if c.dep_ == "advcl" and marks and not _concessive(marks[0]):
            return True
    return False


def _concessive(mark: Token) -> bool:
    """ "even if" concedes, it does not condition."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"


_SELF = {"i", "we", "he", "she", "it", "they"}


def _reported(tok: Token) -> bool:
    """Whether the predicate is the speaker's own announced act: "Israel said it would free".

    The subject must be a pronoun (the speaker itself); "he added Americans would support a
    plan" is a prediction about others, not a plan.
    """
    from dateline.events.cues import REPORTING

    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in REPORTING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in tok.children)


def is_past_time(value_end: str | None, ref: date | None) -> bool:
    """Whether an ISO date/year ends before the month of the reference date."""
    if not value_end or ref is None:
        return False
    m = re.match(r"(\d{4})(?:-(\d\d))?", value_end)
    if not m:
        return False
    year, month = int(m.group(1)), int(m.group(2) or 12)
    return year * 12 + month < ref.year * 12 + ref.month - 1


_QUESTION_AUX = frozenset(
    {"did", "does", "do", "is", "are", "was", "were", "will", "would", "can", "could", "has",
     "have", "had", "should", "shall"}
)  # fmt: skip
_CLOSING = "\"'\u201d\u2019 "


_TEMPORAL_MARKS = {"before", "until", "till", "when", "once", "after"}
_FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause holds the event: the trigger itself, or the verb an event noun is
    the subject of ("before the drills began": the clause of "began")."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        return trigger.head
    return trigger


def _future_adjunct(trigger: Token) -> bool:
    """Whether the event sits in a temporal clause of a future act: "would happen before the
    drills began", "will stay until the talks end". The main clause has not happened yet, so
    neither has the event that times it, whatever the tense inside the clause."""
    verb = _clause_verb(trigger)
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TEMPORAL_MARKS for c in verb.children):
        return False
    main = verb.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in main.children)


def _yes_no_question(chain: list[Token]) -> bool:
    """Whether the trigger's clause asks whether it happened: the sentence opens with the
    clause's auxiliary and ends with a question mark ("Did X refuse ...?"). A wh-question
    ("Why did Biden do this?") takes the act as given."""
    sent = chain[0].sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or not sent.text.rstrip(_CLOSING).endswith("?"):
        return False
    first = words[0]
    return first.lower_ in _QUESTION_AUX and any(first.head.i == t.i for t in chain)


def event_status(trigger: Token, past_time: bool = False, future_time: bool = False) -> str:
    """One of asserted, planned, considered, hypothetical, negated, historical."""
    chain = _climb(trigger)
    # The trigger's own auxiliaries and what is above it, never its own lemma: "has agreed a
    # deal" is done, not planned ("agree" plans only the act below it).
    words: list[str] = _aux(trigger)
    for tok in chain[1:]:
        words += [*_aux(tok), tok.lemma_.lower()]
    if any(w in _NEG_WORDS for w in _aux(trigger)) or (
        len(chain) > 1 and any(w in _NEG_WORDS for w in _aux(chain[1]))
    ):
        return "negated"
    if _yes_no_question(chain):
        return "hypothetical"  # "Did the Foundation refuse to turn over documents?"
    if any(w in DEONTIC for w in _aux(trigger)) or _asked_for(trigger):
        return "hypothetical"  # "X should set up a system", "urged X to withdraw": not done
    for tok in chain:
        if any(c.lower_ in _CONDITION for c in tok.children if c.dep_ == "mark"):
            return "hypothetical"
    if any(c.lower_ in _CONDITION for c in trigger.head.children if c.dep_ == "mark"):
        return "hypothetical"
    if _conditioned(trigger):
        return "hypothetical"  # "would deploy missiles if NATO expanded"
    if any(w in _CONSIDER for w in words):
        return "considered"
    if any(w in _PLAN for w in words) or trigger.lower_ == "upcoming":
        return "planned"
    if "would" in _aux(trigger) and _reported(trigger):
        return "planned"  # future in the past: "announced it would free the prisoners"
    if _future_adjunct(trigger):
        return "planned"
    sent = trigger.sent.text
    if past_time or (trigger.tag_ in {"VBD", "VBN"} and (_once(trigger) or _PAST_REL.search(sent))):
        return "historical"
    if future_time:
        return "planned"
    return "asserted"
