"""Static word-piece embeddings distilled from MiniLM, mean-pooled in numpy (no torch at run time).

``scripts/build_events_embeddings.py`` passes every word piece of all-MiniLM-L6-v2's vocabulary
through the model once (model2vec's distillation), reduces the vectors with PCA and writes
``data/events/embed.npz`` (vocabulary + float16 matrix). Here a BERT-style uncased tokenizer
(basic split, then greedy longest-match word pieces) maps text to rows, and a span's vector is
the mean of its pieces' rows: a bag-of-words that knows "deploy" is near "station" and
"troops" near "soldiers", which the sparse features cannot.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

from dateline.events.lexicon import DATA

__all__ = ["StaticEmbeddings", "basic_tokens", "load_embeddings", "pair_vector"]

_WORD = re.compile(r"\w+|[^\w\s]")
_MAX_WORD = 100
_AFTER = 80  # characters after a lone actor that stand in for "between the pair"


def basic_tokens(text: str) -> list[str]:
    """Lower-cased, accent-stripped words and single punctuation marks (BERT's basic step)."""
    text = text.lower()
    if not text.isascii():  # ASCII has no accents to strip (most news words)
        text = unicodedata.normalize("NFD", text)
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return _WORD.findall(text)


class StaticEmbeddings:
    """Word-piece vocabulary and one vector per piece."""

    def __init__(self, vocab: list[str], vectors: np.ndarray) -> None:
        self.index = {p: i for i, p in enumerate(vocab)}
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = int(self.vectors.shape[1])
        self._cache: dict[str, tuple[int, ...]] = {}

    def _pieces(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match word pieces of one word; () when it cannot be covered."""
        if len(word) > _MAX_WORD:
            return ()
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.index:
                    out.append(self.index[piece])
                    break
                end -= 1
            if end == start:
                return ()
            start = end
        return tuple(out)

    def ids(self, text: str) -> list[int]:
        """Row indices of the word pieces of ``text`` (unknown words are skipped)."""
        out: list[int] = []
        for word in basic_tokens(text):
            got = self._cache.get(word)
            if got is None:
                got = self._pieces(word)
                if len(self._cache) < 200_000:
                    self._cache[word] = got
            out.extend(got)
        return out

    def pool(self, text: str) -> np.ndarray:
        """Mean vector of the pieces of ``text``; zeros when it has none."""
        ids = self.ids(text)
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        return self.vectors[ids].mean(axis=0)


@lru_cache(maxsize=1)
def load_embeddings() -> StaticEmbeddings | None:
    """The shipped embeddings, or None when the file is not there."""
    path = DATA / "embed.npz"
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        return StaticEmbeddings(z["vocab"].tolist(), z["vectors"])


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def pair_vector(
    emb: StaticEmbeddings,
    text: str,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
    trigger: str | None,
) -> np.ndarray:
    """Unit-length blocks: whole sentence, text between the pair, trigger word (3 x dim).

    ``text`` is the sentence; the spans index it. Without a recipient, the words just after
    the actor stand in for the words between the pair.
    """
    if recipient is None:
        between = text[actor[1] : actor[1] + _AFTER]
    else:
        (_, lo), (hi, _) = sorted([actor, recipient])
        between = text[lo:hi]
    blocks = [emb.pool(text), emb.pool(between), emb.pool(trigger or "")]
    return np.concatenate([_unit(b) for b in blocks]).astype(np.float32)
