"""Thirty-first-session times round (blind tables 34-36): a capitalised time inside a title in
single quotes is no time, as in double quotes ("will discuss 'A Tuesday in Winter'": blind 34);
an apostrophe opens no quote; a quote mark the model takes into a time's entity is left out;
blind 37-39: an hour on one day to one on another is one duration; a span ahead counts whole
months on the calendar; a unit after money is a rate; a bare form joined to a plain past is a
present; a warning's "for" lies ahead; a clock time with its own day leaves the date before it."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise

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


_TUESDAY = "2042-03-04"  # ISO 2042-W10-2


def test_an_hour_on_one_day_to_an_hour_on_another_is_one_duration() -> None:
    text = "Crews will shut the ramp from 10 p.m. Thursday until 6 a.m. Friday."
    assert _times(text, _TUESDAY) == [("from 10 p.m. Thursday until 6 a.m. Friday", "PT8H")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the next three months", "2042-03-04", "2042-06-04"),
        ("the next two years", "2042-03-04", "2044-03-04"),
        ("the past three months", "2041-12-04", "2042-03-04"),
        ("the next 10 days", "2042-03-04", "2042-03-14"),
    ],
)
def test_a_span_ahead_counts_whole_months_on_the_calendar(text: str, start: str, end: str) -> None:
    found = normalise(text, date.fromisoformat(_TUESDAY), "future")
    assert found is not None
    assert (found.start_date, found.end_date) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county pays its crossing guards $16 an hour.", []),
        ("Tickets cost 20 euros a day at the gate.", []),
        # a unit with no amount of money before it stays a time
        ("The crossing guards worked an hour longer on Tuesday.", [("an hour", "PT1H")]),
    ],
)
def test_a_unit_after_an_amount_of_money_is_a_rate(text: str, expected: list) -> None:
    assert [t for t in _times(text, _TUESDAY) if t[0] != "Tuesday"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare form joined to a plain past is a present: the coming Saturday
        (
            "The Hornets lost 21-14 last Saturday and play Milford at 1 p.m. Saturday.",
            [("last Saturday", "2042-03-01"), ("1 p.m. Saturday", "2042-03-08T13:00")],
        ),
        # a past conjunct keeps the past
        (
            "The Hornets lost last Friday and played again Saturday.",
            [("last Friday", "2042-02-28"), ("Saturday", "2042-03-01")],
        ),
        # a warning's "for" names the time it covers, ahead of its issue
        (
            "Forecasters issued a flood watch for Thursday night into Friday morning.",
            [("Thursday night into Friday morning", "2042-03-06TNI")],
        ),
        ("The mayor issued a statement on Sunday.", [("Sunday", "2042-03-02")]),
    ],
)
def test_the_tense_of_a_joined_present_and_of_a_warning(text: str, expected: list) -> None:
    assert _times(text, _TUESDAY) == expected


def test_a_clock_time_with_its_own_day_leaves_the_date_before_it() -> None:
    text = "The levy, which starts April 1, goes to a vote at 6 p.m. Thursday."
    assert _times(text, _TUESDAY) == [
        ("April 1", "2042-04-01"),
        ("6 p.m. Thursday", "2042-03-06T18:00"),
    ]
    # a clock time with no day of its own stays with the date
    assert _times("The vote is April 1, at 6 p.m. in the gym.", _TUESDAY) == [
        ("April 1, at 6 p.m.", "2042-04-01T18:00")
    ]
