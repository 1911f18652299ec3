"""Twenty-first-session round (times): the gaps blind table 6 found (wire copy's abbreviated
weekdays, "the week after next", moves from a named day, counted weekdays and seasons, the n-th
weekday of this or next month, US month/day "3/14", "the early hours of", "decade-long", "an hour
and a half", "three straight weeks", "nightly", "the end of the quarter", a season across two
years); short synthetic sentences with reference dates, written for the fixes, and near-misses
that must stay no time."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value"),
    [
        # abbreviated weekdays, alone, with a part of day and after a clock time
        ("Weds.", "2027-05-20", "past", "2027-05-19"),
        ("Thu. morning", "2026-12-29", "past", "2026-12-24TMO"),
        ("9 a.m. Mon.", "2026-06-13", "future", "2026-06-15T09:00"),
        # a unit two away
        ("the month after next", "2026-11-10", "future", "2027-01"),
        ("the year before last", "2026-05-01", "past", "2024"),
        ("the weekend after next", "2026-06-10", "future", "2026-W26-WE"),
        # moves from a named day: a move in weeks is that week, in days that day
        ("three weeks from today", "2026-06-10", "future", "2026-W27"),
        ("two days from Monday", "2026-06-10", "future", "2026-06-17"),
        ("a week after Monday", "2026-09-30", "future", "2026-W42"),
        # counted weekdays and seasons: the last (next) one is the first counted
        ("three Sundays ago", "2026-06-10", "past", "2026-05-24"),
        ("two Mondays from now", "2026-06-10", "future", "2026-06-22"),
        ("three winters ago", "2027-05-20", "past", "2024-WI"),
        # the n-th weekday of this, last or next month; "the month" moves with the tense
        ("the first Monday of this month", "2026-06-13", "past", "2026-06-01"),
        ("the second Tuesday of last month", "2026-06-13", "past", "2026-05-12"),
        ("the last Monday of the month", "2026-06-03", "past", "2026-05-25"),
        ("the first Friday of the month", "2026-06-13", "future", "2026-07-03"),
        # US month/day, the year by the tense
        ("12/24", "2026-12-01", "future", "2026-12-24"),
        ("11/30", "2026-12-05", "past", "2026-11-30"),
        ("1/4", "2026-12-20", "future", "2027-01-04"),
        # durations written in other ways
        ("year-long", "2026-06-13", "past", "P1Y"),
        ("hour-long", "2026-06-13", "past", "PT1H"),
        ("a year and a half", "2026-06-13", "past", "P1.5Y"),
        ("two hours and a half", "2026-06-13", "past", "PT2.5H"),
        ("five consecutive days", "2026-06-13", "past", "P5D"),
        ("an entire month", "2026-06-13", "past", "P1M"),
        ("two full years", "2026-06-13", "past", "P2Y"),
        # a half counted back in the smaller unit that holds it
        ("a year and a half ago", "2026-06-13", "past", "2024-12"),
        ("two and a half decades ago", "2026-06-13", "past", "2001"),
        # sets
        ("nightly", "2026-06-13", "present", "XXXX-XX-XXTNI"),
    ],
)
def test_new_values(text: str, reference: str, tense: str | None, value: str) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and got.value == value


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value", "mod"),
    [
        ("the small hours of Sunday", "2026-06-10", "past", "2026-06-07", "START"),
        ("the wee hours of Jan. 2", "2026-01-05", "past", "2026-01-02", "START"),
        ("the start of the quarter", "2026-05-10", "past", "2026-Q2", "START"),
        # a deictic part that contradicts the tense moves one unit (as "the end of the month")
        ("the end of the quarter", "2026-04-02", "past", "2026-Q1", "END"),
    ],
)
def test_parts_keep_their_mod(text: str, reference: str, tense: str, value: str, mod: str) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and (got.value, got.mod) == (value, mod)


def test_week_after_next_keeps_its_interval() -> None:
    got = normalise("the week after next", date(2026, 6, 10), "future")
    assert got is not None and (got.value, got.start_date, got.end_date) == (
        "2026-W26",
        "2026-06-22",
        "2026-06-28",
    )


@pytest.mark.parametrize("text", ["the 2024-25 season", "the 2019-20 school year"])
def test_season_across_two_years_has_no_value(text: str) -> None:
    got = normalise(text, date(2026, 5, 1), "past")
    assert got is not None and got.value is None


@pytest.mark.parametrize(
    "text",
    ["24/7", "13/5", "2/30", "the 2019-21 season", "full weeks", "a day and a half ago"],
)
def test_near_misses_get_no_value(text: str) -> None:
    got = normalise(text, date(2026, 5, 1), "past")
    assert got is None or got.value is None or got.kind == "duration"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The council approved the plan Thurs.", "2026-06-13", [("Thurs.", "2026-06-11")]),
        (
            "The band will play at 8 p.m. Sat. in the park.",
            "2026-06-10",
            [("8 p.m. Sat.", "2026-06-13T20:00")],
        ),
        (
            "The ferry resumes service Fri. morning.",
            "2026-06-10",
            [("Fri. morning", "2026-06-12TMO")],
        ),
        (
            "The road reopened three Tuesdays ago.",
            "2026-06-10",
            [("three Tuesdays ago", "2026-05-26")],
        ),
        (
            "The audit is due two weeks from Friday.",
            "2026-06-10",
            [("two weeks from Friday", "2026-W26")],
        ),
        ("Bids open 7/15 at the county building.", "2026-06-10", [("7/15", "2026-07-15")]),
        (
            "A gas leak forced an evacuation in the wee hours of Tuesday.",
            "2026-06-10",
            [("the wee hours of Tuesday", "2026-06-09")],
        ),
        ("The mill ended a century-long run.", "2026-06-10", [("century-long", "P1CE")]),
        ("The hearing ran for a day and a half.", "2026-06-10", [("a day and a half", "P1.5D")]),
        (
            "Rents rose for six consecutive months.",
            "2026-06-10",
            [("six consecutive months", "P6M")],
        ),
        (
            "The co-op sets its prices at the start of the quarter.",
            "2026-06-10",
            [("the start of the quarter", "2026-Q2")],
        ),
        ("Ticket sales fell in the 2024-25 season.", "2026-06-10", [("the 2024-25 season", None)]),
        # anaphoric, as "a day later" is
        ("A full day later, the power came back.", "2026-06-10", [("A full day later", None)]),
    ],
)
def test_stage_finds_the_new_kinds(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stir in 1/2 cup of flour.",
        "The bill needs a 2/3 majority to pass.",
        "She won 3/4 of the vote.",
        "The guard shot 5/12 from the field.",
        "The hotline is open 24/7.",
        "Critics gave the show 4/5 stars.",
        "The dog sat. Then it slept.",
        "The story first ran in The Sun. Other papers followed.",
        "The team won three straight games.",
        "It was a full house and a whole lot of noise.",
    ],
)
def test_near_misses_stay_no_time(text: str) -> None:
    assert _times(text, "2026-06-10") == []
