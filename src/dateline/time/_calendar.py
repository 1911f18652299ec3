"""Calendar units as TIMEX3 values with their date intervals.

A :class:`Moment` is what a date-like expression denotes: a TIMEX3 ``value`` ("2017-07",
"2017-SU", "2017-W19-WE", "199") and the first and last day it covers. Seasons are
*meteorological* (summer = 06-01..08-31; winter ``YYYY-WI`` = December of YYYY to February of
YYYY+1), because whole months keep every season boundary independent of the year and the
hemisphere-neutral definition is what statistics offices use.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

__all__ = [
    "SEASONS",
    "Moment",
    "century",
    "day",
    "decade",
    "half",
    "month",
    "narrow",
    "quarter",
    "season",
    "season_of",
    "shift_months",
    "week",
    "weekend",
    "year",
]

# Season code -> first month (meteorological seasons).
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_MIN_YEAR, _MAX_YEAR = 1, 9998


@dataclass(frozen=True)
class Moment:
    """A calendar unit: TIMEX3 value, first and last day, and its granularity."""

    value: str
    start: date
    end: date
    grain: str

    def with_value(self, value: str) -> Moment:
        return replace(self, value=value)


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _check(y: int) -> int:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        raise ValueError(f"year {y} out of range")
    return y


def day(d: date) -> Moment:
    return Moment(d.isoformat(), d, d, "day")


def month(y: int, m: int) -> Moment:
    _check(y)
    return Moment(f"{y:04d}-{m:02d}", date(y, m, 1), _last_day(y, m), "month")


def year(y: int) -> Moment:
    _check(y)
    return Moment(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def season(y: int, code: str) -> Moment:
    _check(y)
    first = SEASONS[code]
    start = date(y, first, 1)
    end = _last_day(y + 1, 2) if code == "WI" else _last_day(y, first + 2)
    return Moment(f"{y:04d}-{code}", start, end, "season")


def season_of(d: date) -> Moment:
    """The season a day falls in (January and February belong to the previous winter)."""
    if d.month in (1, 2):
        return season(d.year - 1, "WI")
    code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[d.month - (d.month % 3)]
    return season(d.year, code)


def quarter(y: int, q: int) -> Moment:
    _check(y)
    first = 3 * (q - 1) + 1
    return Moment(f"{y:04d}-Q{q}", date(y, first, 1), _last_day(y, first + 2), "quarter")


def half(y: int, h: int) -> Moment:
    _check(y)
    first = 1 if h == 1 else 7
    return Moment(f"{y:04d}-H{h}", date(y, first, 1), _last_day(y, first + 5), "half")


def week(d: date) -> Moment:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Moment(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Moment:
    """The weekend (Saturday and Sunday) of the ISO week containing ``d``."""
    w = week(d)
    return Moment(f"{w.value}-WE", w.start + timedelta(days=5), w.end, "weekend")


def decade(first_year: int) -> Moment:
    _check(first_year)
    return Moment(
        f"{first_year // 10:03d}", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade"
    )


def century(index: int) -> Moment:
    """The ``index``-th century as its hundreds (21 -> 2000..2099; TIMEX3 value "20")."""
    first = 100 * (index - 1)
    _check(max(first, 1))
    return Moment(
        f"{index - 1:02d}", date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
    )


def shift_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, clamped to the month's last day."""
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    _check(y)
    return min(date(y, m + 1, 1).replace(day=1), _last_day(y, m + 1)).replace(
        day=min(d.day, _last_day(y, m + 1).day)
    )


def narrow(start: date, end: date, part: str) -> tuple[date, date]:
    """The first (START), middle (MID) or last (END) third of an interval."""
    days = (end - start).days + 1
    third = max(days // 3, 1)
    if part == "START":
        return start, start + timedelta(days=third - 1)
    if part == "END":
        return end - timedelta(days=third - 1), end
    if part == "MID":
        first = start + timedelta(days=third)
        return first, max(first, end - timedelta(days=third))
    return start, end
