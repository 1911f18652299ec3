"""Twenty-fourth round, places: Irish towns on file by their Irish names, and Irish counties.

A town the gazetteer files under its Irish name ("Cluain Meala") is still the town its English
name names before a possessive, and a sentence naming its county council vouches for it where
NER reads the unfamiliar name as a person. A county on file without a population borrows its
twin unit's, so a bare "Kerry" is the county, not a Welsh village; a county named after its
own town ("Cork") still reads as the town.
"""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

import dateline.geo.possessive_towns as possessive_towns
import dateline.geo.unit_population as unit_population


@pytest.mark.parametrize(
    ("sentence", "name", "lat", "lon"),
    [
        ("Offaly County Council said Tullamore's new bypass would open in spring.",
         "Tullamore", 53.27, -7.49),
        ("Westmeath County Council said Athlone's town centre will be closed to cars on Sunday.",
         "Athlone", 53.42, -7.94),
        ("Shoppers said Clonmel's high street had lost three banks in a year.",
         "Clonmel", 52.36, -7.70),
    ],
)  # fmt: skip
def test_irish_town_before_possessive_is_found(
    sentence: str, name: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, "IRL", lat, lon)


def test_county_council_vouches_for_town_ner_reads_as_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Westmeath County Council said Mullingar's new ring road will open before Christmas."
    assert_place_near(sentence, "Mullingar", "IRL", 53.52, -7.34)
    monkeypatch.setattr(possessive_towns, "ONE_WORD_POSSESSIVES", False)
    assert "Mullingar" not in places_by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Paul Mullingar's lawyer spoke to Westmeath County Council on Friday.", "Mullingar"),
        ("Mullingar's residents met, and Anne Mullingar said Clare County Council erred.",
         "Mullingar"),
    ],
)  # fmt: skip
def test_named_person_is_no_town(sentence: str, absent: str) -> None:
    assert absent not in places_by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "lat", "lon"),
    [
        ("Farmers in north Kerry counted their losses after the storm.", "Kerry", 52.15, -9.52),
        ("Heavy rain closed roads across Clare and Mayo on Tuesday.", "Mayo", 53.91, -9.30),
        ("Heavy rain closed roads across Clare and Mayo on Tuesday.", "Clare", 52.86, -8.94),
    ],
)  # fmt: skip
def test_bare_irish_county_beats_small_namesake(
    sentence: str, name: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, "IRL", lat, lon)


def test_county_keeps_population_zero_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Farmers in north Kerry counted their losses after the storm."
    monkeypatch.setattr(unit_population, "UNIT_POPULATION", False)
    kerry = places_by_text(sentence).get("Kerry")
    assert kerry is None or kerry.country != "IRL"


def test_town_named_county_still_reads_as_its_town() -> None:
    """Cork's county keeps no borrowed figure: the bare name stays the city."""
    assert places_by_text("The concert in Cork drew 20,000 fans.")["Cork"].kind == "city"
