"""Thirty-third-session times round (blind tables 55-57): a date entity that runs a noun into its
time phrase ("the season in late April") still yields the phrase; "starting in January" after a
present clause lies ahead; "after a dry July" in a present clause is the month just lived
through; "later this summer" runs from the reference day to the season's end (blind 58);
Groundhog Day is February 2 (blind 60); "the fiscal year that ends June 30" is the year ending
then, as "the fiscal year that begins July 1" is the year from then, and "with temperatures
dropping ... Friday morning" under a scheduled present lies ahead (blind 63)."""

from __future__ import annotations

from datetime import date

from dateline_helpers import time_values as _times

from dateline.time import normalise

_WEDNESDAY = "2041-12-11"  # ISO 2041-W50-3


def test_a_time_phrase_inside_a_longer_date_entity_is_found() -> None:
    text = "The pool reopens for the season in early June."
    assert ("early June", "2042-06") in _times(text, _WEDNESDAY)
    assert ("late March", "2042-03") in _times(
        "The ice rink closes for the season in late March.", _WEDNESDAY
    )


def test_a_change_starting_in_a_month_lies_ahead_of_a_present_clause() -> None:
    ahead = _times("Trash pickup moves to Thursdays starting in February.", _WEDNESDAY)
    assert ("February", "2042-02") in ahead
    behind = _times("Trash pickup moved to Thursdays starting in February.", _WEDNESDAY)
    assert ("February", "2041-02") in behind


def test_a_month_described_as_lived_through_is_behind_a_present_clause() -> None:
    text = "The lake is six feet low after a dry June, the district said."
    assert _times(text, "2041-08-14") == [("June", "2041-06")]
    assert _times("The district expects a dry June.", "2041-08-14") == [("June", "2042-06")]


def test_later_this_season_runs_from_the_reference_day_to_its_end() -> None:
    later = normalise("later this summer", date(2041, 7, 9), "future")
    assert later is not None and later.value == "2041-SU"
    assert (later.start_date, later.end_date) == ("2041-07-09", "2041-08-31")
    earlier = normalise("earlier this summer", date(2041, 7, 9), "past")
    assert earlier is not None
    assert (earlier.start_date, earlier.end_date) == ("2041-06-01", "2041-07-09")


def test_groundhog_day_is_the_second_of_february() -> None:
    text = "The lodge serves pancakes on Groundhog Day."
    assert _times(text, "2041-01-22") == [("Groundhog Day", "2041-02-02")]


def test_the_fiscal_year_that_ends_on_a_day_is_the_year_ending_then() -> None:
    found = normalise("the fiscal year that ends June 30", date(2041, 1, 16), "present")
    assert found is not None and found.value == "P1Y"
    assert (found.start_date, found.end_date) == ("2040-07-01", "2041-06-30")
    text = "The district's budget for the fiscal year that ends June 30 is nearly spent."
    assert _times(text, "2041-01-16") == [("the fiscal year that ends June 30", "P1Y")]


def test_a_with_clause_under_a_scheduled_present_lies_ahead() -> None:
    text = "The cold snap ends tonight, with temperatures climbing to 40 degrees Friday afternoon."
    assert ("Friday afternoon", "2041-01-18TAF") in _times(text, "2041-01-16")
    past = "The cold snap ended Monday, with temperatures climbing to 40 degrees Friday afternoon."
    assert ("Friday afternoon", "2041-01-11TAF") in _times(past, "2041-01-16")
