"""The shared types of place resolution and the distances its passes test.

Kept apart so candidate generation, ranking and the revising passes can all use them without
importing one another.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from dateline.geo.gazetteer import Candidate, gazetteer

__all__ = [
    "OWN_READING",
    "Mention",
    "Resolution",
    "haversine_km",
    "inside",
    "km",
    "loose_readings",
    "near",
    "near_in_unit",
]

# Mentions that keep their own reading rather than their name's document-wide one.
OWN_READING = ("unit", "dateline")


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
    # A sentence's first word that is also an English verb or adjective ("Man, you ...",
    # "Hail Trump"): a town only where the story's other places support the reading.
    common_word: bool = False
    # A single word that is also an English noun, unplaced and not tagged a place by NER
    # ("Louisville Metro police", "Commonwealth lawmakers"): not a foreign city of that name
    # where the story's other places all lie elsewhere.
    common_noun: bool = False
    # The full name a short one stands for in this story ("Florida Panhandle" for "the
    # Panhandle" in a story naming Florida): candidates are looked up under it.
    means: str | None = None


@dataclass
class Resolution:
    """The chosen candidate for a mention and its score."""

    candidate: Candidate
    score: float
    alternatives: list[Candidate] = field(default_factory=list)


def inside(c: Candidate, container: Candidate) -> bool:
    """Whether ``c`` lies in ``container``: in its country or admin-1 unit, a city of a region's
    own admin-1 unit near it, or (any other container) a city of its country within 60 km."""
    if container.kind == "country":
        return c.cc == container.cc and c.kind != "country"
    if container.kind == "admin1" and not container.adm1:
        return _in_uncoded_unit(c, container)
    if container.kind == "admin1":
        return c.cc == container.cc and c.adm1 == container.adm1 and c.kind != "admin1"
    if container.kind == "region" and container.adm1:  # "the Texas Panhandle": part of a state
        return (
            c.cc == container.cc
            and c.adm1 == container.adm1
            and c.kind == "city"
            and km(c, container) < UNCODED_UNIT_KM
        )
    return c.cc == container.cc and c.kind == "city" and km(c, container) < 60


# How far a unit filed below GeoNames' first level (a Philippine province, a French
# department) reaches from its point.
UNCODED_UNIT_KM = 150.0


def _in_uncoded_unit(c: Candidate, unit: Candidate) -> bool:
    """A unit filed without a code holds the places near it in the first-level unit that holds
    it ("Concepcion, Tarlac province" is the Central Luzon town by Tarlac, not a town filed
    without a code of its own in Mindanao: blind 372)."""
    if c.cc != unit.cc or c.kind == "admin1":
        return False
    if c.kind != "city" and not c.adm1:
        return True  # a part or region filed without a code as the unit is
    if c.name == unit.name:
        return False  # the city a unit is named for is its own reading, not a town inside it
    holder = gazetteer().holder(unit)
    return (not holder or c.adm1 == holder) and km(c, unit) < UNCODED_UNIT_KM


class Point(Protocol):
    """Anything with coordinates: a gazetteer reading or a finished place record."""

    lat: float
    lon: float


def km(a: Point, b: Point) -> float:
    """Great-circle distance between two readings, in km."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def near(place: Point, limit_km: float) -> Callable[[Point], bool]:
    """Whether a reading lies within ``limit_km`` of ``place`` (one test for the revising
    passes and the quarters placed by their town)."""
    return lambda c: km(c, place) <= limit_km


def near_in_unit(c: Candidate, other: Candidate, limit_km: float) -> bool:
    """Whether ``c`` shares ``other``'s first-level unit and lies within ``limit_km`` of it (a
    town of a named county or region)."""
    return c.cc == other.cc and c.adm1 == other.adm1 and km(c, other) <= limit_km


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def loose_readings(
    mentions: list[Mention], results: list[Resolution | None]
) -> Iterator[tuple[int, Mention, Resolution]]:
    """The resolved mentions a revising pass may move: no ", State" after them and no reading
    of their own (a unit word, a dateline). Lazy, so a pass may replace ``results[i]``."""
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is not None and not m.container and m.kind_hint not in OWN_READING:
            yield i, m, res
