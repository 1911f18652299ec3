"""Where one report ends and the next begins, as PolNeAR's guidelines draw it.

PolNeAR annotates each report once, with its own cue and content. In "Republicans *continue to
warn* that ..." the cue is the whole verb chain and the content is what is warned, so the outer
verb's own proposal ("continue" reporting "to warn that ...") duplicates that report. In "X said
A, *though they stressed* B" the closing clause, with its own subject and cue, is a second
report: A's content ends before it, and so does a trailing modifier with a report of its own
("that he was fired, *a claim that Gowdy's office disputes*"), which the gold marks instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dateline.quotes._doc import text_of
from dateline.quotes.attr import QUOTE_MARKS, Attr, inside, is_direct, token_at
from dateline.quotes.candidate import Candidate, trim

__all__ = [
    "before_roundup_labels",
    "cut_claim_appositives",
    "cut_trailing_modifiers",
    "cut_trailing_relatives",
    "cut_trailing_reports",
    "drop_chain_heads",
    "name_head",
    "whole_source",
]

_JOINERS = {"cc", "mark", "punct"}
_MODIFIERS = {"relcl", "appos"}
# "that he was fired*, a claim that the office disputes*": the writer's label on the report.
# "that he plans to repeal the Dodd-Frank Act*, which was passed in 2010*": the writer's gloss.
_RELATIVES = {"which"}
_CLAIM_NOUNS = {"claim", "allegation", "charge", "assertion", "accusation", "contention"}
_DETS = {"a", "an", "the", "this", "that"}


def _cue_token(doc: Doc, a: Attr) -> Token | None:
    return token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None


def _chain_head(doc: Doc, a: Attr, attrs: list[Attr]) -> bool:
    """``a`` reports "to warn that X" and another attribution is "warn" reporting X: the
    outer verb ("continue", "refuse") is part of one chained cue, not a report of its own."""
    c = a.cand.content
    verb = _cue_token(doc, a)
    first = token_at(doc, c[0])
    if verb is None or first is None or first.lower_ != "to" or first.dep_ != "aux":
        return False
    inner = first.head
    if inner.dep_ != "xcomp" or inner.head.i != verb.i:
        return False
    return any(
        b is not a
        and b.cand.cue is not None
        and b.cand.cue[0] == inner.idx
        and inside(b.cand.content, c, 0)
        for b in attrs
    )


def drop_chain_heads(doc: Doc, attrs: list[Attr]) -> list[Attr]:
    """Attributions without those whose content is another's chained cue and content."""
    return [a for a in attrs if not _chain_head(doc, a, attrs)]


def _tail_start(doc: Doc, a: Attr, b: Attr) -> int | None:
    """The first token of ``b``'s clause when it is the last clause of ``a``'s content and opens
    with its own subject: '... this summer, *though they stressed* the move was temporary'
    (not "Christie, *whom he describes* as ...", where "he" is no one just named)."""
    c = a.cand.content
    src = b.cand.source
    if src is None or not (c[0] < src[0] and inside(src, c, 0)):
        return None  # checked first: most pairs fail here, before any token lookup
    verb = _cue_token(doc, b)
    if verb is None:
        return None
    if verb.lemma_.lower() == "read":
        return None  # 'retweeted a message that read: "..."': the message's words are the content
    if not inside(b.cand.content, c, 0) or b.cand.content[1] < c[1] - 2 or not c[0] < verb.idx:
        return None
    start = verb.left_edge.i
    lead = start
    while lead < verb.i and doc[lead].dep_ in ("mark", "cc"):
        lead += 1
    if doc[lead].idx != src[0]:
        return None  # the clause opens with its subject ("though *they* stressed"), no object
    if start == 0 or doc[start - 1].dep_ not in _JOINERS:
        return None  # a clause joined to the content, not a subject inside it
    while start > 0 and doc[start - 1].dep_ in _JOINERS and doc[start - 1].idx > c[0]:
        start -= 1
    return start


def _indirect_with_inner(
    doc: Doc, attrs: list[Attr], key: Callable[[Attr], tuple[int, int] | None]
) -> Iterator[tuple[Attr, Token | None, list[Attr]]]:
    """Each indirect content's attribution, its first token, and the attributions whose
    ``key`` span (source or cue) starts inside it, in list order: only those can cut it, so
    each content looks at those few (by bisection over the starts), not at every report."""
    keyed = sorted((k[0], i) for i, b in enumerate(attrs) if (k := key(b)))
    starts = [s for s, _ in keyed]
    for a in attrs:
        c = a.cand.content
        if a.parts or is_direct(doc, c):
            continue
        lo, hi = bisect_right(starts, c[0]), bisect_left(starts, c[1])
        yield a, token_at(doc, c[0]), [attrs[i] for i in sorted(i for _, i in keyed[lo:hi])]


def cut_trailing_reports(doc: Doc, attrs: list[Attr]) -> None:
    """End a content before a closing clause that is a report of its own, with its own
    subject and cue ('X said A, *though they stressed* B'): two reports, not one nested.

    Only reports whose source starts inside the content can cut it, and a cut only shortens
    it (:func:`_indirect_with_inner`)."""
    for a, first, others in _indirect_with_inner(doc, attrs, lambda b: b.cand.source):
        for b in others:
            start = None if b is a or first is None else _tail_start(doc, a, b)
            span = None if start is None or first is None else trim(doc, first.i, start)
            if span is not None and span[0] == a.cand.content[0]:
                a.cand.content = span


def _modifier_cut(doc: Doc, c: tuple[int, int], cue: Token) -> int | None:
    """The comma opening the outermost trailing modifier of a noun in ``c`` that holds the
    cue: ', a claim *that Gowdy's office disputes*', ', which *he posits* make ...'."""
    cut = None
    x = cue
    while x.head.i != x.i and c[0] <= x.idx < c[1]:
        left = x.left_edge.i
        end = x.right_edge.idx + len(x.right_edge.text)
        if (
            x.dep_ in _MODIFIERS
            and c[0] <= x.head.idx < doc[left].idx
            and left > 0
            and doc[left - 1].text == ","
            and doc[left - 1].idx > c[0]
            and end >= c[1] - 2
        ):
            cut = left - 1
        x = x.head
    return cut


def cut_trailing_modifiers(doc: Doc, attrs: list[Attr]) -> None:
    """End a content before a trailing modifier set off by a comma that holds a report of its
    own ("that he was fired*, a claim that Gowdy's office disputes*"): PolNeAR marks the
    modifier's report and ends the outer content before it."""
    for a, first, others in _indirect_with_inner(doc, attrs, lambda b: b.cand.cue):
        c = a.cand.content
        cuts = []
        for b in others:
            cue = _cue_token(doc, b)
            if b is a or cue is None or first is None or not inside(b.cand.content, c, 0):
                continue
            if cue.lemma_.lower() == "read":
                continue  # 'a message, that read: "..."': the message's words are the content
            at = _modifier_cut(doc, c, cue)
            if at is not None:
                cuts.append(at)
        span = trim(doc, first.i, min(cuts)) if cuts and first is not None else None
        if span is not None and span[0] == c[0]:
            a.cand.content = span


def cut_claim_appositives(doc: Doc, attrs: list[Attr]) -> None:
    """End an indirect content before ", a claim ..." after it: the writer names the report
    there, and the parser often misreads what follows (a verb as a noun), so no inner report
    is found to cut at (see :func:`cut_trailing_modifiers`)."""
    for a in attrs:
        c = a.cand.content
        if a.parts or is_direct(doc, c):
            continue
        span = doc.char_span(c[0], c[1], alignment_mode="expand")
        if span is None:
            continue
        at = next((t.i for t in span[1:-2] if _claim_label(t, span.end)), None)
        cut = trim(doc, span.start, at) if at is not None else None
        if cut is not None and cut[0] == c[0]:
            a.cand.content = cut


def _claim_label(comma: Token, end: int) -> bool:
    """ ", a claim ..." closing the content: everything after the noun hangs from it."""
    doc = comma.doc
    if comma.text != "," or doc[comma.i + 1].lower_ not in _DETS:
        return False
    noun = doc[comma.i + 2]
    if noun.pos_ == "ADJ" and comma.i + 3 < len(doc):
        noun = doc[comma.i + 3]  # ", a false claim"
    if noun.lemma_.lower() not in _CLAIM_NOUNS:
        return False
    return all(t.is_punct or noun in t.ancestors for t in doc[noun.i + 1 : end])


def cut_trailing_relatives(doc: Doc, attrs: list[Attr]) -> None:
    """End an indirect content before a closing relative clause set off by a comma
    ("that he plans to repeal the Dodd-Frank Act*, which was passed in 2010*"): the writer's
    gloss on a noun, not the speaker's words. On the first four fifths of train the gold ends
    there 42 times and runs past 27 times in indirect contents (cut, they match it 25 times
    more and 9 fewer), 6 and 4 after a mixed content's last quotation (4 more, none fewer).
    Not inside a quotation: there the clause is the speaker's own words."""
    text = text_of(doc)
    for a in attrs:
        c = a.cand.content
        if a.parts or is_direct(doc, c):
            continue
        span = doc.char_span(c[0], c[1], alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        at = _relative_comma(span)
        if at is not None and not _writers_words(text, c, doc[at].idx):
            at = None
        cut = trim(doc, span.start, at) if at is not None else None
        if cut is not None and cut[0] == c[0]:
            a.cand.content = cut


def _writers_words(text: str, c: tuple[int, int], comma: int) -> bool:
    """The clause from ``comma`` to the content's end is outside any quotation: no mark in it,
    and the marks before it are closed."""
    if any(ch in QUOTE_MARKS for ch in text[comma : c[1]]):
        return False
    before = text[c[0] : comma]
    return before.count('"') % 2 == 0 and before.count("“") == before.count("”")


def _relative_comma(span: TokenSpan) -> int | None:
    """Where ``span`` ends before the first ", which ..." clause that closes it and hangs from
    a word of it before the comma: at the comma, or after a quotation closing on it."""
    doc = span.doc
    for t in span:
        left = t.left_edge.i
        if not span.start + 1 < left < span.end or doc[left].lower_ not in _RELATIVES:
            continue
        if t.right_edge.i < span.end - 2 or not span.start <= t.head.i < left - 1:
            continue
        if doc[left - 1].text == ",":
            return left - 1
        if doc[left - 1].is_quote and doc[left - 2].text == "," and left - 2 > span.start:
            return left  # '"a disgrace to the city*,"* which ...': the mark closes the quotation
    return None


# Requests of the speaker round: a source span runs to the end of the name it starts ("Pastor
# Bradley *Cranston*", a soft hyphen inside "Doug\u00adAndres") and does not stop inside a
# quotation ('the "Gang of Six*,"*'). Switch for measuring.
WHOLE_SOURCES = True
_SOFT_HYPHEN = "\u00ad"
_CLOSING = re.compile(r'[,.]?["”]')


def whole_source(doc: Doc, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The source span widened to the end of a name or quotation it cuts (the taggers' spans
    and the parse's may stop early: a name the parser splits, a soft hyphen, a comma)."""
    if span is None or not WHOLE_SOURCES:
        return span
    start, end = span
    end = _name_end(doc, end)
    text = text_of(doc)
    inner = text[start:end]
    if inner.count('"') % 2 == 1 or inner.count("“") > inner.count("”"):
        closing = _CLOSING.match(text, end)
        if closing is not None:
            end = closing.end()
    return start, end


def _name_end(doc: Doc, end: int) -> int:
    """The end of the word the span stops inside of, and of the proper name whose head comes
    after it ("Pastor Bradley" + "Cranston": "Bradley" is a compound on "Cranston")."""
    last = token_at(doc, end - 1)
    if last is None:
        return end
    if last.idx > end - 1 and last.i > 0:
        last = doc[last.i - 1]  # token_at gives the token at or after a character
    while last.i + 1 < len(doc):
        nxt = doc[last.i + 1]
        glued = last.whitespace_ in ("", " ") and nxt.text.startswith(_SOFT_HYPHEN)
        named = (
            nxt.pos_ == "PROPN"
            and last.pos_ == "PROPN"
            and last.dep_ == "compound"
            and last.head.i >= nxt.i
            and "\n" not in last.whitespace_
        )
        if not (glued or named):
            break
        last = nxt
    return max(end, last.idx + len(last.text))


def name_head(tok: Token, span: tuple[int, int]) -> Token:
    """The head of the name ``tok`` is a compound word of, within ``span`` ("Pastor" ->
    "Cranston"): the speaker is resolved from the head."""
    while tok.dep_ == "compound" and tok.i < tok.head.i and tok.head.idx < span[1]:
        tok = tok.head
    return tok


_DASHES = ("-", "–", "—")


def _roundup_dash(text: str, b: Attr) -> int | None:
    """Where the dash before a roundup label's name is ('Turnout held *-* Dana Holt: "..."'):
    ``b`` is a colon label whose source follows a spaced dash on its line."""
    c = b.cand
    if c.cue is None or c.source is None or text[c.cue[0] : c.cue[1]] != ":":
        return None
    before = text[: c.source[0]].rstrip(" \t\xa0")
    if not before.endswith(_DASHES) or "\n" in text[len(before) - 1 : c.source[0]]:
        return None
    return len(before) - 1


def _summary_runs_on(text: str, c: Candidate, dash: int) -> bool:
    """The cue is in the summary before ``dash`` (on its line) and the content runs past it."""
    if c.cue is None or c.cue[1] > dash or c.content[1] <= dash:
        return False
    return "\n" not in text[c.cue[0] : dash]


def before_roundup_labels(doc: Doc, attrs: list[Attr]) -> list[Attr]:
    """A roundup item's summary ends at its dash: a verb in it ("Pollsters *agree* - Dana Holt:
    "..."") reports no more than the summary, and nothing when all it took is the label's
    quotation (then the label's attribution is the report)."""
    text = text_of(doc)
    dashes = [(d, b) for b in attrs if (d := _roundup_dash(text, b)) is not None]
    if not dashes:
        return attrs
    out = []
    for a in attrs:
        c = a.cand
        hit = next((d for d, b in dashes if b is not a and _summary_runs_on(text, c, d)), None)
        if hit is None or a.parts:
            out.append(a)
            continue
        if c.content[0] >= hit:
            continue  # the content is the label and its quotation: the label reports them
        first, last = token_at(doc, c.content[0]), token_at(doc, hit)
        span = trim(doc, first.i, last.i) if first is not None and last is not None else None
        if span is not None and span[0] == c.content[0]:
            c.content = span
        out.append(a)
    return out
