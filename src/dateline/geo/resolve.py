"""Choose one gazetteer entry per place mention, using the whole document as context.

Scoring is a small hand-weighted sum (log population, kind prior, capital, name quality)
plus document evidence: countries and admin-1 units that other mentions resolve to without
doubt, "City, State" pairs ("Bangor, Maine", "Long Beach, CA"), and co-location: readings
that lie within 50 km of a possible reading of another name in the text (local news names
neighbouring towns: "London" beside "St. Thomas" and "Strathroy"); demonyms outside the
mentions count as their country ("French officials"). Words around a name restrict its
kind ("Georgia Gov.", "Fulton and DeKalb counties", "the city of Washington", a list of
states). A story's home country (most other names, or a country named twice) takes a bare
name to its sizeable namesake there (London, Ontario in a Canadian local story). Every
mention of the same name then takes the reading its best-supported mention
chose, so one "Alexandria, Louisiana" carries over to later bare "Alexandria"s.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import numpy as np

from dateline.geo.gazetteer import ABBREV, ALTERNATE, WEAK, Candidate, gazetteer
from dateline.geo.names import normalize
from dateline.geo.rank import Context, Nearby, candidate_features, colocated, ranker

__all__ = [
    "Mention",
    "Resolution",
    "container_candidates",
    "demonym_context",
    "dominant_country",
    "find_container",
    "hand_ranked",
    "haversine_km",
    "inside",
    "learned_features",
    "part_of",
    "resolve_mentions",
    "town_named",
]

KIND_PRIOR = {
    "country": 4.0,
    "continent": 4.0,
    # Hand-table entries carry no population; their prior stands for a well-known name.
    "region": 9.0,
    "sea": 9.0,
    "lake": 9.0,
    "bloc": 9.0,
    "landmark": 9.0,
    "admin1": 1.0,
    "admin2": -0.5,
    "city": 0.0,
}
QUALITY_PENALTY = {0: 0.0, ALTERNATE: -0.7, WEAK: -2.5, ABBREV: -0.5}
CAPITAL_BONUS = 3.5
NAMESAKE_SHARE = 0.1
OFFICIAL_SHARE = 3.0
SPELLING_RATIO = 0.75
SAME_COUNTRY = 2.5
SAME_ADMIN1 = 3.0
SIBLING_ADMIN1 = 1.5
PAIR_MATCH = 8.0
PAIR_MISMATCH = -4.0
MAX_CANDIDATES = 60
PASSES = 2
# Per other name with a local reading within 50 km (at most two): chosen on the two
# development corpora from {1, 1.5, 2.5, 4}; the smallest that helps.
COLOC = 1.0
# A town read this far from the unit the story places it in ("Holliday, Mo." as Holliday,
# Texas) takes the unit's point instead.
STATED_UNIT_KM = 500
# A same-country city this many times bigger outranks a namesake only the context favoured.
BIG_COMPATRIOT = 50
COLOC_CAP = 2
# Home countries (fourteenth round): the story's dominant country (at least two other names,
# a clear majority of them) and any country named as such at least twice pull a bare name to
# its sizeable namesake there (a city of at least SIZEABLE people), unless the top reading's
# own country has more than 1/OUTWEIGH as many names as the home country.
DOMINANT_MIN = 2
DOMINANT_SHARE = 0.6
NAMED_TIMES = 2
OUTWEIGH = 3
SIZEABLE = 100_000
# A container naming a big city the inner place lies in is that city ("Queens, New York").
CITY_CONTAINER_POP = 1_000_000  # (recognize.BIG_CITY, 100,000, is another threshold)
CITY_CONTAINER_KM = 30.0
LEARNED_PASSES = 2

ADMIN_KINDS = ("admin1", "admin2")
# Mentions that keep their own reading rather than their name's document-wide one.
OWN_READING = ("unit", "dateline")
_UNIT_WORD = re.compile(
    r"\s(?:County|Parish|Province|Oblast|Governorate|Prefecture|District|Region)$", re.I
)
_TOWN_WORD = re.compile(
    r"(?:(?:the\s+)?(?:City|Town|Village|Township|Borough)\s+of\s+(?P<a>.+))"
    r"|(?P<b>.+?)\s+(?:Township|Borough|Village|Town|City)",
    re.I,
)
# A part of a place named by direction or extent ("North Dallas", "East Jerusalem", "Greater
# Manchester", "northern Iraq"): when the whole is unknown, the place it is part of.
_PART_OF = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|greater|metro(?:politan)?|downtown|inner|outer)\s+(?=\S)",
    re.I,
)
_CONTAINER = re.compile(r",\s*(?:in\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)")
# Words that end a place's own name ("Trinity Beach", "Miami Gardens"), so the word before them
# is no container by itself.
_NAME_ENDS = frozenset(
    {"beach", "park", "heights", "hills", "gardens", "springs", "falls", "bay", "point", "island",
     "valley", "creek", "lake", "harbour", "harbor", "village", "grove", "ridge"}
)  # fmt: skip
# "the Deer Valley resort in Utah", "the Pabrade training area in Lithuania": a place named with
# what it is, then where.
_NOUN_IN = re.compile(
    r"\s+(?:ski\s+)?(?:resort|area|training\s+area|region|district|neighbou?rhood|suburb|"
    r"base|air\s+base|camp|plant|mine|refinery|prison|reservoir|dam|village|town|township)"
    r"\s+in\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)"
)
_UNIT_AFTER = re.compile(
    r"\s+(?:(?i:state|province)\b|(?:Lt\.\s+)?Gov\.|(?:Lt\.\s+|Lieutenant\s+)?[Gg]overnor\b)"
)
# "Fulton and DeKalb counties", "Orleans, Jefferson and St. Bernard parishes", "Laurel| County".
_COUNTIES_AFTER = re.compile(
    r"(?:\s*(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)+\s+(?:counties|parishes)\b"
    r"|\s+(?:counties|parishes|County|Parish)\b"  # a span that stops short of its unit word
)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village|township|borough|hamlet) of\s+$")
_UNIT_BEFORE = re.compile(r"\b(?:state|province) of\s+$", re.I)
_BASED = re.compile(r"-based\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NEXT_ITEM = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
)
_LIST_ITEM = re.compile(r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),\s*$")


@dataclass
class Mention:
    """A span to resolve; ``container`` is the span of a following ", State" if any."""

    start: int
    end: int
    text: str
    kind_hint: str | None = None
    container: tuple[int, int] | None = None
    demonym_ok: bool = False
    within: str | None = None
    # A ", State" that follows but holds none of the name's readings ("Holliday, Mo." when
    # the gazetteer knows no Holliday in Missouri): the story still says where the town is.
    unmatched: tuple[int, int] | None = None


@dataclass
class Resolution:
    """The chosen candidate for a mention and its score."""

    candidate: Candidate
    score: float
    alternatives: list[Candidate] = field(default_factory=list)


def _base(c: Candidate) -> float:
    pop = math.log10(max(c.pop, 0) + 10)
    score = pop + KIND_PRIOR.get(c.kind, 0.0) + QUALITY_PENALTY.get(c.quality, -1.0)
    if c.capital and c.quality == 0:
        score += CAPITAL_BONUS
    return score


def abbreviation_like(text: str) -> bool:
    """ "Ky.", "B.C.", "NSW", "NY": forms that may name an admin unit by abbreviation (a
    two-capital span a caller or NER calls a place is a postal code more often than a word)."""
    compact = text.replace(".", "")
    return (text.endswith(".") and len(compact) <= 5) or (compact.isupper() and len(compact) >= 2)


def _candidates(m: Mention) -> list[Candidate]:
    gaz = gazetteer()
    dem = gaz.demonym(m.text) if m.demonym_ok else None
    if dem is not None:
        return [dem]
    cands = list(gaz.lookup(m.text, abbreviation_like(m.text)))
    unit = _UNIT_WORD.search(m.text)
    if unit and not cands:
        # "Akita Prefecture", "Karak district": the gazetteer knows the unit by its bare name.
        cands = [c for c in gaz.lookup(m.text[: unit.start()]) if c.kind in ADMIN_KINDS]
    if unit and any(c.kind in ADMIN_KINDS for c in cands):
        cands = [c for c in cands if c.kind in ADMIN_KINDS]  # "Laurel County" is no town
    if not cands:
        cands = town_named(m.text)
    if not cands:
        cands = part_of(m.text)
    cands.sort(key=_base, reverse=True)
    return cands[:MAX_CANDIDATES]


def town_named(text: str) -> list[Candidate]:
    """ "Cherry Hill Township", "Town of Hempstead", "Village of Pinehurst": when the whole is
    unknown, the towns of the bare name (local news names a town by its legal form)."""
    m = _TOWN_WORD.fullmatch(text)
    if m is None:
        return []
    bare = m.group("a") or m.group("b")
    return [c for c in gazetteer().lookup(bare) if c.kind == "city" and c.quality == 0]


def part_of(text: str) -> list[Candidate]:
    """Readings of the whole a directional part names ("North Dallas" -> Dallas), as weak names
    (context still decides): countries and cities, and admin units after a regional adjective
    ("northern Virginia"); "North X" and "Greater X" are parts of towns, not of states."""
    part = _PART_OF.match(text)
    if part is None:
        return []
    word = part.group().strip().lower()
    if re.match(r"(?:north|south|east|west)(?:ern)?\b", text[part.end() :], re.I):
        return []  # "North Eastern Province" is its own name, not part of "Eastern Province"
    regional = word.endswith(("ern", "central"))
    # A compass word before a province's or sea's name is its part too ("West Kasai",
    # "Western Pacific"), never only a town of that name; "Greater", "downtown" are parts of
    # towns.
    compass = word in ("north", "south", "east", "west")
    kinds = (
        ("country", "city", "admin1", "admin2", "sea")
        if regional
        else ("country", "city", "admin1", "sea")
        if compass
        else ("country", "city")
    )
    return [
        Candidate(**{**c.__dict__, "quality": max(c.quality, WEAK)})
        for c in gazetteer().lookup(text[part.end() :])
        if c.kind in kinds and c.quality <= ALTERNATE
    ]


def container_candidates(text: str, span: tuple[int, int]) -> list[Candidate]:
    name = text[span[0] : span[1]]
    cands = gazetteer().lookup(name, abbrev=True)
    return [c for c in cands if c.kind in ("country", "admin1", "admin2")]


def find_container(text: str, end: int, start: int | None = None) -> tuple[int, int] | None:
    """The span of a ", State" or ", Country" right after ``end``, if one follows.

    Given the mention's ``start``, an admin unit or country inside a list of them ("Georgia,
    Oklahoma, Pennsylvania") has no container: the next item is its neighbour, not its state.
    """
    m = _CONTAINER.match(text, end)
    if not m:
        within = _NOUN_IN.match(text, end)
        return _container_span(text, within) if within else None
    if start is not None and _listed(text, start, end):
        return None
    span = _container_span(text, m)
    if span is not None and start is not None and _list_goes_on(text, start, end, span[1]):
        return None
    return span


def _container_span(text: str, m: re.Match) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", m.group(1)))
    for n in (2, 1):
        if len(words) < n:
            continue
        if n == 1 and len(words) == 2 and words[1].group().lower() in _NAME_ENDS:
            return None  # "Bentley Park, Trinity Beach": a second name, not Trinity (Jersey)
        s, e = m.start(1) + words[0].start(), m.start(1) + words[n - 1].end()
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
    """The country and admin readings of the name listed just before ``start`` ("Utah, ")."""
    before = _LIST_ITEM.search(text, max(0, start - 40), start)
    if before is None:
        return []
    return [c for c in container_candidates(text, before.span(1)) if c.quality == 0]


def _listed(text: str, start: int, end: int) -> bool:
    """An admin unit or country name preceded by another one and a comma."""
    return bool(container_candidates(text, (start, end))) and bool(_previous_item(text, start))


def _implied_kinds(text: str, start: int, end: int) -> tuple[str, ...]:
    """Kinds the words around a name impose: a state ("Washington state", "the province of
    Quebec", "Georgia Gov."), a county ("Fulton and DeKalb counties"), a town ("the city of
    Washington"), or the kind of the item before it in a list ("Utah, Washington and
    Wisconsin"), or a state heading a list of its country's states."""
    if _UNIT_AFTER.match(text, end) or _UNIT_BEFORE.search(text, max(0, start - 20), start):
        return ("admin1",)
    if _COUNTIES_AFTER.match(text, end):
        return ("admin2",)  # "Fulton and DeKalb counties"
    if _TOWN_BEFORE.search(text, max(0, start - 20), start):
        return ("city",)  # "the city of Washington", "the town of Lebanon"
    kinds = {c.kind for c in _previous_item(text, start)}
    if not kinds and _heads_state_list(text, start, end):
        return ("admin1",)
    return tuple(kinds) if len(kinds) == 1 else ()


def _based_in(text: str, end: int, cands: list[Candidate]) -> list[Candidate]:
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


def _spelled_otherwise(mentions: list[Mention], cand_lists: list[list[Candidate]]) -> None:
    """A name nothing matches may be another transliteration of an admin-1 unit or big city
    ("Menoufia" for Monufia, "Daqahliya" for Dakahlia): such readings are kept only in a
    country another name of the document clearly reads as, and spelled much like the reading's
    own name (skeletons alone match too much: "Kogelo" is no Kigali, "Swat" no "West")."""
    missing = [i for i, cands in enumerate(cand_lists) if not cands]
    if not missing:
        return
    countries = set()
    for cands in cand_lists:
        best, margin = _top(cands)
        if best is not None and best.cc and margin >= 1.5:
            countries.add(best.cc)
    gaz = gazetteer()
    for i in missing:
        key = normalize(mentions[i].text)
        cand_lists[i] = [
            c
            for c in gaz.by_skeleton(mentions[i].text)
            if c.cc in countries
            and SequenceMatcher(None, key, normalize(c.name)).ratio() >= SPELLING_RATIO
        ]


def _with_unit_word(name: str) -> list[Candidate]:
    """The admin-2 units of a bare name in "Fulton and DeKalb counties" ("Fulton County")."""
    gaz = gazetteer()
    found = [c for w in ("County", "Parish") for c in gaz.lookup(f"{name} {w}")]
    return sorted((c for c in found if c.kind == "admin2"), key=_base, reverse=True)


def _namesake_city(cands: list[Candidate]) -> None:
    """Prefer a city over the admin unit named after it ("Aleppo", "Vilnius"), unless the unit
    dwarfs it (Quebec, Veracruz: a city with under a tenth of the unit's people)."""
    cities = [c for c in cands if c.kind == "city" and c.quality == 0 and c.pop >= 50_000]
    if not cities:
        return
    for i, c in enumerate(cands):
        if c.kind in ("admin1", "admin2") and any(
            k.cc == c.cc
            and (k.adm1 == c.adm1 or c.kind == "admin2")
            and k.pop >= NAMESAKE_SHARE * c.pop
            for k in cities
        ):
            cands[i] = Candidate(**{**c.__dict__, "quality": WEAK})


def _official_bearer(cands: list[Candidate]) -> None:
    """Drop towns known by the name only as an other name ("Springfield" for Powder Springs,
    "Pittsburgh" for Pittsburg, California) when a city at least three times their size bears
    the name officially: a state named nearby should not pull the name to them."""
    official = [c.pop for c in cands if c.kind == "city" and c.quality == 0]
    if not official:
        return
    top = max(official)
    cands[:] = [
        c
        for c in cands
        if not (
            c.kind == "city" and c.quality == ALTERNATE and top >= OFFICIAL_SHARE * max(c.pop, 1)
        )
    ]


def resolve_mentions(text: str, mentions: list[Mention]) -> list[Resolution | None]:
    """Resolve every mention of one document together."""
    scored, pair_lists = hand_ranked(text, mentions)
    model = ranker()
    if model is not None:
        for _ in range(LEARNED_PASSES):
            rows = learned_features(mentions, scored, pair_lists)
            scored = [
                sorted(zip(model.score(x).tolist(), cands, strict=True), key=_first, reverse=True)
                if cands
                else []
                for cands, x in rows
            ]
    results = _consistent(mentions, scored)
    _country_over_namesake_unit(mentions, scored, results)
    _resolve_containers(mentions, results, pair_lists)
    _within_stated_container(text, mentions, results)
    _possessive_container(text, mentions, scored, results)
    _state_or_city(text, mentions, results)
    _drop_stray_villages(mentions, results)
    return results


# A village this small, alone of its country in a story clearly about another country, is a
# namesake found by name only ("Piccadilly" in a London story read as a hamlet in Australia).
STRAY_VILLAGE_POP = 10_000


def _drop_stray_villages(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """Unresolve a small foreign village the story gives no support to (no container, no
    other place in its country) when most of the story's places are in one other country."""
    ccs = Counter(r.candidate.cc for r in results if r is not None and r.candidate.cc)
    home = dominant_country(ccs)
    if home is None:
        return
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or m.unmatched or m.kind_hint in ("dateline", "unit"):
            continue
        c = res.candidate
        if c.kind == "city" and c.pop < STRAY_VILLAGE_POP and c.cc != home and ccs[c.cc] == 1:
            results[i] = None


_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+")
# A part named with its city's possessive lies within this distance of the city.
PART_OF_CITY_KM = 50


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
        if city.kind not in ("city", "country"):
            continue

        def within(c: Candidate, city: Candidate = city) -> bool:
            if city.kind == "country":
                return c.cc == city.cc
            return _km(c, city) <= PART_OF_CITY_KM

        if within(res.candidate):
            continue
        own = next((c for _, c in scored[i] if within(c) and c.pid != city.pid), None)
        results[i] = Resolution(own or city, res.score, [res.candidate])


# What a sentence says of a state ("the state of New York", "New York's governor", "upstate")
# and of a city ("the mayor of New York", "New York's subway"), for a name that is both.
_STATE_CUES = re.compile(
    r"\b(?:state of|the state|statewide|state's|upstate|downstate|governor|Gov\.|legislature|"
    r"legislators|"
    r"Assembly|primary|primaries|Sen\.|senator|Rep\.|congressman|congresswoman|electoral)"
    r"(?!\w)",
    re.I,
)
_CITY_CUES = re.compile(
    r"\b(?:mayor|City Hall|city council|subway|boroughs?|downtown|neighbou?rhoods?|"
    r"police department|city's|skyline)\b",
    re.I,
)
STATE_CITY_POP = 1_000_000


def _sentence_around(text: str, start: int, end: int) -> tuple[int, str]:
    """The sentence holding ``text[start:end]`` and where it starts (an abbreviation's dot,
    "Gov. ", does not end it)."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]
    left = stops[-1] if stops else max(0, start - 300)
    after = _SENTENCE_END.search(text, end, end + 300)
    return left, text[left : after.start() + 1 if after else min(len(text), end + 300)]


_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?]\s+(?=[A-Z\"\u201c])|\n")


def _state_or_city(text: str, mentions: list[Mention], results: list[Resolution | None]) -> None:
    """A bare name that is a state and its big city ("New York") follows its sentence: "the
    mayor of New York", "New York's subway" or a district of the city nearby is the city;
    "New York's governor", "upstate", "the state of New York" or a town of the state far from
    the city is the state, and so is one listed with other states. Otherwise the context's
    reading stays."""
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or m.within or res.candidate.kind not in ("admin1", "city"):
            continue
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
        if state is None or city is None or res.candidate.pid not in (state.pid, city.pid):
            continue
        if _STATE_WORD_AFTER.match(text, m.end) or _CITY_WORD_AFTER.match(text, m.end):
            continue  # "New York state", "New York City", "New York-based": settled already
        left, sentence = _sentence_around(text, m.start, m.end)
        others = [
            r.candidate
            for n, r in zip(mentions, results, strict=True)
            if r is not None and n is not m and left <= n.start < left + len(sentence)
        ]
        near = [c for c in others if c.kind == "city" and c.pid != city.pid and _km(c, city) < 30]
        far = [c for c in others if c.kind == "city" and inside(c, state) and _km(c, city) > 100]
        city_said = bool(_CITY_CUES.search(sentence)) or bool(near)
        listed = _listed_with_units(text, mentions, results, i, state)
        state_said = bool(_STATE_CUES.search(sentence)) or bool(far) or listed
        if city_said and not state_said:
            results[i] = Resolution(city, res.score, [state])
        elif state_said and not city_said:
            results[i] = Resolution(state, res.score, [city])


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


_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")
_STATE_WORD_AFTER = re.compile(r"\s+[Ss]tate\b")
_CITY_WORD_AFTER = re.compile(r"\s+City\b|-")


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
        if outer.kind == "admin1" and outer.cc != res.candidate.cc:
            continue  # "Bentley Park, Trinity": a suburb list, not a parish of Jersey
        # Far off only: admin codes of provinces and regions differ between sources, so a
        # town near its stated unit ("Pandi, Bulacan") is kept.
        if not inside(res.candidate, outer) and _km(res.candidate, outer) > STATED_UNIT_KM:
            results[i] = Resolution(outer, res.score, [res.candidate])


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
        if m.container or _UNIT_WORD.search(m.text):
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


def _first(t: tuple[float, Candidate]) -> float:
    return t[0]


def hand_ranked(
    text: str, mentions: list[Mention]
) -> tuple[list[list[tuple[float, Candidate]]], list[list[Candidate]]]:
    """Every mention's candidates ranked by the hand-weighted score, and its container's."""
    cand_lists = []
    for m in mentions:
        cands = _candidates(m)
        _namesake_city(cands)
        _official_bearer(cands)
        if m.kind_hint == "dateline":
            cands = [c for c in cands if c.kind == "city"] or cands  # filed from a town
        kinds = _implied_kinds(text, m.start, m.end)
        kept = [c for c in cands if c.kind in kinds] or _based_in(text, m.end, cands)
        if _COUNTIES_AFTER.match(text, m.end):
            kept = _with_unit_word(m.text) + kept
        if kept:
            cands, m.kind_hint = kept, "unit"
        cand_lists.append(cands)
    _spelled_otherwise(mentions, cand_lists)
    pair_lists = []
    for m, cands in zip(mentions, cand_lists, strict=True):
        pair = container_candidates(text, m.container) if m.container else []
        if any(c.kind in ("country", "continent") and c.quality <= ALTERNATE for c in cands):
            pair = []  # "China, Japan and Korea" is a list, not a city in Japan
        if not any(inside(c, p) for c in cands for p in pair):
            if pair and cands and not any(c.kind in (*ADMIN_KINDS, "country") for c in cands):
                m.unmatched = m.container
            pair, m.container = [], None
        pair_lists.append(pair)
    keys = [normalize(m.text) for m in mentions]
    extra = demonym_context(text, mentions)
    picks = [_confident(cands, pair) for cands, pair in zip(cand_lists, pair_lists, strict=True)]
    scored = _rank(keys, cand_lists, pair_lists, picks, extra)
    for _ in range(PASSES - 1):
        # Second look: the context is now what the other names resolved to, pairs included.
        picks = [ranked[0][1] if ranked else None for ranked in scored]
        scored = _rank(keys, cand_lists, pair_lists, picks, extra)
    return scored, pair_lists


def demonym_context(text: str, mentions: list[Mention]) -> dict[str, list[Candidate]]:
    """Countries that demonyms outside the mentions name ("talks with French officials"), as
    extra context names: a story about France may name only its capital, which should then win
    over a small namesake in a state named nearby ("Paris" after "the senator from Texas")."""
    taken = [(m.start, m.end) for m in mentions]
    out: dict[str, list[Candidate]] = {}
    gaz = gazetteer()
    for w in _CAPITALISED.finditer(text):
        if any(s < w.end() and w.start() < e for s, e in taken):
            continue
        dem = gaz.demonym(w.group())
        if dem is not None and dem.kind == "country" and dem.cc:
            out.setdefault(f"demonym:{dem.cc}", [dem])
    return out


def learned_features(
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    pair_lists: list[list[Candidate]],
) -> list[tuple[list[Candidate], np.ndarray]]:
    """The ranker's inputs: each mention's candidates and their feature rows.

    The document context is the reading the current ranking gives each other distinct name.
    """
    chosen = _consistent(mentions, scored)
    by_key: dict[str, Candidate] = {}
    for m, res in zip(mentions, chosen, strict=True):
        if res is not None:
            by_key.setdefault(normalize(m.text), res.candidate)
    cands_by_key: dict[str, list[Candidate]] = {}
    for m, ranked in zip(mentions, scored, strict=True):
        cands_by_key.setdefault(normalize(m.text), [c for _, c in ranked])
    index = {k: i for i, k in enumerate(cands_by_key)}
    nearby = Nearby(list(cands_by_key.values()))
    out = []
    for m, ranked, pair in zip(mentions, scored, pair_lists, strict=True):
        key = normalize(m.text)
        cands = [c for _, c in ranked]
        ctx = Context([c for k, c in by_key.items() if k != key], nearby, index[key])
        flags = [any(inside(c, p) for p in pair) for c in cands] if pair else None
        base = [_base(c) for c in cands]
        heur = [s for s, _ in ranked]
        out.append((cands, candidate_features(key, cands, base, heur, flags, ctx)))
    return out


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
            results[j] = Resolution(outer[0], res.score, [])


def _surrounding_city(name: str, inner: Candidate) -> Candidate | None:
    """The big city a container names when the inner place lies in it ("Queens, New York",
    "Brooklyn, New York" name New York City; "Albany, New York" names the state)."""
    readings = gazetteer().lookup(name)
    if any(c.kind == "country" and c.quality <= ALTERNATE for c in readings):
        return None  # "Salinas, Mexico" names the country, not Mexico City
    for c in readings:
        big = c.kind == "city" and c.pop >= CITY_CONTAINER_POP and c.cc == inner.cc
        if big and c.pid != inner.pid and _km(c, inner) <= CITY_CONTAINER_KM:
            return c
    return None


def _top(cands: list[Candidate]) -> tuple[Candidate | None, float]:
    if not cands:
        return None, 0.0
    scores = sorted((_base(c) for c in cands), reverse=True)
    margin = scores[0] - scores[1] if len(scores) > 1 else 5.0
    return max(cands, key=_base), margin


def _confident(cands: list[Candidate], pair: list[Candidate]) -> Candidate | None:
    """A first-pass reading that may serve as context: paired, or clearly ahead on its own."""
    if pair:
        inner = [c for c in cands if any(inside(c, p) for p in pair)]
        return max(inner, key=_base) if inner else None
    best, margin = _top(cands)
    return best if best is not None and margin >= 1.5 else None


def _rank(
    keys: list[str],
    cand_lists: list[list[Candidate]],
    pair_lists: list[list[Candidate]],
    picks: list[Candidate | None],
    extra: dict[str, list[Candidate]],
) -> list[list[tuple[float, Candidate]]]:
    """Score every mention's candidates against the context the other names give."""
    by_key: dict[str, list[Candidate]] = dict(extra)
    for key, pick in zip(keys, picks, strict=True):
        if pick is not None and pick.cc and pick not in by_key.setdefault(key, []):
            by_key[key].append(pick)
    first: dict[str, int] = {}
    for key in keys:
        first.setdefault(key, len(first))
    near = Nearby([cand_lists[keys.index(k)] for k in first]) if COLOC else None
    bonus: dict[tuple[str, int], float] = {}  # the same for every mention of a name
    scored = []
    for key, cands, pair in zip(keys, cand_lists, pair_lists, strict=True):
        countries, admins = _evidence(v for k, v in by_key.items() if k != key)
        for c in cands:
            if (key, c.pid) not in bonus:
                bonus[(key, c.pid)] = _coloc_bonus(c, near, first[key])
        ranked = [(_score(c, countries, admins, pair) + bonus[(key, c.pid)], c) for c in cands]
        ranked.sort(key=lambda t: t[0], reverse=True)
        if not pair:
            homes = _named_countries(keys, picks, key)
            ranked = _big_compatriot_first(_dominant_country_first(ranked, countries, homes))
        scored.append(ranked)
    return scored


def dominant_country(countries: Counter) -> str | None:
    """The country most of the other names read as, when they clearly agree: at least
    :data:`DOMINANT_MIN` names and a :data:`DOMINANT_SHARE` of them (a story about several
    countries has none)."""
    total = sum(countries.values())
    if not total:
        return None
    cc, n = countries.most_common(1)[0]
    return cc if cc and n >= DOMINANT_MIN and n >= DOMINANT_SHARE * total else None


def _named_countries(keys: list[str], picks: list[Candidate | None], own: str) -> set[str]:
    """Countries the text names as countries at least twice ("Canada ... Canada's stand"):
    the story is told from there even when other countries are named too."""
    n: Counter = Counter(
        p.cc for k, p in zip(keys, picks, strict=True) if k != own and p and p.kind == "country"
    )
    return {cc for cc, v in n.items() if v >= NAMED_TIMES}


def _dominant_country_first(
    ranked: list[tuple[float, Candidate]], countries: Counter, named: set[str]
) -> list[tuple[float, Candidate]]:
    """A bare name read as a city in a country few other names point to yields to a sizeable
    namesake in the story's home country ("Vancouver ... Calgary ... London" is London,
    Ontario, though London, England is bigger and a capital); a story about several countries
    has no home, so world cities stay."""
    home = dominant_country(countries)
    homes = named | ({home} if home else set())
    if not homes or not ranked or ranked[0][1].kind != "city":
        return ranked
    top = ranked[0][1]
    if top.cc in homes or countries[top.cc] * OUTWEIGH > max(countries[h] for h in homes):
        return ranked
    for i, (_, c) in enumerate(ranked[1:], start=1):
        if c.kind == "city" and c.cc in homes and c.quality == 0 and c.pop >= SIZEABLE:
            return _promoted(ranked, i)
    return ranked


def _big_compatriot_first(ranked: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A bare name a state's context pulled to a village keeps the famous city of that name in
    the same country ("New York ... Boston" is not Boston, N.Y., population 8,000): the
    village wins only when written with its state ("Boston, N.Y.")."""
    if not ranked or ranked[0][1].kind != "city":
        return ranked
    top = ranked[0][1]
    for i, (_, c) in enumerate(ranked[1:], start=1):
        if c.kind == "city" and c.cc == top.cc and c.pop >= BIG_COMPATRIOT * max(top.pop, 1):
            return _promoted(ranked, i)
    return ranked


def _promoted(ranked: list[tuple[float, Candidate]], i: int) -> list[tuple[float, Candidate]]:
    """``ranked`` with its ``i``-th reading moved to the top, taking the top score."""
    return [(ranked[0][0], ranked[i][1]), *[r for j, r in enumerate(ranked) if j != i]]


def _coloc_bonus(c: Candidate, near: Nearby | None, own: int) -> float:
    """Other names with a local reading within 50 km of ``c`` ("London" beside "St. Thomas")."""
    if near is None:
        return 0.0
    return COLOC * min(colocated(c, near, own), COLOC_CAP)


def _evidence(groups) -> tuple[Counter, Counter]:
    """Countries and admin-1 units that other names resolve to (each name counts once)."""
    countries: Counter = Counter()
    admins: Counter = Counter()
    for picks in groups:
        for best in picks:
            countries[best.cc] += 1
            if best.kind != "country" and best.adm1:
                admins[(best.cc, best.adm1)] += 1
            if best.kind == "admin1":
                admins[(best.cc, None)] += 1  # a state named: its siblings become likelier
    return countries, admins


def _score(c: Candidate, countries: Counter, admins: Counter, pair: list[Candidate]) -> float:
    score = _base(c)
    total = sum(countries.values()) or 1
    if c.cc and countries[c.cc] > 0:
        score += SAME_COUNTRY * (0.5 + countries[c.cc] / total)
    if c.kind != "country" and admins[(c.cc, c.adm1)] > 0:
        n_admin = sum(v for k, v in admins.items() if k[1] is not None) or 1
        score += SAME_ADMIN1 * (0.5 + admins[(c.cc, c.adm1)] / n_admin)
    elif c.kind == "admin1" and admins[(c.cc, None)] > 0:
        score += SIBLING_ADMIN1
    if pair:
        if any(inside(c, p) for p in pair):
            score += PAIR_MATCH
        else:
            score += PAIR_MISMATCH
    return score


def inside(c: Candidate, container: Candidate) -> bool:
    if container.kind == "country":
        return c.cc == container.cc and c.kind != "country"
    if container.kind == "admin1":
        return c.cc == container.cc and c.adm1 == container.adm1 and c.kind != "admin1"
    return c.cc == container.cc and c.kind == "city" and _km(c, container) < 60


def _km(a: Candidate, b: Candidate) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _consistent(
    mentions: list[Mention], scored: list[list[tuple[float, Candidate]]]
) -> list[Resolution | None]:
    """Give every mention of one name the reading of its best-scored mention."""
    best_by_key: dict[str, tuple[float, Candidate]] = {}
    for m, ranked in zip(mentions, scored, strict=True):
        if not ranked or m.container or m.kind_hint in OWN_READING:
            continue
        key = normalize(m.text)
        if key not in best_by_key or ranked[0][0] > best_by_key[key][0]:
            best_by_key[key] = ranked[0]
    paired: dict[str, tuple[float, Candidate]] = {}
    for m, ranked in zip(mentions, scored, strict=True):
        if ranked and m.container:
            key = normalize(m.text)
            if key not in paired or ranked[0][0] > paired[key][0]:
                paired[key] = ranked[0]
    out: list[Resolution | None] = []
    for m, ranked in zip(mentions, scored, strict=True):
        if not ranked:
            out.append(None)
            continue
        key = normalize(m.text)
        score, cand = ranked[0]
        if not m.container and m.kind_hint not in OWN_READING:
            score, cand = paired.get(key) or best_by_key.get(key) or ranked[0]
        out.append(Resolution(cand, score, [c for _, c in ranked[1:4]]))
    return out
