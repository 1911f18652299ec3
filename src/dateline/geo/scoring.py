"""Rank each mention's readings against the context the document's other names give.

A small hand-weighted sum (the prior of :func:`~dateline.geo.candidates.base_score`, agreement
with the countries and admin-1 units other names resolve to, ", State" pairs, co-location within
50 km), two passes so the context is what the others resolved to; then a story's home country
and a famous compatriot city override namesakes the context alone favoured. A home country from
outside the text (a setting, the outlet's domain) places only a name the text leaves alone.
Also builds the learned ranker's features and gives every mention of a name one reading.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from typing import NamedTuple

import numpy as np

from dateline.geo.area_codes import phone_units
from dateline.geo.candidates import (
    ADMIN_KINDS,
    LOWER_COUNTY_AFTER,
    SIZEABLE,
    WATER_KINDS,
    abbreviation_like,
    base_score,
    container_candidates,
    lower_case_county,
    mention_candidates,
    namesake_city,
    official_bearer,
    spelled_alike,
    spelled_otherwise,
    top_reading,
    with_unit_word,
)
from dateline.geo.containers import (
    BODY_IN,
    COUNTIES_AFTER,
    apposed_as_town,
    apposed_country,
    based_in,
    governed_town,
    implied_kinds,
    listed_after_units_of,
    named_region,
)
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, WEAK, Candidate, gazetteer
from dateline.geo.landmark_towns import old_world_namesakes
from dateline.geo.mention import OWN_READING, Mention, Resolution, inside, km
from dateline.geo.names import normalize, variants
from dateline.geo.possessive_towns import TOWN_OWNED_AFTER
from dateline.geo.rank import Context, Nearby, candidate_features, colocated
from dateline.geo.road_numbers import road_units
from dateline.geo.state_agencies import agency_units
from dateline.geo.unit_demonyms import unit_demonym_units

__all__ = [
    "consistent",
    "demonym_context",
    "dominant_country",
    "hand_ranked",
    "learned_features",
]

SAME_COUNTRY = 2.5
SAME_ADMIN1 = 3.0
SIBLING_ADMIN1 = 1.5
PAIR_MATCH = 8.0
PAIR_MISMATCH = -4.0
PASSES = 2
# Per other name with a local reading within 50 km (at most two): chosen on the two
# development corpora from {1, 1.5, 2.5, 4}; the smallest that helps.
COLOC = 1.0
COLOC_CAP = 2
# A same-country city this many times bigger outranks a namesake only the context favoured.
BIG_COMPATRIOT = 50
# Fifteenth round: a town the story's own context does not place (its state is not the story's
# main one, no other name lies within 50 km of it) yields to a namesake city of at least
# FAMOUS_CITY people this many times bigger, in any country ("the madness of Orlando or Nice"
# is not Nice, Calif.; "last week in Cleveland" in a Philadelphia story beside one "Texas" is
# not Cleveland, Tex.).
FAMOUS_CITY = 100_000
FAMOUS_RATIO = 20
UNSUPPORTED_TOWN = 50_000
FAMOUS_OTHER_NAME = 1_000_000
# A nation's capital this many times the size of an unplaced namesake abroad takes a bare name,
# whatever the town's size ("Washington and London": the American capital, not Washington in
# Tyne and Wear, which London's country favoured; forty-first session).
CAPITAL_RATIO = 10
# A city this many times a town's size keeps an unrelated other name the town bears as its own
# (Santa Maria, Calif., once Grangeville, is no match for Grangeville, Idaho: table 81; a short
# form of the city's own name keeps FAMOUS_RATIO).
OTHER_NAME_RATIO = 100
BIG_OTHER_NAME_CITY = 500_000
# A town of this size bearing the name as its own in the city's own admin-1 unit takes it from
# a famous city that has it only as another name ("SAN MIGUEL, Calif." is the San Luis
# Obispo County town, not San Diego, first named San Miguel; "New Delhi" is not Delhi): the
# other name is the neighbour's own or a former one. Entries of population 0 are often
# duplicates of the city itself ("Juarez" in Chihuahua).
SAME_UNIT_OWN_NAME = 1_000
# Support differing by less than this is the same support (sums of floats in another order).
SAME_SUPPORT = 1e-6
MAIN_STATE_SHARE = 0.5
# A state named this close to the town (characters) places it too ("Plymouth. ... leads
# Massachusetts").
NEAR_STATE_CHARS = 400
# Home countries (fourteenth round): the story's dominant country (at least two other names,
# a clear majority of them) and any country named as such at least twice pull a bare name to
# its sizeable namesake there (a city of at least SIZEABLE people), unless the top reading's
# own country has more than 1/OUTWEIGH as many names as the home country.
DOMINANT_MIN = 2
DOMINANT_SHARE = 0.6
NAMED_TIMES = 2
OUTWEIGH = 3
# Schools named for their state, with the state's name replaced by "X".
_SCHOOL_OF = re.compile(
    r"(?:[Tt]he )?(?:University of X|X (?:State )?(?:University|College)|X Tech)(?:'s)?$"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
# A college, church, bank or firm may bear a name from elsewhere ("Dartmouth College" is in
# Hanover), so its name does not place the story; any other body's does, most of all one that
# governs or serves the place it is named for ("Enfield Council", "the Oregon Legislature",
# "Athens Police Department", "the Hudson Board of Education").
_BORROWS_NAME = re.compile(
    r"\b(?:University|College|Institute|Academy|Seminary|Cathedral|Church|Abbey|Bank|Club|"
    r"Company|Corporation|Corp|Inc|Ltd|Airlines?|Airways|Hotel)\b",
    re.I,
)
# A stretch of land named by its noun ("the Cibao valley", "the Mekong delta"): a region, never
# an airport that took the name.
_LAND_AFTER = re.compile(
    r"\s+(?i:valley|river|mountains|hills|plains?|basin|delta|coast|desert|peninsula|plateau|"
    r"highlands|lowlands|region|corridor)\b"
)
# "and nearby Clarksville", "neighboring Auburn": the text says the town lies near the others.
_NEARBY = re.compile(r"\b(?:nearby|neighbou?ring)\s+$", re.I)


def hand_ranked(
    text: str, mentions: list[Mention], home: str | None = None
) -> tuple[list[list[tuple[float, Candidate]]], list[list[Candidate]]]:
    """Every mention's candidates ranked by the hand-weighted score, and its container's;
    ``home`` is the story's home country from outside the text, if any: the context of a name
    the text gives nothing else to place by (:func:`_placed_by_home`)."""
    cand_lists = []
    for m in mentions:
        cands = old_world_namesakes(text, m.end, mention_candidates(m))
        namesake_city(cands)
        held = _held_other_names(text, m, cands)
        official_bearer(cands)
        cands += [c for c in held if c not in cands]
        if m.kind_hint == "dateline":
            cands = [c for c in cands if c.kind == "city"] or cands  # filed from a town
        if _LAND_AFTER.match(text, m.end):
            cands = [c for c in cands if c.kind != "airport"]
        if apposed_as_town(text, m.end):
            cands = [c for c in cands if c.kind not in ("country", "admin1")] or cands
            people = apposed_country(text, m.end)
            cands = [c for c in cands if c.cc == people] or cands
        if m.kind_hint == "county":  # "in Broward" after "Broward County"
            cand_lists.append(with_unit_word(m.text))
            continue
        kinds = implied_kinds(text, m.start, m.end)
        kept = [c for c in cands if c.kind in kinds] or based_in(text, m.end, cands)
        kept = kept or named_region(text, m.start, m.end, cands)
        if COUNTIES_AFTER.match(text, m.end):
            kept = with_unit_word(m.text) + kept
        elif listed_after_units_of(text, m.start):
            kept = _with_province_word(m.text) + kept  # "the provinces of Nyanza and Western"
        if LOWER_COUNTY_AFTER.match(text, m.end):
            kept = lower_case_county(f"{m.text} county") or kept  # "Kerry county council"
        if kept:
            cands, m.kind_hint = kept, "unit"
        else:
            cands = governed_town(text, m.start, m.end, cands) or _not_water(text, m, cands)
        cand_lists.append(cands)
    spelled_otherwise(mentions, cand_lists)
    _states_schools_name(mentions, cand_lists)
    pair_lists = []
    for m, cands in zip(mentions, cand_lists, strict=True):
        pair = container_candidates(text, m.container) if m.container else []
        if _listed_country(text, m, cands, pair):
            pair = []  # "China, Japan and Korea" is a list, not a city in Japan
        if not any(inside(c, p) for c in cands for p in pair):
            # A town's police "in" a unit that holds no reading of the town went there ("Dallas
            # police in Mexico"): the town keeps its own reading.
            towns_only = not any(c.kind in (*ADMIN_KINDS, "country") for c in cands)
            if pair and cands and towns_only and not BODY_IN.match(text, m.end):
                m.unmatched = m.container
            pair, m.container = [], None
        pair_lists.append(pair)
    keys = [normalize(m.text) for m in mentions]
    extra = demonym_context(text, mentions)
    picks = [_confident(cands, pair) for cands, pair in zip(cand_lists, pair_lists, strict=True)]
    states = _states_nearby(mentions, cand_lists)
    nearby = [_NEARBY.search(text, max(0, m.start - 15), m.start) is not None for m in mentions]
    in_names = [_names_a_body(m) for m in mentions]
    local = (states, nearby, in_names)
    home_of = _placed_by_home(keys, cand_lists, extra, home)
    scored = _rank(keys, cand_lists, pair_lists, picks, extra, local, home_of)
    for _ in range(PASSES - 1):
        # Second look: the context is now what the other names resolved to, pairs included.
        picks = [ranked[0][1] if ranked else None for ranked in scored]
        scored = _rank(keys, cand_lists, pair_lists, picks, extra, local, home_of)
    return scored, pair_lists


# ", south-west of Minsk", ", 30 km east of Kyiv": a town placed by its bearing from another.
_BEARING_FROM = re.compile(
    r",\s+(?:(?:just|about|some|roughly)\s+)?(?:[\d,.]+\s+(?:miles?|kilometers?|kilometres?|km)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
# How near a town placed by its bearing lies to a reading of the town it is placed from.
_BEARING_REACH_KM = 200.0
_ANCHOR_POP = 10_000


def _held_other_names(text: str, m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """Towns known by the name only as an other name that the mention's own container holds,
    or that lie near the town it is placed from by a bearing, when no town bearing the name
    officially does: "Alexandria, in northern Greece's Imathia region" is Alexandreia (blind
    374), though Egypt's city bears the name officially; "Dzerzhinsk, south-west of Minsk" is
    Belarus' Dzyarzhynsk, not Russia's Dzerzhinsk (blind 379)."""
    if m.container is not None:
        outer = container_candidates(text, m.container)
        held = [c for c in cands if any(inside(c, o) for o in outer)]
    else:
        bearing = _BEARING_FROM.match(text, m.end)
        if bearing is None:
            return []
        anchors = [
            a
            for a in gazetteer().lookup(bearing.group(1))
            if a.kind == "city" and a.pop >= _ANCHOR_POP
        ]
        held = [c for c in cands if any(km(c, a) <= _BEARING_REACH_KM for a in anchors)]
    if any(c.quality == OFFICIAL for c in held):
        return []
    return [c for c in held if c.kind == "city" and c.quality == ALTERNATE]


def _with_province_word(name: str) -> list[Candidate]:
    """The first-level units and regions whose official name is ``name`` and a unit word
    ("Western" in "the provinces of Nyanza and Western": Western Province)."""
    gaz = gazetteer()
    found = [c for w in ("Province", "Region") for c in gaz.lookup(f"{name} {w}")]
    return [c for c in found if c.kind in ("admin1", "region") and c.quality == OFFICIAL]


def names_state_school(m: Mention) -> bool:
    """Whether ``m`` is the state inside a school named for it ("University of Kansas")."""
    return m.within is not None and bool(_SCHOOL_OF.match(m.within.replace(m.text, "X", 1)))


def _states_schools_name(mentions: list[Mention], cand_lists: list[list[Candidate]]) -> None:
    """A state named by a school ("University of Georgia", "Georgia State University",
    "Georgia Tech") is the state when another name of the story has a reading inside it: the
    two support each other ("University of Georgia students in Athens" is Athens, Ga., not
    Georgia the country and Athens in Greece), and no other reading of its name holds one
    (the school of that name in Tbilisi)."""
    for m, cands in zip(mentions, cand_lists, strict=True):
        if not names_state_school(m):
            continue
        states = [c for c in cands if c.kind == "admin1" and c.quality == 0]
        if not states or len(states) == len(cands):
            continue
        others = [
            c
            for n, other in zip(mentions, cand_lists, strict=True)
            if n is not m and n.within is None
            for c in other
        ]
        held = [s for s in cands if any(inside(c, s) for c in others)]
        if held and all(s in states for s in held):
            cands[:] = held
            m.kind_hint = "unit"


def _listed_country(text: str, m: Mention, cands: list[Candidate], pair: list[Candidate]) -> bool:
    """Whether a country's name followed by another place is a list ("China, Japan"), not a
    town in a unit. A dotted state abbreviation ("Lebanon, N.H.", "Jordan, Mont.") never
    lists a country, so there the pair stands."""
    if not any(c.kind in ("country", "continent") and c.quality <= ALTERNATE for c in cands):
        return False
    if m.container is None or not pair or any(p.kind == "country" for p in pair):
        return True
    after = text[m.container[0] : m.container[1]]
    return not (after.endswith(".") and abbreviation_like(after))


def _states_nearby(
    mentions: list[Mention], cand_lists: list[list[Candidate]]
) -> list[set[tuple[str, str]]]:
    """For each mention, the admin-1 units other names within :data:`NEAR_STATE_CHARS` of it
    may be (by their own name)."""
    units = [
        (m.start, k, {(c.cc, c.adm1) for c in cands if _own_unit(c)})
        for k, (m, cands) in enumerate(zip(mentions, cand_lists, strict=True))
    ]
    named = sorted((start, k, u) for start, k, u in units if u)
    starts = [start for start, _, _ in named]
    out = []
    for k, m in enumerate(mentions):
        lo = bisect_left(starts, m.start - NEAR_STATE_CHARS)
        hi = bisect_right(starts, m.start + NEAR_STATE_CHARS)
        out.append(set().union(*(u for _, j, u in named[lo:hi] if j != k)))
    return out


def _own_unit(c: Candidate) -> bool:
    return c.kind == "admin1" and c.quality == 0 and bool(c.adm1)


class _Taken:
    """Spans, asked whether any overlaps a range, in log time (a scan per word made a long
    article's demonym context quadratic): sorted by start, with the furthest end so far."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # spans [0, k) start before ``end``
        return k > 0 and self._reach[k - 1] > start


def demonym_context(text: str, mentions: list[Mention]) -> dict[str, list[Candidate]]:
    """Countries that demonyms outside the mentions name ("talks with French officials"), as
    extra context names: a story about France may name only its capital, which should then win
    over a small namesake in a state named nearby ("Paris" after "the senator from Texas").
    A county a landscape's name holds ("the Ring of Kerry") counts as well, and so does the
    state or province of a phone number's area code ("call London police at 519-..."), of a
    numbered road ("the A1 near Stamford", "Interstate 25") and of a state agency ("asked
    PennDOT for a light") and of a unit's own demonym ("the Cornish town")."""
    taken = _Taken([(m.start, m.end) for m in mentions])
    out: dict[str, list[Candidate]] = {}
    gaz = gazetteer()
    for start, end in _capitalised_words(text):
        if taken.overlaps(start, end) or _team_nickname(text, start, end):
            continue
        dem = gaz.demonym(text[start:end])
        if (
            dem is not None
            and dem.kind == "country"
            and dem.cc
            and not _BORDER_AFTER.match(text, end)
        ):
            out.setdefault(f"demonym:{dem.cc}", [dem])
    for w in _FEATURE_OF_UNIT.finditer(text):
        if not taken.overlaps(w.start(1), w.end(1)):
            unit = _sole_country_unit(w.group(1))
            if unit is not None:
                out.setdefault(f"unit:{unit.pid}", [unit])
    for key, unit in road_units(text).items():
        out.setdefault(key, unit)
    out.update(phone_units(text))
    out.update(agency_units(text))
    out.update(unit_demonym_units(text, taken.overlaps))
    return out


# "Police in Jaleshwar on the Indian border": the border with a people's country says nothing
# of which side the story is on (table 348: a Nepali town), unless a town of the border follows
# ("the Syrian border town of Kobani").
_BORDER_AFTER = re.compile(
    r"\s+(?:border|frontier)\b(?!\s+(?:towns?|city|cities|villages?|region|area|province|district))"
)


# A capitalised word right before a plural: a team's town or school and its nickname.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'.-]*\s$")
_SENTENCE_END = re.compile(r"(?:^|[.!?\"\u201d]\s*)$")


def _team_nickname(text: str, start: int, end: int) -> bool:
    """ "The Rittman Indians beat Norwayne": a plural people's name after a capitalised word
    that does not open the sentence ("Two Americans") is a team's nickname, which says nothing
    of where the story is (table 84)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if text[end - 1] != "s" or before is None:
        return False
    return not _SENTENCE_END.search(text, max(0, before.start() - 3), before.start())


def _capitalised_words(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the capitalised words of ``text``, two running words also as one ("South
    Korean", "Sri Lankan": a demonym of two words, whose last alone names no one people)."""
    words = [w.span() for w in _CAPITALISED.finditer(text)]
    for i, (start, end) in enumerate(words):
        if i + 1 < len(words) and text[end : words[i + 1][0]] == " ":
            yield start, words[i + 1][1]
        yield start, end


# A town this big may give a landscape its name as well ("the Rock of Cashel").
FEATURE_TOWN_POP = 10_000
# A landscape named after the county or province it lies in ("the Ring of Kerry", "the Vale of
# Glamorgan", "the Glens of Antrim"): the unit's name, which no mention covers, places the
# story in the unit's country.
_FEATURE_OF_UNIT = re.compile(
    r"\b(?:Ring|Vale|Glens?|Mountains|Hills|Rock|Kingdom|Lakes|Coast) of ([A-Z][a-z]{3,})\b"
)


def _sole_country_unit(name: str) -> Candidate | None:
    """The first- or second-level unit ``name`` reads as, when all such readings lie in one
    country and no reading is a country or a town of :data:`FEATURE_TOWN_POP` people."""
    readings = gazetteer().lookup(name)
    units = [c for c in readings if c.kind in ADMIN_KINDS and c.quality == 0]
    if len({c.cc for c in units}) != 1 or any(c.kind == "country" for c in readings):
        return None
    if any(c.kind == "city" and c.pop >= FEATURE_TOWN_POP for c in readings):
        return None
    return units[0]


def learned_features(
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    pair_lists: list[list[Candidate]],
) -> list[tuple[list[Candidate], np.ndarray]]:
    """The ranker's inputs: each mention's candidates and their feature rows.

    The document context is the reading the current ranking gives each other distinct name.
    """
    chosen = consistent(mentions, scored)
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
        base = [base_score(c) for c in cands]
        heur = [s for s, _ in ranked]
        out.append((cands, candidate_features(key, cands, base, heur, flags, ctx)))
    return out


def _confident(cands: list[Candidate], pair: list[Candidate]) -> Candidate | None:
    """A first-pass reading that may serve as context: paired, or clearly ahead on its own."""
    if pair:
        inner = [c for c in cands if any(inside(c, p) for p in pair)]
        return max(inner, key=base_score) if inner else None
    best, margin = top_reading(cands)
    return best if best is not None and margin >= 1.5 else None


def _rank(
    keys: list[str],
    cand_lists: list[list[Candidate]],
    pair_lists: list[list[Candidate]],
    picks: list[Candidate | None],
    extra: dict[str, list[Candidate]],
    local: tuple[list[set[tuple[str, str]]], list[bool], list[bool]],
    home_of: dict[str, str] | None = None,
) -> list[list[tuple[float, Candidate]]]:
    """Score every mention's candidates against the context the other names give; ``local``
    holds, per mention, the states named near it, whether the text calls it nearby and whether
    it lies inside an organisation's name; ``home_of`` gives the names only the story's home
    country places (:func:`_placed_by_home`) that country as their context."""
    home_of = home_of or {}
    states_near, nearby, in_names = local
    by_key: dict[str, list[Candidate]] = dict(extra)
    for key, pick in zip(keys, _free_or_agreeing(picks, in_names, extra), strict=True):
        if pick is not None and pick.cc and pick not in by_key.setdefault(key, []):
            by_key[key].append(pick)
    first: dict[str, int] = {}
    for key in keys:
        first.setdefault(key, len(first))
    near = Nearby([cand_lists[keys.index(k)] for k in first]) if COLOC else None
    bonus: dict[tuple[str, int], float] = {}  # the same for every mention of a name
    evidence: dict[str, tuple[Counter, Counter]] = {}  # so are these (read, never changed)
    named_homes: dict[str, set[str]] = {}
    units: dict[str, tuple[tuple[str, str] | None, set[tuple[str, str]]]] = {}  # and these
    others = _OtherNames(by_key)
    country_picks = [(k, p) for k, p in zip(keys, picks, strict=True) if p and p.kind == "country"]
    context_units = {
        (c.cc, c.adm1) for readings in extra.values() for c in readings if c.kind == "admin1"
    }
    scored = []
    rows = zip(keys, cand_lists, pair_lists, states_near, nearby, strict=True)
    for key, cands, pair, states, near_cue in rows:
        if key not in evidence:
            countries, admins = others.evidence(key)
            if key in home_of:  # nothing else to go by: the home country is the context
                countries = Counter({home_of[key]: 1})
            evidence[key] = (countries, admins)
        countries, admins = evidence[key]
        for c in cands:
            if (key, c.pid) not in bonus:
                bonus[(key, c.pid)] = _coloc_bonus(c, near, first[key])
        ranked = [(_score(c, countries, admins, pair) + bonus[(key, c.pid)], c) for c in cands]
        ranked.sort(key=lambda t: t[0], reverse=True)
        if near_cue and ranked and bonus[(key, ranked[0][1].pid)] > 0:
            pass  # "nearby Clarksville" beside "Paris, Texas": the neighbour, not a famous one
        elif not pair:
            if key not in named_homes:
                named_homes[key] = _named_countries(country_picks, key)
                named_units = {u for u, n in admins.items() if n and u[1] is not None}
                units[key] = (_main_state(admins), named_units)
            homes = named_homes[key]
            ranked = _official_over_other_name(ranked, key)
            ranked = _big_compatriot_first(_dominant_country_first(ranked, countries, homes))
            main_state, named = units[key]
            # a capital abroad needs the town's state named, read from two other names or
            # given by a road's or phone number, or its country named, read from two other
            # names ("Vancouver ... Calgary ... London") or the story's home
            firm = main_state if main_state and admins[main_state] >= 2 else None
            placed_countries = {p.cc for k, p in country_picks if k != key} | homes
            dominant = home_of.get(key) or dominant_country(countries)
            if dominant:
                placed_countries.add(dominant)
            placing = _Placing(
                {main_state, *states}, {firm, *states, *context_units}, placed_countries
            )
            ranked = _famous_over_unplaced(ranked, placing, named, bonus, key)
        else:  # "Farmville, Va.": the state supports both, so it is the same support
            ranked = _official_over_other_name(ranked, key)
        scored.append(ranked)
    return scored


def _placed_by_home(
    keys: list[str],
    cand_lists: list[list[Candidate]],
    extra: dict[str, list[Candidate]],
    home: str | None,
) -> dict[str, str]:
    """The names the story's home country places (name -> country): those no other name of
    the story has any reading to weigh against, with no demonym, area code or road number
    either ("the San Marcos city council voted" in a Texas paper), and that a place of the
    home country bears as its own name (not "Oban" as some American town's other name); there
    the country counts as one other name would. Where the text offers anything, it alone
    decides: counted beside the text's names, even as a quarter of a name, a wrong hint (a US
    outlet's story of an English town) outvoted them, since two names of a short story lean on
    each other (docs/benchmarks.md, Places)."""
    if home is None or extra:
        return {}
    read = {key for key, cands in zip(keys, cand_lists, strict=True) if cands}
    return {
        key: home
        for key, cands in zip(keys, cand_lists, strict=True)
        if not read - {key} and any(c.cc == home and c.quality == OFFICIAL for c in cands)
    }


def _names_a_body(m: Mention) -> bool:
    """Whether a mention lies in an organisation's name that need not place the story (a
    school's, church's or firm's, :data:`_BORROWS_NAME`), unless it names a school's state that
    a town of the story lies in (:func:`_states_schools_name` marks it a unit)."""
    return m.within is not None and m.kind_hint != "unit" and bool(_BORROWS_NAME.search(m.within))


def _free_or_agreeing(
    picks: list[Candidate | None], in_names: list[bool], extra: dict[str, list[Candidate]]
) -> list[Candidate | None]:
    """The picks that may serve as context: a name inside a school's, church's or firm's name
    ("Dartmouth College") names the body, not where the story happens, so its
    reading counts only in a country a free mention (or a demonym) already reads as: "students
    at Dartmouth College in Hanover" must not pull Hanover to Canada."""
    free = {p.cc for p, inner in zip(picks, in_names, strict=True) if p is not None and not inner}
    free |= {c.cc for cands in extra.values() for c in cands}
    return [
        p if p is None or not inner or p.cc in free else None
        for p, inner in zip(picks, in_names, strict=True)
    ]


def dominant_country(countries: Counter) -> str | None:
    """The country most of the other names read as, when they clearly agree: at least
    :data:`DOMINANT_MIN` names and a :data:`DOMINANT_SHARE` of them (a story about several
    countries has none)."""
    total = sum(countries.values())
    if not total:
        return None
    cc, n = countries.most_common(1)[0]
    return cc if cc and n >= DOMINANT_MIN and n >= DOMINANT_SHARE * total else None


def _named_countries(country_picks: list[tuple[str, Candidate]], own: str) -> set[str]:
    """Countries the text names as countries at least twice ("Canada ... Canada's stand"):
    the story is told from there even when other countries are named too. ``country_picks``:
    (name, pick) of the names read as countries, listed once per story."""
    n: Counter = Counter(p.cc for k, p in country_picks if k != own)
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


# Waters, which own no library or council: the town named for one does ("Lake Geneva's").
_WATERS = WATER_KINDS | {"sea"}


def _not_water(text: str, m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """The towns of the name rather than its lake or river when what follows is only a town's
    ("Lake Geneva's library": table 92); else all readings, revisable."""
    if TOWN_OWNED_AFTER.match(text, m.end) and any(c.kind in _WATERS for c in cands):
        towns = [c for c in cands if c.kind == "city" and c.quality == OFFICIAL]
        return towns or cands
    return cands


def _official_over_other_name(
    ranked: list[tuple[float, Candidate]], key: str
) -> list[tuple[float, Candidate]]:
    """A city the name matches only as an unrelated other name (a Latin or former name:
    "Augusta" for Augsburg, "Hudson" for Jersey City), which nothing in the story supports,
    yields to a town bearing the name as its own, unless the city is famous by it (see
    :data:`FAMOUS_OTHER_NAME`) or :data:`OTHER_NAME_RATIO` times the town's size. Support the town
    has as much of ("the Androscoggin River town": a river through both their states) is none
    for the city. An exonym spelled like the city's own name ("Hanover", "Seville") is its usual
    English name and stays. A city of :data:`BIG_OTHER_NAME_CITY` people bearing the name as its
    own takes it from any city that has it only as another name, where the story supports that
    one no more ("Cancun" is Cancún, not Changchun: thirty-eighth session)."""
    if not ranked:
        return ranked
    score, top = ranked[0]
    if top.kind != "city" or top.quality != ALTERNATE:
        return ranked
    keys = {key, *variants(key)}  # "Ste. Genevieve" is Sainte Genevieve's own name
    support = score - base_score(top)
    for i, (own, c) in enumerate(ranked[1:], start=1):
        big = _bears_as_own(c, keys) and c.pop >= BIG_OTHER_NAME_CITY
        if big and support <= own - base_score(c):
            # "Cancun" is Cancún's own name, Changchun's other one; "Newcastle" in a British
            # story stays Newcastle upon Tyne
            return _promoted(ranked, i)
    if top.pop >= FAMOUS_OTHER_NAME:
        for i, (own, c) in enumerate(ranked[1:], start=1):
            if _bears_as_own(c, keys) and _neighbour_own(key, c, top, support, own):
                return _promoted(ranked, i)
        return ranked
    spelled = _spelled_as_own(key, top) and not _article_dropped(key, top)
    if spelled and top.pop >= BIG_OTHER_NAME_CITY:
        return ranked
    ratio = FAMOUS_RATIO if spelled else _ratio(key, top)
    for i, (own, c) in enumerate(ranked[1:], start=1):
        if not _bears_as_own(c, keys):
            continue
        if support > 0 and support > own - base_score(c) + SAME_SUPPORT:
            continue
        if ratio * c.pop >= top.pop:
            return _promoted(ranked, i)
    return ranked


def _neighbour_own(key: str, c: Candidate, top: Candidate, support: float, own: float) -> bool:
    """Whether ``c``, bearing the name as its own, is a town of the other-name city ``top``'s
    own unit (see :data:`SAME_UNIT_OWN_NAME`) that the story supports as much as ``top``, and
    the name is no short form of the city's own ("Lazaro Cardenas" for the port of Ciudad
    Lázaro Cárdenas, not the Michoacán village: table 312)."""
    return (
        (c.cc, c.adm1) == (top.cc, top.adm1)
        and f" {key} " not in f" {normalize(top.name)} "
        and c.pop >= SAME_UNIT_OWN_NAME
        and support <= own - base_score(c) + SAME_SUPPORT
    )


def _bears_as_own(c: Candidate, keys: set[str]) -> bool:
    """Whether ``c`` is a city bearing the name (one of its spellings ``keys``) as its own."""
    return c.kind == "city" and c.quality == OFFICIAL and normalize(c.name) in keys


def _ratio(key: str, city: Candidate) -> int:
    """How many times a town's size the city must be to keep the town's name: its own name's
    first words ("Newcastle" for Newcastle upon Tyne, "Bacolod" for Bacolod City) are a short
    form of its name, and a big city's other name is in use ("Zion" for Jerusalem), so
    :data:`FAMOUS_RATIO`; a smaller city's unrelated (former) name :data:`OTHER_NAME_RATIO`."""
    if city.pop >= BIG_OTHER_NAME_CITY:
        return FAMOUS_RATIO
    name = normalize(city.name)
    return FAMOUS_RATIO if name.startswith((f"{key} ", f"{key}-")) else OTHER_NAME_RATIO


def _spelled_as_own(key: str, city: Candidate) -> bool:
    """Whether ``key`` is the city's own name as an exonym spells it ("Hanover", "Seville"); a
    name that differs from it in its first letter alone is another name rhyming with it, not
    a spelling of it ("Kuna" is no Guna: table 42; "Maysville" no Kaysville)."""
    name = normalize(city.name)
    rhymes = len(key) == len(name) and key[0] != name[0] and key[1:] == name[1:]
    return spelled_alike(key, city.name) and not rhymes


# A city's leading article ("Le Mans", "La Porte", "El Paso"): without it the name is another
# town's own name (a "Porte" or "Paso" elsewhere), not the city's English spelling.
_LEADING_ARTICLE = re.compile(r"(?:(?:les|le|la|el|al|the) |l')")


def _article_dropped(key: str, city: Candidate) -> bool:
    """Whether ``key`` is the city's name with its leading article dropped."""
    name = normalize(city.name)
    opening = _LEADING_ARTICLE.match(name)
    return opening is not None and name[opening.end() :] == key


def _big_compatriot_first(ranked: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A bare name a state's context pulled to a village keeps the famous city of that name in
    the same country ("New York ... Boston" is not Boston, N.Y., population 8,000): the
    village wins only when written with its state ("Boston, N.Y."). The city must bear the
    name as its own: a former or other name ("Litchfield" for Avondale, Ariz.) is no famous
    namesake (eighteenth round), unless the city is a big one, as for
    :func:`_famous_over_unplaced`."""
    if not ranked or ranked[0][1].kind != "city":
        return ranked
    top = ranked[0][1]
    for i, (_, c) in enumerate(ranked[1:], start=1):
        if c.kind != "city" or c.cc != top.cc or c.pop < BIG_COMPATRIOT * max(top.pop, 1):
            continue
        if c.quality > ALTERNATE or (c.quality and c.pop < FAMOUS_OTHER_NAME):
            continue
        return _promoted(ranked, i)
    return ranked


class _Placing(NamedTuple):
    """What places a bare town against a famous namesake: its state as the story's main one or
    named near it (``units``); against a nation's capital abroad, its state named near it, the
    main state of at least two other names or the state a road's or phone number gives
    (``firm_units``), or its country named as such, read from two other names or the story's
    home (``countries``)."""

    units: set[tuple[str, str] | None]
    firm_units: set[tuple[str, str] | None]
    countries: set[str]


def _famous_over_unplaced(
    ranked: list[tuple[float, Candidate]],
    placing: _Placing,
    named: set[tuple[str, str]],
    bonus: dict[tuple[str, int], float],
    key: str,
) -> list[tuple[float, Candidate]]:
    """A bare town the story does not place yields to a much bigger namesake city (see
    :data:`FAMOUS_RATIO`). The town is placed when its state is the story's main state or is
    named near it (``placing.units``), or when another name has a reading within 50 km of it
    ("Edmonton" beside "Cairns" in a Queensland story stays the suburb); against a city abroad,
    when the story names its state at all ("a house in Southampton" in a New York story).
    A sizeable town yields only to a nation's capital abroad (see :data:`CAPITAL_RATIO`), and
    only where ``placing`` does not place it firmly."""
    if not ranked or ranked[0][1].kind != "city":
        return ranked
    top = ranked[0][1]
    if top.pop >= UNSUPPORTED_TOWN:
        if top.cc in placing.countries:
            return ranked
        placed, famous = placing.firm_units, _capital_abroad
    else:
        placed, famous = placing.units, _famous_abroad
    if bonus.get((key, top.pid), 0.0) > 0 or (top.cc, top.adm1) in placed:
        return ranked
    for i, (_, c) in enumerate(ranked[1:], start=1):
        if famous(c, top, named):
            return _promoted(ranked, i)
    return ranked


def _famous_abroad(c: Candidate, top: Candidate, named: set[tuple[str, str]]) -> bool:
    """Whether ``c`` is a city :data:`FAMOUS_RATIO` times the size of the town ``top``, bearing
    the name as its own or famous by it, and not abroad where the story names ``top``'s unit."""
    if c.kind != "city" or c.pop < max(FAMOUS_CITY, FAMOUS_RATIO * max(top.pop, 1)):
        return False
    if c.quality > ALTERNATE or (c.quality and c.pop < FAMOUS_OTHER_NAME):
        return False  # "Mecca" is Makkah's other name; "Southampton" is not Hampton, Va.
    return c.cc == top.cc or (top.cc, top.adm1) not in named


def _capital_abroad(c: Candidate, top: Candidate, named: set[tuple[str, str]]) -> bool:
    """Whether ``c`` is a nation's capital bearing the name as its own, in another country than
    ``top`` and :data:`CAPITAL_RATIO` times its size (``named`` is not read: the capital's
    fame outweighs a unit the story's other names lie in)."""
    del named
    return (
        c.capital
        and c.kind == "city"
        and c.quality == OFFICIAL
        and c.cc != top.cc
        and c.pop >= CAPITAL_RATIO * max(top.pop, 1)
    )


def _main_state(admins: Counter) -> tuple[str, str] | None:
    """The admin-1 unit that more than half the other names' readings lie in, if any."""
    units = Counter({k: v for k, v in admins.items() if k[1] is not None})
    total = sum(units.values())
    if not total:
        return None
    unit, n = units.most_common(1)[0]
    return unit if n > MAIN_STATE_SHARE * total else None


def _promoted(ranked: list[tuple[float, Candidate]], i: int) -> list[tuple[float, Candidate]]:
    """``ranked`` with its ``i``-th reading moved to the top, taking the top score."""
    return [(ranked[0][0], ranked[i][1]), *[r for j, r in enumerate(ranked) if j != i]]


def _coloc_bonus(c: Candidate, near: Nearby | None, own: int) -> float:
    """Other names with a local reading within 50 km of ``c`` ("London" beside "St. Thomas")."""
    if near is None:
        return 0.0
    return COLOC * min(colocated(c, near, own), COLOC_CAP)


def _evidence(groups) -> tuple[Counter, Counter]:
    """Countries and admin-1 units that other names resolve to (each name counts once, and so
    does each place however many names it goes by: "U.S.", "US" and "United States" are one)."""
    countries: Counter = Counter()
    admins: Counter = Counter()
    seen: set[int] = set()
    for picks in groups:
        for best in picks:
            if best.pid in seen:
                continue
            seen.add(best.pid)
            for counter, unit in _units_of(best, countries, admins):
                counter[unit] += 1
    return countries, admins


def _units_of(
    best: Candidate, countries: Counter, admins: Counter
) -> Iterator[tuple[Counter, object]]:
    """Where a reading counts as evidence: its country, its admin-1 unit (not a country's;
    for a county filed without one, the unit holding it: "Police in Flintshire" speaks for
    Wales; for a river, lake or region our table files under several units, each of them:
    "Parkville ... along the Missouri River" is a town of a state the river flows through),
    and, for a state named, its country's states (its siblings become likelier)."""
    yield countries, best.cc
    unit = best.adm1 or gazetteer().holder(best)
    if best.kind != "country" and unit:
        for each in unit.split("|"):
            yield admins, (best.cc, each)
    if best.kind == "admin1":
        yield admins, (best.cc, None)


class _OtherNames:
    """:func:`_evidence` of every name but one, for each name of a story, without a pass over
    all the others per name (quadratic in a long story): the whole story's counts once, less
    the places only the one name reads as. Where that name holds a place that first brings a
    country or unit into the counts (so the counts' order, which breaks ties, could differ), the
    counts are taken afresh."""

    def __init__(self, by_key: dict[str, list[Candidate]]) -> None:
        self.by_key = by_key
        self.countries: Counter = Counter()
        self.admins: Counter = Counter()
        self.names_of: dict[int, set[str]] = {}  # the names reading as each place
        self.first: dict[int, tuple[str, Candidate]] = {}  # the first name and its reading
        self.openers: set[int] = set()  # places that first bring a country or unit in
        for key, picks in by_key.items():
            for best in picks:
                self.names_of.setdefault(best.pid, set()).add(key)
                if best.pid in self.first:
                    continue
                self.first[best.pid] = (key, best)
                for counter, unit in _units_of(best, self.countries, self.admins):
                    if unit not in counter:
                        self.openers.add(best.pid)
                    counter[unit] += 1

    def evidence(self, key: str) -> tuple[Counter, Counter]:
        """:func:`_evidence` of every name but ``key``."""
        own = {best.pid for best in self.by_key.get(key, ())}
        firsts = [pid for pid in own if self.first[pid][0] == key]
        if any(pid in self.openers for pid in firsts):
            return _evidence(v for k, v in self.by_key.items() if k != key)
        countries, admins = self.countries.copy(), self.admins.copy()
        for pid in firsts:
            if self.names_of[pid] == {key}:
                for counter, unit in _units_of(self.first[pid][1], countries, admins):
                    counter[unit] -= 1
        return countries, admins


def _score(c: Candidate, countries: Counter, admins: Counter, pair: list[Candidate]) -> float:
    score = base_score(c)
    total = sum(countries.values()) or 1
    if c.cc and countries[c.cc] > 0:
        score += SAME_COUNTRY * (0.5 + countries[c.cc] / total)
    if c.kind != "country" and admins[(c.cc, c.adm1)] > 0:
        n_admin = sum(v for k, v in admins.items() if k[1] is not None) or 1
        score += SAME_ADMIN1 * (0.5 + admins[(c.cc, c.adm1)] / n_admin)
    elif c.kind == "admin1" and admins[(c.cc, None)] > 0 and c.quality != WEAK:
        # (not a unit demoted below its namesake city: "Hama Province" makes no bare
        # "Aleppo" the governorate; seventeenth round)
        score += SIBLING_ADMIN1
    if pair:
        if any(inside(c, p) for p in pair):
            score += PAIR_MATCH
        else:
            score += PAIR_MISMATCH
    return score


def consistent(
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
