"""Thirty-first session, places round C (local tables 34-36): a town named bare inside a civic
body's or church's name, as a modifier of a townsman's calling or church, before its officials
or police, as the opening subject closing a named street, or as a school team with a score; a
faith's church, a college's teacher, a firm's officials, a person and a common word stay no
place."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_inside_its_city_commission_s_name() -> None:
    assert_place_near(
        "The Vidalia City Commission voted Tuesday to raise water rates.",
        "Vidalia",
        "USA",
        32.2,
        -82.4,
    )


def test_a_federal_commission_names_no_town() -> None:
    assert places_by_text("The Federal Trade Commission voted Tuesday to sue.") == {}


def test_a_townsman_s_calling_after_a_word_of_its_kind() -> None:
    assert_place_near(
        "Edith Marsh, 84, a Winamac piano teacher, died Friday at her home.",
        "Winamac",
        "USA",
        41.1,
        -86.6,
    )


def test_a_town_s_church_by_the_town_s_name() -> None:
    assert_place_near(
        "A Kalispell church that served farm families will close its doors.",
        "Kalispell",
        "USA",
        48.2,
        -114.3,
    )


def test_a_faith_s_church_or_a_college_s_teacher_stays_no_place() -> None:
    assert places_by_text("A Baptist church will close its doors on Sunday.") == {}
    assert places_by_text("A Bethel church will hold a revival on Sunday.") == {}
    assert places_by_text("A Harvard teacher spoke at the meeting.") == {}
    assert places_by_text("Lucy Smith, a Hoover vacuum saleswoman, died Friday.") == {}


def test_a_church_or_club_of_a_town() -> None:
    for text in (
        "First Presbyterian Church of Tifton will mark its centennial on Sunday.",
        "The Rotary Club of Tifton gave the library 500 dollars.",
    ):
        assert_place_near(text, "Tifton", "USA", 31.5, -83.5)


def test_a_church_of_god_or_of_a_virtue_stays_no_place() -> None:
    assert places_by_text("The Church of God will meet on Sunday.") == {}
    assert places_by_text("Church of Grace will hold a supper.") == {}


def test_a_town_s_police_and_its_lake_read_as_a_person() -> None:
    places = places_by_text("Barre police pulled two kayakers from Barre Lake on Sunday afternoon.")
    assert "Barre" in places and places["Barre"].country == "USA"


def test_a_person_named_like_a_lake_stays_a_person() -> None:
    assert "Lake" not in places_by_text(
        "Greg Lake played the piano on Sunday. Lake said he was tired."
    )


def test_two_words_before_the_town_s_officials() -> None:
    assert_place_near(
        "Bound Brook officials closed the town pool on Monday after a leak.",
        "Bound Brook",
        "USA",
        40.6,
        -74.5,
    )


def test_a_firm_s_or_a_president_s_officials_name_no_town() -> None:
    assert places_by_text("Home Depot officials said the store would open in May.") == {}
    assert places_by_text("Trump officials said Monday that talks would resume.") == {}


def test_an_opening_town_closing_a_named_street() -> None:
    assert_place_near(
        "Tomah will close Superior Avenue for a week in June.", "Tomah", "USA", 44.0, -90.5
    )


def test_an_opening_town_of_two_words_closing_a_named_street() -> None:
    assert_place_near(
        "Mount Airy will close Renfro Street for two days for its autumn festival.",
        "Mount Airy",
        "USA",
        36.5,
        -80.6,
    )


def test_a_firm_or_a_person_closing_a_street_stays_no_place() -> None:
    assert places_by_text("Comcast will close Elm Street for two days.") == {}
    assert places_by_text("Sandy will close Main Street on Friday.") == {}


def test_a_school_team_by_its_town_and_nickname_with_a_score() -> None:
    assert_place_near(
        "The Corry Beavers beat Union City 28-14 on Friday night in Erie County.",
        "Corry",
        "USA",
        41.9,
        -79.6,
    )
