"""Twenty-fourth round (b), places: a town's firefighters, council and selectmen, a game's
result, a common word placed beside a neighbour, and a county that steers a town NER's
ranking read as a province abroad.

"Galesburg firefighters", "Moose Jaw's city council" (the small model reads a person) and
"Gardner's board of selectmen" name the town's own services and bodies; selectmen govern New
England's towns only. "Mentor beat Painesville 21-14" opens on two neighbouring towns'
teams. "marched in Normal on Saturday, a few miles from Bloomington" places a common word
beside its neighbour. A county named beside a town steers it even when the town's first
reading is a district abroad ("Freeport", a Bahamian district).
"""

from __future__ import annotations

import re

import pytest
from dateline_helpers import assert_place_near, places_by_text

import dateline.geo.learned_towns as learned_towns
import dateline.geo.possessive_towns as possessive_towns
from dateline.geo import resolve


@pytest.mark.parametrize(
    ("sentence", "name", "country", "lat", "lon"),
    [
        ("Galesburg firefighters put out a barn fire on Sunday.",
         "Galesburg", "USA", 40.95, -90.37),
        ("Moose Jaw's city council voted to raise water rates.",
         "Moose Jaw", "CAN", 50.40, -105.53),
        ("Gardner's board of selectmen voted to repave two roads.",
         "Gardner", "USA", 42.58, -72.00),
        ("The Franklin Board of Selectmen met on Tuesday.",
         "Franklin", "USA", 42.08, -71.40),
        ("Mentor beat Painesville 21-14 on Friday night to stay unbeaten.",
         "Mentor", "USA", 41.67, -81.34),
        ("Mentor beat Painesville 21-14 on Friday night to stay unbeaten.",
         "Painesville", "USA", 41.72, -81.25),
        ("Students marched in Normal on Saturday, a few miles from Bloomington.",
         "Normal", "USA", 40.51, -88.99),
        ("Students marched in Normal on Saturday, a few miles from Bloomington.",
         "Bloomington", "USA", 40.48, -88.99),
    ],
)  # fmt: skip
def test_new_frames_find_the_town(
    sentence: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, country, lat, lon)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Smith beat Jones 6-3 in the final on Sunday.", "Smith"),
        ("Smith beat Jones 6-3 in the final on Sunday.", "Jones"),
        ("The board met in Normal on Monday.", "Normal"),
        ("Mayor Pat Gardner said Gardner's city council would wait.", "Gardner"),
    ],
)
def test_new_frames_add_no_person_or_word(sentence: str, absent: str) -> None:
    """Players' names, a common word with no neighbour to place it, and a person the story
    names in full stay no place."""
    assert absent not in places_by_text(sentence)


def test_county_steers_a_town_read_as_a_district_abroad() -> None:
    text = "Brazoria County deputies said Freeport firefighters rescued two boaters."
    (place,) = resolve(text, [re.search("Freeport", text).span()])
    assert place is not None and place.country == "USA"
    assert abs(place.lat - 28.95) < 0.5 and abs(place.lon - -95.36) < 0.5


def test_switch_turns_the_possessive_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_towns, "LEARNED_TOWNS", False)  # a stage of its own
    monkeypatch.setattr(possessive_towns, "POSSESSIVE_TOWNS", False)
    assert "Moose Jaw" not in places_by_text("Moose Jaw's city council voted to raise rates.")
