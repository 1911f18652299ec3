"""Pair features on short synthetic sentences, and the shipped pair model agreeing with them."""

from __future__ import annotations

from dateline import nlp
from dateline.config import Settings
from dateline.events.features import pair_features
from dateline.events.model import load_model


def _features(text: str, actor: str, recipient: str | None) -> list[str]:
    doc = nlp.load(Settings().model)(text)
    a = text.index(actor)
    span = (a, a + len(actor))
    rec = None
    if recipient is not None:
        r = text.index(recipient)
        rec = (r, r + len(recipient))
    return pair_features(doc[:], span, rec)


def test_marks_the_pair_and_codes_the_verb() -> None:
    feats = _features("Chile sent troops to Peru on Monday.", "Chile", "Peru")
    assert "w:[a]" in feats and "w:[r]" in feats
    assert "v:send" in feats
    assert any(f.startswith("pd:") for f in feats)


def test_no_character_ngrams() -> None:
    feats = _features("Norway condemned the crackdown against Belarus.", "Norway", "Belarus")
    assert feats and not [f for f in feats if f.startswith("c:")]


def test_one_party_pair_has_no_path() -> None:
    feats = _features("Protesters marched through the capital.", "Protesters", None)
    assert "w:[a]" in feats and "w:[r]" not in feats
    assert not [f for f in feats if f.startswith("pd:")]


def test_shipped_vocabulary_matches_the_features() -> None:
    model = load_model("pair")
    assert model is not None
    assert not [f for f in model.vocab if f.startswith("c:")]
    assert any(f.startswith("pd:") for f in model.vocab)
