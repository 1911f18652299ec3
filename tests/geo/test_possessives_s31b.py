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


@pytest.mark.parametrize(
    ("text", "name", "lon"),
    [
        ("Tomah's tractor parade went down Superior Avenue on Sunday.", "Tomah", -90.5),
        ("Yreka's annual sled race will go ahead despite thin snow.", "Yreka", -122.6),
        ("Fallon's long-running cantaloupe contest drew 400 entries.", "Fallon", -118.8),
        ("Moree's Banjo festival drew a large crowd in March.", "Moree", 149.8),
        ("Forbes' Vintage festival drew a record crowd of 9,000.", "Forbes", 148.0),
    ],
)
def test_a_towns_event_after_what_it_is_of(text, name, lon):
    place = _place(text, name)
    assert place.lon is not None and abs(place.lon - lon) < 1


@pytest.mark.parametrize(
    "text",
    [
        "Watson's flower show opened at the gallery on Friday.",
        "Smith's talk show returns in March.",
        "Jones' festival booth sold out by noon.",
        "Parkes' lawyer said the appeal would be heard in March.",
    ],
)
def test_a_persons_show_or_booth_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_towns_library_heading_its_phrase():
    place = _place("Ukiah's library will close for two weeks while the roof is fixed.", "Ukiah")
    assert place.lon is not None and -124 < place.lon < -122


@pytest.mark.parametrize(
    "text",
    [
        "Jefferson's library was sold to Congress in 1815.",
        "Bishop's library card was found in the car.",
    ],
)
def test_a_persons_library_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_towns_public_library_by_a_name_wordnet_files_stays_a_place():
    place = _place("Huntington's public library will close early on Friday.", "Huntington")
    assert place.country == "USA"
