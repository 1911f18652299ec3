"""Actor coding: a short phrase ("Russian troops", "US Secretary of Defense") -> PLOVER code.

The phrase is scanned for the longest known names (people, organisations, countries,
demonyms, cities) and role words; a named actor's dictionary code wins, else the country
comes from a place word and the sector from the role word that heads the phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.entities._norm import TOKEN_RE, norm_token
from dateline.entities.kb import Code, Entry, kb
from dateline.records import Actor

__all__ = [
    "PLACE_KINDS",
    "Match",
    "case_ok",
    "code_actor",
    "code_phrase",
    "match_names",
    "plain_tokens",
]

PLACE_KINDS = frozenset({"country", "demonym", "capital", "city", "region"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
_PREPOSITIONS = frozenset({"of", "at", "in", "for", "from", "to", "with", "on", "against"})
_FORMER = frozenset({"former", "ex", "retired", "exiled", "ousted", "disgraced"})
# Phrases whose sector stands even when a country word is the only other thing named.
_KIND_PRIORITY = {
    "person": 0,
    "group": 1,
    "igo": 2,
    "org": 3,
    "country": 4,
    "capital": 5,
    "demonym": 6,
    "city": 7,
    "region": 8,
}


@dataclass(frozen=True)
class Match:
    """A known name found at tokens ``[i, j)`` of a phrase."""

    i: int
    j: int
    entry: Entry


def plain_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(original, key, start, end) for each word of ``text``; possessives split off."""
    out = []
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        k = norm_token(raw)
        if k:
            out.append((raw, k, m.start(), m.start() + len(raw)))
    return out


def case_ok(raw: list[str], k: str) -> bool:
    """Short keys ('us', 'un', 'he') only match written as acronyms ('US', 'U.N.')."""
    if len(k) > 3 or " " in k:
        return True
    word = raw[0].rstrip("'’s") if raw[0].endswith(("'s", "’s")) else raw[0]
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def best_entry(entries: list[Entry]) -> Entry | None:
    """The most specific of several entries sharing a name (a person over a country)."""
    if not entries:
        return None
    return min(entries, key=lambda e: _KIND_PRIORITY.get(e.kind, 9))


def match_names(words: list[tuple[str, str, int, int]]) -> list[Match]:
    """Longest known names over the words, left to right, without overlaps."""
    base = kb()
    keys = [w[1] for w in words]
    out, i = [], 0
    while i < len(keys):
        n = base.max_len.get(keys[i], 0)
        found = None
        for j in range(min(len(keys), i + n), i, -1):
            k = " ".join(keys[i:j])
            idxs = base.by_key.get(k)
            if idxs and case_ok([w[0] for w in words[i:j]], k):
                entry = best_entry([base.entries[x] for x in idxs])
                if entry is not None:
                    found = Match(i, j, entry)
                    break
        if found:
            out.append(found)
            i = found.j
        else:
            i += 1
    return out


def _agents(keys: list[str], taken: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    base = kb()
    out, i = [], 0
    while i < len(keys):
        if i in taken:
            i += 1
            continue
        n = base.agent_max_len.get(keys[i], 0) or 1
        hit = None
        for j in range(min(len(keys), i + max(n, 1)), i, -1):
            if any(t in taken for t in range(i, j)):
                continue
            sectors = base.agent(keys[i:j])
            if sectors:
                hit = (i, j, sectors)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _head_split(keys: list[str]) -> int:
    """Index of the first preposition after the first word: the phrase head lies before."""
    for i, k in enumerate(keys[1:], 1):
        if k in _PREPOSITIONS:
            return i
    return len(keys)


def code_phrase(text: str, when: date | None = None) -> tuple[Code | None, str | None]:
    """(country code, sector) for a phrase; either may be missing."""
    words = [w for w in plain_tokens(text) if not w[1].isdigit()]
    while words and words[0][1] in _DETERMINERS:
        words = words[1:]
    if not words:
        return None, None
    keys = [w[1] for w in words]
    matches = match_names(words)
    split = _head_split(keys)
    named = [m for m in matches if m.entry.kind not in PLACE_KINDS]
    places = [m for m in matches if m.entry.kind in PLACE_KINDS]
    head_named = [m for m in named if m.i < split] or named
    head_places = [m for m in places if m.i < split] or places
    country: Code | None = None
    sector: str | None = None
    if head_named:
        country = head_named[0].entry.code(when)
        sector = country.sector if country else None
    if (country is None or not country.country) and head_places:
        country = head_places[0].entry.code(when) or country
    taken = {t for m in matches for t in range(m.i, m.j)}
    agents = _agents(keys, taken)
    head_agents = [a for a in agents if a[0] < split] or agents
    if head_agents:
        agent_sector = head_agents[-1][2][0]
        if sector is None or agent_sector == "ELI":
            sector = agent_sector
    if any(k in _FORMER for k in keys) and sector in {"GOV", "MIL", "LEG", "JUD", "SPY"}:
        sector = "ELI"
    if sector is None and len(matches) == 1 and matches[0].j - matches[0].i == len(keys):
        sector = matches[0].entry.code(when).sector if matches[0].entry.code(when) else None
        if matches[0].entry.kind != "capital":
            sector = sector if matches[0].entry.kind not in PLACE_KINDS else None
    return country, sector


def code_actor(text: str, when: date | None = None) -> Actor | None:
    """Code a short actor phrase: "Russian troops" -> RUS MIL, "cyber police" -> COP.

    ``when`` (default today) picks the date-ranged code of named office-holders. None when
    the phrase names no known actor, country or role.
    """
    code, sector = code_phrase(text, when)
    country = code.country if code and code.country else None
    if country is None and sector is None:
        return None
    return Actor(country=country, sector=sector)
