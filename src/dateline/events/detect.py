"""The events stage: find predicates with an actor, type them, and add evidence and context.

Most sentences in news are not events, so a predicate becomes an event only when it has a
named or nominal actor and either the model has seen it governing events in training (or the
CAMEO lexicon codes it) with a plausible root, or the pair classifier is confident on its own.
Reporting and attitude verbs ("said", "considering") are never triggers: they carry status
and attribution for the event below them.

This module assembles the Event records (time, status, place, mode, attribution, repeats in
one sentence) from the candidates of :mod:`dateline.events.candidates`; the trigger, party,
reading and gate rules live in the modules it imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.candidates import candidates, entity_kinds
from dateline.events.cues import NOT_EVENT as _NOT_EVENT
from dateline.events.cues import SAYING
from dateline.events.gate import lexicon_roots as _lexicon_roots
from dateline.events.gate import threshold as _threshold
from dateline.events.intentions import REFUSED, merge_intentions, negated
from dateline.events.location import choose_place
from dateline.events.modes import cue_mode, mode_cued
from dateline.events.parties import entity_locator
from dateline.events.predicates import NOMINAL, nominal, sentences, trigger_span
from dateline.events.predicates import sentences as _sentences
from dateline.events.predicates import triggers as _triggers
from dateline.events.roles import agentive as _agentive
from dateline.events.roles import coded as _coded
from dateline.events.roles import recipient_ok as _recipient_ok
from dateline.events.speech import ASKED_CLAUSES
from dateline.events.status import event_status, is_past_time
from dateline.events.timing import is_future, time_for
from dateline.records import Event, Place, Time

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

# The underscored names are pre-split helpers that scripts/analyse_events_gsr.py and tests
# still reach through this module.
__all__ = [
    "NOMINAL",
    "_NOT_EVENT",
    "_agentive",
    "_coded",
    "_future_cooperation",
    "_lexicon_roots",
    "_not_recipient",
    "_recipient_ok",
    "_sentences",
    "_threshold",
    "_triggers",
    "detect_events",
    "merge_intentions",
    "nominal",
]


def _trigger_mode(root: str, trig: Token, mode: str | None) -> str | None:
    """A trigger that names a mode sets it ("condemned" is disapproval itself), unless the
    sentence names the model's own mode ("walked off the job to protest" stays a strike)."""
    named = cue_mode(root, trig.text)
    if named is None or (mode and mode_cued(root, mode, trig.sent.text)):
        return mode or named
    return named


def _attribution(analysis: Analysis, trigger: Token) -> str | None:
    """The quote holding the trigger, else the entity whose reporting verb governs it."""
    pos = trigger.idx
    for q in analysis.quotes:
        if q.content.start <= pos < q.content.end:
            return q.id
    for anc in trigger.ancestors:
        if anc.lemma_.lower() in SAYING or anc.lower_ == "according":
            for q in analysis.quotes:
                if q.cue is not None and q.cue.start <= anc.idx < q.cue.end:
                    return q.id
            subj = [c for c in anc.children if c.dep_ in {"nsubj", "pobj"}]
            for s in subj:
                ent = entity_locator(analysis).at(s.left_edge.idx, s.idx + len(s))
                if ent is not None:
                    return ent.id
            if subj:
                return None
    return None


# Verbal acts whose type already holds the future or the refusal: "will attack" said now is a
# THREATEN that happened; "would not provide support" is a REJECT that happened.
_SPEECH_ACTS = {"THREATEN", "AGREE", "REJECT", "REQUEST"}


def _status(root: str, trig: Token, past: bool, future: bool) -> str:
    status = event_status(trig, past_time=past, future_time=future)
    if root in _SPEECH_ACTS and status == "planned":
        return "asserted"
    if root == "REJECT" and status == "negated":
        # "would not provide support" is a refusal; "won't rule out a running mate" is not
        return "negated" if _rejecting(trig) else "asserted"
    return status


# Verbs that are themselves a rejection: negated, they reject nothing.
_REJECTING = {"reject", "refuse", "deny", "dismiss", "veto", "oppose", "decline", "rebuff"}


def _rejecting(trig: Token) -> bool:
    lemma = trig.lemma_.lower()
    ruled_out = lemma == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in trig.children
    )
    return lemma in _REJECTING or ruled_out


# PLOVER: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in
# future tense are also taken to imply intentions and should be coded as AGREE". A promise of
# aid or cooperation is that commitment. A scheduled meeting stays a planned CONSULT (the
# manual would say AGREE; CAMEO-coded gold and analysts read "will meet" as a meeting, and
# the status says it is future). A considered or hypothetical act is no commitment either.
_FUTURE_AGREE = {"SUPPORT", "COOPERATE", "AID"}


def _future_cooperation(root: str, status: str, mode: str | None) -> tuple[str, str, str | None]:
    """(root, status, mode), with a planned cooperative act read as the AGREE it announces."""
    if root in _FUTURE_AGREE and status == "planned":
        return "AGREE", "asserted", None
    return root, status, mode


# Acts done by words or decisions towards a party: the recipient country is who is addressed,
# not where it happens ("the US accused Russia", "sanctioned Iran"). Attacks, deployments, aid
# and visits do happen in the recipient's country.
_AT_A_DISTANCE = {"ACCUSE", "AGREE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION"}


def _not_recipient(root: str, place: Place | None, cand: dict) -> Place | None:
    """The place, unless it is the recipient of an act done at a distance, or a name inside
    the recipient's phrase ("shot Russia's ambassador": Russia says who, not where)."""
    span = cand.get("r_span")
    if place is None or span is None or not (span[0] <= place.start and place.end <= span[1]):
        return place
    whole = (place.start, place.end) == tuple(span)
    return None if root in _AT_A_DISTANCE or not whole else place


def _own_place(analysis: Analysis, root: str, trig: Token, place: Place | None) -> Place | None:
    """The place, unless it belongs to other words than the event's: a direct quotation the
    trigger is not in ("shouting 'Don't forget Aleppo!'" does not place the shooting), or the
    act a request asks for ("asked Turkey to increase security at the mission in Ankara")."""
    if place is None:
        return None
    for q in analysis.quotes:
        inside = q.kind == "direct" and q.content.start <= place.start < q.content.end
        if inside and not q.content.start <= trig.idx < q.content.end:
            return None
    if root == "REQUEST":
        for c in trig.children:
            if c.dep_ in ASKED_CLAUSES:
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                if lo <= place.start < hi:
                    return None
    return place


def _visit_mode(root: str, actor, recipient, place: Place | None) -> str | None:
    """CONSULT in the recipient's (or another) country than the actor's: a visit (PLOVER)."""
    if root != "CONSULT" or place is None or not place.country or not actor.country:
        return None
    if place.country == actor.country or len(actor.country) != 3 or actor.country == "IGO":
        return None
    if recipient is not None and recipient.country and recipient.country != place.country:
        return None
    return "visit"


_PRESENT = {"VBZ", "VBP"}


def _same_act(whom_before: set[str | None], whom: str | None) -> bool:
    """Whether a second event of one actor and root in a sentence repeats an earlier one: it
    does unless both have different direct recipients ("endorsed Graham before backing Rubio";
    not "arrested X and brought him to New Milford")."""
    return whom is None or None in whom_before or whom in whom_before


def _lend_recipient(
    events: list[Event], first: tuple[int, Token] | None, trig: Token, c: dict
) -> None:
    """A repeat inside the kept event's own clause names whom that event concerns ("refused
    to negotiate with Eta": the refusal is Eta's; "threatened to attack Georgia"): the kept
    event takes the recipient when it has none."""
    if first is None or c["recipient"] is None:
        return
    k, head = first
    if events[k].recipient is None and trig.i in {t.i for t in head.subtree}:
        events[k] = events[k].model_copy(update={"recipient": c["recipient"]})


def detect_events(analysis: Analysis) -> list[Event]:
    """Events of every sentence, ids V1, V2... in text order."""
    doc = analysis.doc
    if doc is None or not analysis.text.strip():
        return []
    events: list[Event] = []
    kinds = entity_kinds(analysis)
    for sent in sentences(doc):
        _sentence_events(analysis, sent, kinds, events)
    return events


def _sentence_events(
    analysis: Analysis, sent: Span, kinds: dict[str, str], events: list[Event]
) -> None:
    """Append one sentence's events; a repeat of an act already kept in the sentence adds no
    event (it may lend the kept one its recipient)."""
    seen: dict[tuple[str, str], set[str | None]] = {}
    firsts: dict[tuple[str, str], tuple[int, Token]] = {}
    for c in merge_intentions(list(candidates(analysis, sent, kinds))):
        trig: Token = c["trigger"]
        time = time_for(analysis, sent, trig)
        root, status, mode = _reading(analysis, trig, c, time)
        key = (root, c["actor"].text)
        whom = c["recipient"].text if c["recipient"] is not None and c.get("direct") else None
        if key in seen and _same_act(seen[key], whom):
            _lend_recipient(events, firsts.get(key), trig, c)
            continue
        seen.setdefault(key, set()).add(whom)
        firsts.setdefault(key, (len(events), trig))
        events.append(_event(analysis, sent, c, (root, status, mode), time, f"V{len(events) + 1}"))


def _reading(
    analysis: Analysis, trig: Token, c: dict, time: Time | None
) -> tuple[str, str, str | None]:
    """(root, status, mode): the candidate's reading once its time and negation are known (a
    promise of cooperation is an AGREE, a refused act a REJECT)."""
    # "the government accuses X of a coup in July": a present-tense verb is not past
    past = trig.tag_ not in _PRESENT and (
        time is not None and is_past_time(time.end_date or time.value, analysis.published)
    )
    future = time is not None and is_future(time, analysis)
    root, status, mode = _future_cooperation(
        c["root"], _status(c["root"], trig, past, future), c["mode"]
    )
    if root in REFUSED and negated(trig):
        root, status, mode = "REJECT", "asserted", None  # "will not lift the embargo"
    return root, status, mode


def _event(
    analysis: Analysis,
    sent: Span,
    c: dict,
    reading: tuple[str, str, str | None],
    time: Time | None,
    ident: str,
) -> Event:
    """The Event record of a kept candidate: its place, mode and attribution added."""
    root, status, mode = reading
    trig: Token = c["trigger"]
    start, end = trigger_span(trig)
    place = choose_place(analysis, trig, c["spans"], c.get("actor_phrases"))
    place = _not_recipient(root, place, c)
    place = _own_place(analysis, root, trig, place)
    mode = _trigger_mode(root, trig, mode)
    mode = mode or _visit_mode(root, c["actor"], c["recipient"], place)
    return Event(
        id=ident,
        type=root,
        mode=mode,
        actor=c["actor"],
        recipient=c["recipient"],
        place=place,
        time=time,
        status=status,  # type: ignore[arg-type]
        attributed_to=_attribution(analysis, trig),
        trigger={"start": start, "end": end},
        sentence={"start": sent.start_char, "end": sent.end_char},
        confidence=round(min(max(c["conf"], 0.0), 1.0), 3),
    )
