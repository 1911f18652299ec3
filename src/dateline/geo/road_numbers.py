"""A numbered road places a local story in the country or province whose numbering it uses.

Local news names roads by number and seldom names the country: "a crash on the A1 near
Stamford" is Lincolnshire's Stamford, "off Interstate 95 near Stamford" Connecticut's, and
"Highway 401 near London" is London, Ontario. Each numbering system that belongs to one
country or province counts as one more context name of it, like a demonym, keyed as the
demonym is so that "British police" and "the A303" count once.

Only unambiguous forms count. British A- and B-roads need "the" and a road-like word or
punctuation after them ("the A303 near Amesbury", "the A1,"), which keeps out paper sizes,
grades, steak sauce and page numbers ("on A10"); airliners ("the A380", "the B747") are left
out, and so is every A-road in a story that names a continental motorway ("autoroute",
"autobahn"), whose A-numbers collide with Britain's. M-roads (Britain, Ireland, Australia,
South Africa, Pakistan, rifles), N-roads (Ireland, South Africa, France), bare "Route 9" and
"Highway 1" are left out. Ontario's 400-series highways count for Ontario, except numbers a
US highway shares ("Highway 412" in Arkansas), and Michigan's hyphenated trunklines ("M-29")
for Michigan.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import Candidate, gazetteer, official_admin1

__all__ = ["ROAD_NUMBERS", "road_units"]

# The switch for this step (off: road numbers say nothing about where a story is).
ROAD_NUMBERS = True

# What may follow a British road number for it to read as a road: a road word, a place
# preposition, a direction of travel, punctuation, or the road's own name ("the A406 North
# Circular Road").
_ROAD_FOLLOWER = (
    r"(?=\s*[,.;:)]|\s+(?:road|trunk road|dual carriageway|carriageway|bypass|junction|"
    r"roundabout|slip road|near|at|on|in|between|from|to|towards|into|through|outside|past|"
    r"north|south|east|west|northbound|southbound|eastbound|westbound)\b"
    r"|\s+(?:[A-Z][a-z]+\s+){0,2}(?:Road|Way|Bypass|Circular|Lane)\b)"
)
# Airbus and Boeing airliners, which share A- and B-road numbers ("the A380", "the B747").
_AIRLINERS = frozenset(
    f"{maker}{model}"
    for maker, models in (
        ("A", (220, 300, 310, 318, 319, 320, 321, 330, 340, 350, 380)),
        ("B", (707, 717, 727, 737, 747, 757, 767, 777, 787)),
    )
    for model in models
)
_GB_ROAD = re.compile(
    r"\b[Tt]he\s+(?P<road>A[1-9]\d{0,3}|B[1-9]\d{2,3})\b(?:\(M\))?" + _ROAD_FOLLOWER
)
_CONTINENTAL_MOTORWAY = re.compile(r"\b(?:autoroutes?|autobahns?|autostradas?|autopistas?)\b", re.I)

# A numbered US highway ("stranding truckers in Trinidad" off Interstate 25 is the Colorado
# town, not Bolivia's: twenty-second round).
_US_ROAD = re.compile(
    r"\b(?:Interstate \d{1,3}|I-\d{1,3}|U\.S\. (?:Route|Highway) \d{1,3}"
    r"|US (?:Route|Highway) \d{1,3}|[Ss]tate Route \d{1,3})\b"
)
# Ontario's 400-series highways; 410, 412, 413 and 420 are left out (US highways share them).
_ONTARIO_ROAD = re.compile(r"\b(?:Highway|Hwy\.?) 4(?:0[0-79]|16|17|27)\b")
# Michigan's trunklines, written with a hyphen ("close M-29 through St. Clair": table 168), in a
# road's frame; below 15 the numbers are Pakistan's motorways' too ("the M-2 near Lahore"), and
# a rifle is no road ("M-16 rifles").
_MICHIGAN_ROAD = re.compile(
    r"\bM-(?:1[5-9]|[2-9]\d|[1-9]\d\d)\b(?!\s+[Mm]otorway)" + _ROAD_FOLLOWER
)


def road_units(text: str) -> dict[str, list[Candidate]]:
    """The country or province of each numbering system the text's roads use, keyed as
    context names (``"demonym:GB"``, ``"unit:<pid>"``)."""
    if not ROAD_NUMBERS:
        return {}
    out: dict[str, list[Candidate]] = {}
    if _names_gb_road(text):
        _add_country(out, "British")
    if _US_ROAD.search(text):
        _add_country(out, "American")
    for road, state, cc in ((_ONTARIO_ROAD, "Ontario", "CA"), (_MICHIGAN_ROAD, "Michigan", "US")):
        if road.search(text):
            unit = official_admin1(state, (cc,))
            if unit is not None:
                out[f"unit:{unit.pid}"] = [unit]
    return out


def _names_gb_road(text: str) -> bool:
    """Whether the text names a British A- or B-road in a road's frame."""
    a_roads_collide = _CONTINENTAL_MOTORWAY.search(text) is not None
    for hit in _GB_ROAD.finditer(text):
        road = hit.group("road")
        if road not in _AIRLINERS and not (a_roads_collide and road.startswith("A")):
            return True
    return False


def _add_country(out: dict[str, list[Candidate]], demonym: str) -> None:
    country = gazetteer().demonym(demonym)
    if country is not None and country.cc:
        out[f"demonym:{country.cc}"] = [country]
