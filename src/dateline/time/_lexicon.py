"""Words of time: months, weekdays, seasons, numbers and units, shared by finder and normaliser."""

from __future__ import annotations

__all__ = [
    "CLOCK",
    "DECADE_WORDS",
    "MONTHS",
    "NUMBERS",
    "ORDINALS",
    "O_CLOCK",
    "SEASON_WORDS",
    "TIME_ZONES",
    "UNITS",
    "VAGUE_NUMBERS",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "ZONE_WORDS",
    "alternation",
    "zone_alternation",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Full names only on their own; abbreviations only inside full dates (see the patterns).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# The full names capitalised, as a regular-expression alternation.
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

SEASON_WORDS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2,
    "half a": 0.5, "half an": 0.5, "a half": 0.5, "a single": 1, "single": 1,
}  # fmt: skip

# Quantities with no number: TIMEX3 writes them as "X" (P<X>Y).
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "some", "many", "a number of", "dozens of", "hundreds of",
     "multiple", "numerous", "countless"}
)  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
    "seventies": 197, "eighties": 198, "nineties": 199,
}  # fmt: skip

# Zone abbreviations written after a clock time ("0300 GMT", "9 a.m. EST"): the one table the
# finder and the normaliser both read. The clock keeps the time as written whatever the zone.
TIME_ZONES = frozenset(
    {"GMT", "UTC", "Z", "BST", "CET", "CEST", "EET", "MSK", "IST", "JST", "ET", "EST", "EDT",
     "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"}
)  # fmt: skip

# US zones written as words after a clock ("1 p.m. Eastern", "6 a.m. Pacific time").
ZONE_WORDS = tuple(
    f"{zone}{suffix}"
    for zone in ("eastern", "central", "mountain", "pacific")
    for suffix in ("", " time", " standard time", " daylight time")
)

# Unit word -> (TIMEX3 unit, is a clock unit, multiplier).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "min": ("M", True, 1),
    "hour": ("H", True, 1), "hr": ("H", True, 1), "day": ("D", False, 1),
    "night": ("D", False, 1), "week": ("W", False, 1), "fortnight": ("W", False, 2),
    "month": ("M", False, 1), "year": ("Y", False, 1), "yr": ("Y", False, 1),
    "decade": ("DE", False, 1), "century": ("CE", False, 1), "centurie": ("CE", False, 1),
    "millennium": ("Y", False, 1000), "millennia": ("Y", False, 1000),
}  # fmt: skip


def alternation(words: object) -> str:
    """A regex alternation of words, longest first so prefixes never shadow them."""
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True)).replace(".", r"\.")


def zone_alternation(*extra: str, lower: bool = False) -> str:
    """:data:`TIME_ZONES` (plus ``extra`` words such as "local time") as one alternation."""
    words = set(TIME_ZONES) | set(extra)
    return alternation(w.lower() for w in words) if lower else alternation(words)


# A clock time in figures or "noon"/"midnight" ("7 p.m.", "8:15", "7.30am"): one pattern for
# the candidate finder and for ``_clock_day`` (which re-dates a bare clock time to the day
# named before it). Only the finder adds "o'clock" (:data:`O_CLOCK`); ``_clock_day`` never
# re-dated "three o'clock", and no data here says it should.
CLOCK = r"(?<![\w./:])\d{1,2}(?:[:.]\d\d)? ?[ap]\.? ?m\b\.?|\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b"
O_CLOCK = (
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"o['\u2019]clock\b"
)
