"""Wire copy's "earlier Tuesday" / "later on Friday": the named day itself, found whole."""

from __future__ import annotations

from datetime import date

from dateline.time import normalise


def test_earlier_weekday_is_that_day() -> None:
    found = normalise("earlier Tuesday", reference=date(2025, 3, 11), tense="past")
    assert found is not None and found.value == "2025-03-11" and found.mod is None


def test_later_on_weekday_in_a_future_clause_is_the_coming_day() -> None:
    found = normalise("later on Friday", reference=date(2025, 3, 11), tense="future")
    assert found is not None and found.value == "2025-03-14"
