"""Forty-sixth-session times round (blind tables 310-315): Patriot Day (September 11), Pearl
Harbor Day (December 7), Patriots' Day (Massachusetts' third Monday of April) and All Souls'
Day; and a shop named for a holiday is no time ("May Day Florist"). After tables 316-321:
Washington's Birthday, and a move's two days are no span ("moved the parade from Saturday to
Sunday"). After tables 322-327: "the holiday weekend" said on the Monday holiday ending it is
the weekend just gone; a schedule verb read as the head noun with a plural subject before a
joined clause ("Classes in the district begin Tuesday, and buses will run ..."); Mischief Night;
Holy Week, recognised with no value. After tables 328-333: April Fools' Day; "the Easter Seals
telethon" names no Easter. After tables 334-339: a bar named for a holiday ("Fat Tuesday
Daiquiris")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_patriot_day() -> None:
    text = "The fire company will toll its bell on Patriot Day for the victims of the attacks."
    assert ("Patriot Day", "2031-09-11") in _times(text, "2031-03-12")


def test_pearl_harbor_day() -> None:
    text = "The Legion post will lay a wreath on Pearl Harbor Day, as it does every year."
    assert ("Pearl Harbor Day", "2031-12-07") in _times(text, "2031-03-12")


def test_patriots_day_is_a_monday_in_april() -> None:
    text = "The marathon will close Main Street on Patriots' Day."
    assert ("Patriots' Day", "2031-04-21") in _times(text, "2031-03-12")


def test_all_souls_day() -> None:
    text = "The cemetery will stay open late on All Souls' Day."
    assert ("All Souls' Day", "2031-11-02") in _times(text, "2031-03-12")


def test_a_shop_named_for_a_holiday_is_no_time() -> None:
    text = "May Day Florist on Pine Street will close next month, its owner said."
    assert [value for _, value in _times(text, "2031-03-12")] == ["2031-04"]


def test_the_holiday_itself_stays() -> None:
    """Guard: passes before and after the change."""
    text = "Crowds marched downtown on May Day, as they do every year."
    assert ("May Day", "2030-05-01") in _times(text, "2031-03-12")


def test_washingtons_birthday() -> None:
    text = "Post offices will close on Washington's Birthday, the agency said."
    assert ("Washington's Birthday", "2031-02-17") in _times(text, "2031-01-20")


def test_a_moves_two_days_are_no_span() -> None:
    text = "Because of the storm, organizers moved the parade from Saturday to Sunday."
    found = _times(text, "2031-01-22")
    assert [words for words, _ in found] == ["Saturday", "Sunday"]
    assert ("Sunday", "2031-01-26") in found  # where the parade is moved to lies ahead


def test_a_span_between_two_days_stays() -> None:
    """Guard: passes before and after the change."""
    text = "The book sale runs from Friday to Sunday at the library."
    assert [value for _, value in _times(text, "2031-01-22")] == ["P3D"]


def test_the_holiday_weekend_on_its_monday_is_the_one_just_gone() -> None:
    text = "Drivers crowded the interstate as families head home from the holiday weekend."
    assert ("the holiday weekend", "2031-W35-WE") in _times(text, "2031-09-01")


def test_the_holiday_weekend_ahead_stays() -> None:
    """Guard: passes before and after the change."""
    text = "Drivers will crowd the interstate over the holiday weekend."
    assert ("the holiday weekend", "2031-W35-WE") in _times(text, "2031-08-28")


def test_a_schedule_verb_read_as_a_noun_before_a_joined_clause() -> None:
    text = "Classes in the Lakeview district begin Tuesday, and buses will run on new routes."
    assert ("Tuesday", "2031-09-02") in _times(text, "2031-08-29")


def test_mischief_night() -> None:
    text = "Police arrested three teenagers for egging cars on Mischief Night."
    assert ("Mischief Night", "2031-10-30TNI") in _times(text, "2031-10-31")


def test_holy_week_is_recognised_with_no_value() -> None:
    text = "The cathedral will hold services every evening during Holy Week."
    assert ("Holy Week", None) in _times(text, "2031-03-20")


def test_april_fools_day() -> None:
    text = "The paper ran its April Fools' Day story about a moose loose in the library."
    assert ("April Fools' Day", "2031-04-01") in _times(text, "2031-04-01")


def test_a_charity_named_for_a_holiday_is_no_time() -> None:
    text = "The Easter Seals telethon will be broadcast on Saturday."
    assert [words for words, _ in _times(text, "2031-01-22")] == ["Saturday"]


def test_a_bar_named_for_a_holiday_is_no_time() -> None:
    text = "Fat Tuesday Daiquiris on Main Street will open a second shop next month."
    assert [words for words, _ in _times(text, "2031-01-22")] == ["next month"]
