"""Rules for business and calendar periods news writes in set phrases: two-digit fiscal years
("FY26"), "so far this year", "the three months to September", "a quarter century", "this
coming spring", "the winter of 2025-26", "the new year", and school terms.

A school term ("the fall semester") is recognised with no value: its dates are the school's,
not the calendar's (the meteorological fall would be wrong by weeks).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import NUM, SEASON, YEAR, Ctx, Result, core, of, rule, year_of
from dateline.time._lexicon import SEASON_WORDS
from dateline.time._quantities import number

__all__: list[str] = []


@rule(r"(?:the )?(?:fiscal |fy ?)'?(?P<yy>\d\d)")
def _fiscal_two_digit(m: re.Match[str], ctx: Ctx) -> Result:
    """ "FY26", "fiscal '26": a two-digit fiscal year is the one with that ending nearest the
    reference date (this century's without one), so "FY99" in a 1998 story is 1999."""
    yy = int(m["yy"])
    if ctx.ref is None:
        return of(cal.year(2000 + yy))
    century = ctx.ref.year - ctx.ref.year % 100
    year = min((century + k + yy for k in (-100, 0, 100)), key=lambda y: abs(y - ctx.ref.year))
    return of(cal.year(year))


@rule(r"so far (?P<rest>this (?:year|month|week|quarter|decade))")
def _so_far(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "so far this year": this year, its interval from its start to the reference date."""
    inner = core(m["rest"], ctx)
    if inner is None or inner.start is None or ctx.ref is None or ctx.ref < inner.start:
        return None
    return replace(inner, end=min(ctx.ref, inner.end or ctx.ref))


_SPAN_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12}
# The grains a span of months (of years) may end with: "the three months to Sept. 30", "the year
# to March", "the two years to 2024"; not "the three months to 2024".
_SPAN_ENDS = {1: {"day", "month"}, 12: {"day", "month", "year"}}


@rule(
    rf"(?:the )?(?:{NUM} (?P<u>months|years)|(?P<one>month|year)) "
    r"(?:to|through|ending in|ending|ended) (?P<rest>.+)"
)
def _span_to(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the three months to September", the financial press's "the year to March": a duration
    of N units (one when no number is written) that ends with the anchor."""
    unit = m["u"] or m["one"]
    n = number(m["num"]) if m["num"] else 1.0
    if n is None or not float(n).is_integer() or n < 1:
        return None
    unit_months = _SPAN_MONTHS[unit]
    anchor = core(m["rest"], ctx)
    if anchor is None or anchor.kind != "date" or anchor.grain not in _SPAN_ENDS[unit_months]:
        return None
    if anchor.start is None or anchor.end is None:
        return None
    start = cal.shift_months(anchor.end + timedelta(days=1), -int(n) * unit_months)
    code = "M" if unit_months == 1 else "Y"
    return Result(f"P{int(n)}{code}", start, anchor.end, "duration")


@rule(r"(?:a |one )?quarter(?: of a)? century")
def _quarter_century(m: re.Match[str], ctx: Ctx) -> Result:
    """ "a quarter century": 25 years, how long rather than when."""
    return Result("P25Y", kind="duration")


@rule(r"this coming (?P<rest>.+)")
def _this_coming(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "this coming spring": the coming one."""
    return core(f"coming {m['rest']}", ctx)


@rule(rf"(?:the )?winter(?: of)? {YEAR} ?(?:-|/|to) ?(?P<y2>\d\d|\d{{4}})")
def _split_winter(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the winter of 2025-26": the winter that starts in the first year."""
    y = year_of(m["y"])
    following = int(m["y2"]) if len(m["y2"]) == 4 else int(m["y2"]) + (y + 1) // 100 * 100
    if following != y + 1:  # "2025-26", "2025-2026"; not "2025-2126"
        return None
    return of(cal.season(y, SEASON_WORDS["winter"]))


_NEW_YEAR_SEEN_FROM = 7  # from July on, "the new year" is the one ahead


@rule(r"the new year")
def _new_year(m: re.Match[str], ctx: Ctx) -> Result:
    """ "in the new year": the year about to begin late in a year, the one just begun early."""
    ref = ctx.need()
    return of(cal.year(ref.year + (ref.month >= _NEW_YEAR_SEEN_FROM)))


@rule(rf"(?:the |this |next |last )?{SEASON} (?:semester|term)")
def _school_term(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the spring semester": a time whose dates the school sets, so no value."""
    return Result(None)


@rule(rf"(?:the |this |next |last )?{YEAR} ?(?:-|/) ?(?P<y2>\d\d|\d{{4}}) (?:season|school year)")
def _split_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the 2020-21 season": a league's or school's year across two calendar years, whose
    dates are the league's or the school's, so no value (not "2020-21" as two years)."""
    y = year_of(m["y"])
    following = int(m["y2"]) if len(m["y2"]) == 4 else int(m["y2"]) + (y + 1) // 100 * 100
    return Result(None) if following == y + 1 else None
