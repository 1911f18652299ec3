"""Sixteenth-session round (places): an analyst's QA round on PolNeAR, TR-News and GeoVirus
articles; each general cause is checked on short synthetic sentences written for it."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text, places_in


def test_virgin_islands_is_the_us_territory() -> None:
    got = places_by_text("Delegates head into the Virgin Islands' caucuses on Saturday.")
    assert got["Virgin Islands"].country == "VIR"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A name given right after a noun for a thing is that thing's, wherever it recurs.
        (
            "A reporter for the news site Pando wrote that the fund was a Pando investor.",
            "Pando",
            None,
        ),
        ("The band Chicago played two shows in Denver last week.", "Chicago", "Denver"),
        (
            "The eggs were sold under the labels Lucerne, Albertson and Bayview in California.",
            "Albertson",
            "California",
        ),
        # The games' adjective alone is no town (Olympic, Hong Kong).
        ("Canada also has the Olympic high jump champion in Derek Drouin.", "Olympic", "Canada"),
        # A big city ending a company's name that does not place it.
        ("He took a job at Wells Fargo after college in Iowa.", "Fargo", "Iowa"),
        ("Meg Whitman, who runs Hewlett Packard Enterprise, spoke in Chicago.", "Enterprise", None),
    ],
)
def test_names_of_things(text: str, absent: str, present: str | None) -> None:
    got = places_by_text(text)
    assert absent not in got
    if present is not None:
        assert present in got


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("She studied at the University of Toronto before moving to Ottawa.", "Toronto", "CAN"),
        ('"It was a shock," the mother told CBC Toronto on Monday.', "Toronto", "CAN"),
        ("The Trump International Hotel Las Vegas filed objections.", "Las Vegas", "USA"),
    ],
)
def test_organisation_that_places_its_city_keeps_it(text: str, name: str, country: str) -> None:
    assert places_by_text(text)[name].country == country


def test_country_of_a_war() -> None:
    got = places_by_text("He lost two brothers in the Iraq war, his mother said in Detroit.")
    assert got["Iraq"].country == "IRQ"
    assert "Gulf" not in places_by_text("The Gulf War began in 1990, he said in Boston.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Toxicologists say thousands of birds died in the area of Esperance - on the state's "
            "south coast. The birds were found near Esperance in Western Australia.",
            "Esperance",
            "AUS",
        ),
        (
            "Officials in Tamarac said the course would close. A few miles south, in Tamarac, "
            "Fla., the owner faces a fight.",
            "Tamarac",
            "USA",
        ),
        (
            "In 2014, Ferguson had 115 violent crimes. Trump said Ferguson, Missouri, was more "
            "dangerous than Honduras.",
            "Ferguson",
            "USA",
        ),
    ],
)
def test_a_place_named_again_as_an_organisation(text: str, name: str, country: str) -> None:
    found = [p for p in places_in(text) if p.text == name]
    assert len(found) == 2
    assert {p.country for p in found} == {country}


def test_park_far_from_the_story_stays_unresolved() -> None:
    got = places_by_text(
        "LONDON, Ont. - Police in London and Toronto said a man was found in Victoria Park on "
        "Sunday. Officers from Ontario joined the search."
    )
    assert "Victoria Park" not in got
    assert got["Toronto"].country == "CAN"


def test_park_in_the_story_country_stays() -> None:
    got = places_by_text("Crowds gathered in Victoria Park in Hong Kong on Sunday.")
    assert got["Victoria Park"].country == "HKG"
