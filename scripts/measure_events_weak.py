"""Out-of-fold errors of the numpy pair model on the weak roots (train part only, no dev).

Runs ``train_events``' repeated stratified 5-fold CV (C=10, dense weight 0.1, the shipped
setting) and prints per-class F1 and, for COOPERATE, MOBILIZE, THREATEN and YIELD, the
confusions with the sentence, so candidate features can be judged before a CV run.
Optionally tries candidate settings: ``--synthetic-weight`` and ``--weak-weight`` (synthetic
rows of the weak roots weighted differently).

Usage: python scripts/measure_events_weak.py [--repeats 1] [--show 8] [--weak-weight W]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_events  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from train_events import Setup, featurise, repeated_cv  # noqa: E402

from dateline.events import embed as _embed  # noqa: E402
from dateline.events.plv import dev_split, read_plv  # noqa: E402

WEAK = ("COOPERATE", "MOBILIZE", "THREATEN", "YIELD")


def _fit_with_power(power: float):
    """``train_events.fit`` with class weights (n / (k * count)) ** power instead of balanced."""

    def fit(docs, labels, weights, c: float):
        vocab, idf = train_events.build_vocab(docs)
        shell = train_events.LinearModel(vocab, idf, np.zeros((1, len(vocab))), np.zeros(1), ["x"])
        x = train_events.matrix(shell, docs)
        counts = Counter(labels)
        k, n = len(counts), len(labels)
        cw = {lab: (n / (k * v)) ** power for lab, v in counts.items()}
        clf = LogisticRegression(C=c, max_iter=3000, class_weight=cw)
        clf.fit(x, labels, sample_weight=weights)
        return train_events.LinearModel(vocab, idf, clf.coef_, clf.intercept_, clf.classes_)

    return fit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--show", type=int, default=8)
    ap.add_argument("--c", type=float, default=10.0)
    ap.add_argument("--synthetic-weight", type=float, default=0.1)
    ap.add_argument("--weak-weight", type=float, default=None)
    ap.add_argument(
        "--class-power", type=float, default=1.0, help="class weight (n/count)^p; 1 = balanced"
    )
    args = ap.parse_args()
    if args.class_power != 1.0:
        train_events.fit = _fit_with_power(args.class_power)
    data = featurise(args.shared, 4500)
    train, _ = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    setup = Setup(data, train, _embed.load_embeddings(), args.synthetic_weight)
    if args.weak_weight is not None:
        setup.weights = [
            args.weak_weight if i >= setup.n and setup.labels[i] in WEAK else w
            for i, w in enumerate(setup.weights)
        ]
    scores, (logits, classes) = repeated_cv(setup, args.c, 0.1, args.repeats)
    pred = [classes[int(np.argmax(z))] for z in logits]
    print(f"CV macro-F1 {np.mean(scores):.3f} +- {np.std(scores):.3f} ({len(scores)} x 5-fold)")
    labels = sorted(set(setup.y))
    per = f1_score(setup.y, pred, labels=labels, average=None)
    print("per-class F1: " + ", ".join(f"{c} {v:.2f}" for c, v in zip(labels, per, strict=True)))
    for root in WEAK:
        conf = Counter(
            (g, p) for g, p in zip(setup.y, pred, strict=True) if (g == root) != (p == root)
        )
        print(f"\n{root}: " + ", ".join(f"{g}->{p} {n}" for (g, p), n in conf.most_common(8)))
        shown = 0
        for r, p in zip(train, pred, strict=True):
            if (r.label == root) != (p == root) and shown < args.show:
                shown += 1
                a = r.text[r.actor[0] : r.actor[1]]
                print(f"  {r.label}->{p} [{a}] {r.text[:150]}")


if __name__ == "__main__":
    main()
