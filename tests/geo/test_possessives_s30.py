"""Thirtieth session, round B (places): a town's possessive before what the town owns (tables
27, 29): two lower-case words between the possessive and the noun, a town's park, a town's
hospital or park though NER reads the town as a person, and a town bearing a descriptive name
("Old Town") that several bigger cities have among their other names, each on short synthetic
sentences, with people's and firms' possessives that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _place(text: str, name: str):
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name]


def test_two_lower_case_words_between_the_possessive_and_the_towns_noun():
    place = _place("Turlock's aging public water system needs repairs.", "Turlock")
    assert place.country == "USA"
    assert place.lon is not None and -122 < place.lon < -120


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brecon's park reopened on Monday after the floods.", "Brecon"),
        ("Tredegar's park will host a brass band concert.", "Tredegar"),
        ("Keighley's hospital will open a new ward in spring.", "Keighley"),
    ],
)
def test_a_towns_park_or_hospital_names_the_town(text, name):
    assert _place(text, name).country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Smith's hospital bills piled up.",
        "Megan's park bench was painted.",
        "Smith's new children's hospital bills piled up.",
        "Nurse Anne Keighley said Keighley's hospital stay was short.",
        "Dr. Paul Hexham said Hexham's hospital was busy.",
        "Boeing's park will host the show.",
    ],
)
def test_a_persons_or_firms_possessive_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_town_bearing_a_descriptive_other_name_as_its_own():
    """ "White Hall" is an other name of Atlanta and more; White Hall, Arkansas bears it."""
    place = _place("White Hall's mayor signed the order on Friday.", "White Hall")
    assert place.country == "USA"
    assert place.lon is not None and -93 < place.lon < -91


def test_a_big_citys_own_name_shortened_keeps_the_city():
    place = _place("St. Paul's mayor spoke on Tuesday.", "St. Paul")
    assert place.lat is not None and 44 < place.lat < 46
