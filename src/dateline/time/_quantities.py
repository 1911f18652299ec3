"""Quantities: spelled numbers, TIMEX3 duration values and calendar arithmetic by unit."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import _calendar as cal
from dateline.time._lexicon import (
    NUMBERS,
    UNITS,
    VAGUE_NUMBERS,
)

__all__ = [
    "clock_duration",
    "duration_value",
    "fmt",
    "number",
    "shift",
    "span_back",
    "span_forward",
]


def number(text: str) -> float | None:
    """A quantity as a number, or None for vague ones ("several")."""
    text = text.strip()
    half = text.endswith(" and a half")
    if half:
        text = text[: -len(" and a half")]
    if text in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        value = float(text)
    elif " " in text and text not in NUMBERS:
        tens, units = text.split(" ", 1)
        value = NUMBERS.get(tens, 0) + NUMBERS.get(units, 0)
    else:
        value = NUMBERS[text]
    return value + 0.5 if half else value


def fmt(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


_SMALLER = {("Y", False): ("M", False, 12), ("DE", False): ("Y", False, 10),
            ("CE", False): ("Y", False, 100), ("W", False): ("D", False, 7),
            ("D", False): ("H", True, 24), ("H", True): ("M", True, 60),
            ("M", True): ("S", True, 60)}  # fmt: skip


def duration_value(n: float | None, unit: str) -> str:
    code, clock, mult = UNITS[unit]
    qty = None if n is None else n * mult
    if code == "M" and clock and qty is not None and qty >= 60 and qty % 60 == 0:
        return f"PT{fmt(qty / 60)}H"
    if qty is not None and qty < 1 and (code, clock) in _SMALLER:
        code, clock, factor = _SMALLER[(code, clock)]  # "half an hour": PT30M, not PT0.5H
        qty *= factor
    return f"PT{fmt(qty)}{code}" if clock else f"P{fmt(qty)}{code}"


def shift(ref: date, unit: str, n: int) -> cal.Moment:
    """The unit ``n`` units away from the reference, at that unit's granularity."""
    code, clock, mult = UNITS[unit]
    n *= mult
    if clock or code == "D":
        return cal.day(ref + timedelta(days=n if code == "D" else 0))
    if code == "W":
        return cal.week(ref + timedelta(weeks=n))
    if code == "M":
        moved = cal.shift_months(ref, n)
        return cal.month(moved.year, moved.month)
    if code == "DE":
        return cal.decade((ref.year // 10 + n) * 10)
    if code == "CE":
        return cal.century(ref.year // 100 + 1 + n)
    return cal.year(ref.year + n)


def span_back(ref: date, unit: str, n: float) -> date:
    """The day ``n`` units before the reference (fractions rounded to whole days)."""
    return _span(ref, unit, -n)


def span_forward(ref: date, unit: str, n: float) -> date:
    """The day ``n`` units after the reference: whole months and years on the calendar ("the
    next three months" from Jan. 13 ends on April 13, not 92 days on: blind 39)."""
    return _span(ref, unit, n)


def _span(ref: date, unit: str, n: float) -> date:
    code, clock, mult = UNITS[unit]
    n *= mult
    if clock:  # a date moves by whole days only: "the past five hours" stays on the day
        hours = timedelta(hours=abs(n)) if code == "H" else timedelta(0)
        return ref + hours if n >= 0 else ref - hours
    days = {"D": 1, "W": 7, "M": 30.4375, "Y": 365.25, "DE": 3652.5, "CE": 36525}[code]
    if code in ("M", "Y", "DE", "CE") and float(n).is_integer():
        months = int(n) * {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[code]
        return cal.shift_months(ref, months)
    return ref + timedelta(days=round(n * days))


def clock_duration(minutes: int) -> str:
    """A span of clock time as TIMEX3 writes it: 150 minutes is "PT2H30M", 60 is "PT1H"."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
