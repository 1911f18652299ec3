"""Twenty-ninth session, places round E (local table 25): a town's school board is no
person's, so NER's person tag on a two-word name before it does not count."""

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
