"""Calibrate the events blend for macro-F1, strictly held out over the ten PLV train splits.

Macro-F1 rewards rare classes, and the blend (``w * p_transformer + (1 - w) * p_numpy``,
argmax) ignores that; this script tries per-class log-prior offsets, per-class weights and
stacking models on top of it (none beat the plain blend: docs/benchmarks.md, eleventh session,
so nothing it fits ships). Everything fitted to score split
``k`` is fitted on the other splits' held-out predictions with split ``k``'s held rows removed
(the splits are overlapping 80/20 draws of the same rows, so dropping them keeps every scored
label out of the fit); temperatures likewise come from the other splits (their median).

Stages:
  cache    refit the numpy model on each split's 80% and store both models' held-out logits
           (``/tmp/dateline_events_calib.npz``; about 15 s a split)
  measure  baseline, offsets, per-class weights, stacking: per split, mean ± sd, paired wins
  compare  the baseline blend of one cache (``--cache``) against another (``--against``)
  confuse  the ten-split confusion matrix of the baseline blend and the top confused pairs
           (``--examples ROOT ROOT`` prints the train rows behind one of them)

Usage: python scripts/calibrate_events_blend.py cache [--seeds 0 ... 9] [--tag ep8]
       python scripts/calibrate_events_blend.py measure
       python scripts/calibrate_events_blend.py confuse
       python scripts/calibrate_events_blend.py compare --cache VARIANT.npz --against BASE.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from finetune_events import split_indices  # noqa: E402
from measure_events_ensemble import macro_f1, softmax  # noqa: E402
from train_events import fit_temperature  # noqa: E402

CACHE = Path("/tmp/dateline_events_calib.npz")
W = 0.6
STEPS = np.round(np.linspace(-1.0, 1.0, 21), 2)


# ---------------------------------------------------------------- cache


def cache(args) -> None:
    from measure_events_ensemble import _numpy_held
    from train_events import Setup, featurise

    from dateline.events import embed as _embed
    from dateline.events.plv import dev_split, read_plv

    data = featurise(args.shared, 4500)
    train, _ = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    setup = Setup(data, train, _embed.load_embeddings(), 0.1)
    out: dict[str, np.ndarray] = {}
    for seed in args.seeds:
        val = json.loads(Path(f"/tmp/dateline_ft/val_seed{seed}_{args.tag}.json").read_text())
        classes = val["classes"]
        _, held = split_indices([r.label for r in train], seed)
        out[f"np{seed}"] = _numpy_held(setup, train, seed, classes)
        out[f"tr{seed}"] = np.array(val["log"][max(val["log"], key=int)]["logits"])
        out[f"gold{seed}"] = np.array(val["gold"])
        out[f"held{seed}"] = np.array(held)
        out["classes"] = np.array(classes)
        print(f"split {seed}: {len(held)} held rows", flush=True)
    np.savez(args.cache, seeds=np.array(args.seeds), **out)


class Split:
    """One split's held-out rows: both models' logits, gold class indices, row ids."""

    def __init__(self, z, seed: int) -> None:
        self.seed = seed
        self.np_logits = z[f"np{seed}"]
        self.tr_logits = z[f"tr{seed}"]
        self.gold = z[f"gold{seed}"]
        self.held = z[f"held{seed}"]
        self.t_np = fit_temperature(self.np_logits, self.gold)
        self.t_tr = fit_temperature(self.tr_logits, self.gold)


def load(path: Path = CACHE) -> tuple[list[str], list[Split]]:
    z = np.load(path)
    return [str(c) for c in z["classes"]], [Split(z, int(s)) for s in z["seeds"]]


class Pool:
    """Stacked held-out rows of several splits, with fixed temperatures."""

    def __init__(self, splits: list[Split], t_np: float, t_tr: float, drop=frozenset()) -> None:
        keep = [np.array([h not in drop for h in s.held]) for s in splits]
        self.p_np = np.vstack(
            [softmax(s.np_logits[k], t_np) for s, k in zip(splits, keep, strict=True)]
        )
        self.p_tr = np.vstack(
            [softmax(s.tr_logits[k], t_tr) for s, k in zip(splits, keep, strict=True)]
        )
        self.gold = np.concatenate([s.gold[k] for s, k in zip(splits, keep, strict=True)])

    def subset(self, idx: np.ndarray) -> Pool:
        out = Pool.__new__(Pool)
        out.p_np, out.p_tr, out.gold = self.p_np[idx], self.p_tr[idx], self.gold[idx]
        return out

    def blend(self, w=W) -> np.ndarray:
        return w * self.p_tr + (1 - w) * self.p_np


# ---------------------------------------------------------------- fitters


def coordinate_ascent(
    start: np.ndarray, values, score: Callable[[np.ndarray], float], passes: int
) -> np.ndarray:
    """Set one coordinate at a time to the value in ``values`` that raises ``score`` most."""
    x, best = start, score(start)
    for _ in range(passes):
        changed = False
        for c in range(len(x)):
            for value in values:
                trial = x.copy()
                trial[c] = value
                v = score(trial)
                if v > best + 1e-9:
                    best, x, changed = v, trial, True
        if not changed:
            break
    return x


def fit_offsets(pool: Pool, lam: float, passes: int = 3) -> np.ndarray:
    """Per-class offsets on log p (coordinate ascent over STEPS, penalty ``lam * |b|^2``)."""
    logp = np.log(pool.blend() + 1e-12)
    b = np.zeros(logp.shape[1])

    def score(v: np.ndarray) -> float:
        return macro_f1(pool.gold, (logp + v).argmax(1)) - lam * float(v @ v)

    return coordinate_ascent(b, STEPS, score, passes)


def fit_bagged_offsets(pool: Pool, lam: float, bags: int = 20, seed: int = 0) -> np.ndarray:
    """:func:`fit_offsets` averaged over bootstrap resamples of the pool (less variance)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(bags):
        idx = rng.integers(0, len(pool.gold), len(pool.gold))
        out.append(fit_offsets(pool.subset(idx), lam))
    return np.mean(out, axis=0)


def fit_balanced_offsets(pool: Pool, lam: float) -> np.ndarray:
    """Offsets minimising class-balanced log loss (each class weighs the same), penalty
    ``lam * |b|^2``: a smooth stand-in for the macro-F1 objective."""
    from scipy.optimize import minimize

    logp = np.log(pool.blend() + 1e-12)
    n = logp.shape[1]
    counts = np.bincount(pool.gold, minlength=n).astype(float)
    wt = 1.0 / np.maximum(counts[pool.gold], 1.0) / n
    onehot = np.eye(n)[pool.gold]

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = logp + b
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(wt * np.log(p[np.arange(len(p)), pool.gold] + 1e-12)).sum()
        grad = (wt[:, None] * (p - onehot)).sum(axis=0)
        return nll + lam * float(b @ b), grad + 2 * lam * b

    return minimize(loss, np.zeros(n), jac=True, method="L-BFGS-B").x


def fit_prior_shift(pool: Pool) -> np.ndarray:
    """Offsets ``-tau * log(class frequency)`` (one parameter, tau chosen for macro-F1)."""
    logp = np.log(pool.blend() + 1e-12)
    n = logp.shape[1]
    log_prior = np.log(np.bincount(pool.gold, minlength=n) + 1.0)
    grid = np.round(np.linspace(-0.5, 1.0, 16), 2)
    best = max(grid, key=lambda t: macro_f1(pool.gold, (logp - t * log_prior).argmax(1)))
    return -best * log_prior


def fit_class_weights(pool: Pool, lam: float, passes: int = 3) -> np.ndarray:
    """Per-class transformer weight (grid 0..1), penalised towards the global W."""
    grid = np.round(np.linspace(0, 1, 11), 1)
    w = np.full(pool.p_np.shape[1], W)

    def score(v: np.ndarray) -> float:
        p = v * pool.p_tr + (1 - v) * pool.p_np
        return macro_f1(pool.gold, p.argmax(1)) - lam * float(((v - W) ** 2).sum())

    return coordinate_ascent(w, grid, score, passes)


def stack_features(p_np: np.ndarray, p_tr: np.ndarray) -> np.ndarray:
    return np.hstack([np.log(p_np + 1e-9), np.log(p_tr + 1e-9)])


def fit_stacker(pool: Pool, c: float, balanced: bool):
    from sklearn.linear_model import LogisticRegression

    x = stack_features(pool.p_np, pool.p_tr)
    weight = "balanced" if balanced else None
    return LogisticRegression(C=c, max_iter=5000, class_weight=weight).fit(x, pool.gold)


# ---------------------------------------------------------------- measure


def loso(splits: list[Split], k: int) -> tuple[Pool, Pool]:
    """(fit pool from the other splits minus split k's rows, split k's own rows), with the
    median of the other splits' temperatures."""
    others = [s for s in splits if s.seed != splits[k].seed]
    t_np = float(np.median([s.t_np for s in others]))
    t_tr = float(np.median([s.t_tr for s in others]))
    drop = frozenset(int(h) for h in splits[k].held)
    return Pool(others, t_np, t_tr, drop), Pool([splits[k]], t_np, t_tr)


Method = Callable[[Pool, Pool], np.ndarray]


def run_method(splits: list[Split], method: Method) -> np.ndarray:
    """Macro-F1 of ``method``'s predictions on each split, fitted leave-one-split-out."""
    out = []
    for k in range(len(splits)):
        fit_pool, test = loso(splits, k)
        out.append(macro_f1(test.gold, method(fit_pool, test)))
    return np.array(out)


def baseline(_fit: Pool, test: Pool) -> np.ndarray:
    return test.blend().argmax(1)


def offsets_with(fitter: Callable[[Pool], np.ndarray]) -> Method:
    def run(fit_pool: Pool, test: Pool) -> np.ndarray:
        return (np.log(test.blend() + 1e-12) + fitter(fit_pool)).argmax(1)

    return run


def weights_method(lam: float) -> Method:
    def run(fit_pool: Pool, test: Pool) -> np.ndarray:
        w = fit_class_weights(fit_pool, lam)
        return (w * test.p_tr + (1 - w) * test.p_np).argmax(1)

    return run


def global_w_method(fit_pool: Pool, test: Pool) -> np.ndarray:
    grid = np.linspace(0, 1, 21)
    best = max(grid, key=lambda w: macro_f1(fit_pool.gold, fit_pool.blend(w).argmax(1)))
    return test.blend(best).argmax(1)


def geometric_method(fit_pool: Pool, test: Pool) -> np.ndarray:
    """Log-linear pooling, ``w log p_tr + (1 - w) log p_np``, its w chosen on the fit pool."""

    def pred(pool: Pool, w: float) -> np.ndarray:
        return (w * np.log(pool.p_tr + 1e-12) + (1 - w) * np.log(pool.p_np + 1e-12)).argmax(1)

    grid = np.linspace(0, 1, 21)
    best = max(grid, key=lambda w: macro_f1(fit_pool.gold, pred(fit_pool, w)))
    return pred(test, best)


def stack_method(c: float, balanced: bool) -> Method:
    def run(fit_pool: Pool, test: Pool) -> np.ndarray:
        clf = fit_stacker(fit_pool, c, balanced)
        return clf.classes_[clf.predict_proba(stack_features(test.p_np, test.p_tr)).argmax(1)]

    return run


def report(name: str, scores: np.ndarray, base: np.ndarray) -> None:
    d = scores - base
    wins, losses = int((d > 1e-9).sum()), int((d < -1e-9).sum())
    print(
        f"{name:32} {scores.mean():.3f} ± {scores.std():.3f}  diff {d.mean():+.4f} ± {d.std():.4f}"
        f"  wins {wins} losses {losses}  [{' '.join(f'{x:+.3f}' for x in d)}]",
        flush=True,
    )


def measure(args) -> None:
    _, splits = load(args.cache)
    old = []
    for s in splits:
        p = W * softmax(s.tr_logits, s.t_tr) + (1 - W) * softmax(s.np_logits, s.t_np)
        old.append(macro_f1(s.gold, p.argmax(1)))
    print(f"baseline, temperatures fitted on the scored split (old protocol): {np.mean(old):.3f}")
    base = run_method(splits, baseline)
    report("baseline (LOSO temperatures)", base, base)
    report("global w re-fitted", run_method(splits, global_w_method), base)
    report("geometric blend, w re-fitted", run_method(splits, geometric_method), base)
    for lam in args.lams:
        fitter = offsets_with(lambda pool, lam=lam: fit_offsets(pool, lam))
        report(f"offsets lam={lam}", run_method(splits, fitter), base)
    for lam in args.bag_lams:
        fitter = offsets_with(lambda pool, lam=lam: fit_bagged_offsets(pool, lam))
        report(f"bagged offsets lam={lam}", run_method(splits, fitter), base)
    report("prior shift -tau log prior", run_method(splits, offsets_with(fit_prior_shift)), base)
    for lam in args.bal_lams:
        fitter = offsets_with(lambda pool, lam=lam: fit_balanced_offsets(pool, lam))
        report(f"balanced-NLL offsets lam={lam}", run_method(splits, fitter), base)
    for lam in args.lams:
        report(f"class weights lam={lam}", run_method(splits, weights_method(lam)), base)
    for c in args.stack_c:
        for balanced in (False, True):
            tag = "balanced" if balanced else "plain"
            report(f"stacker C={c} {tag}", run_method(splits, stack_method(c, balanced)), base)


def compare(args) -> None:
    """The baseline blend of ``--cache`` (e.g. a numpy feature variant) against ``--against``."""
    scores = []
    for path in (args.against, args.cache):
        _, splits = load(path)
        scores.append(run_method(splits, baseline))
        nps = [macro_f1(s.gold, s.np_logits.argmax(1)) for s in splits]
        print(f"{path}: numpy alone {np.mean(nps):.3f}, blend {scores[-1].mean():.3f}")
    report(f"{args.cache.name} vs {args.against.name}", scores[1], scores[0])


# ---------------------------------------------------------------- confusion


def confuse(args) -> None:
    classes, splits = load(args.cache)
    n = len(classes)
    m = np.zeros((n, n), dtype=int)
    for k in range(len(splits)):
        _, test = loso(splits, k)
        for g, p in zip(test.gold, test.blend().argmax(1), strict=True):
            m[g, p] += 1
    short = [c[:4] for c in classes]
    print("gold \\ pred " + " ".join(f"{c:>4}" for c in short))
    for i, c in enumerate(classes):
        print(f"{c:11} " + " ".join(f"{v:4d}" for v in m[i]))
    pairs = [(m[i, j] + m[j, i], classes[i], classes[j], m[i, j], m[j, i])
             for i in range(n) for j in range(i + 1, n)]  # fmt: skip
    print("\nmost confused pairs (both directions, ten splits):")
    for tot, a, b, ab, ba in sorted(pairs, reverse=True)[: args.top]:
        print(f"  {a:10} <-> {b:10} {tot:3d}  ({a}->{b} {ab}, {b}->{a} {ba})")
    if args.examples:
        show_examples(args, classes, splits, args.examples)


def show_examples(args, classes: list[str], splits: list[Split], pair: list[str]) -> None:
    from dateline.events.plv import dev_split, read_plv

    train, _ = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    a, b = classes.index(pair[0]), classes.index(pair[1])
    seen = set()
    for k in range(len(splits)):
        _, test = loso(splits, k)
        pred = test.blend().argmax(1)
        for h, g, p in zip(splits[k].held, test.gold, pred, strict=True):
            if (g, p) in {(a, b), (b, a)} and int(h) not in seen:
                seen.add(int(h))
                r = train[int(h)]
                act = r.text[r.actor[0] : r.actor[1]]
                rec = r.text[r.recipient[0] : r.recipient[1]] if r.recipient else "-"
                print(f"[{classes[g]}->{classes[p]}] {act} | {rec} | {r.text[:200]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("stage", choices=["cache", "measure", "compare", "confuse"])
    ap.add_argument("--cache", type=Path, default=CACHE, help="held-out logits file")
    ap.add_argument("--against", type=Path, default=None, help="compare: the baseline cache")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--seeds", type=int, nargs="+", default=list(range(10)))
    ap.add_argument("--tag", default="ep8")
    ap.add_argument("--lams", type=float, nargs="*", default=[0.0, 0.005, 0.02, 0.05])
    ap.add_argument("--bag-lams", type=float, nargs="*", default=[0.0, 0.005])
    ap.add_argument("--bal-lams", type=float, nargs="*", default=[0.0, 0.001, 0.01])
    ap.add_argument("--stack-c", type=float, nargs="*", default=[0.01, 0.03, 0.1, 1.0])
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--examples", nargs=2, default=None, help="two roots: print their mix-ups")
    args = ap.parse_args()
    stages = {"cache": cache, "measure": measure, "compare": compare, "confuse": confuse}
    stages[args.stage](args)


if __name__ == "__main__":
    main()
