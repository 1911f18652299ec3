"""Thirty-sixth-session times rounds: a month opening a business's name, with one word between
or none, is no time ("the tasting room at October Hill Winery": blind 78), unless a time's
preposition comes first ("In March Hilltop Inn reopened"); a clock range that names its own day
is one stretch though the sentence names a day ("Father's Day breakfast ... from 8 a.m. to noon
today": blind 83); a day's capitalised night running into a name is a show's name ("The
last Friday Night Live concert": blind 83); and a day after "after"/"since" and an "-ing" verb
under a present state is past ("are 5-0 after beating Franklin 28-7 on Friday": blind 87)."""

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


def test_a_clock_range_naming_its_own_day_is_one_stretch() -> None:
    text = "The club's Father's Day brunch runs from 9 a.m. to 1 p.m. today."
    assert ("from 9 a.m. to 1 p.m. today", "PT4H") in _times(text, "2043-06-21")


def test_a_days_capitalised_night_running_into_a_name_is_a_show() -> None:
    text = (
        "The last Saturday Night Swing dance of the season will be held at the pavilion this week."
    )
    assert [t for t, _ in _times(text, "2043-06-09")] == ["this week"]


def test_a_day_after_an_ing_verb_under_a_present_state_is_past() -> None:
    text = "The Wildcats are 5-0 after beating Franklin 28-7 on Friday."
    assert ("Friday", "2043-06-12") in _times(text, "2043-06-17")
    ahead = _times("The Wildcats will rest after playing Franklin on Friday.", "2043-06-17")
    assert ("Friday", "2043-06-19") in ahead
