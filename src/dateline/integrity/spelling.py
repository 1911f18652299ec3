"""US and British spellings: folding one to the other, and finding texts that mix them.

A wire story keeps one spelling system; a text that writes "air defence" in one paragraph and
"air defense" in the next was stitched or machine-reworded. Only lowercase words in the
writer's own voice count: proper names ("Department of Defense", "Labour") and quotations keep
their own spelling legitimately.
"""

from __future__ import annotations

import re

__all__ = ["UK_TO_US", "spelling_system", "to_us"]


def _split(words: str) -> list[str]:
    return words.split()


_IZE = _split(
    """
    organiz recogniz realiz criticiz apologiz emphasiz finaliz authoriz mobiliz stabiliz
    summariz prioritiz legaliz minimiz maximiz characteriz normaliz utiliz jeopardiz
    moderniz privatiz sympathiz scrutiniz specializ symboliz subsidiz penaliz polariz
    categoriz standardiz centraliz legitimiz energiz neutraliz militariz demilitariz
    destabiliz marginaliz weaponiz hospitaliz capitaliz industrializ harmoniz antagoniz
    patroniz terroriz memorializ
"""
)
_IZE_ENDINGS = ("e", "es", "ed", "ing", "ation", "ations", "er", "ers")
_OUR = _split(
    """
    color favor honor labor neighbor behavior humor rumor harbor vigor endeavor flavor valor
    armor candor
"""
)
_OUR_ENDINGS = ("", "s", "ed", "ing", "able", "ably", "ite", "ites", "hood", "hoods", "al")
_PAIRS = {
    "defence": "defense",
    "offence": "offense",
    "offences": "offenses",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "programme": "program",
    "programmes": "programs",
    "travelled": "traveled",
    "travelling": "traveling",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "modelled": "modeled",
    "fuelled": "fueled",
    "counselling": "counseling",
    "signalled": "signaled",
    "signalling": "signaling",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "grey": "gray",
    "catalogue": "catalog",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "paralyse": "paralyze",
    "paralysed": "paralyzed",
    "jewellery": "jewelry",
    "aluminium": "aluminum",
    "tyre": "tire",
    "tyres": "tires",
}


def _build() -> dict[str, str]:
    table = dict(_PAIRS)
    for stem in _IZE:
        for end in _IZE_ENDINGS:
            table[stem.replace("iz", "is") + end] = stem + end
    for stem in _OUR:
        for end in _OUR_ENDINGS:
            table[stem[:-2] + "our" + end] = stem + end
    return {uk: us for uk, us in table.items() if uk != us}


UK_TO_US: dict[str, str] = _build()
_US = frozenset(UK_TO_US.values())
_WORD = re.compile(r"[a-z]+")


def to_us(word: str) -> str:
    """The US spelling of a lowercase word (unchanged when it has no British variant)."""
    return UK_TO_US.get(word, word)


def spelling_system(word: str) -> str | None:
    """'uk', 'us' or None for a lowercase word."""
    if word in UK_TO_US:
        return "uk"
    if word in _US:
        return "us"
    return None
