"""Choose one gazetteer entry per place mention, using the whole document as context.

Scoring is a small hand-weighted sum (log population, kind prior, capital, name quality)
plus document evidence: countries and admin-1 units that other mentions resolve to without
doubt, "City, State" pairs ("Bangor, Maine", "Long Beach, CA"), and co-location: readings
that lie within 50 km of a possible reading of another name in the text (local news names
neighbouring towns: "London" beside "St. Thomas" and "Strathroy"); demonyms outside the
mentions count as their country ("French officials"), and a phone number's area code as its
state or province ("call police at 519-..."). Words around a name restrict its
kind ("Georgia Gov.", "Fulton and DeKalb counties", "the city of Washington", a list of
states). A story's home country (most other names, or a country named twice) takes a bare
name to its sizeable namesake there (London, Ontario in a Canadian local story). Every
mention of the same name then takes the reading its best-supported mention
chose, so one "Alexandria, Louisiana" carries over to later bare "Alexandria"s.

The work is split by job: :mod:`~dateline.geo.candidates` (readings and their prior),
:mod:`~dateline.geo.containers` (what the surrounding words say), :mod:`~dateline.geo.scoring`
(ranking in context), :mod:`~dateline.geo.revise` (passes over the finished readings) and
:mod:`~dateline.geo.mention` (shared types); this module runs them and re-exports the names
callers import from it.
"""

from __future__ import annotations

from dateline.geo.candidates import (
    abbreviation_like,
    container_candidates,
    part_of,
    town_named,
)
from dateline.geo.containers import find_container
from dateline.geo.county_councils import councils_by_their_county
from dateline.geo.elided_names import elided_by_their_pair
from dateline.geo.gazetteer import Candidate
from dateline.geo.mention import Mention, Resolution, haversine_km, inside
from dateline.geo.rank import ranker
from dateline.geo.revise import revise_readings
from dateline.geo.river_words import rivers_by_their_word
from dateline.geo.scoring import (
    consistent,
    demonym_context,
    dominant_country,
    hand_ranked,
    learned_features,
)

__all__ = [
    "Mention",
    "Resolution",
    "abbreviation_like",
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

LEARNED_PASSES = 2


def resolve_mentions(
    text: str, mentions: list[Mention], home: str | None = None
) -> list[Resolution | None]:
    """Resolve every mention of one document together; ``home`` is the story's home country
    from outside the text (:mod:`dateline.geo.home`), for names the text leaves unplaced."""
    rivers_by_their_word(text, mentions)
    councils_by_their_county(text, mentions)
    elided_by_their_pair(text, mentions)
    scored, pair_lists = hand_ranked(text, mentions, home)
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
    results = consistent(mentions, scored)
    revise_readings(text, mentions, scored, pair_lists, results)
    return results


def _first(t: tuple[float, Candidate]) -> float:
    """The score of a (score, reading) pair: the sort key of a ranking."""
    return t[0]
