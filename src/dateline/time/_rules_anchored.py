"""Rules for days defined from another date: "the first Monday in May", "on the 15th", "the day
after Christmas", "the eve of the election", "the turn of the century".

An anchor that resolves to a day gives a value; "the eve of" an event (no date) is recognised
with no value, like other anaphoric expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import (
    MON,
    NUM,
    PARTS,
    WD_FULL,
    YEAR,
    Ctx,
    Result,
    core,
    of,
    rule,
    year_of,
)
from dateline.time._lexicon import MONTHS, WEEKDAYS
from dateline.time._quantities import number
from dateline.time._rules_dates import nth_weekday, pick

__all__: list[str] = []

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}  # fmt: skip
_NTH_RE = "|".join(sorted(_NTH, key=len, reverse=True))


@rule(rf"(?:the )?(?P<nth>{_NTH_RE}) {WD_FULL} (?:in|of) {MON}(?:,? {YEAR})?")
def _nth_weekday_of_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first Monday in May": a bare month's year follows the tense, as the month's would
    (no tense: the reference year's); None where no nearby year has one that fits."""
    mon, wd, n = MONTHS[m["mon"]], WEEKDAYS[m["wd"]], _NTH[m["nth"]]
    if m["y"]:
        return of(cal.day(nth_weekday(year_of(m["y"]), mon, wd, n)))
    ref = ctx.need()
    days = [cal.day(d) for k in (-1, 0, 1) if (d := _nth_or_none(ref.year + k, mon, wd, n))]
    if ctx.tense is None or not days:
        here = [d for d in days if d.start.year == ref.year]
        return of(here[0]) if here else None
    chosen = pick(days, ref, ctx.tense, 0)
    agrees = chosen.start <= ref if ctx.tense == "past" else chosen.end >= ref
    return of(chosen) if agrees else None


_MONTH_WORDS = {"the month": 0, "this month": 0, "next month": 1, "last month": -1}


@rule(rf"(?:the )?(?P<nth>{_NTH_RE}) {WD_FULL} (?:in|of) (?P<month>{'|'.join(_MONTH_WORDS)})")
def _nth_weekday_of_this_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the last Friday of the month", "the third Thursday of next month"; "the month" is this
    one unless its day contradicts the tense, then the neighbour (as "the end of the month" in
    a past clause early in a month is last month's)."""
    wd, n, ref = WEEKDAYS[m["wd"]], _NTH[m["nth"]], ctx.need()
    step = _MONTH_WORDS[m["month"]]
    first = cal.shift_months(ref.replace(day=1), step)
    day = _nth_or_none(first.year, first.month, wd, n)
    if m["month"] == "the month" and day is not None:
        if ctx.tense == "past" and day > ref:
            first = cal.shift_months(first, -1)
        elif ctx.tense == "future" and day < ref:
            first = cal.shift_months(first, 1)
        day = _nth_or_none(first.year, first.month, wd, n)
    return None if day is None else of(cal.day(day))


def _nth_or_none(y: int, month: int, weekday: int, n: int) -> date | None:
    """Like ``nth_weekday``, None where that month has no such day (a fifth Sunday), so a
    neighbouring year without one does not sink the bare month's reading."""
    try:
        return nth_weekday(y, month, weekday, n)
    except ValueError:
        return None


@rule(r"the (?P<d>[12]?\d|3[01])(?:st|nd|rd|th)")
def _day_of_month(m: re.Match[str], ctx: Ctx) -> Result:
    """ "on the 15th": that day of the current month, or of a neighbour by the tense."""
    ref, d = ctx.need(), int(m["d"])
    cands = []
    for k in (-1, 0, 1):
        first = cal.shift_months(ref.replace(day=1), k)
        if d <= cal.month(first.year, first.month).end.day:
            cands.append(cal.day(first.replace(day=d)))
    if ctx.tense in ("past", "future", "present"):
        return of(pick(cands, ref, ctx.tense, 0))
    return of(min(cands, key=lambda c: abs((c.start - ref).days)))


def _anchored_day(
    text: str,
    ctx: Ctx,
    move: Callable[[date], date],
    moment: Callable[[date], cal.Moment] = cal.day,
) -> cal.Moment | None:
    """The day ``move`` makes of the anchor ``text``, whose year is chosen so that the moved day,
    not the anchor, agrees with the clause's tense ("pilgrims arrived a week before Easter" on
    Holy Saturday is this Easter's week, not last year's; "shoppers returned the Monday after
    Thanksgiving" on the Friday after it is last year's); ``moment`` makes the moved day a day or
    its week before the choice. None for an anchor that is no day. A weekday or "today" names
    one day near the reference already, read by the clause's tense ("a week from Monday" in a
    future clause: the coming Monday's), so it needs no such choice."""
    if ctx.tense is None or ctx.ref is None or _NEAR_DAY.fullmatch(text):
        anchor = _day_anchor(text, ctx)
        return None if anchor is None else moment(move(anchor))
    moved: list[date] = []
    for tense in ("past", "future"):
        anchor = _day_anchor(text, Ctx(ctx.ref, tense, anchor=True))
        if anchor is None:
            return None
        moved.append(move(anchor))
        shift = move(anchor) - anchor
        if (tense == "past") == (shift.days > 0):  # the move may carry it across the reference
            again = _day_anchor(text, Ctx(ctx.ref - shift, tense, anchor=True))
            if again is not None:
                moved.append(move(again))
    return pick([moment(d) for d in sorted(set(moved))], ctx.ref, ctx.tense, 0)


_NEAR_DAY = re.compile(rf"{WD_FULL}|today|tonight|tomorrow|yesterday")


def _day_anchor(text: str, ctx: Ctx) -> date | None:
    """The first day of ``text`` read as a day, else None."""
    anchor = core(text, ctx)
    if anchor is None or anchor.grain != "day" or anchor.start is None:
        return None
    return anchor.start


_SHIFT_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


@rule(rf"(?:the )?(?:(?:{NUM}) )?(?P<u>days?|weeks?) (?P<dir>before|after|from) (?P<rest>.+)")
def _shifted_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the day after Christmas", "two days before the 15th", "a week from Monday", "two
    weeks from today": a day anchor moved (a week's move is that week, as "two weeks from now"
    is); an anchor that is not a day ("the day after the vote") is left to the anaphoric
    rule."""
    if m["num"] is None and m["u"].endswith("s"):
        return None
    if m["dir"] == "from" and (m["num"] is None or m.group(0).startswith("the ")):
        return None  # "the day from hell", "days from the vote": no count from a day
    n = number(m["num"]) if m["num"] else 1.0
    if n is None or not float(n).is_integer():
        return None
    days = int(n) * _SHIFT_UNITS[m["u"]] * (-1 if m["dir"] == "before" else 1)
    moment = cal.day if m["u"].startswith("day") else cal.week
    moved = _anchored_day(m["rest"], ctx, lambda d: d + timedelta(days=days), moment)
    return of(moved) if moved is not None else None


@rule(r"(?:the )?night before (?P<rest>.+)")
def _night_before(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the night before the Fourth of July": the night of the day before its anchor day, as
    "the day before" is that day (blind 45); an anchor that is no day is left to the anaphoric
    rule."""
    moved = _anchored_day(m["rest"], ctx, lambda d: d - timedelta(days=1))
    return of(moved.with_value(f"{moved.value}TNI")) if moved is not None else None


@rule(r"(?:the )?(?P<part>morning|afternoon|evening|night) of (?P<rest>.+)")
def _part_of_day_of(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the morning of July 4": that part of the day (blind 386), as "July 4 morning" would
    be; an anchor that is no day ("the night of the election") is left alone."""
    day = core(m["rest"], ctx)
    if day is None or day.grain != "day" or day.start is None or day.value is None:
        return None  # (the day as its own rule reads it, no move to choose a year for)
    return replace(day, value=f"{day.value}T{PARTS[m['part']]}")


_SATURDAY = 5


@rule(r"(?:the )?week of (?P<rest>.+)")
def _week_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the week of Thanksgiving", "the week of March 6": the ISO week holding that day."""
    moved = _anchored_day(m["rest"], ctx, lambda d: d, cal.week)
    return of(moved) if moved is not None else None


@rule(r"(?:the )?weekend of (?P<rest>.+)")
def _weekend_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the weekend of Jan. 24": the weekend of the ISO week holding that day, as "the week of
    March 6" is that week (blind 375)."""
    moved = _anchored_day(m["rest"], ctx, lambda d: d, cal.weekend)
    return of(moved) if moved is not None else None


@rule(r"(?:the )?weekend (?P<dir>before|after) (?P<rest>.+)")
def _weekend_around(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the weekend before Christmas": the last weekend wholly before the day (the weekend
    of the week before its ISO week, as "the week before Christmas" is that week); "the
    weekend after" the first one wholly after it."""

    def move(d: date) -> date:
        if m["dir"] == "before":
            return d - timedelta(weeks=1)
        return d + timedelta(weeks=1) if d.weekday() >= _SATURDAY else d

    moved = _anchored_day(m["rest"], ctx, move, cal.weekend)
    return of(moved) if moved is not None else None


_MONTH_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10,
               "fifteenth": 15, "twentieth": 20}  # fmt: skip


@rule(
    rf"(?:the )?(?:(?P<w>{'|'.join(_MONTH_DAYS)})|(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)) "
    r"(?:day )?of (?P<q>the|each|every) month"
)
def _day_of_each_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first of the month": in a present (generic) clause or after "each" the set of
    that day in every month (XXXX-XX-01), like "each Monday"; in a past or future clause the
    one day the tense points to, like "on the 1st"."""
    d = _MONTH_DAYS[m["w"]] if m["w"] else int(m["d"])
    if m["q"] != "the" or ctx.tense == "present":
        return Result(f"XXXX-XX-{d:02d}", kind="set")
    return core(f"the {d}{_suffix(d)}", ctx)


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


@rule(rf"(?:the )?{WD_FULL} (?P<dir>before|after) (?P<rest>.+)")
def _weekday_around(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the Monday after Thanksgiving": the first such weekday after (before) a day anchor."""
    wd, after = WEEKDAYS[m["wd"]], m["dir"] == "after"

    def move(d: date) -> date:
        if after:
            return d + timedelta(days=(wd - d.weekday() - 1) % 7 + 1)
        return d - timedelta(days=(d.weekday() - wd - 1) % 7 + 1)

    moved = _anchored_day(m["rest"], ctx, move)
    return of(moved) if moved is not None else None


@rule(r"(?:the )?(?:early|small|wee) hours of (?P<rest>.+)")
def _early_hours(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the early hours of Friday": that day with mod START, like "early Friday"."""
    day = core(m["rest"], ctx)
    if day is None or day.grain != "day" or day.mod is not None:
        return None
    return core(f"early {m['rest']}", ctx)


@rule(r"(?:the )?eve of (?P<rest>.+)")
def _eve(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the eve of the election": the day before its anchor, recognised even with no date."""
    moved = _anchored_day(m["rest"], ctx, lambda d: d - timedelta(days=1))
    return Result(None) if moved is None else of(moved)


_CENTURY_ORD = {"nineteenth": 19, "twentieth": 20, "twenty first": 21, "eighteenth": 18}


@rule(
    r"(?:the )?turn of the (?:(?P<n>\d{1,2})(?:st|nd|rd|th) |"
    rf"(?P<w>{'|'.join(_CENTURY_ORD)}) )?(?P<u>century|millennium)"
)
def _turn_of_century(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the turn of the century": about the year the (last begun) century started."""
    step = 1000 if m["u"] == "millennium" else 100
    if m["n"] or m["w"]:  # "the turn of the 20th century": 1900; "of the 3rd millennium": 2000
        y = step * ((int(m["n"]) if m["n"] else _CENTURY_ORD[m["w"]]) - 1)
    else:
        y = ctx.need().year // step * step
    return of(cal.year(y), "APPROX")
