"""A found name followed by the word "City" that names a town is that town, named whole.

"Iowa City", "Texas City", "Michigan City", "Bay City": the gazetteer matcher takes the
longest *strong* name, and a state (or Somalia's Bay region) is strong where a town of 75,000
is not, so the state claimed the words before NER's "Iowa City" could. The whole name, when a
town bears it as its own, is the town (as "Hamilton Township" is the township). So is a name
NER split after its first word ("Indian Springs Village", "Indian" read as a nationality).
"""

from __future__ import annotations

import re
from typing import Protocol

from dateline.geo.candidates import named_so, own_towns
from dateline.geo.gazetteer import gazetteer
from dateline.geo.mention import Mention

__all__ = ["CITY_WORDS", "widen_to_city_names"]

# The switch for this step (off: the name before "City" stays what it was found as).
CITY_WORDS = True
_CITY_WORD = re.compile(r" City\b")
_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
_ARTICLES = frozenset({"The", "A", "An"})
_UNIT_KINDS = frozenset({"country", "admin1", "continent", "region"})


class _Found(Protocol):
    """The recogniser's claims: its text, mentions, and how a longer name replaces them."""

    text: str
    mentions: list[Mention]

    def replace(self, start: int, end: int, hint: str | None) -> None: ...


def widen_to_city_names(found: _Found) -> None:
    """Replace each plain mention followed by " City" with the town of the whole name, and one
    after a capitalised word that NER split off ("Indian" read as a nationality before "Springs
    Village": table 275) with the town whose own name holds both."""
    if not CITY_WORDS:
        return
    for m in [m for m in found.mentions if m.kind_hint is None and m.within is None]:
        hit = _CITY_WORD.match(found.text, m.end)
        if hit is not None and own_towns(found.text[m.start : hit.end()]):
            found.replace(m.start, hit.end(), None)
            continue
        word = _WORD_BEFORE.search(found.text, max(0, m.start - 20), m.start)
        if word is not None and _split_town(found.text[word.start() : m.end], m.text):
            found.replace(word.start(), m.end, None)


def _split_town(whole: str, found: str) -> bool:
    """Whether ``whole``, a capitalised word and the name ``found`` after it, is a town's own
    name as written, and ``found`` no country's or state's ("Little Portugal" is Portugal's
    namesake, "The U.S." no town)."""
    if whole.split()[0] in _ARTICLES or not named_so(whole):
        return False
    return not any(c.kind in _UNIT_KINDS for c in gazetteer().lookup(found))
