"""Sixteenth-session round (times): a record "in 33 years" looks back, and weekdays under a
future clause, a chance to act, a broadcast or schedule participle or a schedule verb's simple
present lie ahead; short synthetic sentences with reference dates."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A superlative or "first" before "in N years": the span looked back over.
        (
            "The jobless rate is now its lowest in 33 years.",
            "2016-06-02",
            [("now", "PRESENT_REF"), ("33 years", "P33Y")],
        ),
        (
            "Unemployment stands at its highest level in a decade.",
            "2016-06-02",
            [("a decade", "P1DE")],
        ),
        ("The talks will resume in two years.", "2016-06-02", [("in two years", "2018")]),
        (
            "He will be the first to arrive in two weeks.",
            "2016-06-02",
            [("in two weeks", "2016-W24")],
        ),
        # A past tag on "cast" in a "when" clause says nothing of its tense (a Friday story).
        (
            "She will clinch the nomination on Tuesday, when voters cast ballots in six states.",
            "2016-06-03",
            [("Tuesday", "2016-06-07")],
        ),
        # A chance to act lies ahead of the clause that has it.
        (
            '"We have a good chance to win it on Tuesday," he said.',
            "2016-06-03",
            [("Tuesday", "2016-06-07")],
        ),
        ("He had a chance to meet her on Tuesday.", "2016-06-03", [("Tuesday", "2016-05-31")]),
        # A broadcast in progress and a schedule point ahead; "aired" is done.
        (
            "In an interview airing Sunday, the senator said he would run.",
            "2016-06-03",
            [("Sunday", "2016-06-05")],
        ),
        (
            "In an interview aired Sunday, the senator said he would run.",
            "2016-06-03",
            [("Sunday", "2016-05-29")],
        ),
        (
            "The match, scheduled for Sunday, was called off.",
            "2016-06-03",
            [("Sunday", "2016-06-05")],
        ),
        # A schedule verb's simple present with a weekday: the coming day (a Friday story); a
        # caption's present and a past verb keep theirs.
        (
            "Wisconsin holds its presidential primary on Tuesday.",
            "2016-04-01",
            [("Tuesday", "2016-04-05")],
        ),
        (
            "Voters stand in front of a polling place in Manchester on Tuesday.",
            "2016-02-12",
            [("Tuesday", "2016-02-09")],
        ),
        ("The state held its primary on Tuesday.", "2016-06-03", [("Tuesday", "2016-05-31")]),
    ],
)
def test_qa16_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected
