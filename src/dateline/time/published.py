"""The reference date: the publication date given, or one inferred from metadata or text.

Every relative time expression ("last year", "in July") is resolved against it, so a wrong
guess is worse than none: only fully specified dates are used, and the source is reported.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.errors import ArticleRejected

__all__ = ["find_full_dates", "infer_published", "parse_iso_date", "parse_published"]

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FULL_DATE_PATTERNS = [
    re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?:{_WEEKDAY})?{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_iso_date(value: str) -> date | None:
    """``YYYY-MM-DD`` (optionally followed by a time) to a date, or None."""
    match = _ISO_PREFIX.match(value or "")
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HAS_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def parse_published(value: str) -> date | None:
    """A publication date as feeds write it: ISO first, then any full date with a four-digit
    year and a month name ("Wed Nov 23, 2016 | 3:02pm EST", "17 December 2016"). Relative
    words ("yesterday"), partial dates and all-number dates ("10/05/2017": October or May?) are
    refused."""
    iso = parse_iso_date(value)
    if iso is not None or not (_HAS_YEAR.search(value or "") and _HAS_MONTH_NAME.search(value)):
        return iso
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(value.replace("|", " "), languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def find_full_dates(text: str) -> list[tuple[date, bool, int]]:
    """Every fully specified date in the text: (date, has a weekday, offset)."""
    found = []
    for pattern in _FULL_DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = (
                _MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["nmonth"])
            )
            try:
                day = date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            found.append((day, bool(groups.get("weekday")), m.start()))
    return sorted(found, key=lambda item: item[2])


def infer_published(
    text: str, given: str | None = None, metadata: str | None = None
) -> tuple[date | None, str]:
    """The reference date and where it came from: ``given``, ``inferred`` or ``none``.

    From the text, a date with its weekday ("Wednesday, May 10, 2017") wins, since news names
    the weekday only for days close to publication; otherwise the latest full date.
    """
    if given:
        parsed = parse_published(given)
        if parsed is None:
            raise ArticleRejected("invalid_field", f"published {given!r} is not a full date")
        return parsed, "given"
    from_metadata = parse_published(metadata or "")
    if from_metadata:
        return from_metadata, "inferred"
    candidates = find_full_dates(text)
    if not candidates:
        return None, "none"
    with_weekday = [c for c in candidates if c[1]]
    pool = with_weekday or candidates
    return max(c[0] for c in pool), "inferred"
