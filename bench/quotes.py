"""Quote extraction and attribution on PolNeAR (dev split by default).

Runs dateline (no cleaning, no language check, stages entities + quotes) over every article
and prints content precision/recall/F1, character-overlap precision/recall, and attribution F1
as defined in issue 3. Usage: ``python bench/quotes.py [--split dev] [--limit N] [--errors]``;
``--split train --holdout --tagger T.onnx`` scores the last fifth of train with a tagger fitted
without it (``scripts/finetune_quote_tagger.py train --fit-fraction 0.8``), since the shipped
one saw all of train; ``--models DIR`` takes every learned quotes file DIR has (crf.json,
content_tagger.json, cue_model.json, tagger.onnx + .npz) instead of the shipped one (see
:mod:`dateline.quotes.learned`). ``--head`` scores the first four fifths instead (the other
side of a rule change's check). Files that never saw the fifth (CPU only, ~10 minutes)::

    python scripts/train_quotes.py --cache C --use-fraction 0.8 --out DIR/cue_model.json
    python scripts/train_quote_tagger.py --cache C --fit-fraction 0.8 --out DIR/content_tagger.json
    python scripts/train_quote_crf.py --cache C --fit-fraction 0.8 --out DIR/crf.json
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import Article
from dateline.pipeline import extract_many
from dateline.quotes import crf, model, neural, tagger
from dateline.quotes.brat import load_split
from dateline.quotes.learned import MODELS_ENV, learned_file
from dateline.quotes.score import Tally, breakdown, score_doc
from dateline.records import Record

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotes" / "polnear"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--errors", action="store_true", help="also print an error breakdown")
    part = ap.add_mutually_exclusive_group()  # one side of the fifth at a time
    part.add_argument(
        "--holdout", action="store_true", help="score only the last fifth (the tuning hold-out)"
    )
    part.add_argument(
        "--head", action="store_true", help="score only the first four fifths (the fitting part)"
    )
    ap.add_argument(
        "--tagger", type=Path, default=None, help="another quotes tagger (.onnx, .npz beside it)"
    )
    ap.add_argument(
        "--models", type=Path, default=None, help="a folder of refitted learned quotes files"
    )
    args = ap.parse_args(argv)
    if args.tagger is not None:
        neural.NEURAL_PATH = args.tagger
        neural.load_neural.cache_clear()
    if args.models is not None:
        _use_models(args.models)
    if not (args.root / args.split).exists():
        print(f"no PolNeAR data at {args.root / args.split}", file=sys.stderr)
        return 1
    docs = load_split(args.root / args.split)
    if args.holdout:
        docs = docs[len(docs) * 4 // 5 :]
    elif args.head:
        docs = docs[: len(docs) * 4 // 5]
    if args.limit:
        docs = docs[: args.limit]
    settings = Settings(clean=False, check_language=False)
    articles = [Article(id=d.name, text=d.text) for d in docs]
    tally = Tally()
    classes: Counter[str] = Counter()
    errors = 0
    t0 = time.perf_counter()
    results = extract_many(articles, settings=settings, stages=["entities", "quotes"])
    for gold, rec in zip(docs, results, strict=True):
        if not isinstance(rec, Record):
            errors += 1
            score_doc(tally, gold.attributions, [])
            classes += breakdown(gold.attributions, [])
            continue
        score_doc(tally, gold.attributions, rec.quotes)
        classes += breakdown(gold.attributions, rec.quotes)
    secs = time.perf_counter() - t0
    f = tally.figures()
    print(
        f"PolNeAR {args.split}: {len(docs)} articles, {tally.gold} gold, {tally.pred} predicted, "
        f"{tally.matched} matched, {tally.attributed} right source"
    )
    print(f"content  P {f['content_p']:.3f}  R {f['content_r']:.3f}  F1 {f['content_f1']:.3f}")
    print(f"chars    P {f['char_p']:.3f}  R {f['char_r']:.3f}")
    print(f"attrib   P {f['attr_p']:.3f}  R {f['attr_r']:.3f}  F1 {f['attr_f1']:.3f}")
    print(f"errors {errors}, {secs:.1f}s")
    if args.errors:
        for name, n in sorted(classes.items()):
            print(f"  {name:45s} {n:5d}")
    return 0


def _use_models(folder: Path) -> None:
    """Point the quotes loaders at ``folder`` and say which files it replaces."""
    if not folder.is_dir():
        raise SystemExit(f"no models folder {folder}")
    os.environ[MODELS_ENV] = str(folder)
    for load in (crf._model, tagger._weights, model._model, neural.load_neural):
        load.cache_clear()
    shipped = (crf.CRF_PATH, tagger.TAGGER_PATH, model.MODEL_PATH, neural.NEURAL_PATH)
    for path in shipped:
        used = learned_file(path)
        print(f"{path.name}: {'refitted' if used != path else 'shipped'} {used}")


if __name__ == "__main__":
    raise SystemExit(main())
