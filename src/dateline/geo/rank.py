"""A learned candidate ranker that re-scores the hand-weighted resolver's candidates.

Each (mention, candidate) pair becomes a small feature vector: the candidate's own prior
(population, kind, name quality, capital), how ambiguous the name is, the hand resolver's
score, and document evidence (other names' readings in the same country or admin-1,
distance to them, a "City, State" pair). A logistic model trained by
``scripts/train_geo_ranker.py`` (scikit-learn at build time) is stored as plain JSON weights;
inference is one numpy dot product per mention, so no learning library is needed at run time.
It is opt-in (see :func:`ranker`).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from dateline.geo.gazetteer import ABBREV, ALTERNATE, WEAK, Candidate
from dateline.geo.names import normalize

__all__ = ["FEATURES", "Context", "Nearby", "Ranker", "candidate_features", "colocated", "ranker"]

KINDS = ("country", "continent", "admin1", "admin2", "city")
FEATURES = (
    "base",
    "heur_gap",
    "heur_top",
    "log_pop",
    "pop_gap",
    *(f"kind_{k}" for k in KINDS),
    "kind_other",
    "q_alternate",
    "q_weak",
    "q_abbrev",
    "capital",
    "log_n_cands",
    "same_country",
    "any_same_country",
    "country_named",
    "same_admin1",
    "admin1_named",
    "min_km",
    "mean_km",
    "no_context",
    "coloc",
    "coloc_share",
    "pair_match",
    "pair_mismatch",
    "exact_name",
    "city_log_pop",
    "admin_log_pop",
)
_LOG_MAX_KM = math.log1p(20039.0)


# Readings that are points on the map; landmarks count since the thirteenth round ("Champs-
# Elysees" beside "Paris", "the White House" beside "Washington").
LOCAL_KINDS = ("city", "admin2", "airport", "landmark")
COLOC_KM = 50.0
COLOC_CANDIDATES = 20


class Nearby:
    """Where each name of a document could be: its local candidates' points, for co-location."""

    def __init__(self, cand_lists: list[list[Candidate]]) -> None:
        pts = [
            (k, c)
            for k, cands in enumerate(cand_lists)
            for c in [c for c in cands if c.kind in LOCAL_KINDS][:COLOC_CANDIDATES]
        ]
        self.names = len(cand_lists)
        self.owner = np.array([k for k, _ in pts], dtype=int)
        self.lat = np.radians([c.lat for _, c in pts])
        self.lon = np.radians([c.lon for _, c in pts])


@dataclass
class Context:
    """What the other names of the document resolved to (one reading per distinct name), and
    where every name could be (``nearby``; ``own`` is this name's index there)."""

    picks: list[Candidate]
    nearby: Nearby | None = None
    own: int = -1

    def __post_init__(self) -> None:
        self.lat = np.radians([p.lat for p in self.picks])
        self.lon = np.radians([p.lon for p in self.picks])


def colocated(c: Candidate, nearby: Nearby | None, own: int = -1) -> int:
    """How many other names have a local reading within 50 km of ``c`` ("London" with
    "St. Thomas" and "Middlesex" is the Ontario one); ``own`` is the name's own index."""
    if nearby is None or c.kind not in LOCAL_KINDS or not len(nearby.owner):
        return 0
    km = _haversine(math.radians(c.lat), math.radians(c.lon), nearby.lat, nearby.lon)
    return len(set(nearby.owner[km <= COLOC_KM].tolist()) - {own})


def _haversine(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    h = np.sin((lats - lat) / 2) ** 2 + math.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def _km_to(c: Candidate, ctx: Context) -> np.ndarray:
    return _haversine(math.radians(c.lat), math.radians(c.lon), ctx.lat, ctx.lon)


def candidate_features(
    name_key: str,
    cands: list[Candidate],
    base: list[float],
    heur: list[float],
    pair: list[bool] | None,
    ctx: Context,
) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate of one mention."""
    rows = []
    top_heur = max(heur) if heur else 0.0
    pops = [math.log10(max(c.pop, 0) + 10) for c in cands]
    top_pop = max(pops) if pops else 0.0
    n_ctx = len(ctx.picks)
    n_names = ctx.nearby.names - (ctx.own >= 0) if ctx.nearby else 0
    for i, c in enumerate(cands):
        is_admin = c.kind in ("admin1", "admin2")
        rows.append(
            [
                base[i],
                heur[i] - top_heur,
                float(heur[i] == top_heur),
                pops[i],
                pops[i] - top_pop,
                *_prior(c),
                math.log1p(len(cands)),
                *_evidence(c, ctx, n_ctx, n_names),
                float(pair is not None and pair[i]),
                float(pair is not None and not pair[i]),
                float(normalize(c.name) == name_key),
                pops[i] * (c.kind == "city"),
                pops[i] * is_admin,
            ]
        )
    return np.asarray(rows, dtype=float).reshape(len(cands), len(FEATURES))


def _prior(c: Candidate) -> list[float]:
    """The candidate's own kind, name quality and capital flag, whatever the document says."""
    kind = c.kind if c.kind in KINDS else "other"
    return [
        *(float(kind == k) for k in KINDS),
        float(kind == "other"),
        float(c.quality == ALTERNATE),
        float(c.quality == WEAK),
        float(c.quality == ABBREV),
        float(c.capital),
    ]


def _evidence(c: Candidate, ctx: Context, n_ctx: int, n_names: int) -> list[float]:
    """What the document's other names say of ``c``: shared country or admin-1, distance to
    their readings, and how many could lie near it."""
    same_cc, same_a1, country_named, admin1_named = _shared_units(c, ctx)
    if n_ctx:
        logs = np.log1p(_km_to(c, ctx)) / _LOG_MAX_KM
        min_km, mean_km = float(logs.min()), float(logs.mean())
    else:
        min_km = mean_km = 0.5
    coloc = colocated(c, ctx.nearby, ctx.own)
    return [
        same_cc / n_ctx if n_ctx else 0.0,
        float(same_cc > 0),
        float(country_named),
        same_a1 / n_ctx if n_ctx else 0.0,
        float(admin1_named),
        min_km,
        mean_km,
        float(n_ctx == 0),
        math.log1p(coloc),
        coloc / n_names if n_names else 0.0,
    ]


def _shared_units(c: Candidate, ctx: Context) -> tuple[int, int, bool, bool]:
    """(other picks in c's country, in its admin-1, c's country named, its admin-1 named)."""
    same_cc = sum(p.cc == c.cc for p in ctx.picks) if c.cc else 0
    same_a1 = (
        sum(p.cc == c.cc and p.adm1 == c.adm1 and p.kind != "country" for p in ctx.picks)
        if c.adm1 and c.kind != "country"
        else 0
    )
    country_named = any(p.kind == "country" and p.cc == c.cc for p in ctx.picks)
    admin1_named = any(
        p.kind == "admin1" and p.cc == c.cc and p.adm1 == c.adm1 and p.adm1 for p in ctx.picks
    )
    return same_cc, same_a1, country_named, admin1_named


@dataclass
class Ranker:
    """Standardise, then a linear score; higher is likelier."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def load(cls, path: Path) -> Ranker:
        data = json.loads(path.read_text())
        if list(data["features"]) != list(FEATURES):
            raise ValueError(f"{path}: feature list differs from this code's; retrain")
        return cls(
            np.asarray(data["mean"]),
            np.asarray(data["scale"]),
            np.asarray(data["coef"]),
            float(data["intercept"]),
        )

    def score(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef + self.intercept


def _shipped() -> Path:
    return Path(str(resources.files("dateline") / "data" / "geo" / "ranker.json"))


@lru_cache(maxsize=4)
def _load(path: str) -> Ranker | None:
    p = Path(path)
    return Ranker.load(p) if p.exists() else None


def ranker() -> Ranker | None:
    """The learned ranker if ``DATELINE_GEO_RANKER`` asks for it (``on``, or a weights path).

    Off by default: trained on TR-News and scored on GeoVirus (and the reverse) it matched the
    hand-weighted scorer's Acc@161 without beating it (docs/benchmarks.md, Places), so the
    simpler scorer stays the default until held-out data says otherwise.
    """
    choice = os.environ.get("DATELINE_GEO_RANKER", "off")
    if choice == "off":
        return None
    return _load(str(_shipped() if choice == "on" else Path(choice)))
