"""A town named beside an Interstate lies in a state that Interstate crosses.

Local copy places a town by its highway: "a subdivision east of Interstate 35" in a story about
Buda is the Texas town, not Budapest's Buda, and "off I-80 near Ogallala" is in Nebraska. A
numbered US highway already counts as American context (:mod:`dateline.geo.road_numbers`);
this pass goes one step further for the primary (one- and two-digit) Interstates, whose states
are fixed: a town named within :data:`INTERSTATE_REACH_CHARS` of one, read outside every state
it crosses (or read as a foreign island of its name), takes its best reading in one of them. A
world city keeps its reading (a capital, or :data:`WORLD_CITY_POP` people or more: "Paris"
beside "I-95" is still France's).
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import ALTERNATE, Candidate
from dateline.geo.mention import OWN_READING, Mention, Resolution

__all__ = ["INTERSTATES", "INTERSTATE_STATES", "towns_on_interstates"]

# The switch for this pass (off: an Interstate says only that the story is American).
INTERSTATES = True
# How far from the highway's name a town may be named (about a sentence).
INTERSTATE_REACH_CHARS = 200
# A city this big is named for itself, not by the highway beside it.
WORLD_CITY_POP = 1_000_000

# The states each primary Interstate crosses (postal codes), from general knowledge.
INTERSTATE_STATES: dict[int, str] = {
    4: "FL",
    5: "CA OR WA",
    8: "CA AZ",
    10: "CA AZ NM TX LA MS AL FL",
    12: "LA",
    15: "CA NV AZ UT ID MT",
    16: "GA",
    17: "AZ",
    19: "AZ",
    20: "TX LA MS AL GA SC",
    22: "MS AL",
    24: "IL KY TN GA",
    25: "NM CO WY",
    26: "TN NC SC",
    27: "TX",
    29: "MO IA SD ND",
    30: "TX AR",
    35: "TX OK KS MO IA MN",
    37: "TX",
    39: "IL WI",
    40: "CA AZ NM TX OK AR TN NC",
    41: "WI",
    43: "WI",
    44: "TX OK MO",
    45: "TX",
    49: "LA AR MO",
    55: "LA MS TN AR MO IL",
    57: "IL MO",
    59: "LA MS AL GA",
    64: "MO IL IN KY WV VA",
    65: "AL TN KY IN",
    66: "VA DC",
    68: "WV MD",
    69: "TX MS TN KY IN MI",
    70: "UT CO KS MO IL IN OH WV PA MD",
    71: "KY OH",
    72: "MO IL",
    73: "NC",
    74: "IA IL IN OH NC",
    75: "FL GA TN KY OH MI",
    76: "CO NE OH PA NJ",
    77: "SC NC VA WV OH",
    78: "PA NJ NY",
    79: "WV PA",
    80: "CA NV UT WY NE IA IL IN OH PA NJ",
    81: "TN VA WV MD PA NY",
    82: "WA OR",
    83: "MD PA",
    84: "OR ID UT PA NY CT MA",
    85: "AL GA SC NC VA",
    86: "ID PA NY",
    87: "NY NC",
    88: "IL NY",
    89: "NH VT",
    90: "WA ID MT WY SD MN WI IL IN OH PA NY MA",
    91: "CT MA VT",
    93: "MA NH VT",
    94: "MT ND MN WI IL IN MI",
    95: "FL GA SC NC VA DC MD DE PA NJ NY CT RI MA NH ME",
    96: "MI",
    97: "MD",
    99: "PA NY",
}
# "Interstate 35", "I-35" (not a three-digit spur, whose number repeats across states).
_INTERSTATE = re.compile(r"\b(?:Interstate |I-)(?P<n>\d{1,2})\b(?!-)")


def towns_on_interstates(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """Move a town read outside every state of an Interstate named near it to its best reading
    in one of them (see the module)."""
    if not INTERSTATES:
        return
    roads = [
        (hit.start(), INTERSTATE_STATES[int(hit.group("n"))].split())
        for hit in _INTERSTATE.finditer(text)
        if int(hit.group("n")) in INTERSTATE_STATES
    ]
    if not roads:
        return
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or not _movable(res.candidate) or _world_city(res.candidate):
            continue
        if m.container or m.kind_hint in OWN_READING:
            continue
        states = {
            s for at, road in roads if abs(at - m.start) <= INTERSTATE_REACH_CHARS for s in road
        }
        if not states or _in_states(res.candidate, states):
            continue
        towns = [
            c
            for _, c in scored[i]
            if c.kind == "city" and c.quality <= ALTERNATE and _in_states(c, states)
        ]
        if towns:
            results[i] = Resolution(towns[0], res.score, [res.candidate])


def _movable(c: Candidate) -> bool:
    """A town, or a foreign island of a town's name ("stranded in Trinidad" beside I-25)."""
    return c.kind == "city" or (c.kind == "region" and c.cc not in ("", "US"))


def _in_states(c: Candidate, states: set[str]) -> bool:
    return c.cc == "US" and c.adm1 in states


def _world_city(c: Candidate) -> bool:
    return c.capital or c.pop >= WORLD_CITY_POP
