"""Shared text helpers: paragraphs, quoted stretches and reporting verbs.

Integrity checks reason about the article's layout (paragraphs) and about what the writer says
in their own voice versus what they quote, so these helpers are used by every check.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "REPORTING_VERBS",
    "Paragraph",
    "QuoteMask",
    "body_start",
    "paragraphs",
    "sentence_paragraph",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (keeps word lists compact)."""
    return frozenset(words.split())


# Verbs whose subject is the source of a claim (lemmas).
REPORTING_VERBS = wordset(
    """
    say tell add note state claim report announce insist stress explain argue warn assert
    declare recall suggest acknowledge admit confirm deny estimate predict reveal write told
    contend maintain emphasize emphasise comment remark observe indicate mention reply
    respond testify allege concede caution
    """
)


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split on blank lines (or single newlines when the text has no blank lines)."""
    splitter = re.compile(r"\n\s*\n") if re.search(r"\n\s*\n", text) else re.compile(r"\n")
    out: list[Paragraph] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            out.append(Paragraph(len(out), pos + lead, pos + trail))
        pos = m.end() if m else len(text)
    return out


def body_start(text: str, paras: Sequence[Paragraph]) -> int:
    """Offset where the body begins: after a headline (a first paragraph of at most 15 words in
    a text of four or more, or up to 30 with no final stop or a line break: title and deck)."""
    if not paras:
        return 0
    first = text[paras[0].start : paras[0].end]
    no_stop = not first.rstrip().endswith((".", "!", "?", '"', "”"))
    words = len(first.split())
    short = words <= 15 and len(paras) >= 4
    if len(paras) > 1 and (short or (words <= 30 and (no_stop or "\n" in first))):
        return paras[1].start if len(paras) > 1 else paras[0].end
    return 0


def sentence_paragraph(paras: Sequence[Paragraph], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (the last one starting at or before it)."""
    starts = [p.start for p in paras]
    return max(0, bisect_right(starts, offset) - 1)


class QuoteMask:
    """Which characters sit inside quotation marks (straight or curly), per paragraph.

    Unbalanced straight quotes are closed at the paragraph end, as news style does.
    """

    def __init__(self, text: str) -> None:
        self._spans: list[tuple[int, int]] = []
        for para in paragraphs(text):
            self._scan(text, para.start, para.end)
        self._starts = [s for s, _ in self._spans]

    def _scan(self, text: str, start: int, end: int) -> None:
        open_at: int | None = None
        for i in range(start, end):
            ch = text[i]
            if ch == "“" or (ch == '"' and open_at is None):
                if open_at is None:
                    open_at = i
            elif ch in '”"' and open_at is not None:
                self._spans.append((open_at, i + 1))
                open_at = None
        if open_at is not None:
            self._spans.append((open_at, end))

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def inside(self, offset: int) -> bool:
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and self._spans[k][0] <= offset < self._spans[k][1]

    def quoted_share(self, start: int, end: int) -> float:
        """Share of ``[start, end)`` that is inside quotation marks."""
        if end <= start:
            return 0.0
        covered = sum(max(0, min(end, b) - max(start, a)) for a, b in self._spans)
        return covered / (end - start)
