"""Thirty-first-session times round (blind tables 34-36): a capitalised time inside a title in
single quotes is no time, as in double quotes ("will discuss 'A Tuesday in Winter'": blind 34);
an apostrophe opens no quote; a quote mark the model takes into a time's entity is left out."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_FRIDAY = "2042-03-07"  # ISO 2042-W10-5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The reading group will discuss 'A Sunday in Autumn' at its next meeting.", []),
        (
            "The choir will sing \u2018Winter Morning Song\u2019 at the concert on Friday.",
            [("Friday", "2042-03-07")],
        ),
        (
            "The drama club stages 'A Sunday Morning Walk' in the hall on Friday.",
            [("Friday", "2042-03-07")],
        ),
        # an apostrophe after a plural opens no quote
        (
            "The nurses' union said Tuesday it would vote in Winter Park.",
            [("Tuesday", "2042-03-04")],
        ),
        # a quoted day that the sentence dates stays a time
        (
            "The vote was held on 'Super Tuesday' last year.",
            [("Super Tuesday", "2040-03-06"), ("last year", "2041")],
        ),
        # a quote that is the time itself names it, and the quote mark stays out of it
        (
            "The club stages 'Sunday Morning' in the hall on Friday.",
            [("Sunday Morning", "2042-03-09TMO"), ("Friday", "2042-03-07")],
        ),
    ],
)
def test_times_in_and_around_single_quotes(text: str, expected: list) -> None:
    assert [t for t in _times(text, _FRIDAY) if t[1] is not None] == expected
