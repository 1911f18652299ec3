"""Twenty-eighth session, places (local table 17's misses): a state the story names only by
its short form sets the region."""

from __future__ import annotations

from dateline_helpers import assert_place_near


def test_a_state_named_by_its_short_form_sets_the_region() -> None:
    assert_place_near(
        "Police urged residents of Kyogle to stay home, the NSW SES said.",
        "Kyogle",
        "AUS",
        -28.6,
        153.0,
    )
