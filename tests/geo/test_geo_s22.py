"""Twenty-third round, places: towns of fresh local news that recognition missed ("a Reading
teen", "the Medford School District", "Bryan and College Station officials", "the bridge at
Winona", "downtown Sanford", "Richland, Kennewick and Pasco", "between Gisborne and Wairoa",
"Wells Cathedral", "Norman police said"), and readings placed by a US highway or by a pair of
towns that lie together."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("A Reading teen was charged with theft, police said.", "Reading", "GBR"),
        ("A Temple man was arrested on Friday after a chase.", "Temple", "USA"),
        ("The Medford School District said classes would resume on Monday.", "Medford", "USA"),
        ("The Fresno Unified board voted to close three schools.", "Fresno", "USA"),
        ("Bryan and College Station officials agreed on a water deal.", "Bryan", "USA"),
        ("Fargo and West Fargo leaders met on Tuesday.", "West Fargo", "USA"),
        ("Mayors of Richland, Kennewick and Pasco signed the pact.", "Richland", "USA"),
        ("Residents in Ashland, Medford and Grants Pass lost power.", "Grants Pass", "USA"),
        ("Crews closed the highway between Gisborne and Wairoa after the slip.", "Wairoa",
         "NZL"),
        ("Crews closed the highway between Gisborne and Wairoa after the slip.", "Gisborne",
         "NZL"),
        ("Crews closed the bridge at Winona after the flood.", "Winona", "USA"),
        ("A sawmill at Gladstone will close next year, the company said.", "Gladstone", "AUS"),
        ("The new shops in downtown Sanford opened on Friday.", "Sanford", "USA"),
        ("Norman police said the driver fled on foot.", "Norman", "USA"),
        ("Bend and Redmond officials agreed on a road plan.", "Bend", "USA"),
        ("Bend and Redmond officials agreed on a road plan.", "Redmond", "USA"),
    ],
)  # fmt: skip
def test_a_local_town_is_found(sentence: str, town: str, country: str) -> None:
    assert places_by_text(sentence)[town].country == country


def test_a_church_named_after_its_town_is_a_facility_there() -> None:
    place = places_by_text("Choir members sang at Wells Cathedral on Sunday.")["Wells Cathedral"]
    assert (place.kind, place.country, place.geonameid) == ("facility", "GBR", None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fans of Downton Abbey lined up at noon.", "Downton Abbey"),
        ("Fans of Downton Abbey lined up at noon.", "Downton"),
        ("Fans of a Temple of Doom sequel lined up at Noon.", "Temple"),
        ("He is a professor at Stanford and lives nearby.", "Stanford"),
        ("Police Chief Tom Bryan and College Station officials met.", "Bryan"),
        ("The North Summit School District closed its schools.", "North Summit"),
        ("Smith and Kennewick police searched the river.", "Smith"),
        ("Smith and Jones officials met on Monday.", "Jones"),
    ],
)  # fmt: skip
def test_a_name_stays_no_place(sentence: str, name: str) -> None:
    assert name not in places_by_text(sentence)


def test_an_interstate_places_a_bare_town_in_the_united_states() -> None:
    text = "Snow closed Interstate 25 near the pass, stranding truckers in Trinidad for two days."
    assert places_by_text(text)["Trinidad"].country == "USA"


def test_two_bare_towns_take_the_namesakes_that_lie_together() -> None:
    text = "Darlington council approved the plan. Shoppers in Stockton welcomed the news."
    places = places_by_text(text)
    assert places["Darlington"].country == places["Stockton"].country == "GBR"


def test_two_towns_read_together_already_stay() -> None:
    places = places_by_text("Portland and Salem officials met on Monday.")
    assert places["Portland"].lat == pytest.approx(45.5, abs=0.5)


def test_a_state_agency_names_the_american_state() -> None:
    text = "The Georgia Bureau of Investigation said the shooting in Athens was under review."
    places = places_by_text(text)
    assert (places["Georgia"].kind, places["Georgia"].country) == ("admin1", "USA")
    assert places["Athens"].country == "USA"
