"""Forty-third-session times round (blind tables 226-231): an amount before "later" or
"earlier" makes it a comparative ("stay open two hours later next month"), so the period after
it is the date and the amount no anaphor; and a clock time without a.m. or p.m. written with
its minutes is the evening's where "tonight" or an evening follows ("at 8:15 tonight"). After
tables 232-237: "March Madness" and "an October surprise" are set phrases, no months; and "a
2017 Dodge truck" names a vehicle by its model year, no date. After tables 238-243: "Holy
Thursday" is Maundy Thursday; a clock is read whole after a holiday ("Easter at 6:30 a.m.
Sunday": the holiday, then the clock and its day); "the long weekend" is the weekend; "the rest
of the summer" is the season from the reference day on; and the Jewish holidays fall by the
Hebrew calendar, "the first night of Hanukkah" on the evening before its first day. After tables
244-249: "King Day" is Martin Luther King Jr. Day; and "close" tagged an adjective heading a
sentence with a noun subject is its present, as "open" is, so a verb joined to it reads ahead
("County offices close at noon today and reopen at 8 a.m. Monday"). After tables 250-255: a
holiday after a hospital's or school's name that NER ran over it is read ("born at Memorial
Hospital on Leap Day"); a past plan a later present says has not come to pass may be dated
before the reference ("was set to open in late August but is still waiting"); "Monday's Pancake
House" is a business; and verbs the tagger read as nouns: a schedule verb after a plural
before a trailing attribution ("Classes in the district start Aug. 27, the principal said"), a
schedule verb made the sentence's head right after a plural ("all-stars play for the county
title at 5 p.m. Saturday"), a phrasal's verb read as an object ("walk steps off ... at 10 a.m.
Saturday"), and an irregular past heading a reported clause ("A water main broke on Oak Street
on Dec. 28 ..., residents told the council")."""

from __future__ import annotations

from dateline_helpers import time_values as _times

from dateline import extract
from dateline.records import Record


def test_an_amount_later_before_a_period_is_a_comparative() -> None:
    text = "The library will stay open two hours later next month, the director said."
    assert ("next month", "2031-06") in _times(text, "2031-05-14")
    assert not any(t.endswith("later") for t, _ in _times(text, "2031-05-14"))


def test_an_amount_later_alone_is_still_an_anaphor() -> None:
    """Guard: passes before and after the change."""
    text = "Deputies arrived at the farm two hours later."
    assert _times(text, "2031-05-14") == [("two hours later", None)]


def test_a_clock_time_tonight_is_the_evenings() -> None:
    assert _times("The Hawks host Milford at 8:15 tonight.", "2031-05-14") == [
        ("8:15 tonight", "2031-05-14T20:15")
    ]
    assert _times("Kickoff is at 6:45 Friday evening.", "2031-05-14") == [
        ("6:45 Friday evening", "2031-05-16T18:45")
    ]


def test_a_clock_time_this_morning_stays_the_mornings() -> None:
    """Guard: passes before and after the change."""
    assert _times("The crash happened at 7:30 this morning.", "2031-05-14") == [
        ("7:30 this morning", "2031-05-14T07:30")
    ]


def test_set_phrases_a_month_opens_are_no_months() -> None:
    text = "Pubs near the campus will stay open late for March Madness games."
    assert _times(text, "2023-03-14") == []
    assert _times("Aides warned of an October surprise.", "2023-03-14") == []


def test_a_model_year_before_a_make_and_a_vehicle() -> None:
    text = "Police recovered a 2017 Dodge truck that was stolen Sunday."
    assert _times(text, "2023-03-14") == [("Sunday", "2023-03-12")]


def test_a_year_before_a_makes_recall_still_dates_it() -> None:
    """Guard: passes before and after the change."""
    text = "A 2019 Toyota recall covered 50,000 cars."
    assert ("2019", "2019") in _times(text, "2023-03-14")


def test_holy_thursday_is_maundy_thursday() -> None:
    assert _times("The choir sang at the Holy Thursday Mass.", "2025-04-18") == [
        ("Holy Thursday", "2025-04-17")
    ]


def test_a_clock_after_a_holiday_is_read_whole() -> None:
    text = "The church will hold a sunrise service for Easter at 6:45 a.m. Sunday on the beach."
    assert _times(text, "2025-04-18") == [
        ("Easter", "2025-04-20"),
        ("6:45 a.m. Sunday", "2025-04-20T06:45"),
    ]


def test_the_long_weekend_and_the_rest_of_a_season() -> None:
    assert _times("Roads will be busy over the long weekend.", "2025-08-27") == [
        ("the long weekend", "2025-W35-WE")
    ]
    text = "The beach will stay closed for the rest of the summer, the town said."
    rec = extract(text, published="2025-07-10", stages=["times"])
    assert isinstance(rec, Record)
    ((time,),) = [rec.times]
    assert (time.text, time.value, time.start_date, time.end_date) == (
        "the rest of the summer",
        "2025-SU",
        "2025-07-10",
        "2025-08-31",
    )


def test_jewish_holidays_by_the_hebrew_calendar() -> None:
    text = "The congregation will light a menorah on the first night of Hanukkah."
    assert _times(text, "2025-12-01") == [("the first night of Hanukkah", "2025-12-14TNI")]
    assert _times("Schools will close for Rosh Hashanah.", "2024-09-20") == [
        ("Rosh Hashanah", "2024-10-03")
    ]
    assert _times("The family held a seder for Passover.", "2019-05-01") == [
        ("Passover", "2019-04-20")
    ]


def test_king_day_is_martin_luther_king_day() -> None:
    text = "Hundreds marched downtown on Monday for the city's King Day parade."
    assert ("King Day", "2013-01-21") in _times(text, "2013-01-21")


def test_close_read_as_an_adjective_is_a_schedules_present() -> None:
    text = "County offices close at noon today and reopen at 8 a.m. Monday."
    assert _times(text, "2022-01-14") == [
        ("noon today", "2022-01-14T12:00"),
        ("8 a.m. Monday", "2022-01-17T08:00"),
    ]


def test_a_holiday_after_a_hospitals_name_ner_ran_over_it() -> None:
    text = "A boy born at Memorial Hospital on Leap Day will have his first real birthday in 2024."
    assert ("Leap Day", "2020-02-29") in _times(text, "2020-03-05")


def test_a_past_plan_not_yet_come_to_pass() -> None:
    text = "The new library branch was set to open in late August but is still waiting for shelves."
    assert _times(text, "2014-09-03") == [("late August", "2014-08")]


def test_a_weekdays_possessive_naming_a_business() -> None:
    text = "Monday's Pancake House on Elm Street will reopen after a fire, the owner said."
    assert _times(text, "2019-06-11") == []


def test_schedule_verbs_the_tagger_read_as_nouns() -> None:
    text = "Classes in the district start Aug. 27, the principal said."
    assert _times(text, "2018-07-18") == [("Aug. 27", "2018-08-27")]
    text = "The Westside Little League all-stars play for the county title at 5 p.m. Saturday."
    assert _times(text, "2019-06-12") == [("5 p.m. Saturday", "2019-06-15T17:00")]
    text = "The March of Dimes walk steps off from Lake Park at 10 a.m. Saturday."
    assert _times(text, "2015-04-06") == [("10 a.m. Saturday", "2015-04-11T10:00")]


def test_an_irregular_past_the_tagger_read_as_a_noun() -> None:
    text = (
        "A water main broke on Oak Street on Dec. 28 and was not fixed for a week, residents "
        "told the council."
    )
    assert ("Dec. 28", "2023-12-28") in _times(text, "2024-01-15")
