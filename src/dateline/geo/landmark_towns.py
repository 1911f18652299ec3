"""A town named before "Abbey", "Minster", "Priory" or "Castle" is the Old World namesake.

"Westminster Abbey", "York Minster", "Windsor Castle": medieval abbeys, minsters, priories and
castles stand in Europe (and castles in Asia too), while the towns of the countries settled from
Britain borrowed those towns' names ("Westminster, Colo.", "Windsor, Ont."). The landmark's
word thus rules out namesakes in those countries; a name with no other namesake is the
landmark's own ("Hearst Castle" is no Hearst, Ont.), so no reading is left and it is no place.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import ALTERNATE, Candidate, gazetteer

__all__ = ["LANDMARK_TOWNS", "landmark_town", "old_world_namesakes"]

# The switch for this rule (off: such names are ranked like any other).
LANDMARK_TOWNS = True
# Countries whose towns bear British and European towns' names and hold no medieval abbeys.
SETTLED_COUNTRIES = frozenset({"US", "CA", "AU", "NZ"})
# A town big enough to give its name to a minster or castle rather than borrow one.
LANDMARK_TOWN_POP = 10_000
_OLD_WORLD_WORD = re.compile(r"\s(?:Abbey|Minster|Priory|Castle)\b")
_LANDMARK = re.compile(r"([A-Z][a-z]+) (?:Abbey|Minster|Priory)")


def old_world_namesakes(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """The readings of a name ending at ``end`` left once a following "Abbey", "Minster",
    "Priory" or "Castle" rules out the settled countries' towns (all readings otherwise)."""
    if not LANDMARK_TOWNS or _OLD_WORLD_WORD.match(text, end) is None:
        return cands
    return [c for c in cands if c.cc not in SETTLED_COUNTRIES]


def landmark_town(name: str) -> bool:
    """Whether "<Town> Abbey/Minster/Priory" names a town of :data:`LANDMARK_TOWN_POP` people
    or more outside the settled countries, all such towns in one country ("York Minster",
    "Westminster Abbey"; not "Downton Abbey", named after a village)."""
    hit = _LANDMARK.fullmatch(name) if LANDMARK_TOWNS else None
    if hit is None:
        return False
    towns = [
        c
        for c in gazetteer().lookup(hit.group(1))
        if c.kind == "city"
        and c.quality <= ALTERNATE
        and c.pop >= LANDMARK_TOWN_POP
        and c.cc not in SETTLED_COUNTRIES
    ]
    return len({c.cc for c in towns}) == 1
