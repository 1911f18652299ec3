"""Thirty-first session, round H (places): a town's possessive (tables 40-42) before a library
by its capitalised name, its opera house, its beach or its only shop, its main street where
the name stands mid-sentence, a small market town's weekday market, and a town whose name
rhymes with a bigger city's other name ("Olton", not Alton), each on short synthetic
sentences, with people's and firms' possessives that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bowling Green's Wood County Library will add Sunday hours.", "Bowling Green"),
        ("Keswick's opera house will reopen after the floods.", "Keswick"),
        ("Newquay's beach was closed to surfers on Monday after the tests.", "Newquay"),
        ("Skerries' beach was closed to bathers on Monday after the tests.", "Skerries"),
        ("Weiser's only pharmacy will close in March, the owners said.", "Weiser"),
        ("Homedale's only supermarket will close in March, the owners said.", "Homedale"),
    ],
)
def test_a_towns_library_opera_house_beach_or_only_shop(text, name):
    assert name in places_by_text(text)


def test_a_towns_main_street_mid_sentence():
    text = "Lorries still rumble through Morrinsville's main street every morning."
    place = places_by_text(text)["Morrinsville"]
    assert place.lon is not None and abs(place.lon - 175.5) < 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sedbergh's Wednesday market will move indoors for the winter.", "Sedbergh"),
        ("Leyburn's Friday market will move indoors for the winter.", "Leyburn"),
    ],
)
def test_a_small_market_towns_weekday_market(text, name):
    place = places_by_text(text)[name]
    assert place.country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Reagan's Presidential Library will reopen in May.",
        "Smith's beach house was sold on Monday.",
        "Dana Keswick owns the theatre. Keswick's opera house will reopen after the floods.",
        "Mark Morrinsville said traffic through Morrinsville's main street is bad.",
    ],
)
def test_a_persons_possessive_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_firms_only_store_is_no_town():
    assert sorted(places_by_text("Apple's only store in Idaho will close next month.")) == ["Idaho"]


def test_a_town_rhyming_with_a_bigger_citys_other_name_is_the_town():
    place = places_by_text("Olton residents will vote on a new fire station in June.")["Olton"]
    assert place.country == "USA" and place.lon is not None and abs(place.lon + 102.1) < 1


def test_an_exonym_spelled_like_the_citys_own_name_stays_the_city():
    place = places_by_text("The trade fair in Hanover drew 5,000 exhibitors.")["Hanover"]
    assert place.country == "DEU"
