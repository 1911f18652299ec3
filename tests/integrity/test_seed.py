"""The seed article: every problem issue 6 names is reported with its offsets."""

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "patriot-lithuania.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="needs ../shared")


@pytest.fixture(scope="module")
def seed():
    import dateline.pipeline as pipeline
    from dateline import extract

    captured = {}
    stage = pipeline.STAGES["integrity"]

    def grab(analysis):
        stage(analysis)
        captured["analysis"] = analysis

    pipeline.STAGES["integrity"] = grab
    try:
        record = extract(SEED.read_text(encoding="utf8"))
    finally:
        pipeline.STAGES["integrity"] = stage
    return record, captured["analysis"]


def _texts(record, kind):
    return [record.text[s.start : s.end] for s in record.signals if s.kind == kind]


def test_dangling_references(seed):
    record, _ = seed
    found = _texts(record, "dangling_reference")
    assert any(t.startswith("It said the deployment") for t in found)
    assert any(t.startswith("He further noted") for t in found)
    assert any("they said" in t for t in found)


def test_repeated_sentence(seed):
    record, _ = seed
    assert any("named Tobruk Legacy" in t for t in _texts(record, "repeated_content"))


def test_spun_wording(seed):
    record, _ = seed
    found = set(_texts(record, "spun_wording"))
    assert {"North Atlantic Treaty Organisation", "Russian Federation"} <= found
    assert any(t.startswith("USA ") for t in found)
    assert "defence" in found or "defense" in found


def test_stitched_caption_boilerplate_anonymous(seed):
    record, _ = seed
    assert "Jim Mattis" in _texts(record, "stitched_text")
    (caption,) = _texts(record, "caption_text")
    assert caption.startswith("U.S. Secretary of Defense Jim Mattis, second from left")
    assert _texts(record, "anonymous_sourcing")
    assert [s for s in record.signals if s.kind == "boilerplate"]


def test_contradiction_on_withdrawal(seed):
    record, _ = seed
    assert any("withdrawn" in t for t in _texts(record, "contradiction"))


def test_figures_carry_claimants(seed):
    _, analysis = seed
    figures = {f.text: f for f in analysis.scratch["figures"]}
    troops = next(f for t, f in figures.items() if "100,000" in t)
    assert troops.claimed_by is None and troops.qualifier == "at_most"
    money = next(f for f in figures.values() if f.kind == "money" and f.value == 1.5e9)
    assert money.time == "2016" and money.claimed_by
    report = analysis.scratch["integrity"]
    assert report.score < 0.5 and len(report.reasons) >= 3
