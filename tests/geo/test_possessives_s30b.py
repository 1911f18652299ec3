"""Thirtieth session, round E (places): a town named before what only a town owns or is named
for (tables 30-31): a two-word town whose first word is a given name before its council or
festival, a town's bank branch, post office or Market House after its possessive, and a town
before its Sheriff Court, racecourse or railway station, each on short synthetic sentences,
with people's possessives, hamlets of a person's name and a big city's stations that must stay
no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _place(text: str, name: str):
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Albert Lea's city council voted on Tuesday to raise parking fees.", "Albert Lea", "USA"),
        ("Victor Harbor's council will rebuild the jetty next year.", "Victor Harbor", "AUS"),
        (
            "Morgan Hill's garlic and mushroom festival drew big crowds on Saturday.",
            "Morgan Hill",
            "USA",
        ),
    ],
)
def test_a_town_whose_first_word_is_a_given_name_owns_its_council_or_festival(text, name, country):
    assert _place(text, name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Morgan Freeman's festival opens Friday.",
        "Jack London's festival of stories opens in June.",
        "Actor Albert Lea said Albert Lea's council had never called him.",
    ],
)
def test_a_persons_festival_or_council_stays_no_place(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Witney's Market House will get a new roof this summer.", "Witney", "GBR"),
        ("Minehead's Market House was sold to a trust.", "Minehead", "GBR"),
        ("Athy's post office will move to a shop on the square.", "Athy", "IRL"),
    ],
)
def test_a_towns_own_building_after_its_possessive(text, name, country):
    assert _place(text, name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Smith's bank branch will close next month.",
        "Smith's Market House collapsed.",
        "Kelly's post office job ended in March.",
        "Dr. Anne Athy said Athy's post office job was hers.",
    ],
)
def test_a_persons_building_or_job_stays_no_place(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fakenham racecourse was waterlogged on Saturday.", "Fakenham"),
        ("Hexham racecourse will hold a jumps meeting on Saturday.", "Hexham"),
        ("Forfar Sheriff Court was told the driver had no insurance.", "Forfar"),
        ("Dingwall Sheriff Court fined the fisherman.", "Dingwall"),
        ("Cromer station will close for a week of track repairs.", "Cromer"),
        ("Haslemere station will be closed at the weekend.", "Haslemere"),
    ],
)
def test_a_town_before_its_court_racecourse_or_station(text, name):
    assert _place(text, name).country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Paddington station was closed after a signal failure.",
        "Marylebone station reopened on Monday.",
        "Smith station closed.",
        "Fire crews at Morgan station said the blaze was out.",
    ],
)
def test_a_big_citys_station_or_a_persons_name_stays_no_place(text):
    assert places_by_text(text) == {}
