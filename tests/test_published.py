from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import ArticleRejected
from dateline.time.published import (
    find_full_dates,
    infer_published,
    parse_iso_date,
    parse_published,
)


def test_given_date_wins():
    assert infer_published("On May 1, 2016 it rained.", given="2017-05-10") == (
        date(2017, 5, 10),
        "given",
    )


def test_given_datetime_is_accepted():
    assert infer_published("x", given="2017-05-10T08:00:00Z")[0] == date(2017, 5, 10)


def test_invalid_given_date_is_rejected():
    with pytest.raises(ArticleRejected) as exc:
        infer_published("x", given="10/05/2017")
    assert exc.value.code == "invalid_field"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed Nov 23, 2016 | 3:02pm EST", date(2016, 11, 23)),
        ("9:27 AM ET, Mon January 5, 2015", date(2015, 1, 5)),
        ("17 December 2016", date(2016, 12, 17)),
        ("2009-03-25 00:26:04.358077-05", date(2009, 3, 25)),
        ("yesterday", None),
        ("May 2016", None),
        ("10/05/2017", None),
        ("sometime in 2016", None),
    ],
)
def test_feed_dates_are_read_and_vague_ones_refused(value, expected):
    assert parse_published(value) == expected


def test_metadata_date_is_inferred():
    assert infer_published("no dates", metadata="2020-01-02") == (date(2020, 1, 2), "inferred")


def test_date_with_weekday_beats_a_later_bare_date():
    text = (
        "The minister spoke in Vilnius, Wednesday, May 10, 2017. "
        "The treaty runs until December 31, 2019."
    )
    assert infer_published(text) == (date(2017, 5, 10), "inferred")


def test_day_month_year_and_iso_forms():
    found = [d for d, _, _ in find_full_dates("on 3 March 2021 and 2021-03-04 and Sept. 5, 2021")]
    assert found == [date(2021, 3, 3), date(2021, 3, 4), date(2021, 9, 5)]


def test_incomplete_dates_give_no_reference():
    assert infer_published("Talks resume in July; last year they failed.") == (None, "none")


def test_impossible_dates_are_ignored():
    assert find_full_dates("February 30, 2017") == []


@given(st.text(max_size=200))
def test_inference_never_crashes(text):
    day, source = infer_published(text)
    assert source in ("inferred", "none")
    assert (day is None) == (source == "none")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_iso_round_trip(day):
    assert parse_iso_date(day.isoformat()) == day
    assert infer_published("text", given=day.isoformat()) == (day, "given")
