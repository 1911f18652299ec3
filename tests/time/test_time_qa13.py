"""Thirteenth-session QA round: general causes found reading PolNeAR train articles, each
checked on short synthetic sentences (reference dates given per case)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A typographic apostrophe in "he\u2019ll" is still a future auxiliary.
        (
            "Aides doubt whether he\u2019ll quit before Tuesday\u2019s runoff.",
            "2019-06-06",
            [("Tuesday", "2019-06-11")],
        ),
        (
            "Aides doubt whether he'll quit before Tuesday's runoff.",
            "2019-06-06",
            [("Tuesday", "2019-06-11")],
        ),
        # "ahead of" a date in a past clause: ahead of a past moment, so the nearest reading.
        (
            "Ahead of the May 2 vote, the mayor toured the port.",
            "2019-05-09",
            [("May 2", "2019-05-02")],
        ),
        (
            "Ahead of the May 20 vote, the mayor will tour the port.",
            "2019-05-09",
            [("May 20", "2019-05-20")],
        ),
        # A bare month modifying a noun under a future verb is not pushed a year ahead.
        (
            "The firm will publish its April sales figures on Friday.",
            "2019-05-09",
            [("April", "2019-04"), ("Friday", "2019-05-10")],
        ),
        ("The ministers will meet again in April.", "2019-05-09", [("April", "2020-04")]),
        # Decades with an apostrophe, straight or typographic.
        (
            "Prices fell in the 1980\u2019s and again in the 1990's.",
            "2019-05-09",
            [("the 1980\u2019s", "198"), ("the 1990's", "199")],
        ),
        # A named day: "9/11", and its month and day once the article names it.
        ("Security tightened after 9/11.", "2019-05-09", [("after 9/11", "2001-09-11")]),
        (
            "Weeks after the 9/11 attacks she moved. Everything changed after Sept. 11.",
            "2019-05-09",
            [("Weeks", "PXW"), ("9/11", "2001-09-11"), ("after Sept. 11", "2001-09-11")],
        ),
        (
            "He voted for the law after the Sept. 11 attacks.",
            "2019-05-09",
            [("Sept. 11", "2001-09-11")],
        ),
        # Without the name the month and day read by tense as before.
        ("The council meets on Sept. 11.", "2019-05-09", [("Sept. 11", "2019-09-11")]),
        # One attack on a Sept. 11 is another year's ("the Sept. 11 attacks" are 2001's).
        (
            "She was blamed for the Sept. 11 attack on the consulate in Benghazi.",
            "2013-05-01",
            [("Sept. 11", "2012-09-11")],
        ),
    ],
)
def test_qa13_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday inside a day's name is not this week's weekday; a programme is no week.
        (
            "His showing on Super Tuesday hurt him, he said on Tuesday.",
            [("Super Tuesday", "2016-03-01"), ("Tuesday", "2019-05-07")],
        ),
        ("Shops opened early on Black Friday.", [("Black Friday", "2018-11-23")]),
        ("Marchers remembered Bloody Sunday in the city.", []),
        # A day's name heading a noun: the nearest such day, whatever the verb's tense.
        (
            "The campaign bought ads in four Super Tuesday states.",
            [("Super Tuesday", "2020-03-03")],
        ),
        # Super Tuesday comes only in presidential election years: past, the last one.
        ("Super Tuesday brings the parties closer.", [("Super Tuesday", "2020-03-03")]),
        ("She won most states on Super Tuesday.", [("Super Tuesday", "2016-03-01")]),
        ("She told NBC's This Week on Sunday.", [("Sunday", "2019-05-05")]),
        ("This week, she campaigns in Ohio.", [("This week", "2019-W19")]),
    ],
)
def test_qa13_names_that_are_not_times(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, "2019-05-09") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A holiday heading a noun: the nearest one, whatever the verb's tense.
        (
            "A staff Christmas party ended in a brawl early Sunday.",
            "2019-12-15",
            [("Christmas", "2019-12-25"), ("early Sunday", "2019-12-15")],
        ),
        ("He spent Christmas in Ohio.", "2019-12-15", [("Christmas", "2018-12-25")]),
        # "since X" looks back even in a present-tense clause.
        (
            "It is the first such death since September.",
            "2019-12-15",
            [("since September", "2019-09")],
        ),
    ],
)
def test_qa13_modifiers_and_since(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _times(text, published) == expected
