"""Twenty-third session, second times round. Short synthetic sentences check each rule: a
schedule's simple present with a weekday ("the Rangers play Tuesday", "the pool reopens
Monday", "the fair kicks off Friday") written on a Thursday or a Saturday is the coming day,
also where the parse reads "host" as a noun; a weekday beginning a name ("the Saturday Market",
"Friday Night Lights") is no time; "the fiscal year ended Sept. 30" as a clause is the date;
and a record's "in two decades" keeps its span before "earlier this week". Near misses stay as
they were (a headline's historic present, a weekday before a subject or a title, "Friday
night" and "Saturday Morning," as times, the noun phrase "in the year ended March 31",
"two years later" with no record)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

THURSDAY, SATURDAY = "2031-04-10", "2031-04-12"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a schedule verb's simple present: the coming weekday, not the one just gone
        ("The Rangers play Tuesday at Central Stadium.", THURSDAY, [("Tuesday", "2031-04-15")]),
        (
            "The municipal pool returns to full hours on Monday.",
            THURSDAY,
            [("Monday", "2031-04-14")],
        ),
        ("The county fair kicks off Friday with a parade.", SATURDAY, [("Friday", "2031-04-18")]),
        ("The Owls take on Westfield on Tuesday.", THURSDAY, [("Tuesday", "2031-04-15")]),
        ("The Owls face Westfield on Tuesday.", THURSDAY, [("Tuesday", "2031-04-15")]),
        ("The Pirates host Riverside on Tuesday.", THURSDAY, [("Tuesday", "2031-04-15")]),
        ("The museum closes Friday for renovations.", SATURDAY, [("Friday", "2031-04-18")]),
        # a weekday beginning a name is no time
        ("Farmers sell honey at the Saturday Market near the old depot.", SATURDAY, []),
        (
            "She has been a member of the Tuesday Club since 2019.",
            SATURDAY,
            [("since 2019", "2019")],
        ),
        ("Friday Night Lights was filmed in a small Texas town.", SATURDAY, []),
        ("Viewers tuned in to Friday Night Blitz on the local channel.", SATURDAY, []),
        # "ended" as the clause's verb: the date is the expression
        (
            "The city's fiscal year ended Sept. 30 with a small surplus.",
            "2030-11-05",
            [("Sept. 30", "2030-09-30")],
        ),
        ("The quarter ended June 30 with a loss.", "2030-11-05", [("June 30", "2030-06-30")]),
        # a record over a span, then the date it was set
        (
            "Prices hit their highest level in two decades earlier this week.",
            SATURDAY,
            [("two decades", "P2DE"), ("earlier this week", "2031-W15")],
        ),
        (
            "The index fell to its lowest point in three years earlier Tuesday.",
            SATURDAY,
            [("three years", "P3Y"), ("earlier Tuesday", "2031-04-08")],
        ),
    ],
)
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a headline's historic present keeps the nearest day
        ("Governor signs budget Monday", THURSDAY, [("Monday", "2031-04-07")]),
        # a weekday before a subject or a title is a date
        (
            "Officials said Tuesday President Lee had resigned.",
            THURSDAY,
            [("Tuesday", "2031-04-08")],
        ),
        ("The game on Friday night was close.", SATURDAY, [("Friday night", "2031-04-11TNI")]),
        (
            "Saturday Morning, the crowds gathered early.",
            SATURDAY,
            [("Saturday Morning", "2031-04-12TMO")],
        ),
        ("Senate Votes Tuesday On Water Bill", THURSDAY, [("Tuesday", "2031-04-08")]),
        # the noun phrase keeps its period
        (
            "Profit fell 12% in the year ended March 31.",
            "2030-11-05",
            [("the year ended March 31", "P1Y")],
        ),
        (
            "Results for the quarter ended Sept. 30 were strong.",
            "2030-11-05",
            [("the quarter ended Sept. 30", "2030-Q3")],
        ),
        # no record: "two years later" is a date
        (
            "He moved to Ohio in 2010 and left two years later.",
            SATURDAY,
            [("2010", "2010"), ("two years later", "2012")],
        ),
    ],
)
def test_near_misses_unchanged(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Sunday Bazaar on Mill Street reopens for the season in April.", "Sunday"),
        ("A Thursday Club member said the dues would rise.", "Thursday"),
    ],
)
def test_a_weekday_after_a_determiner_begins_the_subjects_name(text: str, day: str) -> None:
    assert all(day not in found for found, _ in _times(text, "2030-03-02"))


def test_a_weekday_before_a_subject_after_a_verb_stays_a_date() -> None:
    found = _times("Officials said Monday Congress would vote on the plan.", "2030-03-06")
    assert "Monday" in [text for text, _ in found]


def test_a_fixture_after_a_bracketed_record_reads_ahead() -> None:
    found = _times("The Rams (12-3) host Belmont on Thursday in the semifinal.", "2030-03-02")
    assert found == [("Thursday", "2030-03-07")]
