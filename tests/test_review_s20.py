"""Twentieth-session review: the faults found in the round's time and event-time rules, each on
short synthetic phrases and sentences written for the fix."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import dated_analysis, token_named

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events import timing
from dateline.time import normalise
from dateline.time._find import candidates
from dateline.time._rules_dates import _easter


def _read(text: str, reference: str, tense: str | None = None):
    found = normalise(text, date.fromisoformat(reference), tense)
    assert found is not None
    return found


def test_easter_agrees_with_dateutil_for_three_centuries() -> None:
    easter = pytest.importorskip("dateutil.easter").easter  # dateparser's own dependency
    assert [y for y in range(1900, 2201) if _easter(y) != easter(y)] == []


@pytest.mark.parametrize(
    ("text", "value", "first", "last"),
    [
        ("the year to March", "P1Y", "2023-04-01", "2024-03-31"),  # no number: one year
        ("the two years to 2024", "P2Y", "2023-01-01", "2024-12-31"),  # was 2022-02-01
        ("the three months to Sept. 30", "P3M", "2024-07-01", "2024-09-30"),
        ("the three months to September", "P3M", "2024-07-01", "2024-09-30"),
    ],
)
def test_a_span_ends_with_its_anchor_whatever_the_anchors_grain(
    text: str, value: str, first: str, last: str
) -> None:
    found = _read(text, "2024-10-05")
    assert (found.value, found.start_date, found.end_date) == (value, first, last)


@pytest.mark.parametrize("text", ["the 0 months to March", "the three months to 2024"])
def test_an_empty_span_or_months_to_a_year_is_no_span(text: str) -> None:
    assert normalise(text, date(2024, 10, 5)) is None


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("FY99", "1998-03-01", "1999"),
        ("FY99", "2024-03-01", "1999"),
        ("FY26", "2024-03-01", "2026"),
    ],
)
def test_a_two_digit_fiscal_year_is_the_one_nearest_the_story(
    text: str, reference: str, value: str
) -> None:
    assert _read(text, reference).value == value


def test_next_super_tuesday_just_after_one_is_four_years_on() -> None:
    assert _read("next Super Tuesday", "2024-03-10").value == "2028-03-07"
    assert _read("Super Tuesday", "2024-03-10", "future").value == "2028-03-07"


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value"),
    [
        # the Friday after Thanksgiving, in the past tense: last year's Monday, not next week's
        ("the Monday after Thanksgiving", "2024-11-29", "past", "2023-11-27"),
        ("the Monday after Thanksgiving", "2024-11-29", "future", "2024-12-02"),
        ("the day after the 15th", "2024-05-15", "past", "2024-04-16"),
        ("a week before Easter", "2024-03-30", "past", "2024-W12"),
        # the week chosen, not its day: the week after Christmas holds New Year's Eve
        ("the week after Christmas", "2024-12-31", "past", "2025-W01"),
    ],
)
def test_a_moved_day_agrees_with_the_tense(
    text: str, reference: str, tense: str, value: str
) -> None:
    assert _read(text, reference, tense).value == value


def test_a_holiday_with_a_curly_apostrophe_is_found() -> None:
    text = "The store will close early on Mother\u2019s Day."
    spans = [text[s:e] for s, e, _ in candidates(text, None)]
    assert "Mother\u2019s Day" in spans


@pytest.fixture(scope="module")
def parse():
    return _nlp.load(Settings().model)


def _event_time(parse, text: str, word: str):
    analysis = dated_analysis(parse, text, date(2016, 1, 20))
    trigger = token_named(analysis, word)
    return timing.time_for(analysis, trigger.sent, trigger)


def test_the_verbs_own_time_beats_one_inside_its_objects_phrase(parse) -> None:
    found = _event_time(
        parse, "The senator criticised the 1994 crime bill on Monday.", "criticised"
    )
    assert found is not None and found.text == "Monday"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Iran violated the 2015 nuclear deal, inspectors said.", "violated"),
        ("Rebels rejected the 2002 ceasefire.", "rejected"),
        ("Lawmakers condemned the 2019 coup.", "condemned"),
    ],
)
def test_the_year_of_an_object_acted_on_is_not_the_events(parse, text: str, word: str) -> None:
    assert _event_time(parse, text, word) is None


def test_the_year_of_an_occasion_taken_part_in_is_the_events(parse) -> None:
    found = _event_time(parse, "The mayor boycotted the 2014 summit in Geneva.", "boycotted")
    assert found is not None and found.value == "2014"


def test_a_split_winter_wants_the_following_year() -> None:
    assert _read("the winter of 2025-2026", "2024-01-01").value == "2025-WI"
    assert normalise("the winter of 2025-2126", date(2024, 1, 1)) is None


def test_in_thousands_of_decades_is_no_date_and_no_error() -> None:
    from dateline.time._stage import find_times

    times = find_times("in 2014 decade", None, date(2000, 1, 1))
    assert all(t.start_date is None for t in times)
