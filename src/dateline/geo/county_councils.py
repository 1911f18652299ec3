"""A "<Name> County Council" names the unit "County <Name>" where the gazetteer has one.

British and Irish councils put "County" after the name ("Durham County Council") while the
unit itself is styled "County Durham"; the mention "Durham County" otherwise finds only an
American county of the same words, which then pulls the story's town across the Atlantic.
An American "King County Council" keeps its reading: no "County King" is on file.
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


def councils_by_their_county(text: str, mentions: list[Mention]) -> None:
    """Make each "<Name> County" before " Council" stand for "County <Name>" when on file."""
    if not COUNTY_COUNCILS:
        return
    for m in mentions:
        hit = _COUNTY_OF_COUNCIL.fullmatch(m.text)
        if hit is None or m.means is not None or m.kind_hint in OWN_READING:
            continue
        unit = f"County {hit.group(1)}"
        if _COUNCIL_AFTER.match(text, m.end) and _unit_on_file(unit):
            m.means = unit


def _unit_on_file(name: str) -> bool:
    return any(
        c.quality == OFFICIAL and c.kind.startswith("admin") for c in gazetteer().lookup(name)
    )
