"""Twenty-eighth session, places (local table 19's misses): a bearing is taken of a town the
small model reads as a person; a New England town's select board, and a town's officers after
its possessive, frame the town whatever NER tags it; a council named for its county vouches
for a town beside it as the county does; a county vouches for a town opening its sentence that
NER reads as a firm; a town hyphen-joined before a found town near it; a town that
recorded a temperature."""

from __future__ import annotations

from dateline_helpers import assert_place_near


def test_a_bearing_of_a_town_read_as_a_person_is_the_town() -> None:
    assert_place_near(
        "A tanker truck overturned on the highway south of McAlester on Thursday, troopers said.",
        "McAlester",
        "USA",
        34.9,
        -95.8,
    )


def test_a_town_before_its_select_board_is_the_new_england_town() -> None:
    assert_place_near(
        "The Falmouth select board will meet Thursday to discuss the harbor dredging plan.",
        "Falmouth",
        "USA",
        41.6,
        -70.6,
    )


def test_a_town_read_as_a_person_before_its_harbor_master_is_the_town() -> None:
    assert_place_near(
        "Kodiak's harbor master said two boats broke loose in the storm on Sunday.",
        "Kodiak",
        "USA",
        57.8,
        -152.4,
    )


def test_a_town_read_as_a_firm_before_its_city_manager_is_the_town() -> None:
    assert_place_near(
        "Ames's city manager proposed a budget with no tax increase on Monday.",
        "Ames",
        "USA",
        42.0,
        -93.6,
    )


def test_a_council_named_for_its_county_vouches_for_a_town_beside_it() -> None:
    assert_place_near(
        "Aberdeenshire Council will close the Huntly swimming pool for repairs over the summer.",
        "Huntly",
        "GBR",
        57.4,
        -2.8,
    )


def test_a_town_hyphen_joined_before_a_neighbour_is_a_town() -> None:
    assert_place_near(
        "The Bettendorf-Davenport sewer board raised rates on Monday.",
        "Bettendorf",
        "USA",
        41.5,
        -90.5,
    )


def test_a_town_opening_its_sentence_read_as_a_firm_lies_in_the_county_named() -> None:
    assert_place_near(
        "Tifton will host the regional fiddle contest in June, drawing players from across "
        "Tift County.",
        "Tifton",
        "USA",
        31.5,
        -83.5,
    )


def test_a_town_that_reached_a_temperature_is_the_town() -> None:
    assert_place_near(
        "Mildura reached 46 degrees on Friday, the hottest day of the year.",
        "Mildura",
        "AUS",
        -34.2,
        142.2,
    )
