"""Rules for business and calendar periods news writes in set phrases: two-digit fiscal years
("FY26"), "so far this year", "the three months to September", "a quarter century", "this
coming spring", "the winter of 2025-26", "the new year", and school terms.

A school term ("the fall semester") is recognised with no value: its dates are the school's,
not the calendar's (the meteorological fall would be wrong by weeks).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.time import _calendar as cal
from dateline.time._grammar import NUM, SEASON, YEAR, Ctx, Result, core, of, rule, year_of
from dateline.time._lexicon import SEASON_WORDS
from dateline.time._quantities import number

__all__: list[str] = []


@rule(r"(?:the )?(?:fiscal |fy ?)'?(?P<yy>\d\d)")
def _fiscal_two_digit(m: re.Match[str], ctx: Ctx) -> Result:
    """ "FY26", "fiscal '26": a fiscal year written with two digits is this century's."""
    return of(cal.year(2000 + int(m["yy"])))


@rule(r"so far (?P<rest>this (?:year|month|week|quarter|decade))")
def _so_far(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "so far this year": this year, its interval from its start to the reference date."""
    inner = core(m["rest"], ctx)
    if inner is None or inner.start is None or ctx.ref is None or ctx.ref < inner.start:
        return None
    return replace(inner, end=min(ctx.ref, inner.end or ctx.ref))


_SPAN_UNITS = {"month": "M", "months": "M", "year": "Y", "years": "Y"}


@rule(
    rf"(?:the )?{NUM} (?P<u>months?|years?) (?:to|through|ending in|ending|ended) "
    r"(?P<rest>.+)"
)
def _span_to(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the three months to September": a duration of N units whose last unit is the anchor
    (the financial press's "in the year to March")."""
    n = number(m["num"])
    code = _SPAN_UNITS[m["u"]]
    anchor = core(m["rest"], ctx)
    grain = "month" if code == "M" else "year"
    if n is None or not float(n).is_integer() or anchor is None or anchor.grain != grain:
        return None
    if anchor.start is None or anchor.end is None:
        return None
    months = int(n) * (1 if code == "M" else 12)
    start = cal.shift_months(anchor.start, 1 - months) if months > 0 else anchor.start
    return Result(f"P{int(n)}{code}", start, anchor.end, "duration")


@rule(r"(?:a |one )?quarter(?: of a)? century")
def _quarter_century(m: re.Match[str], ctx: Ctx) -> Result:
    return Result("P25Y", kind="duration")


@rule(r"this coming (?P<rest>.+)")
def _this_coming(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "this coming spring": the coming one."""
    return core(f"coming {m['rest']}", ctx)


@rule(rf"(?:the )?winter(?: of)? {YEAR} ?(?:-|/|to) ?(?P<y2>\d\d|\d{{4}})")
def _split_winter(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the winter of 2025-26": the winter that starts in the first year."""
    y = year_of(m["y"])
    if int(m["y2"]) % 100 != (y + 1) % 100:
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
