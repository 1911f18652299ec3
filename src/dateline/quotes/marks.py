"""Find quoted passages in raw text, whatever the quotation marks and however unbalanced.

News text mixes straight and typographic marks, nests quotes (``"can not say "no" to"``),
leaves marks open at the end of a paragraph when the quote goes on in the next one, and
sometimes simply forgets to close. The scanner decides whether each mark opens or closes from
its neighbours, keeps a small stack for nesting, continues a quote over a paragraph break only
when the next paragraph opens with a mark, and closes anything still open at a paragraph end.
Two apostrophes (``''``, the New York Times archive style) or two backticks count as one
double quotation mark.
It never raises: every returned span is a valid ``[start, end)`` range of the text.
:func:`inch_mark` lives in :mod:`dateline.text_layout` (the integrity stage's quote mask reads
it too) and is re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.text_layout import inch_mark

__all__ = ["QuoteSpan", "find_quote_spans", "inch_mark"]

_OPEN = {"“", "«", "„", "‟"}
_CLOSE = {"”", "»"}
_AMBIG = {'"', "＂"}
_ALL = _OPEN | _CLOSE | _AMBIG
_OPENERS_BEFORE = set(" \t\n\r([{—–-:;,/") | _OPEN


_DOUBLED = ("''", "``")
# Every character the scanner acts on: a mark, the first of a doubled one, a line break. The
# scan jumps from one to the next (a long article is mostly other characters).
_STOPS = re.compile("[" + re.escape("".join(sorted(_ALL)) + "'`\n") + "]")


@dataclass(frozen=True)
class QuoteSpan:
    """A top-level quoted passage: ``start`` at its opening mark, ``end`` after its closing one.

    ``closed`` is False when the text never closed it (the span stops at a paragraph end).
    ``lead``/``tail`` are the lengths of the opening and closing marks (2 for ``''``).
    """

    start: int
    end: int
    closed: bool
    lead: int = 1
    tail: int = 1


def _width(text: str, i: int) -> int:
    """Length of the quotation mark at ``i`` (0 if there is none)."""
    if text.startswith(_DOUBLED, i) and (i == 0 or text[i - 1] not in "'`"):
        return 2
    return 1 if text[i] in _ALL and not inch_mark(text, i) else 0


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the mark at ``i``, from the characters around it."""
    ch = text[i]
    w = _width(text, i)
    before = text[i - 1] if i > 0 else " "
    after = text[i + w] if i + w < len(text) else " "
    if w == 2:
        ch = '"' if ch == "'" else "“"
    if ch in _OPEN:
        # An opening mark typed where a closing one belongs ('"It's unusual,“ said X').
        return "either" if after.isspace() and not before.isspace() else "open"
    if ch in _CLOSE:
        # A closing mark typed where an opening one belongs ('”This is why...').
        return "either" if before.isspace() and after.isalnum() else "close"
    opens = before in _OPENERS_BEFORE and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _paragraph_end(text: str, i: int) -> int:
    """Index of the next line break at or after ``i`` (or the text's end)."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _next_paragraph_opens(text: str, i: int) -> int | None:
    """If the paragraph after the break at ``i`` starts with an opening mark, its index."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and _width(text, j) and _role(text, j) in ("open", "either"):
        return j
    return None


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Top-level quoted passages of ``text``, in order, never overlapping."""
    spans: list[QuoteSpan] = []
    start: int | None = None
    lead = 1
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        stop = _STOPS.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        w = _width(text, i)
        if ch == "\n" and start is not None:
            nxt = _next_paragraph_opens(text, i)
            if nxt is None:
                spans.append(QuoteSpan(start, _trim_end(text, i), False, lead, 0))
                start, depth = None, 0
            else:
                depth = 1
                i = nxt + _width(text, nxt)
                continue
        elif w:
            role = _role(text, i)
            if start is None:
                if role != "close":
                    start, depth, lead = i, 1, w
            elif role == "open" and ch not in _CLOSE:
                depth += 1
            elif role == "close" or (role == "either"):
                depth -= 1
                if depth <= 0:
                    spans.append(QuoteSpan(start, i + w, True, lead, w))
                    start, depth = None, 0
            i += w
            continue
        i += 1
    if start is not None:
        spans.append(QuoteSpan(start, _trim_end(text, n), False, lead, 0))
    return [s for s in spans if s.end - s.start > s.lead + max(s.tail, 1)]


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
