"""Thirty-seventh-session times rounds: "July Fourth" is Independence Day ("The July Fourth
parade": blind 92), and a clock range whose last time is set "on" a named day is one stretch
though the sentence names a day ("from 7 a.m. to 8 p.m. on Election Day, Nov. 3": blind 93); and a
schedule verb read as a noun after a common noun's aside is the verb ("The club, now 12-3, hosts
Riverside at 7 p.m. Friday": blind 95)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_july_fourth_is_independence_day() -> None:
    text = "Crowds lined Main Street for the July Fourth parade."
    assert ("July Fourth", "2043-07-04") in _times(text, "2043-07-09")


def test_a_clock_range_set_on_a_named_day_is_one_stretch() -> None:
    text = "Polling places open from 7 a.m. to 8 p.m. on Election Day, Nov. 3."
    assert ("from 7 a.m. to 8 p.m. on Election Day", "PT13H") in _times(text, "2043-10-28")


def test_a_range_on_lower_case_days_names_no_day() -> None:
    text = "The clinic is open from 9 a.m. to 5 p.m. on weekdays, the county said on Monday."
    assert ("from 9 a.m. to 5 p.m. on weekdays", "PT8H") not in _times(text, "2043-10-28")


def test_a_schedule_verb_read_as_a_noun_after_a_teams_aside_is_ahead() -> None:
    text = "The club, now 12-3, hosts Riverside at 7 p.m. Friday."
    assert ("7 p.m. Friday", "2043-10-30T19:00") in _times(text, "2043-10-28")
