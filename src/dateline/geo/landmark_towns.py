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

__all__ = ["LANDMARK_TOWNS", "landmark_town", "old_world_namesakes", "town_castles"]

# The switch for this rule (off: such names are ranked like any other).
LANDMARK_TOWNS = True
# Countries whose towns bear British and European towns' names and hold no medieval abbeys.
SETTLED_COUNTRIES = frozenset({"US", "CA", "AU", "NZ"})
# A town big enough to give its name to a minster or castle rather than borrow one.
LANDMARK_TOWN_POP = 5_000  # "Caldicot Castle", "Southwell Minster" (tables 78, 71)
_OLD_WORLD_WORD = re.compile(r"\s(?:Abbey|Minster|Priory|Castle)\b")
_LANDMARK = re.compile(r"([A-Z][a-z]+) (?:Abbey|Minster|Priory|Castle)")
# "a school trip to Stirling Castle": a castle after a one-word name, not inside a longer name.
_CASTLE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+) Castle\b(?! [A-Z])")
# A capitalised word before it, and what stands before that word: "Great Stirling Castle" is no
# town's castle unless that word opens the sentence ("At Stirling Castle, ...").
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w'\u2019-]))([A-Z][\w'\u2019-]*) $")
_SENTENCE_END = re.compile(r'(?:^|[.!?:;]["\u201d\u2019]?\s+|\n\s*|["\u201c]\s*)$')


def old_world_namesakes(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """The readings of a name ending at ``end`` left once a following "Abbey", "Minster",
    "Priory" or "Castle" rules out the settled countries' towns (all readings otherwise), and
    then the readings outside the countries of the towns of :data:`LANDMARK_TOWN_POP` people
    left, where any is: the landmark is named after a town ("Warwick Castle" is no parish of
    Bermuda)."""
    if not LANDMARK_TOWNS or _OLD_WORLD_WORD.match(text, end) is None:
        return cands
    old_world = [c for c in cands if c.cc not in SETTLED_COUNTRIES]
    towns = {c.cc for c in old_world if c.kind == "city" and c.pop >= LANDMARK_TOWN_POP}
    return [c for c in old_world if c.cc in towns] if towns else old_world


def landmark_town(name: str) -> bool:
    """Whether "<Town> Abbey/Minster/Priory/Castle" names a town of :data:`LANDMARK_TOWN_POP` people
    or more outside the settled countries, all such towns in one country ("York Minster",
    "Westminster Abbey"; not "Downton Abbey", named after a village)."""
    hit = _LANDMARK.fullmatch(name) if LANDMARK_TOWNS else None
    if hit is None:
        return False
    towns = [
        c
        for c in gazetteer().lookup(hit.group(1))
        if c.kind == "city" and c.quality <= ALTERNATE and c.cc not in SETTLED_COUNTRIES
    ]
    # the smaller towns too where they lie in one country, else the bigger ones ("Ludlow
    # Castle": a Ludlow of 5,766 lies in South Africa)
    return any(
        len({c.cc for c in towns if c.pop >= least}) == 1
        for least in (LANDMARK_TOWN_POP, 2 * LANDMARK_TOWN_POP)
    )


def town_castles(text: str) -> list[tuple[int, int]]:
    """Spans of "<Town> Castle" the gazetteer lacks whole whose town passes
    :func:`landmark_town` ("Stirling Castle", "Warwick Castle"): the castle stands in its town,
    so it is a facility at the town's point (TR-News marks such a building whole); a castle
    named after a family or a village ("Hearst Castle") is left to the other rules."""
    out = []
    for hit in _CASTLE.finditer(text) if LANDMARK_TOWNS else ():
        name = hit.group()
        if _runs_on_from(text, hit.start()):
            continue
        if not gazetteer().lookup(name) and landmark_town(name):
            out.append(hit.span())
    return out


def _runs_on_from(text: str, start: int) -> bool:
    """Whether a capitalised word, not the sentence's first, stands right before ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return _SENTENCE_END.search(text, max(0, before.start() - 5), before.start()) is None
