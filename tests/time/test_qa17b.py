"""Seventeenth-session round, second part (times): "one day" naming some day ("one day in June
2014", "One morning, ...") is no one-day duration; counted ones ("for one day", "lasted one
day") stay durations. Short synthetic sentences with reference dates."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That all changed one day in June 2014, when he left.", [("June 2014", "2014-06")]),
        ("She met him one night last week.", [("last week", "2017-W18")]),
        ("One morning, the soldiers came.", []),
        ("He was jailed for one day in June 2014.", [("one day", "P1D"), ("June 2014", "2014-06")]),
        ("The strike lasted one day in March.", [("one day", "P1D"), ("March", "2017-03")]),
        ("It took only one day, officials said.", [("one day", "P1D")]),
    ],
)
def test_indefinite_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected
