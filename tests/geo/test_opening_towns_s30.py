"""Thirtieth session, places round A (local tables 28-29): a town named bare as the opening
subject of its own municipal business, its school district, water mains, riverwalk or busiest
intersection; a person visiting such works, a firm beside its factory and a common word stay no
place."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_small_town_whose_school_district_reopens_its_auditorium() -> None:
    assert_place_near(
        "Worland will host the district speech contest next spring now that the school "
        "district has reopened its auditorium.",
        "Worland",
        "USA",
        44.0,
        -108.0,
    )


def test_a_town_rebuilding_blocks_of_an_avenue_and_its_water_mains() -> None:
    assert_place_near(
        "Kearney is rebuilding six blocks of Central Avenue, and the water mains beneath it "
        "will be replaced too.",
        "Kearney",
        "USA",
        40.7,
        -99.1,
    )


def test_a_town_whose_riverwalk_closes_while_crews_work() -> None:
    assert_place_near(
        "Oshkosh will spend $2 million to rebuild the boat launch this spring, and the "
        "riverwalk will close while crews work.",
        "Oshkosh",
        "USA",
        44.0,
        -88.5,
    )


def test_a_town_widening_its_busiest_intersection() -> None:
    assert_place_near(
        "Fishers is rebuilding its busiest intersection, and commuters should plan for delays "
        "until October.",
        "Fishers",
        "USA",
        40.0,
        -86.0,
    )


def test_a_given_name_owning_back_its_sewer_mains_is_the_town() -> None:
    places = places_by_text("Marion will reline its sewer mains next year.")
    assert "Marion" in places and places["Marion"].country == "USA"


def test_a_town_repaving_its_alleys_or_surveying_its_residents() -> None:
    assert_place_near(
        "Kearney is repaving its alleys before winter.", "Kearney", "USA", 40.7, -99.1
    )
    assert_place_near(
        "Worland will survey its residents about trash pickup.", "Worland", "USA", 44.0, -108.0
    )


def test_a_town_reviving_its_downtown() -> None:
    assert_place_near(
        "Fishers is reviving its downtown with a new farmers market.", "Fishers", "USA", 40.0, -86.0
    )


def test_a_given_name_repaving_its_streets_is_the_town() -> None:
    places = places_by_text("Marion is repaving its streets this summer.")
    assert "Marion" in places and places["Marion"].country == "USA"


def test_a_downtown_store_or_another_s_residents_make_no_town() -> None:
    assert "Hershey" not in places_by_text("Hershey will expand its downtown store next year.")
    assert "Obama" not in places_by_text("Obama praised the city and its residents.")
    assert "Obama" not in places_by_text("Obama thanked its residents.")


def test_a_person_visiting_a_town_s_works_stays_a_person() -> None:
    assert "Obama" not in places_by_text("Obama will tour the courthouse on Friday.")
    assert "Marion" not in places_by_text(
        "Marion will rebuild the sidewalks on Main Street this summer."
    )
    assert "Franklin" not in places_by_text(
        "Franklin said the water mains would be replaced next year."
    )


def test_a_firm_beside_its_factory_and_a_common_word_stay_no_place() -> None:
    assert "Kohler" not in places_by_text(
        "Kohler will rebuild the sidewalks outside its factory this summer."
    )
    assert "Hope" not in places_by_text(
        "Hope will return to the school district once the storm passes."
    )
