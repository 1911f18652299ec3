"""Train dateline's PLOVER pair classifier and mode classifier; export numpy weights.

Data (read from ``../shared``, never copied): ``events/plv/PLV_train.tsv`` split by
:func:`dateline.events.plv.dev_split` (fixed stratified 80/20; only the 80% trains), plus the
synthetic stories (pseudo-labels, down-weighted) whose first sentence gives a pair from its
first two named entities. Writes ``src/dateline/data/events/{pair,mode}.npz``.
Needs scikit-learn (``pip install scikit-learn``); inference does not.

With ``--dense-weight`` beta > 0 (default 0.1) a second logistic regression (``--dense-c``) on
the static-embedding blocks of :func:`dateline.events.features.pair_dense`
(``data/events/embed.npz``, built by ``scripts/build_events_embeddings.py``; ``--embed`` tries
another file), trained on the PLV rows only, is folded into the sparse model as
``z = z_sparse + beta * z_dense`` (``LinearModel.dense_coef``); ``--dense-weight 0`` trains the
sparse model alone. C (and beta, when several are given) is chosen by
repeated stratified 5-fold CV on the PLV train part only, reported as mean +- sd over the
repeats; ``--cv-all`` also reports that CV over all of PLV_train (dev part included) for the
chosen setting, as a less noisy figure than the 208-pair dev part (never used to choose).

Usage: python scripts/train_events.py [--shared ../shared] [--synthetic-weight 0.1]
       [--c-grid 5 10 20] [--dense-weight 0 0.5 1] [--repeats 3] [--cv-all] [--no-save]
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
from dateline.events import embed as _embed
from dateline.events.features import head_token, pair_features, tokens, trigger_of
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
    blob += (OUT / "cameo_lexicon.json").read_bytes() + b"cache-format-2"
    return hashlib.sha1(blob).hexdigest()[:12]


def _lemma(tok) -> str | None:
    return tok.lemma_.lower() if tok is not None else None


def featurise(shared: Path, n_synth: int) -> dict:
    """Features of PLV rows and synthetic pairs, cached between runs."""
    version = _feature_version()
    if CACHE.exists():
        cached = json.loads(CACHE.read_text())
        if cached.get("n_synth") == n_synth and cached.get("version") == version:
            return cached
    nlp = _nlp.load(Settings().model)
    plv = read_plv(shared / "data/events/plv/PLV_train.tsv")
    feats, trig = {}, {}
    for ex, doc in zip(plv, nlp.pipe(r.text for r in plv), strict=True):
        sent = doc[:]
        feats[ex.id] = pair_features(sent, ex.actor, ex.recipient)
        trig[ex.id] = _lemma(trigger_of(head_token(doc, *ex.actor)))
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
        base = sent.start_char
        synth.append(
            {
                "f": pair_features(sent, a, r),
                "label": label,
                "root": root,
                "mode": mode,
                "t": text,
                "s": sent.text,
                "a": [a[0] - base, a[1] - base],
                "r": [r[0] - base, r[1] - base] if r else None,
                "trig": _lemma(trigger_of(head_token(doc, *a))),
            }
        )
    data = {"n_synth": n_synth, "version": version, "plv": feats, "trig": trig, "synth": synth}
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


def add_dense(model: LinearModel, x: np.ndarray, y: np.ndarray, c: float, beta: float) -> None:
    """Fold a logistic regression on dense rows into ``model``: z = z_sparse + beta * z_dense."""
    lr = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y)
    coef = np.zeros((len(model.classes), x.shape[1]), dtype=np.float32)
    for k, cls in enumerate(lr.classes_):
        row = model.classes.index(str(cls))
        coef[row] = beta * lr.coef_[k]
        model.intercept[row] += beta * lr.intercept_[k]
    model.dense_coef = coef


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


def dense_rows(emb, data: dict, rows: list[PairExample]) -> np.ndarray:
    """Static-embedding blocks of PLV rows (as :func:`pair_dense` computes them at run time)."""
    plv = [
        _embed.pair_vector(emb, r.text, r.actor, r.recipient, data["trig"].get(r.id)) for r in rows
    ]
    return np.array(plv)


def synthetic_dense(emb, data: dict) -> np.ndarray:
    """The same blocks for the synthetic pairs (for measurements)."""
    return np.array(
        [
            _embed.pair_vector(emb, s["s"], tuple(s["a"]), s["r"] and tuple(s["r"]), s["trig"])
            for s in data["synth"]
        ]
    )


class Setup:
    """PLV rows plus the synthetic pairs, with their features, labels, weights, dense rows."""

    def __init__(self, data: dict, rows: list[PairExample], emb, synthetic_weight: float) -> None:
        synth = data["synth"] if synthetic_weight > 0 else []
        self.n = len(rows)
        self.docs = [data["plv"][r.id] for r in rows] + [s["f"] for s in synth]
        self.labels = [r.label for r in rows] + [s["label"] for s in synth]
        self.weights = [1.0] * len(rows) + [synthetic_weight] * len(synth)
        self.y = np.array([r.label for r in rows])
        self.dense = dense_rows(emb, data, rows) if emb is not None else None

    def fit(self, idx, c: float, beta: float = 0.0, dense_c: float = 30.0) -> LinearModel:
        """Sparse model on PLV rows ``idx`` plus every synthetic pair; the dense one (weight
        ``beta``) on those PLV rows only (synthetic pairs did not help it in CV)."""
        idx = list(idx)
        keep = idx + list(range(self.n, len(self.docs)))
        model = fit(
            [self.docs[i] for i in keep],
            [self.labels[i] for i in keep],
            [self.weights[i] for i in keep],
            c,
        )
        if beta > 0 and self.dense is not None:
            add_dense(model, self.dense[idx], self.y[idx], dense_c, beta)
        return model

    def decision(self, model: LinearModel, i: int) -> np.ndarray:
        return model.decision(self.docs[i], self.dense[i] if self.dense is not None else None)


def repeated_cv(setup: Setup, c: float, beta: float, repeats: int, dense_c: float = 30.0):
    """Macro-F1 per repeat of stratified 5-fold CV, and the first repeat's out-of-fold logits."""
    scores, first = [], None
    for rep in range(repeats):
        folds = StratifiedKFold(5, shuffle=True, random_state=rep)
        pred, logit = [None] * setup.n, [None] * setup.n
        for tr, te in folds.split(np.zeros(setup.n), setup.y):
            m = setup.fit(tr, c, beta, dense_c)
            for i in te:
                logit[i] = setup.decision(m, i)
                pred[i] = m.classes[int(np.argmax(logit[i]))]
        scores.append(f1_score(setup.y, pred, average="macro"))
        if first is None:
            first = (np.array(logit), m.classes)
    return scores, first


def _fmt(scores: list[float]) -> str:
    return f"{np.mean(scores):.3f} +- {np.std(scores):.3f} ({len(scores)} x 5-fold)"


def train_pair(data: dict, train: list[PairExample], dev: list[PairExample], args) -> LinearModel:
    emb = _load_embeddings(args)
    betas = args.dense_weight if emb is not None else [0.0]
    setup = Setup(data, train, emb, args.synthetic_weight)
    best, best_f1, best_oof = None, -1.0, None
    for beta in betas:
        for c in args.c_grid:
            scores, oof = repeated_cv(setup, c, beta, args.repeats, args.dense_c)
            print(f"C={c} dense={beta}: CV macro-F1 {_fmt(scores)}", file=sys.stderr)
            if np.mean(scores) > best_f1:
                best, best_f1, best_oof = (c, beta), float(np.mean(scores)), oof
    c, beta = best
    model = setup.fit(range(setup.n), c, beta, args.dense_c)
    logits, classes = best_oof
    model.temperature = fit_temperature(logits, np.array([classes.index(v) for v in setup.y]))
    dev_setup = Setup(data, dev, emb, 0.0)
    pred = [model.classes[int(np.argmax(dev_setup.decision(model, i)))] for i in range(len(dev))]
    gold_dev = [r.label for r in dev]
    print(
        f"pair: C={c} dense={beta} T={model.temperature:.2f} vocab={len(model.vocab)} "
        f"CV {best_f1:.3f}; dev acc {accuracy_score(gold_dev, pred):.3f} "
        f"macro-F1 {f1_score(gold_dev, pred, average='macro'):.3f}"
    )
    if args.cv_all:
        everything = Setup(data, train + dev, emb, args.synthetic_weight)
        scores, _ = repeated_cv(everything, c, beta, args.repeats, args.dense_c)
        print(f"CV over all PLV_train ({everything.n} pairs): macro-F1 {_fmt(scores)}")
    return model


def _load_embeddings(args):
    if max(args.dense_weight) <= 0:
        return None
    if args.embed is None:
        return _embed.load_embeddings()
    with np.load(args.embed, allow_pickle=False) as z:
        return _embed.StaticEmbeddings(z["vocab"].tolist(), z["vectors"])


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
    ap.add_argument("--dense-weight", type=float, nargs="+", default=[0.1])
    ap.add_argument("--dense-c", type=float, default=30.0)
    ap.add_argument("--embed", type=Path, default=None, help="embeddings .npz to try")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--cv-all", action="store_true")
    ap.add_argument("--no-mode", action="store_true", help="leave mode.npz alone")
    ap.add_argument("--no-save", action="store_true")
    args = ap.parse_args()
    data = featurise(args.shared, args.synthetic)
    train, dev = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    print(f"PLV train {len(train)} dev {len(dev)}; synthetic pairs {len(data['synth'])}")
    pair = train_pair(data, train, dev, args)
    mode = None if args.no_mode else train_mode(data)
    if not args.no_save:
        OUT.mkdir(parents=True, exist_ok=True)
        pair.save(OUT / "pair.npz")
        if mode is not None:
            mode.save(OUT / "mode.npz")
        print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
