"""Merge the learned taggers' spans into the attributions found from the parse and the marks.

The CRF (:mod:`dateline.quotes.crf`) and the content tagger (:mod:`dateline.quotes.tagger`) are
trusted only where held-out train showed them right more often than wrong: sure contents that
nothing else covers, sources the parse missed, and wider boundaries for a report's content.
The candidates come in as arguments so that :mod:`dateline.quotes.find` decides which model runs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.quotes.attr import Attr, SpanIndex, inside, is_direct, overlap, token_at
from dateline.quotes.syntax import Candidate, fronted_participle, relative_subject
from dateline.quotes.tagger import confirmed_frame

__all__ = ["add_crf", "add_tagged"]

# Add the tagger's spans (find.USE_TAGGER) only when their cue verb has no content of its own.
TAGGER_NEW_CUES_ONLY = False
# Joining around a cue (find.JOIN_AROUND_CUE) takes the tagger's subject piece below CRF_NEW.
JOIN_TAGGED_SUBJECT = True
# Give a report with no source the one the CRF tags for the content it overlaps.
FILL_SOURCE = True
# ... or, below that, the verb frame it matches when the attribution scorer gives it some weight.
CRF_FRAMES = True
# A CRF content nothing else covers counts from this mean probability, when it has a cue.
CRF_NEW = 0.95
# ... or from this one when the tagger also marks its cue and its source (None: never).
CRF_NEW_FULL: float | None = 0.85
# A sure CRF report may contain cue-less quotations ('described the attack as "a sobering
# reminder ..."'), which then count as its words, not as quotations of their own.
ABSORB_BARE = True
# ... from this mean probability (the quotation marks inside are evidence too).
ABSORB_FROM = 0.8
# Widen a report's content to the tagged content that covers it, from this mean probability
# (None: never). Only widening: where the tagger's span is shorter, the parse's was right more
# often on held-out train. 0.6 since the thirteenth round (parses as at run time): the tagger's
# wider span repairs broken parse spans ('asked *how Trump digests*' major news events).
WIDEN_FROM: float | None = 0.6


def _frame_for(doc: Doc, c: Candidate) -> Candidate | None:
    """The parse's frame whose content the CRF's content matches (tagger.confirmed_frame)."""
    start = token_at(doc, c.content[0])
    end = token_at(doc, c.content[1])
    if start is None:
        return None
    return confirmed_frame(doc, start.i, end.i if end is not None else len(doc))


def _active_cue(doc: Doc, c: Candidate) -> bool:
    """The cue is an active verb: a report that names its speaker somewhere ('Asked ...',
    'is expected', 'reportedly' name none)."""
    cue = token_at(doc, c.cue[0]) if c.cue is not None else None
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    return cue.tag_ != "VBN" and not fronted_participle(cue)


def add_crf(doc: Doc, attrs: list[Attr], cands: list[Candidate]) -> list[Attr]:
    """Merge the CRF's contents: sure ones where nothing else reports (on held-out train the
    rest were right less often than wrong), replacing cue-less quotations inside them, and its
    tagged source for a report the parse gave none. Its boundaries are taken only where they
    widen a report's content (:func:`_widen`): narrowing lost as many matches as it won."""
    if not cands:
        return attrs
    contents = SpanIndex(x.content for x in cands)
    marks = _Marks(attrs)
    for a in attrs:
        c = a.cand
        over = [cands[i] for i in contents.overlapping(c.content)]
        if FILL_SOURCE and c.source is None and len(over) == 1 and _active_cue(doc, c):
            c.source_token, c.source = over[0].source_token, over[0].source
            marks.add(a, c.source)
        if len(over) == 1:
            _widen(doc, a, over[0], attrs, marks)
    bare = [a for a in attrs if _bare(a)] if ABSORB_BARE else []
    taken = SpanIndex(p for a in attrs if a not in bare for p in a.pieces)
    bare_contents = SpanIndex(a.cand.content for a in bare)
    extra = []
    for c in cands:
        if taken.overlapping(c.content) or _before_relative_cue(doc, c):
            continue
        inner = [bare[i] for i in bare_contents.overlapping(c.content)]
        if any(not inside(a.cand.content, c.content, 0) for a in inner):
            continue
        sure = c.weight >= (ABSORB_FROM if inner else _new_from(c))
        if not sure or c.cue is None:
            c = _frame_for(doc, c) if CRF_FRAMES else None
            if c is None:
                continue
        attrs = [a for a in attrs if a not in inner]
        extra.append(Attr(c))
        taken.add(c.content)
    if JOIN_TAGGED_SUBJECT:
        extra += _other_pieces(doc, cands, attrs + extra, taken)
    return sorted(attrs + extra, key=lambda a: a.cand.content)


def _new_from(c: Candidate) -> float:
    """The probability from which a tagged content nothing else covers counts: lower when the
    tagger also marks a cue and a source beside it (a whole attribution, not a stray span)."""
    if CRF_NEW_FULL is None or not c.tagged >= {"Q", "S"} or c.source_token is None:
        return CRF_NEW
    return min(CRF_NEW, CRF_NEW_FULL) if _phrase(c.source_token.doc, c.source) else CRF_NEW


def _phrase(doc: Doc, span: tuple[int, int] | None) -> bool:
    """The tagged source is one phrase: a single token heads it ('but *signal staunch USA*
    backing' has three, each hanging outside)."""
    if span is None:
        return False
    toks = [t for t in doc.char_span(*span, alignment_mode="expand") or [] if not t.is_punct]
    ends = {t.i for t in toks}
    return sum(1 for t in toks if t.head.i not in ends or t.head.i == t.i) == 1


def _bare(a: Attr) -> bool:
    """A quotation with no cue and no source yet: it only counts later if the paragraph gives
    it a speaker or it opens a sentence, so a sure tagged report around it may replace it."""
    c = a.cand
    return c.cue is None and c.source is None and c.source_token is None and not a.parts


class _Marks:
    """Every attribution's pieces, cue and source, indexed by position with the attribution
    each belongs to, so that :func:`_widen` looks only at those near a content."""

    def __init__(self, attrs: list[Attr]) -> None:
        self.index = SpanIndex()
        self.owners: list[Attr] = []
        self.content_at: dict[int, int] = {}  # id of a one-piece attribution: its content's
        for a in attrs:
            if not a.parts:
                self.content_at[id(a)] = len(self.owners)
            for span in [*a.pieces, a.cand.cue, a.cand.source]:
                self.add(a, span)

    def add(self, a: Attr, span: tuple[int, int] | None) -> None:
        """Add a span of ``a`` (none when it is None)."""
        if span is not None:
            self.index.add(span)
            self.owners.append(a)

    def others(self, a: Attr, span: tuple[int, int]) -> bool:
        """Whether a span of an attribution other than ``a`` shares characters with ``span``."""
        return any(self.owners[i] is not a for i in self.index.overlapping(span))

    def moved(self, a: Attr) -> None:
        """Follow ``a``'s one-piece content to where it now is."""
        if id(a) in self.content_at:
            self.index.replace(self.content_at[id(a)], a.cand.content)


def _widen(
    doc: Doc, a: Attr, tagged: Candidate, attrs: list[Attr], marks: _Marks | None = None
) -> None:
    """'X discussed *the controversy* with Y' where the tagger sure of 'the controversy with
    Y': a one-piece indirect content grows to the tagged content that covers it, unless that
    would swallow another report's words, cue or source ('... would fail *and warned* that').
    ``marks``: the attributions' spans indexed (kept in step here), to look only at those near."""
    c = a.cand
    if WIDEN_FROM is None or tagged.weight < WIDEN_FROM or a.parts:
        return
    lo, hi = tagged.content
    if not (lo <= c.content[0] and c.content[1] <= hi) or (lo, hi) == c.content:
        return
    if is_direct(doc, c.content) or (c.cue is not None and overlap(c.cue, (lo, hi)) > 0):
        return
    if marks is not None:
        if marks.others(a, (lo, hi)):
            return
        c.content = (lo, hi)
        marks.moved(a)
        return
    for b in attrs:
        spans = [*b.pieces, *(x for x in (b.cand.cue, b.cand.source) if x is not None)]
        if b is not a and any(overlap(p, (lo, hi)) > 0 for p in spans):
            return
    c.content = (lo, hi)


def _other_pieces(
    doc: Doc, cands: list[Candidate], attrs: list[Attr], taken: SpanIndex
) -> list[Attr]:
    """A tagged content before a speakerless cue whose complement was taken ('*Clinton* is
    expected *to win*'): the subject piece, for
    :func:`~dateline.quotes.merge.join_around_cue`, even when unsure."""
    open_cues = {a.cand.cue for a in attrs if a.cand.cue is not None and a.cand.source is None}
    out = []
    for c in cands:
        if c.cue not in open_cues or c.source is not None or c.content[1] > c.cue[0]:
            continue
        if c.weight < 0.5 or taken.overlapping(c.content):
            continue
        out.append(Attr(c))
        taken.add(c.content)
    return out


def _before_relative_cue(doc: Doc, c: Candidate) -> bool:
    """A content before "..., whose spokesman said": the relative clause reports what follows
    it, not the clause it hangs from."""
    if c.cue is None or c.content[1] > c.cue[0]:
        return False
    cue = token_at(doc, c.cue[0])
    return cue is not None and relative_subject(cue)


def add_tagged(doc: Doc, attrs: list[Attr], cands: list[Candidate]) -> list[Attr]:
    """The tagger's contents that overlap no attribution found otherwise: reports whose verb
    frame the parse did not propose or the scorer ranked too low."""
    taken = SpanIndex(p for a in attrs for p in a.pieces)
    cues = {a.cand.cue for a in attrs if a.cand.cue is not None}
    extra = []
    for c in cands:
        if taken.overlapping(c.content) or is_direct(doc, c.content):
            continue  # quotations are the quotation-mark finder's
        if TAGGER_NEW_CUES_ONLY and c.cue in cues:
            continue
        extra.append(Attr(c))
        taken.add(c.content)
    if not extra:
        return attrs
    return sorted(attrs + extra, key=lambda a: a.cand.content)
