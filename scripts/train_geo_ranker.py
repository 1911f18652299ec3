"""Train the places stage's candidate ranker (``src/dateline/data/geo/ranker.json``).

    python scripts/train_geo_ranker.py [--eval] [--C 1.0]

Rows are (gold toponym, gazetteer candidate) pairs from TR-News and GeoVirus (../shared); a
candidate is positive when it is the candidate nearest the gold point and lies within 161 km
(or, for an area such as a country, within 1500 km: the right area under another coordinate
convention). A scikit-learn logistic regression is fit on standardised features and saved as
JSON (means, scales, weights), which ``dateline.geo.rank`` applies with numpy.

``--eval`` first reports held-out figures: trained on one corpus and scored on the other, and a
5-fold document-level cross-validation over both; the shipped model is then fit on both.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.geo import resolve  # noqa: E402
from dateline.geo.rank import FEATURES  # noqa: E402
from dateline.geo.resolve import (  # noqa: E402
    Mention,
    find_container,
    hand_ranked,
    haversine_km,
    learned_features,
)

OUT = ROOT / "src/dateline/data/geo/ranker.json"
AREA_KINDS = {"country", "continent", "admin1", "admin2", "region", "sea"}
CORPORA = ("TR-News", "GeoVirus")
MODEL = "clogit"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_geo", ROOT / "bench/geo.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_geo"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def doc_rows(doc) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Feature matrices and 0/1 labels for one article's gold toponyms with a positive."""
    mentions = []
    for g in doc.gold:
        m = Mention(g.start, g.end, doc.text[g.start : g.end], demonym_ok=True)
        m.container = find_container(doc.text, g.end)
        mentions.append(m)
    scored, pairs = hand_ranked(doc.text, mentions)
    xs, ys = [], []
    for g, (cands, x) in zip(doc.gold, learned_features(mentions, scored, pairs), strict=True):
        if g.lat is None or len(cands) < 2:
            continue
        km = [haversine_km(g.lat, g.lon, c.lat, c.lon) for c in cands]
        best = int(np.argmin(km))
        limit = 1500 if cands[best].kind in AREA_KINDS else 161
        if km[best] > limit:
            continue
        y = np.zeros(len(cands))
        y[best] = 1
        xs.append(x)
        ys.append(y)
    return xs, ys


def fit(docs_rows: list[tuple[list, list]], c_reg: float) -> dict:
    x = np.vstack([m for xs, _ in docs_rows for m in xs])
    y = np.concatenate([v for _, ys in docs_rows for v in ys])
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    if MODEL == "clogit":
        groups = [
            ((m - mean) / scale, int(v.argmax()))
            for xs, ys in docs_rows
            for m, v in zip(xs, ys, strict=True)
        ]
        coef, intercept = _clogit(groups, c_reg, x.shape[1]), 0.0
    else:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=c_reg, max_iter=2000)
        model.fit((x - mean) / scale, y)
        coef, intercept = model.coef_[0], float(model.intercept_[0])
    return {
        "features": list(FEATURES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "coef": np.round(coef, 6).tolist(),
        "intercept": round(intercept, 6),
        "rows": len(y),
        "positives": int(y.sum()),
    }


def _clogit(groups: list[tuple[np.ndarray, int]], c_reg: float, dim: int) -> np.ndarray:
    """Conditional logit: softmax over each mention's candidates, L2-penalised."""
    from scipy.optimize import minimize

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 / c_reg * w @ w, w / c_reg
        for xg, pos in groups:
            s = xg @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            total -= np.log(p[pos] + 1e-300)
            grad = grad - xg[pos] + p @ xg
        return total, grad

    return minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B").x


def score(bench, docs, weights: dict | None) -> list[float]:
    """Errors (km) of ``dateline.geo.resolve`` on gold spans under the given weights."""
    path = Path("/tmp/dateline-geo-ranker-eval.json")
    if weights is None:
        os.environ["DATELINE_GEO_RANKER"] = "off"
    else:
        path.write_text(json.dumps(weights))
        os.environ["DATELINE_GEO_RANKER"] = str(path)
        from dateline.geo import rank

        rank._load.cache_clear()
    errs: list[float] = []
    for d in docs:
        errs += bench.errors_km(d.gold, resolve(d.text, [(g.start, g.end) for g in d.gold]))
    os.environ.pop("DATELINE_GEO_RANKER")
    return errs


def evaluate(bench, corpora: dict, rows: dict, c_reg: float) -> None:
    for train, test in (CORPORA, CORPORA[::-1]):
        w = fit(rows[train], c_reg)
        print(f"trained on {train}, scored on {test} (held out):")
        print(f"  hand-weighted: {bench.summary(score(bench, corpora[test], None))}")
        print(f"  learned:       {bench.summary(score(bench, corpora[test], w))}")
    for name in CORPORA:
        docs, drows = corpora[name], rows[name]
        folds = np.arange(len(docs)) % 5
        errs: list[float] = []
        for k in range(5):
            others = [r for n in CORPORA if n != name for r in rows[n]]
            w = fit([r for r, f in zip(drows, folds, strict=True) if f != k] + others, c_reg)
            errs += score(bench, [d for d, f in zip(docs, folds, strict=True) if f == k], w)
        print(f"5-fold by document, {name} (other corpus always in training):")
        print(f"  learned:       {bench.summary(errs)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--eval", action="store_true", help="report held-out figures first")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--model", choices=["clogit", "logreg"], default="clogit")
    args = ap.parse_args()
    global MODEL
    MODEL = args.model
    bench = _bench()
    os.environ["DATELINE_GEO_RANKER"] = "off"  # features come from the hand ranking
    corpora = {name: bench.load(name) for name in CORPORA}
    rows = {name: [doc_rows(d) for d in docs] for name, docs in corpora.items()}
    os.environ.pop("DATELINE_GEO_RANKER")
    if args.eval:
        evaluate(bench, corpora, rows, args.C)
    weights = fit([r for name in CORPORA for r in rows[name]], args.C)
    args.out.write_text(json.dumps(weights, indent=1) + "\n")
    print(f"{weights['rows']} rows, {weights['positives']} positives -> {args.out}")
    for f, c in sorted(zip(FEATURES, weights["coef"], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {f:18s} {c:+.3f}")


if __name__ == "__main__":
    main()
