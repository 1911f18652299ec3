"""Per-document token columns, read once for every integrity check.

Several checks walk the whole parse for the same few attributes (part of speech, stop word,
alphabetic, lemma). Building a spaCy ``Token`` for each look costs more than the checks
themselves, so the columns are read once per document with ``Doc.to_array`` and kept for the
last document seen (the checks of one article run one after another).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_SPACE, IS_STOP, LEMMA, LOWER, POS
from spacy.tokens import Doc

__all__ = ["TokenColumns", "columns", "content_lemmas"]


@dataclass(frozen=True)
class TokenColumns:
    """One entry per token: ``pos`` is the coarse tag (``Token.pos_``), ``lemma`` the lowercased
    lemma (``Token.lemma_.lower()``), ``lower`` the lowercased text (``Token.lower_``), ``dep``
    the relation (``Token.dep_``), ``head`` the head's index (``Token.head.i``), and
    ``stop``/``alpha``/``space`` the lexical flags (``space``: the token is whitespace, so
    ``not t.text.strip()``)."""

    pos: list[str]
    lemma: list[str]
    stop: list[bool]
    alpha: list[bool]
    space: list[bool]
    lower: list[str]
    dep: list[str]
    head: list[int]


@lru_cache(maxsize=1)
def columns(doc: Doc) -> TokenColumns:
    """The token columns of ``doc`` (cached for the latest document)."""
    rows = doc.to_array([POS, IS_STOP, IS_ALPHA, LEMMA, IS_SPACE, LOWER, DEP, HEAD])
    pos, stop, alpha, lemma, space, lower, dep, head = (rows[:, k].tolist() for k in range(8))
    return TokenColumns(
        pos=_strings(doc, pos),
        lemma=[w.lower() for w in _strings(doc, lemma)],
        stop=[bool(x) for x in stop],
        alpha=[bool(x) for x in alpha],
        space=[bool(x) for x in space],
        lower=_strings(doc, lower),
        dep=_strings(doc, dep),
        # HEAD is the offset to the head, stored unsigned: read it back as a signed number
        head=[i + (x - (1 << 64) if x >= 1 << 63 else x) for i, x in enumerate(head)],
    )


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of ``hashes``, each distinct one looked up once."""
    strings = doc.vocab.strings
    found = {h: strings[h] for h in set(hashes)}
    return [found[h] for h in hashes]


def content_lemmas(doc: Doc, start: int, end: int, tags: frozenset[str]) -> list[str]:
    """Lowercased lemmas of tokens ``start:end`` tagged one of ``tags``, alphabetic and not stop
    words, in text order (as ``t.lemma_.lower() for t in span if ...`` lists them)."""
    cols = columns(doc)
    pos, stop, alpha, lemma = cols.pos, cols.stop, cols.alpha, cols.lemma
    return [lemma[i] for i in range(start, end) if pos[i] in tags and not stop[i] and alpha[i]]
