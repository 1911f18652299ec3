"""Forty-second-session times round (blind tables 196-201): a holiday's week ("Christmas week")
is the ISO week holding the day; a weekday under a trailing "the county reminded residents" is
the reported clause's; a present form heading an adverbial clause with no subject is a noun the
tagger read as a verb ("beat Central 2-1 in boys soccer on Thursday": the result's past); and a
sentence opening "The", a capitalised word and a weekday opens a name ("The Ruby Tuesday by
the interstate"), but not a day's own name ("The Super Tuesday primaries"). After tables
202-213: a range's ends may carry their weekdays and commas ("from Tuesday, July 22, through
Sunday, July 27"); "every second Saturday" is the weekday's set; "New Year's weekend" is New
Year's Day's; and "through the weekend after 20 inches of snow fell" is the weekend, not an
anaphor. After tables 214-219: a phrasal verb of a thing done ("fires set off by fireworks on the
Fourth of July") looks back, though "set" alone looks ahead; a verb whose past is its base form,
tagged present, beside a past clause of its own is past ("Pipes burst ... Saturday night as
temperatures fell"); and "Friday the 13th" is the nearest Friday falling on a 13th. After tables
220-225: Inauguration Day falling on a Sunday is held on the Monday (2013-01-21), and
"Indigenous Peoples' Day" is Columbus Day's Monday; the seasons' turns ("the winter solstice",
"the first day of spring") are their solstices and equinoxes; "during Lent" is recognised with
no value; and a holiday a day or three ahead of a past clause is the coming one ("packed the
stores this afternoon to buy turkeys for Thanksgiving"); "open" tagged an adjective after the noun
heading a sentence with no verb is its present ("Registrations ... open in early February"); and
"its Friday fish fry every Friday" names a habit, no Friday."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_holidays_week_is_the_iso_week_holding_it() -> None:
    text = "The landfill will close during Christmas week, the county said."
    assert _times(text, "2030-12-10") == [("Christmas week", "2030-W52")]


def test_a_weekday_before_a_trailing_reminder_is_the_reported_clauses() -> None:
    text = "Daylight saving time ends at 2 a.m. Sunday, the city reminded residents."
    assert _times(text, "2031-10-30") == [("2 a.m. Sunday", "2031-11-02T02:00")]


def test_a_sport_read_as_a_verb_takes_the_results_past() -> None:
    text = "The Tigers beat Central 2-1 in boys soccer on Thursday."
    assert _times(text, "2032-09-07") == [("Thursday", "2032-09-02")]


def test_a_sentence_opening_with_a_name_ending_in_a_weekday() -> None:
    text = "The Ruby Tuesday by the interstate closed its doors last week."
    assert [t for t, _ in _times(text, "2021-08-30")] == ["last week"]


def test_a_days_own_name_opening_a_sentence_is_still_the_day() -> None:
    """Guard: passes before and after the change."""
    text = "The Super Tuesday primaries drew record crowds."
    assert [t for t, _ in _times(text, "2033-03-15")] == ["Super Tuesday"]


# After tables 202-213.


def test_a_range_whose_ends_carry_their_weekdays() -> None:
    text = "The county show runs from Tuesday, July 22, through Sunday, July 27, at the showground."
    assert _times(text, "2031-07-09") == [("from Tuesday, July 22, through Sunday, July 27", "P6D")]


def test_every_second_weekday_is_a_set() -> None:
    text = "The farmers market is held every second Saturday behind the town hall."
    assert _times(text, "2031-07-09") == [("every second Saturday", "XXXX-WXX-6")]


def test_new_years_weekend_is_new_years_days() -> None:
    text = "Crews will work over New Year's weekend."
    assert _times(text, "2023-12-20") == [("New Year's weekend", "2023-W52-WE")]


def test_the_weekend_before_after_and_a_count_is_no_anaphor() -> None:
    text = "Road crews worked through the weekend after 20 inches of snow fell."
    assert _times(text, "2033-02-16") == [("through the weekend", "2033-W06-WE")]


# After tables 214-219.


def test_a_phrasal_verb_of_a_thing_done_looks_back() -> None:
    text = (
        "Crews put out six grass fires set off by fireworks on the Fourth of July, the fire "
        "chief said."
    )
    assert _times(text, "2031-07-20") == [("the Fourth of July", "2031-07-04")]


def test_an_invariant_verb_beside_a_past_clause_is_past() -> None:
    text = "Pipes burst at three schools Saturday night as temperatures fell to 5 below zero."
    assert _times(text, "2033-01-10") == [("Saturday night", "2033-01-08TNI")]


def test_friday_the_13th_is_the_nearest_such_friday() -> None:
    text = "The cinema will show horror films on Friday the 13th."
    assert _times(text, "2033-01-10") == [("Friday the 13th", "2033-05-13")]


# After tables 220-225.


def test_inauguration_day_on_a_sunday_is_the_monday() -> None:
    text = "The high school band will march in the parade on Inauguration Day."
    assert _times(text, "2012-12-20") == [("Inauguration Day", "2013-01-21")]


def test_indigenous_peoples_day_is_columbus_days_monday() -> None:
    text = "City offices will close for Indigenous Peoples' Day."
    assert _times(text, "2031-10-08") == [("Indigenous Peoples' Day", "2031-10-13")]


def test_the_seasons_turn_is_its_solstice_or_equinox() -> None:
    text = "The club will hold a sunrise walk on the winter solstice."
    assert _times(text, "2024-12-01") == [("the winter solstice", "2024-12-21")]
    text = "The ice rink closes for the season on the first day of spring."
    assert _times(text, "2024-03-01") == [("the first day of spring", "2024-03-20")]


def test_lent_is_recognised_with_no_value() -> None:
    text = "The church will serve a soup supper every Wednesday during Lent."
    assert ("Lent", None) in _times(text, "2032-02-10")


def test_a_holiday_a_day_ahead_of_a_past_clause_is_the_coming_one() -> None:
    text = "Shoppers packed the grocery stores this afternoon to buy turkeys for Thanksgiving."
    assert ("Thanksgiving", "2031-11-27") in _times(text, "2031-11-26")


def test_open_tagged_an_adjective_in_a_sentence_with_no_verb_is_its_present() -> None:
    text = "Registrations for youth soccer open in early February."
    assert _times(text, "2031-12-20") == [("early February", "2032-02")]


def test_a_habit_named_by_its_weekday_beside_every_weekday() -> None:
    text = "The Legion post holds its Friday fish fry every Friday during Lent."
    assert [t for t, _ in _times(text, "2031-12-20")] == ["every Friday", "Lent"]
