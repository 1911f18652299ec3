"""Two bare town names that are all a story names: the namesakes that lie together.

"Darlington council approved the plan ... shoppers in Stockton": with no state, county or
country to go by, each name alone takes its likeliest namesake, and the two may land an ocean
apart (Darlington, Wis., and Stockton, Calif.), though a sizeable namesake of each lies within
a few miles of the other (Darlington and Stockton-on-Tees). A story names towns together
because they lie together (twenty-second round: a blind local-news table had such a pair).
"""

from __future__ import annotations

from dateline.geo.beside import name_the_same
from dateline.geo.gazetteer import ALTERNATE, Candidate, gazetteer
from dateline.geo.locative_frames import REGION_KM, REGION_TOWN_POP, result_sides
from dateline.geo.mention import Mention, Resolution, km
from dateline.geo.names import normalize

__all__ = ["namesakes_together", "sides_together"]

# How far apart the two readings may lie to count as together, and how far apart the first
# readings must lie for the pair to be revised.
TOGETHER_KM = 50
APART_KM = 1_000
# The smallest namesake taken so: a village of the name lies near many a town.
PAIR_TOWN_POP = 10_000


def namesakes_together(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Where a story names exactly two places, both bare towns (no state, county or country
    beside them or anywhere else) read more than :data:`APART_KM` apart, take the most
    populous pair of their namesakes of :data:`PAIR_TOWN_POP` people or more that lie within
    :data:`TOGETHER_KM` of each other, if any."""
    names: dict[str, list[int]] = {}
    for i, (m, r) in enumerate(zip(mentions, results, strict=True)):
        if r is not None:
            names.setdefault(normalize(m.text), []).append(i)
    if len(names) != 2:
        return
    first, second = (idx for idx in names.values())
    if not all(_bare_town(mentions[i], results[i]) for i in first + second):
        return
    a, b = results[first[0]], results[second[0]]
    if a is None or b is None or km(a.candidate, b.candidate) <= APART_KM:
        return
    if a.candidate.capital or b.candidate.capital:
        return  # "Washington and London": two capitals, not two towns in Ohio
    pair = _best_pair(mentions[first[0]].text, mentions[second[0]].text)
    if pair is None:
        return
    for group, reading in zip((first, second), pair, strict=True):
        for i in group:
            results[i] = Resolution(reading, results[i].score if results[i] else 0.0)


def _bare_town(m: Mention, r: Resolution | None) -> bool:
    """A town read with nothing beside it to place it."""
    return (
        r is not None
        and r.candidate.kind == "city"
        and m.container is None
        and m.unmatched is None
        and m.kind_hint is None
        and m.within is None
    )


def _best_pair(
    left: str, right: str, min_pop: int = PAIR_TOWN_POP, together_km: float = TOGETHER_KM
) -> tuple[Candidate, Candidate] | None:
    """The most populous pair of sizeable towns, one of each name, that lie together (by its
    other name too: "Stockton" for Stockton-on-Tees, which the ranking leaves out beside an
    official Stockton)."""
    lefts = [c for c in gazetteer().lookup(left) if _sizeable(c, min_pop)]
    rights = [c for c in gazetteer().lookup(right) if _sizeable(c, min_pop)]
    pairs = [(x, y) for x in lefts for y in rights if km(x, y) <= together_km]
    return max(pairs, key=lambda p: min(p[0].pop, p[1].pop), default=None)


def _sizeable(c: Candidate, min_pop: int) -> bool:
    return c.kind == "city" and c.quality <= ALTERNATE and c.pop >= min_pop


def sides_together(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "Leslie beat Olivet 42-20" (table 136): local sides play their neighbours, so the two
    sides of a result, bare towns read farther than :data:`REGION_KM` apart (Leslie in South
    Africa, Olivet in France), take the most populous pair of their namesakes of
    :data:`REGION_TOWN_POP` people or more that lie within it of each other, if any; the
    story's other bare mentions of each name follow."""
    for (_, *left), (_, *right) in result_sides(text):
        i, j = _mention_at(mentions, *left), _mention_at(mentions, *right)
        if i is None or j is None:
            continue
        a, b = results[i], results[j]
        if not (_bare_town(mentions[i], a) and _bare_town(mentions[j], b)):
            continue
        if a is None or b is None or km(a.candidate, b.candidate) <= REGION_KM:
            continue
        pair = _best_pair(mentions[i].text, mentions[j].text, REGION_TOWN_POP, REGION_KM)
        if pair is not None:
            name_the_same(mentions, results, i, pair[0])
            name_the_same(mentions, results, j, pair[1])


def _mention_at(mentions: list[Mention], start: int, end: int) -> int | None:
    """The index of the mention covering exactly ``text[start:end]``, if any."""
    return next((i for i, m in enumerate(mentions) if (m.start, m.end) == (start, end)), None)
