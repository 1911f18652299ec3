"""A town placed in an Irish county the Irish way lies in that county.

Irish and Northern Irish news places a town by its county with "Co" before the county's name
("Naas, Co Kildare", "Ennis, Co. Clare", "Thurles in County Tipperary"), a form no container
test reads, since "Co" is no state. The town's namesake in Wales or England may be the one the
ranking chose (Ireland's own town may even be on file by its Irish name only), so the town's
reading near the county's point wins. The gazetteer has
the Republic's counties as units; a Northern Irish county is placed by its county town's point
where it has one ("Co Antrim" by Antrim).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.geo.gazetteer import ALTERNATE, Candidate, gazetteer
from dateline.geo.mention import OWN_READING, Mention, Resolution, km

__all__ = [
    "IRISH_COUNTIES",
    "irish_county_spans",
    "town_before_county",
    "town_in_irish_county",
    "towns_of_irish_counties",
]

# The switch for this pass (off: the readings the other passes leave).
IRISH_COUNTIES = True
# An Irish county spans about 50 to 100 km: a town this near its point lies in it.
TOWN_IN_IRISH_COUNTY_KM = 70.0
# The farthest a county's town lies from its point: Malin Head and Carndonagh lie 85-90 km
# from Donegal's (table 90).
COUNTY_REACH_KM = 120.0
_CO_WORD = r"(?:Co\.?|County)"
_IRISH_COUNTY_WORD = re.compile(rf"\b{_CO_WORD}\s+$")
# A town placed the Irish way, by its county after "Co" ("Carndonagh, Co Donegal": table 90).
_TOWN_BEFORE_COUNTY = re.compile(
    rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}),? (?:in )?{_CO_WORD} $"
)
_CO_COUNTY = re.compile(r"\bCo\.? ([A-Z][a-z]+)\b")
_IRISH_COUNTY_AFTER = re.compile(
    rf"(?:,\s*|\s+in\s+){_CO_WORD}\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)


def towns_of_irish_counties(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """Read a name after "Co" as the Irish county, and move a town read outside the Irish
    county the text places it in to its reading there."""
    if not IRISH_COUNTIES:
        return
    _counties_after_co(text, mentions, results)
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or res.candidate.kind != "city" or m.kind_hint in OWN_READING:
            continue
        hit = _IRISH_COUNTY_AFTER.match(text, m.end)
        if hit is None:
            continue
        points = _county_points(hit.group(1))
        if not points or any(_lies_by(res.candidate, p) for p in points):
            continue
        there = [c for c in _town_readings(m, scored[i]) if any(_lies_by(c, p) for p in points)]
        if there:
            results[i] = Resolution(max(there, key=lambda c: c.pop), res.score, [res.candidate])


def _counties_after_co(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """ "Co. Clare" is the Irish county, not Clare in South Australia."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or not _IRISH_COUNTY_WORD.search(text, max(0, m.start - 8), m.start):
            continue
        units = [c for c in _county_points(m.text) if c.kind != "city"]
        if units and res.candidate.pid not in {c.pid for c in units}:
            results[i] = Resolution(units[0], res.score, [res.candidate])


def irish_county_spans(text: str) -> Iterator[tuple[int, int]]:
    """The county's name after "Co" ("off Whitehead, Co Antrim"), which NER may have read as a
    person's ("Co Antrim") or a firm's (table 92)."""
    for hit in _CO_COUNTY.finditer(text):
        if _county_points(hit.group(1)):
            yield hit.span(1)


def town_before_county(text: str, start: int) -> re.Match[str] | None:
    """The name before "Co" (or "County") that ends right before ``start``, the county's name
    (group 1: "Carndonagh" in "Carndonagh, Co Donegal")."""
    return _TOWN_BEFORE_COUNTY.search(text, max(0, start - 70), start)


def town_in_irish_county(town: str, county: str) -> bool:
    """Whether a town named ``town`` may lie in the Irish county named ``county``: within
    :data:`COUNTY_REACH_KM` of its point, since the name is yet to be read as a place at all."""
    points = _county_points(county)
    return any(
        _lies_by(c, p, COUNTY_REACH_KM)
        for c in gazetteer().lookup(town)
        if c.kind == "city"
        for p in points
    )


def _county_points(name: str) -> list[Candidate]:
    """Where an Irish county of this name lies: the Republic's unit, else a Northern Irish
    county town of the name."""
    readings = gazetteer().lookup(name)
    units = [c for c in readings if c.cc == "IE" and c.kind in ("admin1", "admin2")]
    return units or [c for c in readings if c.cc == "GB" and c.adm1 == "NIR" and c.kind == "city"]


def _lies_by(town: Candidate, county: Candidate, reach: float = TOWN_IN_IRISH_COUNTY_KM) -> bool:
    return town.cc == county.cc and km(town, county) <= reach


def _town_readings(m: Mention, ranked: list[tuple[float, Candidate]]) -> list[Candidate]:
    """A town's readings by any of its names (some Irish towns are on file by their Irish
    names only)."""
    found = {c.pid: c for _, c in ranked if c.kind == "city" and c.quality <= ALTERNATE}
    for c in gazetteer().lookup(m.text):
        if c.kind == "city" and c.quality <= ALTERNATE:
            found.setdefault(c.pid, c)
    return list(found.values())
