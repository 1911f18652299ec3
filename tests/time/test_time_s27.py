"""Twenty-seventh-session times round (blind table 15): any main verb's simple present that
governs a bare weekday is a schedule, so the coming day ("the market opens Saturday", "there is
a hearing on Monday"), where a verb of saying, a habitual plural weekday, a generic "you", a
weekday on a noun and a headline's historic present keep their readings; a time before a
trailing attribution dates the clause reported, not the saying; a participle set off after the
subject leaves the predicate after it to govern the time; a noun with a particle is a verb; the
"from" phrase of a word of change ("down from 4.6 percent in March") dates an earlier level;
"in a position to" looks ahead; "in a year of ..." is a year described, not one from now; a
month on a noun in a present clause ("the October report represents") reads in the reference
year, as in a future one."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times

_REF = "2031-06-12"  # a Thursday: the nearest Monday is behind, the coming one 2031-06-16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a simple present with a bare weekday (or a clock time on one) is scheduled
        ("The farmers market opens for the season Saturday.", [("Saturday", "2031-06-14")]),
        ("The new bridge carries its first traffic on Monday.", [("Monday", "2031-06-16")]),
        (
            "The city council meets at 6 p.m. Monday in the annual budget session.",
            [("6 p.m. Monday", "2031-06-16T18:00")],
        ),
        ("There's a public hearing on Monday.", [("Monday", "2031-06-16")]),
        ("Schools remain closed Monday.", [("Monday", "2031-06-16")]),
        (
            "The team flies to Denver and plays the Rockets on Saturday.",
            [("Saturday", "2031-06-14")],
        ),
        # a noun the tagger gave a particle is a verb ("steps off")
        ("The crowd steps off Monday.", [("Monday", "2031-06-16")]),
        ("The band strikes up at noon Saturday.", [("noon Saturday", "2031-06-14T12:00")]),
    ],
)
def test_plain_present_schedules(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying in the present reports; the clause under it keeps its tense
        ("Police say the driver fled on Monday.", [("Monday", "2031-06-09")]),
        ("The candidate says he raised $2 million on Monday.", [("Monday", "2031-06-09")]),
        # a caption's verb of posture describes the scene shot
        ("Fans wait outside the arena in Eastbrook on Monday.", [("Monday", "2031-06-09")]),
        # a present conjoined to a past verb tells how things stood then
        (
            "Officials said four people were hurt and two remain in the hospital on Monday"
            " after the fire.",
            [("Monday", "2031-06-09")],
        ),
        # a plural weekday is a habit
        ("She tends the garden on Saturdays.", [("Saturdays", "XXXX-WXX-6")]),
        # a past clause before a present one
        (
            "The storm dumped a foot of snow Monday, and crews work to clear roads.",
            [("Monday", "2031-06-09")],
        ),
    ],
)
def test_present_that_is_no_schedule(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time before ", X said" dates the reported clause
        ("The library reopens Monday, the director said.", [("Monday", "2031-06-16")]),
        (
            "Ballots go in the mail Friday, officials said Wednesday.",
            [("Friday", "2031-06-13"), ("Wednesday", "2031-06-11")],
        ),
        ("The pool closed Monday, the director said.", [("Monday", "2031-06-09")]),
        # a participle after the subject's comma is no main verb
        (
            "The Falcons, ranked fifth in the region, meet Jefferson on Saturday.",
            [("Saturday", "2031-06-14")],
        ),
        (
            "The Owls, picked last in the preseason poll, play Eastbrook on Friday night.",
            [("Friday night", "2031-06-13TNI")],
        ),
    ],
)
def test_misparsed_governor(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


def test_headline_keeps_historic_present() -> None:
    """A headline's present tells what happened; the body's present schedules (the same words
    in the body: the coming Monday)."""
    assert _times("The mayor resigns Monday after the audit.", _REF) == [("Monday", "2031-06-16")]
    article = (
        "Mayor resigns Monday after audit\n\n"
        "The mayor of Eastbrook stepped down on Monday after a state audit found missing funds.\n\n"
        "Her deputy takes the oath on Tuesday."
    )
    assert _times(article, _REF) == [
        ("Monday", "2031-06-09"),
        ("Monday", "2031-06-09"),
        ("Tuesday", "2031-06-17"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level a change is measured from lies behind, whatever the clause's tense
        (
            "Unemployment stands at 4.1 percent, down from 4.6 percent in March.",
            [("March", "2031-03")],
        ),
        (
            "The county's jobless rate is 5 percent, up from 4 percent in February.",
            [("February", "2031-02")],
        ),
        ("The rate is unchanged from its level in late February.", [("late February", "2031-02")]),
        # without a change word a present month stays ahead
        ("The new rate takes effect in February.", [("February", "2032-02")]),
        # "in a position to": ahead, like "a chance to"
        (
            "He is in a strong position to win more delegates on Saturday.",
            [("Saturday", "2031-06-14")],
        ),
        # "in a year of ...": described, no year from now; a bare "in a year" still is one
        (
            "The result shows the difficulty the senator faces in a year of voter anger.",
            [("a year", "P1Y")],
        ),
        ("The tower will be finished in a year.", [("in a year", "2032")]),
    ],
)
def test_baselines_and_described_periods(text: str, expected: list) -> None:
    assert _times(text, _REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strong October report represents a turn after the weak August and September"
            " figures.",
            [("October", "2031-10"), ("August", "2031-08"), ("September", "2031-09")],
        ),
        ("The county's March audit shows a shortfall.", [("March", "2031-03")]),
    ],
)
def test_month_on_a_noun_in_a_present_clause(text: str, expected: list) -> None:
    assert _times(text, "2031-11-12") == expected
