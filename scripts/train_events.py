"""Train dateline's PLOVER pair classifier and mode classifier; export numpy weights.

Data (read from ``../shared``, never copied): ``events/plv/PLV_train.tsv`` split by
:func:`dateline.events.plv.dev_split` (fixed stratified 80/20; only the 80% trains), plus the
synthetic stories (pseudo-labels, down-weighted) whose first sentence gives a pair from its
first two named entities. Writes ``src/dateline/data/events/{pair,mode}.npz``.
Needs scikit-learn (``pip install scikit-learn``); inference does not.

Usage: python scripts/train_events.py [--shared ../shared] [--synthetic-weight 0.1]
       [--c-grid 5 10 20]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events.features import pair_features, tokens
from dateline.events.model import LinearModel
from dateline.events.plv import PairExample, dev_split, read_plv

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/data/events"
CACHE = Path("/tmp/dateline_events_features.json")
YIELD = {"CONCEDE", "RETREAT"}
# The synthetic stories' misspelt modes, as the PLOVER codebook spells them.
MODE_SPELLING = {"sieze": "seize", "primative": "primitive"}
_ENT = {"PERSON", "ORG", "GPE", "NORP"}


def synthetic_pairs(shared: Path, limit: int) -> list[tuple[str, str, str]]:
    """(first sentence, root, mode) of each synthetic story, sampled reproducibly."""
    path = shared / "data/events/synthetic/gpt_synthetic_events_2023-10-19_19.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    random.Random(7).shuffle(rows)
    out = []
    for row in rows[:limit]:
        text = row["text"].strip().split("\n")[0]
        mode = row["mode"].lower()
        out.append((text, row["label"], MODE_SPELLING.get(mode, mode)))
    return out


def _feature_version() -> str:
    """Hash of the feature code, so the cache is rebuilt when features change."""
    src = ROOT / "src/dateline/events"
    blob = b"".join((src / f).read_bytes() for f in ("features.py", "lexicon.py"))
    return hashlib.sha1(blob + (OUT / "cameo_lexicon.json").read_bytes()).hexdigest()[:12]


def featurise(shared: Path, n_synth: int) -> dict:
    """Features of PLV rows and synthetic pairs, cached between runs."""
    version = _feature_version()
    if CACHE.exists():
        cached = json.loads(CACHE.read_text())
        if cached.get("n_synth") == n_synth and cached.get("version") == version:
            return cached
    nlp = _nlp.load(Settings().model)
    plv = read_plv(shared / "data/events/plv/PLV_train.tsv")
    feats = {}
    for ex, doc in zip(plv, nlp.pipe(r.text for r in plv), strict=True):
        sent = doc[:]
        feats[ex.id] = pair_features(sent, ex.actor, ex.recipient)
    synth = []
    stories = synthetic_pairs(shared, n_synth)
    for (text, root, mode), doc in zip(stories, nlp.pipe(t for t, _, _ in stories), strict=True):
        sent = next(iter(doc.sents), doc[:])
        ents = [e for e in sent.ents if e.label_ in _ENT]
        if not ents:
            continue
        a = (ents[0].start_char, ents[0].end_char)
        r = (ents[1].start_char, ents[1].end_char) if len(ents) > 1 else None
        label = "YIELD" if root in YIELD else root
        synth.append(
            {"f": pair_features(sent, a, r), "label": label, "root": root, "mode": mode, "t": text}
        )
    data = {"n_synth": n_synth, "version": version, "plv": feats, "synth": synth}
    CACHE.write_text(json.dumps(data))
    return data


def build_vocab(docs: list[list[str]], min_df: int = 2) -> tuple[list[str], np.ndarray]:
    df = Counter(f for d in docs for f in set(d))
    vocab = sorted(f for f, c in df.items() if c >= min_df)
    n = len(docs)
    idf = np.array([math.log((1 + n) / (1 + df[f])) + 1 for f in vocab], dtype=np.float32)
    return vocab, idf


def matrix(model: LinearModel, docs: list[list[str]]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        idx, val = model.vector(d)
        rows += [i] * len(idx)
        cols += idx.tolist()
        vals += val.tolist()
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(model.vocab)))


def fit(docs, labels, weights, c: float) -> LinearModel:
    vocab, idf = build_vocab(docs)
    shell = LinearModel(vocab, idf, np.zeros((1, len(vocab))), np.zeros(1), ["x"])
    x = matrix(shell, docs)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit(x, labels, sample_weight=weights)
    return LinearModel(vocab, idf, clf.coef_, clf.intercept_, clf.classes_)


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """The softmax temperature minimising held-out log loss (grid search)."""
    best, best_t = math.inf, 1.0
    for t in np.exp(np.linspace(np.log(0.2), np.log(5), 60)):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -logp[np.arange(len(gold)), gold].mean()
        if loss < best:
            best, best_t = loss, float(t)
    return best_t


def train_pair(data: dict, train: list[PairExample], dev: list[PairExample], args) -> LinearModel:
    synth = [s for s in data["synth"] if args.synthetic_weight > 0]
    docs = [data["plv"][r.id] for r in train] + [s["f"] for s in synth]
    labels = [r.label for r in train] + [s["label"] for s in synth]
    weights = [1.0] * len(train) + [args.synthetic_weight] * len(synth)
    # Choose C and the temperature by 5-fold CV on the PLV train part only.
    y = np.array([r.label for r in train])
    folds = StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(y)), y)
    folds = list(folds)
    best_c, best_f1, best_oof = None, -1.0, None
    for c in args.c_grid:
        oof_pred, oof_logit = [None] * len(train), [None] * len(train)
        for tr, te in folds:
            m = fit(
                [docs[i] for i in tr] + docs[len(train) :],
                [labels[i] for i in tr] + labels[len(train) :],
                [weights[i] for i in tr] + weights[len(train) :],
                c,
            )
            for i in te:
                z = m.decision(docs[i])
                oof_logit[i] = z
                oof_pred[i] = m.classes[int(np.argmax(z))]
        f1 = f1_score(y, oof_pred, average="macro")
        print(f"C={c}: CV macro-F1 {f1:.3f}", file=sys.stderr)
        if f1 > best_f1:
            best_c, best_f1, best_oof = c, f1, (np.array(oof_logit), m.classes)
    model = fit(docs, labels, weights, best_c)
    logits, classes = best_oof
    gold = np.array([classes.index(v) for v in y])
    model.temperature = fit_temperature(logits, gold)
    pred = [model.classes[int(np.argmax(model.decision(data["plv"][r.id])))] for r in dev]
    gold_dev = [r.label for r in dev]
    print(
        f"pair: C={best_c} T={model.temperature:.2f} vocab={len(model.vocab)} "
        f"dev acc {accuracy_score(gold_dev, pred):.3f} "
        f"macro-F1 {f1_score(gold_dev, pred, average='macro'):.3f}"
    )
    return model


def train_mode(data: dict) -> LinearModel:
    """Root|mode classifier over words of the synthetic stories' first sentences."""
    docs, labels = [], []
    for s in data["synth"]:
        toks = tokens(s["t"])
        docs.append([f"w:{t}" for t in toks] + [f"root:{s['root']}"])
        labels.append(f"{s['root']}|{s['mode']}")
    model = fit(docs, labels, [1.0] * len(docs), 4.0)
    print(f"mode: {len(model.classes)} root|mode classes, vocab {len(model.vocab)}")
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--synthetic", type=int, default=4500, help="synthetic stories to use")
    ap.add_argument("--synthetic-weight", type=float, default=0.1)
    ap.add_argument("--c-grid", type=float, nargs="+", default=[5.0, 10.0, 20.0])
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args()
    data = featurise(args.shared, args.synthetic)
    train, dev = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    print(f"PLV train {len(train)} dev {len(dev)}; synthetic pairs {len(data['synth'])}")
    pair = train_pair(data, train, dev, args)
    mode = train_mode(data)
    if not args.no_save:
        OUT.mkdir(parents=True, exist_ok=True)
        pair.save(OUT / "pair.npz")
        mode.save(OUT / "mode.npz")
        print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
