"""The ranker's feature rows, built from the candidate's prior and the document's evidence."""

from __future__ import annotations

from dateline.geo.gazetteer import Candidate
from dateline.geo.rank import FEATURES, Context, Nearby, candidate_features


def _cand(pid: int, name: str, kind: str, cc: str, adm1: str, lat: float, lon: float, pop: int):
    return Candidate(pid, None, name, kind, lat, lon, cc, adm1, pop, False, 0)


PARIS_FR = _cand(1, "Paris", "city", "FR", "11", 48.86, 2.35, 2_100_000)
PARIS_TX = _cand(2, "Paris", "city", "US", "TX", 33.66, -95.56, 25_000)
FRANCE = _cand(3, "France", "country", "FR", "", 46.0, 2.0, 67_000_000)
TEXAS = _cand(4, "Texas", "admin1", "US", "TX", 31.0, -100.0, 29_000_000)
DALLAS = _cand(5, "Dallas", "city", "US", "TX", 32.78, -96.8, 1_300_000)


def _row(cands, ctx, i):
    x = candidate_features("paris", cands, [0.0, 0.0], [1.0, 0.5], None, ctx)
    assert x.shape == (2, len(FEATURES))
    return dict(zip(FEATURES, x[i], strict=True))


def test_the_documents_country_and_state_speak_for_a_reading():
    cands = [PARIS_FR, PARIS_TX]
    tx = _row(cands, Context([TEXAS]), 1)
    fr = _row(cands, Context([TEXAS]), 0)
    assert tx["same_country"] == 1.0 and tx["admin1_named"] == 1.0 and tx["same_admin1"] == 1.0
    assert fr["same_country"] == 0.0 and fr["admin1_named"] == 0.0
    assert _row(cands, Context([FRANCE]), 0)["country_named"] == 1.0
    assert fr["kind_city"] == 1.0 and fr["heur_top"] == 1.0 and tx["heur_gap"] == -0.5


def test_no_context_and_colocation():
    cands = [PARIS_FR, PARIS_TX]
    alone = _row(cands, Context([]), 0)
    assert alone["no_context"] == 1.0 and alone["min_km"] == 0.5
    nearby = Nearby([cands, [DALLAS]])
    tx = _row(cands, Context([DALLAS], nearby, 0), 1)
    assert tx["no_context"] == 0.0 and 0.0 < tx["min_km"] < 0.6
    assert tx["coloc"] == 0.0  # Dallas is 150 km from Paris, Texas: not within 50 km
