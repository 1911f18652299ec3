"""Thirty-seventh-session times rounds: "July Fourth" is Independence Day ("The July Fourth
parade": blind 92), and a clock range whose last time is set "on" a named day is one stretch
though the sentence names a day ("from 7 a.m. to 8 p.m. on Election Day, Nov. 3": blind 93); and a
schedule verb read as a noun after a common noun's aside is the verb ("The club, now 12-3, hosts
Riverside at 7 p.m. Friday": blind 95), as is one after a church's possessive ("services at St.
Mark's begin at 11 p.m. Saturday": blind 99); a schedule verb's object its subject owns dates the
event ahead ("will hold its golf outing Friday morning": blind 98); and "the fiscal year that
began July 1" is the year from then (blind 98)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_july_fourth_is_independence_day() -> None:
    text = "Crowds lined Main Street for the July Fourth parade."
    assert ("July Fourth", "2043-07-04") in _times(text, "2043-07-09")


def test_a_clock_range_set_on_a_named_day_is_one_stretch() -> None:
    text = "Polling places open from 7 a.m. to 8 p.m. on Election Day, Nov. 3."
    assert ("from 7 a.m. to 8 p.m. on Election Day", "PT13H") in _times(text, "2043-10-28")


def test_a_schedule_verb_read_as_a_noun_after_a_teams_aside_is_ahead() -> None:
    text = "The club, now 12-3, hosts Riverside at 7 p.m. Friday."
    assert ("7 p.m. Friday", "2043-10-30T19:00") in _times(text, "2043-10-28")


def test_a_schedule_verbs_own_event_is_ahead() -> None:
    text = "The Rotary Club will hold its annual auction Saturday evening at the fairgrounds."
    assert ("Saturday evening", "2043-10-31TEV") in _times(text, "2043-10-26")


def test_a_schedule_verb_after_a_churchs_possessive_is_ahead() -> None:
    text = "New Year's Eve services at St. Luke's begin at 11 p.m. Saturday."
    assert ("11 p.m. Saturday", "2043-10-31T23:00") in _times(text, "2043-10-30")


def test_a_fiscal_year_that_began_is_the_year_from_then() -> None:
    text = "The board approved a budget for the fiscal year that began July 1."
    assert ("the fiscal year that began July 1", "P1Y") in _times(text, "2043-07-14")
