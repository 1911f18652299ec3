"""A state's, province's or county's own demonym places a story in that unit.

"police closed roads into the Cornish town", "Western Australian fisheries officials", "a
Texan rancher": the unit the word belongs to may never be named, yet a town of the story is
then the namesake there (Padstow in Cornwall, not the Sydney suburb). Each distinct unit's
demonym counts as one more context name, like a country's demonym, a phone number's area code
or a state agency. Only words that name one unit count: "Georgian" (the country), "Victorian"
(an era), "Washingtonian" (the state or the capital), "Galician" (Spain's or Ukraine's) and
"Punjabi" (India's or Pakistan's) are left out, but for "Victorian" before the state's own
government or services ("the Victorian government", "Victorian police"), which no era has.
The table is from general knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dateline.geo.gazetteer import OFFICIAL, Candidate, gazetteer, official_admin1

__all__ = ["UNIT_DEMONYMS", "unit_demonym_units"]

# The switch for this step (off: such words say nothing about where a story is).
UNIT_DEMONYMS = True

# (country, the unit's name) by demonym, singular; a plural "s" is read too.
_UNIT_OF_DEMONYM = {
    "Alabamian": ("US", "Alabama"),
    "Alaskan": ("US", "Alaska"),
    "Arizonan": ("US", "Arizona"),
    "Arkansan": ("US", "Arkansas"),
    "Californian": ("US", "California"),
    "Coloradan": ("US", "Colorado"),
    "Floridian": ("US", "Florida"),
    "Hawaiian": ("US", "Hawaii"),
    "Hoosier": ("US", "Indiana"),
    "Idahoan": ("US", "Idaho"),
    "Illinoisan": ("US", "Illinois"),
    "Iowan": ("US", "Iowa"),
    "Kansan": ("US", "Kansas"),
    "Kentuckian": ("US", "Kentucky"),
    "Louisianan": ("US", "Louisiana"),
    "Marylander": ("US", "Maryland"),
    "Michigander": ("US", "Michigan"),
    "Minnesotan": ("US", "Minnesota"),
    "Missourian": ("US", "Missouri"),
    "Montanan": ("US", "Montana"),
    "Nebraskan": ("US", "Nebraska"),
    "Nevadan": ("US", "Nevada"),
    "New Mexican": ("US", "New Mexico"),
    "New Yorker": ("US", "New York"),
    "North Carolinian": ("US", "North Carolina"),
    "North Dakotan": ("US", "North Dakota"),
    "Ohioan": ("US", "Ohio"),
    "Oklahoman": ("US", "Oklahoma"),
    "Oregonian": ("US", "Oregon"),
    "Pennsylvanian": ("US", "Pennsylvania"),
    "Rhode Islander": ("US", "Rhode Island"),
    "South Carolinian": ("US", "South Carolina"),
    "South Dakotan": ("US", "South Dakota"),
    "Tennessean": ("US", "Tennessee"),
    "Texan": ("US", "Texas"),
    "Utahn": ("US", "Utah"),
    "Vermonter": ("US", "Vermont"),
    "Virginian": ("US", "Virginia"),
    "West Virginian": ("US", "West Virginia"),
    "Wisconsinite": ("US", "Wisconsin"),
    "Wyomingite": ("US", "Wyoming"),
    "Albertan": ("CA", "Alberta"),
    "British Columbian": ("CA", "British Columbia"),
    "Manitoban": ("CA", "Manitoba"),
    "New Brunswicker": ("CA", "New Brunswick"),
    "Newfoundlander": ("CA", "Newfoundland and Labrador"),
    "Nova Scotian": ("CA", "Nova Scotia"),
    "Ontarian": ("CA", "Ontario"),
    "Quebecer": ("CA", "Quebec"),
    "Queenslander": ("AU", "Queensland"),
    "South Australian": ("AU", "South Australia"),
    "Tasmanian": ("AU", "Tasmania"),
    "Western Australian": ("AU", "Western Australia"),
    "Cornish": ("GB", "Cornwall"),
    "Cumbrian": ("GB", "Cumbria"),
    "Bavarian": ("DE", "Bavaria"),
    "Andalusian": ("ES", "Andalusia"),
    "Catalan": ("ES", "Catalonia"),
    "Sardinian": ("IT", "Sardinia"),
    "Sicilian": ("IT", "Sicily"),
    "Tuscan": ("IT", "Tuscany"),
    "Breton": ("FR", "Brittany"),
    "Corsican": ("FR", "Corsica"),
}
# Longest first, so "West Virginian" is not read as "Virginian"; "Cornish" takes no plural.
_DEMONYM = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(d) for d in sorted(_UNIT_OF_DEMONYM, key=len, reverse=True))
    + r")s?(?![\w-])"
)


# An era's word that names the state before the state's own bodies and offices (table 197:
# "The Victorian government will build a new wind farm near Mortlake").
_STATE_BODY_DEMONYM = re.compile(
    r"(?<![\w-])(Victorian)\s+(?:state\s+)?(?:government|[Pp]remier|[Pp]arliament|[Pp]olice"
    r"|[Cc]oroner|Opposition|Labor|Liberals?|Nationals|Greens|[Mm]inister|[Tt]reasurer|budget"
    r"|election|Health|Education|Supreme\s+Court|County\s+Court|Ombudsman|Country\s+Fire)\b"
)
_UNIT_OF_BODY_DEMONYM = {"Victorian": ("AU", "Victoria")}


def unit_demonym_units(text: str, taken: Callable[[int, int], bool]) -> dict[str, list[Candidate]]:
    """The unit of each distinct unit demonym in ``text`` outside the place mentions (where
    ``taken(start, end)`` is false), keyed as context names (``"demonym:Cornwall"``)."""
    if not UNIT_DEMONYMS:
        return {}
    out: dict[str, list[Candidate]] = {}
    hits = [(hit, _UNIT_OF_DEMONYM) for hit in _DEMONYM.finditer(text)]
    hits += [(hit, _UNIT_OF_BODY_DEMONYM) for hit in _STATE_BODY_DEMONYM.finditer(text)]
    for hit, table in hits:
        if taken(hit.start(1), hit.end(1)):
            continue
        cc, name = table[hit.group(1)]
        unit = _unit(cc, name)
        if unit is not None:
            out.setdefault(f"demonym:{name}", [unit])
    return out


@lru_cache(maxsize=128)
def _unit(cc: str, name: str) -> Candidate | None:
    """The first-level unit of that name with its code, else the county (England's counties
    are filed as second-level units)."""
    return official_admin1(name, (cc,)) or next(
        (
            c
            for c in gazetteer().lookup(name)
            if c.kind == "admin2" and c.cc == cc and c.quality == OFFICIAL
        ),
        None,
    )
