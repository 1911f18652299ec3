"""Twenty-second session (times): the tenth blind table's misses. Short synthetic sentences,
written for the fixes, check each rule in its sentence: weather copy ("overnight Thursday into
Friday", "mid-morning Saturday", "before dawn Sunday", "from 9 to 11 a.m. Wednesday", "between 1
a.m. and 4 a.m."), calendars of elections ("since the midterms", "Election Night", "since
Inauguration Day", "Leap Day"), business copy ("year to date", "the trailing 12 months",
"month-end", "every quarter", "second-quarter earnings" just after the quarter, "the year-ago
quarter"), sports ("this season", "the 2031-32 campaign"), "the second weekend in June", "two
weeks ago Monday", "the last century", "the following week" after a reported day, and the
future perfect ("by month's end they will have signed"); and near misses that must stay as
they were or no time ("an election night party", "this season of grief", "from every
quarter", a quarter long past in a future clause, "the last decade")."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # weather copy: a night running into the next day is the first day's night (TNI)
        ("Snow is forecast overnight Thursday into Friday.", "2033-01-10",
         [("overnight Thursday into Friday", "2033-01-13TNI")]),
        ("Gusts will pick up Saturday night into Sunday morning.", "2033-01-10",
         [("Saturday night into Sunday morning", "2033-01-15TNI")]),
        ("Showers could develop mid-morning Saturday.", "2033-01-10",
         [("mid-morning Saturday", "2033-01-15TMO")]),
        ("Fog may form before dawn Sunday.", "2033-01-10", [("before dawn Sunday", "2033-01-16")]),
        # clock spans: one duration, with or without a day, the first hour's am/pm shared
        ("The clinic gives flu shots from 9 to 11 a.m. Wednesday.", "2033-01-10",
         [("from 9 to 11 a.m. Wednesday", "PT2H")]),
        ("Power was out between 1 a.m. and 4 a.m.", "2033-01-10",
         [("between 1 a.m. and 4 a.m.", "PT3H")]),
        # calendars of elections
        ("Turnout has fallen since the midterms.", "2035-03-01",
         [("since the midterms", "2034-11-07")]),
        ("Supporters gathered downtown on Election Night.", "2036-11-10",
         [("Election Night", "2036-11-04TNI")]),
        ("The governor has vetoed nine bills since Inauguration Day.", "2034-06-01",
         [("since Inauguration Day", "2033-01-20")]),
        ("The zoo will offer free entry on Leap Day.", "2035-01-05",
         [("Leap Day", "2036-02-29")]),
        # business copy
        ("Home sales are down 4% year to date.", "2033-06-15", [("year to date", "2033")]),
        ("Sales over the trailing 12 months topped $2 billion.", "2033-06-15",
         [("the trailing 12 months", "P12M")]),
        ("Funds rebalanced ahead of month-end.", "2033-06-28", [("month-end", "2033-06")]),
        ("The co-op pays members a rebate every quarter.", "2033-06-15",
         [("every quarter", "P3M")]),
        ("Margins narrowed from the year-ago quarter.", "2033-06-15",
         [("the year-ago quarter", None)]),
        # a quarter that ended weeks ago is the one whose results are still to come
        ("The firm will post second-quarter earnings Aug. 5.", "2033-07-20",
         [("second-quarter", "2033-Q2"), ("Aug. 5", "2033-08-05")]),
        # sports: the league's seasons, no value
        ("The Comets are 12-3 this season.", "2033-01-10", [("this season", None)]),
        ("The Comets won the title in the 2031-32 campaign.", "2033-01-10",
         [("the 2031-32 campaign", None)]),
        # days of a month and weeks counted back from a weekday
        ("The parade is held the second weekend in June.", "2033-01-10",
         [("the second weekend in June", "2033-W23-WE")]),
        ("The plant reopened two weeks ago Monday.", "2033-01-13",
         [("two weeks ago Monday", "2032-W53")]),
        # centuries are calendar centuries
        ("The bridge served the town for most of the last century.", "2033-01-10",
         [("the last century", "19")]),
        # "the following week" counts from the reported day, not from publication
        ("The council said Tuesday it would vote the following week.", "2033-01-13",
         [("Tuesday", "2033-01-11"), ("the following week", "2033-W03")]),
        # the future perfect is a future clause
        ("Organisers say that by month's end they will have signed 500 volunteers.",
         "2033-04-10", [("by month's end", "2033-04")]),
        # an adjective of a term's length is its duration, like "a three-day trip"
        ("She won a six-year term in the Senate.", "2033-01-10", [("six-year", "P6Y")]),
    ],
)  # fmt: skip
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # any election's night (a primary's too), lower case: no Election Day
        ("Aides planned an election night party after the primary.", "2036-03-20", []),
        # a season named for what fills it; the quarters of the compass
        ("Donors asked for calm in this season of grief.", "2033-01-10", []),
        ("Praise for the plan came from every quarter.", "2033-01-10", []),
        # a quarter long past in a future clause is next year's
        ("The firm will open a plant in the second quarter.", "2033-11-30",
         [("the second quarter", "2034-Q2")]),
        # two days that do not run into each other
        ("Rain is expected overnight Monday into Thursday.", "2033-01-10",
         [("Monday", "2033-01-10"), ("Thursday", "2033-01-13")]),
    ],
)  # fmt: skip
def test_near_misses_stay(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value", "kind"),
    [
        ("the midterm elections", "2033-01-10", "future", "2034-11-07", "date"),
        ("Leap Day", "2033-03-01", "past", "2032-02-29", "date"),
        ("Inauguration Day", "2033-01-10", "future", "2033-01-20", "date"),
        ("Election Night", "2033-01-10", "past", "2032-11-02TNI", "date"),
        ("the fourth weekend of March", "2033-01-10", "future", "2033-W12-WE", "date"),
        ("a week ago Tuesday", "2033-01-13", "past", "2033-W01", "date"),
        ("first half", "2033-07-20", "future", "2033-H1", "date"),
        ("the first quarter", "2033-06-20", "future", "2034-Q1", "date"),
        ("the last decade", "2033-01-10", "past", "P1DE", "duration"),
        ("the previous decade", "2033-01-10", "past", "P1DE", "duration"),
        ("the previous century", "2033-01-10", "past", "19", "date"),
        ("quarter to date", "2033-05-10", "past", "2033-Q2", "date"),
        ("from 11 to 2 p.m.", "2033-01-10", "present", "PT3H", "duration"),
        ("from 10 to 2 a.m.", "2033-01-10", "present", "PT4H", "duration"),
        ("every other quarter", "2033-01-10", "present", "P6M", "set"),
        ("last season", "2033-01-10", "past", None, "date"),
        ("the prior-year period", "2033-01-10", "past", None, "date"),
    ],
)
def test_normalised_alone(
    text: str, reference: str, tense: str | None, value: str | None, kind: str
) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and (got.value, got.kind) == (value, kind)


@pytest.mark.parametrize("text", ["mid-afternoon", "overnight Tuesday into Thursday"])
def test_no_day_no_value(text: str) -> None:
    got = normalise(text, date(2033, 1, 10), "future")
    assert got is None or got.value is None
