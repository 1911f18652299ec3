"""The optional ONNX pair classifier: marker encoding (always), runtime path (if installed)."""

from __future__ import annotations

import importlib.util
import os

import numpy as np
import pytest

from dateline.events.embed import StaticEmbeddings
from dateline.events.lexicon import DATA
from dateline.events.transformer import blend, encode, load_transformer

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "@", "#", "rebels", "attacked", "the", "army",
         "base", "yesterday", "."]  # fmt: skip
SPECIAL = {"[PAD]": 0, "[CLS]": 2, "[SEP]": 3, "@": 4, "#": 5}
TEXT = "Rebels attacked the army base yesterday."
ARMY = (TEXT.index("army"), TEXT.index("army") + 4)


def _emb() -> tuple[StaticEmbeddings, np.ndarray]:
    return StaticEmbeddings(VOCAB, np.zeros((len(VOCAB), 2))), np.arange(len(VOCAB))


def test_markers_surround_both_parties() -> None:
    emb, id_map = _emb()
    ids, (a, r) = encode(emb, id_map, SPECIAL, TEXT, (0, 6), ARMY)
    words = [VOCAB[i] for i in ids]
    assert words == ["[CLS]", "@", "rebels", "@", "attacked", "the", "#", "army", "#", "base",
                     "yesterday", ".", "[SEP]"]  # fmt: skip
    assert words[a] == "@" and words[r] == "#"


def test_recipient_before_actor_and_no_recipient() -> None:
    emb, id_map = _emb()
    ids, (a, r) = encode(emb, id_map, SPECIAL, TEXT, ARMY, (0, 6))
    assert [VOCAB[i] for i in ids[:4]] == ["[CLS]", "#", "rebels", "#"]
    assert VOCAB[ids[a]] == "@" and r == 1
    ids, (a, r) = encode(emb, id_map, SPECIAL, TEXT, (0, 6), None)
    assert r == 0 and VOCAB[ids[a]] == "@" and "#" not in [VOCAB[i] for i in ids]


def test_long_sentence_is_cut_around_the_pair() -> None:
    emb, id_map = _emb()
    text = "the " * 200 + "Rebels attacked the army base" + " yesterday" * 200
    start = text.index("Rebels")
    army = text.index("army")
    ids, (a, r) = encode(emb, id_map, SPECIAL, text, (start, start + 6), (army, army + 4), 32)
    assert len(ids) == 32
    assert VOCAB[ids[a]] == "@" and VOCAB[ids[r]] == "#"
    assert ids[0] == SPECIAL["[CLS]"] and ids[-1] == SPECIAL["[SEP]"]


_HAS_ONNX = (
    importlib.util.find_spec("onnxruntime") is not None
    and (DATA / "pair.onnx").exists()
    and os.environ.get("DATELINE_NO_ONNX", "") in ("", "0")
)


@pytest.mark.skipif(not _HAS_ONNX, reason="onnxruntime or data/events/pair.onnx not installed")
def test_onnx_model_types_a_clear_attack() -> None:
    model = load_transformer()
    assert model is not None
    text = "Rebel fighters shelled a government army base near the border on Monday."
    actor = (0, 14)
    recipient = (text.index("a government"), text.index(" near"))
    p = model.proba(text, actor, recipient)
    assert p.shape == (len(model.classes),) and abs(float(p.sum()) - 1.0) < 1e-5
    assert model.classes[int(np.argmax(p))] == "ASSAULT"
    flat = np.full(len(model.classes), 1.0 / len(model.classes))
    mixed = blend(model.classes, flat, text, actor, recipient)
    assert abs(float(mixed.sum()) - 1.0) < 1e-5
    assert model.classes[int(np.argmax(mixed))] == "ASSAULT"
