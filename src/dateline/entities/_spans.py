"""Token look-ups without building a Token per word: offsets and filtered indices.

Iterating a Doc builds a Python Token per word; passes that want a few tokens of a long text
(the subjects, the role words, the repeated surnames) read the token arrays instead.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

__all__ = ["token_offsets", "tokens_where"]


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's start offset and length in characters, read from the token array."""
    if not len(doc):
        return [], []
    rows = doc.to_array(["IDX", "LENGTH"]).tolist()
    return [r[0] for r in rows], [r[1] for r in rows]


def tokens_where(doc: Doc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """The indices, in order, of the tokens whose string attribute ``attr`` ("LOWER", "DEP",
    "POS", "ORTH") ``keep`` accepts; each distinct value is tested once, and no Token is
    built."""
    values = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    kept = {h for h in set(values) if keep(strings[h])}
    return [i for i, h in enumerate(values) if h in kept]
