"""Twenty-eighth session, places (local table 19's misses): a bearing is taken of a town the
small model reads as a person."""

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
