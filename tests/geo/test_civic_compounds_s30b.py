"""Thirtieth session, places round H (local tables 32-33): a town named bare before its own
school officials or trustees, who are no person's, firm's or country's, and a two-word town
before its city council."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_s_school_officials() -> None:
    text = "Gaffney school officials said buses would run an hour late on Tuesday."
    assert_place_near(text, "Gaffney", "USA", 35.07, -81.65)


def test_a_town_s_school_trustees() -> None:
    text = "Westfield school trustees voted to close the pool for the summer."
    assert "Westfield" in places_by_text(text)


def test_school_trustees_keep_the_town_over_a_country_of_the_name() -> None:
    text = "Palestine school trustees met on Thursday to weigh a later start to classes."
    assert_place_near(text, "Palestine", "USA", 31.76, -95.63)


def test_a_firm_s_or_a_country_s_school_officials_stay_as_they_were() -> None:
    assert "Apple" not in places_by_text("Apple school officials said the tablets were late.")
    text = "Jordan school officials said the national exams would go ahead."
    assert_place_near(text, "Jordan", "JOR", 31.0, 36.0)


def test_a_country_s_police_stay_the_country_s() -> None:
    text = "Palestine police arrested two men after a market stall was set alight."
    assert_place_near(text, "Palestine", "PSE", 31.85, 35.05)


def test_a_two_word_town_before_its_city_council() -> None:
    text = "Swift Current city council voted on Tuesday to raise water rates by 3 per cent."
    assert_place_near(text, "Swift Current", "CAN", 50.28, -107.80)


def test_a_person_s_two_word_name_before_a_council_stays_no_town() -> None:
    text = "Bill Brook city council hopeful, spoke to voters on Monday."
    assert places_by_text(text) == {}
