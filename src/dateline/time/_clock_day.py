"""A bare clock time takes the day its sentence names before it: "will take place Dec. 14 from
7 p.m. to 8:15 p.m." is 7 p.m. on Dec. 14, not on the reference date (seventeenth round); one
that runs to a clock time with a day ("7 a.m. to 8 p.m. Tuesday") takes that day."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dateline.text_layout import SENTENCE_END
from dateline.time._lexicon import CLOCK, WEEKDAY_NAMES
from dateline.time._normalise import Result

__all__ = ["clock_days", "clock_ranges"]

Found = tuple[int, int, Result]

_CLOCK = re.compile(rf"(?:at |from |to |until |by |before |after )?(?:{CLOCK})", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_TIMED = re.compile(r"(\d{4}-\d\d-\d\d)(T.+)")
REACH = 80  # characters from the day's end to the clock time


def clock_days(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each bare clock time re-dated to the day named before it in its
    sentence."""
    out: list[Found] = []
    day: Found | None = None
    for k, item in enumerate(found):
        start, end, result = item
        value = result.value or ""
        if _DAY.fullmatch(value) and result.kind == "date":
            day = item
        elif day is not None and _CLOCK.fullmatch(text[start:end]):
            item = _on_day(text, day, item)
        if k + 1 < len(found) and _CLOCK.fullmatch(text[start:end]):
            item = _to_dated_clock(text, item, found[k + 1])
        out.append(item)
    return out


# "7 a.m. to 8 p.m. Tuesday": a bare clock time that runs to a clock time with a day is on that
# day, not on the reference date.
_RUNS_TO = re.compile(r"\s*(?:to|until|till|-|\u2013)\s*", re.IGNORECASE)


def _to_dated_clock(text: str, clock: Found, then: Found) -> Found:
    """``clock`` on the day of the dated clock time ``then`` that it runs to, if any."""
    timed, dated = _TIMED.fullmatch(clock[2].value or ""), _TIMED.fullmatch(then[2].value or "")
    if timed is None or dated is None or _CLOCK.fullmatch(text[then[0] : then[1]]):
        return clock  # ``then`` is itself a bare clock time: its day is the reference's too
    if not _RUNS_TO.fullmatch(text, clock[1], then[0]):
        return clock
    day = then[2].start
    value = dated.group(1) + timed.group(2)
    return (clock[0], clock[1], replace(clock[2], value=value, start=day, end=day))


# "from 9 a.m. to 5 p.m.", "between 2 a.m. and 7 a.m.": two clock times that bound one stretch.
_FROM = re.compile(r"\b(?P<w>from|between)\s+$", re.IGNORECASE)
_TO = {
    "from": re.compile(r"\s*(?:to|until|till|-|\u2013)\s*", re.IGNORECASE),
    "between": re.compile(r"\s*(?:and|-|\u2013)\s*", re.IGNORECASE),
}


def clock_ranges(
    text: str, found: list[Found], parse_range: Callable[[int, int], Result | None]
) -> list[Found]:
    """``found`` with "from 9 a.m. to 5 p.m." ("between 2 a.m. and 7 a.m.") made one duration
    where its sentence names no day: opening hours, a shift, a daily routine ("The museum is
    open from 9 a.m. to 5 p.m."). With a day ("Dec. 14 from 7 p.m. to 8:15 p.m.") the two
    clock times stay, to take that day (see ``clock_days``), unless the range names its own
    ("Father's Day breakfast ... from 8 a.m. to noon today": blind 83). ``parse_range(start, end)``
    normalises ``text[start:end]`` in its clause's tense."""
    out: list[Found] = []
    k = 0
    while k < len(found):
        item = found[k]
        pair = found[k + 1] if k + 1 < len(found) else None
        merged = None if pair is None else _range(text, found, item, pair, parse_range)
        if merged is not None:
            out.append(merged)
            k += 2
            continue
        out.append(item)
        k += 1
    return out


def _range(
    text: str,
    found: list[Found],
    first: Found,
    second: Found,
    parse_range: Callable[[int, int], Result | None],
) -> Found | None:
    if first[2].grain != "time" or second[2].grain != "time":
        return None
    opening = _FROM.search(text, max(0, first[0] - 9), first[0])
    if opening is None or not _TO[opening["w"].lower()].fullmatch(text, first[1], second[0]):
        return None
    own_day = _OWN_DAY.search(text, second[0], second[1]) is not None  # "to noon today"
    if not own_day and _dated_sentence(text, found, opening.start(), second[1]):
        return None
    result = parse_range(opening.start(), second[1])  # by the clause's tense: "Tuesday" ahead
    if result is None or result.kind != "duration":
        return None
    return opening.start(), second[1], result


# A day named with a range's last clock time ("to noon today", "to 5 p.m. Friday", "to 7 p.m.
# on Election Day": blind 93).
_OWN_DAY = re.compile(
    rf"\b(?:today|tonight|tomorrow|yesterday|{WEEKDAY_NAMES})\b|\b(?-i:on [A-Z])", re.IGNORECASE
)


def _dated_sentence(text: str, found: list[Found], start: int, end: int) -> bool:
    """Whether a day is named in the sentence around ``text[start:end]``."""
    for s, e, result in found:
        if not _DAY.fullmatch(result.value or "") or result.grain == "time":
            continue
        lo, hi = min(e, start), max(s, end)
        if SENTENCE_END.search(text, lo, hi) is None:
            return True
    return False


def _on_day(text: str, day: Found, clock: Found) -> Found:
    if clock[0] - day[1] > REACH:
        return clock  # before slicing: the day may be the article's first, far back
    timed = _TIMED.fullmatch(clock[2].value or "")
    if timed is None or SENTENCE_END.search(text, day[1], clock[0]):
        return clock
    value = (day[2].value or "") + timed.group(2)
    if value == clock[2].value:
        return clock
    return (clock[0], clock[1], replace(clock[2], value=value, start=day[2].start, end=day[2].end))
