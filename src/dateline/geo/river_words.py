"""A name right before the word "River" names the river, not a place of that name.

"Barges on the Parana River": when the gazetteer lacks the river, the matcher finds "Parana"
alone, and its readings (a Brazilian state, an Argentine city) then pull the story's other
towns to them (an Argentine town to a Brazilian namesake in that state). The name stands for
the river, so it is looked up as "<name> River": our river table's reading where it has one
(not listed, but it places towns beside it), else no reading at all. So does a state's name
after "the" that heads its own phrase ("a barge at Winona on the Mississippi"): a state never
takes "the", and read as the state it would pull the story's towns to namesakes there.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import gazetteer
from dateline.geo.mention import OWN_READING, Mention

__all__ = ["BARE_RIVER_AFTER", "RIVER_WORDS", "THE_BEFORE", "rivers_by_their_word"]

# The switch for this pass (off: such names keep their readings as places).
RIVER_WORDS = True
_RIVER_AFTER = re.compile(r" River\b")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# What may follow a river's bare name: punctuation, or a preposition, conjunction or a verb of
# a river's ("along the Ohio after the rains", "where the Ohio meets the Mississippi"); a
# noun there makes the state a modifier ("the Illinois statehouse", "the Missouri bill").
BARE_RIVER_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:at|in|near|from|to|into|on|between|below|above|past|for|after"
    r"|before|during|by|and|or|where|which|that|meets|met|rose|rises|crested|crests|flows"
    r"|flowed|floods|flooded|runs|ran)\b"
)


def rivers_by_their_word(text: str, mentions: list[Mention]) -> None:
    """Make each mention right before " River" stand for the river of its name."""
    if not RIVER_WORDS:
        return
    for m in mentions:
        if m.means is not None or m.kind_hint in OWN_READING:
            continue
        if _RIVER_AFTER.match(text, m.end) or _bare_state_river(text, m):
            m.means = f"{m.text} River"


def _bare_state_river(text: str, m: Mention) -> bool:
    """Whether ``m`` is a state's name after "the", heading its own phrase, that a river of our
    table bears ("on the Mississippi")."""
    if m.kind_hint or m.within or not THE_BEFORE.search(text, max(0, m.start - 4), m.start):
        return False
    if not BARE_RIVER_AFTER.match(text, m.end):
        return False
    gaz = gazetteer()
    readings = gaz.lookup(m.text)
    if not any(c.kind == "admin1" and c.quality == 0 for c in readings):
        return False
    if any(c.kind == "country" for c in readings):
        return False
    return any(c.kind == "river" for c in gaz.lookup(f"{m.text} River"))
