"""Forty-seventh-session times round (blind tables 340-345): a weekday after the object of a
future verb's preposition dates the verb ("will return to their classrooms Monday"), "the King
holiday" (Martin Luther King Jr. Day; no "Burger King holiday menu") and Lundi Gras, the Monday
before Mardi Gras. After tables 346-351: Thanksgiving Eve, and a shop named for a weekday
("Sunday Drive Antiques"). After tables 352-357: a concert series named with a month ("The
September Sounds concert series"). After tables 358-363: Valentine's night, the week between
Christmas and New Year's, "the Labor Day holiday", and "over the holidays" (no value)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_weekday_after_the_verbs_own_place_takes_its_tense() -> None:
    text = "Pupils in the Oakdale district will return to their classrooms Monday."
    assert ("Monday", "2031-03-17") in _times(text, "2031-03-12")


def test_the_king_holiday() -> None:
    text = "Volunteers will paint the shelter to mark the King holiday."
    assert ("the King holiday", "2031-01-20") in _times(text, "2031-01-08")


def test_a_burger_kings_holiday_menu_is_no_time() -> None:
    assert _times("The Burger King holiday menu returns next week.", "2031-01-08") == [
        ("next week", "2031-W03")
    ]


def test_lundi_gras() -> None:
    text = "The krewe will parade along the riverfront on Lundi Gras."
    assert ("Lundi Gras", "2031-02-24") in _times(text, "2031-02-10")


def test_thanksgiving_eve() -> None:
    text = "Police will add patrols on the highway on Thanksgiving Eve."
    assert ("Thanksgiving Eve", "2031-11-26") in _times(text, "2031-11-10")


def test_a_shop_named_for_a_weekday_is_no_time() -> None:
    text = "Sunday Drive Antiques will open a second shop on Elm Street."
    assert _times(text, "2031-03-12") == []


def test_a_concert_series_named_with_a_month_is_no_time() -> None:
    text = "The September Sounds concert series will end this weekend with a jazz trio."
    assert [value for _, value in _times(text, "2031-09-10")] == ["2031-W37-WE"]


def test_valentines_night() -> None:
    text = "The lodge will hold its sweetheart dance on Valentine's night."
    assert ("Valentine's night", "2031-02-14TNI") in _times(text, "2031-02-03")


def test_the_week_between_christmas_and_new_years() -> None:
    text = "The library will close for the week between Christmas and New Year's."
    assert ("the week between Christmas and New Year's", "2031-W52") in _times(text, "2031-12-10")


def test_a_holiday_named_as_the_holiday() -> None:
    text = "The transfer station will be closed for the Labor Day holiday."
    assert ("the Labor Day holiday", "2031-09-01") in _times(text, "2031-08-20")


def test_the_holidays_are_recognised_without_a_value() -> None:
    text = "Thieves broke into two homes while the families were away over the holidays."
    assert ("the holidays", None) in _times(text, "2032-01-05")
