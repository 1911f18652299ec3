"""Thirty-eighth-session times round (blind tables 103-108): a month or one-word holiday opening
an event's name with one common noun is no time ("The March Madness party", "the Halloween
Hustle 5K"); a weekday with a capitalised part of the day is a name ("Tuesday Morning", the
chain); a schedule verb read as an adjective after a team's aside between commas is the team's
verb ("The Tigers, coming off a 9-2 season, open at home Friday night"); and a future verb's
object its subject owns dates the event ahead ("will serve its pancake breakfast Saturday
morning"). After tables 109-111: a date set after a named day's weekday is a date ("on Super
Tuesday, March 3"), and a weekday with a capitalised part of the day opening a sentence is a
name there too ("Tuesday Morning will close its store"). After tables 112-114: a record's "in"
looks back over a span ("its lowest in 33 years"), not over a date the clause places ("will hold
its first budget hearing in mid-September"). After tables 115-117: "the holiday weekend" is the
weekend ("over the holiday weekend" on a Monday: the one just gone), and a holiday's "holiday
weekend" is the weekend joined to the day ("the Labor Day holiday weekend")."""

from __future__ import annotations

from datetime import date

from dateline_helpers import time_values as _times

from dateline.time import normalise


def test_a_month_or_holiday_opening_an_events_name_is_no_time() -> None:
    text = "The October Harvest craft fair opens Saturday at the fairgrounds."
    assert _times(text, "2043-10-26") == [("Saturday", "2043-10-31")]
    text = "The Christmas Cottage gift shop will close Friday."
    assert _times(text, "2043-10-26") == [("Friday", "2043-10-30")]
    text = "The March council meeting was canceled."
    assert ("March", "2043-03") in _times(text, "2043-10-26")


def test_a_weekday_with_a_capitalised_part_of_day_is_a_name() -> None:
    assert normalise("Friday Night", date(2043, 10, 26), "future") is None
    found = normalise("Friday night", date(2043, 10, 26), "future")
    assert found is not None and found.value == "2043-10-30TNI"


def test_a_schedule_verb_after_a_teams_aside_between_commas_is_ahead() -> None:
    text = "The Rams, coming off an 8-1 season, open at home Friday night against Westside."
    assert ("Friday night", "2043-10-30TNI") in _times(text, "2043-10-26")
    text = "The Knights, fresh off a 10-0 season, open on the road Friday night."
    assert ("Friday night", "2043-10-30TNI") in _times(text, "2043-10-26")


def test_a_future_verbs_own_event_is_ahead() -> None:
    text = "The Lions Club will serve its chicken dinner Sunday afternoon at the lodge."
    assert ("Sunday afternoon", "2043-11-01TAF") in _times(text, "2043-10-26")


def test_a_date_after_a_named_days_weekday_is_a_date() -> None:
    text = "Voters in both states go to the polls on Super Tuesday, March 1."
    assert ("March 1", "2044-03-01") in _times(text, "2044-02-20")


def test_a_weekday_with_a_capitalised_part_of_day_opening_a_sentence_is_a_name() -> None:
    text = "Saturday Morning will open a second store on Main Street next month."
    assert _times(text, "2043-10-26") == [("next month", "2043-11")]
    text = "Thursday night the council will meet at the fire hall."
    assert ("Thursday night", "2043-10-29TNI") in _times(text, "2043-10-26")


def test_a_records_in_looks_back_over_a_span_not_a_date() -> None:
    text = "The board will hold its first public hearing in late October."
    assert ("late October", "2043-10") in _times(text, "2043-09-14")
    text = "Gas prices fell to their lowest in 12 years."
    assert ("12 years", "P12Y") in _times(text, "2043-09-14")


def test_the_holiday_weekend_is_the_weekend() -> None:
    text = "Crowds packed the beaches over the holiday weekend, police said."
    assert ("the holiday weekend", "2043-W22-WE") in _times(text, "2043-06-01")


def test_a_holidays_holiday_weekend_is_its_weekend() -> None:
    text = "Crowds filled the lake over the Labor Day holiday weekend."
    assert _times(text, "2043-09-14") == [("the Labor Day holiday weekend", "2043-W36-WE")]
