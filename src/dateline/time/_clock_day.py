"""A bare clock time takes the day its sentence names before it: "will take place Dec. 14 from
7 p.m. to 8:15 p.m." is 7 p.m. on Dec. 14, not on the reference date (seventeenth round)."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.text_layout import SENTENCE_END
from dateline.time._lexicon import CLOCK
from dateline.time._normalise import Result

__all__ = ["clock_days"]

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
    for item in found:
        start, end, result = item
        value = result.value or ""
        if _DAY.fullmatch(value) and result.kind == "date":
            day = item
        elif day is not None and _CLOCK.fullmatch(text[start:end]):
            item = _on_day(text, day, item)
        out.append(item)
    return out


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
