"""When an event happened: the time expression that dates its trigger.

A sentence often holds several times; the event takes the one that dates its own predicate,
never one that dates the saying of it, a clause below it or a duration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.cues import SAYING
from dateline.records import Time
from dateline.text_layout import span_ents

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["is_future", "time_for"]


# Links through which a verb above the trigger still dates it: "walked off the job on Tuesday
# to protest", "was considering sending ships this autumn"; never through reported content.
_TIME_LINKS = {"xcomp", "advcl", "acl", "dobj", "pobj", "prep", "pcomp", "conj"}


def _time_anchors(trigger: Token, depth: int = 3) -> list[Token]:
    """The trigger, then the verbs above it that its time may hang from."""
    out, tok = [trigger], trigger
    for _ in range(depth):
        if tok.dep_ not in _TIME_LINKS or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in SAYING:
            break
        out.append(tok)
    return out


def time_for(analysis: Analysis, sent: Span, trigger: Token) -> Time | None:
    """The time the times stage attaches to the trigger or a verb it hangs from; failing that
    (a misparse), the nearest in the sentence that does not date a verb of saying ("said on
    Monday that ..." dates the saying, not the event). Never a time that dates another
    predicate (:func:`_dates_other`), nor a duration ("a veteran of 22 years")."""
    start, end = trigger.idx, trigger.idx + len(trigger)
    try:
        from dateline.time import time_for_span  # type: ignore[attr-defined]
    except ImportError:
        time_for_span = None
    anchors = _time_anchors(trigger)
    if time_for_span is not None:
        for tok in anchors:
            found = time_for_span(analysis, tok.idx, tok.idx + len(tok))
            if found is None or found.kind == "duration":
                continue  # "a three-day visit", "jailed for 10 years": how long, not when
            if not _dates_other(sent, found, trigger, anchors):
                return found
    inside = [
        t
        for t in analysis.times
        if t.kind != "duration"
        and sent.start_char <= t.start
        and t.end <= sent.end_char
        and not _dates_saying(sent, t)
        and not _dates_other(sent, t, trigger, anchors)
    ]
    if inside:
        return min(inside, key=lambda t: min(abs(t.start - end), abs(t.end - start)))
    spans = {(t.start, t.end) for t in analysis.times if t.kind == "duration"}
    for ent in span_ents(sent):
        if (ent.start_char, ent.end_char) in spans:
            continue
        if ent.label_ == "DATE" and ent.root.i in {t.i for t in trigger.subtree}:
            time = Time(start=ent.start_char, end=ent.end_char, text=ent.text)
            if not _dates_other(sent, time, trigger, anchors):
                return time
    return None


def _verb_above(sent: Span, time: Time) -> Token | None:
    """The nearest verb above a time expression (the predicate it dates), if any."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(6):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


_OWN_CLAUSES = {"relcl", "acl", "ccomp", "advcl", "csubj"}


def _dates_other(sent: Span, time: Time, trigger: Token, anchors: list[Token]) -> bool:
    """Whether the time dates another predicate than the event's: one in a clause below the
    trigger ("ignored requests to cancel the festival, held every five years"), or anything
    outside the reported clause that holds the event ("Last week, X called for ... and said Y
    should ...": the report has its own time)."""
    verb = _verb_above(sent, time)
    if verb is not None and any(verb.i == a.i for a in anchors):
        return False
    if verb is not None and verb.i in {t.i for t in trigger.subtree}:
        tok = verb
        while tok.i != trigger.i:
            if tok.dep_ in _OWN_CLAUSES and not _simultaneous(tok):
                return True
            tok = tok.head
        return False
    reported = _reported_clause(trigger)
    if reported is None:
        return False
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    inside = {t.i for t in reported.subtree}
    return span is not None and not any(t.i in inside for t in span)


_AT_THE_TIME = {"when", "as", "while", "once"}


def _simultaneous(clause: Token) -> bool:
    """A "when"/"as"/"while" clause dates its main verb too ("conceded when polls closed at
    8 p.m."); "after"/"before" clauses and relative clauses date their own event, and so
    does a comment clause of saying ("as the ministry noted on Tuesday")."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() not in SAYING
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ in _AT_THE_TIME for c in clause.children)
    )


def _reported_clause(trigger: Token) -> Token | None:
    """The top of the clause a verb of saying reports, when the trigger is inside one."""
    tok = trigger
    for _ in range(8):
        if tok.head is tok:
            return None
        if tok.head.lemma_.lower() in SAYING and tok.head.pos_ == "VERB":
            return tok
        tok = tok.head
    return None


def _dates_saying(sent: Span, time: Time) -> bool:
    """Whether the nearest verb above the time expression is a verb of saying."""
    verb = _verb_above(sent, time)
    return verb is not None and verb.lemma_.lower() in SAYING


def is_future(time: Time, analysis: Analysis) -> bool:
    """Whether the time starts after the reference date's month (September, said in May)."""
    ref = analysis.published
    value = time.start_date or time.value
    if ref is None or not value or not value[:4].isdigit():
        return False
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 1
    return int(value[:4]) * 12 + month > ref.year * 12 + ref.month
