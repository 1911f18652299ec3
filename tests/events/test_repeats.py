"""A headline and the lead that repeats it are one event; distinct acts stay apart."""

from __future__ import annotations

from dateline import extract


def _events(text: str):
    return extract(text, published="2021-03-04").events


def test_headline_and_lead_of_one_agreement_are_one_event_with_the_lead_details():
    text = (
        "Latvia and Lithuania agree to joint patrols on the lake\n\n"
        "Latvia and Lithuania agreed on Wednesday to run joint police patrols on the lake "
        "after a series of thefts."
    )
    events = _events(text)
    agree = [e for e in events if e.type == "AGREE" and e.actor.text == "Latvia"]
    assert len(agree) == 1
    assert agree[0].time is not None and agree[0].time.value == "2021-03-03"
    assert [e.id for e in events] == [f"V{i}" for i in range(1, len(events) + 1)]


def test_the_same_act_on_two_different_days_stays_two_events():
    text = (
        "Rebels attacked the army post near Goma on Monday. "
        "Rebels attacked the army post near Goma again on Thursday."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(attacks) == 2
