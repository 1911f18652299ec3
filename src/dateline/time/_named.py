"""Days that news names by their date alone: "9/11", "the Sept. 11 attacks".

A month and day with no year reads by tense against the reference ("after Sept. 11" in 2016 is
2015-09-11), but some days are names: written as "9/11", or followed by what happened on them
("the Sept. 11 terrorist attacks"), they mean one day in one year, and once an article writes
such a day's short name ("9/11") every bare mention of its month and day there means that day.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.time._lexicon import MONTHS, alternation

__all__ = ["NAMED_DAYS", "NAMED_PATTERN", "named_year"]

# (month, day) -> (the day, its short written name, what the day is named for).
NAMED_DAYS: dict[tuple[int, int], tuple[date, str, str]] = {
    # plural: "the Sept. 11 attack on the U.S. consulate in Benghazi" is 2012's
    (9, 11): (date(2001, 9, 11), "9/11", r"(?:terror(?:ist)?\s+)?attacks|hijack\w*"),
}

NAMED_PATTERN = re.compile(
    r"(?<![\w/.-])(?:" + "|".join(re.escape(n) for _, n, _ in NAMED_DAYS.values()) + r")(?![\w/])"
)
_MONTH_DAY = re.compile(
    rf"(?:^|\b)(?P<mon>{alternation(MONTHS)})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?$", re.IGNORECASE
)


def named_year(text: str, start: int, end: int) -> int | None:
    """The year of the named day that ``text[start:end]`` (ending in a month and day with no
    year) stands for, or None: when the day is followed by what it is named for, or when the
    article writes the day's short name somewhere."""
    m = _MONTH_DAY.search(text, start, end)
    if m is None or m.end() != end:
        return None
    key = (MONTHS[m["mon"].lower()], int(m["d"]))
    if key not in NAMED_DAYS:
        return None
    day, short, event = NAMED_DAYS[key]
    after = re.match(rf"[\s,]*(?:{event})\b", text[end : end + 40], re.IGNORECASE)
    named_here = re.search(rf"(?<![\w/]){re.escape(short)}(?![\w/])", text) is not None
    return day.year if after or named_here else None
