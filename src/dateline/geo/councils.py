"""British and Irish counties named the American way round.

GeoNames spells the units "County Durham" and "County Cork" (or plain "Kent"), but their
councils are "Durham County Council" and "Cork County Council", and a story set in Britain or
Ireland may say "Durham County" too. The gazetteer reads "Durham County" as the North Carolina
county, so a county name before "Council", or in a story whose other places lie in Britain or
Ireland, takes the British or Irish county of that name when one exists. A council in a story
set in another country keeps its reading (Ontario's and Maryland's counties have councils too),
as does one whose story has other places in the reading's own state.
"""

from __future__ import annotations

import re
from collections import Counter

from dateline.geo.gazetteer import Candidate, gazetteer
from dateline.geo.mention import Mention, Resolution
from dateline.geo.scoring import dominant_country

__all__ = ["british_counties"]

_COUNTY_FIRST = re.compile(r"^(?P<name>[A-Z][\w' -]+?) County$")
_COUNCIL_AFTER = re.compile(r"\s+Council\b")
_ISLES = ("GB", "IE")


def british_counties(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Read "<X> County" as the British or Irish unit "County <X>" (or "<X>") where a council
    follows it or the story is set in Britain or Ireland."""
    for i, m in enumerate(mentions):
        res = results[i]
        name = _COUNTY_FIRST.match(m.text)
        if res is None or name is None or res.candidate.cc in _ISLES:
            continue
        story = _story_country(results, i)
        if not (story in _ISLES or (story is None and _COUNCIL_AFTER.match(text, m.end))):
            continue
        if _story_in_state_of(results, i, res.candidate):
            continue
        unit = _isles_unit(name["name"])
        if unit is not None:
            results[i] = Resolution(unit, res.score, [res.candidate])


def _story_country(results: list[Resolution | None], own: int) -> str | None:
    countries = Counter(r.candidate.cc for j, r in enumerate(results) if r is not None and j != own)
    return dominant_country(countries)


def _story_in_state_of(results: list[Resolution | None], own: int, reading: Candidate) -> bool:
    """Whether another of the story's readings lies in ``reading``'s own state."""
    return bool(reading.adm1) and any(
        r is not None
        and j != own
        and (r.candidate.cc, r.candidate.adm1) == (reading.cc, reading.adm1)
        for j, r in enumerate(results)
    )


def _isles_unit(name: str) -> Candidate | None:
    """The most populous British or Irish county called "County <name>" or "<name>" (an Irish
    county may be filed as a first-level unit; a British first-level "York" is no county)."""
    units = [
        c
        for spelling in (f"County {name}", name)
        for c in gazetteer().lookup(spelling)
        if (c.kind == "admin2" and c.cc in _ISLES) or (c.kind == "admin1" and c.cc == "IE")
    ]
    return max(units, key=lambda c: c.pop) if units else None
