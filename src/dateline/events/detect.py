"""The events stage: find predicates with an actor, type them, and add evidence and context.

Most sentences in news are not events, so a predicate becomes an event only when it has a
named or nominal actor and either the model has seen it governing events in training (or the
CAMEO lexicon codes it) with a plausible root, or the pair classifier is confident on its own.
Reporting and attitude verbs ("said", "considering") are never triggers: they carry status
and attribution for the event below them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.events.classify import classify_span, mobilization_mode
from dateline.events.cues import (
    ASKING,
    CARE,
    DEONTIC,
    NO_COMMENT,
    PORTIONS,
    PUBLICATIONS,
    PUBLISH,
    SAYING,
    UNDERGONE,
)
from dateline.events.cues import NOT_EVENT as _NOT_EVENT
from dateline.events.lexicon import lexicon
from dateline.events.location import choose_place
from dateline.events.modes import cue_mode, mode_cued
from dateline.events.parties import (
    FIRST_PERSON,
    agents,
    code_actor_of,
    controller,
    coordinated,
    earlier_person,
    owner,
    party,
    phrase_span,
    recipients,
)
from dateline.events.status import event_status, is_past_time
from dateline.events.verbal import blow_target, contest, idiom, questioned, social
from dateline.nlp import line_pieces
from dateline.records import Event, EventParty, Place, Time

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["NOMINAL", "detect_events", "merge_intentions", "nominal"]

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
_OBJ_DEPS = {"dobj", "obj", "dative", "prep", "attr", "oprd"}
_NOMINAL_PRIOR = 0.55
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


def _time_for(analysis: Analysis, sent: Span, trigger: Token) -> Time | None:
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
    for ent in sent.ents:
        if (ent.start_char, ent.end_char) in spans:
            continue
        if ent.label_ == "DATE" and ent.root.i in {t.i for t in trigger.subtree}:
            time = Time(start=ent.start_char, end=ent.end_char, text=ent.text)
            if not _dates_other(sent, time, trigger, anchors):
                return time
    return None


def _trigger_mode(root: str, trig: Token, mode: str | None) -> str | None:
    """A trigger that names a mode sets it ("condemned" is disapproval itself), unless the
    sentence names the model's own mode ("walked off the job to protest" stays a strike)."""
    named = cue_mode(root, trig.text)
    if named is None or (mode and mode_cued(root, mode, trig.sent.text)):
        return mode or named
    return named


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
    8 p.m."); "after"/"before" clauses and relative clauses date their own event."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in _AT_THE_TIME for c in clause.children
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


def _attribution(analysis: Analysis, trigger: Token) -> str | None:
    """The quote holding the trigger, else the entity whose reporting verb governs it."""
    pos = trigger.idx
    for q in analysis.quotes:
        if q.content.start <= pos < q.content.end:
            return q.id
    from dateline.entities.lookup import entity_at

    for anc in trigger.ancestors:
        if anc.lemma_.lower() in SAYING or anc.lower_ == "according":
            for q in analysis.quotes:
                if q.cue is not None and q.cue.start <= anc.idx < q.cue.end:
                    return q.id
            subj = [c for c in anc.children if c.dep_ in {"nsubj", "pobj"}]
            for s in subj:
                ent = entity_at(analysis.entities, s.left_edge.idx, s.idx + len(s))
                if ent is not None:
                    return ent.id
            if subj:
                return None
    return None


# Verbs of preference, doubt and reference: states of mind, never acts towards a party ("the
# Clintons preferred the Dominican Republic", "she doubted voters would care").
_STATIVE = frozenset(
    [
        "prefer", "doubt", "refer", "wonder", "imagine", "guess", "suppose", "care", "like",
        "love", "enjoy", "hate", "dislike", "deserve", "tend",
    ]
)  # fmt: skip


def _triggers(sent: Span) -> Iterable[Token]:
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


def _trigger_span(tok: Token) -> tuple[int, int]:
    end = tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt":
            end = max(end, c.idx + len(c))
    return tok.idx, end


def _lexicon_roots(trig: Token, any_pattern: bool = True) -> set[str]:
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


def _threshold(trig: Token, root: str) -> float:
    """Minimum calibrated root probability for a verbal trigger to become an event."""
    if root == "MOBILIZE" and mobilization_mode(trig, None):
        return _MIN_AGREED
    if root == "REQUEST" and _requested(trig):
        return _MIN_AGREED  # the verb of asking is the evidence
    describes = _describes(trig)
    roots = _lexicon_roots(trig, any_pattern=not describes)
    own = "YIELD" if root in _YIELD else root
    agreed = own in roots or bool(_INTENT.get(root, set()) & roots)
    if root == "REJECT" and _negated(trig):
        agreed = agreed or bool(_REFUSED & roots)  # "would not provide support"
    if root == "AGREE" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() in _PROMISE:
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


# An announced refusal of a cooperative act is a REJECT (PLV codes "will not lift the embargo",
# "will not accept refugees" so): it agrees with the lexicon's cooperative roots, and a
# cooperative reading of a refused act becomes the REJECT.
_REFUSED = {"AID", "COOPERATE", "SUPPORT", "AGREE", "CONSULT", "YIELD"}


_WILL = {"will", "would", "'ll", "wo", "shall"}


def _negated(trig: Token) -> bool:
    """An announced refusal: "will not lift", "would not provide" (not "might not win" or a
    plain "has not endorsed", which deny an act rather than refuse one)."""
    heads = [trig] if trig.dep_ != "xcomp" else [trig, trig.head]
    for h in heads:
        kids = {c.lower_ for c in h.children if c.dep_ in {"aux", "neg"}}
        if kids & _WILL and kids & {"not", "n't", "never"}:
            return True
    return False


_OWNERS = {"GPE", "NORP", "ORG"}
_PHYSICAL = {"weapon", "military", "aircraft", "wmd", "security"}


def _agentive(head: Token) -> bool:
    """Whether an actor phrase's head can act, rather than be a thing someone owns.

    "the president's strategy" or "Trump's budget cuts" carry a name but are not agents: a
    common-noun head with a possessor must itself be an actor noun ("Cruz's aides").
    """
    owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in _OWNERS]
    if head.ent_type_ or head.pos_ != "NOUN" or not owners:
        return True  # "Lithuania's minister", "NATO's commander" act for their owner
    try:
        from dateline.entities import code_actor  # type: ignore[attr-defined]
    except ImportError:
        return True
    try:
        coded = code_actor(head.text, None)
    except Exception:  # a helper stage's bug must not lose the event
        return True
    return coded is not None and bool(coded.country or coded.sector)


def _physical(trig: Token, actor: Token, mode: str | None) -> bool:
    """An ASSAULT by a named person needs physical evidence (a weapon, forces, a mode).

    Politicians "attack", "beat" and "target" each other in words and polls every day.
    """
    if actor.ent_type_ != "PERSON" or mode:
        return True
    words = {t.lemma_.lower() for t in trig.subtree} | {t.lower_ for t in trig.subtree}
    return any(lexicon().word_class(w) in _PHYSICAL for w in words)


# Sectors of political actors: a blow in words passes between them ("Trump attacked Bush").
_POLITICAL = {"GOV", "LEG", "PTY", "ELI", "OPP", "JUD"}
_CAMPAIGNERS = {"PERSON", "ORG", "NORP"}


def _person(head: Token, p: EventParty, kinds: dict[str, str]) -> bool:
    return head.ent_type_ == "PERSON" or kinds.get(p.entity or "") == "PERSON"


def _campaigner(head: Token, p: EventParty, kinds: dict[str, str]) -> bool:
    """A person, or a party or group coded political: who campaigns, debates and wins votes."""
    if _person(head, p, kinds):
        return True
    kind = head.ent_type_ or kinds.get(p.entity or "", "")
    return kind in _CAMPAIGNERS and p.sector in _POLITICAL


def _spoken(analysis: Analysis, trig: Token, actor: tuple, kinds: dict[str, str]) -> tuple | None:
    """(root, mode, recipient, span) of an act in words that the classifier misreads: an idiom
    ("took aim at X": ACCUSE) or a blow between political actors with no weapon, casualty or
    fighting in the clause ("Trump attacked Bush": ACCUSE, not ASSAULT); else None."""
    read = idiom(trig)
    blow = read is None
    if blow:
        target = blow_target(trig)
        if target is None or not _campaigner(actor[0], actor[1], kinds):
            return None
        read = ("ACCUSE", "disapprove", target)
    root, mode, target = read
    if target is None:
        return root, mode, None, None
    tok, recipient, span = _recipient(target, analysis)
    if not blow:
        return root, mode, recipient, span
    # between political actors: a person or a political group (a country attacked is war:
    # "will attack Iraq"), with a political code on one side ("John Smith attacked Mary Jones"
    # is a crime report)
    group = tok.ent_type_ != "GPE" and recipient.sector in _POLITICAL
    political = actor[1].sector in _POLITICAL or recipient.sector in _POLITICAL
    if (group or _person(tok, recipient, kinds)) and political:
        return root, mode, recipient, span
    return None


# Entity types that can act; "the Olympics" (EVENT) or a law never do.
_ACTING = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def _coded(p, kinds: dict[str, str]) -> bool:
    """Whether a party can be an actor: it has an actor code or is an acting kind of entity."""
    return bool(p.country or p.sector or (p.entity and kinds.get(p.entity) in _ACTING))


# CAMEO noun classes of people: "Filipino peacekeepers", "Turkish troops" can be recipients.
_PEOPLE = {"military", "pko", "security"}


def _recipient_ok(tok: Token, p) -> bool:
    """A recipient is a party with a country or an entity, not a place, an event noun
    ("hosted a summit") or a moved thing ("sent missiles")."""
    if tok.ent_type_ in {"LOC", "FAC"} or tok.lemma_.lower() in NOMINAL or _of_events(tok):
        return False
    cls = lexicon().word_class(tok.lemma_.lower())
    if cls and not (cls in _PEOPLE and p.country):
        return False
    return bool(p.entity or p.country)


def _recipient(tok: Token, analysis: Analysis) -> tuple:
    """(head, party, span): the owner of a thing is the party ("criticised X's policy" targets
    X), while the classifier still reads the whole phrase."""
    own = owner(tok)
    if own is not None:
        owned = party(own, analysis.entities, analysis.published)[0]
        if _recipient_ok(own, owned):
            return own, owned, phrase_span(tok)
    return (tok, *_party(analysis, tok))


def _party(analysis: Analysis, tok: Token) -> tuple[EventParty, tuple[int, int]]:
    """The party a phrase names; a first-person pronoun in a quotation is its speaker."""
    speaker = _speaker(analysis, tok) if tok.lower_ in FIRST_PERSON else None
    if speaker is not None:
        return speaker, (tok.idx, tok.idx + len(tok))
    return party(tok, analysis.entities, analysis.published)


def _speaker(analysis: Analysis, tok: Token) -> EventParty | None:
    """The coded speaker of the quotation holding ``tok`` ("Putin blamed me," Clinton said)."""
    quote = next((q for q in analysis.quotes if q.content.start <= tok.idx < q.content.end), None)
    if quote is None or quote.speaker is None:
        return None
    ent = next((e for e in analysis.entities if e.id == quote.speaker), None)
    if ent is None or ent.actor is None or not (ent.actor.country or ent.actor.sector):
        return None
    if tok.lower_ in {"we", "us"} and ent.type == "PERSON":
        return None  # a person's "we" is a party, a campaign or a nation: not the person
    return EventParty(
        entity=ent.id, text=ent.name, country=ent.actor.country, sector=ent.actor.sector
    )


# Places and occasions that take a party's name in a modifier but are no party themselves.
_THINGS = frozenset(
    [
        "ceremony", "event", "conference", "session", "election", "game", "match", "festival",
        "funeral", "scene", "site", "location", "building", "property", "premises", "area",
        "idea", "policy", "proposal", "plan", "role", "statement", "report",
    ]
)  # fmt: skip
_OWN_MODS = {"compound", "amod", "poss", "nmod", "nummod", "det"}


def _thing(tok: Token) -> bool:
    """A common-noun recipient that is a thing, not a party: a place or occasion noun, or a
    noun whose only name sits in a prepositional phrase ("the scene of a blast at X Church").
    """
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    if tok.lemma_.lower() in _THINGS:
        return True
    named = any(t.ent_type_ for c in tok.lefts if c.dep_ in _OWN_MODS for t in c.subtree)
    # "part of Syria's second city": event data codes an attacked place's country (CAMEO)
    named = named or any(t.ent_type_ in {"GPE", "NORP"} for t in tok.subtree)
    people = lexicon().word_class(tok.lemma_.lower()) in _PEOPLE
    return not named and not people and code_actor_of(tok.lemma_, None) == (None, None)


# Verbs of taking a side against: towards a party an event ("opposed Rubio"), on an issue a
# view (the side taken for, "supports plans to ...", PLV codes as SUPPORT or COOPERATE).
_STANCES = frozenset(["oppose", "disapprove"])


def _stance(trig: Token) -> bool:
    """A side taken against an issue or a thing ("oppose abortion"), with no party in the
    object: a view, not a PLOVER accusation."""
    if trig.lemma_.lower() not in _STANCES:
        return False
    objs = [c for c in trig.children if c.dep_ in {"dobj", "obj"}]
    return bool(objs) and all(_thing(o) for o in objs)


_SITES = {"facility", "landmark"}


def _site(tok: Token, analysis: Analysis) -> bool:
    """A recipient that is a recognised facility or landmark ("visited the X air base") is where
    the event happens, not who receives it."""
    return any(p.kind in _SITES and p.start <= tok.idx < p.end for p in analysis.places)


def _weapon(tok: Token) -> bool:
    """A weapon is no actor: "a 12-kilogram bomb caused the blast" names what, not who (a
    country's weapons stand for it, as PLV codes them)."""
    if tok.ent_type_ or lexicon().word_class(tok.lemma_.lower()) not in {"weapon", "wmd"}:
        return False
    owned = (t for c in tok.lefts for t in c.subtree)  # "Syrian government missiles struck"
    return not any(t.ent_type_ in {"GPE", "NORP"} for t in owned)


# Occasions named after someone act for nobody: "the Bob Wills Day celebration returns to X",
# "the appearance of a former president failed to sway voters".
_OCCASIONS = frozenset(
    [
        "ceremony", "event", "festival", "celebration", "game", "match", "funeral", "parade",
        "concert", "tournament", "anniversary", "holiday", "exhibition", "fair", "show",
        "appearance", "presence", "speech", "performance",
    ]
)  # fmt: skip


def _occasion(tok: Token) -> bool:
    """An event noun or an occasion as the head of an actor phrase: no one acts there."""
    return tok.lemma_ in NOMINAL or (tok.pos_ == "NOUN" and tok.lemma_.lower() in _OCCASIONS)


def _name_calling(trig: Token) -> bool:
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


def _shares_a_view(trig: Token) -> bool:
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


def _of_events(tok: Token) -> bool:
    """A quantity of events ("a series of attacks", "a wave of protests") is no party."""
    return any(
        g.lemma_.lower() in NOMINAL
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _parenthesised(tok: Token) -> bool:
    """Whether a token sits inside an open parenthesis of its sentence."""
    before = tok.doc[tok.sent.start : tok.i]
    return sum(t.text.count("(") for t in before) > sum(t.text.count(")") for t in before)


def _outside_parentheses(heads: list[Token]) -> list[Token]:
    """ "McDonough (then deputy national security adviser) heaps praise": the parenthesis
    describes the actor beside it (the parser makes it a second subject); one actor, not two."""
    outside = [h for h in heads if not _parenthesised(h)]
    return outside if outside and len(outside) < len(heads) else heads


def _candidates(analysis: Analysis, sent: Span) -> Iterable[dict]:
    when = analysis.published
    kinds = {e.id: e.type for e in analysis.entities}
    for trig in _triggers(sent):
        heads, named = agents(trig), None
        # the place model's actor phrases (location.actor_spans), from the agents found here
        actor_phrases = [phrase_span(c) for h in heads for c in coordinated(h)]
        if not heads:  # "Mattis arrived. He met ...": Mattis, through the previous sentence
            pair = earlier_person(trig)
            heads, named = ([pair[0]], pair[1]) if pair else ([], None)
        # a heading parsed into the next line's subject is not its actor
        heads = [h for h in heads if not _occasion(h) and sent.start <= h.i < sent.end]
        heads = _outside_parentheses(heads)
        if not heads:
            continue
        arg_span = party(heads[0], analysis.entities, when)[1]
        if named is None:
            parties = dict.fromkeys(c for h in heads for c in coordinated(h))
            actors = [(h, *_party(analysis, h)) for h in parties]
        else:
            actors = [(heads[0], party(named, analysis.entities, when)[0], arg_span)]
        actors = [a for a in actors if _coded(a[1], kinds) and _agentive(a[0])]
        actors = [a for a in actors if not _weapon(a[0])]
        if not actors:
            continue
        demand = _demand(analysis, trig, actors[0], kinds)
        if demand is not None:
            yield demand  # the demanded act has not happened: only the request has
            continue
        recips = [_recipient(t, analysis) for t in recipients(trig, heads)
                  if sent.start <= t.i < sent.end]  # fmt: skip
        recips = [r for r in recips if _recipient_ok(r[0], r[1])]
        if trig.lemma_.lower() in _RECIPROCAL:  # "discussed X's case with Trump": Trump
            recips.sort(key=lambda r: not (r[0].head.dep_ == "prep" and r[0].head.lower_ == "with"))
        givers = _givers(trig, recips)
        if givers:  # "X received weapons from Y": Y acts, X receives
            actors, recips = givers[:1], [a for a in actors if a[0].i not in _ids(givers)]
            arg_span = actors[0][2]
        if trig.pos_ == "VERB" and mobilization_mode(trig, None):
            recips = []  # a deployment moves the actor's own forces: no recipient
        recipient, r_span = (recips[0][1], recips[0][2]) if recips else (None, None)
        if recips and (_thing(recips[0][0]) or _site(recips[0][0], analysis)):
            recipient = None  # the classifier still reads it: "inspected the scene of ..."
        partners = _partners(trig, actors, recips, _mutual(trig))
        if partners:
            r_span = actors[1][2]  # the classifier reads the first actor's partner
        spans = [a[2] for a in actors] + [r[2] for r in recips]
        if trig.pos_ == "NOUN":
            if actors[0][1].country is None:
                continue
            root, mode = nominal(trig) or ("", None)
            conf = _NOMINAL_PRIOR
            if root == "ASSAULT" and not _physical(trig, actors[0][0], mode):
                continue  # "Rubio's attack" on a rival is words
        elif (spoken := _spoken(analysis, trig, actors[0], kinds)) is not None:
            root, mode, found, found_span = spoken
            if found is not None:  # "took aim at Mr. Trump": the idiom's target
                recipient, r_span = found, found_span
            res = classify_span(sent, arg_span, r_span, trig)
            conf = max(_INTENT_PRIOR, res.mass({root}) if res else 0.0)
        elif contest(trig) and _campaigner(actors[0][0], actors[0][1], kinds):
            continue  # "defeated Mr. Cruz in Iowa": an election won is no event between them
        elif social(trig):
            continue  # "hosted dinners for donors": no meeting between parties
        else:
            # One predicate, one type: conjoined actors share the first actor's reading.
            res = classify_span(sent, arg_span, r_span, trig)
            if res is None:
                continue
            root, mode, conf, sure = res.root, res.mode, res.probability, res.probability
            if _requested(trig):
                # "urged Syria to withdraw", "called on Iran to release": the verb is the request
                root, mode = "REQUEST", cue_mode("REQUEST", _complement_text(trig))
                conf = sure = max(_INTENT_PRIOR, res.mass({"REQUEST"}))
                if recipient is None:
                    recipient, r_span = _addressee(analysis, trig, kinds)
            elif _agreed_on_a_thing(trig) and res.root in _COOPERATIVE:
                # "agree to joint patrols", "agreed on a ceasefire": the verb is the agreement,
                # whichever cooperative root the classifier preferred (their summed probability)
                root, mode, conf = "AGREE", None, max(_INTENT_PRIOR, res.probability)
                sure = res.mass(_COOPERATIVE)
            if sure < _threshold(trig, "REQUEST" if root == "REQUEST" else res.root):
                continue
            if root != "ACCUSE" and _name_calling(trig):
                continue
            if root == "REQUEST" and questioned(trig):
                continue  # "didn't ask her about it": a question, no request to act
            if root == "ACCUSE" and recipient is None and _stance(trig):
                continue  # "I oppose abortion": a view on an issue, no act towards a party
            if root == "AGREE" and _shares_a_view(trig):
                continue
            evidence = None if res.mode_from_cue else mode  # a cue word is no evidence
            if root == "ASSAULT" and not _physical(trig, heads[0], evidence):
                continue
        for k, (_, actor, _) in enumerate(actors):
            yield {
                "trigger": trig,
                "root": root,
                "mode": mode,
                "conf": conf,
                "actor": actor,
                "recipient": partners[k] if partners else recipient,
                "spans": spans,
                "r_span": _partner_span(actors, k) if partners else (r_span if recipient else None),
                "direct": bool(recips) and recips[0][0].dep_ in _DIRECT,
                "actor_phrases": actor_phrases,
            }
        if root in _ALLEGED:
            claim = _allegation(analysis, trig, actors[0][1])
            if claim is not None:
                yield claim


# "X claimed that Y attacked Z": besides Y's reported ASSAULT, X accuses Y (PLOVER ACCUSE,
# mode "allege"). Only verbs of allegation; "said" reports without accusing.
_ALLEGED = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}
_ALLEGE = {"claim", "allege", "charge"}
_ALLEGATION_PRIOR = 0.6


def _allegation(analysis: Analysis, trig: Token, accused) -> dict | None:
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


def _demand(analysis: Analysis, trig: Token, actor: tuple, kinds: dict[str, str]) -> dict | None:
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
    if not _coded(speaker, kinds) or speaker.text == target.text:
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
    return verb, subj[0], *party(subj[0], analysis.entities, analysis.published)


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


_RECEIVE = {"receive", "get", "obtain"}


def _ids(parties: list) -> set[int]:
    return {p[0].i for p in parties}


def _givers(trig: Token, recips: list) -> list:
    """The "from" parties of a verb of receiving: they are the actors of the event."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in _RECEIVE:
        return []
    return [r for r in recips if r[0].head.dep_ == "prep" and r[0].head.lower_ == "from"]


_RECIPROCAL = frozenset(
    ["agree", "meet", "sign", "talk", "negotiate", "cooperate", "discuss", "consult", "reconcile"]
)


def _mutual(trig: Token) -> bool:
    """A reciprocal verb ("met", "agreed") or a mutual event noun ("joint exercises")."""
    if trig.pos_ == "NOUN":
        return (nominal(trig) or ("", None))[0] == "COOPERATE"
    talks = any(
        c.dep_ in {"dobj", "obj"} and (nominal(c) or ("", None))[0] == "CONSULT"
        for c in trig.children
    )  # "Putin and Erdogan have held several meetings"
    return trig.lemma_.lower() in _RECIPROCAL or talks


def _partner_span(actors: list, k: int) -> tuple[int, int]:
    """The span of the other of two partners: each is the recipient of the other's event."""
    return actors[1 - k][2]


def _partners(trig: Token, actors: list, recips: list, mutual: bool) -> list | None:
    """'Finland and Estonia agreed to ...': with a reciprocal verb and no other recipient,
    each of the conjoined actors acts towards the other."""
    if recips or len(actors) != 2 or not mutual:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return None  # "pastors and leaders who met with and prayed over Trump": not each other
    first, second = actors[0][1], actors[1][1]
    if first.country is not None and first.country == second.country:
        return None
    return [second, first]


# Verbs of commitment: with a to-infinitive they announce a future act. PLOVER codes promises,
# offers and agreements for future cooperation (and concessions, in PLV) as one AGREE event.
_PROMISE = {"agree", "pledge", "promise", "offer", "vow", "commit"}
_INTENT_PRIOR = 0.6
_COOPERATIVE = _REFUSED | {"CONCEDE", "RETREAT"}


def merge_intentions(cands: list[dict]) -> list[dict]:
    """One AGREE per "X agreed/pledged to <cooperate>": the head carries it, the complement's
    own events by the same actor are absorbed (their recipient kept when the head has none).

    A hostile or material complement ("vowed to attack", "agreed to hold drills") is left to
    the classifier: it is a THREATEN or a planned act, not an agreement.
    """
    absorbed: set[int] = set()
    for head in cands:
        trig: Token = head["trigger"]
        if trig.pos_ != "VERB" or trig.lemma_.lower() not in _PROMISE:
            continue
        comp = {t.i for x in trig.children if x.dep_ == "xcomp" for t in x.subtree}
        if not comp:
            continue  # "agree to joint patrols" was read as AGREE in _candidates
        inner = [
            k for k, c in enumerate(cands)
            if c["trigger"].i in comp and c["actor"].text == head["actor"].text
        ]  # fmt: skip
        if any(cands[k]["root"] not in _COOPERATIVE for k in inner):
            continue
        # The head's own probability was for another root: a rule prior, unless a classifier
        # reading of AGREE (head or complement) is surer.
        agreed = [c["conf"] for c in [head, *(cands[k] for k in inner)] if c["root"] == "AGREE"]
        head.update(root="AGREE", mode=None, conf=max([_INTENT_PRIOR, *agreed]))
        for k in inner:
            if head["recipient"] is None:
                head["recipient"] = cands[k]["recipient"]
            absorbed.add(k)
    kept = [c for k, c in enumerate(cands) if k not in absorbed]
    _promote(kept)
    return kept


# "urged X to leave" (xcomp), "petitioned the UN to intervene" (parsed as a purpose advcl).
_ASKED_CLAUSES = {"xcomp", "ccomp", "advcl"}


def _requested(trig: Token) -> bool:
    """A verb of asking with an addressee who is to act: "urged Syria to withdraw", "called on
    Iran to release", "asked that Turkey return him" (a clause before the verb is not what it
    asks: "On the day the Globe reported it, the moderators didn't ask her")."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in ASKING:
        return False
    comps = [
        c
        for c in trig.children
        if c.dep_ in _ASKED_CLAUSES and c.pos_ == "VERB" and not _question(c) and c.i > trig.i
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


def _addressee(analysis: Analysis, trig: Token, kinds: dict[str, str]) -> tuple:
    """(party, span) of whom "asked that X return ..." asks: the clause's subject, if coded."""
    for c in trig.children:
        for g in c.children if c.dep_ == "ccomp" else ():
            if g.dep_ == "nsubj" and g.pos_ != "PRON":
                found, span = _party(analysis, g)
                if _coded(found, kinds):
                    return found, span
    return None, None


def _complement_text(trig: Token) -> str:
    comps = [c for c in trig.children if c.dep_ in {"xcomp", "ccomp"}]
    return " ".join(trig.doc[c.left_edge.i : c.right_edge.i + 1].text for c in comps)


def _agreed_on_a_thing(trig: Token) -> bool:
    """ "agree to joint patrols", "agreed on a ceasefire": agree with a to/on noun phrase (and
    no to-infinitive, which :func:`merge_intentions` reads)."""
    kids = list(trig.children)
    return (
        trig.pos_ == "VERB"
        and trig.lemma_.lower() == "agree"
        and not any(c.dep_ == "xcomp" for c in kids)
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "on", "upon")
            and any(g.dep_ == "pobj" for g in c.children)
            for c in kids
        )
    )


def _promote(cands: list[dict]) -> None:
    """An AGREE read off the complement ("agreed to run patrols" -> run) moves to the head
    verb, and a reciprocal head pairs two conjoined actors ("Finland and Estonia agreed")."""
    by_head: dict[int, list[dict]] = {}
    for c in cands:
        trig: Token = c["trigger"]
        head = trig.head
        promised = trig.dep_ == "xcomp" and head.lemma_.lower() in _PROMISE
        if c["root"] == "AGREE" and promised and not any(o["trigger"].i == head.i for o in cands):
            by_head.setdefault(head.i, []).append(c)
    for group in by_head.values():
        head = group[0]["trigger"].head
        for c in group:
            c["trigger"] = head
        pair = len(group) == 2 and all(c["recipient"] is None for c in group)
        if pair and head.lemma_.lower() in _RECIPROCAL:
            group[0]["recipient"], group[1]["recipient"] = group[1]["actor"], group[0]["actor"]


def _is_future(time: Time, analysis: Analysis) -> bool:
    """Whether the time starts after the reference date's month (September, said in May)."""
    ref = analysis.published
    value = time.start_date or time.value
    if ref is None or not value or not value[:4].isdigit():
        return False
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 1
    return int(value[:4]) * 12 + month > ref.year * 12 + ref.month


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
            if c.dep_ in _ASKED_CLAUSES:
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


def _sentences(doc: Doc) -> Iterable[Span]:
    """spaCy's sentences, also cut at line breaks (a headline is not part of the lead)."""
    for sent in doc.sents:
        yield from line_pieces(sent)


_PRESENT = {"VBZ", "VBP"}


# The recipient as the verb's own argument: "backing Rubio", "Gomez was arrested by police".
_DIRECT = {"dobj", "obj", "nsubjpass", "dative"}


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
    for sent in _sentences(doc):
        seen: dict[tuple[str, str], set[str | None]] = {}
        firsts: dict[tuple[str, str], tuple[int, Token]] = {}
        for c in merge_intentions(list(_candidates(analysis, sent))):
            trig: Token = c["trigger"]
            time = _time_for(analysis, sent, trig)
            # "the government accuses X of a coup in July": a present-tense verb is not past
            past = trig.tag_ not in _PRESENT and (
                time is not None and is_past_time(time.end_date or time.value, analysis.published)
            )
            future = time is not None and _is_future(time, analysis)
            root, status, mode = _future_cooperation(
                c["root"], _status(c["root"], trig, past, future), c["mode"]
            )
            if root in _REFUSED and _negated(trig):
                root, status, mode = "REJECT", "asserted", None  # "will not lift the embargo"
            key = (root, c["actor"].text)
            whom = c["recipient"].text if c["recipient"] is not None and c.get("direct") else None
            if key in seen and _same_act(seen[key], whom):
                _lend_recipient(events, firsts.get(key), trig, c)
                continue
            seen.setdefault(key, set()).add(whom)
            firsts.setdefault(key, (len(events), trig))
            start, end = _trigger_span(trig)
            place = choose_place(analysis, trig, c["spans"], c.get("actor_phrases"))
            place = _not_recipient(root, place, c)
            place = _own_place(analysis, root, trig, place)
            mode = _trigger_mode(root, trig, mode)
            mode = mode or _visit_mode(root, c["actor"], c["recipient"], place)
            events.append(
                Event(
                    id=f"V{len(events) + 1}",
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
            )
    return events
