"""A bare month that extends an earlier date of its sentence lies after it.

"vowed to remain in the fight through the California primary on June 7, and perhaps until the
party's convention in July": the parser may hang "until ... July" on "perhaps" under the past
"vowed", but the text says the fight goes on past June 7, so July is the one after June 7
(2016-07 in an April 2016 story), not the last July before publication.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.time._grammar import Result
from dateline.time._normalise import parse

__all__ = ["after_extended"]

Found = tuple[int, int, Result]

# The words between the earlier date and the month: a continuation ("and perhaps until the
# party's convention in"), within one sentence (no full stop, question or exclamation mark); a
# "to" only right before the month ("from June to September"), since "to" also names whom
# ("present the budget for fiscal 2016 to the board in April": blind 70).
_EXTENDS = re.compile(r"[^.!?;]{0,15}\b(?:(?:until|till|through)\b[^.!?;]{0,60}|to\s+)", re.I)
# A lower-case word right after a year that is no link: the noun the year labels ("the 2054
# budget"), which the month does not continue.
_NOUN_AFTER = re.compile(r" (?!(?:and|or|but|then|to|until|till|through)\b)[a-z]+\b")
_BARE_MONTH = re.compile(r"(?:(?:in|until|till|through) )?[A-Z][a-z]+\.?")


def after_extended(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each bare month that continues an earlier, later-dated expression of its
    sentence moved to the first such month after that expression."""
    out = list(found)
    for k in range(1, len(out)):
        start, end, result = out[k]
        prev_end, prev = out[k - 1][1], out[k - 1][2]
        if result.grain != "month" or not _BARE_MONTH.fullmatch(text[start:end]):
            continue
        if result.start is None or prev.start is None or result.start >= prev.start:
            continue
        gap = text[prev_end:start]
        if not _EXTENDS.fullmatch(gap) or "\n" in gap:
            continue
        if prev.grain == "year" and _NOUN_AFTER.match(gap):
            continue  # "present the fiscal 2054 budget to lawmakers in January": a label
        moved = _after(text[start:end], prev.start)
        if moved is not None:
            out[k] = (start, end, moved)
    return out


def _after(expression: str, earlier: date) -> Result | None:
    """The reading of ``expression`` in the first year that puts it after ``earlier``."""
    for year in (earlier.year, earlier.year + 1):
        again = parse(f"{expression} {year}", earlier, "future")
        if again is not None and again.start is not None and again.start > earlier:
            return again
    return None
