"""Twenty-third round, third part, places: towns a local story vouches for in other words.

An apposition that calls a name a town of a capitalised valley or county ("X, the Y County
town on ..."), a hospital named after its town near a town or county the story names, a
county named with its word ("Tipperary County Council") near a town the gazetteer lists by
another name, a two-word town that shares its name with its district, and a county whose
namesakes lie in several states while the story's town picks one.
"""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

import dateline.geo.cocounty as cocounty
import dateline.geo.locative_frames as locative_frames


@pytest.mark.parametrize(
    ("sentence", "name", "country", "lat", "lon"),
    [
        ("Hermann, the Gasconade County town on the Missouri River, will hold its wine fair.",
         "Hermann", "USA", 38.70, -91.44),
        ("Ridgway, a San Juan Mountains town between Ouray and Montrose, hired a planner.",
         "Ridgway", "USA", 38.15, -107.76),
        ("Salida Regional Medical Center will staff a clinic in Buena Vista, Chaffee County said.",
         "Salida", "USA", 38.53, -106.00),
        ("Rain closed the Pacific Highway at Coffs Harbour, and the SES sent crews north.",
         "Coffs Harbour", "AUS", -30.30, 153.11),
    ],
)  # fmt: skip
def test_vouched_town_is_found(
    sentence: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, country, lat, lon)


def test_county_follows_the_town_of_its_sentence() -> None:
    """The town's first reading props up a same-state county reading it does not lie in: the
    county's namesake that holds a town of that name wins for both."""
    sentence = "Hamilton's mayor asked Marion County for help repairing the boat ramp on the lake."
    places = places_by_text(sentence)
    town, county = places["Hamilton"], places["Marion County"]
    assert town.lat is not None and town.lon is not None and county.lat is not None
    assert abs(town.lat - 34.14) < 0.5 and abs(town.lon + 87.99) < 0.5
    assert abs(county.lat - 34.12) < 0.5


def test_county_named_with_its_word_is_the_bare_unit() -> None:
    """ "Westmeath County" places the story near the unit the gazetteer calls "Westmeath", and
    an English town name listed as another name of its town is found near it."""
    counties = locative_frames._county_by_bare_name("Westmeath County")
    assert counties and all(c.cc == "IE" for c in counties)
    region = locative_frames._Region(tuple(counties), frozenset(), frozenset())
    assert any(region.near(t) for t in locative_frames._towns_by_alias("Mullingar"))
    assert locative_frames._county_by_bare_name("Westmeath") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith, the Republican town supervisor, said the budget was late in Ohio.",
        "Jones, a Democratic city council member, voted no in Texas.",
    ],
)
def test_officials_in_apposition_are_no_towns(sentence: str) -> None:
    assert not {"Smith", "Jones"} & set(places_by_text(sentence))


def test_memorial_alone_stays_a_landmark() -> None:
    places = places_by_text("Tourists crowded the Lincoln Memorial in Washington on Sunday.")
    assert "Lincoln Memorial" in places and "Lincoln" not in places


def test_county_switch_off_keeps_the_first_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cocounty, "CO_COUNTY", False)
    sentence = "Hamilton's mayor asked Marion County for help repairing the boat ramp on the lake."
    town = places_by_text(sentence)["Hamilton"]
    assert town.lat is not None and abs(town.lat - 34.14) > 0.5
