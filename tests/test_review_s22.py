"""Twenty-second-session review of the day's times rules: near misses the new rules took.

A half or quarter just ended is the one whose figures a future clause reports ("will report
first-quarter results"), but "in the second half" is when a future event happens; "Election
night" opening a sentence is any election's night, as the lower-case phrase is; and "10 to 7
p.m." with no "from" or "between" reads as a clock time, not a three-hour span. Short synthetic
sentences, written for this review.
"""

from __future__ import annotations

import pytest
from dateline_helpers import time_values


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a forecast: the period in which the event happens lies ahead
        ("Analysts expect growth to pick up in the second half.", "2033-01-10",
         [("the second half", "2033-H2")]),
        ("The chain expects to return to profit in the fourth quarter.", "2033-01-10",
         [("the fourth quarter", "2033-Q4")]),
        # figures of a period just ended are still that period's
        ("The chain will report fourth-quarter results on Feb. 1.", "2033-01-10",
         [("fourth-quarter", "2032-Q4"), ("Feb. 1", "2033-02-01")]),
    ],
)  # fmt: skip
def test_a_future_event_in_a_period_is_the_next_one(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert time_values(text, published) == expected


def test_election_night_opening_a_sentence_is_any_elections_night() -> None:
    assert time_values("Election night parties were held across the state.", "2033-01-10") == []


def test_the_capitalised_name_is_still_election_days_night() -> None:
    assert time_values("Both parties will hold rallies on Election Night.", "2033-01-10") == [
        ("Election Night", "2033-11-08TNI")
    ]


def test_a_clock_reading_before_the_hour_is_no_span() -> None:
    values = time_values("The meeting starts at 10 to 7 p.m. Monday.", "2033-01-10")
    assert all(not (value or "").startswith("PT") for _, value in values)


def test_a_span_opened_by_from_is_still_one_duration() -> None:
    assert time_values("The shop is open from 10 to 2 p.m. on Saturday.", "2033-01-10") == [
        ("from 10 to 2 p.m. on Saturday", "PT4H")
    ]
