"""Merge the parse's candidates with the quotation marks into attributions.

A candidate widens to the quotation it overlaps; a quotation no candidate covers takes a nearby
cue (:mod:`dateline.quotes.cues`) or stays cue-less for :mod:`dateline.quotes.floating`; one
quotation interrupted by its attribution ('"A," he said. "B."') becomes one content in parts,
and so do a speakerless cue's subject and complement ('*Clinton* is expected *to win*').
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.quotes._doc import text_of
from dateline.quotes.attitudes import (
    attitude_candidates,
    reputation_candidates,
    stance_noun_candidates,
)
from dateline.quotes.attr import (
    Attr,
    SpanIndex,
    inside,
    is_direct,
    overlap,
    span_of,
    token_at,
    word_count,
)
from dateline.quotes.cues import (
    block_cue,
    capital_cue,
    cue_after,
    cue_before,
    cue_dash,
    said_right_before,
)
from dateline.quotes.marks import QuoteSpan, find_quote_spans
from dateline.quotes.patterns import (
    finding_candidates,
    hearsay_candidates,
    label_candidates,
    referring_candidates,
)
from dateline.quotes.syntax import Candidate, according_candidates, verb_candidates

__all__ = ["join_around_cue", "merge_marks", "parse_candidates"]

MIN_QUOTE_WORDS = 4
# A short quotation right after "X said," is X's (not only before "X said").
SHORT_AFTER = True
# Join the pieces of one speaker's quotation across the whole paragraph, however long the
# narration between them ('"A," said X, a ... who ... . "B."'), as PolNeAR does.
JOIN_WHOLE_PARAGRAPH = True
# A mixed content before its cue joins the paragraph's next quotation ('X is "A," he said. "B."').
JOIN_MIXED = True


def parse_candidates(doc: Doc) -> list[Candidate]:
    """Parse-based candidates, one per content span (the strongest cue wins)."""
    best: dict[tuple[int, int], Candidate] = {}
    found = verb_candidates(doc) + according_candidates(doc)
    found += label_candidates(doc) + finding_candidates(doc) + hearsay_candidates(doc)
    found += attitude_candidates(doc)
    # These replace the verb model's reading of the word.
    referring = referring_candidates(doc) + reputation_candidates(doc)
    glossed = {c.cue[0] for c in referring if c.cue is not None}
    found = [c for c in found if c.cue is None or c.cue[0] not in glossed] + referring
    found += stance_noun_candidates(doc, found)
    for cand in found:
        old = best.get(cand.content)
        if old is None or cand.weight > old.weight:
            best[cand.content] = cand
    return list(best.values())


def _clip_to_quotes(cands: list[Candidate], marks: list[QuoteSpan]) -> list[Candidate]:
    """A cue inside a quotation reports only within that quotation."""
    out = []
    for c in cands:
        for q in marks:
            if c.cue is not None and q.start <= c.cue[0] < q.end:
                c.content = (max(c.content[0], q.start + q.lead), min(c.content[1], q.end - q.tail))
                break
        if c.content[1] - c.content[0] > 1:
            out.append(c)
    return out


def merge_marks(doc: Doc, cands: list[Candidate]) -> list[Attr]:
    """Widen candidates to the quotation they sit in; attach or keep the quotations left over."""
    marks = find_quote_spans(text_of(doc))
    attrs = [Attr(c, parts=c.parts) for c in _clip_to_quotes(cands, marks)]
    for a in attrs:
        if a.parts and not inside(a.parts[0], a.cand.content, 0):
            a.parts = None  # clipped to a quotation
    index = SpanIndex(a.cand.content for a in attrs)  # kept in step with attrs' contents
    for q in marks:
        qr = (q.start, q.end)
        block = block_cue(doc, q)
        if block is not None:
            _append(attrs, index, Attr(block))
            continue
        handled = False
        for i in index.near(*qr):  # only these can overlap the quotation
            a = attrs[i]
            c = a.cand
            if c.cue is not None and inside(c.cue, qr, 0):
                continue
            if overlap(c.content, qr) > 0:
                if a.parts and not any(inside(qr, p) for p in a.parts):
                    a.parts = None  # the quotation spans the gap: one piece after all
                c.content = (min(c.content[0], qr[0]), max(c.content[1], qr[1]))
                if c.content[0] == qr[0] and c.content[1] > qr[1] and _terminal(text_of(doc), q):
                    c.content = qr  # '"Full sentence," but in fact ...': the quote alone
                if _introduced(doc, c, qr):
                    c.content = (qr[0], c.content[1])
                index.replace(i, c.content)
                handled = True
        if handled or _transcript(attrs, q):
            continue
        text = text_of(doc)[q.start : q.end]
        if word_count(text) < MIN_QUOTE_WORDS:
            # '"The bullying," Wallace said': a short quotation counts when someone says it.
            short = None
            if _terminal(text_of(doc), q, 1):
                short = (
                    capital_cue(doc, q)
                    or cue_after(doc, q)
                    or (said_right_before(doc, q) if SHORT_AFTER else None)
                )
            if short is not None:
                _append(attrs, index, Attr(short))
            continue
        cand = capital_cue(doc, q) or cue_after(doc, q) or cue_before(doc, q) or cue_dash(doc, q)
        if cand is not None:
            _append(attrs, index, Attr(cand))
            continue
        _append(attrs, index, Attr(Candidate(qr, None, None, None, 0.5)))
    attrs.sort(key=lambda a: a.cand.content)
    return _join_split_quotes(doc, attrs, marks)


def _append(attrs: list[Attr], index: SpanIndex, a: Attr) -> None:
    """Add an attribution and its content at the same position."""
    attrs.append(a)
    index.add(a.cand.content)


def _transcript(attrs: list[Attr], q: QuoteSpan) -> bool:
    """A quoted transcript ('"WALLACE: ...  "PENCE: ...'): its labelled turns, found as
    attributions of their own, stand for it."""
    return any(
        a.cand.cue is not None
        and a.cand.source_token is not None
        and q.start <= a.cand.cue[0] < q.end
        and a.cand.cue[1] - a.cand.cue[0] == 1
        and text_of(a.cand.source_token.doc)[a.cand.cue[0]] == ":"
        for a in attrs
    )


def _introduced(doc: Doc, c: Candidate, qr: tuple[int, int]) -> bool:
    """'X scolded him: "A," she said': the clause before the colon introduces the quotation
    that a later cue reports; it is the writer's framing, not part of the content."""
    if c.cue is None or c.cue[0] < qr[1] or c.content[0] >= qr[0]:
        return False
    return text_of(doc)[c.content[0] : qr[0]].rstrip().endswith(":")


def _terminal(text: str, q: QuoteSpan, min_words: int = MIN_QUOTE_WORDS) -> bool:
    """The quotation is a full utterance: its words end with punctuation inside the marks."""
    inner = text[q.start + q.lead : q.end - q.tail].rstrip()
    return bool(inner) and inner[-1] in ",.!?;:" and word_count(inner) >= min_words


def _join_split_quotes(doc: Doc, attrs: list[Attr], marks: list[QuoteSpan]) -> list[Attr]:
    """'"A," he said. "B."': one quotation interrupted by its attribution; and 'X is "A," he
    said. "B."': a mixed content before its cue, continued by a quotation."""
    out: list[Attr] = []
    last: Attr | None = None
    for a in attrs:
        if last is not None and _continues_in_paragraph(doc, last, a):
            last.parts = [*last.pieces, a.cand.content]
            last.cand.content = (last.cand.content[0], a.cand.content[1])
            continue
        out.append(a)
        if a.cand.cue is not None and (
            is_direct(doc, a.cand.content) or _mixed_before_cue(doc, a.cand, marks)
        ):
            last = a
    return out


def _mixed_before_cue(doc: Doc, c: Candidate, marks: list[QuoteSpan]) -> bool:
    """'Trump is "rapidly learning ...," Gingrich said.': a content holding a quotation and
    words of the writer's, with its cue after it (the gold joins the next quotation of the
    paragraph to it 38 times in 40 on the first four fifths of train)."""
    if not JOIN_MIXED or c.cue is None or c.cue[0] < c.content[1]:
        return False
    held = [q for q in marks if inside((q.start, q.end), c.content, 0)]
    if not held:
        return False
    text = text_of(doc)
    outside = text[c.content[0] : held[0].start] + text[held[-1].end : c.content[1]]
    return any(ch.isalpha() for ch in outside)


def _continues_in_paragraph(doc: Doc, prev: Attr, cur: Attr) -> bool:
    """Whether ``cur`` is the next piece of ``prev``'s direct quotation: in the same paragraph
    (however long the narration between), with no cue of its own and no other subject's
    sentence between them."""
    p, c = prev.cand, cur.cand
    if p.cue is None or p.source_token is None or not is_direct(doc, c.content):
        return False
    if c.content[0] < p.content[1]:
        return False
    if c.cue is not None and c.cue != p.cue:
        return False
    gap = text_of(doc)[p.content[1] : c.content[0]]
    near = (
        "\n" not in gap
        and (JOIN_WHOLE_PARAGRAPH or len(gap) < 120)
        and (p.cue[0] >= p.content[1] or not gap.strip())
    )
    return near and not _other_clause(doc, p, (p.content[1], c.content[0]))


def _other_clause(doc: Doc, p: Candidate, gap: tuple[int, int]) -> bool:
    """'"A," Tom said. Betsy shook her head. "B."': a sentence of its own with a subject
    between the attribution and the next quotation hands the turn to someone else."""
    span = span_of(doc, gap)
    cue = token_at(doc, p.cue[0]) if p.cue else None
    if span is None or cue is None:
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.sent.start != cue.sent.start
        and t.idx > cue.idx
        and len(t.sent.text.rstrip()) + t.sent.start_char <= gap[1]  # a whole sentence
        for t in span
    )


def join_around_cue(doc: Doc, attrs: list[Attr]) -> list[Attr]:
    """'*Clinton* is expected *to win*', '*He* appears *to be unaware*': with no speaker, the
    subject before the cue and the complement after it are one content in two pieces."""
    by_cue: dict[tuple[int, int], list[Attr]] = {}
    for a in attrs:
        c = a.cand
        if c.cue is not None and c.source is None and not a.parts:
            by_cue.setdefault(c.cue, []).append(a)
    dropped: set[int] = set()
    for cue, group in by_cue.items():
        if len(group) != 2:
            continue
        left, right = sorted(group, key=lambda a: a.cand.content)
        lc, rc = left.cand.content, right.cand.content
        verb = token_at(doc, cue[0])
        if verb is None or not (lc[1] <= cue[0] and rc[0] >= cue[1]):
            continue
        if is_direct(doc, lc) or is_direct(doc, rc):
            continue
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if not any(lc[0] <= t.idx < lc[1] for t in subjects):
            continue
        right.parts = [lc, rc]
        right.cand.content = (lc[0], rc[1])
        dropped.add(id(left))
    return [a for a in attrs if id(a) not in dropped]
