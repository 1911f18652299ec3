"""A state's own agency, named by its short name, places a local story in that state.

Local news names the state's road or transit agency and seldom the state: "asked PennDOT for
a traffic light" is a Pennsylvania story, "Caltrans closed the ramp" a California one, so a
town name several states share ("Tyrone") is the one in that state. Each distinct agency's
state counts as one more context name, like a demonym or a phone number's area code. Only
short names that belong to one state count: "ODOT" (Ohio, Oregon, Oklahoma), "MDOT"
(Michigan, Maryland, Mississippi), "NDOT", "CDOT", "MTA" and "DART" are left out. The table
is from general knowledge.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import Candidate, official_admin1

__all__ = ["STATE_AGENCIES", "agency_units"]

# The switch for this step (off: agency names say nothing about where a story is).
STATE_AGENCIES = True

_AGENCIES_BY_STATE = {
    "Arizona": "ADOT",
    "Arkansas": "ArDOT",
    "California": "Caltrans BART",
    "Connecticut": "CTDOT ConnDOT",
    "Delaware": "DelDOT",
    "Florida": "FDOT",
    "Georgia": "GDOT MARTA",
    "Illinois": "IDOT",
    "Indiana": "INDOT",
    "Kansas": "KDOT",
    "Kentucky": "KYTC",
    "Maine": "MaineDOT",
    "Massachusetts": "MassDOT MBTA",
    "Minnesota": "MnDOT",
    "Missouri": "MoDOT",
    "New Hampshire": "NHDOT",
    "New Jersey": "NJDOT NJ Transit",
    "New Mexico": "NMDOT",
    "New York": "NYSDOT",
    "North Carolina": "NCDOT",
    "North Dakota": "NDDOT",
    "Pennsylvania": "PennDOT SEPTA",
    "Rhode Island": "RIDOT",
    "South Carolina": "SCDOT",
    "South Dakota": "SDDOT",
    "Tennessee": "TDOT",
    "Texas": "TxDOT",
    "Utah": "UDOT",
    "Vermont": "VTrans",
    "Virginia": "VDOT",
    "Washington": "WSDOT",
    "Wisconsin": "WisDOT",
    "Wyoming": "WYDOT",
}
_STATE_OF_AGENCY = {
    name: state
    for state, names in _AGENCIES_BY_STATE.items()
    for name in re.findall(r"NJ Transit|\S+", names)
}
# The agencies' short names as whole words, in their own capitals ("PennDOT", not "penndot").
_AGENCY = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, _STATE_OF_AGENCY), key=len, reverse=True))
    + r")(?![\w-])"
)


def agency_units(text: str) -> dict[str, list[Candidate]]:
    """The state of each distinct state agency the text names, keyed as context names
    (``"agency:Pennsylvania"``)."""
    if not STATE_AGENCIES:
        return {}
    out: dict[str, list[Candidate]] = {}
    for hit in _AGENCY.finditer(text):
        state = _STATE_OF_AGENCY[hit.group(1)]
        if f"agency:{state}" in out:
            continue
        unit = official_admin1(state, ("US",))
        if unit is not None:
            out[f"agency:{state}"] = [unit]
    return out
