"""Anaphoric expressions anchored on the narrative's last date: "the next day", "a day
earlier", "four years later", "earlier in the day".

Such an expression counts from the moment the story is telling, not from publication. When the
nearest earlier dated expression sits in the same or the previous sentence and is at least as
fine as the expression's unit (a day for "the next day", any dated year for "four years
later"), it is that moment; otherwise the expression keeps no value, as before. "The day
after the vote" names its own anchor (an event with no date) and is left alone, and so is "the
next week" outside a past clause ("expects two to drop out over the next week"): a stretch ahead
of publication, not of the story's last date (it keeps the finder's reading).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from dateline.time import _calendar as cal
from dateline.time._grammar import Result, of
from dateline.time._lexicon import NUMBERS
from dateline.time._quantities import number, shift
from dateline.time._tense import tense_of

__all__ = ["anchor_anaphora"]

Found = tuple[int, int, Result]

_UNIT = r"(?P<u>day|week|month|year)s?"
_FORWARD = re.compile(rf"(?:the )?(?:next|following) {_UNIT}", re.IGNORECASE)
_BACK = re.compile(rf"(?:the )?(?:previous|preceding) {_UNIT}", re.IGNORECASE)
_THE_UNIT = re.compile(rf"the {_UNIT} (?P<dir>before|after|prior|earlier|later)", re.IGNORECASE)
_COUNT = re.compile(
    rf"(?P<num>[\w-]+) {_UNIT} (?P<dir>later|earlier|before|after|prior)", re.IGNORECASE
)
_SAME_DAY = re.compile(
    r"(?:earlier|later) (?:in|that) (?:the )?(?:day|night|evening|morning)|(?:the )?same day",
    re.IGNORECASE,
)
# What may follow "the day before" for it to stand alone (not "the day before the vote").
_STANDS_ALONE = re.compile(r"\s*(?:$|[.,;:!?)\"'\u201d\u2019\n-]|and\b|when\b|,)")
_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_SIGN = {"before": -1, "prior": -1, "earlier": -1, "after": 1, "later": 1}


def _offset(text: str) -> tuple[str, int] | None:
    """(unit, signed count) for an anaphoric expression; ("day", 0) for the same day."""
    if _SAME_DAY.fullmatch(text):
        return "day", 0
    for pattern, sign in ((_FORWARD, 1), (_BACK, -1)):
        if m := pattern.fullmatch(text):
            return m["u"].lower(), sign
    if m := _THE_UNIT.fullmatch(text):
        return m["u"].lower(), _SIGN[m["dir"].lower()]
    if m := _COUNT.fullmatch(text):
        word = m["num"].lower().replace("-", " ")
        if word not in NUMBERS and not word.isdigit() and word not in ("a", "an"):
            return None
        n = 1.0 if word in ("a", "an") else number(word)
        if n is None or not float(n).is_integer() or n <= 0:
            return None
        return m["u"].lower(), _SIGN[m["dir"].lower()] * int(n)
    return None


def _anchor_ok(anchor: Result, unit: str) -> bool:
    """A dated anchor no coarser than the unit it is shifted by."""
    if anchor.kind != "date" or anchor.value is None or anchor.start is None:
        return False
    if anchor.value.endswith("_REF") or anchor.grain not in _GRAIN_RANK:
        return False
    return _GRAIN_RANK[anchor.grain] <= _GRAIN_RANK[unit]


def _sentence_index(doc: Doc | None, text: str, pos: int) -> int:
    """The sentence number of a character (paragraphs stand in without a parse)."""
    if doc is not None:
        token = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if token is not None and len(token):
            return token[0].sent.start
    return text.count("\n\n", 0, pos) * 1000


def _near(doc: Doc | None, text: str, anchor_pos: int, pos: int) -> bool:
    """The anchor is in the same or the previous sentence."""
    here, there = _sentence_index(doc, text, pos), _sentence_index(doc, text, anchor_pos)
    if doc is None:
        return here == there
    if here == there:
        return True
    token = doc.char_span(pos, pos + 1, alignment_mode="expand")
    sent_start = token[0].sent.start if token is not None and len(token) else here
    previous = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    return there == previous


def _moved(anchor: Result, unit: str, n: int) -> Result:
    start: date = anchor.start  # type: ignore[assignment]
    if n == 0:
        return of(cal.day(start)) if anchor.grain == "day" else replace(anchor, mod=None)
    return of(shift(start, unit, n))


def _deictic(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """ "over the next week", "in the next month" under a present or future verb lie ahead of
    publication, not of the story's last date, so no anchor values them; "the next day" and
    "the following week" are always anaphoric."""
    m = _FORWARD.fullmatch(text[start:end])
    if m is None or m["u"].lower() == "day" or "following" in m.group(0).lower():
        return False  # "the following week" never counts from publication
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is None or not len(span) or tense_of(span) != "past"


def _dated(result: Result) -> bool:
    """A possible anchor: a date with a value; "now" (PRESENT_REF) stands for no moment of the
    story and is passed over."""
    return bool(result.value) and result.kind == "date" and not result.value.endswith("_REF")


def anchor_anaphora(text: str, doc: Doc | None, found: list[Found]) -> list[Found]:
    """``found`` with each unvalued anaphoric expression valued from a safe nearby anchor."""
    out: list[Found] = []
    for start, end, result in found:
        offset = None if result.value is not None else _offset(text[start:end])
        if _THE_UNIT.fullmatch(text[start:end]) and not _STANDS_ALONE.match(text, end):
            offset = None
        if offset is not None and _deictic(text, doc, start, end):
            offset = None
        anchor = next((a for a in reversed(out) if _dated(a[2])), None)
        if (
            offset is not None
            and anchor is not None
            and _anchor_ok(anchor[2], offset[0])
            and _near(doc, text, anchor[0], start)
        ):
            result = _moved(anchor[2], *offset)
        out.append((start, end, result))
    return out
