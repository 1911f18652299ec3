"""The times stage on short synthetic news sentences: spans, tense and signals in context."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import time_values as _times

from dateline import extract
from dateline.config import Settings
from dateline.ingest import Article
from dateline.nlp import load
from dateline.pipeline import Analysis
from dateline.time import run, time_for_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drills began in September.", [("September", "2016-09")]),
        ("The ministers will meet again in September.", [("September", "2017-09")]),
        ("Exercises by Russia and Belarus kick off in September.", [("September", "2017-09")]),
        # A present-tense report of something done: the month is not pushed into the future.
        ("Ankara accuses him of staging a failed coup in March.", [("March", "2017-03")]),
        ("Ankara accuses him of staging a failed coup in January.", [("January", "2017-01")]),
        ("He is visiting Vilnius in July.", [("July", "2017-07")]),
        ("Troops have been stationed there since early 2014.", [("since early 2014", "2014")]),
        ("Spending will increase to two billion dollars by 2020.", [("by 2020", "2020")]),
        ("Talks held over the weekend ended without a deal.", [("the weekend", "2017-W18-WE")]),
        ("He will visit Poland on Friday.", [("Friday", "2017-05-12")]),
        ("He visited Poland on Friday.", [("Friday", "2017-05-05")]),
        ("Protesters gathered at 10 a.m. Monday.", [("10 a.m. Monday", "2017-05-08T10:00")]),
        ("The deal expires in late 2019.", [("late 2019", "2019")]),
        ("The unit trains there every summer.", [("every summer", "XXXX-SU")]),
        ("The mission lasted for three months.", [("three months", "P3M")]),
        ("Prices rose in the third quarter of 2016.", [("the third quarter of 2016", "2016-Q3")]),
        ("Output fell between 2003 and 2007, the report said.", [("between 2003 and 2007", "P5Y")]),
        ("The survey ran from January to April.", [("from January to April", "P4M")]),
        ("Gunmen attacked a checkpoint overnight.", [("overnight", "2017-05-09TNI")]),
        ("Travellers booked an overnight stay.", []),
        ("Buses run every evening.", [("every evening", "XXXX-XX-XXTEV")]),
        ("The house was built in the 1700s.", [("the 1700s", "17")]),
        (
            "Officials said two days ago the plan starts tomorrow.",
            [("two days ago", "2017-05-08"), ("tomorrow", "2017-05-11")],
        ),
    ],
)
def test_expressions_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


def test_names_and_compounds_are_not_times() -> None:
    text = "A USA Today poll and Russia Today said workers earn $12-an-hour on Easter Island."
    assert _times(text) == []


def test_spans_follow_the_expression_not_the_neighbours() -> None:
    text = "After Monday's debate, he recalled June 16th of last year and the 2012 election."
    assert _times(text, "2016-09-30") == [
        ("Monday", "2016-09-26"),
        ("June 16th of last year", "2015-06-16"),
        ("2012", "2012"),
    ]


def test_ages_and_counts_are_not_times() -> None:
    text = "As many as 100,000 troops and a 49-year-old general took part."
    assert _times(text) == []


def test_ordinal_second_is_not_a_duration() -> None:
    text = "A second-generation grocer wants a second look. The blast lasted a second."
    assert _times(text) == [("a second", "PT1S")]


def test_no_reference_date_keeps_only_absolute_values() -> None:
    got = dict(_times("The plan, drafted in 2016, takes effect in July.", published=None))
    assert got == {"2016": "2016", "July": None}


def test_offsets_index_the_text() -> None:
    text = "Russia deployed missiles last year, officials said on Monday."
    record = extract(text, published="2017-05-10", stages=["times"])
    assert [text[t.start : t.end] for t in record.times] == [t.text for t in record.times]


def _analysis(text: str) -> Analysis:
    settings = Settings()
    a = Analysis(article=Article(id="t", text=text), settings=settings, text=text)
    a.published = date(2017, 5, 10)
    a.doc = load(settings.model)(text)
    run(a)
    return a


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russia deployed missiles last year, officials said on Monday.", "deployed", "last year"),
        ("Russia deployed missiles last year, officials said on Monday.", "said", "Monday"),
        ("On Monday, officials said Russia had deployed missiles last year.", "said", "Monday"),
        (
            "On Monday, officials said Russia had deployed missiles last year.",
            "deployed",
            "last year",
        ),
        ("The minister, who visited Kyiv in March, met Putin on Tuesday.", "met", "Tuesday"),
        ("The minister, who visited Kyiv in March, met Putin on Tuesday.", "visited", "March"),
        (
            "In 2016 the country spent $1.5 billion, a figure that will increase to $2 billion by "
            "2020.",
            "increase",
            "by 2020",
        ),
        ("The protest ended peacefully.", "ended", None),
    ],
)
def test_time_for_span_follows_the_predicate(text: str, trigger: str, expected: str) -> None:
    a = _analysis(text)
    i = text.index(trigger)
    got = time_for_span(a, i, i + len(trigger))
    assert (got.text if got else None) == expected


def test_stage_survives_odd_input() -> None:
    for text in ["...", "2017", "\u2014 \u2014", "by by by since", "Q9 2016 mid- late-"]:
        a = _analysis(text)
        assert all(0 <= t.start < t.end <= len(text) for t in a.times)
        time_for_span(a, 0, len(text))
