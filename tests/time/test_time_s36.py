"""Thirty-sixth-session times round (blind tables 76-81): a month opening a business's name,
with one word between or none, is no time ("the tasting room at October Hill Winery": blind
78), unless a time's preposition comes first ("In March Hilltop Inn reopened")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_month_opening_a_business_name_is_no_time() -> None:
    winery = _times("The tasting room at November Hill Winery reopened on Friday.", "2043-06-09")
    assert [t for t, _ in winery] == ["Friday"]
    inn = _times(
        "Smoke damaged the kitchen at December Creek Inn, firefighters said.", "2043-06-09"
    )
    assert inn == []


def test_a_month_after_its_preposition_stays_a_time() -> None:
    assert ("March", "2043-03") in _times(
        "In March Hilltop Inn reopened after repairs.", "2043-06-09"
    )
