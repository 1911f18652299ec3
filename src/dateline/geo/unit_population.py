"""A unit on file without a population takes its twin's: "Kerry" is County Kerry, not a hamlet.

Some admin units are filed twice: once from a list of units without any population (the
Republic of Ireland's counties by their English names), once from the census-backed source
under another name ("Ciarraí"). A unit of population 0 scores as a place of nobody, so a bare
"in north Kerry" lost to a Welsh village of 785. A same-country unit whose point lies within
:data:`TWIN_UNIT_KM` of it is the same unit filed again; its population stands for both.
Not where a town of the country shares the name ("Cork", "Galway"): a bare name there is the
town more often, and a county borrowing its census figure would outrank it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from dateline.geo.gazetteer import OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import haversine_km

__all__ = ["TWIN_UNIT_KM", "UNIT_POPULATION", "with_unit_population"]

# The switch for this step (off: such units keep population 0).
UNIT_POPULATION = True
# A county's two filings put its point within this of each other (Kerry and Ciarraí: 20 km);
# a neighbouring county's point lies 40 km or more away.
TWIN_UNIT_KM = 30.0
_BOX_DEGREES = 0.5


def with_unit_population(cands: list[Candidate]) -> list[Candidate]:
    """A name's readings, each unit without a population given its twin's (see the module)."""
    if not UNIT_POPULATION:
        return cands
    town_countries = {c.cc for c in cands if c.kind == "city" and c.quality == OFFICIAL}
    return [_populated(c) if c.cc not in town_countries else c for c in cands]


def _populated(c: Candidate) -> Candidate:
    """Only a unit from the list without codes (no admin-1 code) borrows, and only from a
    census-backed second-level unit: first-level siblings without codes (Barbados's parishes,
    all within 30 km of each other) are no twins."""
    if c.pop or c.kind != "admin1" or c.adm1 or not c.cc:
        return c
    pop = _twin_population(c.cc, c.lat, c.lon)
    return replace(c, pop=pop) if pop else c


@lru_cache(maxsize=4096)
def _twin_population(cc: str, lat: float, lon: float) -> int:
    """The population of the nearest second-level unit, if it lies within the twin's reach."""
    rows = gazetteer().populated_units_near(cc, "admin2", lat, lon, _BOX_DEGREES)
    near = sorted((haversine_km(lat, lon, la, lo), pop) for la, lo, pop in rows)
    return near[0][1] if near and near[0][0] <= TWIN_UNIT_KM else 0
