"""The fullest name the article gives a person speaker.

The entity stage sometimes leaves "Logan" (after "Fire Marshal Doug Logan"), "Mrs Clinton" or
"Kellogg later" as a separate person. A speaker an analyst groups by needs one name per person,
so a bare surname, with or without an honorific, is read as the one person of the article whose
full name ends with it; with two such people ("Bill and Hillary Clinton") it stays as written.
Titles the parser kept inside a name ("MLA Sandra Jansen", "Marshal Doug Logan") are dropped
from the displayed name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.entities.given_names import given_sex
from dateline.entities.honorifics import HONORIFIC_SEX
from dateline.entities.surnames import SUFFIXES, SURNAME_PARTICLES, particle
from dateline.quotes.lexicon import TITLE_NOUNS
from dateline.records import Entity

__all__ = ["HONORIFICS", "PERSON_TYPES", "clean_name", "fullest", "namesakes", "unglued"]

# The entity types that name a person (spaCy's and the Phoenix-style short one).
PERSON_TYPES = frozenset({"PERSON", "PER"})
# Honorifics that say a person's gender ("Mrs", "Sir"), as written: the entities table's words.
HONORIFICS = tuple(HONORIFIC_SEX)
_HONORIFICS = {h.lower() for h in HONORIFICS} | {"dr", "prof"}
# Heads of a surname joined to it ("al-Awlaki", "d'Alema").
_JOINED_PARTICLES = SURNAME_PARTICLES | {"d", "l"}
# A bare given name is the one person named in full with it, when no one has it as a surname.
GIVEN_ONLY = True
# A bare word no full name ends in is the one person entity named by just that word.
SAME_WORD = True
_TITLES = TITLE_NOUNS | {
    "marshal", "sheriff", "justice", "mp", "mla", "sen", "rep", "gov", "treasurer", "pastor",
    "gm", "md", "cfo", "coo", "cto", "vp", "evp", "svp",
}  # fmt: skip


def _bare(word: str) -> str:
    return word.lower().strip(".,")


def _is_title(word: str) -> bool:
    """A title or honorific, or a hyphenated compound of titles ("Secretary-Treasurer")."""
    parts = _bare(word).split("-")
    return all(p in _TITLES or p in _HONORIFICS for p in parts)


# A live blog's entry time glued to the name that opens the entry ("9:52PMBush"): no part of it.
GLUED_TIMES = True
_CLOCK_PREFIX = re.compile(r"^(?:\d{4}\s+)?\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?(?=[A-Z])")


def unglued(name: str) -> str:
    """The name without a clock time glued before it ("2016 9:12PMTrump" -> "Trump")."""
    return _CLOCK_PREFIX.sub("", name) if GLUED_TIMES else name


@lru_cache(maxsize=8192)
def clean_name(name: str) -> str:
    """The name without the titles or honorifics before it and trailing lowercase words,
    keeping at least one word ("Fire Marshal Doug Logan" -> "Doug Logan", "Kellogg later" ->
    "Kellogg")."""
    words = name.split()
    while len(words) > 1 and words[-1][:1].islower() and not _particle_name(words[-1]):
        words.pop()
    titles = [i for i, w in enumerate(words[:-1]) if _is_title(w)]
    if titles and _capitalised(words[titles[-1] + 1 :]):  # all up to the last title word
        words = words[titles[-1] + 1 :]
    return " ".join(words)


def _particle_name(word: str) -> bool:
    """A surname written with a lowercase particle ("al-Awlaki", "bin-Laden", "d'Alema"): a
    name, not a trailing lowercase word."""
    head, sep, rest = word.replace("'", "-").replace("’", "-").partition("-")
    return bool(sep) and head.lower() in _JOINED_PARTICLES and rest[:1].isupper()


def _capitalised(words: list[str]) -> bool:
    """Each word capitalised or a particle ("Ludwig van Beethoven"), not "of State"."""
    return all(w[:1].isupper() or w in SURNAME_PARTICLES or _particle_name(w) for w in words)


def _full(words: list[str]) -> bool:
    return len(words) > 1 and _capitalised(words)


def _surname(words: list[str]) -> str | None:
    core = [w for w in words if _bare(w) not in SUFFIXES]
    return _bare(core[-1]) if core else None


def fullest(
    name: str, entities: Sequence[Entity], at: int | None = None, sex: str | None = None
) -> Entity | None:
    """The one person entity with a longer name ending in the bare surname ``name`` is; with
    two or more ("Hillary Clinton", "Bill Clinton") and the mention's offset ``at``, the one the
    article has introduced before it, when only one has been ("Clinton said" after "Hillary
    Clinton" and before "Bill Clinton" is first named); else, given the ``sex`` the source
    states ("she"), the one whose given name states it, when every other one's states the
    other sex."""
    hits = _namesakes(name, entities)
    if len(hits) == 1:
        return next(iter(hits.values()))
    if not hits and SAME_WORD:
        same = _same_word(name, entities)
        if same is not None:
            return same
    if not hits and GIVEN_ONLY:
        return _given_only(name, entities)
    found = _introduced(list(hits.values()), at) if at is not None else None
    if found is None and sex is not None:
        sexes = [given_sex(e.name) for e in hits.values()]
        if sexes.count(sex) == 1 and None not in sexes:  # the others are all of the other sex
            found = list(hits.values())[sexes.index(sex)]
    return found


def _same_word(name: str, entities: Sequence[Entity]) -> Entity | None:
    """ "Maddow said" where NER tagged only an earlier "Maddow" and no full name ends in it:
    the one person entity named by that very word."""
    words = clean_name(name).split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    hits = [
        e for e in entities if e.id and e.type in PERSON_TYPES and clean_name(e.name) == words[0]
    ]
    return hits[0] if len({e.id for e in hits}) == 1 else None


def _given_only(name: str, entities: Sequence[Entity]) -> Entity | None:
    """ "Zoe Questioned Why ..." in a story naming Zoe Saldana: a single capitalised word that
    is no one's surname but the given name of exactly one person named in full."""
    words = name.split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in STOP_WORDS:
        return None  # not "This" for a "This Trump" the model tagged
    hits = {
        " ".join(full): e
        for e in entities
        if e.type in PERSON_TYPES
        and _full(full := clean_name(e.name).split())
        and _bare(full[0]) == _bare(words[0])
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def namesakes(name: str, entities: Sequence[Entity]) -> list[Entity]:
    """The person entities named in full whose surname is the bare surname ``name`` (one per
    written full name); empty when ``name`` is no bare surname."""
    return list(_namesakes(name, entities).values())


def _namesakes(name: str, entities: Sequence[Entity]) -> dict[str, Entity]:
    words = clean_name(name).split()
    while len(words) > 1 and particle(words[0]):  # "de Jong", not "Van Jones"
        words.pop(0)
    if len(words) != 1 or not words[0][:1].isupper():
        return {}
    key = _bare(words[0])
    hits: dict[str, Entity] = {}
    for e in entities:
        if e.type in PERSON_TYPES and (named := _full_name(e.name)) is not None and named[1] == key:
            hits.setdefault(named[0], e)
    return hits


@lru_cache(maxsize=8192)
def _full_name(name: str) -> tuple[str, str | None] | None:
    """The cleaned full name and its bare surname, or None for no full name: worked out once
    per name, not once per entity per source (a long text has thousands of sources)."""
    full = clean_name(name).split()
    return (" ".join(full), _surname(full)) if _full(full) else None


def _introduced(hits: list[Entity], at: int) -> Entity | None:
    """The one of ``hits`` first named before ``at``; None when another was too or when one
    has no known position."""
    if any(not e.mentions for e in hits):
        return None
    before = [e for e in hits if min(m.start for m in e.mentions) < at]
    return before[0] if len(before) == 1 else None
