"""A fine-tuned MiniLM that labels attribution contents, sources and cues token by token.

The same job as :mod:`dateline.quotes.crf` (BIO over content ``C``, source ``S`` and cue ``Q``),
learned by a transformer instead of from hand-made features, so it sees cues no lexicon lists
and boundaries no feature template describes. ``scripts/finetune_quote_tagger.py`` trains it on
PolNeAR train and exports ``data/quotes/tagger.onnx`` (int8) and ``tagger.npz`` (the word-piece
map of :mod:`dateline.events.embed` to MiniLM ids, so no tokenizer library is needed, and the
labels). Each spaCy token is labelled on its first word piece; sentences are packed into
windows of at most ``MAX_LEN`` pieces. Without onnxruntime or the files nothing is proposed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from dateline.events.embed import StaticEmbeddings, load_embeddings
from dateline.events.transformer import open_onnx
from dateline.quotes.learned import learned_file

__all__ = ["MAX_LEN", "NEURAL_PATH", "NeuralTagger", "Window", "load_neural", "windows"]

NEURAL_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "tagger.onnx"
MAX_LEN = 256


@dataclass(frozen=True)
class Window:
    """Word-piece ids of some whole sentences ([CLS] ... [SEP]), and for each labelled spaCy
    token (``tokens``) the position of its first piece (``first``)."""

    ids: list[int]
    first: list[int]
    tokens: list[int]


def _token_pieces(emb: StaticEmbeddings, id_map: np.ndarray, unk: int, text: str) -> list[int]:
    return [int(id_map[i]) for i in emb.ids(text)] or [unk]


# (spaCy token index, its word-piece ids) for each token of a sentence or a window.
_Pieces = list[tuple[int, list[int]]]


def _sentence_pieces(
    doc: Doc, vocab: tuple[StaticEmbeddings, np.ndarray, int]
) -> Iterator[_Pieces]:
    """Per sentence: (token index, pieces) of its non-space tokens."""
    emb, id_map, unk = vocab
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        yield [(t.i, _token_pieces(emb, id_map, unk, t.text)) for t in sent if not t.is_space]


def windows(
    doc: Doc,
    vocab: tuple[StaticEmbeddings, np.ndarray, int],
    cls: int,
    sep: int,
    max_len: int = MAX_LEN,
    context: int = 0,
) -> Iterator[Window]:
    """Whole sentences packed greedily into windows; a sentence too long for one is cut.

    With ``context`` > 0 each window also starts with up to that many pieces of the text just
    before it (whole tokens, unlabelled), so a sentence at a window's start still sees the
    speaker named in the sentence before.
    """
    flat: _Pieces = []
    for pack, first_pos, tokens in _packs(_sentence_pieces(doc, vocab), max_len - 2 - context):
        lead = _lead(flat, context) if context else []
        flat += pack
        yield Window(
            [cls, *lead, *_piece_ids(pack), sep], [len(lead) + f for f in first_pos], tokens
        )


def _piece_ids(pieces: _Pieces) -> list[int]:
    return [p for _, ps in pieces for p in ps]


def _lead(before: _Pieces, budget: int) -> list[int]:
    """The last whole tokens' pieces of ``before`` that fit in ``budget``."""
    out: list[int] = []
    for _, pieces in reversed(before):
        if len(out) + len(pieces) > budget:
            break
        out[:0] = pieces
    return out


def _packs(sents: Iterable[_Pieces], size: int) -> Iterator[tuple[_Pieces, list[int], list[int]]]:
    """(tokens with pieces, first-piece positions counting [CLS], token indices) per window."""
    cur: _Pieces = []
    n_cur = 0
    for sent in sents:
        n = sum(len(p) for _, p in sent)
        if cur and n_cur + n > size:
            yield _pack(cur)
            cur, n_cur = [], 0
        for i, pieces in sent:
            pieces = pieces[: size // 4]
            if n_cur + len(pieces) > size:
                yield _pack(cur)
                cur, n_cur = [], 0
            cur.append((i, pieces))
            n_cur += len(pieces)
    if cur:
        yield _pack(cur)


def _pack(cur: _Pieces) -> tuple[_Pieces, list[int], list[int]]:
    first, pos = [], 1
    for _, pieces in cur:
        first.append(pos)
        pos += len(pieces)
    return cur, first, [i for i, _ in cur]


class NeuralTagger:
    """The ONNX token classifier: label probabilities for every token of a Doc."""

    def __init__(self, session, meta: dict, emb: StaticEmbeddings) -> None:
        self.session = session
        self.labels = tuple(str(x) for x in meta["labels"])
        self.vocab = (emb, meta["id_map"], int(meta["unk"]))
        self.cls, self.sep = int(meta["cls"]), int(meta["sep"])
        self.max_len = int(meta["max_len"]) if "max_len" in meta else MAX_LEN
        self.context = int(meta["context"]) if "context" in meta else 0

    def proba(self, doc: Doc) -> np.ndarray:
        """(tokens x labels) probabilities; space tokens are certain ``O``."""
        out = np.zeros((len(doc), len(self.labels)), dtype=np.float32)
        out[:, self.labels.index("O")] = 1.0
        for w in windows(doc, self.vocab, self.cls, self.sep, self.max_len, self.context):
            feeds = {
                "input_ids": np.array([w.ids], dtype=np.int64),
                "attention_mask": np.ones((1, len(w.ids)), dtype=np.int64),
            }
            logits = self.session.run(["logits"], feeds)[0][0][w.first]
            z = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[w.tokens] = z / z.sum(axis=1, keepdims=True)
        return out


@lru_cache(maxsize=1)
def load_neural() -> NeuralTagger | None:
    """The shipped model, or None without onnxruntime, the files or the word-piece table
    (:func:`dateline.events.transformer.open_onnx`; ``DATELINE_NO_ONNX=1`` turns it off)."""
    emb = load_embeddings()
    path = learned_file(NEURAL_PATH)
    opened = open_onnx(path, path.with_suffix(".npz")) if emb is not None else None
    return NeuralTagger(*opened, emb) if opened is not None else None
