"""Thirty-second-session times round (blind tables 43-48): "every January" is a set even where
NER leaves the month untagged; a weekday's possessive opening a shop's name is no day ("Monday's
Child Boutique", "Friday's Gas & Go"); "The Last Friday in June", capitalised after "The", is a
title; "the night before" a holiday is that night."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise

_WEDNESDAY = "2042-03-05"  # ISO 2042-W10-3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ice fishing derby is held every January.", [("every January", "XXXX-01")]),
        ("The quilt show comes to the grange hall each October.", [("each October", "XXXX-10")]),
        # a march, in lower case, is no month
        ("Each march drew a few hundred people to the square.", []),
    ],
)
def test_every_month_is_a_set(text: str, expected: list) -> None:
    assert _times(text, _WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Monday's Child Boutique on Elm Street will close for good at the end of the year.",
        "Deputies said a man robbed Friday's Gas & Go on Route 9 and fled on foot.",
    ],
)
def test_a_weekdays_possessive_opening_a_shops_name_is_no_day(text: str) -> None:
    assert not any(t.startswith(("Monday", "Friday")) for t, _ in _times(text, _WEDNESDAY))


def test_a_weekdays_possessive_before_an_event_in_lower_case_stays_a_day() -> None:
    text = "Monday's board meeting ran long."
    assert _times(text, _WEDNESDAY) == [("Monday", "2042-03-03")]


def test_a_title_in_title_case_holds_no_day() -> None:
    text = 'The players\' new show, "The Last Friday in June," opens at 7 p.m. Friday.'
    assert _times(text, _WEDNESDAY) == [("7 p.m. Friday", "2042-03-07T19:00")]
    assert normalise("The Last Friday in June", date(2042, 3, 5), "future") is None
    running = normalise("the last Friday in June", date(2042, 3, 5), "future")
    assert running is not None and running.value == "2042-06-27"


def test_a_spoken_last_friday_stays_a_day() -> None:
    text = '"Last Friday we voted to close it," the mayor said.'
    assert _times(text, _WEDNESDAY) == [("Last Friday", "2042-02-28")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fireworks start at dusk on the night before the Fourth of July.",
            [("the night before the Fourth of July", "2042-07-03TNI")],
        ),
        # no day to count from: the night before something else stays anaphoric
        ("He left town the night before the vote.", [("the night before", None)]),
    ],
)
def test_the_night_before_a_holiday_is_that_night(text: str, expected: list) -> None:
    assert _times(text, _WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("next Thursday", date(2042, 3, 5), "2042-03-13"),  # a Wednesday: not tomorrow
        ("next Monday", date(2042, 3, 9), "2042-03-10"),  # a Sunday: next week's Monday
        ("next Friday", date(2042, 3, 7), "2042-03-14"),  # a Friday: a week on
        ("this Thursday", date(2042, 3, 5), "2042-03-06"),
    ],
)
def test_next_weekday_is_next_weeks(text: str, reference: date, expected: str) -> None:
    got = normalise(text, reference, "future")
    assert got is not None and got.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The book fair opened over the weekend and continues through Sunday.", "2042-03-16"),
        ("The bridge is closed until Sunday, the county said.", "2042-03-16"),
        ("The book fair ran through Sunday.", "2042-03-09"),
    ],
)
def test_until_a_day_in_a_present_clause_lies_ahead(text: str, expected: str) -> None:
    (found,) = [value for t, value in _times(text, "2042-03-10") if "Sunday" in t]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge stays closed until Sunday, the county said.", "2042-03-16"),
        ("The bridge was closed until Sunday.", "2042-03-09"),
    ],
)
def test_a_participle_completing_a_verb_takes_its_tense(text: str, expected: str) -> None:
    assert _times(text, "2042-03-10") == [("until Sunday", expected)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # what a vote decides lies ahead of the vote
        (
            "The council voted Monday night to raise water rates starting April 1.",
            "2042-02-26",
            [("Monday night", "2042-02-24TNI"), ("April 1", "2042-04-01")],
        ),
        ("The council voted on April 1 to raise rates.", "2042-05-26", [("April 1", "2042-04-01")]),
        # a reported clause's head the parser tags as a plural noun is its present verb
        (
            "The county fair returns in mid-July, organizers said.",
            "2042-05-18",
            [("mid-July", "2042-07")],
        ),
        # after "over", "the weekend" is that phrase's time; "after a fight" is no anchor
        (
            "Three people were arrested over the weekend after a fight at the fair.",
            "2042-03-10",
            [("the weekend", "2042-W10-WE")],
        ),
    ],
)
def test_times_in_reported_and_decided_clauses(text: str, reference: str, expected: list) -> None:
    assert _times(text, reference) == expected
