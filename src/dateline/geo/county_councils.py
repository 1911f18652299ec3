"""A "<Name> County Council" names the unit "County <Name>" where the gazetteer has one.

British and Irish councils put "County" after the name ("Durham County Council") while the
unit itself is styled "County Durham"; the mention "Durham County" otherwise finds only an
American county of the same words, which then pulls the story's town across the Atlantic.
An American "King County Council" keeps its reading: no "County King" is on file. Irish
counties (and some British ones) are on file by their bare name ("Wexford"), so a "Wexford
County Council" names that county unless an American county of the name lies in a state whose
counties have councils (see :data:`COUNCIL_STATES`): Michigan's Wexford County has a board of
commissioners, South Carolina's York County a council.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import OFFICIAL, gazetteer
from dateline.geo.mention import OWN_READING, Mention

__all__ = ["COUNTY_COUNCILS", "councils_by_their_county"]

# The switch for this pass (off: such mentions keep the readings of their own words).
COUNTY_COUNCILS = True
_COUNTY_OF_COUNCIL = re.compile(r"([A-Z][a-z]+) County$")
_COUNCIL_AFTER = re.compile(r" Council\b")
# The countries whose counties have councils named "<Name> County Council".
COUNCIL_COUNTRIES = ("IE", "GB")
# US states with county councils (charter or home-rule counties, or all of them), from
# general knowledge: a "<Name> County Council" may be one of theirs.
COUNCIL_STATES = frozenset(
    {"AK", "DE", "HI", "IN", "KY", "MD", "MO", "MT", "NM", "OH", "PA", "SC", "UT", "WA"}
)


def councils_by_their_county(text: str, mentions: list[Mention]) -> None:
    """Make each "<Name> County" before " Council" stand for "County <Name>" when on file."""
    if not COUNTY_COUNCILS:
        return
    for m in mentions:
        hit = _COUNTY_OF_COUNCIL.fullmatch(m.text)
        if hit is None or m.means is not None or m.kind_hint in OWN_READING:
            continue
        if not _COUNCIL_AFTER.match(text, m.end):
            continue
        unit = f"County {hit.group(1)}"
        if _unit_on_file(unit):
            m.means = unit
        elif _councils_county(hit.group(1)) and not _american_council(m.text):
            m.means = hit.group(1)


def _unit_on_file(name: str) -> bool:
    return any(
        c.quality == OFFICIAL and c.kind.startswith("admin") for c in gazetteer().lookup(name)
    )


def _councils_county(name: str) -> bool:
    """Whether an Irish or British county bears the bare name as its own."""
    return any(
        c.quality == OFFICIAL and c.kind.startswith("admin") and c.cc in COUNCIL_COUNTRIES
        for c in gazetteer().lookup(name)
    )


def _american_council(name: str) -> bool:
    """Whether an American county of the name lies in a state whose counties have councils."""
    return any(
        c.kind == "admin2" and c.cc == "US" and c.adm1 in COUNCIL_STATES
        for c in gazetteer().lookup(name)
    )
