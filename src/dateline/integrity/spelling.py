"""US and British spellings: folding one to the other, and finding texts that mix them.

A wire story keeps one spelling system; a text that writes "air defence" in one paragraph and
"air defense" in the next was stitched or machine-reworded. Only lowercase words in the
writer's own voice count: proper names ("Department of Defense", "Labour") and quotations keep
their own spelling legitimately. Canadian, Australian and Oxford house styles pair British
"defence"/"colour" with "-ize", "analyze" and "program", so those US forms only clash with the
British "-ise"/"-yse" forms.
"""

from __future__ import annotations

import re

__all__ = ["UK_TO_US", "commonwealth_us", "is_ise", "spelling_system", "to_us"]


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
_ISE = frozenset(uk for uk, us in UK_TO_US.items() if re.search(r"(?:iz|yz)", us))
# US forms that Canadian, Australian and Oxford styles also write beside British "-our"/"-re".
_COMMONWEALTH_US = frozenset({UK_TO_US[w] for w in _ISE} | {"aluminum"})
# US forms every English writes in some sense: "program" (Australian style, and software in
# British style) and "tire" (the verb).
_NEUTRAL = frozenset({"program", "programs", "tire", "tires"})


def to_us(word: str) -> str:
    """The US spelling of a lowercase word (unchanged when it has no British variant)."""
    return UK_TO_US.get(word, word)


def spelling_system(word: str) -> str | None:
    """'uk', 'us' or None for a lowercase word (None too for forms all styles use)."""
    if word in UK_TO_US:
        return "uk"
    if word in _US and word not in _NEUTRAL:
        return "us"
    return None


def is_ise(word: str) -> bool:
    """A British "-ise"/"-yse" form ("organise", "analysed"): never US or Oxford style."""
    return word in _ISE


def commonwealth_us(word: str) -> bool:
    """A US form also standard in Canadian or Oxford spelling ("organize", "analyze")."""
    return word in _COMMONWEALTH_US
