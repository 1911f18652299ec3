"""Normalise one time expression against a reference date (rules, no model).

The rules cover what news writes and what generic parsers get wrong: seasons, "early 2014",
tense-dependent months and weekdays, "by 2020", durations and sets. An expression is first
stripped of its *signal* ("since", "by", "every"...), the core is matched by one rule, then the
signal adjusts the interval and modifier. Conventions (TIMEX3 values):

- seasons are meteorological (summer 06-01..08-31, ``YYYY-WI`` from December of YYYY);
- "early/mid/late X" keep X's value with mod START/MID/END and cover its first, middle or last
  third; "since X" keeps X's value and mod, and its interval runs from X to the reference date;
- "by X"/"before X" set mod BEFORE, "after X" mod AFTER (the interval is open on one side);
- a month, season, quarter or weekday with no year follows the verb's tense: past picks the
  latest one on or before the reference date, future (and present) the next one on or after it,
  no tense the one in the reference year (weekdays: present the nearest, no tense the latest);
- anaphoric expressions ("two days later", "the next day", "the day before") are recognised
  but get no value;
- a range ("between 2010 and 2014", "(from) Monday to Wednesday", "2010-2014") is one
  duration counted in X's unit (P5Y, P3D) whose interval runs from X's start to Y's end;
- "the 1800s" (hundreds before 2000) is the century ("18"), "the 2000s" the decade ("200");
- "overnight" in a past clause is the night before the reference date (``YYYY-MM-DDTNI``);
  a part of day after "every" is a set (``XXXX-XX-XXTMO``);
- "within X" is the duration X with mod EQUAL_OR_LESS; "N decades ago" is a decade, as "N weeks
  ago" is a week; "the turn of the century" is the century's first year with mod APPROX;
  a clock time keeps the clock as written whatever its zone ("0300 GMT" is T03:00);
- a day moved from an anchor ("a week before Easter") takes the anchor's year that puts the
  moved day on the tense's side; "<holiday> weekend" is the weekend before a Monday holiday and
  the one of its week otherwise; "so far this year" runs from the year's start to the
  reference; "the three months to September" is P3M ending with September; "mid-to-late X" is X
  with the last part's mod; a clock range ("from 9 a.m. to 5 p.m.") is one duration (PT8H);
  "the new year" is the coming year from July on, else the current one; a school term ("the
  fall semester") is recognised with no value;
- a move counted in weeks from a named day ("a week from Monday", "two weeks from today") is
  that week, like "two weeks from now"; "two Fridays ago" is the Friday before last Friday and
  "two summers ago" the summer before last summer; "3/14" is US month/day with the year by the
  tense; "the early hours of Friday" is that day with mod START; "decade-long" is P1DE and "an
  hour and a half" PT1.5H; "nightly" is XXXX-XX-XXTNI like "each night"; a league's or school's
  year across two years ("the 2020-21 season") is recognised with no value, like a term;
- "the fiscal year to March 2028" is P1Y ending with March 2028, "the quarter ended Sept. 30"
  the calendar quarter it closes (P3M ending with a month that closes none), "the March
  quarter" the calendar quarter ending in March, "the April-June quarter" P3M like a month
  range; "the fiscal first quarter" with no year, "the 2027-28 financial year", school breaks
  and the holiday season are recognised with no value, "the 2028 season" is 2028;
- "the first four months of the year" is P4M from the year's start; "the better part of a
  decade" is P1DE with mod LESS_THAN; "six weeks running" is P6W; "the back half of" a year is
  its H2; "the first of the month" is the set XXXX-XX-01 in a present clause and the day by the
  tense otherwise; "alternate Mondays" is XXXX-WXX-1; "each Fourth of July" XXXX-07-04;
- "the week of Thanksgiving" is the day's ISO week, "the weekend before Christmas" the weekend
  of the week before, "sunrise Saturday" that day's morning (TMO; TIMEX3 has no dawn), "the
  Roaring Twenties" the decade 192; in a present clause a range the reference falls in ("open
  from Memorial Day to Labor Day" in June) is the current one;
- "overnight Tuesday into Wednesday" is the Tuesday night, "before dawn Monday" is "early
  Monday", "from 4 to 7 p.m. Monday" PT3H, "the third weekend in October" the weekend of its
  third Saturday, "a week ago Friday" a week; the midterms, Inauguration Day and Leap Day fall
  only in their years, "Election Night" is Election Day's night; "year to date" is "so far this
  year", "the trailing 12 months" "the past 12 months", "month-end" like "year-end", "the last
  century" the calendar century; a bare quarter or half ended within 45 days ("will report
  first-quarter results") is the one a future clause means (its results are still to come),
  while "in the second half" is the next one; a sports "this season" and "the prior-year
  period" are recognised with no value;
- "so far this winter" is the season from its start to the reference, "all week" (month, year)
  the current one; a month range from part of a month ("from mid-June through August") is
  counted in days from the part's first day (the middle third's: June 11), as whole months
  only when the parts reach the months' edges ("from early March to late May" is P3M);
- a bare two-digit decade in a future clause ("highs will be in the 90s") is a band of figures,
  no time; "Super Tuesday 2" is the Tuesday the tense picks, as a bare weekday's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import (  # noqa: F401  (registers the rules)
    _rules_anchored,
    _rules_copy,
    _rules_dates,
    _rules_periods,
    _rules_phrases,
    _rules_relative,
)
from dateline.time._grammar import NUM, UNIT, Ctx, NeedsReference, Result, core, of
from dateline.time._lexicon import WEEKDAYS, alternation
from dateline.time._quantities import clock_duration, number, shift

__all__ = ["Result", "clean", "parse"]


_APPROX = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
           "circa": "APPROX", "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
           "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
           "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
           "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
           "just over": "MORE_THAN", "just under": "LESS_THAN",
           "well over": "MORE_THAN"}  # fmt: skip
_SIGNALS = {"since": "since", "ever since": "since", "by": "by", "no later than": "by",
            "until": "until", "till": "until", "til": "until", "through": "until",
            "before": "before", "prior to": "before", "after": "after", "from": "",
            "starting": "from", "starting in": "from", "beginning in": "from", "in": "in",
            "within": "in_dur", "on": "", "at": "", "during": "", "throughout": "",
            "for": "", "of": "", "as of": "", "as early as": "", "as late as": "",
            "sometime": "", "some time": "", "sometime in": "", "over": "over",
            "in the course of": "", "as recently as": ""}  # fmt: skip
_SIGNAL_RE = re.compile(rf"^(?P<sig>{alternation(_SIGNALS)}) (?P<rest>.+)$")
_APPROX_RE = re.compile(rf"^(?P<ap>{alternation(_APPROX)}) (?P<rest>.+)$")
_BEFORE_DAWN = re.compile(r"before (?:dawn|daybreak|sunrise|first light),? (?:on )?(?P<rest>.+)")


def _with_signal(signal: str, result: Result, ctx: Ctx) -> Result | None:
    kind, mod = result.kind, result.mod
    if kind == "set":
        return result
    if signal == "over":
        is_count = kind == "duration" and result.start is None and "X" not in (result.value or "X")
        return replace(result, mod=mod or "MORE_THAN") if is_count else result
    if signal == "in_dur" and kind == "duration":  # "within a month": at most a month
        return replace(result, mod=mod or "EQUAL_OR_LESS")
    if kind == "duration":  # "after three months in office": not an anchored interval
        return None if signal in ("since", "by", "until", "before", "after", "from") else result
    if signal == "since":
        end = ctx.ref if ctx.ref is not None and result.start and ctx.ref >= result.start else None
        return replace(result, end=end)
    if signal == "from":
        return replace(result, end=None)
    if signal == "until":
        start = ctx.ref if ctx.ref is not None and result.end and ctx.ref <= result.end else None
        return replace(result, start=start)
    if signal == "by":
        return replace(result, start=None, mod=mod or "BEFORE")
    if signal == "before":
        end = result.start - timedelta(days=1) if result.start else None
        return replace(result, start=None, end=end, mod=mod or "BEFORE")
    if signal == "after":
        start = result.end + timedelta(days=1) if result.end else None
        return replace(result, start=start, end=None, mod=mod or "AFTER")
    return result


_IN_DURATION = re.compile(rf"{NUM} {UNIT}")


def _in_future(text: str, ctx: Ctx) -> Result | None:
    """ "in three months" (from the reference): the unit three months ahead."""
    m = _IN_DURATION.fullmatch(text)
    if not m:
        return None
    n = number(m["num"])
    if n is None or not float(n).is_integer():
        return None
    try:
        return of(shift(ctx.need(), m["unit"], int(n)))
    except ValueError:  # "in 2014 decades": past the calendar's years, no time
        return None


_RANGE = re.compile(
    r"^(?:between (?P<a1>.+?),? (?:and|-)|(?:from )?(?P<a2>.+?),? (?:to|until|till|through|-))"
    r" (?P<b>.+)$"  # "from Tuesday, July 26, through Sunday, July 31": a comma may close X
)
_RANGE_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE"}


def _range(text: str, ctx: Ctx, depth: int) -> Result | None:
    """ "between 2010 and 2014", "from March to May": one duration from X's start to Y's end."""
    days = _day_span(text, ctx)
    if days is not None:
        return days
    m = _RANGE.match(text)
    if not m:
        return None
    first = m["a1"] or m["a2"]
    if first in _SIGNALS:  # "from until 2025", "by until March": a signal, not a range's start
        return None
    a, b = _parse(first, ctx, depth + 1), _parse(m["b"], ctx, depth + 1)
    if a is not None and b is not None and a.grain == b.grain == "time":
        return _clock_range(a, b)
    if a is None or b is None or a.grain != b.grain or a.grain not in _RANGE_UNITS:
        return None
    if a.kind != "date" or b.kind != "date" or a.start is None or b.start is None:
        return None
    if b.start < a.start:  # "from Monday to Wednesday": Y is the first one on or after X
        b = _parse(m["b"], Ctx(a.start, "future"), depth + 1)
    if b is None or b.start is None or b.end is None or b.start < a.start or b.grain != a.grain:
        return None
    current = _current_span(first, m["b"], a, ctx, depth)
    if current is not None:
        a, b = current
    if a.grain == "month" and not _whole_months(a.start, b.end):  # type: ignore[arg-type]
        # "from mid-June through August": a part of a month is no whole month; count days.
        days = (b.end - a.start).days + 1  # type: ignore[operator]
        return Result(f"P{days}D", a.start, b.end, "duration")
    n = _units_between(a.start, b.start, a.grain) + 1  # type: ignore[arg-type]
    return Result(f"P{n}{_RANGE_UNITS[a.grain]}", a.start, b.end, "duration")  # type: ignore[index]


def _whole_months(start: date, end: date) -> bool:
    """A span from a month's first day to a month's last ("from early March to late May" is
    still March to May: the parts' thirds reach the months' edges)."""
    return start.day == 1 and (end + timedelta(days=1)).day == 1


def _day_span(text: str, ctx: Ctx) -> Result | None:
    """ "from July 20 to 24", "between July 20 and 24": with "from" or "between" a day range
    inside one month is a duration in days, like "from April 18 to April 22" (without it,
    "July 20-24" stays the month's dates)."""
    word, _, rest = text.partition(" ")
    if word not in ("from", "between") or not rest:
        return None
    inner = core(rest, ctx)
    if inner is None or inner.grain != "day" or inner.start is None or inner.end is None:
        return None
    if inner.value is None or len(inner.value) != 7 or inner.kind != "date":
        return None  # a single day's value is its own date, not a span
    return Result(f"P{(inner.end - inner.start).days + 1}D", inner.start, inner.end, "duration")


def _current_span(
    first: str, last: str, a: Result, ctx: Ctx, depth: int
) -> tuple[Result, Result] | None:
    """ "The pool is open from Memorial Day to Labor Day" in June: in a present clause a span
    the reference falls in is the current one, not next year's ("from X to Y" with X past)."""
    if ctx.tense != "present" or ctx.ref is None or a.start is None or a.start <= ctx.ref:
        return None
    began = _parse(first, Ctx(ctx.ref, "past"), depth + 1)
    if began is None or began.start is None or began.grain != a.grain:
        return None
    ends = _parse(last, Ctx(began.start, "future"), depth + 1)
    if ends is None or ends.end is None or ends.grain != a.grain or ends.end < ctx.ref:
        return None
    return began, ends


def _clock_range(a: Result, b: Result) -> Result | None:
    """ "from 9 a.m. to 5 p.m.": one duration in hours (and minutes) on X's day; a range past
    midnight ("from 10 p.m. to 2 a.m.") ends the next day."""
    if a.value is None or b.value is None or a.start is None or a.value[:10] != b.value[:10]:
        return None
    (h1, m1), (h2, m2) = (map(int, v[11:16].split(":")) for v in (a.value, b.value))
    minutes = (60 * h2 + m2) - (60 * h1 + m1)
    end = a.start
    if minutes <= 0:
        minutes, end = minutes + 24 * 60, a.start + timedelta(days=1)
    value = clock_duration(minutes)
    return Result(value, a.start, end, "duration")


def _units_between(first: date, last: date, grain: str) -> int:
    if grain == "year":
        return last.year - first.year
    if grain == "decade":
        return (last.year - first.year) // 10
    if grain == "month":
        return 12 * (last.year - first.year) + last.month - first.month
    return (last - first).days // (7 if grain == "week" else 1)


def _parse(text: str, ctx: Ctx, depth: int = 0) -> Result | None:
    if depth > 3:
        return None
    ranged = _range(text, ctx, depth)
    if ranged is not None:
        return ranged
    dawn = _BEFORE_DAWN.fullmatch(text)
    if dawn:  # "before dawn Monday": that day's first hours, like "early Monday", not a bound
        return core(f"early {dawn['rest']}", ctx)
    m = _SIGNAL_RE.match(text)
    if m and not _APPROX_RE.match(text):
        signal = _SIGNALS[m["sig"]]
        if signal == "in" and ctx.tense != "past":  # "in 24 years in Congress": a duration
            future = _in_future(m["rest"], ctx)
            if future is not None:
                return future
        # "since X": X lies behind, whatever the clause's tense ("the first since September");
        # "until X" in a present clause ends what goes on now, so X lies ahead ("the fair
        # continues through Sunday", said on a Monday: blind 51).
        inner_ctx = Ctx(ctx.ref, "past") if signal == "since" else ctx
        if signal == "until" and ctx.tense == "present":
            inner_ctx = Ctx(ctx.ref, "future")
        inner = _parse(m["rest"], inner_ctx, depth + 1)
        if inner is not None:
            adjusted = _with_signal(signal, inner, ctx)
            if adjusted is not None:
                return adjusted
    m = _APPROX_RE.match(text)
    if m:
        inner = _parse(m["rest"], ctx, depth + 1)
        if inner is not None:
            return inner if inner.mod else replace(inner, mod=_APPROX[m["ap"]])
    return core(text, ctx)


_TRAILING = re.compile(r"[\s,.;:!?()\[\]\"']+$")
_LEADING = re.compile(r"^[\s,.;:!?()\[\]\"]+")


# A capitalised weekday abbreviation with its point ("Thurs.", "2 p.m. Fri."), as wire copy and
# headlines write them: read as the full name. Only with the capital and the point, because
# "sat", "sun" and "wed" are also words.
_WEEKDAY_ABBREVIATION = re.compile(r"\b(Mon|Tues?|Weds?|Thu|Thurs?|Fri|Sat|Sun)\.(?!\w)")
_FULL_WEEKDAY = {n: name for name, n in WEEKDAYS.items() if len(name) > 5}


def clean(text: str) -> str:
    """Lower case, one space, "a.m." as "am", hyphens between words as spaces, "Fri." as
    "friday"."""
    s = _WEEKDAY_ABBREVIATION.sub(lambda m: _FULL_WEEKDAY[WEEKDAYS[m[1].lower()]], text)
    s = s.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z0-9'])|(?<=[0-9])-(?=[a-z])", " ", s)
    s = re.sub(r"\s+", " ", s)
    s = _TRAILING.sub("", _LEADING.sub("", s))
    return s


# "The Last Friday in June", "The First Monday in October": "Last" capitalised after "The" is
# a title's (a play's, a film's: blind 47); running text writes "the last Friday in June".
_TITLED_DAY = re.compile(
    r"The (?:Last|Next|First|Second|Third|Fourth|Fifth) "
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


def parse(text: str, reference: date | None, tense: str | None = None) -> Result | None:
    """Normalise ``text``; None when it is not a time expression this module knows."""
    if _TITLED_DAY.match(text):
        return None
    s = clean(text)
    if not s or len(s) > 120:
        return None
    ctx = Ctx(reference, tense if tense in ("past", "present", "future") else None)
    try:
        return _parse(s, ctx)
    except NeedsReference:
        return _unresolved(s)
    except OverflowError:  # a signal stepping past date.min/date.max: not representable
        return None


def _unresolved(text: str) -> Result:
    """A relative expression with no reference date: recognised, with its kind but no value."""
    kind = "duration" if re.search(r"\b(past|last|next|coming) \S+ \S+s$", text) else "date"
    return Result(None, None, None, kind)
