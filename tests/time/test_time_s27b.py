"""Twenty-seventh-session times round (blind table 16): a how-often adverb after its verb's
object ("serves meals daily") is a set even where spaCy's entities miss it, while the adjective
("a weekly column") is left to them; a forecast or prediction looks ahead like an expectation
("temperatures are forecast to climb on Tuesday" is the coming Tuesday)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_REF = "2031-06-12"  # a Thursday: the last Tuesday is 2031-06-10, the coming one 2031-06-17


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery sells about 400 loaves daily.", [("daily", "P1D")]),
        ("The ferry crosses the lake twice nightly.", [("nightly", "XXXX-XX-XXTNI")]),
        ("The board reviews its budget quarterly.", [("quarterly", "P3M")]),
        ("The volunteers deliver groceries weekly to older residents.", [("weekly", "P1W")]),
    ],
)
def test_frequency_adverb_after_object(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


def test_frequency_adjective_not_doubled() -> None:
    found = _times("She writes a weekly column for the town paper.", _REF)
    assert [t for t, _ in found].count("weekly") <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures are forecast to climb on Tuesday.", [("Tuesday", "2031-06-17")]),
        ("Snow is predicted to fall on Tuesday.", [("Tuesday", "2031-06-17")]),
        ("Crowds are anticipated to gather on Tuesday.", [("Tuesday", "2031-06-17")]),
        # the forecast itself, made in the past, stays behind
        ("Forecasters predicted rain on Tuesday.", [("Tuesday", "2031-06-10")]),
    ],
)
def test_forecast_looks_ahead(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recycling pickup moves to Tuesday next week.", [("Tuesday next week", "2031-06-17")]),
        ("The hearing was held on Monday last week.", [("Monday last week", "2031-06-02")]),
        ("The council votes on Friday of next week.", [("Friday of next week", "2031-06-20")]),
    ],
)
def test_weekday_of_named_week(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective set off after the subject (tagged a bare verb, or holding the subject
        # in the parse), or a relative clause there, leaves the predicate after the second
        # comma to govern the weekday: a fixture, so the coming one
        (
            "The Rams, unbeaten this season, visit Eastwood on Friday.",
            [("this season", None), ("Friday", "2031-06-13")],
        ),
        (
            "The Owls, winless this season, host Central on Saturday.",
            [("this season", None), ("Saturday", "2031-06-14")],
        ),
        (
            "The Owls, who lost Friday, host Central on Saturday.",
            [("Friday", "2031-06-06"), ("Saturday", "2031-06-14")],
        ),
    ],
)
def test_adjective_apposed_to_subject(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


def test_ordinal_counting_a_noun_is_no_day() -> None:
    assert _times("The filing is the 14th annual report of the fund.", _REF) == []
    assert _times("The board meets on the 14th.", _REF) == [("the 14th", "2031-06-14")]


_SUNDAY = "2031-06-15"  # the Friday before is 2031-06-13, the coming one 2031-06-20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive weekday as a subject, or after "after", repeats the day already dated
        (
            "The two sides struck a deal, announced Friday. Details are scarce, but Friday's"
            " accord creates a new pay scale.",
            [("Friday", "2031-06-13"), ("Friday", "2031-06-13")],
        ),
        (
            "Lawmakers voted Friday. Friday's vote gives the mayor new powers.",
            [("Friday", "2031-06-13"), ("Friday", "2031-06-13")],
        ),
        (
            "The court ruled Friday on the permit. Critics said Friday's ruling will"
            " delay the project.",
            [("Friday", "2031-06-13"), ("Friday", "2031-06-13")],
        ),
        # inside a complement the possessive keeps its own reading: the event may lie ahead
        (
            "The candidates debated Friday. She hopes to do well in Friday's runoff.",
            [("Friday", "2031-06-13"), ("Friday", "2031-06-20")],
        ),
    ],
)
def test_possessive_weekday_repeats_dated_day(text: str, expected: list) -> None:
    assert _times(text, _SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a" belongs to the noun after a plural unit's compound, which counts no single unit
        ("Mediators hope to end a weeks-long walkout.", [("weeks-long", "PXW")]),
        ("The village settled a decades-long quarrel.", [("decades-long", "PXDE")]),
        ("The walkout lasted a week.", [("a week", "P1W")]),
    ],
)
def test_plural_unit_compound(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected
