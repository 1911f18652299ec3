"""A linear model over string features, run in numpy (trained by ``scripts/train_events.py``).

Weights live in one ``.npz`` under ``data/events/``: the vocabulary, idf weights, a class x
feature coefficient matrix, intercepts, class names and a softmax temperature fitted on held-out
data so that probabilities are calibrated; optionally a class x dimension matrix for a dense
vector (the static-embedding blocks of :func:`dateline.events.embed.pair_vector`) added to the
sparse score. scikit-learn is needed only to train.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from dateline.events.lexicon import DATA

__all__ = ["LinearModel", "load_model", "softmax"]


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Probabilities from one row of logits, tempered (the calibration both models use)."""
    z = logits / temperature
    z = np.exp(z - z.max())
    return z / z.sum()


class LinearModel:
    """Multinomial logistic regression over l2-normalised idf-weighted binary features."""

    def __init__(
        self,
        vocab: Iterable[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: Iterable[str],
        temperature: float = 1.0,
        dense_coef: np.ndarray | None = None,
    ) -> None:
        self.vocab = {f: i for i, f in enumerate(vocab)}
        self.idf = np.asarray(idf, dtype=np.float32)
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.classes = [str(c) for c in classes]
        self.temperature = float(temperature)
        self.dense_coef = None if dense_coef is None else np.asarray(dense_coef, np.float32)

    def vector(self, features: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sparse (indices, values) of one example, as in training."""
        idx = np.array(sorted({self.vocab[f] for f in features if f in self.vocab}), dtype=int)
        if idx.size == 0:
            return idx, np.zeros(0, dtype=np.float32)
        val = self.idf[idx]
        return idx, val / np.linalg.norm(val)

    def decision(self, features: Iterable[str], dense: np.ndarray | None = None) -> np.ndarray:
        """Class scores; ``dense`` is ignored by a model trained without one."""
        idx, val = self.vector(features)
        z = self.coef[:, idx] @ val + self.intercept
        if self.dense_coef is not None and dense is not None:
            z = z + self.dense_coef @ dense
        return z

    def proba(self, features: Iterable[str], dense: np.ndarray | None = None) -> np.ndarray:
        return softmax(self.decision(features, dense), self.temperature)

    def save(self, path: Path) -> None:
        vocab = sorted(self.vocab, key=self.vocab.__getitem__)
        extra = {} if self.dense_coef is None else {"dense_coef": self.dense_coef}
        np.savez_compressed(
            path,
            **extra,
            vocab=np.array(vocab),
            idf=self.idf.astype(np.float16),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept,
            classes=np.array(self.classes),
            temperature=np.array(self.temperature),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as z:
            return cls(
                z["vocab"].tolist(),
                z["idf"],
                z["coef"],
                z["intercept"],
                z["classes"].tolist(),
                float(z["temperature"]),
                z["dense_coef"] if "dense_coef" in z.files else None,
            )


@lru_cache(maxsize=4)
def load_model(name: str) -> LinearModel | None:
    """A shipped model by file stem (``pair``, ``mode``), or None if it is not there."""
    path = DATA / f"{name}.npz"
    return LinearModel.load(path) if path.exists() else None
