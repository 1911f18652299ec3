"""Seventeenth-session round (times): a year written before a named day dates it ("the 1988
Super Tuesday"), and "overnight" under a negation is the idiom for "quickly", no night; short
synthetic sentences with reference dates."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Kentucky took part in the 1988 Super Tuesday.",
            "2016-05-18",
            [("the 1988 Super Tuesday", "1988-03-08")],
        ),
        ("Clinton won big on Super Tuesday.", "2016-03-04", [("Super Tuesday", "2016-03-01")]),
        (
            "The 2015 Thanksgiving parade drew crowds.",
            "2016-03-04",
            [("The 2015 Thanksgiving", "2015-11-26")],
        ),
        (
            "Obama won 13 states on Super Tuesday 2008.",
            "2016-03-04",
            [("Super Tuesday 2008", "2008-02-05")],
        ),
    ],
)
def test_year_before_a_named_day(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's not going to happen overnight, she said.",
        "Tensions just don't heal overnight.",
        "Change will never come overnight.",
    ],
)
def test_overnight_under_negation_is_no_time(text: str) -> None:
    assert _times(text, "2016-03-04") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Relief efforts have been limited overnight.", "2016-03-03TNI"),
        ("Rebels shelled the town overnight, officials said.", "2016-03-03TNI"),
    ],
)
def test_overnight_as_a_night_stays(text: str, expected: str) -> None:
    assert _times(text, "2016-03-04") == [("overnight", expected)]


@pytest.mark.parametrize(
    "text",
    [
        'Christie said on ABC\'s "This Week with George Stephanopoulos" that he agreed.',
        "The room had a single bed, an armoire and a night table.",
        "He kept his day job.",
    ],
)
def test_titles_and_things_are_no_times(text: str) -> None:
    assert _times(text, "2016-08-28") == []


def test_this_week_opening_a_sentence_stays() -> None:
    assert _times("This week the Senate is out.", "2016-08-24") == [("This week", "2016-W34")]


def test_weekday_of_an_incident_under_a_future_clause() -> None:
    text = "He said voters will back him because of the slaying in Chicago on Friday."
    assert _times(text, "2016-08-28") == [("Friday", "2016-08-26")]


def test_infinitive_under_determined_lies_ahead() -> None:
    text = (
        "A new drive against it is under way, determined to defeat it before the end of the year."
    )
    assert _times(text, "2016-08-29") == [("before the end of the year", "2016")]


def test_past_end_of_the_year_stays_past() -> None:
    assert _times("He resigned at the end of the year.", "2016-08-29") == [
        ("the end of the year", "2015")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanders addressed a Wednesday night rally in the park.",
            [("Wednesday night", "2016-08-24TNI")],
        ),
        ("Obama ended a three-day trip to Vietnam.", [("three-day", "P3D")]),
    ],
)
def test_day_words_before_nouns_keep_their_times(text: str, expected: list) -> None:
    assert _times(text, "2016-08-28") == expected


def test_clock_times_take_the_day_named_before_them() -> None:
    text = "A second town hall will take place Dec. 14 from 7 p.m. to 8:15 p.m."
    assert _times(text, "2015-11-22") == [
        ("Dec. 14", "2015-12-14"),
        ("7 p.m.", "2015-12-14T19:00"),
        ("8:15 p.m.", "2015-12-14T20:15"),
    ]


def test_clock_time_in_a_later_sentence_keeps_the_reference_day() -> None:
    got = _times("He spoke on Dec. 14. At 7 p.m. the hall closed.", "2015-11-22")
    assert got[-1] == ("7 p.m.", "2015-11-22T19:00")


def test_a_title_case_headline_line_is_no_show_title() -> None:
    """Every word of a headline is capitalised, so "This Week" there is still the week; in a
    sentence-case line the capitalised phrase is a programme's name."""
    from dateline.time._find import _show_title

    head = "Senate Will Vote On Health Bill This Week"
    body = 'Stephanopoulos asked him on ABC\'s "This Week" whether he would run.'
    assert not _show_title(head, head.index("This"), len(head))
    at = body.index("This")
    assert _show_title(body, at, at + len("This Week"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police tried to call him Monday, but he did not answer.", ("Monday", "2017-05-08")),
        ("Officials rushed to reopen the bridge on Tuesday.", ("Tuesday", "2017-05-09")),
        ("Officials will try to reopen the bridge on Tuesday.", ("Tuesday", "2017-05-16")),
    ],
)
def test_an_effort_dates_its_own_tense(text: str, want: tuple[str, str]) -> None:
    """What one tried or rushed to do happened while trying: a past effort is the past day."""
    assert want in _times(text)
