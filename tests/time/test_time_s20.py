"""Twentieth-session round (times): the gaps blind table 5 found (holidays counted from Easter
and US Monday holidays, "last Easter", a holiday's weekend, anchors whose year follows the moved
day, fiscal "FY26", "so far this year", "the three months to September", "a quarter century",
"this coming spring", "the winter of 2025-26", "the new year", school terms, "mid-to-late", US
zone words, clock ranges) and a comment clause of saying as no event time; short synthetic
sentences with reference dates, written for the fixes."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline import extract
from dateline.records import Record
from dateline.time import normalise


@pytest.mark.parametrize(
    ("text", "reference", "tense", "value"),
    [
        ("Palm Sunday", "2027-03-01", "future", "2027-03-21"),
        ("Ash Wednesday", "2027-01-04", "future", "2027-02-10"),
        ("Pentecost", "2026-04-01", "future", "2026-05-24"),
        ("Presidents Day", "2027-01-04", "future", "2027-02-15"),
        ("Mother's Day", "2026-04-01", "future", "2026-05-10"),
        ("Juneteenth", "2026-07-01", "past", "2026-06-19"),
        ("next Thanksgiving", "2026-12-01", None, "2027-11-25"),
        ("this Christmas", "2026-03-01", None, "2026-12-25"),
        ("Labor Day weekend", "2026-10-01", "past", "2026-W36-WE"),
        ("Christmas weekend", "2027-01-05", "past", "2026-W52-WE"),
        ("two weeks before Easter", "2026-04-01", "past", "2026-W12"),
        ("the Friday after Thanksgiving", "2026-11-27", "present", "2026-11-27"),
        ("the Sunday before Christmas", "2026-12-28", "past", "2026-12-20"),
        ("the eve of Easter", "2026-04-03", "future", "2026-04-04"),
        ("FY27", "2026-05-01", "future", "2027"),
        ("fiscal '25", "2026-05-01", "past", "2025"),
        ("a quarter of a century", "2026-05-01", "past", "P25Y"),
        ("this coming winter", "2026-10-01", "future", "2026-WI"),
        ("the winter of 2026/27", "2026-10-01", "future", "2026-WI"),
        ("the new year", "2026-02-10", "past", "2026"),
        ("the new year", "2026-11-10", "future", "2027"),
        ("at 4:30 p.m. Central time", "2026-05-01", "past", "2026-05-01T16:30"),
        ("8 a.m. Mountain Standard Time", "2026-05-01", "future", "2026-05-01T08:00"),
    ],
)
def test_new_values(text: str, reference: str, tense: str | None, value: str) -> None:
    got = normalise(text, date.fromisoformat(reference), tense)
    assert got is not None and got.value == value


def test_offset_picks_the_anchor_year_by_the_moved_day() -> None:
    """Two days before Christmas, said on Christmas Eve in a past clause: this Christmas."""
    got = normalise("two days before Christmas", date(2026, 12, 24), "past")
    assert got is not None and got.value == "2026-12-23"


def test_so_far_and_months_to_keep_their_intervals() -> None:
    so_far = normalise("so far this month", date(2026, 5, 20), "past")
    assert so_far is not None and (so_far.value, so_far.start_date, so_far.end_date) == (
        "2026-05",
        "2026-05-01",
        "2026-05-20",
    )
    spell = normalise("the six months to June", date(2026, 8, 1), "past")
    assert spell is not None and (spell.value, spell.start_date, spell.end_date) == (
        "P6M",
        "2026-01-01",
        "2026-06-30",
    )
    year = normalise("the 12 months ended March", date(2026, 8, 1), "past")
    assert year is not None and (year.value, year.start_date) == ("P12M", "2025-04-01")


def test_part_spans_take_the_last_part_from_the_first_start() -> None:
    got = normalise("early-to-mid 2027", date(2026, 5, 1), "future")
    assert got is not None and (got.value, got.mod, got.start_date, got.end_date) == (
        "2027",
        "MID",
        "2027-01-01",
        "2027-08-31",
    )


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("between 10 a.m. and 2 p.m.", "PT4H", "2026-05-01"),
        ("from 6:30 p.m. to 8 p.m.", "PT1H30M", "2026-05-01"),
        ("from 11 p.m. to 3 a.m.", "PT4H", "2026-05-02"),
    ],
)
def test_clock_range_is_one_duration(text: str, value: str, end: str) -> None:
    got = normalise(text, date(2026, 5, 1), "future")
    assert got is not None and (got.value, got.kind, got.end_date) == (value, "duration", end)


@pytest.mark.parametrize(
    "text", ["the fall semester", "this spring term", "the lame-duck session", "Winter Park"]
)
def test_terms_and_sessions_have_no_value(text: str) -> None:
    got = normalise(text, date(2026, 5, 1), "future")
    assert got is None or got.value is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Markets were shut on Good Friday. They will reopen on Easter Monday.",
            "2026-04-04",
            [("Good Friday", "2026-04-03"), ("Easter Monday", "2026-04-06")],
        ),
        (
            "The parade is set for Martin Luther King Jr. Day.",
            "2027-01-04",
            [("Martin Luther King Jr. Day", "2027-01-18")],
        ),
        (
            "Shoppers packed the malls over Thanksgiving weekend.",
            "2026-12-02",
            [("Thanksgiving weekend", "2026-W48-WE")],
        ),
        ("Profit has doubled so far this year.", "2026-09-01", [("so far this year", "2026")]),
        ("Spending in FY27 will rise.", "2026-09-01", [("FY27", "2027")]),
        ("Sales fell in FY2025 as costs rose.", "2026-09-01", [("FY2025", "2025")]),
        (
            "The county fair runs Aug. 8 from 10 a.m. to 6 p.m. at the old airfield.",
            "2026-07-20",
            [
                ("Aug. 8", "2026-08-08"),
                ("10 a.m.", "2026-08-08T10:00"),
                ("6 p.m.", "2026-08-08T18:00"),
            ],
        ),
    ],
)
def test_stage_finds_the_new_kinds(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army -- as the ministry noted on Tuesday -- deployed troops to the border.",
        "The army deployed troops to the border, as officials said on Tuesday.",
    ],
)
def test_comment_clause_of_saying_does_not_date_the_event(text: str) -> None:
    rec = extract(text, published="2026-05-08")
    assert isinstance(rec, Record), rec
    deploy = [e for e in rec.events if text[e.trigger.start : e.trigger.end] == "deployed"]
    assert deploy and deploy[0].time is None


def test_simultaneous_clause_still_dates_the_event() -> None:
    text = "The army deployed troops to the border as the talks collapsed on Tuesday."
    rec = extract(text, published="2026-05-08")
    assert isinstance(rec, Record), rec
    deploy = [e for e in rec.events if text[e.trigger.start : e.trigger.end] == "deployed"]
    assert deploy and deploy[0].time is not None and deploy[0].time.value == "2026-05-05"
