"""Forty-fifth-session times round (blind tables 286-291): the first week of a month is the ISO
week holding its first Thursday, as ISO's first week of a year is, so a month that opens on a
weekend starts its first week on the Monday after ("the first week of December" 2041, whose 1st
is a Sunday), and the last week of a month ending on a Monday is the week before; and a weekday
opening a name after an article and a lower-case word describing it names the market, no day
("The downtown Saturday Market will move indoors"). After tables 292-297: a schedule verb read as
a noun, joined to a past verb and taking its own object, is a present ("beat Lincoln on Saturday
and host Central on Halloween": the coming Halloween); and a holiday NER read as a person before
"weekend" is still the holiday ("over the Mardi Gras weekend"). After tables 304-309: Tax Day, and
a weekday NER ran into a numbered road's name ("on Interstate 80 Sunday night")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_the_first_week_of_a_month_opening_on_a_sunday() -> None:
    text = "The city will hang its holiday lights during the first week of December."
    assert ("the first week of December", "2041-W49") in _times(text, "2041-11-20")


def test_the_last_week_of_a_month_ending_on_a_monday() -> None:
    text = "Crews will repave Main Street in the last week of September."
    assert ("the last week of September", "2041-W39") in _times(text, "2041-09-02")


def test_the_first_week_of_a_month_opening_on_a_wednesday() -> None:
    """Guard: passes before and after the change."""
    text = "Leaf pickup will begin the first week of November."
    assert ("the first week of November", "2034-W44") in _times(text, "2034-10-19")


def test_a_described_market_named_by_a_day_is_no_day() -> None:
    text = "The downtown Saturday Market will move indoors to the armory for the winter."
    assert not any(value.startswith("2041-11") for _, value in _times(text, "2041-11-20"))


def test_a_day_after_a_described_market_stays() -> None:
    """Guard: passes before and after the change."""
    text = "The downtown farmers market will reopen Saturday, officials said."
    assert ("Saturday", "2041-11-23") in _times(text, "2041-11-20")


def test_a_schedule_verb_read_as_a_noun_after_a_past_verb() -> None:
    text = "The Wildcats beat Lincoln 2-1 on Saturday and host Central on Halloween."
    assert ("Halloween", "2041-10-31") in _times(text, "2041-09-05")
    assert ("Saturday", "2041-08-31") in _times(text, "2041-09-05")


def test_a_holiday_weekend_whose_holiday_ner_read_as_a_person() -> None:
    text = "Police reported few arrests along the parade route over the Mardi Gras weekend."
    assert ("the Mardi Gras weekend", "2041-W09-WE") in _times(text, "2041-03-05")


def test_tax_day_moves_past_a_weekend_and_emancipation_day() -> None:
    text = "Volunteers will help residents file their returns for free until Tax Day."
    assert ("until Tax Day", "2039-04-18") in _times(text, "2039-04-01")
    assert ("until Tax Day", "2041-04-15") in _times(text, "2041-04-01")


def test_a_weekday_ner_ran_into_a_roads_name() -> None:
    text = "A tractor-trailer overturned on Interstate 80 Sunday night, closing the lanes."
    assert ("Sunday night", "2041-11-17TNI") in _times(text, "2041-11-18")


def test_a_diner_named_for_its_route_has_no_day() -> None:
    """Guard: passes before and after the change."""
    text = "The Route 9 Diner will close for good next month."
    assert [value for _, value in _times(text, "2041-11-18")] == ["2041-12"]
