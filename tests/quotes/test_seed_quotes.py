"""The seed article's quotes, as issue 3 states them (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "patriot-lithuania.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


@pytest.fixture(scope="module")
def seed():
    from dateline import extract
    from dateline.config import Settings

    text = SEED.read_text(encoding="utf-8")
    rec = extract(text, stages=["entities", "quotes"], settings=Settings(check_language=False))
    return text, rec


def _quote(seed, fragment: str):
    text, rec = seed
    hits = [q for q in rec.quotes if fragment in text[q.content.start : q.content.end]]
    assert hits, fragment
    return hits[0]


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("we need all necessary means", "Grybauskaite"),
        ("The Americans can not say", "Konovalov"),
        ("We will work very closely with Turkey", "Mattis"),
        ("ignite a military", "Madsen"),
        ("no concerns", "Mattis"),
    ],
)
def test_named_speakers(seed, fragment: str, name: str) -> None:
    q = _quote(seed, fragment)
    assert q.speaker_name and name in q.speaker_name
    assert not q.anonymous


def test_showdown_is_a_mixed_quote(seed) -> None:
    assert _quote(seed, "showdown").kind == "mixed"


@pytest.mark.parametrize(
    "fragment",
    [
        "The specific systems that we bring",
        "They also realize the fact",
        "We will deploy only defensive systems",
    ],
)
def test_unspoken_quotations_are_orphans(seed, fragment: str) -> None:
    _, rec = seed
    q = _quote(seed, fragment)
    assert q.speaker is None and q.speaker_name is None
    assert any(s.kind == "orphan_quote" and s.start == q.content.start for s in rec.signals)


def test_it_said_has_no_speaker(seed) -> None:
    q = _quote(seed, "the deployment was part of routine drills")
    assert q.speaker is None and q.speaker_name is None


@pytest.mark.parametrize(
    "fragment", ["newer capabilities are not offensive", "despite the small military budgets"]
)
def test_he_noted_and_he_recalled_are_orphans(seed, fragment: str) -> None:
    _, rec = seed
    q = _quote(seed, fragment)
    assert q.speaker is None and q.speaker_name is None
    assert any(s.kind == "orphan_quote" and s.start == q.content.start for s in rec.signals)


def test_they_said_past_an_unrelated_paragraph_is_no_one(seed) -> None:
    """The "they" cannot reach "USA officials worry" two paragraphs back, past one about
    something else: the quotes stage and the integrity stage's dangling-reference check
    (tests/integrity/test_seed.py) share one reach and agree."""
    _, rec = seed
    q = _quote(seed, "That would likely happen before the Russian drills began")
    assert q.speaker is None and q.speaker_name is None and not q.anonymous
    assert any(s.kind == "orphan_quote" and s.start == q.content.start for s in rec.signals)


@pytest.mark.parametrize(
    "fragment",
    [
        "considering sending a Patriot missile battery",
        "the missiles would likely be withdrawn",
        "a Patriot missile battery could be deployed briefly",
    ],
)
def test_officials_are_anonymous(seed, fragment: str) -> None:
    q = _quote(seed, fragment)
    assert q.anonymous and q.speaker is None
    assert q.speaker_name and "officials" in q.speaker_name.lower()
