"""Towns read by what their own apposition sets them beside.

"Kingston, at the eastern end of Lake Ontario", "Cairo, at the southern tip of Illinois",
"Delhi, the Delaware County seat": the words right after a town say where it is, so the
town's namesake there outranks a more famous one elsewhere (Jamaica's capital, Egypt's). A
state names the state, a county a county of that name, a lake, bay, sea, region or city
("Windsor, across the river from Detroit", "Meridian, a Boise suburb") a reach around its
point. Rivers are long, so only the states or provinces our table says they flow through
count (else their country). A school named for its state names the state ("Manhattan, home
of Kansas State University"). And a bare state name after "the" ("along the Ohio") is the
river our table knows by it, not the state.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.geo.candidates import container_candidates
from dateline.geo.containers import find_container
from dateline.geo.gazetteer import OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import Mention, Resolution, near, near_in_unit
from dateline.geo.scoring import names_state_school

__all__ = [
    "NATIONAL_POLICE_AFTER",
    "counties_in_stated_units",
    "rivers_named_bare",
    "towns_beside_features",
    "towns_of_national_police",
]

# The apposition after a town: a comma and a lower-case word ("on", "at", "the", "across"),
# never a container ("Louisville, Ky."); it runs to the next comma, semicolon or sentence end.
_APPOSITION = re.compile(r",\s+(?=[a-z])")
# Not the point of "St." or "Mt." ("Kingston, on the St. Lawrence River").
_APPOSITION_END = re.compile(r"[,;!?]|(?<!\b[SMF]t)\.(?:\s|$)")
APPOSITION_CHARS = 160
# How far from a feature's point one of its towns may lie (km): lakes and seas are big.
FEATURE_REACH_KM = {"lake": 400.0, "bay": 150.0, "sea": 600.0, "region": 400.0, "city": 100.0}
# A region inside one state ("the Catskills", New York) holds towns of that state this far off.
REGION_STATE_KM = 250.0
COUNTY_TOWN_KM = 100.0
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# What may follow a river's bare name: punctuation, or a preposition, conjunction or a verb of
# a river's ("along the Ohio after the rains", "where the Ohio meets the Mississippi"); a
# noun there makes the state a modifier ("the Illinois statehouse", "the Missouri bill").
_RIVER_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:at|in|near|from|to|into|on|between|below|above|past|for|after"
    r"|before|during|by|and|or|where|which|that|meets|met|rose|rises|crested|crests|flows"
    r"|flowed|floods|flooded|runs|ran)\b"
)
_COUNTY_NAME = re.compile(r"\s(?:County|Parish)$")
# Police forces of a whole country or province, which name their local detachments by town
# ("Surrey RCMP", "Orillia OPP"): (country, first-level unit or "") by the force's name.
_NATIONAL_POLICE = {
    "RCMP": ("CA", ""),
    "OPP": ("CA", "08"),
    "SQ": ("CA", "10"),
    "PSNI": ("GB", "NIR"),
    "Garda": ("IE", ""),
    "Gardai": ("IE", ""),
    "Gardaí": ("IE", ""),
}
NATIONAL_POLICE_AFTER = re.compile(rf"\s+({'|'.join(_NATIONAL_POLICE)})\b")


def towns_beside_features(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town whose apposition names a state, county or feature takes its reading there: the
    first feature some reading of the town lies by decides (a state before the rivers after it:
    "Cairo, at the southern tip of Illinois where the Ohio meets the Mississippi")."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or not _town_or_other_name(res.candidate) or m.within or m.container:
            continue
        for j in _apposed(text, mentions, i):
            feature = results[j]
            if feature is None:
                continue
            near = _lies_by(feature.candidate, mentions[j].text)
            if near is None:
                continue
            if near(res.candidate):
                break
            towns = [c for _, c in scored[i] if c.kind == "city" and near(c)]
            if towns:
                results[i] = Resolution(towns[0], res.score, [res.candidate])
                _county_of(results, j, towns[0])
                break


def _town_or_other_name(c: Candidate) -> bool:
    """A town, or a country by another of its names ("Holland, near Lake Michigan" is the
    Michigan town when one lies by the lake; "Holland, near the North Sea" stays the country)."""
    return c.kind == "city" or (c.kind == "country" and c.quality != OFFICIAL)


def _apposed(text: str, mentions: list[Mention], i: int) -> list[int]:
    """Indexes of the mentions inside mention ``i``'s apposition, in order: standing names,
    and a state inside a school named for it."""
    start = mentions[i].end
    if not _APPOSITION.match(text, start):
        return []
    stop = _APPOSITION_END.search(text, start + 1, start + APPOSITION_CHARS)
    end = stop.start() if stop else start + APPOSITION_CHARS
    return [
        j
        for j in range(i + 1, len(mentions))
        if mentions[j].end <= end
        and (mentions[j].within is None or names_state_school(mentions[j]))
    ]


def _lies_by(feature: Candidate, name: str) -> Callable[[Candidate], bool] | None:
    """The test of a town reading lying in or by ``feature``; None for a feature that places
    nothing (a river of several countries, a landmark)."""
    if feature.kind == "admin1":
        return lambda c: c.cc == feature.cc and c.adm1 == feature.adm1
    if feature.kind == "country":
        return lambda c: c.cc == feature.cc
    if feature.kind == "admin2":
        counties = [c for c in gazetteer().lookup(name) if c.kind == "admin2"] or [feature]
        return lambda c: any(_in_county(county, c) for county in counties)
    if feature.kind == "river":
        if not feature.cc:
            return None
        units = feature.adm1.split("|") if feature.adm1 else []
        return lambda c: c.cc == feature.cc and (not units or c.adm1 in units)
    reach = FEATURE_REACH_KM.get(feature.kind)
    if reach is None:
        return None
    if feature.kind == "region" and feature.adm1:
        return lambda c: near_in_unit(c, feature, REGION_STATE_KM)
    return near(feature, reach)


def _in_county(county: Candidate, c: Candidate) -> bool:
    return near_in_unit(c, county, COUNTY_TOWN_KM)


def _county_of(results: list[Resolution | None], j: int, town: Candidate) -> None:
    """The county of "Delhi, the Delaware County seat" is the Delaware County holding Delhi."""
    res = results[j]
    if res is None or res.candidate.kind != "admin2" or _in_county(res.candidate, town):
        return
    name = res.candidate.name
    holding = [c for c in gazetteer().lookup(name) if c.kind == "admin2" and _in_county(c, town)]
    if holding:
        results[j] = Resolution(holding[0], res.score, [res.candidate])


def rivers_named_bare(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "along the Ohio", "where the Ohio meets the Mississippi": a state never takes "the", so
    a state's name after it, heading its own phrase (not "the Ohio Valley", "the Missouri
    bill"), is the river our table knows as "<name> River"."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or res.candidate.kind != "admin1" or m.within or m.kind_hint:
            continue
        if not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if not _RIVER_AFTER.match(text, m.end):
            continue
        river = next((c for c in gazetteer().lookup(f"{m.text} River") if c.kind == "river"), None)
        if river is not None:
            results[i] = Resolution(river, res.score, [res.candidate])


def counties_in_stated_units(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """ "Perth County, Ont.", "Huron County, Ont.": a county the story places in a state or
    province lies there: its reading of that name there, else the unit's point (the gazetteer
    lacks many Canadian counties), never a namesake county in another country or a city."""
    for i, m in enumerate(mentions):
        if not _COUNTY_NAME.search(m.text) or m.within:
            continue
        span = find_container(text, m.end, m.start)
        units = [c for c in container_candidates(text, span) if c.kind == "admin1"] if span else []
        if not units:
            continue
        res = results[i]
        if res is not None and any(_in_unit(res.candidate, u) for u in units):
            continue
        here = [
            c
            for c in gazetteer().lookup(m.text)
            if c.kind == "admin2" and any(_in_unit(c, u) for u in units)
        ]
        unit = max(units, key=lambda u: u.pop)
        was = [res.candidate] if res is not None else []
        results[i] = Resolution(here[0] if here else unit, res.score if res else 0.0, was)


def _in_unit(c: Candidate, unit: Candidate) -> bool:
    return c.cc == unit.cc and c.adm1 == unit.adm1


def towns_of_national_police(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """ "Surrey RCMP", "Orillia OPP", "Omagh PSNI": a country's or province's police names its
    detachment by the town it serves, so the name is that country's town (Surrey, B.C., not
    the English county), when the gazetteer has one there."""
    for i, m in enumerate(mentions):
        res = results[i]
        force = NATIONAL_POLICE_AFTER.match(text, m.end)
        if res is None or force is None or m.container:
            continue
        cc, adm1 = _NATIONAL_POLICE[force.group(1)]
        served = [
            c
            for _, c in scored[i]
            if c.kind == "city" and c.cc == cc and (not adm1 or c.adm1 == adm1)
        ]
        if served and not (res.candidate.kind == "city" and res.candidate in served):
            results[i] = Resolution(served[0], res.score, [res.candidate])
