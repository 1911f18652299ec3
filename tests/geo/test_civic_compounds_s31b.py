"""Thirty-first session, round E (places, tables 37-39): a town named bare in local copy's
civic compounds. A town opening its sentence as the subject of municipal business its bare
mayor or manager voices ("Sandpoint will build a fire station ..., the mayor said"), when it
owns something back or works on a town's own building; a town opening its hospital's or
club's name ("Ellensburg Hospital", "Kinsale Rugby Club"), near a place the story names; a
town before its residents ("Hilo residents packed a meeting"), no given name or English word;
a scored team's town before its nickname of one or two words ("The Hickory Red Tornadoes ...
after a 35-28 win"). On short synthetic sentences, with persons, firms, common words, a
college's team and a common word's or person's hospital as controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandpoint will build a second fire station next to the library, the mayor said.",
            "Sandpoint",
        ),
        (
            "Bowling Green will open its new aquatic center in June, the mayor said.",
            "Bowling Green",
        ),
        (
            "Kalispell will move its records office into City Hall this spring, the city manager "
            "told the council.",
            "Kalispell",
        ),
    ],
)
def test_a_town_its_bare_mayor_voices_is_a_place(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Johnson will lead the new housing department, the mayor said.",
        "Johnson will speak at City Hall on Monday, the mayor said.",
        "Kroger will open its new store on Main Street, the mayor said.",
        "Walmart will open a store on the bypass next year, the mayor said.",
    ],
)
def test_a_person_or_firm_the_mayor_speaks_of_stays_no_place(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "Ellensburg Hospital will add a cancer clinic next year, sparing patients in Cle Elum "
            "the drive to Yakima.",
            "Ellensburg",
            47.0,
            -120.5,
        ),
        (
            "Meadville Hospital will close its maternity ward in May, and mothers will have to "
            "travel to Erie.",
            "Meadville",
            41.6,
            -80.2,
        ),
    ],
)
def test_a_town_opening_its_hospitals_name_is_a_place(text, name, lat, lon):
    place = places_by_text(text)[name]
    assert place.kind == "city" and abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mercy Medical Center will open a clinic in Cedar Rapids.", {"Cedar Rapids"}),
        ("Sibley Hospital in Washington treated the victims.", {"Washington"}),
        ("Parkland Hospital in Dallas treated the victims.", {"Dallas"}),
    ],
)
def test_a_hospital_of_a_common_word_or_person_names_no_town(text, kept):
    assert set(places_by_text(text)) == kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hilo residents packed a school board meeting on Monday.", "Hilo"),
        ("Lahaina residents returned to the burn zone on Monday.", "Lahaina"),
    ],
)
def test_a_towns_residents_name_the_town(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Senior residents of the complex complained about the heat.",
        "Tower residents were told to leave on Friday.",
        "Longtime residents say the park has never flooded.",
    ],
)
def test_residents_after_a_common_word_name_no_town(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ballinasloe GAA club will build a new stand, Galway County Council said.", "Ballinasloe"),
        ("Kinsale Rugby Club opened a new clubhouse, Cork County Council said.", "Kinsale"),
    ],
)
def test_a_town_opening_its_clubs_name_is_a_place(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "IRL")


def test_a_club_far_from_the_storys_places_names_no_town():
    text = "Arsenal Football Club will open a new training ground, Kerry County Council said."
    assert "Arsenal" not in places_by_text(text)


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        ("The Statesboro Blue Devils beat Vidalia 28-14 on Friday night.", "Statesboro", 32.4),
        (
            "The Hickory Red Tornadoes will play for a state title on Saturday after a 35-28 win "
            "over a rival.",
            "Hickory",
            35.7,
        ),
        (
            "The Morganton Patriots will host a playoff game after a 21-14 win over a conference "
            "rival.",
            "Morganton",
            35.7,
        ),
    ],
)
def test_a_scored_teams_town_before_its_nickname_is_a_place(text, name, lat):
    place = places_by_text(text)[name]
    assert place.kind == "city" and abs(place.lat - lat) < 0.5


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Duke Blue Devils will host Kentucky after a 78-70 win on Tuesday.", {"Kentucky"}),
        ("The Smith family celebrated after a 3-2 win.", set()),
        ("The Golden Eagles will host a playoff game after a 21-14 win.", set()),
    ],
)
def test_a_scored_team_of_no_town_names_none(text, kept):
    assert set(places_by_text(text)) == kept
