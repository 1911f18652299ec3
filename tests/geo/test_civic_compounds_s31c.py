"""Thirty-first session, round G (places, tables 40-42): a town named bare in local copy's
civic compounds. A Pennsylvania borough's council ("Kutztown borough council voted"); a small
town's voters opening their sentence on its own business ("Wolfeboro voters will decide ...");
a town's bare council after "The" ("The Gunnison council approved").
On short synthetic sentences, with a candidate's voters, a firm and a student council as
controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        ("The Kutztown borough council voted Monday to repave Market Street.", "Kutztown", 40.5),
        ("Kutztown borough council members agreed to buy two new plow trucks.", "Kutztown", 40.5),
    ],
)
def test_a_town_before_its_borough_council_is_a_place(text, name, lat):
    place = places_by_text(text)[name]
    assert (place.kind, place.country, round(place.lat, 1)) == ("city", "USA", lat)


@pytest.mark.parametrize(
    "text",
    [
        "Walmart told the borough council on Monday it would close its store.",
        "The student council voted Monday to hold a spring dance.",
    ],
)
def test_a_firm_or_body_before_a_council_stays_no_place(text):
    assert places_by_text(text) == {}


def test_a_small_town_whose_voters_open_a_sentence_is_a_place():
    text = "Wolfeboro voters will decide in April whether to build a new library, selectmen said."
    place = places_by_text(text)["Wolfeboro"]
    assert (place.kind, place.country, round(place.lat)) == ("city", "USA", 44)


def test_a_candidates_voters_stay_no_place():
    assert places_by_text("Clinton voters will decide the primary in June.") == {}


def test_a_town_before_its_bare_council_is_a_place():
    place = places_by_text("The Gunnison council approved a new parking plan on Tuesday.")[
        "Gunnison"
    ]
    assert (place.kind, place.country, round(place.lat)) == ("city", "USA", 39)


@pytest.mark.parametrize(
    "text",
    ["The Senate council agreed to meet again in May.", "The Ford council voted to strike."],
)
def test_a_chamber_or_firm_before_a_bare_council_stays_no_place(text):
    assert places_by_text(text) == {}
