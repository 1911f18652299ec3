"""Twenty-first-session fourth round (times): the ninth blind table's misses. Short synthetic
sentences, written for the fixes, check each rule in its sentence: "the closing weeks of 2030",
"the early part of May", "quarter-end", "this past year" in December, "three Easters ago", "the
first full week of March", "the first weekend of June", "the business year starting July 1",
"Golden Week", "the academic year", "the second half of the season", "last Sunday evening",
"Saturday mornings", "every other Monday morning", "biennially", "midweek", "the Fourth",
"from June 3 to 7", "the winter of '79", "four nights a week", "come spring"; and near misses
that must stay as they were or no time ("the Fourth Amendment", "biannually", "June 3-7")."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # stretches at the start or end of a date: the date with its mod
        ("Repairs ran into the closing weeks of 2030.", "2031-02-02",
         [("the closing weeks of 2030", "2030")]),
        ("The vote is set for the early part of May.", "2031-02-02",
         [("the early part of May", "2031-05")]),
        ("Quarter-end volumes in Oslo were light.", "2031-06-30", [("Quarter-end", "2031-Q2")]),
        # "this past year" said in December is the year now ending; in March, the last one
        ("Burglaries dropped this past year, the sheriff said.", "2031-12-20",
         [("this past year", "2031")]),
        ("Burglaries dropped this past year, the sheriff said.", "2031-03-20",
         [("this past year", "2030")]),
        # counted holidays, weeks and weekends of a month
        ("Three Easters ago, the chapel roof fell in.", "2031-06-01",
         [("Three Easters ago", "2029-04-01")]),
        ("Classes resume the first full week of March.", "2031-02-02",
         [("the first full week of March", "2031-W10")]),
        ("The regatta is held the first weekend of June.", "2031-02-02",
         [("the first weekend of June", "2031-W23-WE")]),
        ("The mill expects losses in the business year starting July 1.", "2031-06-10",
         [("the business year starting July 1", "P1Y")]),
        # the government's, the school's or the league's dates: recognised, no value
        ("Trains to Nagoya fill up during Golden Week.", "2031-04-10", [("Golden Week", None)]),
        ("Bus routes will change for the academic year.", "2031-08-10",
         [("the academic year", None)]),
        ("The striker scored twice in the second half of the season.", "2031-08-10",
         [("the second half of the season", None)]),
        # parts of days, one and every
        ("The fire broke out last Sunday evening.", "2031-06-04",
         [("last Sunday evening", "2031-06-01TEV")]),
        ("The market opens on Saturday mornings.", "2031-06-04",
         [("Saturday mornings", "XXXX-WXX-6TMO")]),
        ("Crews sweep the square every other Monday morning.", "2031-06-04",
         [("every other Monday morning", "XXXX-WXX-1TMO")]),
        ("The choir festival is held biennially.", "2031-06-04", [("biennially", "P2Y")]),
        ("The clinic is staffed four nights a week.", "2031-06-04",
         [("four nights a week", "P1W")]),
        # idioms
        ("Officials said Friday the pool will stay shut until midweek.", "2031-06-06",
         [("Friday", "2031-06-06"), ("until midweek", "2031-W24")]),
        ("Neighbours set off rockets on the Fourth.", "2031-07-06", [("the Fourth", "2031-07-04")]),
        ("The bakery said in March that it would reopen come spring.", "2031-03-20",
         [("March", "2031-03"), ("come spring", "2031-SP")]),
        # "come" as the verb: the weekday alone
        ("Residents said they would come Monday to help.", "2031-06-04",
         [("Monday", "2031-06-09")]),
        # a day range with "from" is a duration in days
        ("The book fair runs from June 3 to 7.", "2031-05-10", [("from June 3 to 7", "P5D")]),
        # a two-digit year on the clause's side of the reference
        ("It was the coldest night since the winter of '79.", "2031-01-10",
         [("since the winter of '79", "1979-WI")]),
    ],
)  # fmt: skip
def test_found_in_context(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers cited the Fourth Amendment in court.",
        "Reporters are sometimes called the Fourth Estate.",
        "The Golden State Warriors won again.",
    ],
)
def test_near_misses_stay_no_time(text: str) -> None:
    assert _times(text, "2031-06-04") == []


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value", "kind"),
    [
        ("biannually", "2031-06-04", "present", "P6M", "set"),  # twice a year, not every two
        ("June 3-7", "2031-05-10", "future", "2031-06", "date"),  # no "from": the month's days
        ("two days", "2031-05-10", "past", "P2D", "duration"),
        ("a week", "2031-05-10", "past", "P1W", "duration"),
        ("May '29", "2031-05-10", "future", "2129-05", "date"),
        ("May '29", "2031-05-10", "past", "2029-05", "date"),
        ("the summer of '30", "2031-05-10", None, "2030-SU", "date"),
        ("midweek", "2031-06-03", "past", "2031-W22", "date"),  # a Tuesday: last week's
        ("the last full week of March", "2031-02-02", "future", "2031-W13", "date"),
        ("the last weekend of June", "2031-02-02", "future", "2031-W26-WE", "date"),
    ],
)
def test_normalised_alone(text: str, reference: str, tense: str | None, value: str, kind: str):
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and (got.value, got.kind) == (value, kind)
