"""House style: typographic habits that differ between outlets and betray pasted-in copy.

Every outlet writes its apostrophes, quotation marks, dashes, "U.S.", percentages, month and
title abbreviations one way. A paragraph pasted from another report keeps its source's habits,
so a paragraph that writes one variant where the rest of the article only ever writes the other
is a sign of a source switch, independent of what the paragraph is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from dateline.integrity._text import Paragraph

__all__ = ["STYLES", "bare_surnames", "style_clashes"]

# (habit, variant A, variant B): an outlet writes one of the two.
STYLES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    ("apostrophe", re.compile(r"\w'\w"), re.compile(r"\w’\w")),
    ("quotation marks", re.compile(r'"'), re.compile(r"[“”]")),
    ("dash", re.compile(r"—"), re.compile(r" -- | – | - ")),
    ("honorifics", re.compile(r"\b(?:Mr|Mrs|Ms)\. [A-Z]"), None),
    ("percent", re.compile(r"\d ?%"), re.compile(r"\d percent\b")),
    ("U.S.", re.compile(r"\bU\.S\.(?!\w)"), re.compile(r"\bUS\b")),
    (
        "month names",
        re.compile(r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d"),
        re.compile(r"\b(?:January|February|August|September|October|November|December) \d"),
    ),
    (
        "titles",
        re.compile(r"\b(?:Sen|Gov|Rep)\. [A-Z]"),
        re.compile(r"\b(?:Senator|Governor|Representative) [A-Z]"),
    ),
    ("ellipsis", re.compile(r"…"), re.compile(r"\.\.\.")),
)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\. ([A-Z][a-z]+)")
_NAMED_BEFORE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.\s$|[A-Z][a-z]+\.?\s$")


_Bounds = tuple[list[int], list[int]]


@lru_cache(maxsize=4)
def _habit_spans(text: str) -> tuple[_Bounds, ...]:
    """Where each variant of :data:`STYLES` matches in the whole text (A, B per habit), as the
    sorted starts and ends of its matches, found once per article: no variant matches across
    the line breaks between paragraphs."""
    out = []
    for _, a, b in STYLES:
        for pattern in (a, b):
            spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
            out.append(([s for s, _ in spans], [e for _, e in spans]))
    return tuple(out)


@lru_cache(maxsize=4)
def _honorific_names(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every "Mr. Smith" of the text (span and surname), found once per article; no match runs
    across the line breaks between paragraphs."""
    return tuple((m.start(), m.end(), m[1]) for m in _HONORIFIC.finditer(text))


def _outside(spans: _Bounds, para: Paragraph) -> int:
    """Matches wholly before or wholly after ``para`` (matches are sorted and disjoint)."""
    starts, ends = spans
    return bisect_right(ends, para.start) + (len(starts) - bisect_left(starts, para.end))


def style_clashes(text: str, paras: Sequence[Paragraph], k: int) -> list[str]:
    """Habits paragraph ``k`` writes one way while the rest of the article writes only the other
    way, at least twice (for honorifics: the paragraph uses "Mr."/"Ms.", the rest never does)."""
    mine, para = text[paras[k].start : paras[k].end], paras[k]
    spans = _habit_spans(text)
    out = []
    for i, (habit, a, b) in enumerate(STYLES):
        pa, ra = len(a.findall(mine)), _outside(spans[2 * i], para)
        if b is None:
            if pa and not ra:
                out.append(habit)
            continue
        pb, rb = len(b.findall(mine)), _outside(spans[2 * i + 1], para)
        if (pa and not pb and rb >= 2 and not ra) or (pb and not pa and ra >= 2 and not rb):
            out.append(habit)
    return out


def bare_surnames(text: str, paras: Sequence[Paragraph], k: int) -> int:
    """Surnames paragraph ``k`` writes bare ("Trump said") that the rest of the article always
    writes with an honorific ("Mr. Trump"): the paragraph follows another house style."""
    para = paras[k]
    mine = text[para.start : para.end]
    names = _titled_counts(text)
    inside = Counter(
        name for start, end, name in _honorific_names(text) if start < para.end and end > para.start
    )
    titled = {name for name, n in names.items() if n > inside[name]}
    if names.total() - inside.total() < 2:
        return 0
    # Every whole capitalised word, looked up among the surnames (the same occurrences as
    # searching each surname as a whole word, in one pass over the paragraph).
    n = 0
    for m in _CAPITALISED.finditer(mine):
        if m[0] in titled and not _NAMED_BEFORE.search(mine[max(0, m.start() - 12) : m.start()]):
            n += 1
    return n


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=4)
def _titled_counts(text: str) -> Counter[str]:
    """How often each surname is written with an honorific in the whole text."""
    return Counter(name for *_, name in _honorific_names(text))
