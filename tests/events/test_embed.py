"""Static embeddings: the word-piece tokenizer, pooling, the pair blocks and the shipped table."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.events.embed import StaticEmbeddings, basic_tokens, load_embeddings, pair_vector
from dateline.events.model import LinearModel

VOCAB = ["[UNK]", "deploy", "##ed", "troops", "to", "the", "border", "x", ".", "##s"]


def _toy() -> StaticEmbeddings:
    return StaticEmbeddings(VOCAB, np.eye(len(VOCAB), dtype=np.float32))


def test_basic_tokens_lowercase_strip_accents_and_split_punctuation() -> None:
    assert basic_tokens("Pabradė's DRILLS, 2017.") == [
        "pabrade",
        "'",
        "s",
        "drills",
        ",",
        "2017",
        ".",
    ]


def test_word_pieces_are_greedy_longest_match() -> None:
    emb = _toy()
    idx = {p: i for i, p in enumerate(VOCAB)}
    assert emb.ids("Deployed troops.") == [idx["deploy"], idx["##ed"], idx["troops"], idx["."]]
    assert emb.ids("borders") == [idx["border"], idx["##s"]]
    assert emb.ids("zzz") == []  # no piece covers it: skipped, like BERT's [UNK] dropped


def test_pool_is_the_mean_and_zero_for_nothing() -> None:
    emb = _toy()
    v = emb.pool("to the")
    assert v[VOCAB.index("to")] == pytest.approx(0.5) and v.sum() == pytest.approx(1.0)
    assert not emb.pool("zzz").any()


def test_pair_vector_blocks_are_unit_or_zero() -> None:
    emb = _toy()
    text = "x deployed troops to the border"
    v = pair_vector(emb, text, (0, 1), (25, 31), "deploy")
    assert v.shape == (3 * len(VOCAB),)
    blocks = v.reshape(3, -1)
    assert np.allclose(np.linalg.norm(blocks, axis=1), 1.0)
    between = blocks[1]
    assert between[VOCAB.index("troops")] > 0 and between[VOCAB.index("border")] == 0
    lone = pair_vector(emb, "zzz", (0, 3), None, None).reshape(3, -1)
    assert not lone.any()


def test_linear_model_adds_the_dense_score_only_when_trained_with_one() -> None:
    coef = np.zeros((2, 1))
    m = LinearModel(
        ["w:a"], np.ones(1), coef, np.zeros(2), ["A", "B"], 1.0, np.array([[1.0], [-1.0]])
    )
    assert m.proba(["w:a"], np.array([2.0]))[0] > 0.9
    assert m.proba(["w:a"], None)[0] == pytest.approx(0.5)


@pytest.mark.skipif(load_embeddings() is None, reason="no shipped embeddings")
def test_shipped_embeddings_know_related_words() -> None:
    emb = load_embeddings()
    assert emb is not None

    def cos(a: str, b: str) -> float:
        x, y = emb.pool(a), emb.pool(b)
        return float(x @ y / np.linalg.norm(x) / np.linalg.norm(y))

    assert cos("soldiers", "troops") > cos("soldiers", "banana")
    assert cos("condemned", "denounced") > cos("condemned", "visited")


@pytest.mark.skipif(load_embeddings() is None, reason="no shipped embeddings")
def test_shipped_pair_model_matches_the_embedding_blocks() -> None:
    from dateline.events.model import load_model

    model, emb = load_model("pair"), load_embeddings()
    assert model is not None and emb is not None and model.dense_coef is not None
    assert model.dense_coef.shape == (len(model.classes), 3 * emb.dim)
