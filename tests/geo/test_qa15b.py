"""Fifteenth-session second round (places): the first round's leftovers and the causes found
reading twenty local-flavour PolNeAR train articles, each checked on short synthetic sentences."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text, places_in


@pytest.mark.parametrize(
    "text",
    [
        "Justice Kennedy wrote the opinion, which the court issued in Washington on Monday.",
        "Judge Kennedy denied the motion in a Boston courtroom.",
        "Sen. Lincoln and Gov. Austin met voters in Boston.",
        "Secretary Clinton flew to Boston on Tuesday.",
    ],
)
def test_a_surname_after_an_office_is_a_person(text):
    got = places_by_text(text)
    assert set(got) <= {"Washington", "Boston"}
    assert got["Boston" if "Boston" in got else "Washington"].country == "USA"


def test_a_town_after_a_non_title_word_stays():
    got = places_by_text(
        "Flooding hit Lincoln, Neb., and the mayor of Austin said help was coming."
    )
    assert got["Lincoln"].country == "USA" and got["Austin"].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "The plan was first reported by The New York Times on Tuesday.",
        "A new USA TODAY/Rock the Vote survey found young voters split.",
        "She told the Chicago Sun-Times that she would run.",
        "He wrote in the Washington Post that the bill would fail.",
    ],
)
def test_a_newspaper_name_is_no_place(text):
    assert places_in(text) == []


def test_a_place_before_a_newspaper_word_in_running_text_stays():
    got = places_by_text("Voters in Chicago went to the polls; turnout in Boston was low.")
    assert {"Chicago", "Boston"} <= set(got)


def test_a_country_name_ending_a_groups_name_is_the_group():
    got = places_by_text(
        "Priorities USA, a pro-Clinton super PAC, ran ads in Ohio, said Penny Nance, president "
        "of Concerned Women for America."
    )
    assert set(got) == {"Ohio"}


def test_a_small_towns_possessive_before_an_office_noun_is_a_person():
    got = places_by_text("Biden, who served in Obama\u2019s cabinet, returned to Ohio.")
    assert set(got) == {"Ohio"}


def test_a_countrys_cabinet_stays_the_country():
    got = places_by_text("Japan's cabinet met in Tokyo on Friday.")
    assert got["Japan"].country == "JPN" and got["Tokyo"].country == "JPN"


def test_the_centre_alone_is_no_region():
    text = '"My assumption was that he was working for the Centre, as we were," he said in Kyiv.'
    assert set(places_by_text(text)) == {"Kyiv"}


def test_a_dateline_after_the_headline():
    got = places_in(
        "Pence blames media for the flap.\n\nLA CROSSE, Wisc. \u2014 Gov. Mike Pence on Thursday "
        "blamed the media. He spoke at a town hall."
    )
    assert got[0].text == "LA CROSSE" and got[0].name == "La Crosse" and got[0].country == "USA"
    assert all(p.name != "Louisiana" for p in got)


def test_a_title_case_dateline_before_an_agency_is_the_city():
    got = places_in(
        "Biden trashes Trump.\n\nNew York (AFP) \u2013 Vice President Joe Biden on Monday spoke "
        "in Scranton, Pennsylvania."
    )
    assert got[0].text == "New York" and got[0].kind == "city"


def test_a_gathering_in_new_york_is_the_city():
    got = places_by_text("He said the gathering in September in New York would be the last.")
    assert got["New York"].kind == "city"


def test_a_town_placed_in_a_region_of_a_country_lies_there():
    text = (
        "Floods in Pakistan have struck four million people. Helicopters landed in the tourist "
        "town of Kalam in the Swat Valley, north-west Pakistan, on Monday."
    )
    got = places_in(text)
    assert all(p.country == "PAK" for p in got)


@pytest.mark.parametrize(
    "text",
    [
        '"Man, you are working it hard," the governor told reporters in Ohio.',
        "The party will recover. Hail Trump for destroying it, voters in Ohio said.",
        "The actor from Ohio starred in Man of the World last year.",
    ],
)
def test_a_common_word_opening_a_sentence_needs_the_storys_support(text):
    assert set(places_by_text(text)) == {"Ohio"}


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Nice is the jewel of the French Riviera, visitors said.", "Nice", "FRA"),
        ("Split is the second city of Croatia.", "Split", "HRV"),
        ("Bath was flooded after storms in Somerset.", "Bath", "GBR"),
        ("Man, Ivory Coast, was quiet on Monday.", "Man", "CIV"),
    ],
)
def test_a_common_word_town_the_story_supports_stays(text, name, cc):
    assert places_by_text(text)[name].country == cc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Such leaks go back to the days of the Soviet Union, the analyst said.", "Soviet Union"),
        ("Markus Wolf headed East Germany\u2019s foreign intelligence division.", "East Germany"),
    ],
)
def test_a_former_state_is_a_place(text, name):
    got = places_in(text)
    assert [p.name for p in got] == [name]
