"""Shared text helpers: reporting verbs and word lists, plus the article layout.

Integrity checks reason about the article's layout (paragraphs) and about what the writer says
in their own voice versus what they quote, so these helpers are used by every check. The layout
helpers live in :mod:`dateline.text_layout` (the quotes stage reads them too) and are
re-exported here for the modules that import them from this one.
"""

from __future__ import annotations

from dateline.text_layout import (
    Paragraph,
    QuoteMask,
    body_start,
    paragraphs,
    sentence_paragraph,
)

__all__ = [
    "REPORTING_VERBS",
    "Paragraph",
    "QuoteMask",
    "body_start",
    "paragraphs",
    "sentence_paragraph",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (keeps word lists compact)."""
    return frozenset(words.split())


# Verbs whose subject is the source of a claim (lemmas).
REPORTING_VERBS = wordset(
    """
    say tell add note state claim report announce insist stress explain argue warn assert
    declare recall suggest acknowledge admit confirm deny estimate predict reveal write told
    contend maintain emphasize emphasise comment remark observe indicate mention reply
    respond testify allege concede caution
    """
)
