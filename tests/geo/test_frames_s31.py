"""Thirty-first session, round B (places, tables 34-36): a town its state follows, set off by
commas, is a place even as the subject of "said" ("Laconia, N.H., said Tuesday ..."): the
rule that a small place's name that speaks is a news agency or a person gives way to the "X,
St.," form, which no agency or person is written in. On short synthetic sentences, with a
lawmaker's party and state, a person who speaks and a news agency as controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sebring, Fla., said farewell on Sunday to its longest-serving fire chief.", "Sebring"),
        ("Hastings, Neb., said goodbye to its last drive-in theater this weekend.", "Hastings"),
        ("Laconia, N.H., said Tuesday it will repave Main Street.", "Laconia"),
    ],
)
def test_a_town_with_its_state_that_speaks_is_a_place(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gray, R-Texas, said the bill would pass.", {"Texas"}),
        ("Sebring said he would run again next year.", set()),
        ("Xinhua said the talks would resume on Monday.", set()),
    ],
)
def test_a_speaker_without_a_state_set_off_stays_no_place(text, kept):
    assert set(places_by_text(text)) == kept
