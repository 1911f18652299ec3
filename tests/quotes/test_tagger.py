"""The content tagger: inert without weights, BIO decoding, and how its spans join the rest."""

from __future__ import annotations

import json

import pytest

import dateline.quotes.find as find
import dateline.quotes.tagger as tagger
from dateline.quotes import find_quotes, orphan_signals
from dateline.quotes.syntax import Candidate


@pytest.fixture
def weights(tmp_path, monkeypatch):
    """Install a weights file for the test, and forget it afterwards."""

    def install(table: dict[str, list[float]] | None) -> None:
        path = tmp_path / "tagger.json"
        if table is not None:
            path.write_text(json.dumps({"labels": ["B", "I", "O"], "weights": table}))
        monkeypatch.setattr(tagger, "TAGGER_PATH", path)
        tagger._weights.cache_clear()

    yield install
    tagger._weights.cache_clear()


def test_no_weights_no_spans(parse, weights) -> None:
    weights(None)
    doc = parse("The mayor said that the budget would be cut next year.")
    assert tagger.content_spans(doc) == []
    assert tagger.tagger_candidates(doc) == []


def test_features_name_the_governing_cue(parse) -> None:
    doc = parse("The mayor said that the budget would be cut next year.")
    feats = tagger.token_features(doc)
    budget = next(t for t in doc if t.text == "budget")
    assert "cue=say" in feats[budget.i]
    assert "rel=ccomp" in feats[budget.i]
    assert "owncue=True" in feats[next(t for t in doc if t.text == "said").i]


def test_decoding_turns_runs_into_spans(parse, weights) -> None:
    # Everything under a cue's clausal complement is content; the rest is not.
    weights({"bias": [0.0, 0.0, 1.0], "rel=ccomp": [0.0, 3.0, 0.0]})
    text = "The mayor said that the budget would be cut next year."
    doc = parse(text)
    spans = tagger.content_spans(doc)
    assert [doc[s:e].text for s, e, _ in spans] == ["that the budget would be cut next year"]
    assert all(margin > 0 for *_, margin in spans)


def test_confirmed_frame_takes_the_parse_cue_and_subject(parse, monkeypatch) -> None:
    monkeypatch.setattr(tagger, "FRAME_SHARE", 0.0)
    text = "The council rejected the plan to close the library on Sundays."
    doc = parse(text)
    plan = next(t for t in doc if t.text == "the")
    end = next(t for t in doc if t.text == ".").i
    cand = tagger.confirmed_frame(doc, plan.i, end)
    assert cand is not None
    assert text[cand.cue[0] : cand.cue[1]] == "rejected"
    assert cand.source is not None and text[cand.source[0] : cand.source[1]] == "The council"
    assert "plan" in text[cand.content[0] : cand.content[1]]


def test_tagged_spans_never_overlap_other_quotes(parse, monkeypatch) -> None:
    text = "The mayor said that the budget would be cut. The storm caused deep losses for schools."
    doc = parse(text)
    said = text.index("that the budget")
    feared = text.index("deep losses")
    caused = text.index("caused")
    extra = [
        Candidate((said, said + 15), None, None, None, 0.3),  # inside the mayor's report
        Candidate((feared, len(text) - 1), (caused, caused + 6), None, None, 0.3),
    ]
    monkeypatch.setattr(find, "tagger_candidates", lambda d: extra)
    quotes = find_quotes(doc, [])
    contents = [text[q.content.start : q.content.end] for q in quotes]
    assert sum("budget" in c for c in contents) == 1
    assert "deep losses for schools" in contents
    # A tagged content with no source is not an orphan quotation.
    tagged = [q for q in quotes if text[q.content.start : q.content.end].startswith("deep")]
    assert tagged[0].source is None
    assert not [s for s in orphan_signals(quotes, text) if s.start == tagged[0].content.start]


def test_tagger_can_be_switched_off(parse, monkeypatch) -> None:
    text = "The storm caused deep losses for schools across the county."
    start = text.index("deep")
    extra = [Candidate((start, len(text) - 1), None, None, None, 0.3)]
    monkeypatch.setattr(find, "tagger_candidates", lambda d: extra)
    monkeypatch.setattr(find, "USE_TAGGER", False)
    quotes = find_quotes(parse(text), [])
    assert all(q.content.start != start for q in quotes)
