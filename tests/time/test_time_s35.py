"""Thirty-fifth-session times round (blind tables 70-72): a schedule verb's simple present puts
a month and day it governs ahead ("The new fiscal year begins July 1": blind 72); a holiday
naming fireworks, a picnic or a concert names the coming or recent one whatever the verb's
tense ("the Fourth of July fireworks have been canceled": blind 71); and a "to" that names
whom ("present the budget for fiscal 2016 to the board in April") no longer carries a month
past the year before it (blind 70). After the second trio (blind 73-75): a team's schedule verb
read as an adjective after its record in brackets is the team's verb ("The Blue Jays (3-0) open
league play at home Monday"); "every evening" is a set; and a holiday opening a street's name is
no time ("1225 Christmas Lane")."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_a_schedule_verbs_present_puts_a_month_and_day_ahead() -> None:
    assert ("Oct. 1", "2044-10-01") in _times(
        "The district's budget year starts Oct. 1.", "2043-12-02"
    )
    said = _times("The mayor says the pool opened June 5.", "2043-12-02")
    assert ("June 5", "2043-06-05") in said


def test_a_holidays_fireworks_are_the_coming_ones() -> None:
    text = "The township's Fourth of July fireworks have been called off because of the drought."
    assert ("Fourth of July", "2043-07-04") in _times(text, "2043-06-09")
    gift = _times("She has bought a Christmas present for every child.", "2043-06-09")
    assert ("Christmas", "2042-12-25") in gift


def test_a_to_that_names_whom_does_not_carry_the_month_on() -> None:
    text = "The clerk will hand the plan for fiscal 2045 to the council in March."
    assert ("March", "2044-03") in _times(text, "2044-01-15")
    run = _times("The exhibit opened in June 2043 and runs to September.", "2043-07-20")
    assert ("September", "2043-09") in run


def test_a_teams_schedule_verb_after_its_record_puts_the_day_ahead() -> None:
    text = "The Owls (2-1) open conference play at home Tuesday against Milford."
    assert ("Tuesday", "2043-04-14") in _times(text, "2043-04-09")


def test_every_part_of_the_day_is_a_set() -> None:
    found = _times("The scouts sell wreaths every evening outside the fire hall.", "2043-12-02")
    assert ("every evening", "XXXX-XX-XXTEV") in found


def test_a_holiday_opening_a_streets_name_is_no_time() -> None:
    found = _times("A van struck a mailbox at 310 Christmas Lane on Sunday.", "2043-04-09")
    assert not any(text.startswith("Christmas") for text, _ in found)
    assert ("Sunday", "2043-04-05") in found
    assert ("Easter", "2043-03-29") in _times("The church was packed on Easter.", "2043-04-09")
