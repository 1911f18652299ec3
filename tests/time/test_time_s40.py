"""Fortieth-session times round (blind tables 136-147): the carnival's day ("Mardi Gras", "Fat
Tuesday", "Shrove Tuesday") is the Tuesday 47 days before Easter, and opens a name as a month
does ("the Fat Tuesday Grill"); a schedule verb the parse reads as a noun after a plural subject
with its own modifiers ("The Little League all-stars play ... at 1 p.m. Saturday") is that
plural's present; a clock time right before a day is that day's hour, not the hour of a holiday
before it ("for Father's Day at 8 a.m. Sunday"); and a month after an owner's possessive opens a
name ("The church's October Fest craft sale"). After tables 148-153: "run", "come" and "become"
tagged as participles with a subject and no auxiliary are the present ("Swimming lessons run
through mid-August"), a weekday the parse hangs on a relative clause set off by commas belongs to
the schedule after it ("The Owls, who went 22-6, open practice Monday"), and a weekday with a
capitalised part of the day that an apposition describes is a name ("Tuesday Morning, the
discount chain, will close ..."), as is one between an article and an adjective and the noun they
modify ("The old Tuesday Morning store": blind 163, fixed after its first run)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_the_carnival_day_is_47_days_before_easter() -> None:
    text = "City offices will close for Mardi Gras."
    assert _times(text, "2041-02-20") == [("Mardi Gras", "2041-03-05")]
    text = "The church will serve pancakes on Shrove Tuesday."
    assert _times(text, "2043-02-01") == [("Shrove Tuesday", "2043-02-10")]
    text = "The Fat Tuesday Grill on Main Street will close for repairs next week."
    assert _times(text, "2043-02-01") == [("next week", "2043-W06")]


def test_a_plural_subject_with_modifiers_keeps_its_schedule_verb() -> None:
    text = "The Pee Wee all-stars play for the district title at 10 a.m. Saturday in Clinton."
    assert _times(text, "2042-07-18") == [("10 a.m. Saturday", "2042-07-19T10:00")]


def test_a_clock_time_before_a_day_is_that_days_hour() -> None:
    text = "The VFW post will serve a breakfast for Veterans Day at 7 a.m. Monday."
    assert _times(text, "2042-11-07") == [
        ("Veterans Day", "2042-11-11"),
        ("7 a.m. Monday", "2042-11-10T07:00"),
    ]


def test_a_month_after_an_owners_possessive_opens_a_name() -> None:
    text = "The school's October Fest bake sale raised $900 for new band uniforms."
    assert _times(text, "2042-05-04") == []


def test_a_verb_whose_participle_is_its_bare_form_is_present_with_a_subject() -> None:
    text = "Swim lessons run through mid-July at the town pool."
    assert _times(text, "2043-06-10") == [("through mid-July", "2043-07")]


def test_a_time_past_a_relative_aside_belongs_to_what_follows() -> None:
    text = "The Hawks, who finished 18-4, open camp Monday."
    assert _times(text, "2043-06-10") == [("Monday", "2043-06-15")]


def test_a_weekday_and_part_of_day_described_by_an_apposition_is_a_name() -> None:
    text = "Tuesday Morning, the discount chain, will close its Elmwood store in March."
    assert _times(text, "2043-06-10") == [("March", "2044-03")]
    text = "The shuttered Tuesday Morning store at the mall will become a gym."  # (blind 163)
    assert _times(text, "2043-06-10") == []
