"""The working attribution and the span arithmetic every step of quote finding shares.

An :class:`Attr` wraps a parse or tagger :class:`~dateline.quotes.candidate.Candidate` while it is
merged, joined, given a speaker and filtered; spans are ``(start, end)`` character offsets.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dateline.quotes._doc import text_of
from dateline.quotes.speakers import Speaker
from dateline.quotes.syntax import Candidate

__all__ = [
    "QUOTE_MARKS",
    "Attr",
    "SpanIndex",
    "anchor",
    "inside",
    "is_direct",
    "opens_sentence",
    "overlap",
    "span_of",
    "token_at",
    "word_count",
]

# The double quotation marks a content's own text is searched for (a quotation inside it).
QUOTE_MARKS = frozenset('"“”«»')
_STARTS_KEY = "dateline.quotes.token_starts"
_TERMINAL = ".!?…"


@dataclass
class Attr:
    """An attribution while it is built: its candidate, the parts of a split quotation, and
    the speaker resolved for it (or the attribution whose speaker a cue-less quotation took)."""

    cand: Candidate
    floating_from: Attr | None = None
    speaker: Speaker | None = None
    parts: list[tuple[int, int]] | None = None

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """The quoted pieces: its parts, or its whole content."""
        return self.parts or [self.cand.content]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class SpanIndex:
    """Spans kept sorted by start, so that a query visits only those near it: long articles
    have thousands of attributions and quotation marks, and pair scans grew with their square.

    :meth:`near` returns a superset of the spans a test can hold for (every span whose closed
    extent meets the query's), so callers keep their own exact test and get the same answers
    in the same order. ``spans`` holds the spans in the order they were added."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans: list[tuple[int, int]] = []
        self._keys: list[tuple[int, int]] = []  # (start, position), sorted
        self._odd: set[int] = set()  # reversed spans, which have no extent: always returned
        self._longest = 0
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        """Add a span at the next position."""
        self.spans.append(span)
        self._place(len(self.spans) - 1, span)

    def replace(self, i: int, span: tuple[int, int]) -> None:
        """Give position ``i`` a new span (a content that grew)."""
        old = self.spans[i]
        if old[0] > old[1]:
            self._odd.discard(i)
        else:
            del self._keys[bisect_left(self._keys, (old[0], i))]
        self.spans[i] = span
        self._place(i, span)

    def _place(self, i: int, span: tuple[int, int]) -> None:
        if span[0] > span[1]:
            self._odd.add(i)
            return
        insort(self._keys, (span[0], i))
        self._longest = max(self._longest, span[1] - span[0])

    def near(self, lo: int, hi: int) -> list[int]:
        """Positions, ascending, of every span that meets ``[lo, hi]`` (and maybe a few more):
        one that does starts at most ``hi`` and at least ``lo`` minus the longest span."""
        keys, spans = self._keys, self.spans
        first = bisect_left(keys, (lo - self._longest, -1))
        last = bisect_right(keys, (hi, len(spans)))
        found = [i for _, i in keys[first:last] if spans[i][1] >= lo]
        if self._odd:
            found += self._odd
        found.sort()
        return found

    def overlapping(self, span: tuple[int, int]) -> list[int]:
        """Positions, ascending, of the spans that share characters with ``span``."""
        return [i for i in self.near(*span) if overlap(self.spans[i], span) > 0]


def inside(inner: tuple[int, int], outer: tuple[int, int], slack: int = 2) -> bool:
    """Whether ``inner`` lies within ``outer``, allowing ``slack`` characters (a quotation mark
    or a space) at either end."""
    return inner[0] >= outer[0] - slack and inner[1] <= outer[1] + slack


def word_count(text: str) -> int:
    """Words with a letter or digit: punctuation and dashes are no words."""
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def token_at(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after ``char`` (binary search: long articles have
    thousands of quotation marks)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = [t.idx for t in doc]
        doc.user_data[_STARTS_KEY] = starts
    i = bisect_left(starts, char)
    return doc[i] if i < len(doc) else None


def span_of(doc: Doc, chars: tuple[int, int] | None) -> TokenSpan | None:
    """The tokens of a character span, or None when it is empty or missing."""
    span = doc.char_span(*chars, alignment_mode="expand") if chars else None
    return span if span is not None and len(span) else None


def is_direct(doc: Doc, content: tuple[int, int]) -> bool:
    """The content is one quotation: it opens and closes with quotation marks."""
    inner = text_of(doc)[content[0] : content[1]].strip()
    return len(inner) > 1 and inner[0] in "\"“«„'‘" and inner.rstrip(".,")[-1] in "\"”»'’"


def anchor(a: Attr) -> int:
    """Where an attribution sits: its cue, or its content when it has none."""
    return a.cand.cue[0] if a.cand.cue is not None else a.cand.content[0]


def opens_sentence(before: str) -> bool:
    """The text before a quotation ends a sentence ('... she said. "Next."')."""
    tail = before.rstrip()
    if not tail:
        return False
    if tail[-1] in "\"”»'’" and len(tail) > 1:
        return tail[-2] in _TERMINAL
    return tail[-1] in _TERMINAL
