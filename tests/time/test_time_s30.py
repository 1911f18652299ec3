"""Thirtieth-session times round (blind tables 27-29): a schedule verb's present that the parse
hangs under the plural noun opening the sentence, or reads as an adjective after it, is that
plural's verb ("Pools reopen Monday"); a capitalised season inside a longer quoted title is no
time ("Letters in Winter"); a holiday's part of the day is one expression ("Christmas night");
a weekday owning a shop's or eatery's name is no weekday ("Monday's Diner"); "Thanksgiving
Day" is the holiday (blind 31); a weekday after an owner's possessive opens a name ("St.
Mark's Sunday Supper": blind 33)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_SATURDAY = "2041-01-05"  # ISO 2041-W01-6
_THURSDAY = "2041-10-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pools reopen Monday after the holiday break.", [("Monday", "2041-01-07")]),
        ("Playgrounds reopen Monday after the repairs.", [("Monday", "2041-01-07")]),
        ("Schools close Friday for the storm.", [("Friday", "2041-01-11")]),
        # an adjective's "close" before a preposition stays an adjective, the clause past
        ("Friends close to the mayor said Friday he would run.", [("Friday", "2041-01-04")]),
    ],
)
def test_a_schedule_verb_misread_after_an_opening_plural_is_its_verb(
    text: str, expected: list
) -> None:
    found = [t for t in _times(text, _SATURDAY) if t[1] is not None]
    assert found == expected


def test_a_season_inside_a_quoted_title_is_no_time() -> None:
    text = 'The band releases its album, "Letters in Winter," on Friday.'
    assert _times(text, _SATURDAY) == [("Friday", "2041-01-11")]


def test_a_spoken_season_stays_no_title() -> None:
    text = '"Winter is hard here," the forecaster said on Friday.'
    assert ("Winter", "2040-WI") in _times(text, _SATURDAY)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "Police said two cars were vandalized on Christmas night.",
            "2041-12-27",
            [("Christmas night", "2041-12-25TNI")],
        ),
        (
            "Families will gather on Thanksgiving morning for the parade.",
            "2041-11-01",
            [("Thanksgiving morning", "2041-11-28TMO")],
        ),
        # the holiday alone keeps its day
        (
            "Police said two cars were vandalized on Christmas.",
            "2041-12-27",
            [("Christmas", "2041-12-25")],
        ),
    ],
)
def test_a_holidays_part_of_the_day_is_one_expression(text: str, ref: str, expected: list) -> None:
    assert _times(text, ref) == expected


def test_a_weekday_owning_an_eaterys_name_is_no_weekday() -> None:
    text = "Smoke poured from Monday's Diner on Elm Street late Tuesday."
    assert _times(text, _THURSDAY) == [("late Tuesday", "2041-10-29")]


def test_a_weekdays_event_name_stays_its_day() -> None:
    assert _times("Crowds filled Saturday's Kentucky Derby.", _THURSDAY) == [
        ("Saturday", "2041-10-26")
    ]


def test_thanksgiving_day_is_the_holiday() -> None:
    """Blind 31: the day's full name, not only "Thanksgiving"."""
    text = "The shelter will serve dinner on Thanksgiving Day."
    assert _times(text, _THURSDAY) == [("Thanksgiving Day", "2041-11-28")]


def test_a_weekday_after_an_owners_possessive_begins_a_name() -> None:
    """Blind 33: "St. Mark's Sunday Supper served ...", the day opening what the owner runs."""
    text = "St. Luke's Sunday Supper served 150 meals last month."
    assert _times(text, _THURSDAY) == [("last month", "2041-09")]


def test_a_weekday_after_a_possessive_still_dates_an_event() -> None:
    assert _times("The mayor's Monday meeting ran long.", _THURSDAY) == [("Monday", "2041-10-28")]
