"""When an event happened: the time expression that dates its trigger.

A sentence often holds several times; the event takes the one that dates its own predicate,
never one that dates the saying of it, a clause below it or a duration.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.cues import SAYING
from dateline.records import Time
from dateline.text_layout import span_ents
from dateline.time import normalise, reason_elsewhere, time_for_span

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["is_future", "time_for"]


# Links through which a verb above the trigger still dates it: "walked off the job on Tuesday
# to protest", "was considering sending ships this autumn"; never through reported content.
_TIME_LINKS = {"xcomp", "advcl", "acl", "dobj", "pobj", "prep", "pcomp", "conj"}


# A compared clause has its own time: "made more last year than workers could earn in a
# lifetime" dates the making, not the earning.
_COMPARED = {"than"}


def _time_anchors(trigger: Token, depth: int = 3) -> list[Token]:
    """The trigger, then the verbs above it that its time may hang from."""
    out, tok = [trigger], trigger
    for _ in range(depth):
        if tok.dep_ not in _TIME_LINKS or tok.head.i == tok.i or _opened_by(tok, _COMPARED):
            break
        tok = tok.head
        if tok.lemma_.lower() in SAYING:
            break
        out.append(tok)
    return out


def time_for(analysis: Analysis, sent: Span, trigger: Token) -> Time | None:
    """The time the times stage attaches to the trigger or a verb it hangs from; failing that
    (a misparse), the nearest in the sentence that does not date a verb of saying ("said on
    Monday that ..." dates the saying, not the event); last, a spaCy DATE the times stage can
    read. Never a time that dates another predicate (:func:`_dates_other`) or another noun
    (:func:`_dated_noun`: "ahead of the Feb. 9 primary"), nor a duration ("22 years")."""
    anchors = _time_anchors(trigger)
    return (
        attached_time(analysis, sent, trigger, anchors)
        or nearest_time(analysis, sent, trigger, anchors)
        or raw_date_time(analysis, sent, trigger, anchors)
    )


def attached_time(
    analysis: Analysis, sent: Span, trigger: Token, anchors: list[Token]
) -> Time | None:
    """The time the times stage attaches to the trigger or to a verb above it."""
    for tok in anchors:
        found = time_for_span(analysis, tok.idx, tok.idx + len(tok))
        if found is None or found.kind == "duration":
            continue  # "a three-day visit", "jailed for 10 years": how long, not when
        noun = _dated_noun(sent, found, anchors)
        if noun is not None and not _occasion_of(noun, anchors, found):
            continue  # "for backing the 1994 crime bill": the bill's year, not the criticism's
        if not _dates_other(sent, found, trigger, anchors):
            return found
    return None


def nearest_time(
    analysis: Analysis, sent: Span, trigger: Token, anchors: list[Token]
) -> Time | None:
    """A misparse's fallback: the time nearest the trigger that dates no other predicate."""
    start, end = trigger.idx, trigger.idx + len(trigger)
    inside = [
        t
        for t in analysis.times
        if t.kind != "duration"
        and sent.start_char <= t.start
        and t.end <= sent.end_char
        and not _dates_saying(sent, t)
        and not _dates_other(sent, t, trigger, anchors)
        and not _describes_noun(sent, t, anchors)
        and not _dates_the_matrix(sent, t, trigger)
        and _below_the_event(sent, t, trigger, anchors)
    ]
    if inside:
        return min(inside, key=lambda t: min(abs(t.start - end), abs(t.end - start)))
    return None


def _below_the_event(sent: Span, time: Time, trigger: Token, anchors: list[Token]) -> bool:
    """Whether the time's verb is the event's own or sits below the trigger, not across a
    coordination: the fallback exists for "visited the area to campaign over the weekend",
    where the times stage stops at the purpose clause, and for a "when"/"where" clause that
    shares its head clause's time. A time of a coordinated predicate ("had pledged to back him,
    but sounded equivocal this week"), of the matrix above a nominal trigger ("This year, she
    raised questions about his criticisms") or of another branch dates that predicate; one
    inside a reason "for ..." phrase dates the reason (:func:`reason_elsewhere`). A time with
    no verb above it (a headline fragment) is not judged here."""
    if reason_elsewhere(sent.doc, time, trigger):
        return False
    verb = _verb_above(sent, time)
    if verb is None or any(verb.i == a.i for a in anchors):
        return True
    if verb.i in {t.i for t in trigger.subtree}:
        return not any(t.dep_ == "conj" for t in _path(verb, trigger))
    return _in_shared_setting(_path(trigger, verb))


def _in_shared_setting(path: list[Token]) -> bool:
    """Whether the path climbs from a verb trigger, through verbs only, out of a "when"/"where"
    clause ("moved on Sunday to Geneva, where the envoys met"); a noun on the way ("while
    raising questions about his criticisms") is a topic that keeps its own time."""
    for tok in path:
        if tok.pos_ not in {"VERB", "AUX"}:
            return False
        if _opened_by(tok, _SHARED_SETTING):
            return True
    return False


def _path(low: Token, high: Token) -> list[Token]:
    """The tokens from ``low`` up to ``high`` (``high`` excluded); empty when ``high`` is not
    above ``low``."""
    out, tok = [], low
    for _ in range(12):
        if tok.i == high.i:
            return out
        if tok.head.i == tok.i:
            return []
        out.append(tok)
        tok = tok.head
    return []


def raw_date_time(
    analysis: Analysis, sent: Span, trigger: Token, anchors: list[Token]
) -> Time | None:
    """A spaCy DATE inside the trigger's subtree that the times stage missed, read as the times
    stage reads it; one it cannot read is no time ("Carole Bower, 75", "an annual fee")."""
    found = {(t.start, t.end) for t in analysis.times}
    subtree = {t.i for t in trigger.subtree}
    for ent in span_ents(sent):
        if ent.label_ != "DATE" or (ent.start_char, ent.end_char) in found:
            continue
        if ent.root.i not in subtree:
            continue
        read = normalise(ent.text, analysis.published)
        if read is None or read.value is None or read.kind == "duration":
            continue
        time = read.model_copy(update={"start": ent.start_char, "end": ent.end_char})
        if not (
            _dates_other(sent, time, trigger, anchors)
            or _describes_noun(sent, time, anchors)
            or reason_elsewhere(sent.doc, time, trigger)
        ):
            return time
    return None


# A time that modifies a noun from inside its phrase dates that noun's thing, not the event:
# "a February rally", "this year's campaign", "the 1994 crime bill", "the revelation last spring".
_NOUN_MODIFIERS = {"compound", "poss", "nummod", "amod", "nmod", "npadvmod", "det"}


def _describes_noun(sent: Span, time: Time, anchors: list[Token]) -> bool:
    """Whether the time sits inside a noun phrase headed by a noun other than the trigger (or a
    word it hangs from): "ahead of the Feb. 9 primary" dates the primary, but "the Feb. 9 vote"
    dates the vote when the vote is the event."""
    return _dated_noun(sent, time, anchors) is not None


def _dated_noun(sent: Span, time: Time, anchors: list[Token]) -> Token | None:
    """The noun whose phrase the time modifies from inside, when that noun is not an anchor.
    A date after a place name ("in Vilnius, Wednesday") is a misparse of the clause's time, so
    an adverbial on a proper noun does not count."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    links = [t for t in span if t.head.i not in inside]
    heads = {t.head.i for t in links}
    if len(heads) != 1 or heads & {a.i for a in anchors}:
        return None
    head = links[0].head
    if not all(t.dep_ in _NOUN_MODIFIERS for t in links) or all(t.dep_ == "det" for t in links):
        return None
    if head.pos_ == "NOUN":
        return head
    if head.pos_ == "PROPN" and all(t.dep_ not in {"npadvmod", "det"} for t in links):
        return head
    return None


# Prepositions that set an event inside a dated occasion: "took shots at a Tuesday town hall".
_SETTINGS = {"in", "at", "during", "on", "over", "throughout", "amid", "through"}
# Verbs whose object is an occasion taken part in ("attended the 2005 wedding"), unlike one
# acted on ("violated the 2015 deal", "condemned the 2019 coup": years before the event).
_TAKING_PART = {"attend", "host", "hold", "join", "boycott", "skip", "miss", "address", "stage"}
_YEAR_ONLY = re.compile(r"\d{3,4}")  # a year or a decade


def _history(time: Time) -> bool:
    """Whether the time is a year or a decade and nothing finer ("the 2015 deal")."""
    return time.value is not None and _YEAR_ONLY.fullmatch(time.value) is not None


def _occasion_of(noun: Token, anchors: list[Token], time: Time) -> bool:
    """Whether the dated noun is the occasion the event happens at ("spoke at a Tuesday town
    hall", "attended the 2005 wedding"), so that its date is the event's too; a noun that only
    the event concerns ("criticised the 1994 crime bill"), that is another verb's, or that the
    event is timed against ("ahead of the Feb. 9 primary") lends none. An object dated by a day
    or a week ("to protest this week's convention") is a current occasion; one dated by a year
    only is, unless the verb takes part in it, history ("violated the 2015 deal")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _SETTINGS:
        return True
    return (
        noun.dep_ == "dobj"
        and (noun.head.lemma_.lower() in _TAKING_PART or not _history(time))
        and any(noun.head.i == a.i for a in anchors)
    )


# A relative clause of time or place shares its head clause's time: "moved on Sunday to China,
# where the ministers met", "was underscored Wednesday when the speaker lamented ...".
_SHARED_SETTING = {"when", "where", "while", "as"}


def _dates_the_matrix(sent: Span, time: Time, trigger: Token) -> bool:
    """Whether the time dates a verb whose relative or complement clause holds the trigger:
    "In 2013, hackers spread reports of blasts that had injured the president" dates the
    spreading, not the injuring; a "when"/"where" clause shares its head's time."""
    verb = _verb_above(sent, time)
    if verb is None:
        return False
    tok, crossed = trigger, False
    for _ in range(8):
        if tok.i == verb.i:
            return crossed
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in {"relcl", "ccomp", "csubj"} and not _opened_by(tok, _SHARED_SETTING):
            crossed = True
        tok = tok.head
    return False


def _verb_above(sent: Span, time: Time) -> Token | None:
    """The nearest verb above a time expression (the predicate it dates), if any."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i:
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
        and _opened_by(clause, _AT_THE_TIME)
    )


def _opened_by(clause: Token, words: set[str]) -> bool:
    """Whether a clause is introduced by one of ``words`` ("when", "as", ...)."""
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ in words for c in clause.children)


def _reported_clause(trigger: Token) -> Token | None:
    """The top of the clause a verb of saying reports, when the trigger is inside one."""
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
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
