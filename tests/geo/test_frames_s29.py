"""Twenty-ninth session, places round B (local tables 21-23): a town named bare as the subject
its sentence's council decides for; a town's aldermen and its voters at the ballot; another
transliteration of a big city's name; the ends of a ferry's, train's or bus's service."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_the_subject_a_bare_council_decides_for_is_the_town() -> None:
    assert_place_near(
        "Elko will repave two blocks of Idaho Street next summer, the City Council decided.",
        "Elko",
        "USA",
        40.8,
        -115.8,
    )


def test_a_common_word_the_council_decides_for_is_the_town_when_owned_back() -> None:
    assert_place_near(
        "Gallup will raise its sewer fees in May, the City Council voted on Monday.",
        "Gallup",
        "USA",
        35.5,
        -108.7,
    )


def test_a_given_name_the_council_speaks_of_stays_a_person() -> None:
    assert "Sandy" not in places_by_text("Sandy will speak at the meeting, the City Council said.")
    assert "Marion" not in places_by_text(
        "Marion will chair the budget panel, the City Council decided."
    )


def test_a_town_before_its_aldermen() -> None:
    assert_place_near("Winona aldermen approved the budget.", "Winona", "USA", 44.0, -91.6)


def test_a_town_s_voters_at_the_ballot() -> None:
    assert_place_near(
        "Ames voters will decide in November whether to raise the sales tax.",
        "Ames",
        "USA",
        42.0,
        -93.6,
    )


def test_a_candidate_s_voters_are_no_town_s() -> None:
    assert "Clinton" not in places_by_text("Clinton voters approved a school bond.")


def test_another_transliteration_of_a_big_city_s_name() -> None:
    assert_place_near(
        "The festival in Alacant drew large crowds on Saturday.", "Alacant", "ESP", 38.3, -0.5
    )


def test_a_big_city_s_other_name_that_is_a_given_name_is_no_match() -> None:
    assert "Sidney" not in places_by_text("Sidney said the deal was done.")


def test_the_end_of_a_ferry_s_service() -> None:
    assert_place_near(
        "Ferry sailings from Ardrossan to Brodick were cancelled.", "Brodick", "GBR", 55.6, -5.1
    )


def test_a_letter_from_one_person_to_another_places_no_one() -> None:
    assert "Harriet" not in places_by_text("A letter from Morley to Harriet was read out in court.")


def test_a_town_abroad_spelt_like_a_big_city_is_no_respelling() -> None:
    assert "Monterey" not in places_by_text("The diner on Monterey Highway closed last week.")
