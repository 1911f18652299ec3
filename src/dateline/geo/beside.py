"""Towns read by what their own apposition sets them beside.

"Kingston, at the eastern end of Lake Ontario", "Cairo, at the southern tip of Illinois",
"Delhi, the Delaware County seat": the words right after a town say where it is, so the
town's namesake there outranks a more famous one elsewhere (Jamaica's capital, Egypt's). A
state names the state, a county a county of that name, a lake, bay, sea, region or city
("Windsor, across the river from Detroit", "Meridian, a Boise suburb") a reach around its
point. Rivers are long, so only the states or provinces our table says they flow through
count (else their country). A school named for its state names the state ("Manhattan, home
of Kansas State University"). And a bare state name after "the" ("along the Ohio") is the
river our table knows by it, not the state. Since the twenty-first round: a town set by its
bearing from another lies that way ("Exeter, north of London": the Ontario pair), a town "a
few miles from the border with" a unit lies near it, a region "of" a state is that state's, a
town "Trinidad's second city" lies in the country, and "the Kerry county town" names a county.
A town right after a river, lake or bay and "at"/"near" ("the Ohio at Paducah") lies by it, and
so do the story's later bare mentions of the name (twenty-fifth round).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from dateline.geo.candidates import WATER_KINDS, container_candidates, spelled_alike
from dateline.geo.containers import find_container
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import (
    Mention,
    Resolution,
    haversine_km,
    inside,
    km,
    near,
    near_in_unit,
)
from dateline.geo.names import normalize
from dateline.geo.river_words import BARE_RIVER_AFTER, THE_BEFORE
from dateline.geo.scoring import names_state_school
from dateline.geo.state_agencies import NATIONAL_POLICE
from dateline.text_layout import SENTENCE_END

__all__ = [
    "NATIONAL_POLICE_AFTER",
    "STATE_LINE_AFTER",
    "beyond_line",
    "counties_in_stated_units",
    "counties_of_county_towns",
    "lies_by",
    "name_the_same",
    "regions_of_named_units",
    "rivers_named_bare",
    "towns_at_features",
    "towns_beside_features",
    "towns_beyond_state_lines",
    "towns_by_bearing",
    "towns_named_as_countries",
    "towns_of_national_police",
    "towns_of_own_councils",
    "towns_of_ranked_cities",
    "towns_of_selectmen",
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
_COUNTY_NAME = re.compile(r"\s(?:County|Parish)$")
NATIONAL_POLICE_AFTER = re.compile(rf"\s+({'|'.join(NATIONAL_POLICE)})\b")


def towns_beside_features(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town whose apposition names a state, county or feature takes its reading there: the
    first feature some reading of the town lies by decides (a state before the rivers after it:
    "Cairo, at the southern tip of Illinois where the Ohio meets the Mississippi"), a river,
    which runs through several states, after the rest ("Glenview, on the bluffs above the Ohio
    River in Jefferson County": table 235)."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or not _town_or_other_name(res.candidate) or m.within or m.container:
            continue
        for j in sorted(_apposed(text, mentions, i), key=lambda k: _is_river(results[k])):
            feature = results[j]
            if feature is None:
                continue
            near = lies_by(feature.candidate, mentions[j].text)
            if _BORDER_WITH.search(text, max(0, mentions[j].start - 20), mentions[j].start):
                near = _near_border(feature.candidate)
            if near is None:
                continue
            if near(res.candidate):
                break
            towns = [c for _, c in scored[i] if c.kind == "city" and near(c)]
            if towns:
                results[i] = Resolution(towns[0], res.score, [res.candidate])
                _county_of(results, j, towns[0])
                break


# "the Ohio at Paducah", "Lake Pepin near Lake City": a town right after a river, lake or bay
# and "at"/"near" (gauges and crossings are named so) lies by it.
_AT_FEATURE = re.compile(r"\s+(?:at|near)\s+")
_STILL_WATER_KINDS = frozenset({"lake", "bay"})


def towns_at_features(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town named right after a river, lake or bay and "at" or "near" ("the crossing over
    the Ohio at Paducah") takes its reading by that water where its first reading lies
    elsewhere; so does a town in one sentence with a bay or lake ("flooded streets in Villas
    as Delaware Bay spilled over": table 204), which a river running through several states
    does not place."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or res.candidate.kind != "city" or m.within or m.container:
            continue
        for water, name in _waters_by(text, mentions, results, i):
            near = lies_by(water, name)
            if near is None or near(res.candidate):
                break
            towns = [c for _, c in scored[i] if c.kind == "city" and near(c)]
            if towns:
                name_the_same(mentions, results, i, towns[0])
                break


def _waters_by(
    text: str, mentions: list[Mention], results: list[Resolution | None], i: int
) -> list[tuple[Candidate, str]]:
    """The waters (reading and name) that place mention ``i``: the river, lake or bay right
    before it and "at" or "near", then the bays and lakes of its sentence."""
    out = []
    water = results[i - 1] if i > 0 else None
    if (
        water is not None
        and water.candidate.kind in WATER_KINDS
        and _AT_FEATURE.fullmatch(text, mentions[i - 1].end, mentions[i].start)
    ):
        out.append((water.candidate, mentions[i - 1].text))
    for j, r in enumerate(results):
        if r is None or j == i or r.candidate.kind not in _STILL_WATER_KINDS:
            continue
        start, end = sorted((mentions[i].start, mentions[j].start))
        if not SENTENCE_END.search(text, start, end):
            out.append((r.candidate, mentions[j].text))
    return out


def name_the_same(
    mentions: list[Mention], results: list[Resolution | None], i: int, town: Candidate
) -> None:
    """Read mention ``i`` as ``town``, and so every other bare mention of its name that had
    its old reading, the dateline's upper case too: a story means one town by one name
    ("Hudson's mayor" after "the St. Croix at Hudson")."""
    old = results[i]
    if old is None:
        return
    for k, (m, r) in enumerate(zip(mentions, results, strict=True)):
        same = k == i or (
            m.text.casefold() == mentions[i].text.casefold() and not m.container and not m.within
        )
        if same and r is not None and r.candidate.pid == old.candidate.pid:
            results[k] = Resolution(town, r.score, [r.candidate])


# "Iron River, near the Wisconsin line", "east of Kiowa near the Kansas line": a state named
# as a line or border lies beyond the town, which is in a neighbouring state.
_LINE_GAP = re.compile(r",?\s+(?:[a-z]+\s+){0,4}the\s+")
STATE_LINE_AFTER = re.compile(r"\s+(?:state\s+)?(?:line|border)\b")
# How far from the state's nearest town a town "near the line" may lie (km).
LINE_KM = 60.0


def towns_beyond_state_lines(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town followed by "near (across, along ...) the X line" lies outside state X and near
    it: its reading inside X, or far from it, gives way to one beside X's towns (the story's
    other bare mentions of the name follow)."""
    for i in range(len(mentions) - 1):
        res, line = results[i], results[i + 1]
        if res is None or line is None or line.candidate.kind != "admin1":
            continue
        if res.candidate.kind != "city" or mentions[i].within or mentions[i].container:
            continue
        if not _LINE_GAP.fullmatch(text, mentions[i].end, mentions[i + 1].start):
            continue
        if not STATE_LINE_AFTER.match(text, mentions[i + 1].end):
            continue
        beyond = beyond_line(line.candidate)
        if beyond(res.candidate):
            continue
        towns = [c for _, c in scored[i] if c.kind == "city" and beyond(c)]
        if towns:
            name_the_same(mentions, results, i, towns[0])


def beyond_line(unit: Candidate) -> Callable[[Candidate], bool]:
    """The test of a town lying outside ``unit`` within :data:`LINE_KM` of one of its towns."""
    towns = gazetteer().unit_towns(unit.cc, unit.adm1)

    def test(c: Candidate) -> bool:
        if c.cc == unit.cc and c.adm1 == unit.adm1:
            return False
        return any(haversine_km(c.lat, c.lon, lat, lon) <= LINE_KM for lat, lon in towns)

    return test


# "a few miles from the border with Northern Ireland": a town near a unit it is not in.
_BORDER_WITH = re.compile(r"\bborder (?:with|of) (?:the )?$")
BORDER_KM = {"admin1": 300.0, "country": 600.0}
# "the New England region of New South Wales", "the Hunter Valley of New South Wales": a
# region named with the state or country that holds it.
_REGION_OF = re.compile(r"\s+(?:(?:region|area|district|valley|part|corner)\s+)?of\s+(?:the\s+)?")


def _near_border(unit: Candidate) -> Callable[[Candidate], bool] | None:
    reach = BORDER_KM.get(unit.kind)
    return near(unit, reach) if reach is not None else None


def regions_of_named_units(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A region the text places in a state or country ("the New England region of New South
    Wales") is its namesake there (not New England of the US); with none there, no reading:
    the state named last governs the towns around it."""
    for j in range(len(mentions) - 1):
        res, unit = results[j], results[j + 1]
        if res is None or unit is None or res.candidate.kind != "region":
            continue
        if unit.candidate.kind not in ("admin1", "country"):
            continue
        if not _REGION_OF.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            continue
        if _holds(unit.candidate, res.candidate):
            continue
        there = [c for _, c in scored[j] if c.kind == "region" and _holds(unit.candidate, c)]
        results[j] = Resolution(there[0], res.score, [res.candidate]) if there else None


def _holds(unit: Candidate, c: Candidate) -> bool:
    """Whether a state or country may hold a region (a region of several states: any of them;
    of several countries, or of no stated state of its country: it may)."""
    if not c.cc:
        return True
    if unit.kind == "country" or not c.adm1:
        return c.cc == unit.cc
    return c.cc == unit.cc and unit.adm1 in c.adm1.split("|")


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


def lies_by(feature: Candidate, name: str) -> Callable[[Candidate], bool] | None:
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
    if feature.adm1 and feature.kind in ("lake", "bay", "region"):  # of a few named units
        units = feature.adm1.split("|")
        reach = REGION_STATE_KM if feature.kind == "region" else reach
        return lambda c: (
            c.adm1 in units and (not feature.cc or c.cc == feature.cc) and km(c, feature) <= reach
        )
    return near(feature, reach)


def _in_county(county: Candidate, c: Candidate) -> bool:
    return near_in_unit(c, county, COUNTY_TOWN_KM)


def _is_river(res: Resolution | None) -> bool:
    return res is not None and res.candidate.kind == "river"


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
        if not THE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if not BARE_RIVER_AFTER.match(text, m.end):
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
        cc, adm1, _ = NATIONAL_POLICE[force.group(1)]
        served = [
            c
            for _, c in scored[i]
            if c.kind == "city" and c.cc == cc and (not adm1 or c.adm1 == adm1)
        ]
        if served and not (res.candidate.kind == "city" and res.candidate in served):
            results[i] = Resolution(served[0], res.score, [res.candidate])


# A town's own selectmen: the New England town's elected board, which no other region's towns
# have ("Seymour's board of selectmen", "the Seymour Board of Selectmen", "Seymour selectmen").
_SELECTMEN_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[Bb]oard\s+of\s+)?(?:[Ss]electmen|[Ss]electwomen|[Ss]elect\s*[Bb]oard)\b"
)
NEW_ENGLAND = frozenset({"CT", "MA", "ME", "NH", "RI", "VT"})


# An American town's or village's own board ("The Clarence town board approved": table 168),
# which no other country's towns have: the town lies in the United States.
_US_TOWN_BOARD_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[Tt]own|[Vv]illage)\s+(?:[Bb]oard|[Tt]rustees)\b"
)


def towns_of_selectmen(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """A town named right before its selectmen lies in New England, and one before its town or
    village board in the United States: its namesake there is read, when the gazetteer has one
    and no stated container places the town."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or m.container:
            continue
        states: frozenset[str] | None
        if _SELECTMEN_AFTER.match(text, m.end):
            states = NEW_ENGLAND
        elif _US_TOWN_BOARD_AFTER.match(text, m.end):
            states = None  # any state's
        else:
            continue
        if res.candidate.cc == "US" and _in_states(res.candidate, states):
            continue
        there = [
            c
            for c in gazetteer().lookup(m.text)
            if c.kind == "city" and c.quality == OFFICIAL and c.cc == "US" and _in_states(c, states)
        ]
        if there:
            results[i] = Resolution(max(there, key=lambda c: c.pop), res.score, [res.candidate])


def _in_states(c: Candidate, states: frozenset[str] | None) -> bool:
    """Whether ``c`` lies in one of ``states`` (None: in any)."""
    return states is None or c.adm1 in states


# A town's own council or mayor ("the Zion City Council", "Zion's mayor", "Zion aldermen"): a
# body bears its town's own name, never a name a bigger city merely has among its others
# (twenty-ninth round: Zion, Ill. was read as Jerusalem).
_OWN_COUNCIL_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:City|Town|Village)\s+(?:Council|Hall|Manager)\b"
    r"|(?:city|town|village)\s+council\b|[Mm]ayor\b|[Aa]ldermen\b)"
)
# The smallest such town: a hamlet's name is some city's other name too often.
OWN_COUNCIL_TOWN_POP = 10_000
# A descriptive other name that several cities bear ("Old Town": Las Vegas's, Baltimore's, the
# Czech Staré Město's) names none of them: a smaller town bearing it as its own is read then
# (table 27: Old Town, Maine, 7,600 people).
DESCRIPTIVE_NAME_CITIES = 3
DESCRIPTIVE_NAME_TOWN_POP = 5_000


def towns_of_own_councils(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """A name read as a city's other name yields to the biggest town bearing it as its own
    when the town's council or mayor follows (a smaller town where the other name is a
    descriptive one several cities bear: "Old Town"), unless the other name is the city's own
    respelled ("Odessa City Council" is Odesa's) or shortened ("Newcastle City Council" is
    Newcastle upon Tyne's, though a bigger Newcastle bears the name as its own)."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or m.container or not _OWN_COUNCIL_AFTER.match(text, m.end):
            continue
        c = res.candidate
        key = normalize(m.text)
        if c.kind != "city" or c.quality != ALTERNATE or _own_name_alike(key, c.name):
            continue
        readings = gazetteer().lookup(m.text)
        least = _own_town_pop(readings, key)
        own = [
            k
            for k in readings
            if k.kind == "city"
            and k.quality == OFFICIAL
            and normalize(k.name) == key
            and k.pop >= least
        ]
        if own:
            results[i] = Resolution(max(own, key=lambda k: k.pop), res.score, [c])


# A town named like a country before its own council ("Peru city council members voted",
# "the Lebanon board of aldermen": table 71): no country has a city council. Not after an
# article or a comma ("a Peru city council" is any Peruvian city's; "Lima, Peru's city council"
# Lima's), and never a state's name ("Texas city council" is as often some Texas city's).
_TOWN_COUNCIL_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:city|town|village|borough)\s+(?:council|commission|hall|manager)"
    r"|(?:Town|Village|Borough)\s+(?:Council|Hall)|(?:board\s+of\s+)?(?:aldermen|selectmen)"
    r"|select\s*board)\b"
)
_ANY_ONE_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach|[Ee]very|[Ss]ome|[Aa]ny)|,)\s+$"
)
# The smallest town such a council may be: a county seat's size, as for a council's subject.
COUNTRY_NAMED_TOWN_POP = 2_000


def towns_named_as_countries(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A country's name before a town's own council is the best-scored town of that very
    name (see :data:`_TOWN_COUNCIL_AFTER`)."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or res.candidate.kind != "country" or m.container:
            continue
        if not _TOWN_COUNCIL_AFTER.match(text, m.end):
            continue
        if _ANY_ONE_BEFORE.search(text[max(0, m.start - 12) : m.start]):
            continue
        key = normalize(m.text)
        towns = [
            c
            for _, c in scored[i]
            if c.kind == "city"
            and c.quality == OFFICIAL
            and normalize(c.name) == key
            and c.pop >= COUNTRY_NAMED_TOWN_POP
        ]
        if towns:
            results[i] = Resolution(towns[0], res.score, [res.candidate])


def _own_town_pop(readings: list[Candidate], key: str) -> int:
    """The smallest town bearing the name ``key`` as its own that outweighs the cities having
    it as an other name: less where several do (see :data:`DESCRIPTIVE_NAME_CITIES`)."""
    others = [
        c
        for c in readings
        if c.kind == "city" and c.quality == ALTERNATE and not _own_name_alike(key, c.name)
    ]
    if len(others) >= DESCRIPTIVE_NAME_CITIES:
        return DESCRIPTIVE_NAME_TOWN_POP
    return OWN_COUNCIL_TOWN_POP


def _own_name_alike(key: str, name: str) -> bool:
    """Whether ``key`` is ``name`` respelled, or its first or last words ("Newcastle")."""
    own = normalize(name)
    return spelled_alike(key, name) or own.startswith(f"{key} ") or own.endswith(f" {key}")


# ", north of", ", about 20 miles southwest of", ", 30 km east of": a town's bearing from another.
_BEARING = re.compile(
    r",\s+(?:(?:just|about|some|roughly|only)\s+)?"
    r"(?:(?P<n>[\d,.]+|a few|several)\s+(?P<unit>miles?|kilometers?|kilometres?|km)\s+)?"
    r"(?P<way>(?:north|south)?-?(?:east|west)?)\s+of\s+$"
)
_WAY_DEGREES = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135,
    "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}  # fmt: skip
# How far off the stated bearing a reading may lie, and from how far an unmeasured "north of"
# places a town (a stated distance allows half as much again, and a little more).
BEARING_SLACK_DEGREES = 67.5
BEARING_KM = 200.0


def towns_by_bearing(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """ "Exeter, north of London", "Dorchester, 15 km east of London": a town set by its bearing
    from another lies that way and near it, so where the two readings chosen do not, the
    town's namesake that does is read instead; with none by the anchor's reading, the closest
    pair of namesakes that does (the Ontario pair, not England's), both names moving."""
    for j in range(1, len(mentions)):
        i = j - 1
        anchor, town = mentions[j], mentions[i]
        way = _BEARING.search(text, town.end, anchor.start)
        if way is None or way.start() != town.end or town.container or town.within:
            continue
        fits = _bearing_test(way)
        if fits is None or results[i] is None or results[j] is None:
            continue
        if fits(results[i].candidate, results[j].candidate):
            continue
        towns = [c for _, c in scored[i] if c.kind == "city"]
        anchor_now = results[j].candidate
        pairs = [(t, anchor_now) for t in towns if fits(t, anchor_now)]
        if not pairs:
            anchors = [c for _, c in scored[j] if c.kind == "city"]
            pairs = [(t, a) for t in towns for a in anchors if fits(t, a)]
        if pairs:
            t, a = min(pairs, key=lambda pair: km(*pair))
            results[i] = Resolution(t, results[i].score, [results[i].candidate])
            results[j] = Resolution(a, results[j].score, [results[j].candidate])


def _bearing_test(way: re.Match[str]) -> Callable[[Candidate, Candidate], bool] | None:
    """The test of a (town, anchor) pair lying as ``way`` says: within reach and the bearing."""
    degrees = _WAY_DEGREES.get(way.group("way").replace("-", ""))
    if degrees is None:
        return None
    reach = BEARING_KM
    count = (way.group("n") or "").replace(",", "")
    if count.replace(".", "", 1).isdigit():
        per = 1.609 if way.group("unit").startswith("mile") else 1.0
        reach = float(count) * per * 1.5 + 20

    def fits(town: Candidate, anchor: Candidate) -> bool:
        if km(town, anchor) > reach:
            return False
        off = abs((_bearing(anchor, town) - degrees + 180) % 360 - 180)
        return off <= BEARING_SLACK_DEGREES

    return fits


def _bearing(a: Candidate, b: Candidate) -> float:
    """The initial compass bearing from ``a`` to ``b``, in degrees."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360


# "San Juan, Trinidad's second city", "Kingstown, the capital of St. Vincent": a town ranked
# in a country, the owner before the rank or after "of".
_RANK = (
    r"(?:(?:second|third|fourth|largest|biggest|oldest|main|chief|principal|commercial"
    r"|economic|industrial|financial|administrative)\s+)*(?:city|town|port|capital)\b"
)
_RANKED_IN = re.compile(rf"(?:'s|\u2019s)\s+{_RANK}")
_APPOSED_OWNER_GAP = re.compile(r",\s+(?:the\s+)?")
_RANK_OF_GAP = re.compile(rf",\s+the\s+{_RANK}\s+of\s+(?:the\s+)?")
# Countries of two names news often calls by the first alone in this role ("Trinidad's").
_COUNTRY_BY_PART = {
    "Trinidad": "Trinidad and Tobago", "Tobago": "Trinidad and Tobago",
    "Antigua": "Antigua and Barbuda", "St. Vincent": "Saint Vincent and the Grenadines",
    "Saint Vincent": "Saint Vincent and the Grenadines", "St. Kitts": "Saint Kitts and Nevis",
    "Saint Kitts": "Saint Kitts and Nevis",
}  # fmt: skip


def towns_of_ranked_cities(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """ "San Juan, Trinidad's second city", "Kingstown, the capital of St. Vincent": the owner
    of a town's rank is a country (Trinidad and Tobago, not Trinidad, Bolivia) and the town is
    its city there, when the gazetteer has one."""
    for i in range(len(mentions) - 1):
        k = i + 1
        if results[i] is None or not (
            _RANK_OF_GAP.fullmatch(text, mentions[i].end, mentions[k].start)
            or (
                _APPOSED_OWNER_GAP.fullmatch(text, mentions[i].end, mentions[k].start)
                and _RANKED_IN.match(text, mentions[k].end)
            )
        ):
            continue
        town, owner = results[i].candidate, results[k]
        if owner is not None and owner.candidate.kind == "admin1" and inside(town, owner.candidate):
            continue  # "Atlanta, Georgia's capital": the state
        country = _owning_country(mentions[k].text, scored[k], owner)
        if country is None:
            continue
        there = [c for _, c in scored[i] if c.kind == "city" and c.cc == country.cc]
        if not there and town.cc != country.cc:
            continue
        if owner is None or owner.candidate != country:
            results[k] = Resolution(country, results[i].score, [owner.candidate] if owner else [])
        if there and not (town.cc == country.cc and town.kind == "city"):
            results[i] = Resolution(there[0], results[i].score, [town])


def _owning_country(
    name: str, scored: list[tuple[float, Candidate]], res: Resolution | None
) -> Candidate | None:
    """The country a rank's owner names: its reading as a country, or the country of two names
    it opens."""
    if res is not None and res.candidate.kind == "country":
        return res.candidate
    own = [c for _, c in scored if c.kind == "country"]
    if own:
        return own[0]
    full = _COUNTRY_BY_PART.get(name)
    found = [c for c in gazetteer().lookup(full) if c.kind == "country"] if full else []
    return found[0] if found else None


# "Tralee, the Kerry county town", "Ennis, the county town of Clare": the county of a county
# town (British and Irish usage), never a namesake village or airport.
_COUNTY_TOWN_AFTER = re.compile(r"\s+county\s+town\b")
_COUNTY_TOWN_BEFORE = re.compile(r"\bcounty\s+town\s+of\s+(?:the\s+)?$")


def counties_of_county_towns(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """A name before "county town" or after "the county town of" is the county: the gazetteer's
    first- or second-level unit of that name nearest the town the sentence names before it."""
    for j, m in enumerate(mentions):
        res = results[j]
        if res is None or res.candidate.kind in ("admin1", "admin2"):
            continue
        before = _COUNTY_TOWN_BEFORE.search(text, max(0, m.start - 30), m.start)
        if not before and not _COUNTY_TOWN_AFTER.match(text, m.end):
            continue
        units = [c for c in gazetteer().lookup(m.text) if c.kind in ("admin1", "admin2")]
        town = results[j - 1] if j else None
        if town is not None:
            units.sort(key=lambda c: km(c, town.candidate))
        if units:
            results[j] = Resolution(units[0], res.score, [res.candidate])
