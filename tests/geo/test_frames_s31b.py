"""Thirty-first session, round F (places, tables 37-39): towns local copy names in frames the
small model mistypes. A one-word town NER tags NORP after a preposition of place ("Officers
from Horncastle"), rain or snow that falls on a town, a numbered highway's exit named for its
town, a town's works or casino after "a" ("a Kokomo foundry"), and an opening list of towns
the sentence counts as towns ("the three towns said"), one of which the gazetteer lacks. On
short synthetic sentences, with faiths' words, a person's exit, a date, firms and a list of
people as controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officers from Horncastle were called to the scene on Monday.", "Horncastle", "GBR"),
        (
            "The first ferry from Horncastle to the islands was cancelled after a fault.",
            "Horncastle",
            "GBR",
        ),
    ],
)
def test_a_town_read_as_a_people_after_a_preposition_is_a_place(text, name, country):
    assert places_by_text(text)[name].country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The storm dropped six inches of snow on Ishpeming before dawn.", "Ishpeming"),
        ("A squall line dumped two inches of rain on Tarboro in an hour.", "Tarboro"),
    ],
)
def test_rain_or_snow_on_a_town_is_a_place(text, name):
    assert places_by_text(text)[name].country == "USA"


def test_a_highway_exit_named_for_a_town_is_the_town():
    text = "A tanker jackknifed on Interstate 75 at the Corbin exit on Tuesday morning."
    assert places_by_text(text)["Corbin"].country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A Dannevirke meatworks will cut 30 jobs.", "Dannevirke", "NZL"),
        ("A Kokomo foundry will lay off 30 workers in May.", "Kokomo", "USA"),
    ],
)
def test_a_towns_works_after_a_is_the_town(text, name, country):
    assert places_by_text(text)[name].country == country


def test_an_opening_list_counted_as_towns_keeps_its_neighbours():
    text = (
        "Bucksport, Verona Island and Orland will merge their fire crews, "
        "the three towns said on Monday."
    )
    found = places_by_text(text)
    assert found["Bucksport"].country == "USA"
    assert found["Orland"].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers came from Christian churches across the county.",
        "Donations came from Mormon congregations.",
        "Fans were stunned after the Rooney exit from the club.",
        "Heavy rain on Monday flooded the road.",
        "A Walmart casino plan was dropped.",
        "A Cargill meatworks will cut jobs.",
        "A Hershey factory will close.",
        "Smith, Jones and Brown will share the prize, the three judges said.",
    ],
)
def test_people_dates_and_firms_in_those_frames_stay_no_place(text):
    assert places_by_text(text) == {}
