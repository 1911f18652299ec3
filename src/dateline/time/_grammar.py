"""The rule engine shared by the rule modules: results, context, registry, modifiers.

A rule is a regex that must match a whole (cleaned) expression and a function that turns the
match into a :class:`Result`; rules are tried in registration order and the first non-None
result wins. :func:`core` also handles "early/mid/late X", which wraps any date rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from dateline.time import _calendar as cal
from dateline.time._lexicon import (
    MONTHS,
    NUMBERS,
    SEASON_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    alternation,
)

__all__ = [
    "DAY",
    "MON",
    "MONTH_FULL",
    "NUM",
    "NUM_WORDS",
    "PART",
    "PARTS",
    "REL",
    "RULES",
    "SEASON",
    "UNIT",
    "WD_FULL",
    "WD_NAMES",
    "WD_OPT",
    "YEAR",
    "Ctx",
    "NeedsReference",
    "Result",
    "Rule",
    "core",
    "modified",
    "of",
    "rule",
    "year_of",
]


@dataclass(frozen=True)
class Result:
    """A normalised expression (``value`` None: recognised but needs a missing anchor)."""

    value: str | None
    start: date | None = None
    end: date | None = None
    kind: str = "date"
    mod: str | None = None
    grain: str | None = None


class NeedsReference(Exception):
    """Raised by a rule that is relative and has no reference date to resolve against."""


@dataclass(frozen=True)
class Ctx:
    ref: date | None
    tense: str | None
    # Set where the day read is an anchor another day is counted from ("the Monday after
    # Thanksgiving"): its own year is chosen by the counted day, not by the clause's cues.
    anchor: bool = False

    def need(self) -> date:
        if self.ref is None:
            raise NeedsReference
        return self.ref


def of(m: cal.Moment, mod: str | None = None) -> Result:
    return Result(m.value, m.start, m.end, "date", mod, m.grain)


# --- regex fragments --------------------------------------------------------------------------

MON = rf"(?P<mon>{alternation(MONTHS)})\.?"
WD_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WD_FULL = rf"(?P<wd>{WD_NAMES})"
MONTH_FULL = alternation([m for m in MONTHS if len(m) > 4] + ["may", "june", "july"])
WD_OPT = rf"(?:(?P<wd>{alternation(WEEKDAYS)})\.?,? )?"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<y>[12]\d{3})"
SEASON = rf"(?P<s>{alternation(SEASON_WORDS)})"
UNIT = rf"(?P<unit>{alternation(UNITS)})s?"
NUM_WORDS = alternation(
    [*NUMBERS, *VAGUE_NUMBERS]
    + [f"{t} {u}" for t in ("twenty", "thirty", "forty", "fifty") for u in
       ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]
)  # fmt: skip
NUM = rf"(?P<num>\d+(?:\.\d+)?(?: and a half)?|(?:{NUM_WORDS})(?: and a half)?)"
PART = r"(?P<part>morning|afternoon|evening|night)"
REL = r"(?P<rel>this past|this|last|next|past|coming|current|previous|upcoming)"

PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {
    "early": "START", "the beginning of": "START", "beginning of": "START",
    "the start of": "START", "start of": "START", "the early": "START", "mid": "MID",
    "the middle of": "MID", "middle of": "MID", "the mid": "MID", "late": "END",
    "the late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    "the early part of": "START", "the final days of": "END", "the closing days of": "END",
    "the final weeks of": "END", "the closing weeks of": "END", "the final months of": "END",
    "the closing months of": "END", "the latter part of": "END", "the later part of": "END",
}  # fmt: skip
_MOD_RE = re.compile(rf"^(?P<modw>{alternation(_MODS)}) (?P<rest>.+)$")
# "the mid-to-late 2020s", "early to mid 2019": a stretch of parts reads as its last part.
_PART_SPAN_RE = re.compile(r"^(?P<the>the )?(?P<first>early|mid|late) to (?P<last>early|mid|late) ")


# --- rules -------------------------------------------------------------------------------------

Rule = Callable[[re.Match[str], Ctx], Result | None]
RULES: list[tuple[re.Pattern[str], Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES.append((re.compile(pattern), fn))
        return fn

    return register


def year_of(text: str) -> int:
    y = int(text)
    if not 1000 <= y <= 2199:
        raise ValueError("not a plausible year")
    return y


def modified(text: str, ctx: Ctx) -> Result | None:
    """ "early 2014", "mid-2015", "the end of the year": START/MID/END of a date."""
    if text in ("year end", "year's end", "the year's end"):
        text = "the end of this year"
    if text in ("quarter end", "quarter's end", "the quarter's end"):
        text = "the end of this quarter"
    if text in ("month end", "month's end", "the month's end"):
        text = "the end of this month"
    span = _PART_SPAN_RE.match(text)
    if span is not None:  # "mid to late X": X with the last part's mod, from the first's start
        rest = text[span.end() :]
        first = modified(f"{span['the'] or ''}{span['first']} {rest}", ctx)
        last = modified(f"{span['the'] or ''}{span['last']} {rest}", ctx)
        if first is None or last is None or first.start is None:
            return last
        return replace(last, start=min(first.start, last.start or first.start))
    m = _MOD_RE.match(text)
    if not m:
        return None
    rest = m["rest"]
    if rest in ("the year", "the quarter", "the month", "the week", "the decade", "the day"):
        rest = "this " + rest[4:]
    inner = core(rest, ctx)
    if inner is None or inner.kind != "date" or inner.mod is not None:
        return None
    part = _MODS[m["modw"]]
    result = _narrowed(inner, part)
    step = _tense_step(result, ctx) if rest.startswith("this ") else None
    if step is not None:  # "at year-end" in a past clause early in the year: the last one
        other = core(f"{step} {rest[5:]}", ctx)
        if other is not None and other.kind == "date" and other.mod is None:
            result = _narrowed(other, part)
    return result


def _narrowed(inner: Result, part: str) -> Result:
    """``inner`` with mod ``part`` and its interval narrowed to the first, middle or last third."""
    if inner.value is None or inner.start is None or inner.end is None:
        return replace(inner, mod=part)
    if inner.grain == "year":  # a year's thirds are its month-aligned thirds
        y = inner.start.year
        first = {"START": 1, "MID": 5, "END": 9}[part]
        start, end = date(y, first, 1), cal.month(y, first + 3).end
    else:
        start, end = cal.narrow(inner.start, inner.end, part)
    return replace(inner, start=start, end=end, mod=part)


def _tense_step(result: Result, ctx: Ctx) -> str | None:
    """ "last"/"next" when a deictic part ("the end of the year") contradicts the tense; never
    for a decade or century, whose parts span any clause's tense ("by the middle of this
    century" in a past-tense sentence is still this century)."""
    if ctx.ref is None or result.start is None or result.end is None:
        return None
    if result.grain in ("decade", "century"):
        return None
    if ctx.tense == "past" and result.start > ctx.ref:
        return "last"
    if ctx.tense == "future" and result.end < ctx.ref:
        return "next"
    return None


def core(text: str, ctx: Ctx) -> Result | None:
    """The first rule that matches the whole text, or None."""
    wrapped = modified(text, ctx)
    if wrapped is not None:
        return wrapped
    for pattern, rule in RULES:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        try:
            result = rule(m, ctx)
        except (ValueError, KeyError, IndexError, OverflowError):
            result = None
        if result is not None:
            return result
    return None
