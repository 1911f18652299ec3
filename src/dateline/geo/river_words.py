"""A name right before the word "River" names the river, not a place of that name.

"Barges on the Parana River": when the gazetteer lacks the river, the matcher finds "Parana"
alone, and its readings (a Brazilian state, an Argentine city) then pull the story's other
towns to them (an Argentine town to a Brazilian namesake in that state). The name stands for
the river, so it is looked up as "<name> River": our river table's reading where it has one
(not listed, but it places towns beside it), else no reading at all.
"""

from __future__ import annotations

import re

from dateline.geo.mention import OWN_READING, Mention

__all__ = ["RIVER_WORDS", "rivers_by_their_word"]

# The switch for this pass (off: such names keep their readings as places).
RIVER_WORDS = True
_RIVER_AFTER = re.compile(r" River\b")


def rivers_by_their_word(text: str, mentions: list[Mention]) -> None:
    """Make each mention right before " River" stand for the river of its name."""
    if not RIVER_WORDS:
        return
    for m in mentions:
        if m.means is None and m.kind_hint not in OWN_READING and _RIVER_AFTER.match(text, m.end):
            m.means = f"{m.text} River"
