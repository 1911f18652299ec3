"""Thirty-first session, round I (places, tables 40-42): towns local copy names in frames the
small model mistypes or runs on. A river's gauge read at a town ("above flood stage at X"), a
town's harbour or hospital after a bare preposition ("arrested at X harbour"), and a town of
several words opening its event's name ("the X Y Winter Carnival"). On short synthetic
sentences, with a person's farm, a firm's shop and a person's memorial event as controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Auglaize River rose above flood stage at Wapakoneta on Sunday.", "Wapakoneta"),
        ("The Big Muddy River crested at 19 feet at Wapakoneta late Monday.", "Wapakoneta"),
    ],
)
def test_a_rivers_gauge_at_a_town_is_a_place(text, name):
    assert places_by_text(text)[name].country == "USA"


def test_a_towns_harbour_after_a_bare_preposition_is_a_place():
    text = "Two men were arrested at Kilkeel harbour after a search of a van."
    assert places_by_text(text)["Kilkeel"].country == "GBR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Spirit Lake Winter Carnival was called off for lack of snow.", "Spirit Lake"),
        ("The Glens Falls Adirondack Balloon fair draws crowds every September.", "Glens Falls"),
    ],
)
def test_a_town_of_several_words_opening_its_events_name_is_a_place(text, name):
    assert places_by_text(text)[name].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Flood stage at Smith's farm was reached before noon.",
        "Officers were called to Tesco supermarket on Friday.",
        "The John Smith Memorial rodeo was held on Saturday.",
    ],
)
def test_a_persons_farm_a_firms_shop_and_a_memorial_stay_no_place(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A new store will open on the east side of Mount Sterling next year.", "Mount Sterling"),
        ("A new subdivision is planned on the west edge of Wapakoneta.", "Wapakoneta"),
    ],
)
def test_a_side_or_edge_of_a_town_by_its_bearing_is_a_place(text, name):
    assert places_by_text(text)[name].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened on the north side of Smith's farm.",
        "He lives on the east side of Jackson Street.",
    ],
)
def test_the_side_of_a_persons_farm_or_a_street_stays_no_place(text):
    assert "Smith" not in places_by_text(text) and "Jackson" not in places_by_text(text)
