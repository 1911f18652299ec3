"""The attribution CRF: exact Viterbi and marginals, span decoding, inert without weights,
and how its spans and sources join the parse's attributions."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

import dateline.quotes.crf as crf
from dateline.quotes import find_quotes
from dateline.quotes.crf import LABELS, Tagged


@pytest.fixture
def model(tmp_path, monkeypatch):
    """Install a CRF weights file for the test (None: no file), and forget it afterwards; the
    fine-tuned tagger, which would otherwise label instead, is switched off."""

    def install(state: dict[str, list[int]] | None, trans=None) -> None:
        path = tmp_path / "crf.json"
        if state is not None:
            k = len(LABELS)
            data = {
                "labels": list(LABELS),
                "scale": 1,
                "transitions": trans or [[0.0] * k for _ in range(k)],
                "state": state,
            }
            path.write_text(json.dumps(data))
        monkeypatch.setattr(crf, "CRF_PATH", path)
        monkeypatch.setattr(crf, "USE_NEURAL", False)
        crf._model.cache_clear()

    yield install
    crf._model.cache_clear()


def _brute(emit: np.ndarray, trans: np.ndarray) -> tuple[list[int], np.ndarray]:
    n, k = emit.shape
    scores = {}
    for seq in itertools.product(range(k), repeat=n):
        s = emit[0, seq[0]] + sum(
            trans[a, b] + emit[i + 1, b] for i, (a, b) in enumerate(itertools.pairwise(seq))
        )
        scores[seq] = s
    best = max(scores, key=scores.get)
    z = np.logaddexp.reduce(list(scores.values()))
    post = np.zeros((n, k))
    for seq, s in scores.items():
        for i, lab in enumerate(seq):
            post[i, lab] += np.exp(s - z)
    return list(best), post


def test_viterbi_and_marginals_are_exact() -> None:
    rng = np.random.default_rng(0)
    for _ in range(5):
        emit = rng.normal(size=(4, 3)).astype(np.float32)
        trans = rng.normal(size=(3, 3)).astype(np.float32)
        best, post = _brute(emit, trans)
        assert crf.decode(emit, trans) == best
        assert np.allclose(crf.marginals(emit, trans), post, atol=1e-4)
    assert crf.decode(np.zeros((0, 3)), np.zeros((3, 3))) == []


def test_spans_from_labels() -> None:
    labels = ["O", "B-S", "B-Q", "B-C", "I-C", "I-C", "O", "I-C", "B-C", "O"]
    assert crf._spans(labels) == [
        Tagged("S", 1, 2),
        Tagged("Q", 2, 3),
        Tagged("C", 3, 6),
        Tagged("C", 7, 8),
        Tagged("C", 8, 9),
    ]


def test_feature_names_have_no_whitespace(parse) -> None:
    doc = parse('The mayor said:\n\n "We will cut  the budget."')
    for feats in crf.crf_features(doc):
        assert all(f.isprintable() and " " not in f for f in feats)


def test_no_weights_no_spans(parse, model) -> None:
    model(None)
    doc = parse("The mayor said that the budget would be cut next year.")
    assert crf.tag_doc(doc) == []
    assert crf.crf_candidates(doc) == []


def test_candidates_take_tagged_cue_and_source(parse, model) -> None:
    # A toy model: "mayor" is a source, "warned" a cue, "budget ... schools" content.
    big = 50
    k = len(LABELS)
    idx = {lab: i for i, lab in enumerate(LABELS)}

    def row(lab: str) -> list[int]:
        out = [0] * k
        out[idx[lab]] = big
        return out

    state = {"w=mayor": row("B-S"), "w=warned": row("B-Q"), "w=budget": row("B-C")}
    state["bias"] = [1 if lab == "O" else 0 for lab in LABELS]
    for w in ("cuts", "would", "hurt", "schools"):
        state["w=" + w] = row("I-C")
    model(state)
    doc = parse("The mayor warned the budget cuts would hurt schools.")
    tagged = crf.tag_doc(doc)
    assert [t.role for t in tagged] == ["S", "Q", "C"]
    (cand,) = crf.crf_candidates(doc)
    text = doc.text
    # "The" hangs from the tagged span, so the content takes it too (crf._left_edge).
    assert text[cand.content[0] : cand.content[1]] == "the budget cuts would hurt schools"
    assert text[cand.cue[0] : cand.cue[1]] == "warned"
    assert "mayor" in text[cand.source[0] : cand.source[1]]
    assert cand.weight > 0.99


def test_hedging_verbs_have_no_speaker(parse) -> None:
    doc = parse(
        "The senator appears to be unaware of the vast differences between the two plans. "
        "It seems the campaign will go on without the support of many Republicans."
    )
    hedges = {
        doc.text[q.cue.start : q.cue.end]: q
        for q in find_quotes(doc)
        if q.cue and doc.text[q.cue.start : q.cue.end] in ("appears", "seems")
    }
    assert set(hedges) == {"appears", "seems"}
    assert all(q.source is None and q.speaker_name is None for q in hedges.values())


def test_subject_and_complement_of_a_speakerless_cue_are_one_content(parse) -> None:
    text = "Clinton is widely expected to win the state by a large margin."
    doc = parse(text)
    (q,) = [q for q in find_quotes(doc) if q.cue and text[q.cue.start : q.cue.end] == "expected"]
    assert q.source is None
    assert q.parts is not None
    assert text[q.parts[0].start : q.parts[0].end] == "Clinton"
    assert "to win the state" in text[q.parts[-1].start : q.parts[-1].end]
