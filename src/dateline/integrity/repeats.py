"""``repeated_content``: a sentence or claim that comes back later with light rewording.

Candidates come from MinHash sketches (datasketch) of each sentence's content lemmas, which
keeps long articles cheap; a finer check then asks how much of the shorter sentence is contained
in the longer one, after folding spelling variants and a few near-synonyms, and requires the
overlap to include a word that is rare in the article (so two sentences that merely share the
story's main actors are not a repeat).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from spacy.tokens import Span

from dateline.integrity._index import columns
from dateline.integrity._text import QuoteMask
from dateline.integrity.spelling import to_us
from dateline.nlp import text_of
from dateline.records import Signal

__all__ = ["content_lemmas", "repeated_content"]

_SYNONYMS = {
    "drill": "exercise",
    "maneuver": "exercise",
    "manoeuvre": "exercise",
    "know": "name",
    "call": "name",
    "dub": "name",
    "state": "say",
    "tell": "say",
    "add": "say",
    "soldier": "troop",
    "force": "troop",
    "nation": "country",
}
_MIN_LEMMAS = 5
_MIN_SHARED = 6
_CONTAINMENT = 0.85
_SKETCH_FLOOR = 0.12
_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
_LIGHT = frozenset(["be", "have", "do", "say", "make", "take", "get", "go", "come"])


def content_lemmas(sent: Span) -> set[str]:
    """The sentence's content words as a repeat is judged on them: US spelling, a few
    near-synonyms folded, light verbs and one-letter lemmas left out."""
    cols = columns(sent.doc)
    out: set[str] = set()
    for i in range(sent.start, sent.end):
        if cols.pos[i] not in _POS or cols.stop[i] or cols.space[i]:
            continue
        lemma = to_us(cols.lemma[i])
        lemma = _SYNONYMS.get(lemma, lemma)
        if lemma not in _LIGHT and len(lemma) > 1:
            out.add(lemma)
    return out


@lru_cache(maxsize=1)
def _empty_sketch() -> MinHash:
    """The empty sketch, built once: each ``MinHash(...)`` draws its permutations from a fresh
    random generator, which cost more than hashing a sentence's words."""
    return MinHash(num_perm=64, seed=7)


def _sketch(words: set[str]) -> MinHash:
    """The sketch of ``words``: a copy of the empty one (same permutations) updated with them
    (the minimum over the words, so the same values as updating one word at a time)."""
    m = _empty_sketch().copy()
    if words:
        m.update_batch([w.encode("utf8") for w in words])
    return m


def _trimmed(sent: Span) -> tuple[int, int]:
    text = text_of(sent.doc)
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ADDITIVE = re.compile(r"\b(?:also|too|likewise|similarly|as well)\b", re.IGNORECASE)


def _adds(sentence: str) -> bool:
    """The sentence presents itself as a further, parallel fact ("also", "too", "as well")."""
    return bool(_ADDITIVE.search(sentence))


def _same_words(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


_Item = tuple[int, int, set[str], MinHash]


def repeated_content(sents: Sequence[Span], mask: QuoteMask, body: int = 0) -> list[Signal]:
    """Flag the later sentence of each near-repeat pair, citing the earlier one.

    Sentences before ``body`` (the headline) are skipped: a lede restates its headline.
    """
    items = _items(sents, mask, body)
    freq = Counter(w for *_, words, _ in items for w in words)
    text = text_of(sents[0].doc) if sents else ""
    out: list[Signal] = []
    flagged: set[int] = set()
    sketches = np.array([m.hashvalues for *_, m in items]) if items else np.zeros((0, 1))
    for j, later in enumerate(items):
        b_adds = _adds(text[later[0] : later[1]])
        for i in _near(sketches, j):
            if i in flagged:
                continue
            signal = _repeat(items[i], later, b_adds, text, freq)
            if signal is not None:
                out.append(signal)
                flagged.add(j)
                break
    return out


def _near(sketches: np.ndarray, j: int) -> list[int]:
    """The earlier items whose sketch is within reach of item ``j``'s, in order:
    ``MinHash.jaccard``'s test for all of them at once, so that a long article does not pay a
    Python call per pair of sentences."""
    if j == 0:
        return []
    same = np.count_nonzero(sketches[:j] == sketches[j], axis=1) / sketches.shape[1]
    return np.flatnonzero(same >= _SKETCH_FLOOR).tolist()


def _items(sents: Sequence[Span], mask: QuoteMask, body: int) -> list[_Item]:
    """(start, end, content lemmas, sketch) of each body sentence that may repeat another."""
    items = []
    for s in sents:
        start, end = _trimmed(s)
        if start < body:
            continue
        if "\n" in text_of(s.doc)[start:end] or mask.quoted_share(start, end) > 0.5:
            continue  # headlines run into the body without a period; quotes repeat by design
        words = content_lemmas(s)
        if len(words) >= _MIN_LEMMAS:
            items.append((start, end, words, _sketch(words)))
    return items


def _repeat(
    earlier: _Item, later: _Item, b_adds: bool, text: str, freq: Counter[str]
) -> Signal | None:
    """The signal on ``later`` when it restates ``earlier`` (their sketches already within
    reach, :func:`_near`), else None."""
    a_s, a_e, aw, _ = earlier
    bs, be, bw, _ = later
    shared = aw & bw
    small = min(len(aw), len(bw))
    rare = [w for w in shared if freq[w] <= 2]
    # A verbatim copy needs no rare word: a paragraph pasted twice is repeated however
    # often its words recur (live blogs re-run whole updates).
    verbatim = aw == bw and _same_words(text[a_s:a_e], text[bs:be])
    if not verbatim and b_adds and not _adds(text[a_s:a_e]):
        return None  # "... and those results also came back positive": a parallel fact
    if not (
        len(shared) >= _MIN_SHARED and len(shared) / small >= _CONTAINMENT and (rare or verbatim)
    ):
        return None
    return Signal(
        kind="repeated_content",
        start=bs,
        end=be,
        detail=(
            f"repeats the claim at {a_s}-{a_e} "
            f"({len(shared)} of {small} content words shared: "
            f"{', '.join(sorted(shared)[:6])})"
        ),
        strength=round(min(1.0, len(shared) / small), 2),
    )
