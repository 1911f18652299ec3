"""Seventeenth-session round, second part (places): the first part's leftovers. A town's name
after a common given name is a surname; a name listed after "for" in an organisation's name is
a cause; a region inside one state fits that state after a comma; a capital in apposition is a
place whatever NER calls it; a town placed in its state after "to" is found though a disease
bears its name; the build's points for units GeoNames lacks come from their own towns' side.
Short synthetic sentences written for each cause, with controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo.candidates import given_name
from dateline.geo.gazetteer import gazetteer


def test_town_after_a_given_name_is_a_surname() -> None:
    got = places_by_text(
        "The team relies on a goalie in Melissa Lancaster and a striker in Rachel Springfield."
    )
    assert "Springfield" not in got and "Lancaster" not in got


def test_town_after_a_given_name_keeps_its_state() -> None:
    got = places_by_text("Golfer Brooke Henderson won in Henderson, Nevada, on Sunday.")
    assert got["Henderson"].name == "Henderson" and got["Henderson"].country == "USA"


def test_place_named_with_a_given_name_stays() -> None:
    assert places_by_text("Virginia Beach officials met on Monday.")["Virginia Beach"].country == (
        "USA"
    )


def test_given_name_table() -> None:
    assert given_name("Brooke") and given_name("melissa")
    assert not given_name("Glen") and not given_name("Springfield")


@pytest.mark.parametrize(
    "text",
    [
        "The Coalition for Unity and Democracy won 137 seats in Addis Ababa.",
        "Members of the Coalition for Unity and Democracy were arrested in Ethiopia.",
    ],
)
def test_cause_in_an_organisation_name_is_no_place(text: str) -> None:
    assert "Unity" not in places_by_text(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctors for Iraq sent aid to Baghdad.", "Iraq"),
        ("Citizens for Louisville rallied on Monday.", "Louisville"),
        ("Funding for Springfield and Decatur was cut.", "Decatur"),
    ],
)
def test_place_after_for_stays(text: str, name: str) -> None:
    assert name in places_by_text(text)


def test_region_inside_a_state_fits_the_state() -> None:
    got = places_by_text("She spent the week in the Hamptons, on eastern Long Island, New York.")
    assert (got["Long Island"].name, got["Long Island"].kind) == ("Long Island", "region")
    assert got["New York"].kind == "admin1"


def test_capital_in_apposition() -> None:
    got = places_by_text(
        "He was detained in June during a stopover in Sana, the capital of Yemen, on his way "
        "to Eritrea."
    )
    assert (got["Sana"].name, got["Sana"].country) == ("Sanaa", "YEM")


def test_town_placed_in_its_state_after_to() -> None:
    got = places_by_text(
        "The Ebola Reston strain spread in monkeys shipped from the Philippines to Reston, "
        "Virginia. Ebola Reston was found in pigs."
    )
    assert got["Reston"].name == "Reston" and abs(got["Reston"].lat - 38.97) < 0.2


def test_london_borough_point_is_in_london() -> None:
    boroughs = [c for c in gazetteer().lookup("Tower Hamlets") if c.cc == "GB"]
    assert boroughs and all(abs(c.lat - 51.51) < 0.1 and abs(c.lon + 0.04) < 0.1 for c in boroughs)
