"""A quotation that continues the previous paragraph's speaker is a piece of that report.

PolNeAR annotates '"A," he said.' followed by a paragraph '"B."' as one attribution whose content
has two pieces, A and B (on the first four fifths of train, a paragraph opening with a quotation
and holding no cue is a later piece of an earlier paragraph's report 93 times in 129). Reported
as two quotes, the pair costs a spurious quote and often the match: B alone, or A alone, covers
less than half of the gold's joined content.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.quotes._doc import text_of
from dateline.quotes.attr import QUOTE_MARKS, Attr

__all__ = ["join_floats"]


def _root(a: Attr, joined: dict[int, Attr]) -> Attr:
    """The report a chain of floating quotations continues."""
    while id(a) in joined:
        a = joined[id(a)]
    return a


def _new_paragraph(text: str, before: tuple[int, int], start: int) -> bool:
    """The float opens a later paragraph than the report it continues ends in."""
    return "\n" in text[before[1] : start]


def _quoting(text: str, content: tuple[int, int]) -> bool:
    """The report quotes its speaker's words (direct or mixed): a quotation after an indirect
    report ("families do not understand the implications") is more often someone else's."""
    return any(ch in QUOTE_MARKS for ch in text[content[0] : content[1]])


def _mark_style(text: str, piece: tuple[int, int]) -> bool | None:
    """Whether the piece's first quotation mark is straight (None when it holds none)."""
    first = next((ch for ch in text[piece[0] : piece[1]] if ch in QUOTE_MARKS), None)
    return None if first is None else first == '"'


def _same_marks(text: str, before: tuple[int, int], float_: tuple[int, int]) -> bool:
    """Both quotations use the same kind of marks: a straight-quoted paragraph after curly
    quotes (or the reverse) is most often text pasted from elsewhere (a tweet, a release)."""
    return _mark_style(text, before) == _mark_style(text, float_)


def _quoting_twin(text: str, prev: Attr, attrs: list[Attr]) -> Attr:
    """The report of ``prev``'s cue that quotes: '"A," X said in Macau*, the world's largest
    gambling hub*' gives the cue two contents, and the float continues the quotation."""
    if prev.cand.cue is None or _quoting(text, prev.cand.content):
        return prev
    twins = (b for b in attrs if b is not prev and b.cand.cue == prev.cand.cue)
    return next((b for b in twins if _quoting(text, b.cand.content)), prev)


def join_floats(doc: Doc, attrs: list[Attr]) -> list[Attr]:
    """Attributions with each floating quotation that opens a later paragraph joined, as a
    further piece, to the report whose speaker it took; the float itself is dropped."""
    text = text_of(doc)
    joined: dict[int, Attr] = {}
    present = {id(a) for a in attrs}
    for a in sorted(attrs, key=lambda x: x.cand.content[0]):
        prev = a.floating_from
        if prev is None or id(prev) not in present:
            continue
        root = _root(_quoting_twin(text, prev, attrs), joined)
        c = a.cand.content
        if c[0] < root.cand.content[1] or not _new_paragraph(text, root.cand.content, c[0]):
            continue
        if not _quoting(text, root.cand.content) or not _same_marks(text, root.pieces[-1], c):
            continue
        root.parts = [*root.pieces, *a.pieces]
        root.cand.content = (root.cand.content[0], c[1])
        joined[id(a)] = root
    return [a for a in attrs if id(a) not in joined]
