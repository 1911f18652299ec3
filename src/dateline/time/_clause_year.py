"""A bare month or season takes the year its own clause states: "remained in the 2008 primary
contest until June" is June 2008, not the last June before publication.

Only a year written before the month in the same clause (same governing verb) of a past clause
counts; a year in another clause or sentence, or after the month, may date something else, and
so does a year that names the clause's subject ("The 2012 law was repealed in June").
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from dateline.time._grammar import Result
from dateline.time._normalise import parse
from dateline.time._tense import clause_verb, tense_of

__all__ = ["clause_years"]

Found = tuple[int, int, Result]
# (sentence start token, clause verb index, year, character offset) of each written year.
Stated = tuple[int, int | None, int, int]

_YEAR = re.compile(r"(?:[Tt]he )?(?P<y>1[89]\d\d|20\d\d)")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


def _span(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _dates_subject(span: Span) -> bool:
    """A year naming the clause's subject ("The 2012 law was repealed in June") dates the
    subject, not the clause's event (fifteenth round: the June is the story's)."""
    root = span.root
    return root.head.i != root.i and root.head.dep_ in _SUBJECTS


def _verb_of(span: Span) -> int | None:
    root = span.root
    verb = clause_verb(root.head) if root.head.i != root.i else None
    return None if verb is None else verb.i


def clause_years(
    text: str, doc: Doc | None, found: list[Found], reference: date | None
) -> list[Found]:
    """``found`` with each past bare month or season re-read in its clause's stated year."""
    if doc is None:
        return found
    years: list[Stated] = []
    for start, end, result in found:
        m = _YEAR.fullmatch(text[start:end])
        span = _span(doc, start, end) if m and result.grain == "year" else None
        if span is not None and m is not None and not _dates_subject(span):
            years.append((span.sent.start, _verb_of(span), int(m["y"]), start))
    if not years:
        return found
    return [_restated(text, doc, item, years, reference) for item in found]


def _restated(
    text: str, doc: Doc, item: Found, years: list[Stated], reference: date | None
) -> Found:
    """The item re-read in the one year its clause states before it, or unchanged."""
    start, end, result = item
    if result.grain not in ("month", "season") or _HAS_YEAR.search(text[start:end]):
        return item
    span = _span(doc, start, end)
    own = re.match(r"\d{4}", result.value or "")
    if span is None or own is None or tense_of(span) != "past":
        return item
    verb = _verb_of(span)
    # The year is stated first and the month narrows it ("in the 2008 contest until June"); a
    # year after the month dates something else ("in October over the 2012 attack").
    stated = {
        y
        for sent, v, y, at in years
        if sent == span.sent.start and v == verb and v is not None and at < start
    }
    if len(stated) != 1:
        return item
    year = stated.pop()
    if year == int(own.group(0)) or (reference is not None and year > reference.year):
        return item
    again = parse(f"{text[start:end]} {year}", reference, "past")
    return item if again is None or again.value is None else (start, end, again)
