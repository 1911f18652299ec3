"""A bare county in a story set in one state lies in that state.

"Linn County" and "Monroe County" name counties in a dozen states each; local news names its own
state often and its counties bare ("PARIS, Mo." then "Monroe County"), so a county reading outside
the story's home state yields to the namesake inside it. The home state is the admin-1 unit that
at least two other readings lie in (or name), more than twice as many as any other unit.
"""

from __future__ import annotations

from collections import Counter

from dateline.geo.candidates import with_unit_word
from dateline.geo.cocounty import TOWN_IN_COUNTY_KM
from dateline.geo.gazetteer import Candidate
from dateline.geo.mention import OWN_READING, Mention, Resolution, loose_readings, near_in_unit

__all__ = ["bare_counties_in_home_state", "counties_in_home_state", "home_state"]

HOME_MIN = 2  # readings in the home state
HOME_LEAD = 2.0  # times as many as the next state
# A town read outside the home state yields to the home state's county of its name only when
# this small (a famous city stays: "Paris" in a Kentucky story may be France's).
BARE_COUNTY_TOWN_POP = 50_000


def home_state(results: list[Resolution | None]) -> tuple[str, str] | None:
    """The (country, admin-1 code) most readings lie in, when clearly ahead of the rest."""
    units = Counter(
        (r.candidate.cc, r.candidate.adm1)
        for r in results
        if r is not None and r.candidate.kind not in ("country", "admin2") and r.candidate.adm1
    )
    ranked = units.most_common(2)
    if not ranked or ranked[0][1] < HOME_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < HOME_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def counties_in_home_state(
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """Move a bare county reading into the story's home state when a namesake lies there."""
    home = home_state(results)
    if home is None:
        return
    for i, _, res in loose_readings(mentions, results):
        c = res.candidate
        if c.kind != "admin2" or (c.cc, c.adm1) == home:
            continue
        there = [k for _, k in scored[i] if k.kind == "admin2" and (k.cc, k.adm1) == home]
        if there:
            results[i] = Resolution(there[0], res.score, [c, *res.alternatives])


def bare_counties_in_home_state(mentions: list[Mention], results: list[Resolution | None]) -> None:
    """A bare name the home state has a county of, read as a small town elsewhere, by another
    name or not at all, is that county ("Fayette" in a Kentucky story is Fayette County, Ky.,
    not Fayette, Ala.; "Loudoun" in a Virginia story is no other name of Sterling): local news
    names its counties bare. Not a town of a county the story reads ("An Osceola County jury in
    Sibley" with "Worthington, Minn." beside it: table 89)."""
    home = home_state(results)
    if home is None:
        return
    counties = [r.candidate for r in results if r is not None and r.candidate.kind == "admin2"]
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if m.container or m.unmatched or m.within or m.kind_hint in (*OWN_READING, "facility"):
            continue
        if res is not None and not _small_town_away(res.candidate, home):
            continue
        if res is not None and any(
            near_in_unit(res.candidate, k, TOWN_IN_COUNTY_KM) for k in counties
        ):
            continue  # "An Osceola County jury in Sibley": the town of the county read
        there = [c for c in with_unit_word(m.text) if (c.cc, c.adm1) == home and c.quality == 0]
        if there:
            old = [res.candidate] if res is not None else []
            results[i] = Resolution(there[0], res.score if res else 0.0, old)


def _small_town_away(c: Candidate, home: tuple[str, str]) -> bool:
    """A small town outside the home state, or one the name matches only as another name
    ("Loudoun" for Sterling, Va.)."""
    away = (c.cc, c.adm1) != home or c.quality != 0
    return c.kind == "city" and away and c.pop < BARE_COUNTY_TOWN_POP
