"""Measure a static-embedding model beside the sparse PLOVER pair model, by repeated CV.

The sparse model's out-of-fold logits (``train_events.Setup``, C as given) are computed once
per repeat and cached in /tmp; then a small logistic regression on the embedding blocks of
:func:`dateline.events.embed.pair_vector` is fitted on the same folds for each candidate
(embedding file, blocks, C, synthetic pairs or not), and the two are mixed in logit space,
``z = z_sparse + beta * z_dense``, which ships as one model (``LinearModel.dense_coef``).
Only the PLV train part is used (the dev part is never looked at here).

Usage: python scripts/measure_events_static.py --embed /tmp/ev_m2v/embed64.npz [--repeats 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_events as T

from dateline.events import embed as _embed
from dateline.events.plv import dev_split, read_plv

ROOT = Path(__file__).resolve().parents[1]
BETAS = (0.0, 0.1, 0.2, 0.3, 0.5)


def sparse_oof(setup: T.Setup, c: float, repeats: int, tag: str) -> np.ndarray:
    """(repeats, n, classes) out-of-fold sparse logits, cached in /tmp."""
    path = Path(f"/tmp/ev_sparse_oof_{tag}_{T._feature_version()}_c{c}_r{repeats}.npy")
    if path.exists():
        return np.load(path)
    out = np.zeros((repeats, setup.n, len(set(setup.y))))
    for rep in range(repeats):
        folds = StratifiedKFold(5, shuffle=True, random_state=rep)
        for tr, te in folds.split(np.zeros(setup.n), setup.y):
            m = setup.fit(tr, c, 0.0)
            for i in te:
                out[rep, i] = setup.decision(m, i)
        print(f"sparse repeat {rep}: {f1_score(setup.y, _pred(out[rep]), average='macro'):.3f}")
    np.save(path, out)
    return out


_CLASSES: list[str] = []


def _pred(logits: np.ndarray) -> list[str]:
    return [_CLASSES[k] for k in logits.argmax(1)]


def dense_oof(x, y, xs, ys, ws, c: float, repeats: int) -> np.ndarray:
    """Out-of-fold logits of logistic regression on dense rows (+ synthetic rows ``xs``)."""
    out = np.zeros((repeats, len(y), len(_CLASSES)))
    for rep in range(repeats):
        folds = StratifiedKFold(5, shuffle=True, random_state=rep)
        for tr, te in folds.split(np.zeros(len(y)), y):
            xt = np.vstack([x[tr], xs]) if len(xs) else x[tr]
            yt = np.concatenate([y[tr], ys]) if len(xs) else y[tr]
            wt = np.concatenate([np.ones(len(tr)), ws]) if len(xs) else np.ones(len(tr))
            lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
            lr.fit(xt, yt, sample_weight=wt)
            assert list(lr.classes_) == _CLASSES
            out[rep][te] = lr.decision_function(x[te])
    return out


def report(name: str, zs: np.ndarray, zd: np.ndarray, y: np.ndarray) -> None:
    cells = []
    for beta in BETAS:
        f = [f1_score(y, _pred(zs[r] + beta * zd[r]), average="macro") for r in range(len(zs))]
        cells.append(f"b={beta}: {np.mean(f):.3f}+-{np.std(f):.3f}")
    alone = [f1_score(y, _pred(zd[r]), average="macro") for r in range(len(zd))]
    print(f"{name}: dense alone {np.mean(alone):.3f}; " + "; ".join(cells), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--embed", type=Path, nargs="+", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--c", type=float, default=5.0, help="C of the sparse model")
    ap.add_argument("--dense-c", type=float, nargs="+", default=[1.0, 10.0])
    ap.add_argument("--synthetic-weight", type=float, default=0.1)
    args = ap.parse_args()
    data = T.featurise(args.shared, 4500)
    train, _dev = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    setup = T.Setup(data, train, None, args.synthetic_weight)
    _CLASSES.extend(sorted(set(setup.y)))
    zs = sparse_oof(setup, args.c, args.repeats, "train")
    y = setup.y
    ys = np.array([s["label"] for s in data["synth"]])
    for path in args.embed:
        with np.load(path, allow_pickle=False) as z:
            emb = _embed.StaticEmbeddings(z["vocab"].tolist(), z["vectors"])
        x, xs = T.dense_rows(emb, data, train), T.synthetic_dense(emb, data)
        d = emb.dim
        for blocks, cols in (("all", slice(0, 3 * d)), ("trigger", slice(2 * d, 3 * d))):
            for c in args.dense_c:
                for synth in (False,):
                    ws = np.full(len(xs), args.synthetic_weight)
                    extra = (xs[:, cols], ys, ws) if synth else (np.zeros((0, 1)), ys[:0], ws[:0])
                    zd = dense_oof(x[:, cols], y, *extra, c, args.repeats)
                    report(f"{path.name} {blocks} C={c} synth={synth}", zs, zd, y)


if __name__ == "__main__":
    main()
