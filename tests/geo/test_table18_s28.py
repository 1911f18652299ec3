"""Twenty-eighth session, places (local table 18's misses): a town whose name has an inner
capital before its own institution; a town's possessive where a district is named for the
town; a town's market by the day it is held; a county council named with its compass word
vouches for a town's possessive; a state agency named by the state's dotted initials places
the story; a town hyphen-joined to its county; a sizeable town "off" whose coast a boat is, no
planet; a lifeboat station by its town's name; weather that swamps a town frames it."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_an_inner_capital_town_seats_its_police_department() -> None:
    assert_place_near(
        "The DeKalb Police Department arrested two men after a chase on Tuesday.",
        "DeKalb",
        "USA",
        41.9,
        -88.8,
    )


def test_a_district_named_for_its_town_leaves_the_possessive_the_town() -> None:
    assert_place_near(
        "Rockhampton's cattle sale yards will reopen after heavy rain across central "
        "Queensland, agents said.",
        "Rockhampton",
        "AUS",
        -23.4,
        150.5,
    )


def test_a_county_council_named_with_its_compass_word_vouches_for_the_town() -> None:
    assert_place_near(
        "Malton's cattle market will move to a new site next spring, North Yorkshire Council said.",
        "Malton",
        "GBR",
        54.1,
        -0.8,
    )


def test_a_council_of_two_compass_words_still_vouches_by_its_county() -> None:
    assert_place_near(
        "Immingham's fish market will reopen next month, North East Lincolnshire Council said.",
        "Immingham",
        "GBR",
        53.6,
        -0.2,
    )


def test_a_towns_market_by_the_day_it_is_held() -> None:
    assert_place_near(
        "Otley's Friday market will move to the bus station car park for a month.",
        "Otley",
        "GBR",
        53.9,
        -1.7,
    )


def test_a_state_agency_named_by_dotted_initials_places_the_story() -> None:
    assert_place_near(
        "The town of Clinton will repave Main Street this summer, the N.C. Department of "
        "Transportation said.",
        "Clinton",
        "USA",
        35.0,
        -78.3,
    )


def test_a_town_hyphen_joined_to_its_county() -> None:
    assert_place_near(
        "Hinesville-Liberty County schools will close early on Friday for the holiday.",
        "Hinesville",
        "USA",
        31.8,
        -81.6,
    )


def test_a_sizeable_town_off_whose_coast_a_boat_is_named_no_planet() -> None:
    assert_place_near(
        "Two kayakers were rescued off Jupiter after their boat overturned, the Coast Guard said.",
        "Jupiter",
        "USA",
        26.9,
        -80.1,
    )


def test_a_planet_off_which_a_probe_flies_stays_no_place() -> None:
    assert "Earth" not in places_by_text("The probe will spend a year off Earth before it returns.")


def test_weather_that_swamps_a_town_frames_it() -> None:
    assert_place_near(
        "Floodwaters swamped Kinston on Monday as the Neuse River crested, North Carolina "
        "officials said.",
        "Kinston",
        "USA",
        35.3,
        -77.6,
    )


def test_a_lifeboat_station_bears_its_towns_name() -> None:
    assert_place_near(
        "Tenby lifeboat was launched on Saturday after a paddleboarder was swept out to sea.",
        "Tenby",
        "GBR",
        51.7,
        -4.7,
    )
