"""Thirty-ninth-session times round (blind tables 118-123): a schedule verb's bare form joined by
"and" to a plural subject's present is that present ("The Wolves are 6-2 and host Northfield on
Friday night": the coming Friday), and a sunset word before a day that names its own part of the
day leaves the day whole ("at dusk tomorrow night" is tomorrow night, not a night's evening). After
tables 124-126: a holiday naming a cancelled event's occasion is the nearest one, without the
article of the noun it modifies ("The Fourth of July boat parade has been canceled", said in May),
and a month with an article of its own opening a name is no time ("The July Jam concert series").
After tables 130-132: "Small Business Saturday" (and "Giving Tuesday") are days after
Thanksgiving, and "the year before" a holiday is no anaphor ("the busiest week of the year
before Mother's Day")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_schedule_verb_joined_to_a_present_is_ahead() -> None:
    text = "The Wolves are 6-2 and host Northfield on Friday night."
    assert _times(text, "2043-10-26") == [("Friday night", "2043-10-30TNI")]
    text = "The Wolves were 6-2 and hosted Northfield on Friday night."
    assert _times(text, "2043-10-26") == [("Friday night", "2043-10-23TNI")]


def test_a_sunset_word_before_a_day_with_its_part_leaves_the_day_whole() -> None:
    text = "The lantern parade will set off at dusk tomorrow night."
    assert _times(text, "2043-07-02") == [("tomorrow night", "2043-07-03TNI")]
    text = "The lantern parade will set off at dusk tomorrow."
    assert _times(text, "2043-07-02") == [("dusk tomorrow", "2043-07-03TEV")]


def test_a_holiday_naming_a_cancelled_events_occasion_is_the_nearest() -> None:
    text = "The Fourth of July boat parade has been canceled, the harbor master said."
    assert _times(text, "2043-05-20") == [("Fourth of July", "2043-07-04")]


def test_a_month_with_its_own_article_opening_a_name_is_no_time() -> None:
    text = "The July Jam concert series continues next Thursday with a bluegrass band."
    assert _times(text, "2043-07-01") == [("next Thursday", "2043-07-09")]


def test_small_business_saturday_follows_black_friday() -> None:
    text = "Shops on Main Street will offer discounts on Small Business Saturday."
    assert _times(text, "2043-11-20") == [("Small Business Saturday", "2043-11-28")]


def test_a_unit_before_a_holiday_is_no_anaphor() -> None:
    text = "Garden centers expect the busiest week of the year before Mother's Day."
    assert _times(text, "2043-11-20") == [("before Mother's Day", "2044-05-08")]
