"""Span tests the place recognisers share: NER span repair, position words, case fit.

They live apart from :mod:`~dateline.geo.recognize` because the gazetteer matcher, the NER
filter and the list reader all ask the same questions of a span ("is it only a direction?",
"is this capitals token an acronym rather than a town?").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from dateline.geo.gazetteer import Candidate
from dateline.geo.nonplaces import BIG_CITY

__all__ = ["DESCRIPTOR", "NER_LABELS", "POSITIONAL", "POSITION_WORD", "case_fit", "trim"]

NER_LABELS = {"GPE", "LOC", "FAC"}
# A position word: "North", "South-east", "Western", "Central".
POSITION_WORD = (
    r"(?:(?:North|South)(?:[ -]?(?:[Ee]ast|[Ww]est))?|East|West|(?:North|South|East|West)ern"
    r"|Central)"
)
# Admin-1 names that are also plain descriptors: inside "Central Bank" or "Lakes District Health
# Board" they describe, they do not place.
_DESCRIPTOR_WORD = (
    rf"(?:{POSITION_WORD}|Centre|Capital|Islands|Lakes|Delta|Oriental|Plateau|Coast|Littoral)"
)
DESCRIPTOR = re.compile(rf"^{_DESCRIPTOR_WORD}$", re.I)
# Admin-1 names made of position words only ("West", "Far North", "Southern District", "the
# South"): Cameroon's, Israel's or Lebanon's units by name, but in running text a direction or
# the start of a longer name ("West Chester", "Far North Queensland"). Not found by name alone.
POSITIONAL = re.compile(
    rf"^(?:Far |Upper |Lower |Extreme )?{_DESCRIPTOR_WORD}"
    r"(?: (?:District|Region|Province|Governorate|Department))?$",
    re.I,
)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def trim(ent: Span) -> Span | None:
    """Drop a leading "the" and trailing punctuation from an entity span."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ == "the" or ent.doc[start].is_punct):
        start += 1
    while end > start and ent.doc[end - 1].is_punct and ent.doc[end - 1].text != ".":
        end -= 1
    return ent.doc[start:end] if end > start else None


def case_fit(text: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Readings a short capitals token can have: "BA" (British Airways) is not Ba, Fiji; its
    readings as a code or abbreviation ("UK", "NYC") stay."""
    if _INITIALS.fullmatch(text):  # "the V.A." is not Wa (Ghana); "L.A." stays Los Angeles
        return tuple(c for c in cands if c.kind != "city" or c.pop >= BIG_CITY)
    if len(text) > 3 or not text.isupper() or not text.isalpha():
        return cands
    return tuple(c for c in cands if c.name.lower() != text.lower())
