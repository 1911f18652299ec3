"""Thirty-fourth-session times round (blind tables 64-69): "starting Friday", which the parser
hangs on the clause as a preposition, lies ahead of a present clause as "starting in January"
does (blind 65); what a clause dated today comes after lies behind it ("open again today after
the New Year's Day holiday": blind 64); a month opening the name of a bar is no time ("the
October Moon bar": blind 69); and after a verb of time spent, a count before "before" and a
gerund is the spell itself ("served 12 years before retiring": blind 68)."""

from __future__ import annotations

from dateline_helpers import time_values as _times

_SUNDAY = "2041-12-15"  # ISO 2041-W50-7
_TUESDAY = "2042-01-07"  # ISO 2042-W02-2


def test_a_weekday_after_starting_lies_ahead_of_a_present_clause() -> None:
    text = "Holiday traffic is expected to be heavy on Route 9 starting Thursday."
    assert ("Thursday", "2041-12-19") in _times(text, _SUNDAY)
    behind = _times("The bridge was closed to trucks starting Thursday.", _SUNDAY)
    assert ("Thursday", "2041-12-12") in behind


def test_what_a_clause_dated_today_comes_after_lies_behind_it() -> None:
    text = "The county clerk's office is open again today after the New Year's Day holiday."
    assert ("New Year's Day", "2042-01-01") in _times(text, _TUESDAY)
    ahead = _times("The clerk's office reopens after the New Year's Day holiday.", "2041-12-22")
    assert ("New Year's Day", "2042-01-01") in ahead


def test_a_month_opening_a_bars_name_is_no_time() -> None:
    found = _times("A fight broke out at the March Hare bar downtown on Friday.", _SUNDAY)
    assert found == [("Friday", "2041-12-13")]
    dated = _times("Delegates gathered at the July Democratic convention.", _SUNDAY)
    assert ("July", "2041-07") in dated


def test_a_count_spent_before_a_gerund_is_a_spell_of_its_own() -> None:
    found = _times("The chief served 22 years before retiring in 2039.", _SUNDAY)
    assert ("22 years", "P22Y") in found
    anchored = _times("The plant closed two weeks before the strike.", _SUNDAY)
    assert [text for text, _ in anchored] == ["two weeks before"]
    moved = _times("The board named her chair two days after taking office.", _SUNDAY)
    assert [text for text, _ in moved] == ["two days after"]
