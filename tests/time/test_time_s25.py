"""Twenty-fifth session (times), from blind table 13's first run. Short synthetic sentences
check each rule: fixed-date days the holiday list lacked ("St. Patrick's Day", "Earth Day"); a
past clause's "this winter" in the season right after it (the winter just ended); a clause timed
by "as" a schedule verb's present ("as the season begins"), a schedule too; a date the object is
set for, put off to or moved to (ahead of the setting); a season word that is the clause's verb
("clocks spring forward"), no time; and an earlier bare hour to a later clock time without
"from" ("6 to 8 p.m. Friday"), one duration on that day. Near misses must stay as they were."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # fixed-date days by name, the coming one under a future verb
        ("The Irish club will march on St. Patrick's Day.", "2031-02-20",
         [("St. Patrick's Day", "2031-03-17")]),
        ("Students will plant oaks along the creek on Earth Day.", "2031-04-02",
         [("Earth Day", "2031-04-22")]),
        # a past clause's "this winter" just after the winter: the one that ended
        ("The sledding hill stayed bare this winter.", "2031-03-20", [("this winter", "2030-WI")]),
        # ... but not a season two back, nor a season ahead under a future verb
        ("The team finished third this fall.", "2031-03-20", [("this fall", "2031-FA")]),
        ("The rink will open this winter.", "2031-03-20", [("this winter", "2031-WI")]),
        # a weekday in a clause timed by "as" a schedule verb's present: the coming one
        ("Buses stop early Monday as the festival begins.", "2031-04-09",
         [("early Monday", "2031-04-14")]),
        # a date something is set for or put off to lies ahead of the setting
        ("The judge set the sentencing for May 3.", "2031-05-20", [("May 3", "2032-05-03")]),
        ("The board postponed the vote until Thursday.", "2031-04-09",
         [("until Thursday", "2031-04-10")]),
        # ... where a plain past verb keeps the last such day
        ("The jury met on May 3.", "2031-05-20", [("May 3", "2031-05-03")]),
        ("The mayor set aside money in January.", "2031-05-20", [("January", "2031-01")]),
        # a season word that is the clause's verb names no time
        ("Prices spring back when the harvest ends.", "2031-04-09", []),
        # an earlier bare hour to a later clock time: one duration on the day
        ("Visitation is 2 to 4 p.m. Sunday at the chapel.", "2031-04-09",
         [("2 to 4 p.m. Sunday", "PT2H")]),
        ("Costume judging will be 5 to 7 p.m. on Halloween.", "2031-10-01",
         [("5 to 7 p.m. on Halloween", "PT2H")]),
        # ... where "at 10 to 7" stays a clock reading, not a span
        ("The doors will close at 10 to 7 p.m. Friday.", "2031-04-09",
         [("7 p.m. Friday", "2031-04-11T19:00")]),
        # the object of a verb that sets it up lies ahead, even under a past clause
        ("The mayor won the primary, teeing up the November runoff with Diaz.", "2031-06-11",
         [("November", "2031-11")]),
        ("Both camps are gearing up for the May recall.", "2031-06-11", [("May", "2032-05")]),
        # ... where a plain past verb keeps the last one
        ("Diaz lost the November runoff.", "2031-06-11", [("November", "2030-11")]),
        # "every single day from now": a set, no day from now
        ("Crews will patrol every single day from now on.", "2031-06-11",
         [("every single day", "P1D")]),
        ("The audit is due two days from now.", "2031-06-11",
         [("two days from now", "2031-06-13")]),
        # "this" before a capitalised month after a comma stays with it
        ("Mark my words, this October we will win.", "2031-06-11", [("this October", "2031-10")]),
        # "of yesterday" and "of tomorrow" after a noun name an idea, not a day
        ("She mocked the slogans of yesterday.", "2031-06-11", []),
        ("The club trains the champions of tomorrow.", "2031-06-11", []),
        ("The events of yesterday stunned the town.", "2031-06-11", [("yesterday", "2031-06-10")]),
        # a figure's month before a present "lags": the figure is reported, so past
        ("Hiring of 9,000 in April lags the target.", "2031-06-11", [("April", "2031-04")]),
        # a holiday a few days gone under a present clause; further back, the coming one
        ("Memorial Day is barely over, and the pools are crowded.", "2031-05-28",
         [("Memorial Day", "2031-05-26")]),
        ("Memorial Day is a time to remember.", "2031-06-11", [("Memorial Day", "2032-05-31")]),
    ],
)  # fmt: skip
def test_found_in_their_sentences(text: str, published: str, expected: list) -> None:
    assert _times(text, published) == expected
