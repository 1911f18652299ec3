"""Twenty-first-session second round (times): the gaps blind table 7 found (school breaks and
the holiday season with no value, company and budget years and quarters, "the first four
months of the year", "the better part of a decade", "the first of the month", "alternate
Mondays", "the back half of", "the week of Thanksgiving", "sunrise Saturday", "the weekend
before Christmas", a present clause's current span, "N weeks running", "the Roaring Twenties",
"each Fourth of July", and a game's halves and quarters); short synthetic sentences with
reference dates, written for the fixes, and near-misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value", "kind", "mod"),
    [
        # company and budget years and quarters named by their end
        ("the financial year to June 2027", "2026-11-10", "future", "P1Y", "duration", None),
        ("the quarter ended June 30", "2026-11-10", "past", "2026-Q2", "date", None),
        ("the quarter ending in December", "2026-11-10", "future", "2026-Q4", "date", None),
        ("the quarter ended Oct. 31", "2026-11-10", "past", "P3M", "duration", None),
        ("the June quarter", "2026-11-10", "past", "2026-Q2", "date", None),
        ("the December quarter", "2026-11-10", "future", "2026-Q4", "date", None),
        ("the July-September quarter", "2026-11-10", "past", "P3M", "duration", None),
        ("the first fiscal quarter of 2027", "2026-11-10", "future", "2027-Q1", "date", None),
        # parts and most of a period
        ("the first nine months of the year", "2026-11-10", "past", "P9M", "duration", None),
        ("the better part of two years", "2026-11-10", "past", "P2Y", "duration", "LESS_THAN"),
        ("the best part of an hour", "2026-11-10", "past", "PT1H", "duration", "LESS_THAN"),
        ("the front half of the year", "2026-11-10", "past", "2026-H1", "date", None),
        ("the back half of 2027", "2026-11-10", "future", "2027-H2", "date", None),
        # days of every month: a set in a generic clause, one day in a past or future one
        ("the 15th of the month", "2026-11-10", "present", "XXXX-XX-15", "set", None),
        ("the 1st of each month", "2026-11-10", "future", "XXXX-XX-01", "set", None),
        ("the first of the month", "2026-11-10", "future", "2026-12-01", "date", None),
        ("the first of the month", "2026-11-10", "past", "2026-11-01", "date", None),
        ("alternate Fridays", "2026-11-10", "present", "XXXX-WXX-5", "set", None),
        ("alternate weeks", "2026-11-10", "present", "P2W", "set", None),
        ("the 2025 season", "2026-11-10", "past", "2025", "date", None),
        # weeks and weekends around a day, sunrise and dusk
        ("the week of March 9", "2026-11-10", "future", "2027-W10", "date", None),
        ("the week of Christmas", "2026-11-10", "future", "2026-W52", "date", None),
        ("the weekend after Thanksgiving", "2026-11-10", "future", "2026-W48-WE", "date", None),
        ("the weekend before Labor Day", "2026-11-10", "past", "2026-W36-WE", "date", None),
        ("the weekend after Christmas", "2027-11-10", "future", "2027-W52-WE", "date", None),
        ("dawn Monday", "2026-11-10", "past", "2026-11-09TMO", "date", None),
        ("Friday at dusk", "2026-11-10", "future", "2026-11-13TEV", "date", None),
        # counts that run on, named decades, holidays every year
        ("three years running", "2026-11-10", "past", "P3Y", "duration", None),
        ("four weeks in a row", "2026-11-10", "past", "P4W", "duration", None),
        ("the Swinging Sixties", "2026-11-10", "past", "196", "date", None),
        ("every Christmas Eve", "2026-11-10", "present", "XXXX-12-24", "set", None),
        ("each Halloween", "2026-11-10", "present", "XXXX-10-31", "set", None),
    ],
)
def test_new_values(
    text: str, reference: str, tense: str, value: str, kind: str, mod: str | None
) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and (got.value, got.kind, got.mod) == (value, kind, mod)


@pytest.mark.parametrize(
    ("text", "reference", "tense", "dates"),
    [
        ("the financial year to June 2027", "2026-11-10", "future", ("2026-07-01", "2027-06-30")),
        ("the quarter ended Oct. 31", "2026-11-10", "past", ("2026-08-01", "2026-10-31")),
        # a span in progress is the current one in a future clause too
        ("the October-December period", "2026-11-10", "future", ("2026-10-01", "2026-12-31")),
        ("the first two weeks of March", "2026-11-10", "past", ("2026-03-01", "2026-03-14")),
        ("the last six months of 2025", "2026-11-10", "past", ("2025-07-01", "2025-12-31")),
        # a present clause: the span the reference falls in, else the coming one
        ("from June to August", "2026-07-15", "present", ("2026-06-01", "2026-08-31")),
        ("from Memorial Day to Labor Day", "2026-10-01", "present", ("2027-05-31", "2027-09-06")),
        ("from Monday to Friday", "2026-07-15", "present", ("2026-07-13", "2026-07-17")),
    ],
)
def test_spans_keep_their_interval(
    text: str, reference: str, tense: str, dates: tuple[str, str]
) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and (got.start_date, got.end_date) == dates


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("spring break", "date"),
        ("the Christmas recess", "date"),
        ("the festive season", "date"),
        ("the first fiscal quarter", "date"),
        ("the fiscal third quarter", "date"),
        ("the 2026-27 fiscal year", "date"),
        ("the 2026-27 tax year", "date"),
        ("every Thanksgiving", "set"),
    ],
)
def test_recognised_with_no_value(text: str, kind: str) -> None:
    got = normalise(text, date(2026, 11, 10), "future")
    assert got is not None and (got.value, got.kind) == (None, kind)


@pytest.mark.parametrize(
    "text",
    [
        "the quarter ended Oct. 15",  # no month's end: no quarter and no three months
        "the April-July quarter",  # four months are no quarter
        "the first 14 months of the year",
        "the better part of years",
        "the week of the vote",  # no day to take the week of
        "an hour running",
    ],
)
def test_near_misses_are_no_time(text: str) -> None:
    assert normalise(text, date(2026, 11, 10), "past") is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Pupils will be home for spring break next week.",
            "2026-03-02",
            [("spring break", None), ("next week", "2026-W11")],
        ),
        (
            "The mining group said profit rose in the year ended June 30.",
            "2026-08-20",
            [("the year ended June 30", "P1Y")],
        ),
        (
            "The lender posted a loss for the quarter ended March 31.",
            "2026-05-04",
            [("the quarter ended March 31", "2026-Q1")],
        ),
        (
            "New Zealand's economy shrank in the June quarter.",
            "2026-09-15",
            [("the June quarter", "2026-Q2")],
        ),
        (
            "Exports fell in the first five months of the year.",
            "2026-06-20",
            [("the first five months of the year", "P5M")],
        ),
        (
            "The strike dragged on for the better part of a month.",
            "2026-06-20",
            [("the better part of a month", "P1M")],
        ),
        (
            "Pensions are paid on the 15th of each month.",
            "2026-06-20",
            [("the 15th of each month", "XXXX-XX-15")],
        ),
        (
            "The clinic opens on alternate Tuesdays.",
            "2026-06-20",
            [("alternate Tuesdays", "XXXX-WXX-2")],
        ),
        (
            "Flights are full the week of Easter.",
            "2026-03-20",
            [("the week of Easter", "2026-W14")],
        ),
        (
            "Crews will start work at dawn Tuesday.",
            "2026-06-20",
            [("dawn Tuesday", "2026-06-23TMO")],
        ),
        (
            "The parade returns the weekend after Thanksgiving.",
            "2026-11-10",
            [("the weekend after Thanksgiving", "2026-W48-WE")],
        ),
        (
            "The beach is staffed from Memorial Day to Labor Day.",
            "2026-07-15",
            [("from Memorial Day to Labor Day", "P106D")],
        ),
        (
            "Prices have climbed for three months running.",
            "2026-06-20",
            [("three months running", "P3M")],
        ),
        (
            "The ballroom opened in the Roaring Twenties.",
            "2026-06-20",
            [("the Roaring Twenties", "192")],
        ),
        (
            "Bells ring every Fourth of July.",
            "2026-06-20",
            [("every Fourth of July", "XXXX-07-04")],
        ),
        # a half or quarter with its year stays a calendar period in a game story
        (
            "The club scored more goals in the second half of 2025 than ever.",
            "2026-06-20",
            [("the second half of 2025", "2025-H2")],
        ),
        # no game: a calendar half and quarter, and polls' points are no game
        (
            "Factory output rose in the second half, the agency said.",
            "2026-12-20",
            [("the second half", "2026-H2")],
        ),
        (
            "Her lead fell to six points, down from 12 points in the first quarter.",
            "2026-06-20",
            [("the first quarter", "2026-Q1")],
        ),
    ],
)
def test_stage_finds_the_new_kinds(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a game's halves and quarters (the sentence has a score or a game word)
        "The Tigers led 14-10 in the second half.",
        "Smith threw two touchdowns in the fourth quarter.",
        "The Rovers scored twice in the first half.",
        "Fans left the Super Bowl party during the third quarter.",
    ],
)
def test_game_parts_are_no_time(text: str) -> None:
    assert _times(text, "2026-06-20") == []


def test_running_with_an_object_is_the_verb() -> None:
    assert _times("He spent an hour running a crane.", "2026-06-20") == [("an hour", "PT1H")]
    # after an amount of money the unit is a rate, no time (thirty-first session)
    assert _times("He earns $30 an hour running a crane.", "2026-06-20") == []


# The blind 7 rows moved out of the expression table: the same words are a calendar period in
# another of its rows, so they are no time only in their sentences.
@pytest.mark.parametrize(
    "text",
    [
        "The Hawks trailed 21-7 in the second half before rallying to win.",
        "The Rams scored 17 points in the fourth quarter.",
    ],
)
def test_blind7_game_rows(text: str) -> None:
    assert _times(text, "2027-08-18") == []
