"""Fifteenth-session second round (times): a range's last month at a sentence's end ("ran from
March 2 to April.") is found; short synthetic sentences with reference dates."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The survey ran from March 2 to April.",
            "2017-05-10",
            [("March 2", "2017-03-02"), ("April", "2017-04")],
        ),
        (
            "Voting ran from March 2 to April, officials said.",
            "2017-05-10",
            [("March 2", "2017-03-02"), ("April", "2017-04")],
        ),
        (
            "The exhibition stays open from May 3 through September.",
            "2017-04-10",
            [("May 3", "2017-05-03"), ("through September", "2017-09")],
        ),
        # A whole range in one grain stays one duration.
        ("Talks lasted from January to March.", "2017-05-10", [("from January to March", "P3M")]),
        # A month that is a sentence's last word with no range before it is unaffected.
        ("The vote was held in April.", "2017-05-10", [("April", "2017-04")]),
    ],
)
def test_qa15b_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected
