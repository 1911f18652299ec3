"""Contradictions: two claims about the same thing that cannot both hold.

Within an article: two figures measuring the same thing for the same time with incompatible
values ("100,000 troops" against "12,700 troops"), or the same planned action given two
different triggers ("would be withdrawn when the drills were concluded" against "... when
exercises kick off in September"). Each becomes a ``contradiction`` signal on the later claim
and an entry of ``integrity.contradictions`` naming both claims and both claimants.

Across articles (:func:`find_contradictions`): figures from different records with the same
unit and measured thing, and a shared name nearby (the event), whose values conflict. Which
source claims which is always stated; no winner is picked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dateline.integrity._index import columns
from dateline.integrity._text import REPORTING_VERBS, wordset
from dateline.nlp import text_of
from dateline.records import Figure, Record, Signal
from dateline.text_layout import span_ents

__all__ = [
    "compatible",
    "figure_contradictions",
    "find_contradictions",
    "timing_contradictions",
    "within_article",
]

_TEMPORAL_MARKS = frozenset(["when", "before", "after", "until", "once"])
_MODALS = frozenset(["would", "will", "could", "may", "might", "should"])
_REL_GAP = 0.25


def _bounds(f: Figure) -> tuple[float, float] | None:
    if f.low is not None and f.high is not None:
        return f.low, f.high
    if f.value is None:
        return None
    v = f.value
    if f.qualifier == "at_most":
        return 0.0, v
    if f.qualifier == "at_least":
        return v, float("inf")
    if f.qualifier == "about":
        return v * 0.85, v * 1.15
    return v, v


def compatible(a: Figure, b: Figure, gap: float = _REL_GAP) -> bool:
    """Whether two figures for the same thing can both hold (overlapping, or within ``gap``)."""
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return True
    if ba[0] <= bb[1] and bb[0] <= ba[1]:
        return True
    # "As many as 100,000" against "12,700": an upper bound far above a point is no conflict
    # of bounds, but it is of estimates; compare the stated values then.
    va, vb = a.value or a.high or a.low, b.value or b.high or b.low
    if not va or not vb:
        return True
    return abs(va - vb) / max(va, vb) <= gap


def _estimates_conflict(a: Figure, b: Figure) -> bool:
    va, vb = a.value or a.high, b.value or b.high
    if not va or not vb:
        return False
    return abs(va - vb) / max(va, vb) > 0.5 or not compatible(a, b)


def _key(f: Figure) -> tuple[str | None, str | None, str | None]:
    return f.unit, (f.measures or "").lower(), f.time


def figure_contradictions(figures: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Pairs of figures (earlier, later) for the same thing, unit and time that conflict."""
    out = []
    for j, b in enumerate(figures):
        if b.kind == "percent" or not b.measures:
            continue
        for a in figures[:j]:
            if not (a.claimed_by and b.claimed_by) or a.claimed_by == b.claimed_by:
                continue  # two sources, each named (even if unnamed-role), must disagree
            if _key(a) == _key(b) and _estimates_conflict(a, b):
                out.append((a, b))
                break
    return out


def _temporal_clause(verb: Token) -> Token | None:
    for c in verb.children:
        marks = [m for m in c.children if m.dep_ in ("mark", "advmod")]
        if c.dep_ == "advcl" and any(m.lower_ in _TEMPORAL_MARKS for m in marks):
            return c
    return None


def timing_contradictions(doc: Doc | None) -> list[tuple[Span, Span, str, str, str]]:
    """Sentences planning the same action (modal + same verb) on two different triggers.

    Returns (earlier sentence, later sentence, verb lemma, earlier trigger, later trigger).
    """
    if doc is None:
        return []
    planned: dict[str, list[tuple[Span, Token]]] = {}
    out = []
    # the heads of modals, found in one pass over the token columns: walking each verb's
    # children cost a long article seconds, and building every token a second
    cols = columns(doc)
    modal_heads = {
        head
        for i, (lower, head) in enumerate(zip(cols.lower, cols.head, strict=True))
        if lower in _MODALS and head != i
    }
    for tok in (doc[i] for i in sorted(modal_heads) if cols.pos[i] == "VERB"):
        clause = _temporal_clause(tok)
        if clause is None:
            continue
        for sent, other in planned.get(tok.lemma_, []):
            if other.lemma_ != clause.lemma_ and sent != tok.sent:
                out.append((sent, tok.sent, tok.lemma_, _clause_text(other), _clause_text(clause)))
                break
        planned.setdefault(tok.lemma_, []).append((tok.sent, clause))
    return out


def _clause_text(verb: Token) -> str:
    return verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text


def _trim(span: Span) -> tuple[int, int]:
    start, end = span.start_char, span.end_char
    while end > start and text_of(span.doc)[end - 1].isspace():
        end -= 1
    return start, end


def within_article(figures: Sequence[Figure], doc: Doc | None) -> tuple[list[Signal], list[dict]]:
    """Signals and listed claims for figures that disagree, then for timings that do."""
    signals, listed = _figure_conflicts(figures, doc)
    timing_signals, timing_listed = _timing_conflicts(doc)
    return signals + timing_signals, listed + timing_listed


def _figure_conflicts(
    figures: Sequence[Figure], doc: Doc | None
) -> tuple[list[Signal], list[dict]]:
    """Two figures for one measure of the same action; the later one carries the signal."""
    signals: list[Signal] = []
    listed: list[dict] = []
    for a, b in figure_contradictions(figures):
        if not _same_action(a, b, doc):
            continue
        who_a, who_b = a.claimed_by or "no named source", b.claimed_by or "no named source"
        detail = (
            f"{b.measures}: '{b.text}' ({who_b}) against '{a.text}' at {a.start}-{a.end} ({who_a})"
        )
        signals.append(
            Signal(kind="contradiction", start=b.start, end=b.end, detail=detail, strength=0.6)
        )
        listed.append({"about": b.measures, "claims": [_claim(a), _claim(b)]})
    return signals, listed


def _timing_conflicts(doc: Doc | None) -> tuple[list[Signal], list[dict]]:
    """One planned action given two different times; the later sentence carries the signal."""
    signals: list[Signal] = []
    listed: list[dict] = []
    for s1, s2, verb, t1, t2 in timing_contradictions(doc):
        a0, a1 = _trim(s1)
        b0, b1 = _trim(s2)
        detail = f"when it will {verb}: '{t2}' here, but '{t1}' at {a0}-{a1}"
        signals.append(Signal(kind="contradiction", start=b0, end=b1, detail=detail, strength=0.5))
        listed.append(
            {
                "about": f"when: {verb}",
                "claims": [_timing_claim(s1, a0, a1, t1), _timing_claim(s2, b0, b1, t2)],
            }
        )
    return signals, listed


def _timing_claim(sent: Span, start: int, end: int, text: str) -> dict:
    """One side of a timing contradiction, as listed in the report."""
    return {
        "start": start,
        "end": end,
        "text": text,
        "sentence": sent.text.strip(),
        "claimed_by": _sentence_claimant(sent),
    }


def _figure_span(f: Figure, doc: Doc) -> Span | None:
    return doc.char_span(f.start, f.end, alignment_mode="expand")


def _verb_of(span: Span | None) -> str | None:
    if span is None:
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb.lemma_.lower() if verb is not None else None


def _same_action(a: Figure, b: Figure, doc: Doc | None) -> bool:
    """Money and amounts whose "what" is only the clause subject ("Nike holds $10.7 billion",
    "Nike would owe $3.6 billion") are the same thing only when the same verb states them.
    Counts name what they count ("troops"), but people counted as dead are not the people
    evacuated or sheltered, and a projection ("could cause up to 2,000 deaths") is no report.
    Figures whose sentences name different places count different things."""
    if doc is None:
        return True
    sa, sb = _figure_span(a, doc), _figure_span(b, doc)
    pa, pb = _places(sa), _places(sb)
    if pa and pb and not pa & pb:
        return False  # "Zimbabwe reported 484 deaths" and "South Africa ... three deaths"
    if a.kind != "count" and b.kind != "count":
        return _verb_of(sa) == _verb_of(sb)
    ca, cb = _clause_of(sa), _clause_of(sb)
    if ca is None or cb is None:
        return True
    return _outcomes(ca) == _outcomes(cb) and _projected(sa) == _projected(sb)


# What happened to the people counted (lemmas of the clause around the figure).
_OUTCOMES = {
    "death": wordset("kill die dead death perish succumb fatality toll body"),
    "injury": wordset("injure wound hurt injury hospitalize hospitalise"),
    "displaced": wordset("evacuate displace shelter flee rescue homeless evacuation refugee"),
    "arrest": wordset("arrest detain jail charge"),
    "infection": wordset("infect sicken case infection"),
}


def _places(span: Span | None) -> set[str]:
    """The places and nationalities its sentence names, as word stems ("south", "afric")."""
    if span is None:
        return set()
    ents = span_ents(span.sent)
    words = [t for e in ents if e.label_ in ("GPE", "NORP", "LOC") for t in e]
    for e in ents:  # "The South African ministry of health": the country's words
        if e.label_ == "ORG" and any(t.lower_ in _STATE_BODIES for t in e):
            first = next(i for i, t in enumerate(e) if t.lower_ in _STATE_BODIES)
            words += [t for t in e[:first] if t.is_title]
    return {t.lower_[:5] for t in words if t.is_alpha and t.lower_ not in ("the", "of")}


_STATE_BODIES = wordset("ministry government department army police embassy military navy")


def _clause_of(span: Span | None) -> list[Token] | None:
    """The figure's own clause: its head verb with that verb's direct dependents and the
    figure's noun phrase (so "16,000 people have been given shelter after they were forced to
    leave" is about shelter, not about "at least 180 people dead" elsewhere)."""
    if span is None:
        return None
    noun = span.root
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i != noun.i:
        noun = noun.head
    verb = next((t for t in [noun, *noun.ancestors] if t.pos_ in ("VERB", "AUX", "ADJ")), None)
    toks = [*noun.subtree]
    if verb is not None:
        toks += [verb, *verb.children]
        toks += [g for c in verb.children if c.dep_ in ("dobj", "acomp", "oprd") for g in c.subtree]
    return toks


def _outcomes(tokens: list[Token]) -> set[str]:
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return {name for name, words in _OUTCOMES.items() if lemmas & words}


def _projected(span: Span | None) -> bool:
    """A figure stated under "could/might/may" or as a scenario or forecast (anywhere in its
    sentence before it: "the virus could infect ... and, in a worst-case scenario, cause up to
    2,000 deaths")."""
    if span is None:
        return False
    words = {t.lower_ for t in span.doc[span.sent.start : span.end]}
    return bool(words & {"could", "might", "may", "scenario", "projected", "forecast"})


def _sentence_claimant(sent: Span) -> str:
    """Who a sentence says is speaking: the subject of its reporting verb ("The officials
    stressed ..."), or "no named source" when the writer states it in their own voice."""
    for tok in sent:
        if tok.lemma_.lower() in REPORTING_VERBS:
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                phrase = sent.doc[subj[0].left_edge.i : subj[0].right_edge.i + 1]
                cut = next((t.i for t in phrase if t.text == "," and t.i > subj[0].i), None)
                return (phrase if cut is None else sent.doc[phrase.start : cut]).text
    return "no named source"


def _claim(f: Figure) -> dict:
    return {
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "value": f.value if f.value is not None else [f.low, f.high],
        "unit": f.unit,
        "time": f.time,
        "claimed_by": f.claimed_by or "no named source",
    }


_NAME = re.compile(r"\b[A-Z][a-z]{2,}")
_COMMON = wordset(
    """
    The This That These Those But And However Last Next When While Asked Exercise Up About
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday He She They It We Officials
    """
)


def _topic(record: Record, f: Figure) -> set[str]:
    """Names near a figure (its sentence and the one before): the event it belongs to."""
    text = record.text
    left = max(text.rfind(".", 0, max(0, text.rfind(".", 0, f.start) - 1)), 0)
    right = text.find(".", f.end)
    window = text[left : right if right > 0 else len(text)]
    return {m.group(0)[:5].lower() for m in _NAME.finditer(window) if m.group(0) not in _COMMON}


def find_contradictions(records: Iterable[Record]) -> list[dict]:
    """The same thing reported with conflicting figures by different articles.

    Each entry names both claims with their record, outlet and claimant; none is preferred.
    """
    seen: list[tuple[Record, Figure, set[str]]] = []
    out: list[dict] = []
    for record in records:
        for f in getattr(record, "figures", []) or []:
            if f.kind == "percent" or not f.measures or not f.unit:
                continue
            topic = _topic(record, f)
            for other, g, other_topic in seen:
                if other.id == record.id or g.unit != f.unit:
                    continue
                if _head(g.measures) != _head(f.measures) or not topic & other_topic:
                    continue
                if f.time and g.time and f.time != g.time:
                    continue
                if _estimates_conflict(g, f):
                    out.append(
                        {
                            "about": f.measures,
                            "shared": sorted(topic & other_topic),
                            "claims": [
                                {"record": other.id, "source": other.source, **_claim(g)},
                                {"record": record.id, "source": record.source, **_claim(f)},
                            ],
                        }
                    )
            seen.append((record, f, topic))
    return out


def _head(measures: str | None) -> str:
    words = re.findall(r"[a-z]+", (measures or "").lower().split(" of ")[0])
    return words[-1].rstrip("s") if words else ""
