"""Twenty-first-session third round (times): the finder in its sentence. Every table row that
carries its news sentence is scored on what the finder makes of the whole sentence (as in
``bench/times.py``'s "in context" figure), and short synthetic sentences, written for the fixes,
check each rule: "now", "in Q4", "in H2", "FY26" inside a mistagged name, "the Sixties", "Last
Easter", "the mid-'70s", "the near future", "circa", zones after a clock time, opening hours
"from 9 a.m. to 5 p.m.", "two days after" an event; and names and non-times that must stay no
time ("August Wilson", "the March for Life", "the March 8 movement", "a 2019 Honda Civic",
"his late 70s", "a 24-hour store", "the Class of 2019")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from dateline_helpers import time_values as _times

_PLAIN_SIGNAL = re.compile(r"(?:(?:in|on|at|during|over|for) )?", re.IGNORECASE)


def _rows_with_sentences() -> list:
    """The rows of every table that follow a ``# s:`` sentence (the table loader is the one
    conftest registered)."""
    load_cases = sys.modules["dateline_time_cases"].load_cases
    here = Path(__file__).parent
    tables = sorted(here.glob("cases*.tsv"))
    return [c for table in tables for c in load_cases(table) if c.sentence]


def test_every_table_row_agrees_in_its_sentence() -> None:
    from dateline.config import Settings
    from dateline.nlp import load
    from dateline.time import find_times

    rows = _rows_with_sentences()
    assert len(rows) > 500
    nlp = load(Settings().model)
    wrong = []
    for c, doc in zip(rows, nlp.pipe([c.sentence for c in rows]), strict=True):
        at = c.sentence.lower().find(c.text.lower())
        assert at >= 0, (c.text, c.sentence)
        end = at + len(c.text)
        over = [t for t in find_times(c.sentence, doc, c.reference) if t.start < end and at < t.end]
        if not c.is_time:
            ok = not over
        else:
            at += len(_PLAIN_SIGNAL.match(c.text).group(0))  # type: ignore[union-attr]
            ok = any(t.start <= at and end <= t.end and t.value == c.value for t in over)
        if not ok:
            wrong.append((c.text, c.value, [(t.text, t.value) for t in over]))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "now" and its signals; not the conjunction, "from now on" or a compound adverb
        ("The bridge is now closed to lorries.", "2026-03-02", [("now", "PRESENT_REF")]),
        ("No one has claimed the prize until now.", "2026-03-02", [("until now", "PRESENT_REF")]),
        ("Now that the rain has stopped, crews can work.", "2026-03-02", []),
        ("From now on, visitors must book ahead.", "2026-03-02", []),
        ("The now-empty depot will be sold.", "2026-03-02", []),
        # quarters, halves and fiscal years that spaCy tags as names
        ("The bank expects the merger to close in Q3.", "2026-03-02", [("Q3", "2026-Q3")]),
        ("Sales should recover in H2, the chief said.", "2026-03-02", [("H2", "2026-H2")]),
        ("The brewer cut its FY27 profit outlook.", "2026-03-02", [("FY27", "2027")]),
        ("Engineers are testing H2 production at the plant.", "2026-03-02", []),
        # decades, holidays, the future, "circa"
        ("The novel is set in the Seventies.", "2026-03-02", [("the Seventies", "197")]),
        ("Last Christmas, the shelter was full.", "2026-03-02", [("Last Christmas", "2025-12-25")]),
        ("The club was founded in the mid-'80s.", "2026-03-02", [("the mid-'80s", "198")]),
        ("No new hires are planned in the near future.", "2026-03-02",
         [("the near future", "FUTURE_REF")]),
        ("The chapel was built circa 1850.", "2026-03-02", [("circa 1850", "1850")]),
        ("Demand will peak in the early-to-mid 2030s.", "2026-03-02",
         [("the early-to-mid 2030s", "203")]),
        # a zone after a clock time belongs to the expression
        ("The polls closed at 8 p.m. local time.", "2026-03-02",
         [("8 p.m. local time", "2026-03-02T20:00")]),
        # "the" before a joined expression
        ("Schools reopen on the Tuesday after Easter.", "2026-03-02",
         [("the Tuesday after Easter", "2026-04-07")]),
    ],
)  # fmt: skip
def test_found_in_context(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "August Wilson's plays return to Broadway.",
        "June Carter sang at the fair.",
        "The March for Life drew thousands.",
        "Organisers of the March on Washington met police.",
        "He is a veteran of the March 8 movement.",
        "The 9/11 commission issued its report.",
        "Police are looking for a 2019 Honda Civic.",
        "He drove a 2008 Toyota Camry to work.",
        "A woman in her late 60s was treated at the scene.",
        "Both founders are in their 40s.",
        "A 24-hour pharmacy was robbed.",
        "Members of the Class of 2010 gathered.",
    ],
)
def test_names_and_non_times_stay_no_time(text: str) -> None:
    assert _times(text, "2026-03-02") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that opens a clause before a capitalised subject is still the month
        ("In March Congress passed the bill.", [("March", "2026-03")]),
        # a year that dates a common noun stays ("a 2014 study", "a 2008 Clinton aide")
        ("He cited a 2019 Supreme Court ruling.", [("2019", "2019")]),
        ("A 2008 Clinton aide spoke first.", [("2008", "2008")]),
        # a decade that is not someone's age
        ("Prices last rose this fast in the late 70s.", [("the late 70s", "197")]),
        # "24-hour" that measures an event
        ("Workers began a 24-hour strike.", [("24-hour", "PT24H")]),
        # "the Sept. 11 attacks" is still dated
        ("The Sept. 11 attacks changed air travel.", [("Sept. 11", "2001-09-11")]),
    ],
)
def test_near_misses_keep_their_times(text: str, expected: list) -> None:
    assert _times(text, "2026-03-02") == expected


def test_opening_hours_are_one_duration() -> None:
    assert _times("The library is open from 10 a.m. to 6 p.m.", "2026-03-02") == [
        ("from 10 a.m. to 6 p.m.", "PT8H")
    ]


def test_clock_range_on_a_named_day_keeps_its_times() -> None:
    assert _times("The hearing runs March 9 from 2 p.m. to 4 p.m.", "2026-03-02") == [
        ("March 9", "2026-03-09"),
        ("2 p.m.", "2026-03-09T14:00"),
        ("4 p.m.", "2026-03-09T16:00"),
    ]


def test_a_count_before_an_undated_event_is_anaphoric() -> None:
    assert _times("The strike ended three days after the vote.", "2026-03-02") == [
        ("three days after", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks lasted for two days after the vote.", [("two days", "P2D")]),
        ("Voters had the final six weeks before the poll to decide.", [("six weeks", "P6W")]),
    ],
)
def test_a_stretch_before_an_event_stays_a_duration(text: str, expected: list) -> None:
    assert _times(text, "2026-03-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present passive schedule puts its weekday ahead (published on a Thursday)
        ("The vote is scheduled for Tuesday.", [("Tuesday", "2026-03-10")]),
        ("A walkout is planned on Monday.", [("Monday", "2026-03-09")]),
        # a present state keeps the nearest weekday
        ("The office is closed on Monday.", [("Monday", "2026-03-02")]),
    ],
)
def test_scheduled_passive_looks_ahead(text: str, expected: list) -> None:
    assert _times(text, "2026-03-05") == expected
