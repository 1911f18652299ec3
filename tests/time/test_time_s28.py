"""Twenty-eighth-session times round (blind table 18): a weekday after the verb's own possessed
object dates the verb ("open their season Friday"), so a schedule's present puts it ahead; a
schedule verb the tagger read as a plural noun, an adjective or an adverb in a verbless parse
("Registration ... closes at noon Friday", "Applications ... open at 8 a.m. Friday") is still a
schedule; and a weekday with a capitalised part of the day between a determiner and the noun they
modify names a thing ("the Tuesday Morning store"), not a morning."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_REF = "2033-05-16"  # a Monday: the past Friday (2033-05-13) is nearer than the coming one (05-20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The food bank opens its doors Saturday at 9 a.m.",
            [("Saturday at 9 a.m.", "2033-05-21T09:00")],
        ),
        ("The Hornets play their home opener Friday.", [("Friday", "2033-05-20")]),
        # a possessed subject's weekday names a day already known: the nearest
        ("Their vote Friday decides the title.", [("Friday", "2033-05-13")]),
        ("Her remarks Tuesday drew criticism.", [("Tuesday", "2033-05-10")]),
    ],
)
def test_weekday_after_the_verbs_own_object_dates_the_verb(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enrollment for summer camp closes at 5 p.m. Friday.",
            [("5 p.m. Friday", "2033-05-20T17:00")],
        ),
        (
            "Nominations for the arts prize close at noon Friday.",
            [("noon Friday", "2033-05-20T12:00")],
        ),
        (
            "Applications for the grant program open at 8 a.m. Friday.",
            [("8 a.m. Friday", "2033-05-20T08:00")],
        ),
    ],
)
def test_schedule_verb_misread_in_a_verbless_parse(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Saturday Morning club at the library meets next week.", [("next week", "2033-W21")]),
        ("A Sunday Night supper series returns next month.", [("next month", "2033-06")]),
        # no determiner before it, or a headline in title case: the time
        (
            "The storm hit early Saturday Morning, officials said.",
            [("early Saturday Morning", "2033-05-14TMO")],
        ),
        ("Council Meets Tuesday Morning Over Budget", [("Tuesday Morning", "2033-05-17TMO")]),
    ],
)
def test_weekday_and_part_of_day_naming_a_thing(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor's fiscal year 2035 spending plan adds two firefighters.",
            [("fiscal year 2035", "2035")],
        ),
        ("Lawmakers passed the fiscal year 2034 budget on Friday.", None),
    ],
)
def test_fiscal_year_with_its_year_after(text: str, expected: list | None) -> None:
    found = _times(text, _REF)
    if expected is None:
        assert ("fiscal year 2034", "2034") in found or ("the fiscal year 2034", "2034") in found
    else:
        assert found == expected
