"""Passes that revise finished readings from what the story says around them.

They run after ranking because each needs the other mentions' final readings: a container
takes the state that holds its chosen town, a town the story places in a unit its readings
miss takes the unit's point, "Cairo's Abbasiya" lies in Cairo, "the mayor of New York" is the
city, and a lone foreign village in a story about another country is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial

from dateline.geo.beside import (
    counties_in_stated_units,
    counties_of_county_towns,
    regions_of_named_units,
    rivers_named_bare,
    towns_at_features,
    towns_beside_features,
    towns_beyond_state_lines,
    towns_by_bearing,
    towns_named_as_countries,
    towns_of_national_police,
    towns_of_own_councils,
    towns_of_ranked_cities,
    towns_of_selectmen,
)
from dateline.geo.candidates import ADMIN_KINDS, UNIT_WORD, given_name, part_of
from dateline.geo.cocounty import towns_of_named_counties
from dateline.geo.councils import british_counties
from dateline.geo.counties import bare_counties_in_home_state, counties_in_home_state
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.interstates import towns_on_interstates
from dateline.geo.irish import towns_of_irish_counties
from dateline.geo.mention import (
    OWN_READING,
    Mention,
    Resolution,
    haversine_km,
    inside,
    km,
    loose_readings,
    near,
)
from dateline.geo.names import normalize
from dateline.geo.nonplaces import CLUB_BEFORE_RE, CLUB_NAMED_RE
from dateline.geo.pairs import namesakes_together, sides_together
from dateline.geo.scoring import demonym_context, dominant_country
from dateline.text_layout import SENTENCE_END
from dateline.time import WD_NAMES

__all__ = ["revise_readings"]

# A town read this far from the unit the story places it in ("Holliday, Mo." as Holliday,
# Texas) takes the unit's point instead.
STATED_UNIT_KM = 500
# Twenty-second round: a province or state this populous stated after a town holds it even when
# the town's only reading lies abroad ("Stroud, Ontario", which the gazetteer lacks, is no
# Stroud in England); a small unit there is more often a list item ("Edge Hill, Trinity").
BIG_UNIT_POP = 500_000
# Nineteenth round: a unit with this many towns on file reaches as far as its farthest town
# plus UNIT_REACH_MARGIN_KM, and that reach replaces STATED_UNIT_KM when smaller ("Kiziltepe,
# Van province": Kiziltepe in Mardin lies 300 km from Van, whose towns lie within 90 km).
UNIT_REACH_TOWNS = 10
UNIT_REACH_MARGIN_KM = 50
# A container naming a big city the inner place lies in is that city ("Queens, New York").
CITY_CONTAINER_POP = 1_000_000  # (recognize.BIG_CITY, 100,000, is another threshold)
CITY_CONTAINER_KM = 30.0
# A village this small, alone of its country in a story clearly about another country, is a
# namesake found by name only ("Piccadilly" in a London story read as a hamlet in Australia).
STRAY_VILLAGE_POP = 10_000
# A site's name ("Victoria Park") and how many resolved places a story needs before one read in
# a country of its own counts as a stray namesake.
_SITE_NAME = re.compile(r"\s(?:Park|Square|Gardens?|Plaza|Stadium|Arena)$")
# A name right before an institution's noun names that institution ("the St. Nicolas hospital",
# "the Lincoln school"): a site too.
_INSTITUTION_NEXT = re.compile(
    r"(?:['\u2019]s)?\s+(?i:hospital|clinic|school|college|university|church|cathedral|mosque|"
    r"synagogue|temple|stadium|arena|hotel|prison|jail|camp)\b"
)
MIN_SITE_CONTEXT = 3
# A town read by another of its names and unsupported by the story is a chance match when
# big enough to carry many foreign names (Suva is "Suba" in some language), unless famous
# enough for news to call it so bare ("Mecca", "Calcutta"); a small one so named is famous
# for what happened there ("Chernobyl").
OTHER_NAME_POP = (50_000, 1_000_000)
_COMPASS_CITY = re.compile(
    r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)\s+(.+)"
)
_GULF_NAMES = frozenset({"Gulf", "the Gulf"})
# The seas news calls "the Gulf", by the countries on or near their shores.
_GULF_SHORES = {
    "Persian Gulf": ("SA", "AE", "QA", "KW", "BH", "OM", "IR", "IQ", "YE", "SY", "JO", "LB"),
    "Gulf of Mexico": ("US", "MX", "CU"),
}
# Words before a name that read it as a place ("in Barca", "the village of Barca").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|to|into|of|around|across)\s+$", re.I)
_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
# A part named with its city's possessive lies within this distance of the city.
PART_OF_CITY_KM = 50
# What a sentence says of a state ("the state of New York", "New York's governor", "upstate")
# and of a city ("the mayor of New York", "New York's subway"), for a name that is both.
_STATE_CUES = re.compile(
    r"\b(?:state of|the state|statewide|state's|upstate|downstate|governor|Gov\.|legislature|"
    r"legislators|"
    r"Assembly|primary|primaries|Sen\.|senator|Rep\.|congressman|congresswoman|electoral|"
    r"(?:Democrat|Republican|Independent)\s+of)"
    r"(?!\w)",
    re.I,
)
_CITY_CUES = re.compile(
    r"\b(?:mayor|City Hall|city council|subway|boroughs?|downtown|neighbou?rhoods?|"
    r"police department|city's|skyline)\b",
    re.I,
)
STATE_CITY_POP = 1_000_000
# A point in time or an indoor event right after the name, or presence right before it: a
# meeting or a stay happens in the city ("met with Trump in New York Saturday", "at a New
# York conference", "Gore was in New York anchoring coverage"; fifteenth round).
_CITY_HERE_AFTER = re.compile(
    rf"\s+(?:(?:on|last|this|next)\s+)?(?:{WD_NAMES.title()})\b"
    r"|\s+(?:conference|meeting|hotel|restaurant|apartment|penthouse|office|offices|"
    r"headquarters|fundraiser|gala|courtroom|studio|studios|townhouse)\b"
)
_CITY_HERE_BEFORE = re.compile(
    r"(?:\b(?:was|were)|\b(?:met|gathering|conference|summit|meeting|fundraisers?|gala|dinner|"
    r"kickoff|rally|speech|parade)\b"
    r"[^.,;:]{0,30})\s+in\s+$"
)  # "the gathering in September in New York" (second round)
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")
_STATE_WORD_AFTER = re.compile(r"\s+[Ss]tate\b")
_CITY_WORD_AFTER = re.compile(r"\s+City\b|-")
# A city's quarter by compass ("the South Side of Chicago", "the Lower East Side"): no town of
# its own; GeoNames gives the name to far suburbs as another name (Eltingville, Groton).
_CITY_SIDE = re.compile(r"(?:(?:Upper|Lower|Near|Far)\s+)?(?:North|South|East|West)[\s-]Side")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# "the Cincinnati suburb of West Chester" / "West Chester, a suburb of Cincinnati": the town
# lies near the city (a suburb lies within SUBURB_KM of it).
_CITY_FIRST = re.compile(r"\s+(?:suburb|exurb|neighbou?rhood|district|borough)\s+of\s+")
_SUBURB_WORD = re.compile(r"\b(?:suburb|exurb)\b")
_TOWN_FIRST = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:suburb|exurb|neighbou?rhood|district)\s+of\s+"
    r"(?:the\s+)?(?:city\s+of\s+)?"
)
SUBURB_KM = 80
# The word of "X district of <province>" / "X, a district of <province>" (see _district_of_unit).
_UNIT_DISTRICT = re.compile(r"\bdistrict\s+of\b")
# A town placed in a county by apposition ("Essex, a town in Chittenden County", "Essex,
# a Chittenden County town", "Essex (Chittenden County)", "the Chittenden County town of
# Essex", "Essex, Chittenden County") lies in that county: local news places its small towns
# so, and their namesakes elsewhere are often larger.
_COUNTY_NAME = re.compile(r"\s(?:County|Parish)$")
_TOWN_WORDS = r"(?:town|city|village|township|borough|community|hamlet|municipality)"
_TOWN_THEN_COUNTY = re.compile(
    rf",\s+(?:in\s+|(?:an?|the)\s+(?:[a-z]+\s+){{0,2}}{_TOWN_WORDS}\s+in\s+)?|\s*\(\s*"
)
_TOWN_THEN_COUNTY_TOWN = re.compile(r",\s+(?:an?|the)\s+(?:[a-z]+\s+)?")
# Twenty-second round: "the Cedar Lake area of Fulton County", "Essex, part of Chittenden
# County": a named area the gazetteer may know only far away lies in the county (its switch).
AREA_OF_COUNTY = True
_AREA_OF = re.compile(r",?\s+(?:an?\s+|the\s+)?(?:area|section|part|corner)\s+of\s+(?:the\s+)?")
_COUNTY_TOWN_WORD = re.compile(rf"\s+{_TOWN_WORDS}\b")
_COUNTY_THEN_TOWN = re.compile(rf"\s+{_TOWN_WORDS}\s+of\s+")
# A county listed with more places ("Essex, Chittenden County and Burlington") is a list item.
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\b")
# A town's reading this near its stated county's point lies in it; in the county's own state
# (by admin-1 code) the wider reach of the West's large counties (Needles lies 240 km from
# San Bernardino County's point). A reading farther off is another county's namesake.
COUNTY_TOWN_KM = 100
COUNTY_TOWN_SAME_STATE_KM = 400
# "studied at Oxford", "a degree from Cambridge": the town stands for its university, so the
# famous university town, not a namesake village the context favoured (Oxford, Md.).
_STUDIED_AT = re.compile(
    r"\b(?:(?:studied|studying|educated|graduated)\b[^.,;:]{0,20}\b(?:at|from)"
    r"|(?:degrees?|M\.F\.A\.|M\.B\.A\.|Ph\.D\.|J\.D\.|MBA|MFA|PhD)[^.,;:]{0,20}\bfrom"
    r"|(?:scholar|student|students|professor|lecturer)\s+at)\s+$"
)
# Universities known by a name that is some other town's (general knowledge; seventeenth
# round): after a study cue, "Columbia" is New York's university, not a town named Columbia.
_UNIVERSITY_SEATS = {
    "Columbia": "New York City", "Georgetown": "Washington", "Harvard": "Cambridge",
    "Yale": "New Haven", "Stanford": "Stanford", "Duke": "Durham", "Vanderbilt": "Nashville",
    "Emory": "Atlanta", "Cornell": "Ithaca", "Northwestern": "Evanston", "Fordham": "New York City",
}  # fmt: skip  # not "a graduate from Edmonton": where a person comes from
UNIVERSITY_TOWN_POP = 100_000
# A treaty, accord or statute named after a city is named after the famous one ("the Rome
# Statute", "the Geneva Conventions", "the Kyoto Protocol"), never a namesake town.
# A capitalised word and one space right before a name: a given name, if the table knows it.
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# "the" right before a name: a plural after it may be a family ("the Smiths").
_THE_BEFORE = re.compile(r"\b[Tt]he $")
# "Coalition for Unity and Democracy", "Party for Peace, Justice and Unity": the list of
# capitalised words after "for" in a title-case name of two words or more (not "Funding for
# Springfield" opening a sentence); the list ends the name ("packed the Greenyards for the
# Melrose Sevens" is a tournament's name: table 76).
_CAUSE_LIST = re.compile(
    r"(?:\b[Tt]he |[A-Z][\w'.\u2019-]* )[A-Z][\w'-]* for (?:the )?"
    r"([A-Z][\w'-]*(?:(?:,| and|, and) [A-Z][\w'-]*)*)(?![\w'-]| [A-Z])"
)
_LIST_WORD = re.compile(r"[A-Z][\w'-]*")
# An organisation's name is "for" a town this small only as a cause ("Coalition for Unity").
CAUSE_TOWN_POP = 100_000
# The words after a treaty's name, or a recurring event's ("the Berlin film festival", "the
# Boston Marathon", "the Helsinki summit"): news names both after the famous town.
_TREATY_AFTER = re.compile(
    r"\s+(?:Conventions?|Treaty|Accords?|Agreements?|Protocols?|Statute|Pact|Declaration|"
    r"Consensus|Charter|(?i:(?:international\s+)?(?:film\s+)?festival|biennale|marathon|"
    r"summit|grand\s+prix))\b"
)
# "Kalam in the Swat Valley, north-west Pakistan": a town placed in a region, then a country
# (with an optional compass part) in apposition lies in that country.
_IN_REGION_OF = re.compile(
    r"\s+in\s+(?:the\s+)?[A-Z][^,.;:()\n]{0,50},\s+"
    r"(?:(?:(?:far|the)\s+)?(?:north|south|east|west|central|centre)[\w-]*\s+(?:of\s+)?)?",
    re.I,
)
# "near San Juan in western Argentina": a town followed by "in" and a country (with an optional
# compass part) lies in that country.
_IN_COUNTRY = re.compile(
    r"\s+in\s+(?:(?:(?:far|the)\s+)?(?:north|south|east|west|central|centre)[\w-]*\s+)?",
    re.I,
)


def revise_readings(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    pair_lists: list[list[Candidate]],
    results: list[Resolution | None],
) -> None:
    """Revise ``results`` in place, pass by pass (the order matters: containers resolve before
    the passes that read them)."""
    _country_over_namesake_unit(mentions, scored, results)
    _resolve_containers(mentions, results, pair_lists)
    _within_stated_container(text, mentions, results)
    _possessive_container(text, mentions, scored, results)
    _state_or_city(text, mentions, results)
    _city_sides(text, mentions, results)
    _suburbs(text, mentions, scored, results)
    counties_in_home_state(mentions, scored, results)
    bare_counties_in_home_state(mentions, results)
    counties_in_stated_units(text, mentions, results)
    british_counties(text, mentions, results)
    _towns_in_stated_counties(text, mentions, scored, results)
    towns_of_named_counties(text, mentions, scored, results)
    towns_of_irish_counties(text, mentions, scored, results)
    rivers_named_bare(text, mentions, results)
    regions_of_named_units(text, mentions, scored, results)
    towns_beside_features(text, mentions, scored, results)
    towns_beyond_state_lines(text, mentions, scored, results)
    towns_at_features(text, mentions, scored, results)
    towns_on_interstates(text, mentions, scored, results)
    towns_by_bearing(text, mentions, scored, results)
    towns_of_ranked_cities(text, mentions, scored, results)
    counties_of_county_towns(text, mentions, results)
    towns_of_national_police(text, mentions, scored, results)
    towns_of_selectmen(text, mentions, results)
    towns_of_own_councils(text, mentions, results)
    towns_named_as_countries(text, mentions, scored, results)
    _university_towns(text, mentions, scored, results)
    namesakes_together(mentions, results)
    sides_together(text, mentions, results)
    _placed_in_country(text, mentions, scored, results)
    _unsupported_common_words(text, mentions, results)
    _foreign_common_nouns(mentions, results)
    _bare_gulf(mentions, results)
    _compass_parts(mentions, results)
    _drop_stray_villages(mentions, results)
    _drop_stray_other_names(text, mentions, results)
    _drop_lone_villages(text, mentions, results)
    _drop_stray_parts(mentions, results)
    _drop_stray_sites(text, mentions, scored, results)
    _drop_surnames(text, mentions, results)
    _drop_families(text, mentions, results)
    _drop_causes(text, mentions, results)


def _country_over_namesake_unit(
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A bare country name is the country, not its namesake unit inside it: "eastward Panama"
    is Panama, not Panamá province, even when nearby towns lie in the province. A unit word
    ("Panama Province"), a container or a caller's unit hint keeps the unit."""
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or res.candidate.kind not in ADMIN_KINDS or m.kind_hint in OWN_READING:
            continue
        if m.container or UNIT_WORD.search(m.text):
            continue
        country = next(
            (
                c
                for _, c in scored[i]
                if c.kind == "country" and c.cc == res.candidate.cc and c.quality <= ALTERNATE
            ),
            None,
        )
        if country is not None:
            results[i] = Resolution(country, res.score, [res.candidate])


def _resolve_containers(
    mentions: list[Mention], results: list[Resolution | None], pairs: list[list[Candidate]]
) -> None:
    """The "KY" of "Louisville, KY" is the state that contains the chosen Louisville."""
    at = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for m, res, pair in zip(mentions, results, pairs, strict=True):
        j = at.get(m.container) if m.container else None
        if j is None or res is None:
            continue
        outer = [p for p in pair if inside(res.candidate, p)]
        city = _surrounding_city(mentions[j].text, res.candidate)
        if city is not None:
            results[j] = Resolution(city, res.score, [])
        elif outer:
            other_state = _county_of_other_state(res.candidate)
            results[j] = Resolution(min(outer, key=other_state), res.score, [])


def _county_of_other_state(inner: Candidate) -> Callable[[Candidate], bool]:
    """Whether a container is a county of another state than the town's: the last choice
    (Jackson, Wyo., lies 35 km from Teton County, Idaho, and in Teton County, Wyo.)."""
    return lambda c: c.kind == "admin2" and c.adm1 != inner.adm1


def _surrounding_city(name: str, inner: Candidate) -> Candidate | None:
    """The big city a container names when the inner place lies in it ("Queens, New York",
    "Brooklyn, New York" name New York City; "Albany, New York" names the state)."""
    readings = gazetteer().lookup(name)
    if any(c.kind == "country" and c.quality <= ALTERNATE for c in readings):
        return None  # "Salinas, Mexico" names the country, not Mexico City
    for c in readings:
        big = c.kind == "city" and c.pop >= CITY_CONTAINER_POP and c.cc == inner.cc
        if big and c.pid != inner.pid and km(c, inner) <= CITY_CONTAINER_KM:
            return c
    return None


def _within_stated_container(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """ "Holliday, Mo." when the gazetteer knows no Holliday in Missouri: the story says where
    the town is, so its point is the state's, not a namesake's in Texas (the reading is named
    for the container, so a reader sees how coarse it is)."""
    at = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.unmatched is None or res.candidate.kind != "city":
            continue
        j = at.get(m.unmatched)
        outer = results[j].candidate if j is not None and results[j] is not None else None
        if outer is None or outer.kind not in ("country", "admin1"):
            continue
        if outer.kind == "admin1" and outer.cc != res.candidate.cc and outer.pop < BIG_UNIT_POP:
            continue  # "Edge Hill, Trinity": a suburb list, not a parish of Jersey
        # Far off only: admin codes of provinces and regions differ between sources, so a
        # town near its stated unit ("Pandi, Bulacan") is kept.
        if not inside(res.candidate, outer) and km(res.candidate, outer) > _reach(outer):
            results[i] = Resolution(outer, res.score, [res.candidate])


def _reach(unit: Candidate) -> float:
    """How far from its point a stated unit may hold a town: a country or a unit with few
    towns on file, :data:`STATED_UNIT_KM`; a province, its farthest town plus a margin."""
    if unit.kind != "admin1" or not unit.adm1:
        return STATED_UNIT_KM
    return _unit_reach(unit.cc, unit.adm1, unit.lat, unit.lon)


@lru_cache(maxsize=1024)
def _unit_reach(cc: str, adm1: str, lat: float, lon: float) -> float:
    """:func:`_reach` of a province, kept per unit: its farthest town is a scan of all its
    towns, the same every time a story states the unit."""
    towns = gazetteer().unit_towns(cc, adm1)
    if len(towns) < UNIT_REACH_TOWNS:
        return STATED_UNIT_KM
    farthest = max(haversine_km(lat, lon, t_lat, t_lon) for t_lat, t_lon in towns)
    return min(STATED_UNIT_KM, farthest + UNIT_REACH_MARGIN_KM)


def _possessive_container(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """ "Cairo's Abbasiya neighbourhood", "Giza's Haram district": the part lies in the city
    (or country) that owns it. Its own reading there is kept; with none, the owner's point
    stands in (never a namesake abroad, Yehud in Israel for Abbasiya)."""
    for i in range(1, len(mentions)):
        owner, res = results[i - 1], results[i]
        if owner is None or res is None or res.candidate.kind not in ("city", "admin2"):
            continue
        if not _POSSESSIVE_GAP.fullmatch(text[mentions[i - 1].end : mentions[i].start]):
            continue
        city = owner.candidate
        if city.kind == "country":
            state = _owning_state(scored[i - 1], scored[i], city)
            if state is not None:
                results[i - 1] = Resolution(state, owner.score, [city])
                _place_within(i, scored, results, state, partial(_inside_unit, state))
            else:
                _place_within(i, scored, results, city, _in_country(city.cc))
        elif city.kind == "city":
            _place_within(i, scored, results, city, near(city, PART_OF_CITY_KM))


def _inside_unit(unit: Candidate, c: Candidate) -> bool:
    return inside(c, unit)


def _owning_state(
    owner: list[tuple[float, Candidate]], part: list[tuple[float, Candidate]], country: Candidate
) -> Candidate | None:
    """A possessive read as a country that holds none of the part's readings, while a state of
    the owner's name holds one ("Georgia's Athens": the state and its town, not Georgia the
    country and a point standing in for an Athens it lacks): the state. The two readings
    support each other."""
    if any(c.cc == country.cc for _, c in part):
        return None
    states = [c for _, c in owner if c.kind == "admin1" and c.quality == OFFICIAL]
    return next((s for s in states if any(inside(c, s) for _, c in part)), None)


def _state_or_city(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """A bare name that is a state and its big city ("New York") follows its sentence: "the
    mayor of New York", "New York's subway" or a district of the city nearby is the city;
    "New York's governor", "upstate", "the state of New York" or a town of the state far from
    the city is the state, and so is one listed with other states. Otherwise a story filed
    from the city ("NEW YORK (AP) -") means the city, and elsewhere the context's reading
    stays. The dateline itself is the city whatever its sentence says (a town files)."""
    filed_from = {
        normalize(m.text): r.candidate.pid
        for m, r in zip(mentions, results, strict=True)
        if m.kind_hint == "dateline" and r is not None and r.candidate.kind == "city"
    }
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or m.within or res.candidate.kind not in ("admin1", "city"):
            continue
        if m.kind_hint == "dateline":
            continue
        pair = _state_and_city(m)
        if pair is None or res.candidate.pid not in (pair[0].pid, pair[1].pid):
            continue
        state, city = pair
        if _STATE_WORD_AFTER.match(text, m.end) or _CITY_WORD_AFTER.match(text, m.end):
            continue  # "New York state", "New York City", "New York-based": settled already
        city_said, state_said = _cues(text, mentions, results, i, state, city)
        if city_said and not state_said:
            results[i] = Resolution(city, res.score, [state])
        elif state_said and not city_said:
            results[i] = Resolution(state, res.score, [city])
        elif not state_said and filed_from.get(normalize(m.text)) == city.pid:
            results[i] = Resolution(city, res.score, [state])


def _state_and_city(m: Mention) -> tuple[Candidate, Candidate] | None:
    """The state a name names and its big city of the same name inside it, if both exist."""
    readings = [c for c in gazetteer().lookup(m.text) if c.quality <= ALTERNATE]
    state = next((c for c in readings if c.kind == "admin1" and c.quality == 0), None)
    city = next(
        (
            c
            for c in readings
            if c.kind == "city" and c.pop >= STATE_CITY_POP and state and inside(c, state)
        ),
        None,
    )
    if state is None or city is None:
        return None
    return state, city


def _cues(
    text: str,
    mentions: list[Mention],
    results: list[Resolution | None],
    i: int,
    state: Candidate,
    city: Candidate,
) -> tuple[bool, bool]:
    """(the sentence speaks of the city, it speaks of the state) around mention ``i``."""
    m = mentions[i]
    left, sentence = _sentence_around(text, m.start, m.end)
    others = [
        r.candidate
        for n, r in zip(mentions, results, strict=True)
        if r is not None and n is not m and left <= n.start < left + len(sentence)
    ]
    near = [c for c in others if c.kind == "city" and c.pid != city.pid and km(c, city) < 30]
    far = [c for c in others if c.kind == "city" and inside(c, state) and km(c, city) > 100]
    here = _CITY_HERE_AFTER.match(text, m.end) or _CITY_HERE_BEFORE.search(
        text, max(0, m.start - 50), m.start
    )
    city_said = bool(_CITY_CUES.search(sentence)) or bool(near) or bool(here)
    city_said = city_said or _listed_with_cities(text, mentions, results, i)
    listed = _listed_with_units(text, mentions, results, i, state)
    state_said = bool(_STATE_CUES.search(sentence)) or bool(far) or listed
    return city_said, state_said


def _sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence holding ``text[start:end]`` and where it starts (an abbreviation's dot,
    "Gov. ", does not end it)."""
    stops = [m.end() for m in SENTENCE_END.finditer(text, max(0, start - 300), start)]
    left = stops[-1] if stops else max(0, start - 300)
    after = SENTENCE_END.search(text, end, end + 300)
    return left, text[left : after.start() + 1 if after else min(len(text), end + 300)]


def _listed_with_units(
    text: str, mentions: list[Mention], results: list[Resolution | None], i: int, unit: Candidate
) -> bool:
    """Whether mention ``i`` stands in a list beside another admin unit of the same country
    ("Long Island, New York, Pennsylvania, and New Jersey")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or results[j] is None:
            continue
        other = results[j].candidate  # type: ignore[union-attr]
        if other.kind != "admin1" or other.cc != unit.cc or other.pid == unit.pid:
            continue
        a, b = sorted((mentions[i], mentions[j]), key=lambda m: m.start)
        if _LIST_GAP.fullmatch(text[a.end : b.start]):
            return True
    return False


def _listed_with_cities(
    text: str, mentions: list[Mention], results: list[Resolution | None], i: int
) -> bool:
    """Whether mention ``i`` stands in a list beside a big city ("passengers from New York and
    Toronto"): the list names cities, as one beside states names states."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or results[j] is None:
            continue
        other = results[j].candidate  # type: ignore[union-attr]
        if other.kind != "city" or other.pop < STATE_CITY_POP:
            continue
        a, b = sorted((mentions[i], mentions[j]), key=lambda m: m.start)
        if _LIST_GAP.fullmatch(text[a.end : b.start]):
            return True
    return False


def _drop_stray_villages(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a small foreign village the story gives no support to (no container, no
    other place in its country) when most of the story's places are in one other country."""
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    home = dominant_country(ccs)
    if home is None:
        return
    for i, m, res in loose_readings(mentions, results):
        if m.unmatched:
            continue
        c = res.candidate
        if c.kind == "city" and c.pop < STRAY_VILLAGE_POP and c.cc != home and ccs[c.cc] == 1:
            results[i] = None


def _drop_stray_other_names(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """Unresolve a town the name matches only as another name (a foreign exonym, a
    transliteration, a spelling with its accents folded) when nothing else in a story of
    :data:`MIN_SITE_CONTEXT` places or more, set mostly in one other country, lies in its country
    and no demonym names it:
    "Marburg" beside Uganda and Kenya is the virus, not Maribor (Slovenia), and "Suba" among
    Kenyan districts no Suva (Fiji). Only towns of a size in :data:`OTHER_NAME_POP`."""
    read = [(normalize(m.text), r.candidate) for m, r in zip(mentions, results, strict=True) if r]
    named: set[str] | None = None  # the demonyms' countries, found once a town needs them
    low, high = OTHER_NAME_POP
    for i, m, res in loose_readings(mentions, results):
        c = res.candidate
        if m.kind_hint or c.kind != "city" or c.quality == OFFICIAL or not low <= c.pop < high:
            continue
        own = normalize(m.text)  # once, not per other name
        others = [k for key, k in read if key != own]
        if len(others) < MIN_SITE_CONTEXT:
            continue
        if any(k.cc == c.cc and k.quality == OFFICIAL for k in others):
            continue  # another name's own reading there ("Mecca" beside Jeddah)
        if dominant_country(Counter(k.cc for k in others)) is None:
            continue  # a list of the world's cities ("Seville, London, Paris and Berlin")
        if named is None:
            named = {v[0].cc for v in demonym_context(text, mentions).values() if v}
        if c.cc not in named:
            results[i] = None


def _compass_parts(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "East London" in a story that names London is London's east, not the South African
    city, when that reading is alone of its country: a compass word before a city the story
    reads elsewhere names part of it (seventeenth round)."""
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    cities = {
        m.text: r.candidate
        for m, r in zip(mentions, results, strict=True)
        if r is not None and r.candidate.kind == "city"
    }
    for i, m, res in loose_readings(mentions, results):
        hit = _COMPASS_CITY.fullmatch(m.text)
        c = res.candidate
        if hit is None or c.kind != "city" or ccs[c.cc] != 1:
            continue
        whole = cities.get(hit.group(1))
        if whole is not None and whole.cc != c.cc:
            results[i] = Resolution(whole, res.score, [c])


def _bare_gulf(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "the Gulf", "the Gulf States": the sea whose shores the story's other places lie on
    (the Persian Gulf in a story about Syria and Iran, the Gulf of Mexico in one about Texas or
    Florida), never Papua New Guinea's Gulf Province unless the story names that country
    (seventeenth round: twelve "Gulf"s in a Middle East story were the province)."""
    gulfs = [i for i, m in enumerate(mentions) if m.text in _GULF_NAMES]
    ccs = Counter(
        r.candidate.cc
        for i, r in enumerate(results)
        if r is not None and r.candidate.cc and i not in gulfs
    )
    for i in gulfs:
        res = results[i]
        if res is None or res.candidate.kind != "admin1" or ccs[res.candidate.cc]:
            continue  # the sea already, or the province of a country the story names
        shores = {sea: sum(ccs[cc] for cc in around) for sea, around in _GULF_SHORES.items()}
        sea = max(shores, key=lambda k: shores[k])
        found = [c for c in gazetteer().lookup(sea) if c.kind == "sea"] if shores[sea] else []
        results[i] = Resolution(found[0], res.score, [res.candidate]) if found else None


def _drop_lone_villages(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """Unresolve a small village alone of its country, in a story that names football clubs
    and places at least :data:`MIN_SITE_CONTEXT` mentions elsewhere, when nothing reads it as a
    place (no place preposition, container or dateline): a club's short name ("a six-point
    lead over Barca" after "Real Madrid" was a Romanian village; seventeenth round)."""
    if not _names_clubs(text):
        return  # only in stories that name clubs ("Real Madrid"), whose short names they use
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    for i, m, res in loose_readings(mentions, results):
        c = res.candidate
        if m.unmatched or m.kind_hint or c.kind != "city" or c.pop >= STRAY_VILLAGE_POP:
            continue
        if ccs[c.cc] != 1 or sum(ccs.values()) - 1 < MIN_SITE_CONTEXT:
            continue
        if not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
            results[i] = None


def _names_clubs(text: str) -> bool:
    """Whether the story names a football club ("Real Madrid", "Bayern Munich", "Leeds FC")."""
    return any(text[m.end() : m.end() + 1].isupper() for m in CLUB_BEFORE_RE.finditer(text)) or (
        CLUB_NAMED_RE.search(text) is not None
    )


def _drop_stray_parts(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a part named by direction ("Central Plateau", whole name unknown) read as part
    of a namesake unit or town in a country no other place of the story lies in, when most of
    the story's places lie in one other country: Haiti's Central Plateau is no part of
    Nigeria's Plateau state."""
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    home = dominant_country(ccs)
    if home is None:
        return
    for i, m, res in loose_readings(mentions, results):
        c = res.candidate
        if c.cc == home or ccs[c.cc] > 1 or c.kind not in ("city", "admin1", "admin2"):
            continue
        if not gazetteer().lookup(m.text) and part_of(m.text):
            results[i] = None


def _drop_stray_sites(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """Unresolve a park's or square's name, or a name before an institution's noun, read as a
    namesake town in a country no other place of the story lies in ("Victoria Park" in a story
    from London, Ont., is no suburb of Hong Kong; "the St. Nicolas hospital" in Haiti no Belgian
    town): the story means a site near its own places, which the gazetteer lacks. A site the
    same sentence places in a later town takes that town's point; a name that is a town of the
    story's countries too is that town ("The New Amsterdam hospital" in a Guyana story)."""
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    if sum(ccs.values()) < MIN_SITE_CONTEXT:
        return
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        site = _SITE_NAME.search(m.text) or _INSTITUTION_NEXT.match(text, m.end)
        if res is None or m.container or not site:
            continue
        c = res.candidate
        if c.kind in ("city", "admin2") and ccs[c.cc] == 1:
            town = next((t for _, t in scored[i] if _town_of_the_story(t, c, ccs)), None)
            if town is not None:
                results[i] = Resolution(town, res.score, [c])
                continue
            host = _host_town(text, mentions, results, i)
            results[i] = None if host is None else Resolution(host, res.score, [c])
            if host is not None:
                m.kind_hint = "facility"  # the site's own name, at its town's point


def _town_of_the_story(town: Candidate, stray: Candidate, ccs: Counter[str]) -> bool:
    """Whether ``town`` is a town of another country the story's places lie in."""
    return town.kind == "city" and town.cc != stray.cc and ccs[town.cc] > 0 and town.pop > 0


def _host_town(
    text: str, mentions: list[Mention], results: list[Resolution | None], i: int
) -> Candidate | None:
    """The town the site's sentence places it in, after it ("the St. Nicolas hospital, the
    main medical facility in St. Marc"): a later town of the same sentence in another
    country than the stray reading."""
    left, sentence = _sentence_around(text, mentions[i].start, mentions[i].end)
    stray = results[i].candidate if results[i] is not None else None
    for m, r in zip(mentions[i + 1 :], results[i + 1 :], strict=True):
        if m.start >= left + len(sentence):
            break
        if r is not None and r.candidate.kind == "city" and stray and r.candidate.cc != stray.cc:
            return r.candidate
    return None


def _city_sides(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "the South Side of Chicago" lies in the city after "of" (its point); a side named alone
    keeps a reading only within :data:`PART_OF_CITY_KM` of a town the story names, else none."""
    cities = [r.candidate for r in results if r is not None and r.candidate.kind == "city"]
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or not _CITY_SIDE.fullmatch(m.text):
            continue
        nxt = results[i + 1] if i + 1 < len(mentions) else None
        gap = text[m.end : mentions[i + 1].start] if i + 1 < len(mentions) else ""
        if nxt is not None and nxt.candidate.kind == "city" and _OF_GAP.fullmatch(gap):
            results[i] = Resolution(nxt.candidate, res.score, [res.candidate])
            continue
        own = res.candidate
        if not any(c.pid != own.pid and km(own, c) <= PART_OF_CITY_KM for c in cities):
            results[i] = None


def _place_within(
    i: int,
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
    container: Candidate,
    within: Callable[[Candidate], bool],
    stand_in: Candidate | None = None,
) -> None:
    """Mention ``i`` lies ``within`` a container the story states: a reading outside it gives
    way to the mention's own reading inside it, else to ``stand_in`` or the container's point
    (never a namesake abroad). The shared step of the possessive, suburb, district, county and
    country passes."""
    res = results[i]
    if res is None or within(res.candidate):
        return
    own = next((c for _, c in scored[i] if within(c) and c.pid != container.pid), None)
    results[i] = Resolution(own or stand_in or container, res.score, [res.candidate])


def _in_country(cc: str, *, units_only: bool = False) -> Callable[[Candidate], bool]:
    """Whether a reading lies in country ``cc`` (with ``units_only``, not as the country)."""
    return lambda c: c.cc == cc and not (units_only and c.kind == "country")


def _suburbs(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town called a suburb or district of a city lies near it: its reading there, else the
    city's point (the gazetteer lacks West Chester, Ohio; not West Chester, Pa.)."""
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end : mentions[i + 1].start]
        if _CITY_FIRST.fullmatch(gap):
            city_at, town_at = _city_then_part(gap, i, results)
        elif _TOWN_FIRST.fullmatch(gap):
            city_at, town_at = i + 1, i
        else:
            continue
        if _UNIT_DISTRICT.search(gap) and _district_of_unit(i, mentions, scored, results):
            continue
        city, town = results[city_at], results[town_at]
        if city is None or town is None or city.candidate.kind != "city":
            continue
        if town.candidate.kind not in ("city", "admin2"):
            continue
        _place_within(town_at, scored, results, city.candidate, near(city.candidate, SUBURB_KM))


def _city_then_part(gap: str, i: int, results: list[Resolution | None]) -> tuple[int, int]:
    """Which of "the A <word> of B" is the city: A for a suburb ("the Cincinnati suburb of West
    Chester"); for a district, neighbourhood or borough the larger town, since both orders
    are news usage ("the Wembley district of London", "the Berlin district of Kreuzberg")."""
    if _SUBURB_WORD.search(gap):
        return i, i + 1
    first, second = results[i], results[i + 1]
    if first is None or second is None or second.candidate.pop >= first.candidate.pop:
        return i + 1, i
    return i, i + 1


def _district_of_unit(
    i: int,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> bool:
    """ "the Nawa district of Helmand province", "Nawa, a district of Helmand": a district of
    a first- or second-level unit lies in that unit's country, so a namesake abroad gives way
    to a reading there, else to the unit's point as a district with no GeoNames id. Whether
    mention ``i`` is such a district of mention ``i + 1``."""
    unit, district = results[i + 1], results[i]
    if unit is None or unit.candidate.kind not in ADMIN_KINDS or district is None:
        return False
    point = replace(unit.candidate, name=mentions[i].text, kind="district", geonameid=None)
    within = _in_country(unit.candidate.cc, units_only=True)
    _place_within(i, scored, results, unit.candidate, within, stand_in=point)
    return True


def _towns_in_stated_counties(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town the story places in a county by apposition lies in it: its reading there (same
    state, within :data:`COUNTY_TOWN_KM` of the county's point), else the county's point, never
    a namesake in another state ("Essex, a Chittenden County town" is no Essex, Md., though the
    gazetteer has no Essex in Vermont)."""
    for town_at, county_at in _town_county_pairs(text, mentions):
        town, county = results[town_at], results[county_at]
        if town is None or county is None or county.candidate.kind != "admin2":
            continue
        if town.candidate.kind == "city":
            _place_within(town_at, scored, results, county.candidate, _in_county(county.candidate))


def _town_county_pairs(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(town, county) mention indexes of each apposition that places a town in a county; a
    county inside an organisation's name places nothing ("Newcastle, Durham County Council
    said": the council speaks)."""
    pairs = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if first.within is not None or second.within is not None:
            continue
        gap = text[first.end : second.start]
        after = text[second.end : second.end + 40]
        if _COUNTY_NAME.search(second.text) and _town_then_county(gap, after):
            pairs.append((i, i + 1))
        if _COUNTY_NAME.search(first.text) and _COUNTY_THEN_TOWN.fullmatch(gap):
            pairs.append((i + 1, i))
    return pairs


def _town_then_county(gap: str, after: str) -> bool:
    """Whether the words between a town and a county (``gap``) and after the county place the
    town in it: "Essex, in| Chittenden County", "Essex (|Chittenden County)", "Essex, a
    |Chittenden County| town", "the Essex| area of |Chittenden County"; not a list ("Essex,
    Chittenden County and Burlington")."""
    if _LIST_GOES_ON.match(after):
        return False
    if AREA_OF_COUNTY and _AREA_OF.fullmatch(gap):
        return True
    if _TOWN_THEN_COUNTY.fullmatch(gap):
        return not gap.lstrip().startswith("(") or after.lstrip().startswith(")")
    return bool(_TOWN_THEN_COUNTY_TOWN.fullmatch(gap) and _COUNTY_TOWN_WORD.match(after))


def _in_county(county: Candidate) -> Callable[[Candidate], bool]:
    """Whether a town reading lies in ``county``: its country, near its point, or a little
    farther in its state (the admin-1 code alone is not enough: some countries' county codes
    follow older provinces than their towns' do)."""

    def within(c: Candidate) -> bool:
        if c.kind != "city" or c.cc != county.cc:
            return False
        reach = COUNTY_TOWN_SAME_STATE_KM if c.adm1 == county.adm1 else COUNTY_TOWN_KM
        return km(c, county) <= reach

    return within


def _university_towns(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town one studies at is its university, and a town a treaty is named after is the
    famous one: the most populous reading of the name (:data:`UNIVERSITY_TOWN_POP` or more),
    unless a container says otherwise."""
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or res.candidate.kind != "city":
            continue
        studied = _STUDIED_AT.search(text, max(0, m.start - 60), m.start)
        if not (studied or _TREATY_AFTER.match(text, m.end)):
            continue
        seat = _UNIVERSITY_SEATS.get(m.text) if studied else None
        if seat is not None:
            home = [c for c in gazetteer().lookup(seat) if c.kind == "city" and c.cc == "US"]
            if home:
                best = max(home, key=lambda c: c.pop)
                results[i] = Resolution(best, res.score, [res.candidate])
                m.kind_hint = "facility"  # the university, at its town's point
            continue
        towns = [c for _, c in scored[i] if c.kind == "city" and c.quality == 0]
        big = max(towns, key=lambda c: c.pop, default=None)
        if big is not None and big.pop >= UNIVERSITY_TOWN_POP and big.pid != res.candidate.pid:
            results[i] = Resolution(big, res.score, [res.candidate])


def _placed_in_country(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """A town placed "in the Swat Valley, north-west Pakistan" lies in that country: its reading
    there, else the country's point (Kalam, which the gazetteer lacks, is not Kallam, India)."""
    for i, m in enumerate(mentions):
        res = results[i]
        if res is None or res.candidate.kind not in ("city", "admin2"):
            continue
        country = _country_after(text, m, mentions, results, i)
        if country is not None:
            inner = _in_country(country.cc, units_only=True)
            _place_within(i, scored, results, country, inner)


def _country_after(
    text: str, m: Mention, mentions: list[Mention], results: list[Resolution | None], i: int
) -> Candidate | None:
    """The country a town is placed in by "in <region>, <compass> <Country>" or "in <compass>
    <Country>", if any."""
    for j in range(i + 1, min(i + 3, len(mentions))):
        other = results[j]
        gap = text[m.end : mentions[j].start]
        if other is not None and other.candidate.kind == "country":
            placed = _IN_REGION_OF.fullmatch(gap) or _IN_COUNTRY.fullmatch(gap)
            return other.candidate if placed else None
    return None


def _unsupported_common_words(
    text: str, mentions: list[Mention], results: list[Resolution | None]
) -> None:
    """A sentence-opening common word read as a town ("Man, you are working it hard" as Man,
    Côte d'Ivoire; "Hail Trump" as Ha'il) stays only when the story's other places or its
    demonyms name the town's country ("Nice is lovely" beside "the French Riviera"); one the
    story also writes in lower case ("unity ... Unity doesn't mean") only when they name the
    town's state or province."""
    flagged = [i for i, m in enumerate(mentions) if m.common_word and results[i] is not None]
    if not flagged:
        return
    support = _countries_read(mentions, results, lambda m: m.common_word)
    support |= {cands[0].cc for cands in demonym_context(text, mentions).values() if cands}
    units = {
        (r.candidate.cc, r.candidate.adm1)
        for m, r in zip(mentions, results, strict=True)
        if r is not None and not m.common_word and r.candidate.adm1
    }
    for i in flagged:
        res = results[i]
        if res is None:
            continue
        c = res.candidate
        if _lower_case_word(text, mentions[i].text):
            supported = (c.cc, c.adm1) in units  # "unity ... Unity": its state must be named
        else:
            supported = c.cc in support
        if not supported:
            results[i] = None


# A city at least this big keeps its reading by name alone even where its name is an English
# noun ("a Nice attack survivor" in a Chicago story).
_NOTED_CITY = 300_000
# Countries that name towns with English words on purpose ("Kingston", "Pittsfield", which the
# lemmatizer's index lists as nouns too): only elsewhere is such a name chance spelling.
_ENGLISH_NAMING = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


def _foreign_common_nouns(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """ "Louisville Metro police" (Metro, Lampung), "Commonwealth lawmakers in Kentucky" (a
    Quezon City barangay): an unplaced English noun read as a city of a country none of the
    story's other places lies in, and where English is not the language of town names, is the
    noun, when the story names places at all."""
    support = _countries_read(mentions, results, lambda m: m.common_noun or m.common_word)
    if not support:
        return
    for i, m in enumerate(mentions):
        res = results[i]
        if not m.common_noun or res is None:
            continue
        c = res.candidate
        if (
            c.kind == "city"
            and c.pop < _NOTED_CITY
            and c.cc not in support
            and c.cc not in _ENGLISH_NAMING
        ):
            results[i] = None


def _countries_read(
    mentions: list[Mention], results: list[Resolution | None], doubtful: Callable[[Mention], bool]
) -> set[str]:
    """The countries of the story's readings, less those of the ``doubtful`` mentions: what
    supports (or not) a doubtful name's reading."""
    return {
        r.candidate.cc
        for m, r in zip(mentions, results, strict=True)
        if r is not None and not doubtful(m)
    }


def _lower_case_word(text: str, name: str) -> bool:
    """Whether the story also writes the name in lower case, as a common noun."""
    return re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _drop_surnames(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a town read from a word right after a common given name, where the two words
    name no place: "golfer Brooke Henderson", which NER tags as a place, is a person, not
    Henderson, Nev. A cue beside the name ("Brooke Henderson, Nev.") keeps the town."""
    for i, m, res in loose_readings(mentions, results):
        if res.candidate.kind not in ("city", "admin2") or m.unmatched or " " in m.text:
            continue
        hit = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
        if hit is None or not given_name(hit[1]):
            continue
        if not gazetteer().lookup(text[hit.start(1) : m.end]):
            results[i] = None


def _drop_families(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a plural after "the" that the gazetteer knows only as part or another name
    of a place: "the Smiths said" is a family (or a band), not Smiths Station, Ala.; places
    named so bear the plural as their own name ("the Hamptons", "The Dalles")."""
    for i, m, res in loose_readings(mentions, results):
        c = res.candidate
        if not m.text.endswith("s") or " " in m.text or c.kind not in ("city", "airport"):
            continue
        if not _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if normalize(c.name) != normalize(m.text) or c.quality != OFFICIAL:
            results[i] = None


def _drop_causes(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a name listed after "for" in an organisation's name, as a cause, not a place:
    a town under :data:`CAUSE_TOWN_POP` people, or any town or unit listed with a word no place
    bears ("the Coalition for Unity and Democracy" is neither Unity, N.H. nor South Sudan's
    Unity state). A country, or a state or big city listed alone, stays ("Doctors for Iraq",
    "Citizens for Louisville")."""
    causes = [(hit.span(1), _names_a_cause(hit.group(1))) for hit in _CAUSE_LIST.finditer(text)]
    if not causes:
        return
    for i, m, res in loose_readings(mentions, results):
        c = res.candidate
        if c.kind not in ("city", "admin1", "admin2") or m.unmatched:
            continue
        for (start, end), abstract in causes:
            if start <= m.start and m.end <= end:
                if abstract or (c.kind != "admin1" and c.pop < CAUSE_TOWN_POP):
                    results[i] = None
                break


def _names_a_cause(listed: str) -> bool:
    """Whether a list after "for" has a word that names no place ("Democracy")."""
    return any(
        not any(c.quality == 0 for c in gazetteer().lookup(w.group()))
        for w in _LIST_WORD.finditer(listed)
    )
