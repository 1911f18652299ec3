"""Choose the weight of the fine-tuned transformer against the numpy pair model, without dev.

Reads the transformer's logits on the held-out 20% of the PLV train part
(``/tmp/dateline_ft/val_seed<seed>.json`` from ``scripts/finetune_events.py train --stage val``),
fits the numpy model (``scripts/train_events.py``'s setup, C=10, dense weight 0.1) on the same
80%, calibrates both by temperature on that 20%, and prints macro-F1 of
``w * p_transformer + (1 - w) * p_numpy`` over a grid of w. ``--weight W --write`` stores the
chosen weight in ``data/events/pair_onnx.npz``.

Usage: python scripts/measure_events_ensemble.py [--epoch 6] [--weight 0.5 --write]
       python scripts/measure_events_ensemble.py --tags ep8 --seeds 0 1 2 3 4 5
           [--np-c 10] [--np-dense 0.1] [--np-synthetic-weight 0.1]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from finetune_events import cv_split, split_indices  # noqa: E402
from train_events import Setup, _feature_version, featurise, fit_temperature  # noqa: E402

from dateline.events import embed as _embed  # noqa: E402
from dateline.events.plv import dev_split, read_plv  # noqa: E402


def softmax(z: np.ndarray, t: float) -> np.ndarray:
    z = z / t
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    out = []
    for c in np.unique(gold):
        tp = np.sum((gold == c) & (pred == c))
        denom = 2 * tp + np.sum((pred == c) & (gold != c)) + np.sum((gold == c) & (pred != c))
        out.append(2 * tp / denom if tp else 0.0)
    return float(np.mean(out))


def _numpy_held(
    setup: Setup,
    rows: list,
    seed: int,
    classes: list[str],
    c: float = 10.0,
    beta: float = 0.1,
    cv: bool = False,
) -> np.ndarray:
    """The numpy model's logits on split ``seed``'s held-out rows, fitted on the rest (``cv``:
    ``rows`` are train and dev, split as ``finetune_events.py train --cv`` splits them); kept
    in a file under /tmp/dateline_ft per feature-code version, as each fit takes half a minute."""
    cache = Path(f"/tmp/dateline_ft/numpy_held_{_feature_version()}.npz")
    key = f"{'cv' if cv else 'split'}|{seed}|{c}|{beta}|{setup.weights[-1]}|{len(rows)}"
    known = dict(np.load(cache)) if cache.exists() else {}
    if key in known:
        return known[key]
    split = cv_split if cv else split_indices
    fit, held = split([r.label for r in rows], seed)
    model = setup.fit(fit, c, beta)
    order = [model.classes.index(c) for c in classes]
    known[key] = np.array([setup.decision(model, i)[order] for i in held])
    np.savez(cache, **known)
    return known[key]


def _shipped_temperatures() -> tuple[float, float]:
    """(numpy, transformer) softmax temperatures stored with the shipped models."""
    data = ROOT / "src/dateline/data/events"
    return (
        float(np.load(data / "pair.npz")["temperature"]),
        float(np.load(data / "pair_onnx.npz")["temperature"]),
    )


def _runs(tag: str, seeds: list[int]) -> Iterator[tuple[int, dict]]:
    """The val-stage results of run ``tag`` for those of ``seeds`` that exist."""
    for seed in seeds:
        path = Path(f"/tmp/dateline_ft/val_seed{seed}_{tag}.json")
        if path.exists():
            yield seed, json.loads(path.read_text())


def _last_logits(val: dict) -> np.ndarray:
    return np.array(val["log"][max(val["log"], key=int)]["logits"])


def compare(args, setup: Setup, rows: list) -> None:
    """Mean over splits, per ``--tags`` run, of macro-F1 for the transformer alone (last epoch),
    blended at ``--weight`` (default 0.6), at the best single weight of the grid, and for the
    numpy model alone (what runs when the transformer is not installed). Temperatures are
    fitted on each scored split, or with ``--shipped-temperatures`` those of the shipped
    models (nothing fitted on the scored rows)."""
    weights = np.linspace(0, 1, 11)
    w_at = args.weight if args.weight is not None else 0.6
    cache: dict[int, np.ndarray] = {}
    print(f"{'run':12} splits  alone  blend@{w_at:.1f}  best-w  numpy  (mean macro-F1 ± sd)")
    for tag in args.tags:
        alone, at, grid, numpy_alone = [], [], [], []
        for seed, val in _runs(tag, args.seeds):
            classes = val["classes"]
            tr = _last_logits(val)
            if seed not in cache:
                cache[seed] = _numpy_held(
                    setup, rows, seed, classes, args.np_c, args.np_dense, args.cv
                )
            gold = np.array(val["gold"])
            if args.shipped_temperatures:
                t_np, t_tr = _shipped_temperatures()
            else:
                t_np, t_tr = fit_temperature(cache[seed], gold), fit_temperature(tr, gold)
            p_np, p_tr = softmax(cache[seed], t_np), softmax(tr, t_tr)
            f1 = [macro_f1(gold, (w * p_tr + (1 - w) * p_np).argmax(1)) for w in weights]
            alone.append(f1[-1])
            at.append(f1[round(w_at * 10)])
            grid.append(f1)
            numpy_alone.append(f1[0])
        if not alone:
            continue
        best = weights[int(np.argmax(np.mean(grid, axis=0)))]
        print(
            f"{tag:12} {len(alone):6}  {np.mean(alone):.3f}  {np.mean(at):.3f} ± {np.std(at):.3f}"
            f"  {np.max(np.mean(grid, axis=0)):.3f} (w={best:.1f})  {np.mean(numpy_alone):.3f}"
        )


def cv_report(args, setup: Setup, rows: list, n_train: int) -> None:
    """``--cv``: the shipped recipe scored on folds of 5-fold CV over train and dev, nothing
    fitted on the scored rows (the shipped temperatures, weight ``--weight`` or 0.6). Prints
    the mean over folds, then each repeat's out-of-fold predictions pooled over all rows and
    over the dev rows alone (never used to choose a setting, unlike the train part)."""
    w = args.weight if args.weight is not None else 0.6
    t_np, t_tr = _shipped_temperatures()
    labels = [r.label for r in rows]
    for tag in args.tags:
        folds: dict[str, list[float]] = {"transformer": [], "numpy": [], "blend": []}
        pooled: dict[int, dict[int, int]] = {}
        for seed, val in _runs(tag, args.seeds):
            classes = val["classes"]
            _, held = cv_split(labels, seed)
            gold = np.array(val["gold"])
            assert [classes[g] for g in gold] == [labels[i] for i in held], "another split"
            tr = _last_logits(val)
            np_logits = _numpy_held(setup, rows, seed, classes, args.np_c, args.np_dense, True)
            p_tr, p_np = softmax(tr, t_tr), softmax(np_logits, t_np)
            blend = (w * p_tr + (1 - w) * p_np).argmax(1)
            folds["transformer"].append(macro_f1(gold, p_tr.argmax(1)))
            folds["numpy"].append(macro_f1(gold, p_np.argmax(1)))
            folds["blend"].append(macro_f1(gold, blend))
            pooled.setdefault(seed // 5, {}).update(zip(held, blend.tolist(), strict=True))
        if not folds["blend"]:
            continue
        print(f"{tag}: {len(folds['blend'])} folds, T numpy {t_np:.2f}, T transformer {t_tr:.2f}")
        for name, scores in folds.items():
            print(
                f"  {name:12} mean macro-F1 over folds {np.mean(scores):.3f} ± {np.std(scores):.3f}"
            )
        _pooled_report(pooled, labels, classes, n_train)


def _pooled_report(
    pooled: dict[int, dict[int, int]], labels: list[str], classes: list[str], n_train: int
) -> None:
    """Macro-F1 and accuracy of each complete repeat's out-of-fold blend, all rows / dev rows."""
    gold = np.array([classes.index(v) for v in labels])
    parts = {"all rows": np.arange(len(labels)), "dev rows": np.arange(n_train, len(labels))}
    for name, idx in parts.items():
        f1s, accs = [], []
        for pred_of in pooled.values():
            if len(pred_of) < len(labels):
                continue
            pred = np.array([pred_of[i] for i in idx])
            f1s.append(macro_f1(gold[idx], pred))
            accs.append(float(np.mean(pred == gold[idx])))
        if f1s:
            print(
                f"  blend pooled, {name} ({len(idx)}): macro-F1 {np.mean(f1s):.3f} ± "
                f"{np.std(f1s):.3f}, accuracy {np.mean(accs):.3f} ({len(f1s)} repeats)"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--epoch", type=str, default=None, help="val epoch to use (default: last)")
    ap.add_argument("--seed", type=int, default=0, help="the val stage's --seed (split)")
    ap.add_argument("--weight", type=float, default=None)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--tag", default="", help="the val stage's --tag (reads val_seed<seed><tag>)")
    ap.add_argument("--tags", nargs="+", default=None, help="compare sweep runs (sweep_events)")
    ap.add_argument("--seeds", type=int, nargs="+", default=list(range(6)), help="with --tags")
    ap.add_argument("--np-c", type=float, default=10.0, help="numpy model C (with --tags)")
    ap.add_argument("--np-dense", type=float, default=0.1, help="its dense weight (--tags)")
    ap.add_argument("--np-synthetic-weight", type=float, default=0.1, help="(with --tags)")
    ap.add_argument("--cv", action="store_true", help="runs from finetune_events.py train --cv")
    ap.add_argument("--shipped-temperatures", action="store_true", help="fit none (with --tags)")
    args = ap.parse_args()
    if args.tags:
        data = featurise(args.shared, 4500)
        train, dev = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
        rows = train + dev if args.cv else train
        setup = Setup(data, rows, _embed.load_embeddings(), args.np_synthetic_weight)
        if args.cv:
            cv_report(args, setup, rows, len(train))
        else:
            compare(args, setup, rows)
        return
    val = json.loads(Path(f"/tmp/dateline_ft/val_seed{args.seed}{args.tag}.json").read_text())
    epoch = args.epoch or max(val["log"], key=int)
    classes = val["classes"]
    tr_logits = np.array(val["log"][epoch]["logits"])
    data = featurise(args.shared, 4500)
    train, _ = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    setup = Setup(data, train, _embed.load_embeddings(), 0.1)
    fit, held = split_indices([r.label for r in train], args.seed)
    model = setup.fit(fit, 10.0, 0.1)
    order = [model.classes.index(c) for c in classes]
    np_logits = np.array([setup.decision(model, i)[order] for i in held])
    gold = np.array([classes.index(train[i].label) for i in held])
    t_np, t_tr = fit_temperature(np_logits, gold), fit_temperature(tr_logits, gold)
    p_np, p_tr = softmax(np_logits, t_np), softmax(tr_logits, t_tr)
    print(f"held-out 20% of train ({len(held)}), epoch {epoch}; T numpy {t_np:.2f} T tr {t_tr:.2f}")
    for w in np.linspace(0, 1, 11):
        pred = (w * p_tr + (1 - w) * p_np).argmax(1)
        print(f"w={w:.1f}: acc {np.mean(pred == gold):.3f} macro-F1 {macro_f1(gold, pred):.3f}")
    if args.write and args.weight is not None:
        path = ROOT / "src/dateline/data/events/pair_onnx.npz"
        meta = dict(np.load(path))
        meta["weight"] = np.array(args.weight)
        meta["temperature"] = np.array(t_tr)
        np.savez(path, **meta)
        print(f"wrote weight {args.weight} and temperature {t_tr:.2f} to {path}")


if __name__ == "__main__":
    main()
