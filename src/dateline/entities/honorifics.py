"""Gendered honorifics written before a name ("Mrs. Clinton", "Sir Keir Starmer").

One table and one reader serve both uses: the entities stage keeps "Mr. Clinton" and "Mrs.
Clinton" of one story apart, and quotes skips people stated otherwise when it reads "he"/"she".
Every word here states a sex whether it goes before a surname ("Mr", "Lord Cameron"), a given
name ("Sir Keir", "Dame Judi") or makes part of a stage name ("Lady Gaga" is a woman), so both
uses read the whole table. Only a capitalised honorific right before the name counts: "Madam
Secretary" addresses an office, and "first lady Melania Trump" is a title word (quotes.gender
reads those on top). Ungendered ones ("Dr", "Prof", "Mx") are not here.
"""

from __future__ import annotations

import re

__all__ = ["HONORIFIC_SEX", "honorific_before", "sex_before", "sex_of"]

HONORIFIC_SEX: dict[str, str] = {
    "Mr": "m",
    "Mister": "m",
    "Sir": "m",
    "Lord": "m",
    "Mrs": "f",
    "Ms": "f",
    "Miss": "f",
    "Madam": "f",
    "Madame": "f",
    "Dame": "f",
    "Lady": "f",
}
_LOWER = {h.lower(): s for h, s in HONORIFIC_SEX.items()}
_WORDS = "|".join(sorted(HONORIFIC_SEX, key=len, reverse=True))
# The honorific, an optional full stop and whitespace ending right where the name starts.
_BEFORE = re.compile(rf"\b({_WORDS})(\.?)\s+$", re.IGNORECASE)
_REACH = 16  # "Madame." and a few spaces or a line break


def honorific_before(text: str, start: int) -> str | None:
    """The honorific as written right before offset ``start`` ("Mrs." in "Mrs. Clinton"), in
    title or upper case ("MRS. CLINTON"), or None."""
    found = _BEFORE.search(text, max(0, start - _REACH), max(0, start))
    if found is None or not (found[1].istitle() or found[1].isupper()):
        return None
    return found[1] + found[2]


def sex_of(honorific: str) -> str | None:
    """The sex a written honorific states ("Mrs.": "f", "Sir": "m"), or None for any other word."""
    return _LOWER.get(honorific.rstrip(".").lower())


def sex_before(text: str, start: int) -> str | None:
    """The sex the honorific right before offset ``start`` states, or None."""
    written = honorific_before(text, start)
    return sex_of(written) if written else None
