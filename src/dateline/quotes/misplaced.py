"""Contents taken from the wrong side of a clause break: no words of the report they are given.

"The story never ran; my editor argued it was too thin": the clause before the semicolon or
colon is the writer's own, and the report after the break has its own words. A content that
ends at such a break ahead of its cue and source was read across it (mostly by the content
tagger, which reads spans without the clause they hang from).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.quotes._doc import text_of
from dateline.quotes.attr import Attr

__all__ = ["before_clause_break"]

_BREAK = re.compile(r"\s*[;:]")


def before_clause_break(doc: Doc, a: Attr) -> bool:
    """``a``'s content ends at a semicolon or colon that comes before its cue and source."""
    c = a.cand
    if c.cue is None:
        return False
    head = min(c.cue[0], c.source[0]) if c.source is not None else c.cue[0]
    if c.content[1] > head:
        return False
    return _BREAK.match(text_of(doc)[c.content[1] : head]) is not None
