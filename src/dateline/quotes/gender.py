"""What the text itself says of a person's gender, so "he"/"she" skip people stated otherwise.

An honorific or a gendered title word ("Mrs.", "congresswoman") at a mention or in the entity's
title is the evidence (conflicting evidence gives none); only where there is none, a common
given name the entities stage's table holds ("James Comey", ``entities.given_names``).
"""

from __future__ import annotations

import re

from dateline.entities.given_names import given_sex
from dateline.entities.honorifics import sex_before, sex_of
from dateline.quotes.names import PERSON_TYPES
from dateline.records import Entity

__all__ = ["entity_gender", "gender_before"]

# Gendered title words, read in any case on top of the honorifics (entities.honorifics),
# which count only capitalised and right before the name: '"Yes, sir," Smith said' is no man.
_TITLE_WORD = re.compile(r"\b(\w+)\W*$")
# Failing those, the given name of a full name ("James Comey" is no "she").
GIVEN_NAMES = True
_MALE = {"congressman", "spokesman", "chairman", "businessman", "king"}
_FEMALE = {"congresswoman", "spokeswoman", "chairwoman", "businesswoman", "queen", "lady"}


def _gender_word(word: str) -> str | None:
    low = word.lower().rstrip(".")
    return "m" if low in _MALE else "f" if low in _FEMALE else None


def gender_before(text: str, start: int) -> str | None:
    """'Mr. Obama', 'Congresswoman Lee': the gender an honorific or a title word right before
    a name gives."""
    m = _TITLE_WORD.search(text[max(0, start - 20) : max(0, start)])
    return sex_before(text, start) or (_gender_word(m.group(1)) if m else None)


def entity_gender(text: str, ent: Entity) -> str | None:
    """A person's gender when the article states it, by honorific or title, and never both."""
    if ent.type not in PERSON_TYPES:
        return None
    found = {_gender_word(w) for w in (ent.title or "").split()}
    for m in ent.mentions:
        found.add(gender_before(text, m.start))
        first = text[m.start : m.end].split()[:1]
        if first and first[0][:1].isupper():
            found.add(sex_of(first[0]))
    found.discard(None)
    if not found and GIVEN_NAMES:
        found = {given_sex(text[m.start : m.end]) for m in ent.mentions} - {None}
    return found.pop() if len(found) == 1 else None
