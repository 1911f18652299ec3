"""Days that news names by their date alone: "9/11", "the Sept. 11 attacks".

A month and day with no year reads by tense against the reference ("after Sept. 11" in 2016 is
2015-09-11), but some days are names: written as "9/11", or followed by what happened on them
("the Sept. 11 terrorist attacks"), they mean one day in one year, and once an article writes
such a day's short name ("9/11"), a bare mention of its month and day in a past clause or in a
sentence about what happened means that day ("the council meets on Sept. 11" keeps its tense).
A short name right after a capitalised word is a title ("Fahrenheit 9/11"), not the day.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.time._lexicon import MONTHS, alternation

__all__ = ["NAMED_DAYS", "NAMED_PATTERN", "in_title", "named_year"]

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


# A capitalised word, not opening a sentence, right before the short name: a title.
_TITLE_WORD = re.compile(r"(?:[a-z0-9,;:]\s|[\"\u201c\u2018'(])(?P<w>[A-Z][A-Za-z]+)\s$")
# Words that open a quoted sentence or clause before the day ("\u201cAfter 9/11, ..."): no title.
_OPENERS = frozenset(
    [
        "after",
        "and",
        "as",
        "before",
        "but",
        "by",
        "during",
        "following",
        "for",
        "from",
        "in",
        "like",
        "on",
        "post",
        "since",
        "so",
        "the",
        "through",
        "until",
    ]
)
# What a sentence about the attacks says.
_ABOUT = re.compile(
    r"attack|terror|hijack|al[- ]Qa[ei]da|World Trade Center|Twin Towers|Ground Zero",
    re.IGNORECASE,
)


def in_title(text: str, start: int) -> bool:
    """ "Fahrenheit 9/11", "Generation 9/11": the short name is part of a title."""
    m = _TITLE_WORD.search(text[max(0, start - 40) : start])
    return m is not None and m["w"].lower() not in _OPENERS


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[left + 1 : min(right) if right else len(text)]


def named_year(text: str, start: int, end: int, tense: str | None = "past") -> int | None:
    """The year of the named day that ``text[start:end]`` (ending in a month and day with no
    year) stands for, or None: when the day is followed by what it is named for, or when the
    article writes the day's short name somewhere and the clause is past (or the sentence is
    about what happened that day)."""
    m = _MONTH_DAY.search(text, start, end)
    if m is None or m.end() != end:
        return None
    key = (MONTHS[m["mon"].lower()], int(m["d"]))
    if key not in NAMED_DAYS:
        return None
    day, short, event = NAMED_DAYS[key]
    after = re.match(rf"[\s,]*(?:{event})\b", text[end : end + 40], re.IGNORECASE)
    if after:
        return day.year
    named_here = any(
        not in_title(text, m.start())
        for m in re.finditer(rf"(?<![\w/]){re.escape(short)}(?![\w/])", text)
    )
    about = _ABOUT.search(_sentence(text, start, end)) is not None
    return day.year if named_here and (about or tense in ("past", None)) else None
