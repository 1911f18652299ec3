"""A found name followed by the word "City" that names a town is that town, named whole.

"Iowa City", "Texas City", "Michigan City", "Bay City": the gazetteer matcher takes the
longest *strong* name, and a state (or Somalia's Bay region) is strong where a town of 75,000
is not, so the state claimed the words before NER's "Iowa City" could. The whole name, when a
town bears it as its own, is the town (as "Hamilton Township" is the township).
"""

from __future__ import annotations

import re
from typing import Protocol

from dateline.geo.candidates import own_towns
from dateline.geo.mention import Mention

__all__ = ["CITY_WORDS", "widen_to_city_names"]

# The switch for this step (off: the name before "City" stays what it was found as).
CITY_WORDS = True
_CITY_WORD = re.compile(r" City\b")


class _Found(Protocol):
    """The recogniser's claims: its text, mentions, and how a longer name replaces them."""

    text: str
    mentions: list[Mention]

    def replace(self, start: int, end: int, hint: str | None) -> None: ...


def widen_to_city_names(found: _Found) -> None:
    """Replace each plain mention followed by " City" with the town of the whole name."""
    if not CITY_WORDS:
        return
    for m in [m for m in found.mentions if m.kind_hint is None and m.within is None]:
        hit = _CITY_WORD.match(found.text, m.end)
        if hit is None:
            continue
        whole = found.text[m.start : hit.end()]
        if own_towns(whole):
            found.replace(m.start, hit.end(), None)
