"""Twenty-sixth round (c): a numbered road places a local story in the country or province
whose numbering it uses ("the A1" Britain, "Interstate 95" the US, "Highway 401" Ontario),
and look-alikes (airliners, paper sizes, page numbers, vitamins) place nothing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

import dateline.geo.road_numbers as road_numbers
from dateline.geo import resolve
from dateline.geo.road_numbers import road_units


def _country(text: str, name: str) -> str | None:
    start = text.index(name)
    place = resolve(text, [(start, start + len(name))])[0]
    assert place is not None
    return place.country


CRASH = "Two drivers were hurt in a crash {road} near {town} on Tuesday, police said."


@pytest.mark.parametrize(
    ("road", "town", "country"),
    [
        ("on the A1", "Stamford", "GBR"),
        ("off Interstate 95", "Stamford", "USA"),
        ("on the A303", "Amesbury", "GBR"),
        ("on Highway 401", "London", "CAN"),
    ],
)
def test_road_number_places_a_bare_town(road: str, town: str, country: str) -> None:
    assert _country(CRASH.format(road=road, town=town), town) == country


def test_switched_off_the_a_road_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(road_numbers, "ROAD_NUMBERS", False)
    assert road_units(CRASH.format(road="on the A303", town="Amesbury")) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The A380 landed in Dubai after a long delay.",
        "The freight firm parked the B747 at the airport overnight.",
        "Print the form on the A4 paper supplied.",
        "The story ran on A10 of the Sunday paper.",
        "The pills contain the B12 vitamin and iron.",
        "Traffic stopped on the A7 near Lyon as the autoroute flooded.",
        "Prices rose by $US 15 billion.",
        "Highway 412 in Arkansas was closed.",
    ],
)
def test_look_alikes_place_nothing(text: str) -> None:
    assert road_units(text) == {}


def test_each_system_names_its_own_unit() -> None:
    assert road_units("Lanes were shut on the A1(M) near Darlington.")
    units = road_units("The B1040 at Thorney, and later the I-95, and then Hwy. 407 near Toronto.")
    assert {c.name for cands in units.values() for c in cands} == {
        "United Kingdom",
        "United States",
        "Ontario",
    }
