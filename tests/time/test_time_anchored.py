"""In context: the constructions blind table 3 found missing (anchored days, zoned clocks,
bare weekday ranges, "within", "the eve of") and errors read in PolNeAR train articles, on short
synthetic news sentences."""

from __future__ import annotations

import pytest

from dateline import extract


def _times(text: str, published: str = "2017-05-10") -> list[tuple[str, str | None, str | None]]:
    record = extract(text, published=published, stages=["times"])
    return [(t.text, t.value, t.mod) for t in record.times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters go to the polls on the first Tuesday in June.",
            [("the first Tuesday in June", "2017-06-06", None)],
        ),
        ("The envoy will arrive on the 22nd.", [("the 22nd", "2017-05-22", None)]),
        ("The curfew ends at 0500 GMT.", [("0500 GMT", "2017-05-10T05:00", None)]),
        (
            "The launch is set for 1745 UTC on Friday.",
            [("1745 UTC on Friday", "2017-05-12T17:45", None)],
        ),
        ("Stores reopened the day after Easter.", [("the day after Easter", "2017-04-17", None)]),
        (
            "Rebels attacked on the eve of the referendum.",
            [("the eve of the referendum", None, None)],
        ),
        ("The strike ran Monday through Wednesday.", [("Monday through Wednesday", "P3D", None)]),
        ("Officials must act within 30 days.", [("within 30 days", "P30D", "EQUAL_OR_LESS")]),
        (
            "The town has doubled since the turn of the century.",
            [("since the turn of the century", "2000", "APPROX")],
        ),
        ("He left the day after.", [("the day after", None, None)]),
        # Read in PolNeAR train articles: a directive verb looks ahead; a past weekend is gone.
        ("The mayor urged residents to vote Tuesday.", [("Tuesday", "2017-05-16", None)]),
        ("Police asked drivers to stay home on Friday.", [("Friday", "2017-05-12", None)]),
        ("Rebels seized two towns this weekend.", [("this weekend", "2017-W18-WE", None)]),
        ("Critics said a pact signed in March could fail.", [("March", "2017-03", None)]),
        ("He campaigns there ahead of Friday's vote.", [("Friday", "2017-05-12", None)]),
        ("Aides said of Monday's speech that it went well.", [("Monday", "2017-05-08", None)]),
        ("He was set to meet the envoy on Tuesday.", [("Tuesday", "2017-05-09", None)]),
        ("Turnout rose ahead of the December election.", [("December", "2017-12", None)]),
        ("The plant will reopen in a year.", [("in a year", "2018", None)]),
        ("He runs the party in a year that favours it.", [("a year", "P1Y", None)]),
        # A clause describing the expression gives its tense.
        (
            "Support is up from January, when 40 percent backed him.",
            [("January", "2017-01", None)],
        ),
        (
            "The win caps a revival after the winter marked by losses.",
            [("after the winter", "2016-WI", "AFTER")],
        ),
    ],
)
def test_anchored_expressions_in_context(text: str, expected: list) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He finished on the 3rd floor of the building.",
        "The 15th amendment was ratified.",
        "The bus number 2100 left early.",
        "Watch the clip from the 3:15 mark.",
    ],
)
def test_ordinals_and_numbers_are_not_times(text: str) -> None:
    assert _times(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A neighbouring year without a fifth Sunday in October (2018) must not sink 2017's.
        (
            "Mass is said on the fifth Sunday in October.",
            [("the fifth Sunday in October", "2017-10-29", None)],
        ),
        (
            "The town was founded at the turn of the 3rd millennium.",
            [("the turn of the 3rd millennium", "2000", "APPROX")],
        ),
        (
            "The town was founded at the turn of the twenty-first century.",
            [("the turn of the twenty-first century", "2000", "APPROX")],
        ),
    ],
)
def test_review_fixes_for_anchored_rules(text: str, expected: list) -> None:
    assert _times(text) == expected
