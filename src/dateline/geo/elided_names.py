"""A direction word coordinated with another before one shared name stands for its own region.

"Central and South America", "Eastern and Southern Europe", "North and South Korea": English
writes the shared head once, so the first conjunct is a bare "Central" or "Eastern" that the
gazetteer reads as some country's admin-1 unit (Uganda's Central Region) or not at all. It
stands for "<word> <head>" ("Central America") when the gazetteer knows that name as an area:
the mention is found (recognition) and looked up under the full name (resolution).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from dateline.geo.gazetteer import OFFICIAL, gazetteer
from dateline.geo.mention import OWN_READING, Mention

__all__ = ["ELIDED_NAMES", "add_elided_names", "elided_by_their_pair"]

# The switch for this reading (off: the first conjunct keeps its own bare readings).
ELIDED_NAMES = True
_DIRECTION = (
    r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower"
    r"|North[- ]?(?:east|west)(?:ern)?|South[- ]?(?:east|west)(?:ern)?)"
)
# The conjunction, the second direction word and the shared head of one or two words.
_PAIR_AFTER = re.compile(rf"\s+(?:and|or|&)\s+{_DIRECTION}\s+([A-Z][\w'-]+)(?:\s+([A-Z][\w'-]+))?")
_FIRST = re.compile(rf"\b{_DIRECTION}(?=\s+(?:and|or|&)\s+{_DIRECTION}\s+[A-Z])")
# Kinds a direction word and a head may name together.
_AREA_KINDS = frozenset({"continent", "region", "country", "admin1", "admin2", "sea"})


class _Found(Protocol):
    """The recogniser's claims: its text, mentions, and how a span is added."""

    text: str
    mentions: list[Mention]

    def add(
        self, start: int, end: int, hint: str | None = None, within: str | None = None
    ) -> None: ...


def full_name(text: str, start: int, end: int) -> str | None:
    """The area the direction word at ``start:end`` names with the head the next conjunct
    shares ("Central" in "Central and South America": "Central America"), if the gazetteer
    knows one."""
    pair = _PAIR_AFTER.match(text, end)
    if pair is None:
        return None
    word = text[start:end]
    heads = [pair.group(1)]
    if pair.group(2):
        heads.append(f"{pair.group(1)} {pair.group(2)}")
    for head in heads:
        name = f"{word} {head}"
        if any(c.kind in _AREA_KINDS and c.quality == OFFICIAL for c in gazetteer().lookup(name)):
            return name
    return None


def _elided(text: str) -> Iterator[tuple[int, int, str]]:
    for hit in _FIRST.finditer(text):
        name = full_name(text, hit.start(), hit.end())
        if name is not None:
            yield hit.start(), hit.end(), name


def add_elided_names(found: _Found) -> None:
    """Add each first conjunct that stands for "<word> <shared head>" as a mention of it."""
    if not ELIDED_NAMES:
        return
    for start, end, name in _elided(found.text):
        before = len(found.mentions)
        found.add(start, end)
        if len(found.mentions) > before:
            found.mentions[-1].means = name


def elided_by_their_pair(text: str, mentions: list[Mention]) -> None:
    """Make each bare direction word coordinated before a shared head stand for its area."""
    if not ELIDED_NAMES:
        return
    for m in mentions:
        if m.means is not None or m.kind_hint in OWN_READING:
            continue
        name = full_name(text, m.start, m.end)
        if name is not None:
            m.means = name
