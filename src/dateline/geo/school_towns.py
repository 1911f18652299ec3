"""A town read inside a school's name stays only where the story's own state holds it.

"Ashland High School" is named after its town, "Lincoln High School" and "Kennedy Elementary"
after people, and the words alone do not tell which. A school is local: when its first word
is its town, that town lies in the state the story's other places name ("Ashland High School
beat Medford, Ore."), or is one of them. A reading elsewhere ("Lincoln High School students
walked out in Portland, Ore." read as Lincoln, Neb.), a namesake too small to give a school its
name (a hamlet of the person's name), or no other place to judge by leaves a person's name.
"""

from __future__ import annotations

import re

from dateline.geo.mention import Mention, Resolution

__all__ = ["SCHOOL_TOWNS", "drop_unplaced_school_towns"]

# The switch for this rule (off: such towns are judged like any organisation's).
SCHOOL_TOWNS = True
# A namesake this small in the story's state is more likely a coincidence than the school's town.
SCHOOL_TOWN_POP = 5_000
_SCHOOL = re.compile(
    r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)? (?:(?:Senior |Junior )?High|Middle|Elementary|Primary"
    r"|Intermediate)(?: School)?"
)


def drop_unplaced_school_towns(
    mentions: list[Mention], results: list[Resolution | None]
) -> list[Resolution | None]:
    """``results`` with the towns read inside school names dropped unless the story's other
    places put them in their state (see the module)."""
    if not SCHOOL_TOWNS:
        return results
    others = [r.candidate for m, r in zip(mentions, results, strict=True) if r and not m.within]
    states = {(c.cc, c.adm1) for c in others if c.kind != "country"}
    same = {c.pid for c in others}
    out: list[Resolution | None] = []
    for m, r in zip(mentions, results, strict=True):
        school = r is not None and m.within is not None and _SCHOOL.fullmatch(m.within)
        if school and r is not None and r.candidate.kind == "city":
            c = r.candidate
            placed = c.pid in same or ((c.cc, c.adm1) in states and c.pop >= SCHOOL_TOWN_POP)
            out.append(r if placed else None)
        else:
            out.append(r)
    return out
