"""Rules for named and absolute dates: full dates, months, weekdays, seasons, quarters,
decades, centuries, holidays. A bare month, season, quarter or weekday follows the tense."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import (
    DAY,
    MON,
    MONTH_FULL,
    PART,
    PARTS,
    SEASON,
    WD_FULL,
    WD_OPT,
    YEAR,
    Ctx,
    Result,
    core,
    of,
    rule,
    year_of,
)
from dateline.time._hebrew import HEBREW_HOLIDAYS, hebrew_holiday
from dateline.time._lexicon import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SEASON_WORDS,
    WEEKDAYS,
    alternation,
)
from dateline.time._named import NAMED_DAYS

__all__ = [
    "HOLIDAY_NAMES",
    "day_moment",
    "holiday_monday",
    "is_one_of",
    "month_moment",
    "nth_weekday",
    "pick",
    "season_moment",
    "weekday_moment",
]


# --- picking a year for a month, season, day or weekday by tense -------------------------------


def pick(candidates: list[cal.Moment], ref: date, tense: str | None, default: int) -> cal.Moment:
    """Past: latest starting on or before ref; future: earliest ending on or after ref."""
    if tense == "past":
        before = [c for c in candidates if c.start <= ref]
        return before[-1] if before else candidates[0]
    if tense in ("future", "present"):
        after = [c for c in candidates if c.end >= ref]
        return after[0] if after else candidates[-1]
    return candidates[default]


def _by_tense_or_nearest(cands: list[cal.Moment], ref: date, tense: str | None) -> cal.Moment:
    """The candidate the clause's tense picks (:func:`pick`), or with no tense the one nearest
    the reference: how a named day recurring each year or so is chosen (holidays, their weeks
    and weekends, solstices)."""
    if tense in ("past", "future", "present"):
        return pick(cands, ref, tense, 1)
    return min(cands, key=lambda c: abs((c.start - ref).days))


def month_moment(mon: int, ctx: Ctx) -> cal.Moment:
    ref = ctx.need()
    return pick([cal.month(ref.year + k, mon) for k in (-1, 0, 1)], ref, ctx.tense, 1)


def season_moment(code: str, ctx: Ctx) -> cal.Moment:
    ref = ctx.need()
    cands = [cal.season(ref.year + k, code) for k in (-1, 0, 1)]
    containing = [i for i, c in enumerate(cands) if c.start <= ref <= c.end]
    return pick(cands, ref, ctx.tense, containing[0] if containing else 1)


def weekday_moment(wd: int, ctx: Ctx) -> cal.Moment:
    ref = ctx.need()
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    ahead = ref + timedelta(days=(wd - ref.weekday()) % 7)
    if ctx.tense == "future":
        return cal.day(ahead)
    if ctx.tense == "present":
        return cal.day(ahead if (ahead - ref) <= (ref - back) else back)
    return cal.day(back)


# A day this close after the reference is the coming one even in a past-tense clause: news
# does not date a past event eleven months back by its day alone.
SOON_DAYS = 21


def day_moment(mon: int, d: int, wd: str | None, ctx: Ctx) -> cal.Moment:
    ref = ctx.need()
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(cal.day(date(y, mon, d)))
        except ValueError:
            continue
    if not cands:
        raise ValueError("no such day")
    if wd:
        matching = [c for c in cands if c.start.weekday() == WEEKDAYS[wd]]
        if matching:
            return min(matching, key=lambda c: abs((c.start - ref).days))
    soon = [c for c in cands if 0 < (c.start - ref).days <= SOON_DAYS]
    if ctx.tense == "past" and soon:
        return soon[0]  # "led the field before the caucuses Feb. 1": the verb is not the date's
    if ctx.tense in ("past", "future"):
        return pick(cands, ref, ctx.tense, 0)
    return min(cands, key=lambda c: abs((c.start - ref).days))


@rule(rf"{WD_OPT}{MON} {DAY},? {YEAR}")
@rule(rf"{WD_OPT}(?:the )?{DAY} (?:of )?{MON},? {YEAR}")
def _full_date(m: re.Match[str], ctx: Ctx) -> Result:
    return of(cal.day(date(year_of(m["y"]), MONTHS[m["mon"]], int(m["d"]))))


@rule(r"(?P<y>[12]\d{3})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)")
def _iso(m: re.Match[str], ctx: Ctx) -> Result:
    return of(cal.day(date(year_of(m["y"]), int(m["mo"]), int(m["d"]))))


@rule(r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>[12]\d{3})")
def _slashed(m: re.Match[str], ctx: Ctx) -> Result:
    a, b = int(m["a"]), int(m["b"])
    mon, d = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    return of(cal.day(date(year_of(m["y"]), mon, d)))


@rule(rf"{WD_OPT}{MON} {DAY}")
@rule(rf"{WD_OPT}(?:the )?{DAY} (?:of )?{MON}")
def _day_no_year(m: re.Match[str], ctx: Ctx) -> Result:
    return of(day_moment(MONTHS[m["mon"]], int(m["d"]), m["wd"], ctx))


@rule(rf"{MON} (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?: ?- ?| to | and | through )"
       rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,? {YEAR})?")  # fmt: skip
def _day_range(m: re.Match[str], ctx: Ctx) -> Result:
    mon = MONTHS[m["mon"]]
    month = cal.month(year_of(m["y"]), mon) if m["y"] else month_moment(mon, ctx)
    first = date(month.start.year, mon, int(m["d1"]))
    last = date(month.start.year, mon, int(m["d2"]))
    if last < first:
        raise ValueError("backward range")
    return Result(month.value, first, last, "date", None, "day")


def short_year(yy: int, ctx: Ctx) -> int:
    """ "'88": the year with that ending on the clause's side of the reference (the nearest one
    with no tense), so "since the summer of '88" written in 2028 is 1988, not 2088; this
    century's with no reference."""
    if ctx.ref is None:
        return 2000 + yy
    now = ctx.ref.year
    years = [now - now % 100 + k + yy for k in (-100, 0, 100)]
    if ctx.tense == "past":
        years = [y for y in years if y <= now] or years
    elif ctx.tense == "future":
        years = [y for y in years if y >= now] or years
    return min(years, key=lambda y: abs(y - now))


@rule(rf"{MON},? (?:of )?(?:'(?P<yy>\d\d)|{YEAR})")
def _month_year(m: re.Match[str], ctx: Ctx) -> Result:
    y = year_of(m["y"]) if m["y"] else short_year(int(m["yy"]), ctx)
    return of(cal.month(y, MONTHS[m["mon"]]))


@rule(rf"(?:the )?(?:(?:calendar |fiscal |financial )?year (?:of )?|fiscal |fy ?)?{YEAR}")
@rule(rf"(?:the )?{YEAR} (?:calendar|fiscal|financial|budget|tax|school|academic) year")
def _year(m: re.Match[str], ctx: Ctx) -> Result:
    return of(cal.year(year_of(m["y"])))


@rule(r"(?P<y1>[12]\d{3})(?: ?- ?| to | and | through )(?P<y2>[12]\d{3}|\d\d)")
def _year_range(m: re.Match[str], ctx: Ctx) -> Result:
    """ "2010-2014": one duration from the first year's start to the last one's end."""
    y1 = year_of(m["y1"])
    y2 = year_of(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        raise ValueError("backward range")
    return Result(f"P{y2 - y1 + 1}Y", date(y1, 1, 1), date(y2, 12, 31), "duration")


@rule(rf"(?P<mon>{MONTH_FULL})")
def _month_alone(m: re.Match[str], ctx: Ctx) -> Result:
    return of(month_moment(MONTHS[m["mon"]], ctx))


@rule(WD_FULL)
@rule(rf"(?:earlier|later) (?:on )?{WD_FULL}")  # wire copy's "said earlier Tuesday": the day itself
def _weekday_alone(m: re.Match[str], ctx: Ctx) -> Result:
    return of(weekday_moment(WEEKDAYS[m["wd"]], ctx))


@rule(rf"(?:the )?{SEASON}(?: of)? (?:'(?P<yy>\d\d)|{YEAR})")
@rule(rf"{YEAR} {SEASON}")
def _season_year(m: re.Match[str], ctx: Ctx) -> Result:
    y = year_of(m["y"]) if m["y"] else short_year(int(m["yy"]), ctx)
    return of(cal.season(y, SEASON_WORDS[m["s"]]))


@rule(rf"(?:the )?{SEASON}")
def _season_alone(m: re.Match[str], ctx: Ctx) -> Result:
    return of(season_moment(SEASON_WORDS[m["s"]], ctx))


def year_phrase(text: str | None, ctx: Ctx) -> int | None:
    """The year of "2016", "this year", "last year", "next year", "the year"; None if absent."""
    if not text:
        return None
    if re.fullmatch(r"(?:fiscal |fy ?)?[12]\d{3}", text):
        return year_of(text[-4:])
    ref = ctx.need()
    offsets = {"this year": 0, "the year": 0, "the current year": 0, "last year": -1,
               "next year": 1, "the previous year": -1, "the past year": -1}  # fmt: skip
    if text not in offsets:
        raise ValueError("unknown year phrase")
    return ref.year + offsets[text]


_OF_YEAR = r"(?:,? (?:of |in )?(?P<yp>(?:fiscal |fy ?)?[12]\d{3}|this year|last year|next year|the year|the current year|the previous year))?"  # noqa: E501


@rule(rf"(?:the )?(?P<ord>{alternation(ORDINALS)}) (?:fiscal )?quarter{_OF_YEAR}")
@rule(
    r"(?:the )?q(?P<q>[1-4])"
    r"(?:,? (?:of )?(?P<yp>(?:fiscal |fy ?)?[12]\d{3}|this year|last year|next year))?"
)
@rule(
    r"(?:the )?(?:fiscal |fy ?)?(?P<y0>[12]\d{3}) "
    rf"(?:q(?P<q2>[1-4])|(?P<ord2>{alternation(ORDINALS)}) quarter)"
)
def _quarter(m: re.Match[str], ctx: Ctx) -> Result:
    g = m.groupdict()
    q = int(g.get("q") or g.get("q2") or 0) or ORDINALS[g.get("ord") or g.get("ord2") or ""]
    y = year_of(g["y0"]) if g.get("y0") else year_phrase(g.get("yp"), ctx)
    if y is not None:
        return of(cal.quarter(y, q))
    if " fiscal quarter" in m.group(0):  # "the first fiscal quarter": the firm's, no value
        return Result(None)
    ref = ctx.need()
    quarters = [cal.quarter(ref.year + k, q) for k in (-1, 0, 1)]
    return of(_period_pick(quarters, ref, ctx.tense, _names_figures(m)))


@rule(rf"(?:the )?(?P<ord>first|second|1st|2nd|latter|last|front|back) half{_OF_YEAR}")
@rule(r"(?:the )?h(?P<h>[12])(?:,? (?P<yp>[12]\d{3}|this year|last year|next year))?")
def _half(m: re.Match[str], ctx: Ctx) -> Result:
    g = m.groupdict()
    h = int(g["h"]) if g.get("h") else (1 if g["ord"] in ("first", "1st", "front") else 2)
    y = year_phrase(g.get("yp"), ctx)
    if y is not None:
        return of(cal.half(y, h))
    ref = ctx.need()
    halves = [cal.half(ref.year + k, h) for k in (-1, 0, 1)]
    return of(_period_pick(halves, ref, ctx.tense, _names_figures(m)))


# Companies report a quarter or a half within weeks of its end (the SEC allows 40 to 45 days),
# so in a future clause this soon after its end a period that names figures is still the one
# meant ("will report first-quarter results May 8" on April 30), not next year's; a period
# with an article is when the clause's event happens ("growth will pick up in the second
# half" in January is this year's).
REPORTING_DAYS = 45


def _names_figures(m: re.Match[str]) -> bool:
    """ "first-quarter results", "Q1 sales": a bare period modifying a figure, not "the first
    quarter" in which something happens."""
    return not m.group(0).startswith("the ")


def _period_pick(
    cands: list[cal.Moment], ref: date, tense: str | None, figures: bool
) -> cal.Moment:
    """The period a clause means: ``pick``'s, save a just-ended one whose figures are due."""
    if tense in ("future", "present") and figures:  # "Q1 results are due May 8"
        lately = [c for c in cands if c.end < ref <= c.end + timedelta(days=REPORTING_DAYS)]
        if lately:
            return lately[-1]
    return pick(cands, ref, tense, 1)


@rule(r"(?:the )?(?:(?P<c>1\d|20)|(?P<apo>'))?(?P<dd>\d)0'?s")
def _decade(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the 1990s", "the '90s"; a bare "30s" is an age or a percentage more often than not,
    and so is a bare "90s" in a future clause ("highs will be in the 90s"): the decade it would
    name is long over. "the 1800s" (hundreds before 2000) is the century; "the 2000s" is read
    as the decade."""
    if not m["c"] and not m["apo"] and (int(m["dd"]) < 6 or ctx.tense == "future"):
        return None
    dd = int(m["dd"])
    if m["c"] and dd == 0 and int(m["c"]) < 20:
        return of(cal.century(int(m["c"]) + 1))
    century = int(m["c"]) if m["c"] else (19 if dd >= 2 else 20)
    return of(cal.decade(century * 100 + dd * 10))


@rule(rf"(?:the )?(?:(?:roaring|swinging) )?(?P<w>{alternation(DECADE_WORDS)})")
def _decade_word(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the Sixties"; a decade's epithet keeps it ("the Roaring Twenties", "the Swinging
    Sixties")."""
    return of(cal.decade(DECADE_WORDS[m["w"]] * 10))


_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty first": 21, "eighteenth": 18}


@rule(rf"(?:the )?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{alternation(_CENTURY_WORDS)})) century")
def _century(m: re.Match[str], ctx: Ctx) -> Result:
    n = int(m["n"]) if m["n"] else _CENTURY_WORDS[m["w"]]
    return of(cal.century(n))


_WEEK_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
                  "fourth": 3, "4th": 3}  # fmt: skip


@rule(rf"(?:the )?(?P<ord>{alternation(_WEEK_ORDINALS)}|last|final) week (?:of|in) (?P<rest>.+)")
def _week_of_month(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "the first week of April": the ISO week holding the month's first Thursday (second,
    third...), as ISO's first week of a year holds its first Thursday: the week most of whose
    days lie in the month ("the first week of December" 2024, whose 1st is a Sunday, is
    Dec. 2-8, not the week of Nov. 25; blind 288). "the last week": its last Thursday's."""
    inner = core(m["rest"], ctx)
    if inner is None or inner.grain != "month" or inner.start is None or inner.end is None:
        return None
    if m["ord"] in ("last", "final"):
        last = inner.end - timedelta(days=(inner.end.weekday() - WEEKDAYS["thursday"]) % 7)
        return of(cal.week(last))
    first = inner.start + timedelta(days=(WEEKDAYS["thursday"] - inner.start.weekday()) % 7)
    return of(cal.week(first + timedelta(weeks=_WEEK_ORDINALS[m["ord"]])))


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31),
             "boxing day": (12, 26),
             # the Julian calendar's Christmas in the Gregorian, 1900-2099 (blind 381)
             "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7),
             "orthodox christmas eve": (1, 6),
             "three kings day": (1, 6), "three kings' day": (1, 6),  # Epiphany (blind 385)
             "cesar chavez day": (3, 31), "césar chávez day": (3, 31),  # (blind 392)
             "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
             "the fourth of july": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
             "bastille day": (7, 14),
             "victory day": (5, 9), "may day": (5, 1), "armistice day": (11, 11),
             "veterans day": (11, 11), "juneteenth": (6, 19), "inauguration day": (1, 20),
             "leap day": (2, 29), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
             "valentine's": (2, 14),  # before "night" only ("Valentine's night": blind 358)
             "saint patrick's day": (3, 17), "cinco de mayo": (5, 5), "flag day": (6, 14),
             "earth day": (4, 22), "groundhog day": (2, 2), "anzac day": (4, 25),
             "canada day": (7, 1), "australia day": (1, 26), "waitangi day": (2, 6),
             "remembrance day": (11, 11), "guy fawkes night": (11, 5),
             "bonfire night": (11, 5), "patriot day": (9, 11), "pearl harbor day": (12, 7),
             "pearl harbor remembrance day": (12, 7),
             "national pearl harbor remembrance day": (12, 7), "all saints' day": (11, 1),
             "all saints day": (11, 1), "all souls' day": (11, 2),
             "all souls day": (11, 2), "april fools' day": (4, 1), "april fools day": (4, 1),
             "april fool's day": (4, 1)}  # fmt: skip

# Days of the church year counted from Easter Sunday (days before or after it).
_EASTER_OFFSETS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
                   "palm sunday": -7, "ash wednesday": -46, "maundy thursday": -3,
                   "holy thursday": -3,
                   "holy saturday": -1, "pentecost": 49, "mardi gras": -47, "fat tuesday": -47,
                   "shrove tuesday": -47, "lundi gras": -48}  # fmt: skip


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lv = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lv) // 451
    month, day_ = divmod(h + lv - 7 * m + 114, 31)
    return date(y, month, day_ + 1)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1: last) given weekday of a month; ValueError past the month's end."""
    if n < 0:
        last = cal.month(y, month).end
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(y, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    if found.month != month:
        raise ValueError("no such weekday in the month")
    return found


# US days defined by weekday: (month, weekday, n), plus offsets in days. "Super Tuesday" is
# the first Tuesday of March (so in 2012-2024; 2008's was 5 February).
_US_MOVABLE = {"thanksgiving": (11, 3, 4, 0), "thanksgiving day": (11, 3, 4, 0),
               "thanksgiving eve": (11, 3, 4, -1),  # the Wednesday before (blind 346)
               "labor day": (9, 0, 1, 0),
               "memorial day": (5, 0, -1, 0), "election day": (11, 0, 1, 1),
               "super tuesday": (3, 1, 1, 0), "black friday": (11, 3, 4, 1),
               "cyber monday": (11, 3, 4, 4), "small business saturday": (11, 3, 4, 2),
               "giving tuesday": (11, 3, 4, 5), "martin luther king jr. day": (1, 0, 3, 0),
               "martin luther king jr day": (1, 0, 3, 0), "martin luther king day": (1, 0, 3, 0),
               "mlk day": (1, 0, 3, 0), "king day": (1, 0, 3, 0), "presidents' day": (2, 0, 3, 0),
               "presidents day": (2, 0, 3, 0), "washington's birthday": (2, 0, 3, 0),
               "columbus day": (10, 0, 2, 0),
               # Massachusetts' and Maine's third Monday of April (not 9/11's Patriot Day)
               "patriots' day": (4, 0, 3, 0), "patriots day": (4, 0, 3, 0),
               "indigenous peoples' day": (10, 0, 2, 0), "indigenous peoples day": (10, 0, 2, 0),
               "mother's day": (5, 6, 2, 0), "father's day": (6, 6, 3, 0),
               # the first Sunday after Labor Day (blind 265)
               "grandparents day": (9, 0, 1, 6), "grandparents' day": (9, 0, 1, 6),
               "national grandparents day": (9, 0, 1, 6),
               "national grandparents' day": (9, 0, 1, 6),
               # the last Friday of April (blind 272)
               "arbor day": (4, 4, -1, 0), "national arbor day": (4, 4, -1, 0),
               "the midterms": (11, 0, 1, 1), "the midterm elections": (11, 0, 1, 1),
               "the midterm election": (11, 0, 1, 1),
               "midterm election day": (11, 0, 1, 1),
               "super bowl sunday": (2, 6, 1, 0)}  # fmt: skip


# Days held only in some years: US presidential election years, the midterm years between
# them, the years a president takes office (20 January after a presidential election), and
# leap years.
_HELD_IN: dict[str, Callable[[int], bool]] = {
    "super tuesday": lambda y: y % 4 == 0,
    "inauguration day": lambda y: y % 4 == 1,
    "leap day": calendar.isleap,
    **dict.fromkeys(
        ["the midterms", "the midterm elections", "the midterm election", "midterm election day"],
        lambda y: y % 4 == 2,
    ),
}


# Super Tuesdays before 2012 fell on other days (general knowledge; seventeenth round).
_SUPER_TUESDAYS = {1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2000: (3, 7), 2004: (3, 2),
                   2008: (2, 5)}  # fmt: skip


# The Super Bowl has been played on the second Sunday of February since the 2021 season's game
# (general knowledge; the first Sunday of February from 2004 to 2021).
_SECOND_SUNDAY_BOWLS = 2022


# The Monday holidays that end a long weekend: the US ones fixed by weekday, and Easter Monday.
_MONDAY_HOLIDAYS = (
    *(n for n, (_, weekday, _, offset) in _US_MOVABLE.items() if (weekday, offset) == (0, 0)),
    "easter monday",
)


def holiday_monday(day: date) -> bool:
    """Whether ``day`` is a Monday holiday that ends a long weekend (Labor Day, Easter Monday)."""
    return day.weekday() == WEEKDAYS["monday"] and is_one_of(day, _MONDAY_HOLIDAYS)


def is_one_of(day: date, holidays: Iterable[str]) -> bool:
    """Whether ``day`` is one of the named holidays in its year."""
    return any(_holiday(name, day.year) == day for name in holidays)


# The first day of the Chinese lunisolar year, 1990-2045 (general knowledge, checked against the
# holidays package's Chinese calendar; blind 377): "Lunar New Year", "Chinese New Year".
_LUNAR_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15),
    2038: (2, 4), 2039: (1, 24), 2040: (2, 12), 2041: (2, 1), 2042: (1, 22), 2043: (2, 10),
    2044: (1, 30), 2045: (2, 17),
}  # fmt: skip
_LUNAR_NAMES = ("lunar new year", "chinese new year", "the lunar new year")


def _holiday(name: str, y: int) -> date:
    if name in _LUNAR_NAMES:
        return date(y, *_LUNAR_NEW_YEAR[y])
    if name == "super tuesday" and y in _SUPER_TUESDAYS:
        return date(y, *_SUPER_TUESDAYS[y])
    if name == "super bowl sunday" and y >= _SECOND_SUNDAY_BOWLS:
        return nth_weekday(y, 2, 6, 2)
    if name == "inauguration day" and date(y, 1, 20).weekday() == WEEKDAYS["sunday"]:
        return date(y, 1, 21)  # sworn in privately on the Sunday, inaugurated on the Monday
    if name == "tax day":
        return _tax_day(y)
    if name in _HOLIDAYS:
        return date(y, *_HOLIDAYS[name])
    if name in _EASTER_OFFSETS:
        return _easter(y) + timedelta(days=_EASTER_OFFSETS[name])
    if name in HEBREW_HOLIDAYS:
        return hebrew_holiday(name, y)
    month, weekday, n, offset = _US_MOVABLE[name]  # election day: the Tuesday after 1st Monday
    return nth_weekday(y, month, weekday, n) + timedelta(days=offset)


def _tax_day(y: int) -> date:
    """The US federal filing deadline: April 15, or the next weekday that is not Washington's
    Emancipation Day (April 16, observed on the Friday before or the Monday after a weekend):
    April 18 in 2016, 2017 and 2022, April 17 in 2018 (blind 307)."""
    emancipation = date(y, 4, 16)
    if emancipation.weekday() == WEEKDAYS["saturday"]:
        emancipation -= timedelta(days=1)
    elif emancipation.weekday() == WEEKDAYS["sunday"]:
        emancipation += timedelta(days=1)
    day = date(y, 4, 15)
    while day.weekday() >= WEEKDAYS["saturday"] or day == emancipation:
        day += timedelta(days=1)
    return day


HOLIDAY_NAMES = frozenset(
    [*_HOLIDAYS, *_EASTER_OFFSETS, *_US_MOVABLE, *HEBREW_HOLIDAYS, *_LUNAR_NAMES, "tax day"]
)


def _holiday_days(name: str, ref: date) -> list[cal.Moment]:
    """The holiday in the years around ``ref`` (for a day held only in some years, the two
    such years around it: election years for Super Tuesday, leap years for Leap Day)."""
    years = [ref.year + k for k in (-1, 0, 1)]
    if name in _HELD_IN:
        years = [y for y in range(ref.year - 4, ref.year + 5) if _HELD_IN[name](y)]
    return [cal.day(_holiday(name, y)) for y in years]


@rule(rf"(?P<h>{alternation(HOLIDAY_NAMES)})(?:,? {YEAR})?")
def _holiday_rule(m: re.Match[str], ctx: Ctx) -> Result:
    if m["y"]:
        return of(cal.day(_holiday(m["h"], year_of(m["y"]))))
    return of(_holiday_by_tense(m["h"], ctx))


@rule(rf"{WD_FULL},? (?P<h>{alternation(HOLIDAY_NAMES)})")
def _weekday_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "Friday, New Year's Day": the holiday, when it falls on that weekday (blind 388), as a
    weekday with its date is the date."""
    day = _holiday_by_tense(m["h"], ctx)
    return of(day) if day.start.weekday() == WEEKDAYS[m["wd"]] else None


def _holiday_by_tense(name: str, ctx: Ctx) -> cal.Moment:
    """The holiday's day nearest the reference date in the clause's tense."""
    ref = ctx.need()
    cands = _holiday_days(name, ref)
    just_gone = [c for c in cands if 0 < (ref - c.start).days <= _JUST_GONE_DAYS]
    if ctx.tense == "present" and just_gone:  # "Labor Day is barely over", two days after it
        return just_gone[0]
    just_ahead = [c for c in cands if 0 < (c.start - ref).days <= _JUST_GONE_DAYS]
    if ctx.tense == "past" and just_ahead and not ctx.anchor:  # "crowded the airport ahead of
        return just_ahead[0]  # Thanksgiving" this morning, the day before it (blind 225)
    return _by_tense_or_nearest(cands, ref, ctx.tense)


@rule(rf"the first (?:night|evening) of (?P<h>{alternation(HEBREW_HOLIDAYS)})")
def _first_night(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the first night of Hanukkah": a Jewish holiday begins at sundown the evening before
    its first day, the night the first candle is lit or the first Seder held (blind 241)."""
    eve = cal.day(_holiday_by_tense(m["h"], ctx).start - timedelta(days=1))
    return Result(f"{eve.value}TNI", eve.start, eve.end, "date", None, "time")


@rule(r"(?:the )?(?:martin luther king(?: jr\.?)?|mlk) holiday|the king holiday")
def _king_holiday(m: re.Match[str], ctx: Ctx) -> Result:
    """ "to mark the King holiday": Martin Luther King Jr. Day (blind 342)."""
    return of(_holiday_by_tense("mlk day", ctx))


@rule(r"mischief night")
def _mischief_night(m: re.Match[str], ctx: Ctx) -> Result:
    """ "on Mischief Night": the night before Halloween (blind 327)."""
    eve = cal.day(_holiday_by_tense("halloween", ctx).start - timedelta(days=1))
    return Result(f"{eve.value}TNI", eve.start, eve.end, "date", None, "time")


@rule(rf"(?P<h>{alternation(HOLIDAY_NAMES)}) {PART}")
def _holiday_part(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Halloween night", "Christmas morning": that part of the day the holiday names."""
    day = of(_holiday_by_tense(m["h"], ctx))
    return Result(f"{day.value}T{PARTS[m['part']]}", day.start, day.end, "date", None, "time")


@rule(r"super tuesday (?:[2-4]|ii|iii|iv)")
def _super_tuesday_sequel(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Super Tuesday 2": a later Tuesday of primaries in the same season, which no calendar
    rule fixes, so the weekday by the tense (the coming Tuesday in "right before 'Super Tuesday
    2'"), not the first Super Tuesday weeks back."""
    return of(weekday_moment(WEEKDAYS["tuesday"], ctx))


# A holiday this few days gone is the one a present clause speaks of, like a weekday's nearest
# ("Labor Day is barely over"; "Christmas is a memory"), not next year's.
_JUST_GONE_DAYS = 3


@rule(rf"(?P<rel>last|next|this) (?P<h>{alternation(HOLIDAY_NAMES)})")
def _relative_holiday(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "last Easter", "next Thanksgiving": the one before or after the reference date;
    "this Christmas" the one in the reference year."""
    ref = ctx.need()
    cands = _holiday_days(m["h"], ref)
    if m["rel"] == "last":
        chosen = [c for c in cands if c.start < ref][-1:]
    elif m["rel"] == "next":
        chosen = [c for c in cands if c.start > ref][:1]
    else:
        chosen = [c for c in cands if c.start.year == ref.year]
    return of(chosen[0]) if chosen else None


# Weekdays whose nearest weekend is the one before: a Monday's or Tuesday's holiday.
_EARLY_WEEK = (WEEKDAYS["monday"], WEEKDAYS["tuesday"])


@rule(rf"(?:the )?(?P<h>{alternation(HOLIDAY_NAMES)}|new year's) (?:holiday )?weekend")
def _holiday_weekend(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Thanksgiving weekend", "Memorial Day weekend": the weekend joined to the day, so the
    one before a Monday or Tuesday holiday ("the Veterans Day weekend" of a Tuesday's: blind
    257) and the one of its week otherwise; chosen by the tense. "New Year's weekend" is New
    Year's Day's (blind 202)."""
    ref = ctx.need()
    name = "new year's day" if m["h"] == "new year's" else m["h"]
    days = [c.start for c in _holiday_days(name, ref)]
    weekends = [
        cal.weekend(d - timedelta(days=7) if d.weekday() in _EARLY_WEEK else d) for d in days
    ]
    return of(_by_tense_or_nearest(weekends, ref, ctx.tense))


@rule(rf"the (?P<h>{alternation(HOLIDAY_NAMES)}) holiday")
def _holiday_named_holiday(m: re.Match[str], ctx: Ctx) -> Result:
    """ "closed for the Labor Day holiday": the day itself (blind 359)."""
    return of(_holiday_by_tense(m["h"], ctx))


@rule(r"the week between christmas and new year's(?: day)?")
def _week_between_the_holidays(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the week between Christmas and New Year's": the ISO week holding December 28, which
    always lies between them, chosen by the tense (blind 359)."""
    ref = ctx.need()
    weeks = [cal.week(date(y, 12, 28)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return of(_by_tense_or_nearest(weeks, ref, ctx.tense))


@rule(rf"(?P<h>{alternation(HOLIDAY_NAMES)}) week")
def _holiday_week(m: re.Match[str], ctx: Ctx) -> Result:
    """ "during Christmas week": the ISO week holding the day, as "the week of Christmas" is,
    chosen by the tense as its weekend is (blind 200)."""
    ref = ctx.need()
    weeks = [cal.week(c.start) for c in _holiday_days(m["h"], ref)]
    return of(_by_tense_or_nearest(weeks, ref, ctx.tense))


# The mean instants of the March equinox, June solstice, September equinox and December
# solstice (Meeus, Astronomical Algorithms, table 27.C: Julian ephemeris days, Y in millennia
# from 2000), within an hour or so of the true ones: enough for the day, in UTC.
_TURNS = {
    "spring": (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    "summer": (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    "fall": (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    "winter": (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
}
_TURN_WORDS = {"vernal": "spring", "autumn": "fall", "autumnal": "fall"}
_JD_OF_1970 = 2440587.5


def _season_turn(season: str, y: int) -> date:
    """The day (UTC) the season turns in year ``y``: its equinox or solstice."""
    k = (y - 2000) / 1000
    jde = sum(c * k**n for n, c in enumerate(_TURNS[season]))
    return date(1970, 1, 1) + timedelta(days=int(jde - _JD_OF_1970))


@rule(
    r"(?:the )?(?:(?P<s>summer|winter) solstice|(?P<e>spring|vernal|autumn|autumnal|fall) "
    r"equinox|first day of (?P<f>spring|summer|fall|autumn|winter))"
)
def _solstice(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the summer solstice", "the first day of spring": the astronomical turn of the season
    (blind 214, 222), chosen by the tense like a holiday; the seasons' own values start on the
    1st of their month (meteorological), so "the first day of spring" is no March 1."""
    word = m["s"] or m["e"] or m["f"]
    season = _TURN_WORDS.get(word, word)
    ref = ctx.need()
    days = [cal.day(_season_turn(season, y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return of(_by_tense_or_nearest(days, ref, ctx.tense))


@rule(r"friday the 13th")
def _friday_the_13th(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Friday the 13th": the nearest 13th of a month falling on a Friday, by the tense (a
    day named like a holiday, one to three times a year; blind 214)."""
    ref = ctx.need()
    days = [
        cal.day(date(y, mo, 13))
        for y in (ref.year - 1, ref.year, ref.year + 1)
        for mo in range(1, 13)
        if date(y, mo, 13).weekday() == WEEKDAYS["friday"]
    ]
    return of(_by_tense_or_nearest(days, ref, ctx.tense))


@rule(rf"(?:the )?{YEAR} (?P<h>{alternation(HOLIDAY_NAMES)})")
def _year_holiday(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the 1988 Super Tuesday", "the 2015 Thanksgiving": the year written before the day."""
    return of(cal.day(_holiday(m["h"], year_of(m["y"]))))


@rule(rf"(?:every|each) (?P<h>{alternation(HOLIDAY_NAMES)})")
def _holiday_set(m: re.Match[str], ctx: Ctx) -> Result:
    """ "each Fourth of July": a fixed-date holiday every year is the set XXXX-MM-DD; a movable
    one ("every Thanksgiving") has no such value and is recognised as a set with none."""
    if m["h"] not in _HOLIDAYS:
        return Result(None, kind="set")
    month, day = _HOLIDAYS[m["h"]]
    return Result(f"XXXX-{month:02d}-{day:02d}", kind="set")


_SHORT_NAMED = {short: day for day, short, _ in NAMED_DAYS.values()}


@rule(rf"(?P<n>{alternation(_SHORT_NAMED)})")
def _named_day(m: re.Match[str], ctx: Ctx) -> Result:
    """ "9/11": a day written as its name (see :mod:`dateline.time._named`)."""
    return of(cal.day(_SHORT_NAMED[m["n"]]))


@rule(r"(?P<mo>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])")
def _month_slash_day(m: re.Match[str], ctx: Ctx) -> Result:
    """ "3/14": US month/day, its year by the tense like "March 14" (the finder keeps
    fractions, scores and "24/7" out)."""
    return of(day_moment(int(m["mo"]), int(m["d"]), None, ctx))


@rule(r"(?P<rest>.+?),? (?:of|in) (?P<yp>last year|this year|next year|the previous year)")
def _of_relative_year(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "June 16th of last year", "the summer of next year": the year first, then the rest."""
    y = year_phrase(m["yp"], ctx)
    return core(f"{m['rest']} {y}", ctx)
