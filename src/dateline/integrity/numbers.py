"""Read the numbers news writes ("100,000", "$1.5bn", "one and a half billion", "a dozen")."""

from __future__ import annotations

import re

__all__ = ["parse_number"]

_SMALL = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_WORDS = {"a": 1, "an": 1, "dozen": 12, "dozens": None, "hundreds": None, "thousands": None}


def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None when it is vague ("hundreds") or unreadable."""
    total, current, seen = 0.0, 0.0, False
    for w in _number_words(text):
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w in _FRACTIONS:
            current += _FRACTIONS[w]
            seen = True
        elif w in ("a", "an") and not seen:
            current, seen = 1, True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in _SCALES and seen:
            scale = _SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
        elif w in _WORDS and _WORDS[w] is None:
            return None
    if not seen:
        return None
    return total + current


def _number_words(text: str) -> list[str]:
    """The words of a number phrase, lowercased, without currency, percent signs and "and"."""
    t = (
        text.lower()
        .replace(",", "")
        .replace("%", " ")
        .replace("$", " ")
        .replace("€", " ")
        .replace("£", " ")
    )
    t = re.sub(r"(\d)([a-z])", r"\1 \2", t)
    return [w for w in re.split(r"[\s\-]+", t) if w and w != "and"]
