"""Per-document caches: ``Doc.text`` and ``Doc.ents`` rebuild from every token on each access,
which turns many small look-ups on a long article into quadratic time."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import text_of

__all__ = ["ents_of", "text_of"]

_ENTS = "dateline.quotes.ents"


def ents_of(doc: Doc) -> list[tuple[int, int, str]]:
    """(first token, end token, text) of each named entity, computed once per document."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = [(e.start, e.end, e.text) for e in doc.ents]
        doc.user_data[_ENTS] = ents
    return ents
