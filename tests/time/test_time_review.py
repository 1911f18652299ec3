"""Review of the fourteenth QA round's time rules: a day word after "a <noun>" keeps its date,
"9/11" after a quoted sentence opener is the day, not a title, and a weekday on a passive
subject ("the summit on Monday will be held") is the one ahead."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A noun between the article and the day word: the day word dates the clause.
        (
            "The ministry issued a statement today on the talks.",
            "2019-03-14",
            [("today", "2019-03-14")],
        ),
        (
            "The council held a meeting yesterday and approved the budget.",
            "2019-03-14",
            [("yesterday", "2019-03-13")],
        ),
        ("Lawmakers will hold a vote tomorrow.", "2019-03-14", [("tomorrow", "2019-03-15")]),
        # An adjective between them: the day word is still a noun.
        (
            "Voters want a better tomorrow, she said on Tuesday.",
            "2019-03-14",
            [("Tuesday", "2019-03-12")],
        ),
        # A quoted sentence opening with a preposition: "9/11" is the day.
        (
            '"After 9/11, everything changed," the senator said.',
            "2019-03-14",
            [("After 9/11", "2001-09-11")],
        ),
        ("The director of Fahrenheit 9/11 spoke in 2005.", "2019-03-14", [("2005", "2005")]),
        # A weekday on a passive subject dates the event ahead, not the nearest day.
        (
            "The summit on Monday will be held in Paris.",
            "2019-03-13",
            [("Monday", "2019-03-18")],
        ),
        (
            "Her victories on Tuesday will accelerate the race.",
            "2019-03-14",
            [("Tuesday", "2019-03-12")],
        ),
    ],
)
def test_review_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected
