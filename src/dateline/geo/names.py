"""Name normalisation shared by the gazetteer builder and the resolver (keys must agree)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize", "short_key"]

_SPACE = re.compile(r"\s+")
_DROP = re.compile(r"[.\u2019'`\u2018]")
_DASH = re.compile(r"[\u2010-\u2015-]")


def normalize(text: str) -> str:
    """Case- and accent-insensitive key: "Pabradė" and "PABRADE" both give "pabrade".

    Periods and apostrophes go ("St. Louis" = "St Louis"), hyphens become spaces and a
    leading "the " is dropped ("the Netherlands" = "Netherlands").
    """
    base = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in base if not unicodedata.combining(c))
    base = _DASH.sub(" ", _DROP.sub("", base.casefold()))
    base = _SPACE.sub(" ", base).strip()
    if base.startswith("the "):
        base = base[4:]
    return base


def short_key(text: str) -> str:
    """Case-sensitive key for short capitals ("US", "U.S.", "CA"), kept apart from words."""
    return "=" + text.replace(".", "").replace(" ", "").strip()
