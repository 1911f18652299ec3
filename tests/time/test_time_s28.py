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


# Blind table 20: a schedule verb read as a noun after a plural head; a sentence with a short
# verb in lower case is no title-cased headline; a year labelling a noun is not continued by a
# month after "to".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Students in the Maple Valley district return to class Tuesday.",
            [("Tuesday", "2033-05-17")],
        ),
        (
            "Teachers at the middle school vote on the contract Tuesday.",
            [("Tuesday", "2033-05-17")],
        ),
        # a real noun after a past verb keeps the past reading
        ("Crowds at the stadium cheered the return Tuesday.", [("Tuesday", "2033-05-10")]),
    ],
)
def test_schedule_verb_read_as_a_noun_after_a_plural_head(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seats for the Friday Night Fish Fry at Grace Hall are $9.", []),
        # a title-cased headline keeps its day (a headline's present: the nearest)
        ("Board Meets Friday Night On Levy", [("Friday Night", "2033-05-13TNI")]),
    ],
)
def test_sentence_with_a_lower_case_verb_is_no_headline(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


def test_month_after_a_year_that_labels_a_noun_is_not_moved_past_it() -> None:
    text = "The mayor will send the 2035 budget to the council in June."
    assert _times(text, _REF) == [("2035", "2035"), ("June", "2033-06")]


# Blind table 21: "this Saturday" inside a longer phrase NER took whole; a month opening a
# capitalised name after an article.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The marina opens to boaters for the season this Saturday.",
            [("this Saturday", "2033-05-21")],
        ),
        (
            "Thieves broke into the October Moon Cafe on Main Street overnight.",
            [("overnight", "2033-05-15TNI")],
        ),
        ("The reading is at the August Pine Bookshop on Oak Street.", []),
        ("The June Street fair drew 4,000 people.", []),
        # a month before a lower-case noun, or with a year, stays a time
        ("Voters go to the polls in the June primary.", [("June", "2033-06")]),
        ("In an October Tribune-WGN News survey, most backed the levy.", [("October", "2032-10")]),
        ("He recalled the April 2031 flood.", [("April 2031", "2031-04")]),
    ],
)
def test_this_weekday_and_month_opening_a_name(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected
