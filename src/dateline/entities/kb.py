"""The shipped actor knowledge base: names -> date-ranged PLOVER codes, role words -> sectors.

Built by ``scripts/build_actors.py``; loaded lazily once per process (a few hundred ms) and
indexed by first token so a scan over a document costs one dict lookup per token.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dateline.entities._norm import key as key_of
from dateline.entities.surnames import SURNAME_PARTICLES

__all__ = ["KB", "Code", "Entry", "kb", "name_parts", "singular"]

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
# Role phrases whose Phoenix sector misleads in news: a "chief executive" is a company's far more
# often than Hong Kong's (whose holder the leaders table codes by name).
AGENT_FIXES: dict[str, tuple[str, ...]] = {
    "chief executive": ("BUS", "GOV"),
    "chief executive officer": ("BUS",),
}


@dataclass(frozen=True)
class Code:
    """One PLOVER code valid from ``start`` to ``end`` (YYYYMMDD strings, '' = open)."""

    country: str
    sectors: tuple[str, ...]
    start: str = ""
    end: str = ""
    raw: str = ""

    @property
    def sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None


class Entry:
    """A country, demonym, capital, city, person, organisation, IGO or armed group.

    Codes are parsed on first use: most of the 34k entries are never touched in a run.
    """

    __slots__ = ("_codes", "_raw", "kind", "name")

    def __init__(self, kind: str, name: str, raw: str) -> None:
        self.kind, self.name, self._raw = kind, name, raw
        self._codes: tuple[Code, ...] | None = None

    def __repr__(self) -> str:
        return f"Entry({self.kind!r}, {self.name!r}, {self._raw!r})"

    @property
    def codes(self) -> tuple[Code, ...]:
        if self._codes is None:
            self._codes = tuple(_code(c) for c in self._raw.split(";") if c)
        return self._codes

    def code(self, when: date | None = None) -> Code | None:
        """The code in force on ``when`` (default today); an undated code as fallback."""
        if not self.codes:
            return None
        day = (when or date.today()).strftime("%Y%m%d")
        undated = None
        for c in self.codes:
            if not c.start and not c.end:
                undated = undated or c
            elif (not c.start or c.start <= day) and (not c.end or day < c.end):
                return c
        return undated


def _code(text: str) -> Code:
    parts = text.split(":")
    parts += [""] * (5 - len(parts))
    sectors = tuple(s for s in parts[1].split("+") if s)
    return Code(parts[0], sectors, parts[2], parts[3], parts[4])


def singular(tok: str) -> str:
    """A plain English singular, enough for agent words ('troops', 'gunmen', 'militias')."""
    if tok.endswith("men") and len(tok) > 4:
        return tok[:-3] + "man"
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith(("ches", "shes", "sses", "xes")):
        return tok[:-2]
    if tok.endswith("s") and not tok.endswith(("ss", "us", "is")) and len(tok) > 3:
        return tok[:-1]
    return tok


# The particles a lowercased key drops: not "du", "di" and "den", also syllables of Chinese
# names in the actor table ("Du Qinglin", "Wu Den Yih") that a lowercased key cannot tell apart.
_KEY_PARTICLES = SURNAME_PARTICLES - {"du", "di", "den"}


def name_parts(name_key: str) -> list[str]:
    """A person-name key as comparable parts: hyphens joined ("kassym-jomart" -> "kassymjomart"),
    particles and initials dropped, so spelling variants of one name line up."""
    parts = [t.replace("-", "").replace("'", "") for t in name_key.split()]
    return [t for t in parts if len(t) > 1 and t not in _KEY_PARTICLES]


def _longest_keys(keys: Iterable[str]) -> dict[str, int]:
    """For each first word, the length in words of the longest key starting with it."""
    max_len: dict[str, int] = {}
    for k in keys:
        first, _, rest = k.partition(" ")
        n = rest.count(" ") + 2 if rest else 1
        if n > max_len.get(first, 0):
            max_len[first] = n
    return max_len


def _shared_first_names(entries: list[Entry]) -> frozenset[str]:
    """Given names borne by several dictionary people: "Leon Bobb" is a person, not León."""
    firsts: dict[str, int] = defaultdict(int)
    for e in entries:
        if e.kind == "person":
            firsts[key_of(e.name).split(" ", 1)[0]] += 1
    return frozenset(k for k, n in firsts.items() if n >= 2 and len(k) > 2)


class KB:
    """Indexes over the shipped tables; use :func:`kb` for the shared instance."""

    def __init__(self, data: Path = DATA) -> None:
        self._load_actors(data)
        self.first_names = _shared_first_names(self.entries)
        self._load_agents(data)

    def _load_actors(self, data: Path) -> None:
        """The actor table: its entries, indexed by alias key, surname and name part, and the
        longest alias (in words) starting with each word, which bounds the name matcher."""
        self.entries: list[Entry] = []
        by_key: dict[str, list[int]] = defaultdict(list)
        surnames: dict[str, list[int]] = defaultdict(list)
        name_index: dict[str, list[int]] = defaultdict(list)
        with gzip.open(data / "actors.tsv.gz", "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                kind, name, codes, aliases = line.rstrip("\n").split("\t")
                idx = len(self.entries)
                self.entries.append(Entry(kind, name, codes))
                for k in aliases.split("|"):
                    by_key[k].append(idx)
                if kind == "person":
                    surnames[name.rsplit(" ", 1)[-1].lower()].append(idx)
                    for part in {p for k in aliases.split("|") for p in name_parts(k)[1:]}:
                        name_index[part[:4]].append(idx)
        self.by_key, self.surnames = dict(by_key), dict(surnames)
        self.max_len = _longest_keys(by_key)
        self.name_index = dict(name_index)

    def _load_agents(self, data: Path) -> None:
        """The agents table (role words to sectors) with its fixes, and the longest agent
        phrase (in words) starting with each word."""
        self.agents: dict[str, tuple[str, ...]] = {}
        self.agent_max_len: dict[str, int] = {}
        with open(data / "agents.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                k, sectors = line.rstrip("\n").split("\t")
                self.agents[k] = tuple(sectors.split())
        self.agents.update(AGENT_FIXES)
        for k in self.agents:
            first, n = k.split(" ", 1)[0], k.count(" ") + 1
            self.agent_max_len[first] = max(self.agent_max_len.get(first, 0), n)

    def lookup(self, k: str) -> list[Entry]:
        """Entries whose name or alias has key ``k``."""
        return [self.entries[i] for i in self.by_key.get(k, ())]

    def agent(self, toks: list[str]) -> tuple[str, ...] | None:
        """Sectors for a role phrase, trying the singular of its last word too."""
        k = " ".join(toks)
        hit = self.agents.get(k)
        if hit is None and toks:
            hit = self.agents.get(" ".join([*toks[:-1], singular(toks[-1])]))
        return hit

    def by_surname(self, surname: str) -> list[Entry]:
        return [self.entries[i] for i in self.surnames.get(surname, ())]

    def person(self, name_key: str) -> Entry | None:
        """The one dictionary person a full name written differently refers to, if any.

        "Kassym-Jomart Tokayev" finds Kasymzhomart Tokayev, "Ayman Safadi" Ayman Al Safadi,
        "Diego Molano" Diego Molano Vega: the surname must match a non-first part of the
        dictionary name closely and the first name the dictionary's first name; a name that
        fits two people finds nobody.
        """
        from rapidfuzz import fuzz

        parts = name_parts(name_key)
        if len(parts) < 2:
            return None
        first, last = parts[0], parts[-1]
        found: dict[int, Entry] = {}
        for idx in self.name_index.get(last[:4], ()):
            entry = self.entries[idx]
            theirs = name_parts(key_of(entry.name))
            if len(theirs) < 2 or fuzz.ratio(first, theirs[0]) < 75:
                continue
            middle_ok = all(any(fuzz.ratio(m, t) >= 85 for t in theirs) for m in parts[1:-1])
            if middle_ok and any(fuzz.ratio(last, t) >= 85 for t in theirs[1:]):
                found[idx] = entry
        return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1)
def kb() -> KB:
    """The knowledge base, loaded on first use and shared by the process."""
    return KB()
