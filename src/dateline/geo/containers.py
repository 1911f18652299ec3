"""What the words around a name say of it: its container and the kind it must be.

"Long Beach, CA", "the Deer Valley resort in Utah" name a container; "the state of", "Georgia
Gov.", "Fulton and DeKalb counties", "the city of", "New York-based" and lists of states
restrict the kind; an admin unit inside a list ("Georgia, Oklahoma, Pennsylvania") has no
container, since the next item is its neighbour.
"""

from __future__ import annotations

import re

from dateline.geo.candidates import (
    NAMESAKE_SHARE,
    SIZEABLE,
    abbreviation_like,
    container_candidates,
    spelled_alike,
    top_reading,
)
from dateline.geo.gazetteer import ABBREV, Candidate, gazetteer
from dateline.geo.mention import inside
from dateline.geo.names import normalize

__all__ = [
    "BODY_IN",
    "COAST_STRETCH",
    "COMPASS",
    "COUNTIES_AFTER",
    "HOLDER_COMPASS",
    "LISTED_NAME",
    "apposed_as_town",
    "apposed_country",
    "based_in",
    "find_container",
    "governed_town",
    "implied_kinds",
    "listed_after_units_of",
    "named_region",
    "unit_list",
    "units_after",
]

# (up to three words: "Paradise, East Coast Demerara", "Bathurst, New South Wales")
_CONTAINER = re.compile(r",\s*(?:in\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")
# Words that end a place's own name ("Trinity Beach", "Miami Gardens"), so the word before them
# is no container by itself.
_NAME_ENDS = frozenset(
    {"beach", "park", "heights", "hills", "gardens", "springs", "falls", "bay", "point", "island",
     "valley", "creek", "lake", "harbour", "harbor", "village", "grove", "ridge"}
)  # fmt: skip
# "the Deer Valley resort in Utah", "the Pabrade training area in Lithuania": a place named with
# what it is, then where; a town's own police work in it ("Athens police in Georgia"), though
# they may travel ("Dallas police in Mexico"), so there the unit only confirms a reading
# (:data:`BODY_IN`).
_BODY = r"police(?:\s+department)?|fire\s+department"
BODY_IN = re.compile(rf"\s+(?:{_BODY})\s+in\s+")
_NOUN_IN = re.compile(
    r"\s+(?:ski\s+)?(?:resort|area|training\s+area|region|district|neighbou?rhood|suburb|"
    rf"base|air\s+base|camp|plant|mine|refinery|prison|reservoir|dam|village|town|township|{_BODY})"
    r"\s+in\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)"
)
# "Gevas in Van province", "Kut in Wasit province": a town, then the unit that holds it,
# named with its unit word (nineteenth round).
_IN_UNIT = re.compile(
    r"\s+in\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+"
    r"(?:province|governorate|prefecture|oblast)\b"
)
# "the village of Montgomery in Orange County": a town, then its county (table 92).
_IN_COUNTY = re.compile(r"\s+in\s+([A-Z][\w.'-]*\s+(?:County|Parish))\b")
# "Dimboola in Victoria's Wimmera", "Hudson Bay in east-central Saskatchewan", "Calahorra in
# Spain's La Rioja region", "Jurien Bay on Western Australia's coast": a name, then "in" or "on"
# and the state or country holding it, bare or owning a part of itself (forty-first session:
# blind tables 155 and 168-170). Running text puts people and bodies "in" places too ("Clinton
# in Iowa"), so it is a container only where the gazetteer has a place of the name there.
# A compass word before a holder's name ("in far western Labrador", "in east-central ...").
HOLDER_COMPASS = r"(?:far\s+)?(?:north|south|east|west|central)[\w-]*\s+"
_IN_HOLDER = re.compile(
    rf"\s+in\s+(?:the\s+)?(?:{HOLDER_COMPASS}){{0,2}}"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=['\u2019]s\s+[\w-]|[^\w'\u2019])"
    # "on" only before a part the state owns ("Castro, on Chile's Chiloe island": table 173):
    # "at Winona on the Mississippi" is on the river
    r"|,?\s+on\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['\u2019]s\s+[\w-]"
)
# The last word of an institution's name, which GeoNames files some campuses by as places.
_INSTITUTION_END = re.compile(
    r"\b(?:University|College|School|Hospital|Institute|Academy|Seminary|Library|Museum)$"
)
# "Woodend in North Canterbury", "Olds in Central Alberta": a part of the unit named with a
# capitalised compass word the gazetteer does not list (table 169); read when the whole name,
# tried first, holds nothing.
_IN_NAMED_PART = re.compile(
    r"\s+in\s+(?:the\s+)?(?:North|South|East|West|Central|Mid)(?:-?[a-z]+)?\s+"
    r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?=['\u2019]s\s+[\w-]|[^\w'\u2019])"
)
# "Cockburn Town on San Salvador", "Alice Town on Bimini": an island's unit after "on" holds
# the town (table 295); read only where a reading of the town lies in one of the unit's.
_ON_ISLAND = re.compile(r"\s+on\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?=[^\w'\u2019])")
# Words an apposition calls a town by ("Tripoli, a port city in Lebanon").
_APPOSED_TOWN_WORDS = r"(?:city|town|village|port|capital|seaport|hub)"
# A compass or setting word before the unit's name ("in northern Lebanon").
# A compass word for a part of a country or state ("northern", "south-western" written so,
# "central"); with "coastal", a setting word.
COMPASS = r"(?:(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central)"
_SETTING = rf"(?:{COMPASS}|coastal)\s+"
# "Tonga, a town in the Nde division" (blind 376), "Po, the southern Burkinabe town": the
# apposition says the name is a town's.
_APPOSED_KIND = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:city|town|village|seaport|market\s+town)\b"
)
# "Tripoli, a city in northern Lebanon", "Tripoli, in northern Lebanon", "Tripoli, Lebanon's
# second city": an apposition that places the town in its country or state (nineteenth round).
_APPOSED_IN = re.compile(
    rf",\s+(?:in\s+|on\s+(?=\S+['\u2019]s\s)|"  # ", on St Vincent's windward coast" (blind 386)
    rf"(?:an?|the|its)\s+(?:[\w-]+\s+){{0,2}}{_APPOSED_TOWN_WORDS}\s+(?:in|of)\s+)"
    rf"(?:the\s+)?(?:{_SETTING})?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)"
)
_APPOSED_POSSESSIVE = re.compile(
    rf",\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)['\u2019]s\s+(?:[\w-]+\s+){{0,2}}"
    rf"{_APPOSED_TOWN_WORDS}\b"
)
# "the Georgia Bureau of Investigation", "the Georgia Department of Transportation": agencies
# American states name so (twenty-second round: Georgia was read as the country there).
_UNIT_AFTER = re.compile(
    r"\s+(?:(?i:state|province)\b|(?:Lt\.\s+)?Gov\.|(?:Lt\.\s+|Lieutenant\s+)?[Gg]overnor\b"
    r"|Bureau\s+of\s+Investigation\b|Highway\s+Patrol\b|General\s+Assembly\b"
    r"|Department\s+of\s+(?:Transportation|Corrections|Public\s+Safety|Natural\s+Resources)\b)"
)
# A listed name: one or two capitalised words ("St. Bernard", "O'Brien").
_LISTED_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?"
LISTED_NAME = re.compile(_LISTED_NAME)  # capitalised: never "and"/"or"
# What joins listed names: ", ", " and ", ", or ".
_LIST_JOIN = r"\s*(?:,|,?\s+and|,?\s+or)\s+"


def units_after(plurals: str, singulars: str = "") -> re.Pattern[str]:
    """What follows a name that a unit word makes a unit's: the rest of a list before a plural
    ("Fulton| and DeKalb counties"), or the unit word itself ("DeKalb| counties", or a singular
    one for a span that stops short of it: "Laurel| County"). One builder for counties and
    provinces, so both read lists alike."""
    units = f"{plurals}|{singulars}" if singulars else plurals
    return re.compile(rf"(?:{_LIST_JOIN}{_LISTED_NAME})+\s+(?:{plurals})\b|\s+(?:{units})\b")


def unit_list(plurals: str) -> re.Pattern[str]:
    """A whole list of names before a plural unit word, the names in group 1 ("Bourbon and
    Harrison counties"): the same list :func:`units_after` reads from its first name on."""
    return re.compile(
        rf"(?<![\w.'-])({_LISTED_NAME}(?:{_LIST_JOIN}{_LISTED_NAME})+)\s+(?:{plurals})\b"
    )


# "Fulton and DeKalb counties", "Orleans, Jefferson and St. Bernard parishes", "Laurel| County".
COUNTIES_AFTER = units_after("counties|parishes", "County|Parish")
# A state's possessive, then the names listed before a county's (seventeenth round).
_POSSESSIVE_LIST = re.compile(
    r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['\u2019]s\s+"
    r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
# "Aleppo and Idlib provinces": each listed name is its admin-1 unit.
_PROVINCES_AFTER = units_after("provinces|governorates|oblasts|prefectures")
# "the provinces of Nyanza, Rift Valley and Western": every name of a list a plural unit word
# and "of" open is a first-level unit or region (twenty-sixth round).
_UNITS_OF_BEFORE = re.compile(
    rf"\b(?:provinces|regions|governorates|oblasts|prefectures) of\s+"
    rf"(?:{_LISTED_NAME}{_LIST_JOIN})*$"
)
# The switch for that reading (off: such lists say nothing about their names' kind).
UNITS_OF_LISTS = True
# How far before a name such a list may open.
_UNITS_OF_REACH = 120
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|township|borough|hamlet) of\s+$")
_UNIT_BEFORE = re.compile(r"\b(?:state|province) of\s+$", re.I)
# "the westernmost region of Kaliningrad", "the Puno region", "the Kaliningrad oblast": the
# admin unit, not its namesake capital. Not for US states, which no one calls regions ("the
# Washington region" is the capital's metro area).
_REGION_AFTER = re.compile(r"\s+(?i:region|oblast|krai|governorate|prefecture)\b")
_REGION_BEFORE = re.compile(r"\b(?:region|oblast|governorate|prefecture) of\s+$", re.I)
_NOT_CALLED_REGIONS = frozenset({"US"})
_BASED = re.compile(r"-based\b", re.I)
# A town's own officers after its name ("Bolivar aldermen", "the Pasco City Council", "Pasco
# Mayor Ann Lee"): no state or region has aldermen, a council of its own name or a mayor; not
# after "a" or "an" ("an Ontario mayor" is a mayor somewhere in the province).
_OWN_OFFICERS_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:[Aa]ldermen|[Ss]electmen|(?i:(?:city|town|village)\s+(?:council|hall|manager))"
    r"|[Mm]ayor)\b"
)
# A force a town and its state or region alike may have ("Pasco police", "the Pasco Fire
# Department"): it is the town's where a town of the name is as big as a good share of the unit.
_FORCE_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:police|firefighters|(?i:(?:police|fire)\s+(?:department|chief)))\b"
)
# A town's own school board or trustees ("Palestine school trustees": table 33): a country's
# schools are its ministry's, so the name keeps only the towns bearing it as their own name.
_SCHOOL_BODY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?i:school\s+(?:board|trustees|district))\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
# The share of a unit's people a namesake town needs to take the unit's force (table 30: Pasco,
# Wash., 69,000 people, beside Peru's Pasco region, 162,000).
FORCE_TOWN_SHARE = 0.25
_NEXT_ITEM = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
)
_LIST_ITEM = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),\s*$")


# "Sili, on the south coast of Savai'i": the island or state whose coast holds the town (blinds
# 374, 388).
COAST_STRETCH = (
    r"on\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|windward|leeward)"
    r"\s+(?:coast|shore|tip|end|side)\s+of"
)
_COAST_OF = re.compile(rf",?\s+{COAST_STRETCH}\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)")
# "Tamworth, in the New England region of New South Wales": the part named first is a region of
# the unit named after it, which holds the town; the part alone may be another country's.
_PART_OF_AFTER = re.compile(r"\s+(?:region|district|area|division|part)\s+of\b", re.I)


def find_container(text: str, end: int, start: int | None = None) -> tuple[int, int] | None:
    """The span of a ", State" or ", Country" right after ``end``, if one follows.

    Given the mention's ``start``, an admin unit or country inside a list of them ("Georgia,
    Oklahoma, Pennsylvania") has no container: the next item is its neighbour, not its state.
    """
    if start is not None and COUNTIES_AFTER.match(text, end):
        state = _possessive_state(text, start)
        if state is not None:
            return state
    apposed = _APPOSED_POSSESSIVE.match(text, end) or _APPOSED_IN.match(text, end)
    if apposed is not None:
        span = _container_span(text, apposed)
        if span is not None and not _PART_OF_AFTER.match(text, span[1]):
            return span
    m = _CONTAINER.match(text, end)
    if not m:
        within = (
            _NOUN_IN.match(text, end)
            or _IN_UNIT.match(text, end)
            or _IN_COUNTY.match(text, end)
            or _COAST_OF.match(text, end)
        )
        if within is None and start is not None:
            return _holder(text, start, end)
        return _container_span(text, within) if within else None
    if start is not None and _listed(text, start, end):
        return None
    span = _container_span(text, m, longest=3)
    if span is not None and start is not None and _list_goes_on(text, start, end, span[1]):
        return None
    return span


def _holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The state or country after "in" or "on" that holds a place named ``text[start:end]``
    (see :data:`_IN_HOLDER`), if one does."""
    if text[max(0, start - 1) : start] in ("-", "'", "\u2019"):
        return None  # "Kamianets-Podilskyi in western Ukraine": the name is the whole word
    if _INSTITUTION_END.search(text, start, end):
        return None  # "taught at Tufts University in Massachusetts": the school, in its state
    readings = None  # looked up only once "in" or "on" and a state or country follow
    for pattern in (_IN_HOLDER, _IN_NAMED_PART, _ON_ISLAND):
        m = pattern.match(text, end)
        span = _container_span(text, m, m.lastindex or 1, 3) if m is not None else None
        if span is None:
            continue
        outer = [c for c in container_candidates(text, span) if _holds_towns(c)]
        if readings is None:
            readings = gazetteer().lookup(text[start:end])
        if any(inside(c, o) for c in readings for o in outer):
            return span
    return None


def _holds_towns(c: Candidate) -> bool:
    """A country, a state or province, or a British or Irish county ("Mere in Wiltshire":
    table 223), which GeoNames files a level down."""
    return c.kind in ("country", "admin1") or (c.kind == "admin2" and c.cc in ("GB", "IE"))


def _possessive_state(text: str, start: int) -> tuple[int, int] | None:
    """The state whose possessive heads a county list ("Ohio's Hamilton, Lake and Stark
    counties": each lies in Ohio; seventeenth round), if it is one."""
    m = _POSSESSIVE_LIST.search(text, max(0, start - 120), start)
    if m is None:
        return None
    span = m.span(1)
    units = [c for c in container_candidates(text, span) if c.quality == 0]
    return span if units and all(c.kind == "admin1" for c in units) else None


_POSSESSIVE_END = re.compile(r"['\u2019]s$")


def _container_span(
    text: str, m: re.Match, group: int = 1, longest: int = 2
) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", m.group(group)))
    owner = next((i for i, w in enumerate(words) if _POSSESSIVE_END.search(w.group())), None)
    if owner is not None:  # "Alexandria, in northern Greece's Imathia region": Greece
        words = words[: owner + 1]
    for n in range(longest, 0, -1):
        if len(words) < n:
            continue
        if n == 1 and len(words) == 2 and words[1].group().lower() in _NAME_ENDS:
            return None  # "Bentley Park, Trinity Beach": a second name, not Trinity (Jersey)
        s, e = m.start(group) + words[0].start(), m.start(group) + words[n - 1].end()
        if _POSSESSIVE_END.search(text, s, e):
            e -= 2
        while e > s and text[e - 1] in ",;:'\"-":
            e -= 1
        if text[e - 1] == "." and _sentence_dot(text, s, e):
            e -= 1
        if container_candidates(text, (s, e)):
            return (s, e)
        if text[e - 1] == "." and container_candidates(text, (s, e - 1)):
            return (s, e - 1)
    return None


def _sentence_dot(text: str, s: int, e: int) -> bool:
    """Whether the dot ending ``text[s:e]`` ends the sentence, not an abbreviation: "Brooklyn,
    New York." and "Des Moines, Iowa." end with a full name (the mention has no dot), while
    "Louisville, Ky." and "Raleigh, N.C." keep it (the abbreviation is one token with it)."""
    if any(c.quality == ABBREV for c in container_candidates(text, (s, e))):
        return False  # "Brevard County, Fla.": Florida, not Fla (Norway)
    if not abbreviation_like(text[s:e]):
        return True
    return any(c.quality == 0 for c in container_candidates(text, (s, e - 1)))


def _list_goes_on(text: str, start: int, end: int, after: int) -> bool:
    """ "Washington, Pennsylvania and California": a state or country name followed by two
    more is the head of a list, not a town in the next one."""
    nxt = _NEXT_ITEM.match(text, after)
    if nxt is None or not container_candidates(text, nxt.span(1)):
        return False
    return any(
        c.quality == 0 and c.kind in ("country", "admin1")
        for c in gazetteer().lookup(text[start:end])
    )


def _previous_item(text: str, start: int) -> list[Candidate]:
    """The country and admin readings of the name listed just before ``start`` ("Utah, "),
    none where that name is first of all a city ("London, St. Thomas and Strathroy": London's
    unit of the same name is no reason to read St. Thomas as a Jamaican parish)."""
    before = _LIST_ITEM.search(text, max(0, start - 40), start)
    if before is None:
        return []
    name = text[before.start(1) : before.end(1)]
    best, _ = top_reading(gazetteer().lookup(name, abbrev=True))
    if best is not None and best.kind == "city":
        return []
    return [c for c in container_candidates(text, before.span(1)) if c.quality == 0]


def _listed(text: str, start: int, end: int) -> bool:
    """An admin unit or country name preceded by another one and a comma."""
    return bool(container_candidates(text, (start, end))) and bool(_previous_item(text, start))


def implied_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    """Kinds the words around a name impose: a state ("Washington state", "the province of
    Quebec", "Georgia Gov."), a county ("Fulton and DeKalb counties"), a town ("the city of
    Washington"), or the kind of the item before it in a list ("Utah, Washington and
    Wisconsin"), or a state heading a list of its country's states."""
    if _UNIT_AFTER.match(text, end) or _UNIT_BEFORE.search(text, max(0, start - 20), start):
        return ("admin1",)
    if COUNTIES_AFTER.match(text, end):
        return ("admin2",)  # "Fulton and DeKalb counties"
    if _PROVINCES_AFTER.match(text, end):
        return ("admin1",)  # "Aleppo and Idlib provinces" (seventeenth round)
    if listed_after_units_of(text, start):
        return ("admin1", "region")  # "the provinces of Nyanza and Western"
    if _TOWN_BEFORE.search(text, max(0, start - 20), start):
        return ("city",)  # "the city of Washington", "the town of Lebanon"
    kinds = {c.kind for c in _previous_item(text, start)}
    if not kinds and _heads_state_list(text, start, end):
        return ("admin1",)
    return tuple(kinds) if len(kinds) == 1 else ()


# "Bella Vista, a Paraguayan town on the Apa river", "Po, the southern Burkinabe town": the
# apposition names the town's people (blinds 386, 376).
_APPOSED_PEOPLE = re.compile(
    rf",\s+(?:an?|the)\s+(?:{COMPASS}\s+)?([A-Z][a-z]+)\s+(?:city|town|village|port)\b"
)


def apposed_country(text: str, end: int) -> str | None:
    """The country whose people an apposition after the name calls it a town of, if any."""
    m = _APPOSED_PEOPLE.match(text, end)
    country = gazetteer().demonym(m.group(1)) if m is not None else None
    return country.cc if country is not None and country.kind == "country" else None


def apposed_as_town(text: str, end: int) -> bool:
    """Whether an apposition after the name calls it a town ("Tonga, a town in the Nde
    division"), so that no country or first-level unit of the name is meant."""
    return _APPOSED_KIND.match(text, end) is not None


def listed_after_units_of(text: str, start: int) -> bool:
    """Whether the name at ``start`` is listed after "the provinces of" (or regions, ...)."""
    if not UNITS_OF_LISTS:
        return False
    return _UNITS_OF_BEFORE.search(text, max(0, start - _UNITS_OF_REACH), start) is not None


def named_region(text: str, start: int, end: int, cands: list[Candidate]) -> list[Candidate]:
    """The admin-1 readings of a name called a region, oblast, governorate or prefecture."""
    if not (
        _REGION_AFTER.match(text, end) or _REGION_BEFORE.search(text, max(0, start - 20), start)
    ):
        return []
    return [c for c in cands if c.kind == "admin1" and c.cc not in _NOT_CALLED_REGIONS]


def based_in(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
    """ "New York-based": firms and squads are based in cities, so a name with a sizeable city
    reading keeps its cities ("Texas-based", with none, keeps the state)."""
    if not _BASED.match(text, end):
        return []
    if any(c.kind == "country" and c.quality == 0 for c in cands):
        return []  # "Mexico-based": the country
    units = [c for c in cands if c.kind == "admin1" and c.quality == 0]
    if not any(_big_namesake_city(c, u) for c in cands for u in units):
        return []
    return [c for c in cands if c.kind == "city"]


def governed_town(text: str, start: int, end: int, cands: list[Candidate]) -> list[Candidate]:
    """ "Bolivar aldermen", "Pasco police": a name whose own officers or force follow it is a
    town's, so it keeps the towns bearing it as their own name (and a country's, whose police
    are national) over a state's or region's and over towns bearing it in a longer name
    ("Ciudad Bolívar"); a force only where such a town has a share of the unit's people
    (:data:`FORCE_TOWN_SHARE`), since states have police too ("Ontario police"); its school
    board or trustees keep those towns alone ("Palestine school trustees")."""
    if _INDEFINITE_BEFORE.search(text, max(0, start - 4), start):
        return []
    if _SCHOOL_BODY_AFTER.match(text, end):
        if not any(c.kind == "country" for c in cands):
            return []  # towns alone: home-country steering picks among them ("San Marcos")
        return _own_towns(text[start:end], cands)
    officers = _OWN_OFFICERS_AFTER.match(text, end)
    if not (officers or _FORCE_AFTER.match(text, end)):
        return []
    towns = [c for c in cands if c.kind == "city"]
    units = [c for c in cands if c.kind in ("admin1", "region") and c.quality == 0]
    if not towns or not units:
        return []
    own = _own_towns(text[start:end], towns)
    share = 0 if officers else FORCE_TOWN_SHARE * max(u.pop for u in units)
    if not any(c.pop >= share for c in own):
        return []
    return own + [c for c in cands if c.kind == "country"]


def _own_towns(name: str, cands: list[Candidate]) -> list[Candidate]:
    """The towns bearing ``name`` as their own name or respelled ("Odessa": Odesa)."""
    key = normalize(name)
    towns = [c for c in cands if c.kind == "city"]
    return [c for c in towns if c.quality == 0 or spelled_alike(key, c.name)]


def _big_namesake_city(city: Candidate, unit: Candidate) -> bool:
    """A city of the unit's name and country with a tenth of its people or more."""
    big = max(SIZEABLE, NAMESAKE_SHARE * unit.pop)
    return city.kind == "city" and city.cc == unit.cc and city.pop >= big


def _heads_state_list(text: str, start: int, end: int) -> bool:
    """ "Washington, Pennsylvania and California": a name that is also a state of the country
    whose states follow it in a comma list of three or more is that state."""
    nxt = _NEXT_ITEM.match(text, end)
    if nxt is None or not text[end : nxt.start(1)].lstrip().startswith(","):
        return False
    if _NEXT_ITEM.match(text, nxt.end()) is None:
        return False  # "Washington, Pennsylvania, and employs": a town in its state
    following = [c for c in container_candidates(text, nxt.span(1)) if c.quality == 0]
    states = {c.cc for c in following if c.kind == "admin1"}
    if len(states) != 1 or len(following) != 1:
        return False
    own = gazetteer().lookup(text[start:end])
    return any(c.kind == "admin1" and c.quality == 0 and c.cc in states for c in own)
