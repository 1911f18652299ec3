"""The surname of a written full name, past a generational suffix ("Luther Stan Pate IV").

Merging a later bare "Pate" with the full name compares surnames; taking the last word made
"IV" the surname, so the person split in two and "Pate" was read as an organisation.
"""

from __future__ import annotations

__all__ = ["SUFFIXES", "SURNAME_PARTICLES", "particle", "surname"]

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lowercase particles of a surname: "de Jong" (or "De Jong" opening a sentence) is a bare
# surname, the one of "Michael de Jong"; "bin Laden", "al-Awlaki". The one table of entity
# merging, knowledge-base name matching and quote speakers' names.
SURNAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "le", "la", "ter", "ten",
     "al", "el", "bin", "ibn"}
)  # fmt: skip
# Particles that, capitalised, are most often given names ("Van Jones", "Del Shannon", "Al
# Gore": "Al Gore met Tipper Gore" is two people, not a bare "Gore" twice).
_GIVEN_PARTICLES = frozenset({"van", "del", "della", "al"})


def particle(word: str) -> bool:
    """Whether ``word`` opens a surname ("de" in "de Jong", "De" opening a sentence), not a
    given name ("Van Jones")."""
    low = word.lower()
    return low in SURNAME_PARTICLES and (word == low or low not in _GIVEN_PARTICLES)


def surname(text: str) -> str:
    """The last word of a name that is no generational suffix, as written ("" for no words)."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in SUFFIXES:
        words.pop()
    return words[-1] if words else ""
