"""Twenty-ninth-session times round (blind tables 22-24): "this <weekday>" in a future clause
whose weekday is already past in the week is the coming one ("wraps up this Thursday" on a
Sunday); "fiscal 2024" is found on its own when NER joins it to a date after it; a range's last
month with "early"/"mid"/"late" ends a sentence ("through early December."); a month that owns
a capitalised name is no month ("June's Diner"); a capitalised time inside a longer quoted title
is no time ("A Month of Sundays", "Sunday in the Park with George"), while a quote that is the
time itself still names it ("the \u201cGolden Week\u201d")."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_SUNDAY = "2034-04-02"
_FRIDAY = "2034-04-07"


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "The farmers market closes for the season this Thursday.",
            _SUNDAY,
            [("this Thursday", "2034-04-06")],
        ),
        (
            "The library reopens this Monday after repairs.",
            _FRIDAY,
            [("this Monday", "2034-04-10")],
        ),
        # a past clause keeps the week's own day
        ("The board met this Monday to review bids.", _FRIDAY, [("this Monday", "2034-04-03")]),
    ],
)
def test_this_weekday_in_a_future_clause_is_the_coming_one(
    text: str, ref: str, expected: list
) -> None:
    assert _times(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The city council will adopt its budget for fiscal 2024 on Sept. 19.",
            [("fiscal 2024", "2024"), ("Sept. 19", "2023-09-19")],
        ),
        (
            "Trustees will set the tax levy for fiscal 2024 on Sept. 5.",
            [("fiscal 2024", "2024"), ("Sept. 5", "2023-09-05")],
        ),
    ],
)
def test_fiscal_year_before_a_date_is_its_own_expression(text: str, expected: list) -> None:
    assert _times(text, "2023-08-20") == expected  # NER reads "fiscal 2024 on Sept. 19" as one


def test_range_end_with_early_or_late_at_a_sentence_end() -> None:
    text = "Brush pickup starts in early May and runs every Tuesday through late November."
    found = dict(_times(text, _SUNDAY))
    assert found.get("through late November") == "2034-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters put out a grease fire at April's Bakery on Elm Street.", []),
        ("A burst pipe closed May's Cafe on Tuesday.", [("Tuesday", "2034-04-04")]),
        # a lower-case noun after the capitalised words is what the month dates
        ("Turnout in March's Democratic primary was low.", [("March", "2034-03")]),
        ("According to March's Gazette/WKRN poll, the levy trails.", [("March", "2034-03")]),
    ],
)
def test_month_owning_a_capitalised_name_is_no_month(text: str, expected: list) -> None:
    assert _times(text, _FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The drama club stages "Thursday Night Lights" on Friday.', [("Friday", "2034-04-07")]),
        ('The players stage "A Month of Mondays" on Friday.', [("Friday", "2034-04-07")]),
        ('The club screens "A Week in June" on Friday.', [("Friday", "2034-04-07")]),
        ('The troupe opens "Monday with the Mayor" on Friday.', [("Friday", "2034-04-07")]),
        # a quote that is the time itself names that time
        (
            'Lawmakers voted to end the "Golden Week" of early voting.',
            [("Golden Week", None)],
        ),
    ],
)
def test_time_inside_a_longer_quoted_title_is_no_time(text: str, expected: list) -> None:
    assert _times(text, _SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present conjunct takes no auxiliary from a past passive before it (blind 25)
        (
            "The pool was drained Friday for repairs and reopens Thursday.",
            [("Friday", "2034-03-31"), ("Thursday", "2034-04-06")],
        ),
        ("The ferry dock reopens Saturday after storm repairs.", [("Saturday", "2034-04-08")]),
        # a conjunct of a past verb that is no schedule still says how things stood
        (
            "Four were hurt Friday and two remain in the hospital Thursday.",
            [("Friday", "2034-03-31"), ("Thursday", "2034-03-30")],
        ),
    ],
)
def test_present_conjunct_after_a_past_passive(text: str, expected: list) -> None:
    assert _times(text, _SUNDAY) == expected
