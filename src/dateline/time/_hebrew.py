"""The Hebrew calendar's days in the Gregorian calendar, for the Jewish holidays news names.

The arithmetic is Dershowitz and Reingold's (*Calendrical Calculations*, ch. 8): a year's new
year from the months and parts elapsed since the epoch, with the four postponements; months by
their lengths. Dates are Python ordinals, which count days as the book's fixed dates do.
"""

from __future__ import annotations

from datetime import date

__all__ = ["HEBREW_HOLIDAYS", "hebrew_holiday"]

_EPOCH = -1373427  # 1 Tishri AM 1 (7 October 3761 BCE, Julian), as a fixed date
_NISAN, _SIVAN, _TISHRI, _MARHESHVAN, _KISLEV, _ADAR, _ADAR_II = 1, 3, 7, 8, 9, 12, 13
# Each holiday's first day as (month, day); Purim falls in Adar II in a leap year.
HEBREW_HOLIDAYS = {
    "rosh hashanah": (_TISHRI, 1),
    "rosh hashana": (_TISHRI, 1),  # (AP's and many papers' spelling: blind 384)
    "yom kippur": (_TISHRI, 10),
    "sukkot": (_TISHRI, 15),
    "hanukkah": (_KISLEV, 25),
    "chanukah": (_KISLEV, 25),
    "purim": (_ADAR, 14),
    "passover": (_NISAN, 15),
    "shavuot": (_SIVAN, 6),
}


def _leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _elapsed_days(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(year: int) -> int:
    ny0, ny1, ny2 = (_elapsed_days(y) for y in (year - 1, year, year + 1))
    correction = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return _EPOCH + ny1 + correction


def _month_length(month: int, year: int) -> int:
    days_in_year = _new_year(year + 1) - _new_year(year)
    short = (
        month in (2, 4, 6, 10, _ADAR_II)
        or (month == _ADAR and not _leap(year))
        or (month == _MARHESHVAN and days_in_year not in (355, 385))
        or (month == _KISLEV and days_in_year in (353, 383))
    )
    return 29 if short else 30


def _fixed(year: int, month: int, day: int) -> int:
    last = _ADAR_II if _leap(year) else _ADAR
    months = (
        range(_TISHRI, month) if month >= _TISHRI else [*range(_TISHRI, last + 1), *range(1, month)]
    )
    return _new_year(year) + day - 1 + sum(_month_length(m, year) for m in months)


def hebrew_holiday(name: str, gregorian_year: int) -> date:
    """The first day of the holiday ``name`` (a key of :data:`HEBREW_HOLIDAYS`) falling in the
    Gregorian year; it begins at sundown the evening before."""
    month, day = HEBREW_HOLIDAYS[name]
    # Tishri to Kislev fall in the autumn the Hebrew year opens; Adar and Nisan to Elul in
    # the next Gregorian year
    year = gregorian_year + (3761 if _TISHRI <= month <= _KISLEV else 3760)
    if month == _ADAR and _leap(year):
        month = _ADAR_II
    return date.fromordinal(_fixed(year, month, day))
