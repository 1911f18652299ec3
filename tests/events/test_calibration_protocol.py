"""The blend-calibration measurement (scripts/calibrate_events_blend.py) must stay held out.

The ten PLV splits are overlapping 80/20 draws, so a fit on "the other splits" would still see
the scored split's labels unless its rows are dropped; these tests pin that, and that the
offset search does find a real bias.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sklearn")  # the script's imports (train_events) need the train extra

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def cal():
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("calibrate_events_blend")
    finally:
        sys.path.remove(str(SCRIPTS))


def _split(cal, seed: int, held: list[int], rng: np.random.Generator):
    n = len(held)
    gold = np.array([h % 3 for h in held])
    logits = rng.normal(size=(n, 3)) + 3 * np.eye(3)[gold]
    z = {f"np{seed}": logits, f"tr{seed}": logits, f"gold{seed}": gold, f"held{seed}": held}
    return cal.Split(z, seed)


def test_leave_one_split_out_drops_the_scored_rows(cal) -> None:
    rng = np.random.default_rng(0)
    splits = [
        _split(cal, 0, [0, 1, 2, 3], rng),
        _split(cal, 1, [2, 3, 4, 5], rng),
        _split(cal, 2, [5, 6, 7, 8], rng),
    ]
    fit_pool, test = cal.loso(splits, 0)
    # split 1 keeps rows 4 and 5 only (2 and 3 are scored in split 0); split 2 keeps all four
    assert len(fit_pool.gold) == 6
    assert len(test.gold) == 4


def test_offsets_recover_a_suppressed_class(cal) -> None:
    rng = np.random.default_rng(1)
    gold = np.repeat([0, 1, 2], 60)
    logits = rng.normal(size=(180, 3)) + 2.5 * np.eye(3)[gold]
    logits[:, 1] -= 2.0  # class 1 is under-predicted by a constant
    pool = cal.Pool.__new__(cal.Pool)
    pool.p_np = pool.p_tr = cal.softmax(logits, 1.0)
    pool.gold = gold
    b = cal.fit_offsets(pool, lam=0.0)
    before = cal.macro_f1(gold, pool.blend().argmax(1))
    after = cal.macro_f1(gold, (np.log(pool.blend()) + b).argmax(1))
    assert b[1] - max(b[0], b[2]) > 0.5
    assert after > before + 0.05
