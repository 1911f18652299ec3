"""Twenty-sixth-session times round (blind table 14, then PolNeAR train output): a bare
two-digit decade that counts a measured quantity ("highs in the 90s", "approval in the low
60s") or sits in a future clause is no time, where one looking back stays the decade; a weekday
that ends a one-word name after an article ("the old Ruby Friday building") is no date when its
verb has another date the day does not fall in, where a date after a whole name ("told the
Senate Tuesday") stays one; a four-digit count ("1310 were returned", "a survey of 1850 likely
voters") is no year; "Super Tuesday 2" is that Tuesday; a clock range on a weekday takes the
clause's tense and its first clock time the weekday; a split hyphen is no verb."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise

_REF = "2031-06-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a band of figures after a measured quantity or before its unit
        ("Highs reached the 90s on Tuesday across the valley.", [("Tuesday", "2031-06-10")]),
        ("Overnight lows dipped into the 60s as the front passed.", []),
        ("The governor's approval has slipped to the mid-40s.", []),
        ("Readings stayed in the 80s for most of last week.", [("last week", "2031-W23")]),
        ("Humidity hovered in the 70s percent range on Monday.", [("Monday", "2031-06-09")]),
        # looking back, the same words name the decade
        ("The mill closed in the 80s, the historical society said.", [("the 80s", "198")]),
        ("Rents were far lower in the late 70s.", [("the late 70s", "197")]),
    ],
)
def test_decade_or_figures(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("tense", "value"), [("future", None), ("past", "199"), (None, "199"), ("present", "199")]
)
def test_bare_decade_in_a_future_clause_is_no_time(tense: str | None, value: str | None) -> None:
    got = normalise("the 90s", date(2031, 6, 11), tense)
    assert (got.value if got else None) == value
    assert normalise("the 1990s", date(2031, 6, 11), "future").value == "199"
    assert normalise("the '90s", date(2031, 6, 11), "future").value == "199"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday ending a name, its verb dated otherwise
        ("A gym will move into the old Ruby Friday building in August.", [("August", "2031-08")]),
        ("The chain will reopen the former Fashion Tuesday in September.",
         [("September", "2031-09")]),
        # a date after a name, alone in its clause or agreeing with the other date
        ("A diner opened in the former Sears Tuesday.", [("Tuesday", "2031-06-10")]),
        ("Shoppers crowded a Kroger Saturday night.", [("Saturday night", "2031-06-07TNI")]),
        ("She told the Senate Tuesday that the levy would pass next year.",
         [("Tuesday", "2031-06-10"), ("next year", "2032")]),
        ("A clinic will open at the Elm Plaza Friday, in time for the June 13 fair.",
         [("Friday", "2031-06-13"), ("June 13", "2031-06-13")]),
    ],
)  # fmt: skip
def test_weekday_ending_a_name(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


def test_schedule_present_weekday_is_the_coming_one_in_context() -> None:
    """ "ends Sunday" on a Wednesday: the schedule's day ahead, not the Sunday just gone."""
    assert _times("The book fair ends Sunday.", _REF) == [("Sunday", "2031-06-15")]
    assert _times("Summer camp starts Monday.", "2031-06-12") == [("Monday", "2031-06-16")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a four-digit count: a plural verb's subject, the size of a poll or a sample
        ("Of the 2,400 ballots mailed, 1310 were returned by Friday.", _REF,
         [("by Friday", "2031-06-06")]),
        ("The survey of 1850 likely voters was taken in May.", _REF, [("May", "2031-05")]),
        # years stay years: a singular verb's subject, joined years, a determiner's year
        ("2029 was the wettest year on record.", _REF, [("2029", "2029")]),
        ("2028 and 2029 were both dry years.", _REF, [("2028", "2028"), ("2029", "2029")]),
        ("The 2030 candidates met in Iowa.", _REF, [("2030", "2030")]),
        # a later round of Tuesday primaries is that Tuesday by the tense
        ("Turnout was heavy on Super Tuesday 2, officials said.", "2032-03-17",
         [("Super Tuesday 2", "2032-03-16")]),
        ("Super Tuesday 2032 drew record crowds.", "2032-03-17",
         [("Super Tuesday 2032", "2032-03-02")]),
        # clock ranges on a weekday: the clause's tense picks the day, and the first clock
        # time of a range without "from" takes the day of the second
        ("The library will be open from 9 a.m. to 6 p.m. Saturday.", _REF,
         [("from 9 a.m. to 6 p.m. Saturday", "PT9H")]),
        ("Pools are open 10 a.m. to 7 p.m. Saturday.", _REF,
         [("10 a.m.", "2031-06-14T10:00"), ("7 p.m. Saturday", "2031-06-14T19:00")]),
    ],
)  # fmt: skip
def test_counts_sequels_and_clock_ranges(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


def test_clock_range_on_a_coming_weekday_is_dated_ahead() -> None:
    from dateline.config import Settings
    from dateline.nlp import load
    from dateline.time import find_times

    text = "The library will be open from 9 a.m. to 6 p.m. Saturday."
    (found,) = find_times(text, load(Settings().model)(text), date(2031, 6, 11))
    assert (found.start_date, found.end_date) == ("2031-06-14", "2031-06-14")


def test_a_split_hyphen_is_no_verb_of_the_clause() -> None:
    """ "the charity she co-founded will hold": the parser may hang the weekday on the hyphen of
    "co-founded" tagged as a past verb; the clause's verb is "will hold"."""
    text = (
        "And on Monday, she and other members of the charity she co-founded will hold a dinner "
        "at the museum in Akron - with the governor."
    )
    assert _times(text, _REF) == [("Monday", "2031-06-16")]
