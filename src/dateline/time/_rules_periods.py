"""Rules for business and calendar periods news writes in set phrases: two-digit fiscal years
("FY26"), "so far this year", "the three months to September", "the quarter ended Sept. 30",
"the March quarter", "the April-June quarter", "the first four months of the year", "a quarter
century", "the better part of a decade", "this coming spring", "the winter of 2025-26", "the
new year", school terms and breaks, and league and budget years.

A school term or break ("the fall semester", "winter break"), the holiday season, a company's
fiscal quarter with no year and a year across two calendar years ("the 2027-28 financial
year") are recognised with no value: their dates are the school's, the shops', the firm's or
the government's, not the calendar's (the meteorological fall would be wrong by weeks).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import NUM, SEASON, UNIT, YEAR, Ctx, Result, core, of, rule, year_of
from dateline.time._lexicon import MONTHS, SEASON_WORDS, UNITS, alternation
from dateline.time._quantities import duration_value, number
from dateline.time._rules_dates import month_moment, pick

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


@rule(rf"so far (?P<rest>this (?:year|month|week|quarter|decade|{alternation(SEASON_WORDS)}))")
def _so_far(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "so far this year", "so far this winter": the period, its interval from its start to
    the reference date."""
    inner = core(m["rest"], ctx)
    if inner is None or inner.start is None or ctx.ref is None or ctx.ref < inner.start:
        return None
    return replace(inner, end=min(ctx.ref, inner.end or ctx.ref))


@rule(r"all (?P<unit>week|month|year)(?: long)?")
def _all_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "high all week", "closed all month": the whole current unit, as "this week" is."""
    return core(f"this {m['unit']}", ctx)


_SPAN_MONTHS = {"month": 1, "months": 1, "year": 12, "years": 12}
# The grains a span of months (of years) may end with: "the three months to Sept. 30", "the year
# to March", "the two years to 2024"; not "the three months to 2024".
_SPAN_ENDS = {1: {"day", "month"}, 12: {"day", "month", "year"}}


_ENDED = r"(?:to|through|ending in|ending|ended)"


@rule(
    rf"(?:the )?(?:{NUM} (?P<u>months|years)|(?:(?:fiscal|financial|budget|tax) )?"
    rf"(?P<one>month|year)) {_ENDED} (?P<rest>.+)"
)
def _span_to(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the three months to September", the financial press's "the year to March", "the
    fiscal year to March 2028": a duration of N units (one when no number is written) that ends
    with the anchor."""
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


@rule(r"(?:the )?(?P<y>(?:(?:fiscal|financial|budget|tax) )?year) that (?:ends|ended) (?P<rest>.+)")
def _year_that_ends(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the fiscal year that ends June 30": the year ending then, as "the fiscal year that
    begins July 1" is the year from then (blind 63). A quarter's "that ended Sept. 30" keeps
    blind 16's reading, the date."""
    return core(f"the {m['y']} ending {m['rest']}", ctx)


@rule(rf"(?:the )?(?:fiscal )?quarter {_ENDED} (?P<rest>.+)")
def _quarter_ended(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the quarter ended Sept. 30": a calendar quarter when the anchor closes one, else the
    three months ending with the anchor ("the quarter ended Oct. 31", a firm's own quarter)."""
    anchor = core(m["rest"], ctx)
    if anchor is None or anchor.kind != "date" or anchor.grain not in ("day", "month"):
        return None
    if anchor.start is None or anchor.end is None:
        return None
    end = anchor.end
    closes_month = anchor.grain == "month" or (end + timedelta(days=1)).day == 1
    if closes_month and end.month % 3 == 0:
        return of(cal.quarter(end.year, end.month // 3))
    if not closes_month:
        return None
    start = cal.shift_months(end + timedelta(days=1), -3)
    return Result("P3M", start, end, "duration")


_QUARTER_END_MONTHS = alternation(m for m, n in MONTHS.items() if n % 3 == 0)


@rule(rf"(?:the )?(?P<mon>{_QUARTER_END_MONTHS})\.? quarter")
def _quarter_by_last_month(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the March quarter" (Australian and company usage): the calendar quarter that ends with
    that month, the month's year by the tense."""
    last = month_moment(MONTHS[m["mon"]], ctx)
    return of(cal.quarter(last.start.year, last.start.month // 3))


_MONTH_WORD = alternation(MONTHS)


@rule(
    rf"(?:the )?(?P<m1>{_MONTH_WORD})\.?(?: ?(?:-|/) ?| to | through | )(?P<m2>{_MONTH_WORD})\.? "
    r"(?P<what>quarter|period|months)"
)
def _month_span(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the April-June quarter": a month range like "from April to June" (a duration), not
    Q2, since a firm whose year starts in April calls it its first quarter."""
    months = (MONTHS[m["m2"]] - MONTHS[m["m1"]]) % 12 + 1
    if months < 2 or (m["what"] == "quarter" and months != 3):
        return None
    ref = ctx.need()
    spans = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        start = cal.month(year, MONTHS[m["m1"]]).start
        last = cal.shift_months(start, months - 1)
        spans.append(cal.Moment(f"P{months}M", start, cal.month(last.year, last.month).end, "span"))
    span = pick(spans, ref, ctx.tense, 1)  # the tense picks the whole span, as a month's year
    return Result(span.value, span.start, span.end, "duration")


_LARGER = {"year": 12, "month": 1, "decade": 120}
_PERIOD_OF = {"the year": "this year", "the month": "this month", "the decade": "this decade"}


@rule(rf"(?:the )?(?P<dir>first|last|final) {NUM} {UNIT} of (?P<rest>.+)")
def _first_units_of(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first four months of the year": N units from the anchor's start (from its end
    for "the last"), one duration like "so far this year"."""
    n = number(m["num"])
    code, clock, mult = UNITS[m["unit"]]
    if n is None or n < 2 or not float(n).is_integer() or clock or code not in ("M", "W", "D"):
        return None
    rest = _PERIOD_OF.get(m["rest"], m["rest"])
    anchor = core(rest, ctx)
    if anchor is None or anchor.kind != "date" or anchor.start is None or anchor.end is None:
        return None
    count = int(n) * mult
    if m["dir"] == "first":
        start, end = anchor.start, _after(anchor.start, code, count) - timedelta(days=1)
    else:
        end, start = anchor.end, _after(anchor.end + timedelta(days=1), code, -count)
    if end > anchor.end or start < anchor.start:  # "the first 14 months of the year": no
        return None
    return Result(duration_value(n, m["unit"]), start, end, "duration")


def _after(day: date, code: str, count: int) -> date:
    if code == "M":
        return cal.shift_months(day, count)
    return day + timedelta(days=count * (7 if code == "W" else 1))


@rule(rf"the (?:better|best|greater) part of (?:a |an |one |{NUM} )?{UNIT}")
def _better_part(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the better part of a decade": most of one, a duration with mod LESS_THAN like "nearly
    a decade"."""
    n = number(m["num"]) if m["num"] else 1.0
    if m["num"] is None and m.group(0).endswith("s"):
        return None  # "the better part of years": no count
    return Result(duration_value(n, m["unit"]), None, None, "duration", "LESS_THAN")


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
@rule(
    rf"(?:the |this |next |last )?(?:{SEASON}|christmas|holiday|thanksgiving|easter|midwinter|"
    r"mid ?term|half term) (?:break|recess)"
)
@rule(r"(?:the |this |next |last )?(?:holiday|festive|christmas) season")
@rule(r"the holidays")
@rule(r"lent")
@rule(r"holy week")
def _school_term(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the spring semester", "winter break", "the holiday season": a time whose dates the
    school, the legislature or the shops set, so no value; so "Lent", whose end the churches
    count differently (blind 224), and "Holy Week", Palm Sunday to Holy Saturday, no ISO week
    (blind 327); "over the holidays", the season by another name (blind 361)."""
    return Result(None)


@rule(r"(?:the )?fiscal (?:first|second|third|fourth|1st|2nd|3rd|4th) quarter")
def _fiscal_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the fiscal first quarter" with no year: the firm's quarter, whose dates are the
    firm's, so no value ("the first fiscal quarter" likewise, in ``_quarter``)."""
    return Result(None)


@rule(rf"(?:the )?{YEAR} season")
def _one_year_season(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the 2028 season": a season labelled by one year is that year, like "fiscal 2027"."""
    return of(cal.year(year_of(m["y"])))


_YEAR_LABELS = r"season|campaign|(?:school|academic|financial|fiscal|budget|tax) year"


@rule(rf"(?:the |this |next |last )?{YEAR} ?(?:-|/) ?(?P<y2>\d\d|\d{{4}}) (?:{_YEAR_LABELS})")
def _split_season(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the 2020-21 season", "the 2027-28 financial year": a league's, school's or budget's
    year across two calendar years, whose dates are the league's, the school's or the
    government's, so no value (not "2020-21" as two years)."""
    y = year_of(m["y"])
    following = int(m["y2"]) if len(m["y2"]) == 4 else int(m["y2"]) + (y + 1) // 100 * 100
    return Result(None) if following == y + 1 else None
