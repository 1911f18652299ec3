"""Read-only access to the shipped gazetteer (built by ``scripts/build_gazetteer.py``).

The SQLite file is opened lazily, once per process, and queried by name key, so loading costs
milliseconds and memory stays flat; repeated look-ups are cached.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.geo.names import (
    ascii_key,
    normalize,
    short_key,
    skeleton,
    undotted_key,
    variants,
)

__all__ = [
    "ABBREV",
    "ALTERNATE",
    "OFFICIAL",
    "WEAK",
    "Candidate",
    "Gazetteer",
    "gazetteer",
    "official_admin1",
]

OFFICIAL, ALTERNATE, WEAK, ABBREV = 0, 1, 2, 3


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to; ``quality`` says how the name matched it."""

    pid: int
    geonameid: int | None
    name: str
    kind: str
    lat: float
    lon: float
    cc: str
    adm1: str
    pop: int
    capital: bool
    quality: int


# The places columns in :class:`Candidate`'s field order (its quality comes from the query).
_SELECT_PLACE = "SELECT p.id, p.gid, p.name, p.kind, p.lat, p.lon, p.cc, p.adm1, p.pop, p.capital"


def _path() -> Path:
    override = os.environ.get("DATELINE_GAZETTEER")
    if override:
        return Path(override)
    return Path(str(resources.files("dateline") / "data" / "geo" / "gazetteer.sqlite"))


def _spelled_in_ascii(name: str, key: str) -> bool:
    """Whether the key is the place's own name in ASCII letters ("Wroclaw" for Wrocław): its
    own name, as "Malmo" is Malmö's, though GeoNames lists it only as another name."""
    return ascii_key(key) == key and ascii_key(normalize(name)) == key


# A city this big is known by the first words of its long Spanish name ("Xalapa" for Xalapa de
# Enríquez: table 76); smaller towns' short names are their namesakes' ("San Juan").
SHORT_NAME_POP = 100_000


def _short_names_as_own(cands: list[Candidate], key: str) -> list[Candidate]:
    """The readings, with a big city's long Spanish name up to its "de" ("Xalapa") counted as
    its own, unless a town or province of its country bears that name ("Santa Cruz",
    Bolivia's department)."""
    owners = {c.cc for c in cands if c.quality == OFFICIAL and c.kind in ("city", "admin1")}
    return [
        replace(c, quality=OFFICIAL)
        if c.quality == ALTERNATE
        and c.pop >= SHORT_NAME_POP
        and c.cc not in owners
        and ascii_key(normalize(c.name)).startswith((f"{key} de ", f"{key} del "))
        else c
        for c in cands
    ]


class Gazetteer:
    """Name -> candidate look-ups over the SQLite gazetteer."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or _path()
        uri = f"file:{self.path}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        self.demonym = lru_cache(maxsize=4096)(self._demonym)
        self.by_skeleton = lru_cache(maxsize=4096)(self._by_skeleton)
        self.unit_towns = lru_cache(maxsize=1024)(self._unit_towns)
        self.iso3 = self._iso3_table()
        self._holders = self._holder_table()

    def _rows(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _lookup(self, text: str, abbrev: bool = False) -> tuple[Candidate, ...]:
        """Candidates for a surface name (case-sensitive for short capitals)."""
        keys = [normalize(text)]
        keys += variants(keys[0])
        compact = text.replace(".", "").replace(" ", "")
        if compact.isupper() or abbrev or len(compact) <= 4:
            keys.append(short_key(text))
        undotted = undotted_key(text)
        if undotted is not None:
            keys.append(undotted)  # "D.R.C." as "DRC", but not as a code ("L.A." is no Laos)
        out: dict[int, Candidate] = {}
        for key in keys:
            for row in self._rows(
                f"{_SELECT_PLACE}, n.q FROM names n JOIN places p ON p.id = n.pid WHERE n.key = ?",
                (key,),
            ):
                cand = Candidate(*row[:9], bool(row[9]), row[10])
                if cand.quality == ABBREV and not abbrev and cand.kind != "country":
                    continue
                if cand.quality == ABBREV and key == undotted:
                    continue
                if cand.quality == ALTERNATE and _spelled_in_ascii(cand.name, keys[0]):
                    cand = replace(cand, quality=OFFICIAL)
                if cand.pid not in out or cand.quality < out[cand.pid].quality:
                    out[cand.pid] = cand
        return tuple(_short_names_as_own(list(out.values()), keys[0]))

    def _unit_towns(self, cc: str, adm1: str) -> tuple[tuple[float, float], ...]:
        """(lat, lon) of every town the gazetteer files under one admin-1 unit: how far the
        unit reaches (one scan per unit, cached)."""
        rows = self._rows(
            "SELECT lat, lon FROM places WHERE cc = ? AND adm1 = ? AND kind = 'city'", (cc, adm1)
        )
        return tuple((lat, lon) for lat, lon in rows)

    def populated_units_near(
        self, cc: str, kind: str, lat: float, lon: float, box: float
    ) -> tuple[tuple[float, float, int], ...]:
        """(lat, lon, population) of the units of ``kind`` in ``cc`` with a population whose
        point lies within ``box`` degrees of (``lat``, ``lon``)."""
        rows = self._rows(
            "SELECT lat, lon, pop FROM places WHERE cc = ? AND kind = ? AND pop > 0"
            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (cc, kind, lat - box, lat + box, lon - box, lon + box),
        )
        return tuple((la, lo, pop) for la, lo, pop in rows)

    def _by_skeleton(self, text: str) -> tuple[Candidate, ...]:
        """Admin-1 units and big cities whose name has the transliteration skeleton of
        ``text`` ("Menoufia" -> Monufia), as weak readings; empty for short names."""
        key = skeleton(normalize(text))
        if key is None:
            return ()
        rows = self._rows(
            f"{_SELECT_PLACE} FROM names n JOIN places p ON p.id = n.pid WHERE n.key = ?",
            (key,),
        )
        return tuple(Candidate(*r[:9], bool(r[9]), WEAK) for r in rows)

    def _demonym(self, text: str) -> Candidate | None:
        """The country or continent a demonym names ("Lithuanian" -> Lithuania), or None."""
        rows = self._rows(
            f"{_SELECT_PLACE} FROM demonyms d JOIN places p ON p.id = d.pid WHERE d.key = ?",
            (normalize(text),),
        )
        return Candidate(*rows[0][:9], bool(rows[0][9]), OFFICIAL) if rows else None

    def holder(self, c: Candidate) -> str:
        """The admin-1 code of the GeoNames first-level unit that holds a unit filed without
        one ("Flintshire" lies in Wales, "WLS"; a French department in its region), or ""."""
        return self._holders.get(c.pid, "") if not c.adm1 else ""

    def _holder_table(self) -> dict[int, str]:
        try:
            return dict(self._rows("SELECT pid, adm1 FROM holders", ()))
        except sqlite3.OperationalError:  # a gazetteer built before the table
            return {}

    def _iso3_table(self) -> dict[str, str]:
        return dict(self._rows("SELECT k, v FROM meta WHERE k LIKE 'iso3:%'", ()))

    def alpha3(self, cc: str) -> str | None:
        """ISO alpha-3 for an alpha-2 country code."""
        return self.iso3.get(f"iso3:{cc}")


_lock = threading.Lock()
_instance: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, opened on first use."""
    global _instance
    with _lock:
        if _instance is None:
            _instance = Gazetteer()
        return _instance


@lru_cache(maxsize=128)
def official_admin1(name: str, countries: tuple[str, ...]) -> Candidate | None:
    """The first-level unit officially called ``name`` in one of ``countries`` (the unit a
    phone number's area code or a road's numbering stands for)."""
    for c in gazetteer().lookup(name):
        if c.kind == "admin1" and c.cc in countries and c.quality == OFFICIAL and c.adm1:
            return c
    return None
