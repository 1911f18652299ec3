"""The surname of a written full name, past a generational suffix ("Luther Stan Pate IV").

Merging a later bare "Pate" with the full name compares surnames; taking the last word made
"IV" the surname, so the person split in two and "Pate" was read as an organisation.
"""

from __future__ import annotations

__all__ = ["SUFFIXES", "surname"]

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surname(text: str) -> str:
    """The last word of a name that is no generational suffix, as written ("" for no words)."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in SUFFIXES:
        words.pop()
    return words[-1] if words else ""
