"""Times: find time expressions and normalise them against the reference date.

Stage contract: ``run(analysis)`` appends :class:`dateline.records.Time` records to
``analysis.times`` (offsets into ``analysis.text``), using ``analysis.published`` as the
reference date; with no reference only absolute expressions ("in 2016", durations, sets) get a
value. Values are TIMEX3-style; conventions are documented in :mod:`dateline.time._normalise`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dateline.records import Time
from dateline.time._attach import reason_elsewhere, time_for_span
from dateline.time._grammar import WD_NAMES
from dateline.time._lexicon import MONTHS, SEASON_WORDS, WEEKDAYS
from dateline.time._normalise import parse
from dateline.time._not_days import names_a_part_of_day
from dateline.time._stage import find_times, to_time

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

# The calendar words and the attachment test are public: places, quotes and events read them.
__all__ = [
    "MONTHS",
    "SEASON_WORDS",
    "WD_NAMES",
    "WEEKDAYS",
    "normalise",
    "reason_elsewhere",
    "run",
    "time_for_span",
]


def normalise(text: str, reference: date | None, tense: str | None = None) -> Time | None:
    """One expression normalised (offsets 0..len(text)); None if it is not a time expression.

    ``tense`` ("past", "present", "future" or None) picks the year of a bare month, season or
    weekday: past looks back from the reference date, present and future look ahead. A
    weekday with a capitalised part of the day ("Tuesday Morning") is a name (a chain's, a
    show's): running text writes the morning itself in lower case.
    """
    if names_a_part_of_day(text):
        return None
    result = parse(text, reference, tense)
    return None if result is None else to_time(0, len(text), text, result)


def run(analysis: Analysis) -> None:
    """Append the article's normalised time expressions to ``analysis.times``."""
    analysis.times.extend(find_times(analysis.text, analysis.doc, analysis.published))
