"""Forty-fourth-session times round (blind tables 256-261): a Tuesday holiday's weekend is the
one before it, as a Monday holiday's is ("over the Veterans Day weekend" said on a Tuesday
Veterans Day is the weekend just gone, not the year before's); and "New Year's" written bare at a
clause's end is New Year's Day. After tables 262-267: Grandparents Day, the first Sunday after
Labor Day. After tables 268-273: Arbor Day, the last Friday of April; and a plural weekday
opening a title-cased name after "the" names the series ("The Fridays on the Green concert
series"), no set. After tables 274-279: schedule verbs the tagger read as nouns, "change" before
an "as" clause that times it ("Clocks change at 2 a.m. Sunday as daylight saving time begins")
and a verb's "-s" form after a school's one-word name ("Central hosts Lincoln at 7 p.m.
Friday")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_tuesday_holidays_weekend_just_gone() -> None:
    text = "Hunters crowded the state forest over the Veterans Day weekend, the warden said."
    assert ("the Veterans Day weekend", "2036-W45-WE") in _times(text, "2036-11-11")


def test_a_tuesday_holidays_weekend_ahead() -> None:
    text = "Hunters will crowd the state forest over the Veterans Day weekend, the warden said."
    assert ("the Veterans Day weekend", "2036-W45-WE") in _times(text, "2036-11-03")


def test_a_thursday_holidays_weekend_follows_it() -> None:
    """Guard: passes before and after the change."""
    text = "Shoppers will crowd the mall over the Thanksgiving weekend, the manager said."
    assert ("the Thanksgiving weekend", "2036-W48-WE") in _times(text, "2036-11-17")


def test_new_years_bare_at_a_clauses_end() -> None:
    text = "Trash pickup will run one day late because of New Year's."
    assert ("New Year's", "2037-01-01") in _times(text, "2036-12-26")


def test_new_years_before_a_noun_is_no_day() -> None:
    """Guard: passes before and after the change."""
    text = "She wrote her New Year's resolutions on a card."
    assert not any(t.startswith("New Year") for t, _ in _times(text, "2036-12-26"))


def test_grandparents_day_is_the_sunday_after_labor_day() -> None:
    text = "The senior center will host a pancake breakfast on Grandparents Day."
    assert ("Grandparents Day", "2036-09-07") in _times(text, "2036-09-01")


def test_arbor_day_is_the_last_friday_of_april() -> None:
    text = "Students at Central Elementary will plant 50 trees on Arbor Day."
    assert ("Arbor Day", "2036-04-25") in _times(text, "2036-04-01")


def test_plural_weekday_opening_a_titled_series_is_no_set() -> None:
    text = "The Mondays in the Square concert series drew big crowds, the parks director said."
    assert not any(t.startswith("Mondays") for t, _ in _times(text, "2036-09-26"))


def test_plural_weekday_in_running_text_is_a_set() -> None:
    """Guard: passes before and after the change."""
    text = "The band plays Mondays in the square behind the library."
    assert ("Mondays", "XXXX-WXX-1") in _times(text, "2036-09-26")


def test_a_schedule_verb_read_as_a_noun_before_an_as_clause() -> None:
    text = "Clocks change at 3 a.m. Sunday as summer time begins."
    assert ("3 a.m. Sunday", "2036-03-16T03:00") in _times(text, "2036-03-12")


def test_a_school_named_by_one_word_hosts_ahead() -> None:
    text = "Central hosts Jefferson at 7 p.m. Friday."
    assert ("7 p.m. Friday", "2036-09-26T19:00") in _times(text, "2036-09-25")
