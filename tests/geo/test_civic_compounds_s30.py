"""Thirtieth session, places round D (local tables 30-31): a town named bare before what only a
town has (its "Area" school board or district, its firefighters, its voters at the ballot, a
school district two towns share) and a town opening a sentence on its water lines or part of
one of its streets."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_s_area_school_board_opening_a_sentence() -> None:
    text = "The Redfield Area school board voted 5-2 on Tuesday to close the middle school."
    assert_place_near(text, "Redfield", "USA", 44.9, -98.5)
    text = "Union Area School Board members approved a new bus contract on Monday."
    assert "Union" in places_by_text(text)


def test_a_town_s_area_school_district_read_as_an_organisation() -> None:
    text = "Parents asked the Tyrone Area School District to add a bus route."
    assert "Tyrone" in places_by_text(text)


def test_an_area_district_of_a_longer_name_or_a_person_is_no_town() -> None:
    text = "The Penns Valley Area School District will hire a nurse."
    assert "Valley" not in places_by_text(text)
    text = "Mayor Ann Tyrone said the Tyrone Area School Board met on Monday."
    assert "Tyrone" not in places_by_text(text)


def test_a_town_s_firefighters() -> None:
    assert "Bethel" in places_by_text("Bethel firefighters put out a house fire on Sunday morning.")
    text = "A Pontiac firefighter was treated for smoke inhalation on Friday."
    assert "Pontiac" in places_by_text(text)


def test_a_firm_s_or_a_person_s_firefighters_are_no_town() -> None:
    text = "A Kohler firefighter put out a small fire at the plant."
    assert "Kohler" not in places_by_text(text)
    text = "Brady Bethel said Bethel firefighters had been called twice."
    assert "Bethel" not in places_by_text(text)


def test_a_small_town_s_voters_at_the_ballot() -> None:
    text = "Waseca voters approved a $12 million levy for a new pool on Tuesday."
    assert_place_near(text, "Waseca", "USA", 44.1, -93.5)


def test_voters_of_a_person_of_the_story_are_no_town_s() -> None:
    text = "Sandy Waseca said Waseca voters approved the plan."
    assert "Waseca" not in places_by_text(text)


def test_a_town_opening_a_sentence_on_its_water_lines_or_part_of_a_street() -> None:
    text = "Mooresville will replace the water lines under Main Street this summer."
    assert_place_near(text, "Mooresville", "USA", 35.6, -80.8)
    text = "Gastonia will close part of Franklin Boulevard for two weeks so crews can fix a bridge."
    assert_place_near(text, "Gastonia", "USA", 35.3, -81.2)


def test_a_firm_s_water_lines_or_a_person_closing_a_street_are_no_town_s() -> None:
    text = "Kohler will replace the water lines under its factory this summer."
    assert "Kohler" not in places_by_text(text)
    text = "Sandy will close part of Main Street for two weeks, her aides said."
    assert "Sandy" not in places_by_text(text)


def test_the_first_of_two_towns_naming_a_school_district() -> None:
    text = "The Decorah-Freeport school board approved a new contract on Monday."
    assert_place_near(text, "Decorah", "USA", 43.3, -91.8)


def test_two_towns_joined_for_anything_else_vouch_for_no_first_town() -> None:
    text = "The Decorah-Freeport bus line will add a stop on Monday."
    assert "Decorah" not in places_by_text(text)
