"""A bare county in a story set in one state lies in that state.

"Linn County" and "Monroe County" name counties in a dozen states each; local news names its own
state often and its counties bare ("PARIS, Mo." then "Monroe County"), so a county reading outside
the story's home state yields to the namesake inside it. The home state is the admin-1 unit that
at least two other readings lie in (or name), more than twice as many as any other unit.
"""

from __future__ import annotations

from collections import Counter

from dateline.geo.gazetteer import Candidate
from dateline.geo.mention import OWN_READING, Mention, Resolution

__all__ = ["counties_in_home_state", "home_state"]

HOME_MIN = 2  # readings in the home state
HOME_LEAD = 2.0  # times as many as the next state


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
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or m.kind_hint in OWN_READING:
            continue
        c = res.candidate
        if c.kind != "admin2" or (c.cc, c.adm1) == home:
            continue
        there = [k for _, k in scored[i] if k.kind == "admin2" and (k.cc, k.adm1) == home]
        if there:
            results[i] = Resolution(there[0], res.score, [c, *res.alternatives])
