"""The seed article's events (skips without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "patriot-lithuania.txt"
needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


def _find(rec, type_, trigger_words, actor_country=None):
    out = []
    for e in rec.events:
        trig = rec.text[e.trigger.start : e.trigger.end].lower()
        same_actor = actor_country is None or (e.actor and e.actor.country == actor_country)
        if e.type == type_ and any(w in trig for w in trigger_words) and same_actor:
            out.append(e)
    return out


@needs_shared
def test_seed_iskander_deployment_is_historical(seed_record) -> None:
    ev = _find(seed_record, "MOBILIZE", ["deploy"], "RUS")
    assert any(e.status == "historical" and e.mode == "weapons" for e in ev)
    assert any(e.place and "Kaliningrad" in e.place.text for e in ev)


@needs_shared
def test_seed_considered_patriot_deployment(seed_record) -> None:
    ev = _find(seed_record, "MOBILIZE", ["send"], "USA")
    body = [e for e in ev if e.time is not None]  # the lead's event, not the headline's
    assert body and body[0].status == "considered" and body[0].attributed_to is not None
    assert body[0].place is not None and "Baltic" in body[0].place.text
    assert all(e.status == "considered" for e in ev)


@needs_shared
def test_seed_zapad_exercise_by_russia_and_belarus(seed_record) -> None:
    ev = _find(seed_record, "MOBILIZE", ["exercise"])
    countries = {e.actor.country for e in ev if e.actor}
    assert {"RUS", "BLR"} <= countries


@needs_shared
def test_seed_nato_battalions(seed_record) -> None:
    ev = _find(seed_record, "MOBILIZE", ["place"])
    assert ev and ev[0].actor is not None and "NATO" in ev[0].actor.text


@needs_shared
def test_seed_mattis_meets_karoblis(seed_record) -> None:
    ev = _find(seed_record, "CONSULT", ["speak", "meet"])
    assert ev and ev[0].recipient is not None and "Karoblis" in ev[0].recipient.text


@needs_shared
def test_seed_does_not_over_code(seed_record) -> None:
    sentences = {(e.sentence.start, e.sentence.end) for e in seed_record.events}
    assert len(seed_record.events) <= 20 and len(sentences) <= 14
