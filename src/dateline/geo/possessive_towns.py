"""A town of two or three words before a possessive is the town: "Mount Airy's festival".

A small town's name may go unrecognised when NER tags nothing and the gazetteer matcher takes
only strong names; its possessive ("Mount Airy's mayor", "Glen Ellyn's library board") is
news usage for the town's own things. A two- or three-word name is seldom a person's when its
first word is no given name and NER reads no person there, so such a name the gazetteer knows
only as a town (no landmark, unit or region of that name: "White House's") of at least
:data:`POSSESSIVE_TOWN_POP` people is taken.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from dateline.geo.candidates import given_name
from dateline.geo.gazetteer import OFFICIAL, gazetteer
from dateline.nlp import text_of

__all__ = ["POSSESSIVE_TOWNS", "add_possessive_towns"]

# The switch for this step (off: such names are left to the other recognisers).
POSSESSIVE_TOWNS = True
POSSESSIVE_TOWN_POP = 5_000
_POSSESSIVE_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})['\u2019]s\b")


class _Found(Protocol):
    """The recogniser's claims: a span is added unless a more trusted source holds part of it."""

    def add(self, start: int, end: int, hint: str | None = None) -> None: ...


def add_possessive_towns(doc: Doc, found: _Found) -> None:
    """Add each unclaimed two- or three-word town name before "'s" (see the module)."""
    if not POSSESSIVE_TOWNS:
        return
    text = text_of(doc)
    for hit in _POSSESSIVE_NAME.finditer(text):
        name = hit.group(1)
        first = name.split(" ", 1)[0]
        if first == "The" or given_name(first) or _person_at(doc, *hit.span(1)):
            continue
        if _only_a_town(name):
            found.add(*hit.span(1))


def _person_at(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ in ("PERSON", "ORG") for t in span)


def _only_a_town(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a town's own name, big enough, and as nothing
    but towns."""
    own = [c for c in gazetteer().lookup(name) if c.quality == OFFICIAL]
    return (
        bool(own)
        and all(c.kind == "city" for c in own)
        and (max(c.pop for c in own) >= POSSESSIVE_TOWN_POP)
    )
