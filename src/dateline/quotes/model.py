"""The attribution scorer: a logistic model over sparse string features, run in plain Python.

Weights live in ``data/quotes/cue_model.json`` (written by ``scripts/train_quotes.py`` from
PolNeAR train). Without that file a fallback scores listed reporting verbs with a clause
complement as likely, so the stage still works from the lexicon alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from dateline.quotes.learned import learned_file

__all__ = ["MODEL_PATH", "probability", "threshold"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cue_model.json"

_FALLBACK = {
    "bias": -3.0,
    "threshold": 0.5,
    "weights": {"lexicon|ccomp": 4.0, "lexicon|reversed": 3.5},
}


@lru_cache(maxsize=1)
def _model() -> tuple[float, float, dict[str, float]]:
    data = _FALLBACK
    path = learned_file(MODEL_PATH)
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
    weights = {k: float(v) for k, v in data["weights"].items()}
    return float(data["bias"]), float(data.get("threshold", 0.5)), weights


def threshold() -> float:
    """The probability from which a proposal counts (chosen on held-out train)."""
    return _model()[1]


def probability(feats: Iterable[str]) -> float:
    """P(this proposal is an attribution) under the shipped model."""
    bias, _, weights = _model()
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
