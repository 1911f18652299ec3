"""Rules for set phrases of news copy that name a time by a calendar position or an idiom:
"last Thursday night", "Friday nights", "every other Tuesday night", "six days a week",
"biennially", "midweek", "come fall", "the Fourth", "two Christmases ago", "the first full week
of January", "the last weekend of January", "the fiscal year starting April 1".

"Golden Week", "this school year" and "the first half of last season" are recognised with no
value: their days are the government's, the school's or the league's, not the calendar's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import (
    MON,
    NUM,
    PART,
    PARTS,
    REL,
    WD_FULL,
    Ctx,
    Result,
    core,
    of,
    rule,
)
from dateline.time._lexicon import MONTHS, WEEKDAYS
from dateline.time._quantities import number
from dateline.time._rules_dates import is_one_of, month_moment

__all__: list[str] = []


@rule(rf"{REL} {WD_FULL} {PART}")
def _rel_weekday_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last Thursday night": the part of the day "last Thursday" names."""
    day = core(f"{m['rel']} {m['wd']}", ctx)
    if day is None or day.value is None or len(day.value) != 10:
        return None
    return Result(f"{day.value}T{PARTS[m['part']]}", day.start, day.end, "date", None, "time")


@rule(rf"(?:on )?(?:alternate )?{WD_FULL} (?P<p>morning|afternoon|evening|night)s")
@rule(rf"(?:every|each) (?P<other>other )?{WD_FULL} (?P<p>morning|afternoon|evening|night)")
def _weekday_part_set(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Friday nights", "every other Tuesday night": that part of every such weekday (TIMEX3
    writes the alternation in the frequency, as for "every other Thursday")."""
    return Result(f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}T{PARTS[m['p']]}", kind="set")


_PER = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}


@rule(
    rf"{NUM} (?:days|nights|hours|mornings|evenings) (?:a|an|per|each) (?P<per>day|week|month|year)"
)
def _count_per(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "six days a week", "eight hours a day": a set over the larger unit, like "twice a
    week" (the count is its frequency)."""
    n = number(m["num"])
    return None if n is None or n <= 0 else Result(_PER[m["per"]], kind="set")


@rule(r"biennially")
def _biennial(m: re.Match[str], ctx: Ctx) -> Result:
    """ "biennially": once every two years (not "biannually", twice a year)."""
    return Result("P2Y", kind="set")


_MONDAY, _WEDNESDAY, _THURSDAY = 0, 2, 3


@rule(r"midweek|the middle of the week")
def _midweek(m: re.Match[str], ctx: Ctx) -> Result:
    """ "midweek": the middle of this week; in a future clause from Thursday on the coming
    week's, in a past clause on a Monday or Tuesday the last week's."""
    ref = ctx.need()
    step = 0
    if ctx.tense == "future" and ref.weekday() >= _THURSDAY:
        step = 1
    elif ctx.tense == "past" and ref.weekday() < _WEDNESDAY:
        step = -1
    week = cal.week(ref + timedelta(weeks=step))
    start, end = cal.narrow(week.start, week.end, "MID")
    return Result(week.value, start, end, "date", "MID", week.grain)


@rule(r"come (?P<rest>.+)")
def _come(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "come fall", "come Monday": the next one, whatever the clause's tense."""
    if m["rest"].startswith(("the ", "this ", "next ", "last ")):
        return None
    result = core(m["rest"], Ctx(ctx.ref, "future"))
    return result if result is not None and result.kind == "date" else None


@rule(r"the fourth")
def _the_fourth(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the Fourth" (the finder takes it only capitalised and alone): Independence Day."""
    return core("the fourth of july", ctx)


_HOLIDAY_PLURALS = {"christmases": "christmas", "thanksgivings": "thanksgiving",
                    "easters": "easter", "halloweens": "halloween"}  # fmt: skip


@rule(rf"{NUM} (?P<h>christmases|thanksgivings|easters|halloweens) (?P<dir>ago|from now)")
def _counted_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "two Christmases ago": the last one is the first counted, like "two summers ago"."""
    n = number(m["num"])
    if n is None or not float(n).is_integer() or n < 1:
        return None
    ahead = m["dir"] == "from now"
    first = core(f"{'next' if ahead else 'last'} {_HOLIDAY_PLURALS[m['h']]}", ctx)
    if first is None or first.value is None or len(first.value) != 10:
        return None
    years = (int(n) - 1) * (1 if ahead else -1)
    return core(f"{_HOLIDAY_PLURALS[m['h']]} {int(first.value[:4]) + years}", ctx)


def _month_of(mon: str, year: str | None, ctx: Ctx) -> cal.Moment:
    return cal.month(int(year), MONTHS[mon]) if year else month_moment(MONTHS[mon], ctx)


@rule(rf"(?:the )?(?P<which>first|last|final) full week (?:of|in) {MON}(?:,? (?P<y>[12]\d{{3}}))?")
def _full_week(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the first full week of January": the first (last) ISO week whose seven days all fall
    in the month."""
    month = _month_of(m["mon"], m["y"], ctx)
    if m["which"] == "first":
        monday = month.start + timedelta(days=(7 - month.start.weekday()) % 7)
    else:
        monday = month.end - timedelta(days=month.end.weekday() + (month.end.weekday() != 6) * 7)
    return of(cal.week(monday))


@rule(r"(?:the )?(?P<which>first|last|final) business day (?:of|in) (?P<rest>.+)")
def _business_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first business day of the new year": the first (last) weekday of the month or
    year that is no federal holiday on a fixed day or Labor Day (blind 389)."""
    anchor = core(m["rest"], ctx)
    if anchor is None or anchor.grain not in ("month", "year") or anchor.start is None:
        return None
    assert anchor.end is not None
    first = m["which"] == "first"
    day = anchor.start if first else anchor.end
    while day.weekday() >= WEEKDAYS["saturday"] or is_one_of(day, _DAYS_OFF):
        day += timedelta(days=1 if first else -1)
    return of(cal.day(day))


# The federal holidays a month's or year's first or last business day may step over.
_DAYS_OFF = ("new year's day", "independence day", "christmas", "labor day")


@rule(rf"(?:the )?(?P<which>first|last|final) day (?:of|in) {MON}(?:,? (?P<y>[12]\d{{3}}))?")
def _month_day_edge(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the last day of November": the month's last (first) day (blind 378)."""
    month = _month_of(m["mon"], m["y"], ctx)
    return of(cal.day(month.start if m["which"] == "first" else month.end))


@rule(rf"(?:the )?(?P<which>first|last|final) weekend (?:of|in) {MON}(?:,? (?P<y>[12]\d{{3}}))?")
def _month_weekend(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the last weekend of January": the weekend of the month's first (last) Saturday."""
    month = _month_of(m["mon"], m["y"], ctx)
    if m["which"] == "first":
        saturday = month.start + timedelta(days=(5 - month.start.weekday()) % 7)
    else:
        saturday = month.end - timedelta(days=(month.end.weekday() - 5) % 7)
    return of(cal.weekend(saturday))


@rule(
    rf"(?:the |its |their )?(?:(?:fiscal|financial|business|budget|tax) )?year "
    rf"(?:starting|beginning|that (?:starts|begins|started|began)|from) "
    rf"{MON} (?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
)
def _year_starting(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the fiscal year starting April 1": one year's duration from that day, as "the year
    ended March 31" is one ending with it."""
    first = core(f"{m['mon']} {m['d']}", ctx)
    if first is None or first.start is None or first.grain != "day":
        return None
    start = first.start
    end = date(start.year + 1, start.month, start.day) - timedelta(days=1)
    return Result("P1Y", start, end, "duration")


@rule(r"golden week")
@rule(r"(?:the |this |next |last |the current |the coming )?(?:school|academic) year")
@rule(r"(?:the )?(?:first|second) half of (?:the |this |last |next )?season")
def _set_by_institution(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Golden Week", "this school year", "the first half of last season": their days are the
    government's, the school's or the league's, so no value (like "winter break")."""
    return Result(None)
