"""Nicknames of US states and big cities ("the Bluegrass State", "the Big Apple").

Local news names its own state by nickname as often as by name. A nickname counts only after
"the" and when no capitalised word follows, since the same words name teams, buildings and
firms ("the Golden State Warriors", "the Empire State Building", "First State Bank"). The table
(``data/geo/nicknames.tsv``) is also built into the gazetteer as weak names of the unit or city
each stands for, so a found nickname resolves like any name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["nickname_spans"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    path = resources.files("dateline") / "data" / "geo" / "nicknames.tsv"
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names += line.split("\t", 1)[0].split("|")
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Not before a capitalised word, a digit or a hyphenated word ("the Big Apple-based firm"
    # stays: the hyphen joins a lower-case word).
    return re.compile(rf"\b[Tt]he\s+({alternatives})\b(?![ \t]+[A-Z0-9]|-[A-Z])")


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the nicknames in ``text`` (without the article)."""
    return [m.span(1) for m in _pattern().finditer(text)]
