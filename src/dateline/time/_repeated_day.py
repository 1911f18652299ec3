"""A weekday's possessive naming a subject ("Friday's agreement establishes ...") or what came
"after" ("after Tuesday's victory"), once the article has dated that weekday behind
publication ("the deal, announced Friday"), names the same day.

The clause's tense is weak evidence there: "Friday's agreement establishes a contract" is in
the present because the agreement still stands, "Monday's decision will reverberate" in the
future because its effects lie ahead, though both events are done. News names a different,
coming weekday as "next Friday" or with a date. A possessive inside a complement ("will do well
in Tuesday's primary", "ahead of Monday's caucuses") keeps its own reading: the event may be
the one ahead.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from dateline.nlp import text_of
from dateline.time._grammar import Result

__all__ = ["repeat_dated_weekdays"]

Found = tuple[int, int, Result]

_WEEKDAY = re.compile(r"(?:on )?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")
_POSSESSIVE = ("'s", "\u2019s")
_BACKWARD = frozenset({"after", "since", "following"})


def repeat_dated_weekdays(
    text: str, doc: Doc | None, found: list[Found], reference: date | None
) -> list[Found]:
    """Each such possessive bare weekday read ahead of ``reference`` takes the past date an
    earlier bare mention of the same weekday in ``text`` was given."""
    if reference is None or doc is None:
        return found
    behind: dict[str, Result] = {}
    out: list[Found] = []
    for start, end, result in found:
        day = _WEEKDAY.fullmatch(text, start, end)
        if day is not None and result.start is not None and result.start == result.end:
            earlier = behind.get(day["wd"])
            if earlier is not None and result.start > reference and _done_event(doc, end):
                result = earlier
            elif result.start < reference:
                behind[day["wd"]] = result
        out.append((start, end, result))
    return out


def _done_event(doc: Doc, end: int) -> bool:
    """Whether the weekday ending at ``end`` is a possessive whose noun is its clause's subject
    or the object of a backward-looking preposition."""
    if text_of(doc)[end : end + 2] not in _POSSESSIVE:  # doc.text rebuilds the text
        return False
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    noun = span[-1].head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _BACKWARD
