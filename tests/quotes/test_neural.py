"""The fine-tuned attribution tagger: sentence packing (always) and the shipped model's labels
on plain reports (when onnxruntime and the model are installed)."""

from __future__ import annotations

import importlib.util
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dateline.quotes.crf as crf
from dateline.events.embed import StaticEmbeddings
from dateline.quotes import find_quotes
from dateline.quotes.neural import NEURAL_PATH, load_neural, windows

VOCAB = ["the", "mayor", "said", "budget", "will", "be", "cut", ".", "she", "added"]
CLS, SEP, UNK = 101, 102, 100


def _vocab() -> tuple[StaticEmbeddings, np.ndarray, int]:
    return StaticEmbeddings(VOCAB, np.zeros((len(VOCAB), 2))), np.arange(len(VOCAB)), UNK


def _check_windows(doc, max_len: int, context: int = 0) -> None:
    wins = list(windows(doc, _vocab(), CLS, SEP, max_len, context))
    labelled = [i for w in wins for i in w.tokens]
    assert labelled == [t.i for t in doc if not t.is_space]
    for w in wins:
        assert len(w.ids) <= max_len
        assert w.ids[0] == CLS and w.ids[-1] == SEP
        assert len(w.first) == len(w.tokens)
        assert all(0 < p < len(w.ids) - 1 for p in w.first)
        # The labelled tokens are the window's last pieces; only context comes before them.
        assert w.first[0] - 1 <= context


def test_sentences_pack_into_windows_and_every_token_is_labelled_once(parse) -> None:
    doc = parse("The mayor said the budget will be cut.\n\nShe added: the budget will be cut. " * 6)
    _check_windows(doc, 24)
    wins = list(windows(doc, _vocab(), CLS, SEP, 24))
    assert len(wins) > 1
    # A window holds whole sentences: the first token of each is a sentence start.
    assert all(doc[w.tokens[0]].is_sent_start for w in wins)


def test_context_repeats_the_end_of_the_text_before_unlabelled(parse) -> None:
    doc = parse("The mayor said the budget will be cut. She added the budget will be cut. " * 3)
    plain = list(windows(doc, _vocab(), CLS, SEP, 16))
    wins = list(windows(doc, _vocab(), CLS, SEP, 22, context=6))
    _check_windows(doc, 22, 6)
    assert [w.tokens for w in wins] == [w.tokens for w in plain]
    assert wins[0].ids == plain[0].ids  # nothing comes before the first window
    second = wins[1]
    lead = second.ids[1 : second.first[0]]
    assert 0 < len(lead) <= 6
    before = [p for w in plain[:1] for p in w.ids[1:-1]]
    assert lead == before[-len(lead) :]


def test_unknown_words_get_the_unknown_piece(parse) -> None:
    doc = parse("Zxqv said.")
    (w,) = windows(doc, _vocab(), CLS, SEP)
    assert w.ids == [CLS, UNK, VOCAB.index("said"), VOCAB.index("."), SEP]


@settings(max_examples=40, deadline=None)
@given(
    st.text(alphabet="the mayor said budget cut. \n\"'", max_size=300),
    st.integers(8, 64),
    st.sampled_from([0, 3, 12]),
)
def test_windows_cover_any_text(parse, text: str, max_len: int, context: int) -> None:
    _check_windows(parse(text), max_len + context, context)


_HAS_MODEL = (
    importlib.util.find_spec("onnxruntime") is not None
    and NEURAL_PATH.exists()
    and os.environ.get("DATELINE_NO_ONNX", "") in ("", "0")
)
needs_model = pytest.mark.skipif(not _HAS_MODEL, reason="onnxruntime or the tagger not installed")


@needs_model
def test_shipped_tagger_labels_source_cue_and_content(parse) -> None:
    text = "The finance minister said the new tax would take effect in March."
    doc = parse(text)
    roles = {t.role: text[doc[t.start].idx : doc[t.end - 1].idx + len(doc[t.end - 1])]
             for t in crf.tag_doc(doc)}  # fmt: skip
    assert roles["Q"] == "said"
    assert "minister" in roles["S"]
    assert roles["C"].startswith("the new tax") and roles["C"].endswith("March")


@needs_model
def test_probabilities_are_per_token_distributions(parse) -> None:
    doc = parse('"We will not back down," the union leader told reporters.\n\nTalks resume today.')
    p = load_neural().proba(doc)
    assert p.shape == (len(doc), 7)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-4)


@needs_model
def test_possessive_noun_cue_report_is_found(parse) -> None:
    # "X's claim that ...": no verb frame proposes it, and the CRF does not tag it either.
    text = "The senator's claim that the bill was rushed drew criticism."
    (q,) = find_quotes(parse(text))
    assert text[q.content.start : q.content.end] == "that the bill was rushed"
    assert q.source is not None and "senator" in text[q.source.start : q.source.end]
