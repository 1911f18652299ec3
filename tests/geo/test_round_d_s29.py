"""Twenty-ninth session, round D (places): a one-word town's possessive before its trade's
firms or farms ("furniture makers", "apple growers") or its school's competitors in a sport
("swimmers", "golfers"), plurals no one person owns (table 24), on short synthetic sentences,
with a coach's, a person's or a firm's possessive that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        (
            "Hickory's furniture makers added a night shift in March.",
            "Hickory",
            "USA",
            35.73,
            -81.34,
        ),
        ("Wenatchee's apple growers expect a smaller crop.", "Wenatchee", "USA", 47.42, -120.31),
        (
            "Oshkosh's truck manufacturers are hiring welders again.",
            "Oshkosh",
            "USA",
            44.02,
            -88.54,
        ),
    ],
)
def test_a_towns_trade_names_the_town(text, name, country, lat, lon):
    assert_place_near(text, name, country, lat, lon)


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        (
            "Ankeny's swimmers took the state relay crown on Saturday.",
            "Ankeny",
            "USA",
            41.73,
            -93.60,
        ),
        ("Waukee's golfers finished third at the district meet.", "Waukee", "USA", 41.61, -93.89),
    ],
)
def test_a_towns_school_competitors_name_the_town(text, name, country, lat, lon):
    assert_place_near(text, name, country, lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Dan Ankeny said Ankeny's wrestlers were ready for the meet.",
        "Marion's swimmers trained through the holiday, the coach said.",
        "Smith's wrestlers won again on Saturday.",
        "Boeing's parts makers are short of workers.",
    ],
)
def test_a_coachs_persons_or_firms_possessive_stays_no_place(text):
    assert places_by_text(text) == {}
