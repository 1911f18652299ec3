"""Twenty-second session, second round (times): the eleventh blind table's misses. Short
synthetic sentences check each rule in its sentence: a house number before a street name is no
year ("the shop at 2033 Main St."), "so far this winter" (the season up to the reference), "all
week" and "all month long" (the current unit), a span of two month-days without "from" found
as one expression, and a span from part of a month counted in days ("from mid-June through
August"); near misses must stay as they were ("in 2033, Main Street reopened", "open all year
round", "from early March to late May" in months)."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a house number before a street name and suffix is an address, no year
        ("The old bank at 2033 Main St. will reopen as a library.", "2033-06-07", []),
        (
            "The clinic moved to 1450 N. Oak Avenue last year.",
            "2033-06-07",
            [("last year", "2032")],
        ),
        # the season so far, as "so far this year"
        (
            "The town has plowed five storms so far this winter.",
            "2033-01-20",
            [("so far this winter", "2032-WI")],
        ),
        # "all week", "all month long": the current unit
        ("Traffic on the bridge has been slow all week.", "2033-04-14", [("all week", "2033-W15")]),
        (
            "The library stayed closed all month long.",
            "2033-04-28",
            [("all month long", "2033-04")],
        ),
        # two month-days joined by "to" without "from": one duration
        ("The pool is open June 20 to July 29.", "2033-06-07", [("June 20 to July 29", "P40D")]),
    ],
)
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a comma or a signal word keeps the year before a street's name
        ("In 2033, Main Street reopened after the flood.", "2035-02-01", [("2033", "2033")]),
        ("In 1990 Main Street was paved.", "2035-02-01", [("1990", "1990")]),
        ("The 2019 Main Street parade drew a crowd.", "2035-02-01", [("2019", "2019")]),
        # "all year round" is every year, no time
        ("The farm stand is open all year round.", "2033-04-14", []),
    ],
)
def test_near_misses_stay(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value", "start", "end"),
    [
        ("so far this winter", "2033-01-20", "past", "2032-WI", "2032-12-01", "2033-01-20"),
        ("all week", "2033-04-14", "present", "2033-W15", "2033-04-11", "2033-04-17"),
        # part of a month: days from the part's first day (mid-: the middle third)
        (
            "from mid-June through August",
            "2033-06-07",
            "future",
            "P82D",
            "2033-06-11",
            "2033-08-31",
        ),
        ("from March to mid-May", "2033-01-07", "future", "P82D", "2033-03-01", "2033-05-21"),
        # parts that reach the months' edges stay whole months
        ("from early March to late May", "2033-01-07", "future", "P3M", "2033-03-01", "2033-05-31"),
    ],
)
def test_normalised_alone(
    text: str, reference: str, tense: str, value: str, start: str, end: str
) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None
    assert (got.value, got.start_date, got.end_date) == (value, start, end)


def test_so_far_before_the_season_is_none() -> None:
    """In April this summer has not begun: there is nothing "so far" to span."""
    assert normalise("so far this summer", date(2033, 4, 14), "past") is None
