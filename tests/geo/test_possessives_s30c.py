"""Thirtieth session, round G (places): a one-word town's possessive opening its sentence
before what the town owns, which the small model reads as a person (tables 32-33), a town's
city commission, and a town's school side in a named sport, each on short synthetic
sentences, with people's possessives that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _place(text: str, name: str):
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frome's public library will close its doors for a month.", "Frome"),
        ("Lowestoft's public library will close its doors for a month.", "Lowestoft"),
        ("Tiverton's Friday market will move to the square.", "Tiverton"),
        ("Stroud's Harvest Days festival raised money for charity.", "Stroud"),
        (
            "The council met. Lowestoft's public library will close its doors for a month.",
            "Lowestoft",
        ),
    ],
)
def test_a_towns_possessive_opening_the_sentence_names_the_town(text, name):
    assert _place(text, name).country == "GBR"


def test_a_towns_city_commission_names_the_town():
    place = _place("Findlay's city commission approved the budget on Tuesday.", "Findlay")
    assert place.country == "USA"
    assert place.lat is not None and 40.5 < place.lat < 41.5


def test_a_towns_side_in_a_named_sport_names_the_town():
    place = _place("Storm Lake's volleyball team beat Spencer in four sets.", "Storm Lake")
    assert place.country == "USA"
    assert place.lon is not None and -96 < place.lon < -94


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ann Frome ruled on Monday. Frome's public library will close early.",
        "Frome's lawyer filed papers.",
        "Coach Tom Storm praised the players. Storm's volleyball team won again.",
        "Walmart's public library donation was welcomed.",
    ],
)
def test_a_persons_or_firms_possessive_stays_no_place(text):
    assert places_by_text(text) == {}
