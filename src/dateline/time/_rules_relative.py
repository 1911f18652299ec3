"""Rules for relative expressions, clock times, durations and sets ("two days ago", "the past
decade", "10 a.m. Monday", "for three months", "every summer")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._grammar import (
    MONTH_FULL,
    NUM,
    NUM_WORDS,
    PART,
    PARTS,
    REL,
    SEASON,
    UNIT,
    WD_FULL,
    WD_NAMES,
    Ctx,
    Result,
    core,
    of,
    rule,
)
from dateline.time._lexicon import (
    MONTHS,
    NUMBERS,
    SEASON_WORDS,
    UNITS,
    WEEKDAYS,
    ZONE_WORDS,
    alternation,
    zone_alternation,
)
from dateline.time._quantities import duration_value, number, shift, span_back, span_forward
from dateline.time._rules_dates import HOLIDAY_NAMES, holiday_monday, weekday_moment

__all__: list[str] = []


@rule(r"overnight")
def _overnight(m: re.Match[str], ctx: Ctx) -> Result:
    """ "overnight": the night before the reference in a past clause, else the coming night."""
    d = cal.day(ctx.need() - timedelta(days=1 if ctx.tense == "past" else 0))
    return of(d.with_value(d.value + "TNI"))


_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0}  # fmt: skip


@rule(rf"(?P<w>{alternation(_DAY_WORDS)})")
def _day_word(m: re.Match[str], ctx: Ctx) -> Result:
    d = cal.day(ctx.need() + timedelta(days=_DAY_WORDS[m["w"]]))
    return of(d.with_value(d.value + "TNI")) if m["w"] == "tonight" else of(d)


@rule(rf"(?P<w>this|yesterday|tomorrow|today|last|{WD_NAMES}) {PART}")
def _part_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    w, part = m["w"], m["part"]
    if w == "last" and part != "night":
        return None
    if w in WEEKDAYS:
        d = weekday_moment(WEEKDAYS[w], ctx)
    else:
        offset = {"this": 0, "today": 0, "yesterday": -1, "tomorrow": 1, "last": -1}[w]
        d = cal.day(ctx.need() + timedelta(days=offset))
    return of(d.with_value(d.value + "T" + PARTS[part]))


# Sunrise and sunset as the parts of day TIMEX3 has (it has no dawn): morning and evening.
_SUN = {"sunrise": "MO", "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunup": "MO",
        "sunset": "EV", "dusk": "EV", "sundown": "EV", "nightfall": "NI"}  # fmt: skip


@rule(rf"(?:at )?(?P<sun>{alternation(_SUN)}),? (?:on )?(?P<rest>.+)")
@rule(rf"(?P<rest>.+?),? at (?P<sun>{alternation(_SUN)})")
def _sun_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "sunrise Saturday", "Friday at dusk": that day's morning (evening, night)."""
    day = core(m["rest"], ctx)
    if day is None or day.grain != "day" or day.value is None or day.mod is not None:
        return None
    if "T" in day.value:
        return None  # "dusk tomorrow night": the part of day is named already
    return Result(f"{day.value}T{_SUN[m['sun']]}", day.start, day.end, "date", None, "day")


_AMPM = r"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))? ?(?P<ap>am|pm)"
_CLOCK = r"(?P<h24>[0-2]?\d):(?P<mi24>[0-5]\d)"
_TZ = rf"(?: (?:{zone_alternation('local time', *ZONE_WORDS, lower=True)}))?"
_HOUR_WORDS = {w: NUMBERS[w] for w in ("one", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "eleven", "twelve")}  # fmt: skip
_OCLOCK = rf"(?P<oh>[01]?\d|{alternation(_HOUR_WORDS)}) o'clock"
_ZONE = rf"(?:{zone_alternation('local time', 'hrs', lower=True)})"
# "0300 GMT": four digits are a clock only with a zone (otherwise a year or a count).
_MILITARY = rf"(?P<h4>[01]\d|2[0-4])(?P<mi4>[0-5]\d) ?{_ZONE}"
_TIME = rf"(?:{_MILITARY}|(?:{_AMPM}|{_CLOCK}|{_OCLOCK}|(?P<noon>noon|midday|midnight)){_TZ})"
_PM_PARTS = re.compile(r"\b(?:afternoon|evening|night|tonight)\b")


def _clock(m: re.Match[str], rest: str | None) -> str:
    evening = rest is not None and _PM_PARTS.search(rest) is not None
    if m["noon"]:
        return "24:00" if m["noon"] == "midnight" else "12:00"
    if m["h4"] is not None:
        h, mi = int(m["h4"]), int(m["mi4"])
    elif m["h24"] is not None:
        h, mi = int(m["h24"]), int(m["mi24"])
        if 1 <= h < 12 and not m["h24"].startswith("0") and evening:
            h += 12  # "7:30 tonight", "6:30 Friday evening" (not "07:30"): the evening's
    elif m["oh"] is not None:  # "six o'clock this evening": the part of day says pm
        h, mi = int(_HOUR_WORDS.get(m["oh"]) or m["oh"]) % 12, 0
        h += 12 if evening else 0
    else:
        h, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        h += 12 if m["ap"] == "pm" else 0
    if h > 24:
        raise ValueError("no such hour")
    return f"{h:02d}:{mi:02d}"


# A weekday and its holiday in apposition, which a clock time before them leaves apart.
_DAY_THEN_HOLIDAY = re.compile(rf"{WD_FULL}, (?:{alternation(HOLIDAY_NAMES)})")


@rule(rf"{_TIME}(?:,? (?:on |in the |)(?P<rest>.+))?")
@rule(rf"(?P<rest>.+?),? (?:at |around |by )?{_TIME}")
def _time_of_day(m: re.Match[str], ctx: Ctx) -> Result | None:
    rest = m["rest"]
    if rest is not None and _DAY_THEN_HOLIDAY.fullmatch(rest):
        return None  # "at 6 p.m. Monday, Labor Day": the holiday stands apart (blind 233)
    clock = _clock(m, rest)
    if rest in (None, "today", "morning", "afternoon", "evening", "tonight", "night"):
        d = cal.day(ctx.need())
    else:
        inner = core(rest, ctx)
        if inner is None or inner.grain != "day" or inner.value is None:
            return None
        d = cal.day(inner.start)  # type: ignore[arg-type]
    return Result(f"{d.value}T{clock}", d.start, d.end, "date", None, "time")


_SUNDAY = 6
_DECEMBER = 12
_AHEAD = ("present", "future")


@rule(rf"{REL} (?P<u>week|month|year|quarter|decade|century|weekend)")
def _rel_unit(m: re.Match[str], ctx: Ctx) -> Result | None:
    rel, u = m["rel"], m["u"]
    if rel == "past":
        return None  # "past week": a duration, handled by _anchored_duration
    step = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1,
            "upcoming": 1, "this past": -1}[rel]  # fmt: skip
    ref = ctx.need()
    if u == "weekend":  # "noticed this weekend" on a Monday: the one just gone
        weekend = cal.weekend(ref + timedelta(weeks=step))
        if step == 0 and ctx.tense == "past" and weekend.start > ref:
            weekend = cal.weekend(ref - timedelta(weeks=1))
        return of(weekend)
    if u == "year" and rel == "this past" and ref.month == _DECEMBER:
        step = 0  # "this past year" said in December: the year now ending
    if u == "week" and step == 0 and ref.weekday() == _SUNDAY and ctx.tense in _AHEAD:
        step = 1  # a Sunday paper's "this week's convention": the week that starts tomorrow
    if u == "quarter":
        q = (ref.month - 1) // 3 + step
        return of(cal.quarter(ref.year + (q // 4), q % 4 + 1))
    return of(shift(ref, u, step))


@rule(rf"{REL} (?:(?P<mon>{MONTH_FULL})|{SEASON}|{WD_FULL})")
def _rel_named(m: re.Match[str], ctx: Ctx) -> Result | None:
    rel = m["rel"]
    if rel == "past":
        return None
    ref = ctx.need()
    if m["wd"]:
        wd = WEEKDAYS[m["wd"]]
        if rel in ("this", "current"):
            day = ref + timedelta(days=wd - ref.weekday())
            if day < ref and ctx.tense == "future":  # "wraps up this Thursday" on a Sunday
                day += timedelta(weeks=1)
            return of(cal.day(day))
        if rel in ("last", "previous", "this past"):
            return of(cal.day(ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)))
        if rel == "next":  # next week's: "next Thursday" said on a Wednesday is not tomorrow
            return of(cal.day(ref + timedelta(days=7 - ref.weekday() + wd)))
        return of(cal.day(ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)))
    if m["mon"]:
        mon = MONTHS[m["mon"]]
        cands = [cal.month(ref.year + k, mon) for k in (-1, 0, 1)]
    else:
        code = SEASON_WORDS[m["s"]]
        cands = [cal.season(ref.year + k, code) for k in (-2, -1, 0, 1)]
    if rel in ("this", "current"):
        this = [c for c in cands if c.start <= ref <= c.end]
        if this:
            return of(this[0])
        if m["mon"]:
            return of(cands[1])
        return of(_this_season(cands, ref, ctx.tense))
    if rel == "this past":  # "this past winter" late in February: the one now ending
        return of([c for c in cands if c.start <= ref][-1])
    if rel in ("last", "previous"):
        return of([c for c in cands if c.end < ref][-1])
    return of(next(c for c in cands if c.start > ref))


@rule(rf"{WD_FULL},? (?:of )?(?P<rel>this|last|next) week")
def _weekday_of_week(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Tuesday next week", "Friday of last week": the weekday inside the week named (ISO
    weeks, from Monday), not the nearest one."""
    ref = ctx.need()
    step = {"this": 0, "last": -1, "next": 1}[m["rel"]]
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    return of(cal.day(monday + timedelta(days=WEEKDAYS[m["wd"]])))


def _this_season(cands: list[cal.Moment], ref: date, tense: str | None) -> cal.Moment:
    """ "this winter" outside the season: the one of the reference year, except that a past
    clause in the season right after it means the one just ended ("was canceled this winter"
    in March is the winter that ended in February, not the one that starts in December; "this
    fall" in March is no fall just ended)."""
    same_year = next(c for c in cands if int(c.value[:4]) == ref.year)
    ended = [c for c in cands if c.end is not None and c.end < ref]
    if tense == "past" and ended and ended[-1].end == cal.season_of(ref).start - timedelta(days=1):
        return ended[-1]
    return same_year


@rule(r"(?P<el>earlier|later) (?:this|in the|this past) (?P<u>week|month|year|decade)")
@rule(r"(?P<el>earlier|later) (?P<u>today|tonight)")
@rule(rf"(?P<el>earlier|later) this {SEASON}")
@rule(rf"(?P<el>the rest) of (?:the|this) (?:(?P<u>week|month|year|decade)|{SEASON})")
def _earlier_later(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "later this year": the year from the reference day on, "earlier this month" the month up
    to it; "later this summer" this summer (as "this summer" reads), from the reference day on
    while it is under way (blind 58), and so "the rest of the summer" (blind 243)."""
    ref = ctx.need()
    groups = m.groupdict()
    if groups.get("s"):
        whole: cal.Moment | Result | None = core(f"this {groups['s']}", ctx)
        if whole is None or whole.start is None or whole.end is None:
            return None
    else:
        u = groups["u"]
        whole = cal.day(ref) if u in ("today", "tonight") else shift(ref, u, 0)
    if m["el"] == "earlier":
        return Result(whole.value, whole.start, min(ref, whole.end), "date", None, whole.grain)
    return Result(whole.value, max(ref, whole.start), whole.end, "date", None, whole.grain)


_PLURALS = r"(?:years|months|weeks|days|decades)"
_PAST_REF = (
    rf"(?:the )?(?:recent (?:{_PLURALS}|times)|recently|lately|the past|past|previously|formerly)"
)
_FUTURE_REF = rf"(?:the )?(?:future|coming {_PLURALS}|{_PLURALS} (?:ahead|to come)|near future)"
_PRESENT_REF = (
    r"(?:the )?(?:now|right now|currently|at present|present|these days|nowadays|the moment)"
)


@rule(_PAST_REF)
def _past_ref(m: re.Match[str], ctx: Ctx) -> Result:
    return Result("PAST_REF", None, ctx.ref, "date")


@rule(_FUTURE_REF)
def _future_ref(m: re.Match[str], ctx: Ctx) -> Result:
    return Result("FUTURE_REF", ctx.ref, None, "date")


@rule(_PRESENT_REF)
def _present_ref(m: re.Match[str], ctx: Ctx) -> Result:
    return Result("PRESENT_REF", ctx.ref, ctx.ref, "date")


# Words between a count and its unit that keep the count: "three straight weeks", "a full week".
_UNBROKEN = r"(?:straight|consecutive|successive|full|whole|entire)"


@rule(
    rf"{NUM} (?:{_UNBROKEN} )?{UNIT}(?P<half> and a half)? "
    r"(?P<dir>ago|from now|hence|earlier|later|before|after|prior)"
)
@rule(rf"{UNIT} (?P<dir>ago|earlier|later)")
def _relative_count(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    n = number(g["num"]) if g.get("num") else None
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half ago": no whole unit to name
    if g["dir"] in ("earlier", "later", "before", "after", "prior"):
        return Result(None)  # anaphoric: relative to another event, not to publication
    ref = ctx.need()
    if n is None:
        return Result("PAST_REF" if g["dir"] == "ago" else "FUTURE_REF", None, None, "date")
    sign = -1 if g["dir"] == "ago" else 1
    if not float(n).is_integer():  # "two and a half years ago": 30 months back, a month
        unit, per = _SMALLER_WHOLE.get(UNITS[g["unit"]][:2], (g["unit"], 1))
        if not float(n * per).is_integer() and not UNITS[unit][1]:
            return None  # "a week and a half ago": no whole day count
        return of(shift(ref, unit, sign * int(n * per)))
    return of(shift(ref, g["unit"], sign * int(n)))


@rule(rf"(?:next|last|this|this coming|this past) {WD_FULL},? (?P<rest>.+)")
def _relative_weekday_dated(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "next Friday, Jan. 7": the date the writer gives, when it falls on that weekday
    (blind 387)."""
    day = core(m["rest"], ctx)
    if day is None or day.grain != "day" or day.start is None:
        return None
    return day if day.start.weekday() == WEEKDAYS[m["wd"]] else None


@rule(rf"{NUM} years? ago (?P<when>this month|this week|today)")
def _years_ago_this(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "10 years ago this month": the reference's month (week, day) that many years back
    (blind 384)."""
    n = number(m["num"])
    if n is None or not float(n).is_integer():
        return None
    day = cal.shift_months(ctx.need(), -12 * int(n))
    if m["when"] == "this month":
        return of(cal.month(day.year, day.month))
    return of(cal.week(day) if m["when"] == "this week" else cal.day(day))


# A half of a unit counted back or ahead in the smaller unit that holds it whole (a clock
# unit's shift is the reference day whatever the count).
_SMALLER_WHOLE = {("Y", False): ("month", 12), ("DE", False): ("year", 10),
                  ("CE", False): ("year", 100)}  # fmt: skip


_TWO_AWAY = {"after next": 2, "before last": -2}


@rule(r"the (?P<u>week|month|year|weekend) (?P<w>after next|before last)")
def _two_away(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the week after next", "the year before last": the unit two away from the reference."""
    step = _TWO_AWAY[m["w"]]
    ref = ctx.need()
    if m["u"] == "weekend":
        return of(cal.weekend(ref + timedelta(weeks=step)))
    return of(shift(ref, m["u"], step))


@rule(rf"{NUM} (?:{WD_FULL}|{SEASON})s (?P<dir>ago|from now)")
def _counted_named(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "two Fridays ago", "three summers ago": the last (next) such day or season is the first
    one counted, so "two Fridays ago" is the Friday before last Friday."""
    n = number(m["num"])
    if n is None or not float(n).is_integer() or n < 1:
        return None
    ahead = m["dir"] == "from now"
    if m["wd"]:
        word = "next" if ahead else "last"
        first = core(f"{word} {m['wd']}", ctx)
        if first is None or first.start is None:
            return None
        step = timedelta(weeks=int(n) - 1)
        return of(cal.day(first.start + step if ahead else first.start - step))
    first = core(f"{'next' if ahead else 'last'} {m['s']}", ctx)
    if first is None or first.value is None:
        return None
    year = int(first.value[:4]) + (int(n) - 1) * (1 if ahead else -1)
    return of(cal.season(year, SEASON_WORDS[m["s"]]))


@rule(
    r"(?:(?:the )?(?P<anaph>next|following|previous|preceding|same)|that) "
    r"(?P<u>day|week|month|year|morning|night|evening|afternoon|weekend)"
)
@rule(r"(?:earlier|later) (?:in|that) (?:the )?(?:day|night|evening|morning)")
@rule(r"the (?:day|night|week|month|year|weekend|morning|evening) (?:before|after|prior)")
def _anaphoric(m: re.Match[str], ctx: Ctx) -> Result:
    return Result(None)


@rule(
    r"(?P<the>the )?(?P<dir>past|last|previous|next|coming|following|first|final) "
    rf"(?:{NUM} )?{UNIT}"
)
def _anchored_duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    if not g["the"] and g["dir"] in ("last", "next", "previous", "following") and not g["num"]:
        return None  # "last week": a date (see _rel_unit)
    if g["dir"] in ("first", "final") and not g["the"]:
        return None
    plural = m.group(0).endswith("s")
    if g["dir"] in ("first", "final") and not g["num"]:
        # "the first day (of the convention)": a place in an event, no span of its own;
        # "the final months (of his presidency)": some months.
        return (
            Result(duration_value(None, g["unit"]), None, None, "duration")
            if plural
            else Result(None)
        )
    n = number(g["num"]) if g["num"] else 1.0
    value = duration_value(n, g["unit"])
    if n is None or ctx.ref is None or g["dir"] in ("first", "final"):
        return Result(value, None, None, "duration")
    if g["dir"] in ("past", "last", "previous"):
        return Result(value, span_back(ctx.ref, g["unit"], n), ctx.ref, "duration")
    return Result(value, ctx.ref, span_forward(ctx.ref, g["unit"], n), "duration")


@rule(rf"(?:{NUM} )?(?:{_UNBROKEN} )?{UNIT}(?: long| running| in a row)?")
def _duration(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "for three months", "three straight weeks", "six weeks running", "a full week"; a
    singular unit with no number only before "long" ("a decade-long fight": one decade, as
    "ten-year" is ten)."""
    g = m.groupdict()
    text = m.group(0)
    plural = re.sub(r" (?:long|running|in a row)$", "", text).endswith("s")
    unit_long = text == f"{g['unit']} long"  # "decade-long", cleaned
    if g["num"] is None and not plural and not unit_long:
        return None  # "week" alone is not an expression
    if text.endswith(" running") and not plural:
        return None  # "$21 an hour running a machine": the verb's, not "six weeks running"
    if g["num"] is None and re.match(_UNBROKEN, text):
        return None  # "full weeks", "whole days": no count
    if g["num"] in ("a", "an") and plural:
        return None  # "a weeks-long strike": the article is the strike's, not "one week"
    if g["num"] in ("a", "an") and text.endswith(" long"):
        return None  # "a decade-long fight": the article is the fight's; "decade-long" is the time
    n = number(g["num"]) if g["num"] else (None if plural else 1.0)
    return Result(duration_value(n, g["unit"]), None, None, "duration")


@rule(rf"{NUM} {UNIT} and a half")
def _and_a_half(m: re.Match[str], ctx: Ctx) -> Result | None:
    """ "an hour and a half": PT1.5H, as "two and a half years" is P2.5Y."""
    n = number(m["num"])
    if n is None or not float(n).is_integer():  # "two and a half years and a half": no
        return None
    return Result(duration_value(n + 0.5, m["unit"]), None, None, "duration")


# "over the holiday weekend" (blind 115), "the long weekend" (blind 240); said on the Monday
# holiday that ends it, the weekend just gone ("travelers head home from the holiday weekend"
# on Labor Day: blind 322)
@rule(r"(?:the (?P<long>holiday |long |three-day )?)?(?P<u>weekend)")
def _weekend(m: re.Match[str], ctx: Ctx) -> Result:
    ref = ctx.need()
    this = cal.weekend(ref)
    if m["long"] and holiday_monday(ref):
        return of(cal.weekend(ref - timedelta(days=1)))
    if ctx.tense in ("future", "present"):
        return of(this if this.end >= ref else cal.weekend(ref + timedelta(weeks=1)))
    return of(this if this.start <= ref else cal.weekend(ref - timedelta(weeks=1)))


@rule(r"(?:at )?(?:this|the same) time (?P<rel>last|next) (?P<u>week|month|year)")
def _this_time(m: re.Match[str], ctx: Ctx) -> Result:
    """ "this time last year": the same day one unit away."""
    ref = ctx.need()
    step = -1 if m["rel"] == "last" else 1
    if m["u"] == "week":
        return of(cal.day(ref + timedelta(weeks=step)))
    if m["u"] == "month":
        return of(cal.day(cal.shift_months(ref, step)))
    return of(cal.day(cal.shift_months(ref, 12 * step)))


# --- sets ---------------------------------------------------------------------------------------

_SET_ADVERBS = {"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M",
                "yearly": "P1Y", "annually": "P1Y", "quarterly": "P3M", "hourly": "PT1H",
                "biweekly": "P2W", "biannually": "P6M", "every day": "P1D"}  # fmt: skip


# "nightly" is a part of every day, like "each night" (not "daily"'s P1D).
@rule(rf"(?P<w>{alternation(_SET_ADVERBS)})")
def _set_adverb(m: re.Match[str], ctx: Ctx) -> Result:
    return Result(_SET_ADVERBS[m["w"]], None, None, "set")


@rule(
    rf"(?:(?P<freq>once|twice|(?:{NUM_WORDS}|\d+) times) )?(?P<q>a|an|per|each|every) "
    rf"(?:(?P<other>other|second) )?(?:(?P<num>\d+|{NUM_WORDS}) )?"  # "every second Sunday"
    rf"(?:{PART}|(?P<unit>{alternation(UNITS)})s?|{SEASON}|{WD_FULL}|(?P<mon>{MONTH_FULL})|"
    r"(?P<we>weekend))"
)
def _set(m: re.Match[str], ctx: Ctx) -> Result | None:
    g = m.groupdict()
    if g["q"] in ("a", "an") and not g["freq"]:
        return None  # "a week" is a duration, "twice a week" a set
    if g["s"]:
        return Result(f"XXXX-{SEASON_WORDS[g['s']]}", None, None, "set")
    if g["wd"]:
        return Result(f"XXXX-WXX-{WEEKDAYS[g['wd']] + 1}", None, None, "set")
    if g["mon"]:
        return Result(f"XXXX-{MONTHS[g['mon']]:02d}", None, None, "set")
    if g["we"]:
        return Result("XXXX-WXX-WE", None, None, "set")
    if g["part"]:  # "every morning": TIMEX3 writes a part of every day
        return Result(f"XXXX-XX-XXT{PARTS[g['part']]}", None, None, "set")
    n = number(g["num"]) if g["num"] else 1.0
    if n is not None and g["other"]:
        n *= 2
    return Result(duration_value(n, g["unit"]), None, None, "set")


@rule(rf"(?:the )?(?:first|second|third|fourth|last) {WD_FULL} (?:of|in) (?:each|every) month")
def _monthly_weekday(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the first Tuesday of each month": the weekday's set, its place in the month left to
    the frequency as "every other Wednesday" leaves its alternation (blind 375)."""
    return Result(f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}", None, None, "set")


@rule(rf"(?:on )?(?:alternate )?{WD_FULL}s")
def _weekday_set(m: re.Match[str], ctx: Ctx) -> Result:
    """ "Mondays", "alternate Mondays": the weekday's set (as "every other Thursday" is)."""
    return Result(f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}", None, None, "set")


@rule(r"(?:on )?alternate (?P<unit>days|weeks|months|years)")
def _alternate_units(m: re.Match[str], ctx: Ctx) -> Result:
    """ "alternate weeks": every second one, like "every other week" (P2W)."""
    return Result(duration_value(2, m["unit"][:-1]), None, None, "set")
