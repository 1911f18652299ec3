"""Twenty-eighth session, places (local table 17's misses): a state the story names only by
its short form sets the region; a sentence opening on "Residents of" a town; a small town read
by its downtown or its city council; a town's possessive before its library branch or its
capitalised council; a Common Council is no town's seat, and a common word opening a
sentence before its possessive council or mayor is the town; a person's age, then their home
town; "above" a town."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_state_named_by_its_short_form_sets_the_region() -> None:
    assert_place_near(
        "Police urged residents of Kyogle to stay home, the NSW SES said.",
        "Kyogle",
        "AUS",
        -28.6,
        153.0,
    )


def test_a_sentence_may_open_on_the_frame_of_its_town() -> None:
    assert_place_near(
        "Residents of Barstow complained about the noise from the rail yard.",
        "Barstow",
        "USA",
        34.9,
        -117.0,
    )


def test_a_small_town_is_read_by_its_downtown() -> None:
    assert_place_near(
        "Shoppers packed downtown Brevard for the holiday stroll.", "Brevard", "USA", 35.2, -82.7
    )


def test_a_small_town_is_read_by_its_city_council() -> None:
    assert_place_near(
        "Decorah city council voted to repave the square next spring.",
        "Decorah",
        "USA",
        43.3,
        -91.8,
    )


def test_a_town_before_its_library_branch() -> None:
    assert_place_near("Minot's new library branch opens next month.", "Minot", "USA", 48.2, -101.3)


def test_a_town_before_its_council_by_the_council_s_capitalised_name() -> None:
    assert_place_near(
        "Oshkosh's Common Council approved the budget on Tuesday.", "Oshkosh", "USA", 44.0, -88.5
    )


def test_a_university_s_library_is_no_town_s() -> None:
    assert "Harvard" not in places_by_text("Harvard's library holds many rare books.")


def test_a_common_council_is_no_town_s_seat() -> None:
    places = places_by_text("Oshkosh's Common Council approved the budget on Tuesday.")
    assert sorted(places) == ["Oshkosh"]


def test_a_common_word_opening_a_sentence_before_its_possessive_mayor_is_the_town() -> None:
    assert places_by_text("Hope's mayor cut the ribbon on Friday.")["Hope"].country == "USA"


def test_a_person_s_age_then_home_town() -> None:
    assert_place_near(
        "Ada Thibodeaux, 77, of Ville Platte died peacefully on Friday.",
        "Ville Platte",
        "USA",
        30.7,
        -92.3,
    )


def test_a_town_below_the_slopes_above_it() -> None:
    assert_place_near(
        "Fresh snow fell on the slopes above Ouray on Tuesday, and Colorado crews salted roads.",
        "Ouray",
        "USA",
        38.0,
        -107.7,
    )
