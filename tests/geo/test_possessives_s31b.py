"""Thirty-first session, round D (places): a one-word town's possessive (tables 37-39): a small
town before its elected body, its side after its high school's own name, its race, contest,
show or parade after what it is of, a festival after a capitalised name or after a bare
apostrophe, and its library heading its phrase, each on short synthetic sentences, with
people's possessives and English words that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _place(text: str, name: str):
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name]


@pytest.mark.parametrize(
    ("text", "name", "lon"),
    [
        ("Mayville's school board agreed to hire two more bus drivers.", "Mayville", -88.5),
        ("Kilrush's town council will meet on Thursday about the harbour wall.", "Kilrush", -9.5),
    ],
)
def test_a_small_towns_elected_body(text, name, lon):
    place = _place(text, name)
    assert place.lon is not None and abs(place.lon - lon) < 1


@pytest.mark.parametrize(
    "text",
    [
        "Bishop's school board will meet on Tuesday.",
        "Principal Dana Mayville said Mayville's school board will meet.",
    ],
)
def test_an_english_word_or_a_person_before_a_small_towns_body_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_towns_side_after_its_high_schools_name():
    place = _place("Kanab's Valley High swimmers set two state records on Friday.", "Kanab")
    assert place.lon is not None and -113 < place.lon < -112
