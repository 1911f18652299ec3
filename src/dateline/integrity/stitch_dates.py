"""``stitched_text``, third sign: dates that do not fit the article's own day.

A weekday that does not match its date ("Tuesday, May 10, 2017"), or a full date well after
publication told as past: the paragraph was written for another day.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from dateline.records import Signal
from dateline.time.published import find_full_dates

__all__ = ["date_mismatches"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_YEAR_END = re.compile(r"(?:19|20)\d\d(?:-[01]\d-[0-3]\d)?\b")
# How far after publication a date in past-tense narration may lie (a late correction, a
# time-zone slip) before the paragraph looks written for another day.
_FUTURE_SLACK_DAYS = 31


def _date_end(text: str, start: int) -> int:
    m = _YEAR_END.search(text, start, start + 40)
    return m.end() if m else start


def _wrong_weekday(text: str, day: date, start: int, end: int) -> Signal | None:
    written = text[start:end].split()[0].strip(",").lower()
    real = _WEEKDAYS[day.weekday()]
    if written == real:
        return None
    return Signal(
        kind="stitched_text",
        start=start,
        end=end,
        detail=f"{day.isoformat()} was a {real.title()}, not a {written.title()}: a date that "
        "does not fit",
        strength=0.6,
    )


def _happened(doc: Doc | None, start: int, end: int) -> bool:
    """The date sits in past-tense narration ("the treaty was signed on March 3, 2019"), not in
    a schedule or plan ("the election is set for Nov. 6, 2018", "the summit on June 3")."""
    if doc is None:
        return False
    from dateline.time._tense import tense_of

    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and tense_of(span) == "past"


_DATELINE_CHARS = 120


def _self_dated(
    text: str, found: list[tuple[date, bool, int]], published: date | None
) -> date | None:
    """The reference date, moved to the article's own dateline ("LOUISVILLE, KY--(Marketwire -
    December 23, 2010)": a date before any lowercase word) when that is later: then the given
    date is wrong, not the paragraphs."""
    lead = [
        day
        for day, _, start in found
        if start < _DATELINE_CHARS and not re.search(r"\b[a-z]{2,}", text[:start])
    ]
    if published is None or not lead:
        return published
    return max(published, lead[0])


def date_mismatches(text: str, published: date | None, doc: Doc | None = None) -> list[Signal]:
    """A weekday that does not match its date, and (with the parse) a date well after
    publication told as something that already happened: paragraphs written for another day."""
    out = []
    found = find_full_dates(text)
    published = _self_dated(text, found, published)
    for day, has_weekday, start in found:
        end = _date_end(text, start)
        if end <= start:
            continue
        if has_weekday:
            wrong = _wrong_weekday(text, day, start, end)
            if wrong is not None:
                out.append(wrong)
                continue
        if published is None or (day - published).days <= _FUTURE_SLACK_DAYS:
            continue
        if _happened(doc, start, end):
            out.append(
                Signal(
                    kind="stitched_text",
                    start=start,
                    end=end,
                    detail=f"told as past, but {day.isoformat()} is after the article's date "
                    f"{published.isoformat()}",
                    strength=0.4,
                )
            )
    return out
