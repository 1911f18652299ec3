"""Forty-eighth-session times rounds. After tables 370-375: a schedule verb's "-s" form the
parse reads as a plural noun ("The concert series on the green starts Thursday night"), a race
named with a holiday ("the Leap Day 5K"), "the weekend of Jan. 24", "the first Tuesday of each
month" (a set), a town named with a weekday ("Friday Harbor"). After tables 376-381: Lunar New
Year, "the weekend after the Fourth", an hour range ending at noon ("from 9 a.m. to noon
Saturday"), Orthodox Christmas, "by the last day of November". After tables 382-387: "from June
28 through the Fourth", "10 years ago this month", "Rosh Hashana", "next Friday, Jan. 7", a
veterans' post's number ("VFW Post 1944"), "on the Fourth" before a verb, a noun the parse
reads as a verb that is the subject ("The March of Dimes walk ... raised"), a schedule verb the
parse reads as a noun before the weekday ("the county reopen Tuesday"), Three Kings Day, "Noon
Year's Eve" (a party's name), "the morning of July 4". After tables 388-393: a weekday with its
holiday ("closed Friday, New Year's Day"), Cesar Chavez Day, "the first business day of the new
year", a Sunday school (no date)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_schedule_verb_read_as_a_noun_is_future() -> None:
    text = "The concert series on the green starts Thursday night with a swing band."
    assert ("Thursday night", "2021-06-03TNI") in _times(text, "2021-06-01")


def test_a_race_named_with_a_holiday_is_no_time() -> None:
    text = "Runners in the Leap Day 5K will start from the boathouse on Feb. 29."
    assert _times(text, "2020-01-02") == [("Feb. 29", "2020-02-29")]


def test_the_weekend_of_a_date() -> None:
    text = "The Winter Carnival returns to Memorial Park the weekend of Jan. 24."
    assert ("the weekend of Jan. 24", "2015-W04-WE") in _times(text, "2015-01-02")


def test_a_monthly_weekday_is_a_set() -> None:
    text = "The library board meets on the first Tuesday of each month."
    assert ("the first Tuesday of each month", "XXXX-WXX-2") in _times(text, "2019-09-18")


def test_a_town_named_with_a_weekday_is_no_time() -> None:
    text = "The state ferry to Friday Harbor ran three hours late Wednesday."
    assert [t for t, _ in _times(text, "2024-08-15")] == ["three hours", "late Wednesday"]


def test_lunar_new_year() -> None:
    text = "Restaurants in Chinatown are booked solid for Lunar New Year."
    assert ("Lunar New Year", "2014-01-31") in _times(text, "2014-01-31")


def test_the_weekend_after_the_fourth() -> None:
    text = "The Little League will hold its all-star tournament the weekend after the Fourth."
    assert ("the weekend after the Fourth", "2018-W27-WE") in _times(text, "2018-07-03")


def test_hours_ending_at_noon_on_a_day() -> None:
    text = "The humane society will hold a rabies clinic from 9 a.m. to noon Saturday."
    assert ("from 9 a.m. to noon Saturday", "PT3H") in _times(text, "2018-04-17")


def test_orthodox_christmas() -> None:
    text = "Members of the Russian Orthodox church will mark Orthodox Christmas with a vigil."
    assert ("Orthodox Christmas", "2026-01-07") in _times(text, "2026-01-02")


def test_the_last_day_of_a_month() -> None:
    text = "The board of elections must certify the results by the last day of November."
    assert ("by the last day of November", "2024-11-30") in _times(text, "2024-11-05")


def test_a_range_to_the_fourth() -> None:
    text = "Sparklers are legal in the county from June 28 through the Fourth, the marshal said."
    assert ("from June 28 through the Fourth", "P7D") in _times(text, "2024-07-02")


def test_years_ago_this_month() -> None:
    text = "The Elm Street branch library opened 10 years ago this month."
    assert _times(text, "2023-08-30") == [("10 years ago this month", "2013-08")]


def test_rosh_hashana_spelled_without_h() -> None:
    text = "The Jewish Community Center will sell apples and honey for Rosh Hashana."
    assert ("Rosh Hashana", "2023-09-16") in _times(text, "2023-08-30")


def test_next_weekday_with_its_date() -> None:
    text = "The parish will hold its liturgy next Friday, Jan. 7."
    assert ("next Friday, Jan. 7", "2011-01-07") in _times(text, "2010-12-31")


def test_a_veterans_posts_number_is_no_year() -> None:
    text = "The parade will step off at 10 a.m. Monday from VFW Post 1944 on Elm Street."
    assert _times(text, "2025-07-03") == [("10 a.m. Monday", "2025-07-07T10:00")]


def test_on_the_fourth_before_a_verb() -> None:
    text = "Fireworks on the Fourth drew an estimated 20,000 people to the riverfront."
    assert ("the Fourth", "2025-07-04") in _times(text, "2025-07-07")


def test_a_noun_read_as_a_verb_takes_its_clauses_tense() -> None:
    text = "The March of Dimes walk along the river on Saturday raised $62,000 for research."
    assert ("Saturday", "2023-05-20") in _times(text, "2023-05-25")


def test_a_schedule_verb_read_as_a_noun_before_its_weekday() -> None:
    text = "Public schools in the county reopen Tuesday after the winter break, later than planned."
    assert ("Tuesday", "2022-01-04") in _times(text, "2022-01-02")


def test_three_kings_day() -> None:
    text = "The church will hold its Three Kings Day party for children in the parish hall."
    assert ("Three Kings Day", "2022-01-06") in _times(text, "2022-01-02")


def test_a_noon_years_eve_party_is_no_time() -> None:
    assert _times("Children packed the library's Noon Year's Eve party.", "2022-01-02") == []


def test_a_part_of_a_dated_day() -> None:
    text = "The Rotary Club will serve its pancake breakfast on the morning of July 4."
    assert ("the morning of July 4", "2025-07-04TMO") in _times(text, "2025-07-01")


def test_a_weekday_with_its_holiday() -> None:
    text = "Town offices will be closed Friday, New Year's Day."
    assert _times(text, "2020-12-30") == [("Friday, New Year's Day", "2021-01-01")]


def test_cesar_chavez_day() -> None:
    text = "Several school districts in the valley are closed today for Cesar Chavez Day."
    assert ("Cesar Chavez Day", "2016-03-31") in _times(text, "2016-03-31")


def test_the_first_business_day_of_a_year() -> None:
    text = "Employers must start withholding the tax on the first business day of the new year."
    assert ("the first business day of the new year", "2033-01-03") in _times(text, "2032-12-30")


def test_a_sunday_school_is_no_time() -> None:
    text = "Children from the Sunday school at First Baptist Church made 200 place mats."
    assert _times(text, "2035-11-22") == []
