"""Run ``finetune_events.py``'s val stage for a grid of settings over many splits at once.

Choosing the transformer's settings one split at a time on two CPU cores costs hours; this
runs every (setting, split) pair in parallel worker processes (on one GPU with
``--device cuda``, or on CPU) and keeps every run's per-epoch held-out logits in one file,
``<out>/sweep.npz`` (float16; rewritten after each run, so a cut-off sweep keeps what
finished). ``--unpack`` turns it back into the ``val_seed<seed><tag>.json`` files that
``scripts/measure_events_ensemble.py`` and ``scripts/sweep_events_blend.py`` read.

    python scripts/sweep_events.py --model MODEL_DIR --seeds 0-11 --workers 8 --device cuda
    python scripts/sweep_events.py --unpack OUT/sweep.npz
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import finetune_events as ft

# Each setting is a list of finetune_events.py train flags, added to BASE.
BASE = ["--lr", "8e-5", "--epochs", "6"]
GRID: dict[str, list[str]] = {
    "base": [],
    "ep4": ["--epochs", "4"],
    "ep8": ["--epochs", "8"],
    "ep10": ["--epochs", "10"],
    "lr5": ["--lr", "5e-5"],
    "lr5ep10": ["--lr", "5e-5", "--epochs", "10"],
    "lr12": ["--lr", "1.2e-4"],
    "b8": ["--batch", "8"],
    "b32": ["--batch", "32", "--lr", "1.2e-4"],
    "mean": ["--pool", "mean"],
    "markers": ["--pool", "markers"],
    "cp0": ["--class-power", "0"],
    "cp1": ["--class-power", "1"],
    "ls1": ["--label-smoothing", "0.1"],
    "llrd8": ["--llrd", "0.8", "--lr", "1.2e-4"],
    "llrd9ep8": ["--llrd", "0.9", "--lr", "1e-4", "--epochs", "8"],
    "syn100": ["--synthetic", "100", "--synthetic-weight", "0.3"],
    "syn300": ["--synthetic", "300", "--synthetic-weight", "0.5"],
    "init1": ["--init-seed", "1001"],
    "init2": ["--init-seed", "1002"],
    # the shipped recipe, scored by 5-fold CV over train and dev (seed = 5 * repeat + fold)
    "cv8": ["--epochs", "8", "--cv"],
    "cv8onnx": ["--epochs", "8", "--cv", "--onnx"],
}


def _seeds(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def _run(job: tuple[str, int, str, str]) -> tuple[str, int, dict, float]:
    tag, seed, model, device = job
    import torch

    torch.set_num_threads(1)
    flags = ["train", "--model", model, "--stage", "val", "--seed", str(seed), "--device", device]
    args = ft.parser().parse_args(flags + BASE + GRID[tag])
    data = json.loads((ft.WORK / "enc.json").read_text())
    t0 = time.time()
    with contextlib.redirect_stdout(io.StringIO()):
        val = ft.validate(args, data)
    return tag, seed, val, time.time() - t0


def _save(path: Path, results: dict[str, np.ndarray]) -> None:
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **results)
    os.replace(tmp, path)


def sweep(args) -> None:
    jobs = [(t, s, str(args.model), args.device) for s in _seeds(args.seeds) for t in args.grid]
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, np.ndarray] = {}
    t0 = time.time()
    ctx = mp.get_context("spawn")
    with ctx.Pool(args.workers) as pool:
        for n, (tag, seed, val, secs) in enumerate(pool.imap_unordered(_run, jobs), 1):
            results[f"classes|{seed}"] = np.array(val["classes"])
            results[f"gold|{seed}"] = np.array(val["gold"], dtype=np.int16)
            for epoch, entry in val["log"].items():
                results[f"{tag}|{seed}|{epoch}"] = np.array(entry["logits"], dtype=np.float16)
            last = max(val["log"], key=int)
            for variant, logits in val.get("onnx", {}).items():  # unpacked as tag_variant
                results[f"{tag}_{variant}|{seed}|{last}"] = np.array(logits, dtype=np.float16)
            last = val["log"][max(val["log"], key=int)]
            print(
                f"[{n}/{len(jobs)} {time.time() - t0:.0f}s] {tag} seed {seed}: "
                f"macro-F1 {last['f1']:.3f} acc {last['acc']:.3f} ({secs:.0f}s)",
                flush=True,
            )
            _save(args.out / "sweep.npz", results)


def unpack(path: Path) -> None:
    """Write ``val_seed<seed>_<tag>.json`` into the work folder for every run in ``path``."""
    z = np.load(path)
    runs: dict[tuple[str, int], dict] = {}
    for key in z.files:
        parts = key.split("|")
        if len(parts) == 3:
            tag, seed, epoch = parts[0], int(parts[1]), parts[2]
            runs.setdefault((tag, seed), {})[epoch] = z[key].astype(np.float32)
    for (tag, seed), log in sorted(runs.items()):
        classes = [str(c) for c in z[f"classes|{seed}"]]
        gold = [int(g) for g in z[f"gold|{seed}"]]
        entries = {}
        for epoch, logits in log.items():
            pred = logits.argmax(1).tolist()
            entries[epoch] = {
                "f1": ft._macro_f1(gold, pred),
                "acc": float(np.mean(np.array(pred) == np.array(gold))),
                "logits": logits.tolist(),
            }
        out = ft.WORK / f"val_seed{seed}_{tag}.json"
        out.write_text(json.dumps({"classes": classes, "gold": gold, "log": entries}))
    print(f"{len(runs)} runs -> {ft.WORK}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path)
    ap.add_argument("--seeds", default="0-5", help="splits, e.g. 0-11")
    ap.add_argument("--grid", nargs="+", default=list(GRID), choices=list(GRID))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--out", type=Path, default=ft.WORK / "sweep")
    ap.add_argument("--unpack", type=Path, default=None, help="a sweep.npz to unpack")
    args = ap.parse_args()
    if args.unpack is not None:
        unpack(args.unpack)
    elif args.model is None:
        ap.error("--model is required to sweep")
    else:
        sweep(args)


if __name__ == "__main__":
    main()
