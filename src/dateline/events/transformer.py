"""Fine-tuned MiniLM pair classifier, run through onnxruntime (a light CPU-only dependency).

``scripts/finetune_events.py`` fine-tunes all-MiniLM-L6-v2 on the PLV train part with the
actor marked ``@ ... @`` and the recipient ``# ... #``, and exports an int8 ONNX graph
(``data/events/pair.onnx``) plus ``pair_onnx.npz``: the map from :mod:`dateline.events.embed`'s
word-piece rows to MiniLM token ids (so the exact tokenizer is shared), the class names and the
softmax temperature. The graph scores [CLS] and the two opening markers. When onnxruntime or
the files are missing, :func:`load_transformer` returns None and the numpy model works alone.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from dateline.events.embed import StaticEmbeddings, load_embeddings
from dateline.events.lexicon import DATA
from dateline.events.model import softmax

__all__ = ["PairTransformer", "blend", "encode", "load_transformer", "open_onnx"]

MAX_LEN = 128
_SEEN_MAX = 4096  # pairs remembered across calls (a few hundred kB)


def _pieces(emb: StaticEmbeddings, id_map: np.ndarray, text: str) -> list[int]:
    return [int(id_map[i]) for i in emb.ids(text)]


def _window(ids: list[int], keep: tuple[int, int], size: int) -> int:
    """Start of a ``size``-long window over ``ids`` that covers ``keep`` as far as it can."""
    lo, hi = keep
    slack = size - (hi - lo)
    start = lo - max(slack, 0) // 2 if slack > 0 else lo
    return max(0, min(start, len(ids) - size))


def _marked(
    emb: StaticEmbeddings, id_map: np.ndarray, text: str, spans: list[tuple[tuple[int, int], int]]
) -> tuple[list[int], dict[int, int]]:
    """Token ids of ``text`` with each (span, mark) in text order enclosed in its mark, and
    the position of each opening mark (an overlapping span starts where the last one ends)."""
    ids: list[int] = []
    pos: dict[int, int] = {}
    cursor = 0
    for (start, end), mark in spans:
        start = max(start, cursor)
        ids += _pieces(emb, id_map, text[cursor:start])
        pos[mark] = len(ids)
        ids += [mark, *_pieces(emb, id_map, text[start:end]), mark]
        cursor = max(end, start)
    ids += _pieces(emb, id_map, text[cursor:])
    return ids, pos


def encode(
    emb: StaticEmbeddings,
    id_map: np.ndarray,
    special: dict[str, int],
    text: str,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
    max_len: int = MAX_LEN,
) -> tuple[list[int], tuple[int, int]]:
    """Token ids with the pair marked, and the positions of the two opening markers.

    Without a recipient the second position is [CLS] (0). Long sentences are cut to a window
    around the marked pair.
    """
    spans = [(actor, special["@"])]
    if recipient is not None:
        spans.append((recipient, special["#"]))
    ids, pos = _marked(emb, id_map, text, sorted(spans))
    size = max_len - 2
    offset = 0
    if len(ids) > size:
        marks = sorted(pos.values())
        offset = _window(ids, (marks[0], marks[-1] + 1), size)
        ids = ids[offset : offset + size]

    def shifted(mark: int) -> int:  # position after [CLS], clamped into the window
        return min(max(pos[mark] - offset, 0), len(ids) - 1) + 1

    r = shifted(special["#"]) if special["#"] in pos else 0
    return [special["[CLS]"], *ids, special["[SEP]"]], (shifted(special["@"]), r)


class PairTransformer:
    """The ONNX pair classifier: calibrated root probabilities for one marked pair."""

    def __init__(self, session, meta: dict, emb: StaticEmbeddings) -> None:
        self.session = session
        self.emb = emb
        self.id_map = meta["id_map"]
        names, ids = meta["special_names"], meta["special_ids"]
        self.special = {str(k): int(v) for k, v in zip(names, ids, strict=True)}
        self.classes = [str(c) for c in meta["classes"]]
        self.temperature = float(meta["temperature"])
        self.weight = float(meta["weight"]) if "weight" in meta else 1.0
        # Triggers of one sentence often share their pair, and the graph reads only the pair:
        # one run each (the graph is deterministic, so a cached row is the row it would give).
        self._seen: dict[tuple, np.ndarray] = {}

    def logits(
        self, text: str, actor: tuple[int, int], recipient: tuple[int, int] | None
    ) -> np.ndarray:
        key = (text, actor, recipient)
        if key not in self._seen:
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            row = self._run(text, actor, recipient)
            row.setflags(write=False)  # shared between calls
            self._seen[key] = row
        return self._seen[key]

    def _run(
        self, text: str, actor: tuple[int, int], recipient: tuple[int, int] | None
    ) -> np.ndarray:
        ids, pos = encode(self.emb, self.id_map, self.special, text, actor, recipient)
        feeds = {
            "input_ids": np.array([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
            "positions": np.array([pos], dtype=np.int64),
        }
        return self.session.run(["logits"], feeds)[0][0]

    def proba(
        self, text: str, actor: tuple[int, int], recipient: tuple[int, int] | None
    ) -> np.ndarray:
        return softmax(self.logits(text, actor, recipient), self.temperature)


def open_onnx(graph: Path, meta_path: Path) -> tuple[object, dict] | None:
    """A one-thread CPU onnxruntime session for ``graph`` and the arrays of ``meta_path``; None
    without onnxruntime or either file, or when ``DATELINE_NO_ONNX=1`` asks for the light models
    alone (the numpy events model, the quotes CRF)."""
    if os.environ.get("DATELINE_NO_ONNX", "") not in ("", "0"):
        return None
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    if not graph.exists() or not meta_path.exists():
        return None
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    session = ort.InferenceSession(str(graph), opts, providers=["CPUExecutionProvider"])
    with np.load(meta_path, allow_pickle=False) as z:
        meta = {k: z[k] for k in z.files}
    return session, meta


@lru_cache(maxsize=1)
def load_transformer() -> PairTransformer | None:
    """The shipped ONNX model, or None without onnxruntime, the files or the embeddings
    (see :func:`open_onnx`)."""
    emb = load_embeddings()
    opened = open_onnx(DATA / "pair.onnx", DATA / "pair_onnx.npz") if emb is not None else None
    return PairTransformer(*opened, emb) if opened is not None else None


def blend(
    classes: list[str],
    proba: np.ndarray,
    text: str,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
) -> np.ndarray:
    """``proba`` (over ``classes``) averaged with the transformer's, when it is installed.

    The weight was chosen on held-out train rows (``scripts/measure_events_ensemble.py``).
    """
    model = load_transformer()
    if model is None:
        return proba
    p = model.proba(text, actor, recipient)
    index = {c: i for i, c in enumerate(model.classes)}
    mapped = np.array([p[index[c]] if c in index else 0.0 for c in classes], dtype=np.float64)
    return model.weight * mapped + (1.0 - model.weight) * proba
