"""Status of an event that times a future act ("would stay until the drills began")."""

from __future__ import annotations

from dateline import extract


def _statuses(text: str) -> list[tuple[str, str]]:
    rec = extract(text)
    return [(text[e.trigger.start : e.trigger.end], e.status) for e in rec.events]


def test_an_event_in_a_temporal_clause_of_a_future_act_is_planned() -> None:
    text = (
        "NATO officials said the battalion would remain in Estonia until the Russian military"
        " exercises began."
    )
    assert ("exercises", "planned") in _statuses(text)
    text = "Officials said the ceasefire would hold until the troops withdrew from the town."
    assert ("withdrew", "planned") in _statuses(text)


def test_the_same_clause_of_a_past_act_is_asserted() -> None:
    text = "Russian troops pulled out of the village after the rebels attacked it."
    assert ("attacked", "asserted") in _statuses(text)
