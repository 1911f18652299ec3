"""Twenty-ninth session, places round E (local table 25): a town's school board is no
person's, so NER's person tag on a two-word name before it does not count; a council or county
the sentence names vouches for a one-word town before any possessed word, NER's lone person
there notwithstanding."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_two_word_town_before_its_school_board() -> None:
    assert_place_near(
        "Eau Claire's school board met on Thursday to weigh a later start for high schools.",
        "Eau Claire",
        "USA",
        44.8,
        -91.5,
    )


def test_a_person_before_a_school_board_seat_stays_no_place() -> None:
    text = "Coach Mike Palmer said Palmer's school board seat was safe."
    assert "Palmer" not in places_by_text(text)


def test_a_county_council_vouches_for_its_town_before_any_possessed_word() -> None:
    assert_place_near(
        "Kildare County Council says Naas's water is safe to drink again.",
        "Naas",
        "IRL",
        53.2,
        -6.7,
    )


def test_a_person_the_story_names_in_full_stays_no_place_beside_a_council() -> None:
    text = "Kerry County Council says John Tralee's house was flooded."
    assert "Tralee" not in places_by_text(text)
    assert "Smith" not in places_by_text("Kerry County Council says Smith's farm was flooded.")
