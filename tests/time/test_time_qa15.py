"""Fifteenth-session QA round (times): a year that dates a clause's subject, "let's" proposals,
a participle the tagger reads for a simple past, a Sunday paper's "this week", and a bare month
that extends an earlier date; short synthetic sentences (reference dates given per case)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A year naming the subject dates the subject, not the clause: June is the story's.
        (
            "The 2012 law was repealed in June.",
            "2017-07-27",
            [("2012", "2012"), ("June", "2017-06")],
        ),
        # ... while a year stated in the predicate still dates its month.
        (
            "He remained in the 2008 primary contest until June.",
            "2015-07-27",
            [("2008", "2008"), ("until June", "2008-06")],
        ),
        # "Let's" proposes: the month lies ahead even under a past speech verb.
        (
            'The senator leaned in and boomed: "Let\'s defeat her in November."',
            "2016-07-21",
            [("November", "2016-11")],
        ),
        ('"Let us vote in November," she said.', "2016-07-21", [("November", "2016-11")]),
        ("They let the deadline pass in June.", "2016-07-21", [("June", "2016-06")]),
        # A participle with a subject and no auxiliary is a simple past.
        (
            "Ms. Brainard and Mr. Tarullo - two governors who raised concerns - ultimately "
            "acquiesced in the Fed's December increase.",
            "2016-07-27",
            [("December", "2015-12")],
        ),
        # A Sunday paper's "this week" ahead is the week from tomorrow; behind, the one ending.
        (
            "The exile will extend to this week's party convention.",
            "2016-07-24",
            [("this week", "2016-W30")],
        ),
        ("Markets fell this week.", "2016-07-24", [("this week", "2016-W29")]),
        ("He will speak this week.", "2016-07-26", [("this week", "2016-W30")]),
        # A bare month that extends an earlier date of its sentence lies after it.
        (
            "The campaign vowed Tuesday to stay in the race through the primary on June 7, and "
            "perhaps until the party's convention in July.",
            "2016-04-28",
            [("Tuesday", "2016-04-26"), ("June 7", "2016-06-07"), ("July", "2016-07")],
        ),
        (
            "The strike lasted from June 3 until July.",
            "2016-07-28",
            [("June 3", "2016-06-03"), ("until July", "2016-07")],
        ),
    ],
)
def test_qa15_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected
