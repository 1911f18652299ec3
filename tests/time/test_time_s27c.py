"""Twenty-seventh-session third times round (blind table 17): a weekday inside a quoted title of
several capitalised words is part of that title, not a date, unless someone says the quote (quoted
named days keep their own rules); and a clock time joined on after a day keeps the dot that
closes its abbreviation ("Sunday at 8 p.m. behind closed doors") while a sentence's full stop
after a word stays out ("two weeks ago.")."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_REF = "2033-05-18"  # a Wednesday: the coming Friday is 2033-05-20, the past one 2033-05-13


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday inside a quoted, title-cased span is the title's
        (
            'The drama club stages "A Long Wednesday Night" at 7 p.m. Saturday.',
            [("7 p.m. Saturday", "2033-05-21T19:00")],
        ),
        (
            "The quartet closed its set with \u201cSee You Next Sunday\u201d on Friday.",
            [("Friday", "2033-05-13")],
        ),
        ('The radio station played "Ruby Tuesday" twice.', []),
        # a named day in such a title too
        (
            'The cinema screens "The Last Good Friday" this weekend.',
            [("this weekend", "2033-W20-WE")],
        ),
    ],
)
def test_day_in_a_quoted_title_is_no_time(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote someone says keeps its day
        ('"We Vote Friday," the council member said.', [("Friday", "2033-05-20")]),
        # a quote in lower case is no title
        ('He said the ballots "will be counted Friday" by hand.', [("Friday", "2033-05-20")]),
        # a named day in a greeting someone writes is that day (the rule is for weekdays)
        ('"Happy Good Friday to All!" she posted.', None),
        # a quoted day after "called" or "on" is that day
        ('Merchants called it "a Black Friday" of sorts.', [("Black Friday", "2032-11-26")]),
        ("Voters head to the polls on \u201cSuper Tuesday\u201d next year.", None),
    ],
)
def test_quoted_days_that_stay_days(text: str, expected: list | None) -> None:
    found = _times(text, _REF)
    if expected is None:
        assert found and found[0][0] in ("Super Tuesday", "Good Friday")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The derby is Sunday at 8 p.m. behind closed doors.",
            [("Sunday at 8 p.m.", "2033-05-22T20:00")],
        ),
        ("The polls will open Friday at 6 a.m. sharp.", [("Friday at 6 a.m.", "2033-05-20T06:00")]),
        ("The concert starts Friday at 9 p.m.", [("Friday at 9 p.m.", "2033-05-20T21:00")]),
        # a full stop after a plain word is the sentence's, not the expression's
        ("The plant closed two weeks ago.", [("two weeks ago", "2033-W18")]),
        ("The ferry left Friday morning.", [("Friday morning", "2033-05-13TMO")]),
    ],
)
def test_clock_after_a_day_keeps_its_abbreviation_dot(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected
