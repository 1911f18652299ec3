"""Nineteenth round (third part), places in local news: a one-word town NER reads as a person
or leaves untagged after a verb of going ("returned to", "descended on"), an apposition that
places a town in its country ("X, <Country>'s oldest port", "X, a city in northern <Country>"),
Spanish names joined by "de los"/"de las" read whole, and English counties and conurbations
GeoNames has no unit for (Berkshire, Tyneside) placing their towns."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "town", "lat", "lon"),
    [
        ("Montana lawmakers returned to Helena for the session.", "Helena", 46.6, -112.0),
        ("Maine lawmakers headed back to Augusta for a special session.", "Augusta", 44.3, -69.8),
        ("South Dakota lawmakers returned to Pierre for the session.", "Pierre", 44.4, -100.4),
        ("Vermont lawmakers returned to Montpelier for the session.", "Montpelier", 44.3, -72.6),
    ],
)
def test_town_after_a_verb_of_going_is_found_and_placed(
    text: str, town: str, lat: float, lon: float
) -> None:
    place = places_by_text(text)[town]
    assert place.country == "USA"
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


def test_person_after_a_verb_of_going_stays_a_person_when_named_in_full() -> None:
    text = "Coach Mary Jordan left in May; the players later returned to Jordan for advice."
    assert "Jordan" not in places_by_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched in Georgetown, Malaysia's oldest port, on Monday.",
        "Police in Georgetown, a city in northern Malaysia, arrested four men.",
        "Police in Georgetown, in northern Malaysia, arrested four men.",
    ],
)
def test_apposition_places_the_town_in_its_country(text: str) -> None:
    assert places_by_text(text)["Georgetown"].country == "MYS"


def test_possessive_apposition_of_a_person_is_no_container() -> None:
    places = places_by_text("Jones, Oregon's top lawyer, said the case was closed.")
    assert "Jones" not in places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Tourists crowded San Cristobal de las Casas during the festival.",
            "San Cristobal de las Casas",
            "MEX",
        ),
        (
            "Traffic jams clogged Santiago de los Caballeros on Sunday.",
            "Santiago de los Caballeros",
            "DOM",
        ),
    ],
)
def test_name_joined_by_de_los_is_read_whole(text: str, name: str, country: str) -> None:
    places = places_by_text(text)
    assert places[name].country == country


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        (
            "Crowds lined the streets of Reading as the marathon passed through Berkshire.",
            "Reading",
            "Berkshire",
        ),
        ("Shipyard workers in Newcastle and across Tyneside walked out.", "Newcastle", "Tyneside"),
    ],
)
def test_english_county_or_conurbation_places_its_town_in_england(
    text: str, town: str, unit: str
) -> None:
    places = places_by_text(text)
    assert places[unit].country == "GBR"
    assert places[town].country == "GBR"


def test_company_named_for_a_county_is_no_place() -> None:
    assert "Berkshire" not in places_by_text("Berkshire Hathaway reported higher profits.")
