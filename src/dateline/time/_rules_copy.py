"""Rules for set phrases of weather, sports, business and election copy: "overnight Tuesday
into Wednesday", "mid-afternoon Friday", "from 4 to 7 p.m. Monday", "the third weekend in
October", "a week ago Friday", "Election Night", "year to date", "the trailing 12 months",
"month-end", "every quarter", "the last century".

A sports "this season" and a company's "the prior-year period" are recognised with no value:
their dates are the league's and the firm's, not the calendar's.
"""

from __future__ import annotations

import re
from datetime import timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import MON, NUM, UNIT, WD_FULL, Ctx, Result, core, of, rule
from dateline.time._lexicon import MONTHS, WEEKDAYS
from dateline.time._quantities import clock_duration, number
from dateline.time._rules_dates import month_moment, nth_weekday

__all__: list[str] = []

_WD2 = r"(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@rule(rf"overnight {WD_FULL}(?: night)? into {_WD2}(?: morning)?")
@rule(rf"{WD_FULL} night into {_WD2}(?: morning)?")
def _night_into(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "overnight Tuesday into Wednesday": the Tuesday night, as TIMEX3's night runs past
    midnight (the second day must be the next one)."""
    if (WEEKDAYS[m["wd"]] + 1) % 7 != WEEKDAYS[m["wd2"]]:
        return None
    return core(f"{m['wd']} night", ctx)


@rule(r"mid (?P<part>morning|afternoon),? (?:on )?(?P<rest>.+)")
def _mid_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "mid-afternoon Friday": that afternoon, as TIMEX3 has no finer part of day (alone,
    like "afternoon", no day)."""
    result = core(f"{m['rest']} {m['part']}", ctx)
    return result if result is not None and result.kind == "date" else None


_HOUR = r"(?:[01]?\d)(?::[0-5]\d)?"


@rule(
    rf"(?P<fr>from |between )?(?:(?P<a>{_HOUR})(?: ?(?P<ap1>am|pm))?|(?P<na>noon)) "
    rf"(?:to|and|until|through|-) (?:(?P<b>{_HOUR}) ?(?P<ap2>am|pm)|(?P<nb>noon|midnight))"
    r"(?:,? (?:on )?(?P<rest>.+))?"
)
def _clock_span(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "from 4 to 7 p.m. Monday": one duration (PT3H) on that day, like "from 9 a.m. to 5
    p.m."; a first hour with no am/pm takes the second's unless that puts it later. Without
    "from" or "between", "10 to 7 p.m." is a clock reading (6:50 p.m.), not a span, but an
    earlier bare hour to a later one ("hours will be 6 to 8 p.m. on Halloween") is a span.
    Noon and midnight end or open one too ("from 9 a.m. to noon Saturday": blind 381)."""
    day = of(cal.day(ctx.need())) if m["rest"] is None else core(m["rest"], ctx)
    if day is None or day.grain != "day" or day.start is None or day.mod is not None:
        return None
    if m["na"] is not None and m["nb"] is not None:
        return None
    # a bare hour before noon is the morning's, before midnight the evening's
    ap2 = m["ap2"] or {"noon": "am", "midnight": "pm"}.get(m["nb"] or "")
    last = {"noon": 720, "midnight": 1440}[m["nb"]] if m["nb"] else _minutes(m["b"], ap2)
    first = 720 if m["na"] else _minutes(m["a"], m["ap1"] or ap2)
    if m["fr"] is None and (m["ap1"] is not None or ":" in (m["a"] or "") or first >= last):
        return None
    if m["a"] is not None and m["ap1"] is None and first >= last:
        first = _minutes(m["a"], "am" if ap2 == "pm" else "pm")
    span = last - first if last > first else last - first + 24 * 60
    value = clock_duration(span)
    end = day.start + timedelta(days=1) if last <= first else day.start
    return Result(value, day.start, end, "duration")


@rule(
    rf"from (?P<a>{_HOUR}) ?(?P<ap1>am|pm),? (?:on )?{WD_FULL} (?:to|until|till|through) "
    rf"(?P<b>{_HOUR}) ?(?P<ap2>am|pm),? (?:on )?{_WD2}"
)
def _clock_span_days(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "from 9 p.m. Wednesday until 5 a.m. Thursday": one duration (PT8H) from the first day
    to the second, like "from 4 to 7 p.m. Monday" on one day."""
    day = core(m["wd"], ctx)
    if day is None or day.grain != "day" or day.start is None:
        return None
    days = (WEEKDAYS[m["wd2"]] - WEEKDAYS[m["wd"]]) % 7
    span = days * 24 * 60 + _minutes(m["b"], m["ap2"]) - _minutes(m["a"], m["ap1"])
    if span <= 0:
        return None
    value = clock_duration(span)
    return Result(value, day.start, day.start + timedelta(days=days), "duration")


def _minutes(clock: str, meridiem: str) -> int:
    hour, _, minute = clock.partition(":")
    if int(hour) > 12:
        raise ValueError("not an hour of a 12-hour clock")
    return (int(hour) % 12 + (12 if meridiem == "pm" else 0)) * 60 + int(minute or 0)


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_SATURDAY = 5


@rule(
    rf"(?:the )?(?P<nth>second|third|fourth|fifth) weekend (?:of|in) {MON}"
    r"(?:,? (?P<y>[12]\d{3}))?"
)
def _nth_month_weekend(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the third weekend in October": the weekend of the month's third Saturday, like "the
    last weekend of January"."""
    mon = MONTHS[m["mon"]]
    year = int(m["y"]) if m["y"] else month_moment(mon, ctx).start.year
    return of(cal.weekend(nth_weekday(year, mon, _SATURDAY, _NTH[m["nth"]])))


@rule(rf"{NUM} (?P<u>weeks?) ago,? (?:on |last )?{WD_FULL}")
def _weeks_ago_weekday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "a week ago Friday": the Friday a week before the last one, a week, as "a week from
    Monday" is (a move counted in weeks is that week)."""
    n = number(m["num"])
    last = core(m["wd"], Ctx(ctx.ref, "past"))
    if n is None or not float(n).is_integer() or last is None or last.start is None:
        return None
    return of(cal.week(last.start - timedelta(weeks=int(n))))


@rule(r"election night(?:,? (?P<y>[12]\d{3}))?")
def _election_night(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Election Night": Election Day's night (TNI)."""
    day = core(f"election day{', ' + m['y'] if m['y'] else ''}", ctx)
    if day is None or day.value is None or day.grain != "day":
        return None
    return Result(f"{day.value}TNI", day.start, day.end, "date", None, "time")


@rule(r"(?:the )?(?P<u>year|month|quarter|week) to date")
def _to_date(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "year to date": this year from its start to the reference, like "so far this year"."""
    return core(f"so far this {m['u']}", ctx)


@rule(rf"(?:the )?trailing (?P<rest>{NUM} {UNIT})")
def _trailing(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the trailing 12 months": a company's last twelve months, like "the past 12 months"."""
    return core(f"the past {m['rest']}", ctx)


@rule(r"(?:every|each) (?P<other>other )?quarter")
def _each_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    """ "every quarter": the set P3M, like "quarterly"."""
    return Result("P6M" if m["other"] else "P3M", kind="set")


@rule(r"the (?:last|previous|preceding) century")
def _century_before(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "for most of the last century": the calendar century before this one (19 from 2030),
    like "last century"; no one means the past hundred years by it, while "the last decade"
    is most often the past ten years (a duration, like "the past decade")."""
    return core("last century", ctx)


@rule(r"(?:this|last|next) season")
@rule(r"(?:the )?(?:prior year|previous year|year earlier|year ago) (?:period|quarter|half)")
def _by_institution(m: re.Match[str], ctx: Ctx) -> Result:
    """ "this season" (a league's), "the prior-year period" (a company's): recognised, no
    value, like "the 2020-21 season" and "a year earlier"."""
    return Result(None)
