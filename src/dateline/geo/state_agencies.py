"""A state's own agency, named by its short name, places a local story in that state; a
national or provincial police force places it in its country or province.

Local news names the state's road or transit agency and seldom the state: "asked PennDOT for
a traffic light" is a Pennsylvania story, "Caltrans closed the ramp" a California one, so a
town name several states share ("Tyrone") is the one in that state. Each distinct agency's
state counts as one more context name, like a demonym or a phone number's area code. Only
short names that belong to one state count: "ODOT" (Ohio, Oregon, Oklahoma), "MDOT"
(Michigan, Maryland, Mississippi), "NDOT", "CDOT", "MTA" and "DART" are left out. The table
is from general knowledge.

A force that polices one country or province does the same wherever the story names it: "near
Fernie on Sunday, the RCMP said" is the Canadian Fernie, not South Africa's.
"""

from __future__ import annotations

import re

from dateline.geo.gazetteer import Candidate, gazetteer, official_admin1

__all__ = ["NATIONAL_POLICE", "STATE_AGENCIES", "agency_units", "agency_words"]

# The switch for this step (off: agency names say nothing about where a story is).
STATE_AGENCIES = True

_AGENCIES_BY_STATE = {
    "Arizona": "ADOT",
    "Arkansas": "ArDOT",
    "California": "Caltrans BART CHP CalFire CAL FIRE Cal Fire",
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
# Police forces of a whole country or province, which also name their local detachments by town
# ("Surrey RCMP", "Orillia OPP"): (country, first-level unit or "", the name of the country or
# unit) by the force's name.
NATIONAL_POLICE = {
    "RCMP": ("CA", "", "Canada"),
    "OPP": ("CA", "08", "Ontario"),
    "SQ": ("CA", "10", "Quebec"),
    "PSNI": ("GB", "NIR", "Northern Ireland"),
    "Garda": ("IE", "", "Ireland"),
    "Gardai": ("IE", "", "Ireland"),
    "Gardaí": ("IE", "", "Ireland"),
}
# Forces and public bodies of one British nation, Australian state or of New Zealand, named
# without it in local copy ("a fire in Ystrad Mynach ..., Gwent Police said", "Ferries between
# Mallaig and Skye ..., CalMac said": table 122, 126; "the old hotel in Coromandel ..., Fire
# and Emergency said": table 157); they place a story as a national force does, but name no
# detachments.
_NATIONS_BODIES = {
    "Police Scotland": ("GB", "SCT", "Scotland"),
    "CalMac": ("GB", "SCT", "Scotland"),
    "Transport Scotland": ("GB", "SCT", "Scotland"),
    # Scotland's health boards ("... in Blantyre, NHS Lanarkshire said": blind 379)
    "NHS Lanarkshire": ("GB", "SCT", "Scotland"),
    "NHS Lothian": ("GB", "SCT", "Scotland"),
    "NHS Tayside": ("GB", "SCT", "Scotland"),
    "NHS Grampian": ("GB", "SCT", "Scotland"),
    "NHS Highland": ("GB", "SCT", "Scotland"),
    "NHS Fife": ("GB", "SCT", "Scotland"),
    "NHS Borders": ("GB", "SCT", "Scotland"),
    "NHS Forth Valley": ("GB", "SCT", "Scotland"),
    "NHS Ayrshire and Arran": ("GB", "SCT", "Scotland"),
    "NHS Dumfries and Galloway": ("GB", "SCT", "Scotland"),
    "NHS Greater Glasgow and Clyde": ("GB", "SCT", "Scotland"),
    "NHS Orkney": ("GB", "SCT", "Scotland"),
    "NHS Shetland": ("GB", "SCT", "Scotland"),
    "NHS Western Isles": ("GB", "SCT", "Scotland"),
    "Gwent Police": ("GB", "WLS", "Wales"),
    "South Wales Police": ("GB", "WLS", "Wales"),
    "North Wales Police": ("GB", "WLS", "Wales"),
    "Dyfed-Powys Police": ("GB", "WLS", "Wales"),
    "Natural Resources Wales": ("GB", "WLS", "Wales"),
    "Fire and Emergency": ("NZ", "", "New Zealand"),
    # Australia's state forces ("a fire in Wallsend ..., NSW Police said": table 358)
    "NSW Police": ("AU", "02", "New South Wales"),
    "NSW Rural Fire Service": ("AU", "02", "New South Wales"),
    "NSW RFS": ("AU", "02", "New South Wales"),
    "Victoria Police": ("AU", "07", "Victoria"),
    "Queensland Police": ("AU", "04", "Queensland"),
    "Tasmania Police": ("AU", "06", "Tasmania"),
    "WA Police": ("AU", "08", "Western Australia"),
    "SA Police": ("AU", "05", "South Australia"),
    "NT Police": ("AU", "03", "Northern Territory"),
    "Bushfires NT": ("AU", "03", "Northern Territory"),  # (blind 377)
    "NT Fire and Rescue": ("AU", "03", "Northern Territory"),  # (blind 391)
    "Waka Kotahi": ("NZ", "", "New Zealand"),
    "NZTA": ("NZ", "", "New Zealand"),
}
# Named alone, "SQ" is too short to stand for Quebec's force.
_FORCES = {**{f: u for f, u in NATIONAL_POLICE.items() if f != "SQ"}, **_NATIONS_BODIES}
_FORCE = re.compile(rf"(?<![\w-])({'|'.join(_FORCES)})(?![\w-])")
# The agencies' names of two words in the table above (the rest are one word each).
_TWO_WORD_AGENCIES = ("NJ Transit", "CAL FIRE", "Cal Fire")
_STATE_OF_AGENCY = {
    name: state
    for state, names in _AGENCIES_BY_STATE.items()
    for name in re.findall("|".join(_TWO_WORD_AGENCIES) + r"|\S+", names)
}
# The agencies' short names as whole words, in their own capitals ("PennDOT", not "penndot").
_AGENCY = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, _STATE_OF_AGENCY), key=len, reverse=True))
    + r")(?![\w-])"
)


def agency_units(text: str) -> dict[str, list[Candidate]]:
    """The state of each distinct state agency the text names, keyed as context names
    (``"agency:Pennsylvania"``), and the country or province of each national police force
    (``"force:CA"``, ``"force:GB-NIR"``)."""
    if not STATE_AGENCIES:
        return {}
    out: dict[str, list[Candidate]] = {}
    for hit in _FORCE.finditer(text):
        cc, adm1, name = _FORCES[hit.group(1)]
        kind = "admin1" if adm1 else "country"
        policed = [c for c in gazetteer().lookup(name) if c.kind == kind and c.cc == cc]
        if policed:
            out.setdefault(f"force:{name}", policed[:1])
    for hit in _AGENCY.finditer(text):
        state = _STATE_OF_AGENCY[hit.group(1)]
        if f"agency:{state}" in out:
            continue
        unit = official_admin1(state, ("US",))
        if unit is not None:
            out[f"agency:{state}"] = [unit]
    return out


def agency_words(text: str) -> list[tuple[int, int]]:
    """The spans of the agencies' names of two words whose first word, read alone, names
    towns only ("Cal Fire": "Cal" is another name of two Turkish towns; not "NJ Transit",
    whose "NJ" the abbreviations read as the state): no place is found inside them."""
    out = []
    for hit in _AGENCY.finditer(text):
        first, _, rest = hit.group(1).partition(" ")
        readings = gazetteer().lookup(first)
        if rest and readings and all(c.kind == "city" for c in readings):
            out.append(hit.span(1))
    return out
