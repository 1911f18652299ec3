"""Twenty-ninth session, places round B (local tables 21-23): a town's aldermen and its voters at
the ballot."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


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
