"""Session 25 speed round: the shortcuts that skip the word tests for names with no reading
must not drop the names a direction word or a locative frame makes places."""

from __future__ import annotations

from dateline import extract
from dateline.geo.gazetteer import gazetteer
from dateline.records import Record


def surfaces(text: str) -> list[str]:
    rec = extract(text, published="2019-03-04", stages=["entities", "places"])
    assert isinstance(rec, Record)
    return [text[p.start : p.end] for p in rec.places]


def test_direction_word_before_a_town_stays_whole_without_a_reading_of_its_own():
    # No reading for the whole name: only the direction word's rule can vouch for it.
    assert not gazetteer().lookup("North Dallas")
    assert not gazetteer().lookup("West Fresno")
    assert surfaces("Police said a store in North Dallas was robbed on Tuesday night.") == [
        "North Dallas"
    ]
    assert surfaces("The plant in West Fresno will close next year, the company said.") == [
        "West Fresno"
    ]


def test_framed_towns_are_still_found():
    assert surfaces("Flooding closed roads in Hawick and Selkirk, police said.") == [
        "Hawick",
        "Selkirk",
    ]
