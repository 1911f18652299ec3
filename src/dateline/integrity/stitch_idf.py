"""IDF-weighted cohesion: how much a paragraph shares with its article, rare words counting most.

Plain term overlap is dominated by words every political story uses ("say", "campaign",
"president"), which a pasted paragraph shares with any article. Weighting each lemma by its
inverse document frequency (learned on PolNeAR train articles and stored with the stitch model)
lets the words that tie a paragraph to *this* story carry the similarity.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from operator import mul

import numpy as np
from spacy.tokens import Doc, Span

__all__ = ["IDF_FEATURES", "document_frequencies", "idf_cohesion", "lemma_counts"]

IDF_FEATURES = ("idf_rest", "idf_window", "idf_max")
_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
# Lemmas in fewer training articles than this are left out of the stored table (and weigh as
# if seen once): it keeps the table small and loses nothing, as they are all rare.
MIN_DF = 2


def lemma_counts(span: Doc | Span | None) -> Counter[str]:
    """Content-word lemmas (nouns, names, verbs, adjectives; no stop words) and their counts."""
    if span is None:
        return Counter()
    return Counter(
        t.lemma_.lower() for t in span if t.pos_ in _POS and not t.is_stop and t.is_alpha
    )


def document_frequencies(docs: Iterable[Doc]) -> dict:
    """The IDF table learned from whole articles: ``{"n": articles, "df": {lemma: count}}``."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        df.update(set(lemma_counts(doc)))
        n += 1
    kept = {w: c for w, c in sorted(df.items()) if c >= MIN_DF}
    return {"n": n, "df": kept}


def _weights(counts: Counter[str], idf: Mapping) -> dict[str, float]:
    n, df = idf.get("n", 0), idf.get("df", {})
    return {w: _weight(w, v, n, df) for w, v in counts.items() if v > 0}


def _weight(w: str, v: int, n: int, df: Mapping) -> float:
    return (1 + math.log(v)) * math.log((n + 1) / (df.get(w, 1) + 1))


def _rest_cosines(
    counts: Sequence[Counter[str]], vecs: Sequence[dict[str, float]], idf: Mapping
) -> list[float]:
    """Per paragraph ``k``, ``_cos(vecs[k], _weights(total - counts[k], idf))`` without building
    each rest vector, which made a long article quadratic: a word outside the paragraph keeps
    its whole-article weight, so only the paragraph's own words are weighed again. The rest's
    squared norm sums the same squares in the same order (a dropped word adds an exact 0.0 to
    a non-negative sum), so every value is bit-identical to the direct computation."""
    n, df = idf.get("n", 0), idf.get("df", {})
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    whole = _weights(total, idf)
    where = {w: i for i, w in enumerate(whole)}
    squares = [v * v for v in whole.values()]
    out = []
    for c, a in zip(counts, vecs, strict=True):
        rest: dict[str, float] = {}
        sq = squares.copy()
        dropped = 0
        for w in c:
            left = total[w] - c[w]
            if left > 0:
                rest[w] = _weight(w, left, n, df)
                sq[where[w]] = rest[w] * rest[w]
            else:
                sq[where[w]] = 0.0
                dropped += 1
        if not a or dropped == len(whole):
            out.append(0.0)
            continue
        num = sum(v * rest.get(w, 0.0) for w, v in a.items())  # a's words are all in c
        den = math.sqrt(sum(v * v for v in a.values()) * sum(sq))
        out.append(num / den if den else 0.0)
    return out


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    num = sum(v * b.get(w, 0.0) for w, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return num / den if den else 0.0


def _cos_normed(a: Mapping[str, float], b: Mapping[str, float], na: float, nb: float) -> float:
    """:func:`_cos` of two non-empty vectors with their squared norms given (the same products
    summed in the same order, iterated in C: it runs for every pair of paragraphs)."""
    num = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    den = math.sqrt(na * nb)
    return num / den if den else 0.0


def _best_matches(vecs: Sequence[Mapping[str, float]], rough_from: int = 50) -> list[float]:
    """Per vector, its highest cosine with any other (0.0 when it shares no word with any).

    Up to ``rough_from`` vectors, pair by pair. Beyond, where pairs grow quadratic, every pair
    sharing a word is first scored at once with numpy, which sums in another order; only the
    vectors within :data:`_NEAR_BEST` of the best of those scores are then scored exactly (by
    :func:`_cos_normed`, the sums of the direct computation), so the value returned is the
    same, without a Python loop over every pair of a long article's paragraphs.
    """
    if len(vecs) <= rough_from:
        return _pairwise_best(vecs)
    holding: dict[str, list[int]] = {}
    for j, v in enumerate(vecs):
        for w in v:
            holding.setdefault(w, []).append(j)
    held = {w: (np.array(js), np.array([vecs[j][w] for j in js])) for w, js in holding.items()}
    norms = [sum(x * x for x in v.values()) for v in vecs]  # as _cos sums them
    dens = np.sqrt(np.array(norms))
    out = []
    for k, v in enumerate(vecs):
        nums = np.zeros(len(vecs))
        sharing = np.zeros(len(vecs), dtype=bool)
        for w, x in v.items():
            js, weights = held[w]
            nums[js] += x * weights
            sharing[js] = True
        sharing[k] = False
        if not sharing.any():
            out.append(0.0)
            continue
        den = dens[k] * dens
        rough = np.divide(nums, den, out=np.zeros(len(vecs)), where=den > 0)
        top = rough[sharing].max()
        near = np.flatnonzero(sharing & (rough >= top - _NEAR_BEST)).tolist()
        best = max(_cos_normed(v, vecs[j], norms[k], norms[j]) for j in near)
        if sharing.sum() < len(vecs) - 1:  # some paragraph shares nothing with this one
            best = max(best, 0.0)
        out.append(best)
    return out


# How far numpy's cosine may lie from the direct sum's (rounding: many orders below this).
_NEAR_BEST = 1e-9


def _pairwise_best(vecs: Sequence[Mapping[str, float]]) -> list[float]:
    """:func:`_best_matches` pair by pair: only vectors sharing a word are compared (any other
    scores exactly 0)."""
    holding: dict[str, list[int]] = {}
    for j, v in enumerate(vecs):
        for w in v:
            holding.setdefault(w, []).append(j)
    norms = [sum(x * x for x in v.values()) for v in vecs]  # as _cos sums them
    out = []
    for k, v in enumerate(vecs):
        sharing = {j for w in v for j in holding[w] if j != k}
        best = max(
            (_cos_normed(v, vecs[j], norms[k], norms[j]) for j in sorted(sharing)), default=0.0
        )
        if len(sharing) < len(vecs) - 1:  # some paragraph shares nothing with this one
            best = max(best, 0.0) if sharing else 0.0
        out.append(best)
    return out


def idf_cohesion(counts: Sequence[Counter[str]], idf: Mapping) -> list[tuple[float, float, float]]:
    """Per paragraph: IDF cosine with the rest of the article, with the two paragraphs either
    side, and the highest with any single other paragraph (a paragraph of this story usually
    picks up a thread some other paragraph also follows)."""
    vecs = [_weights(c, idf) for c in counts]
    bests = _best_matches(vecs)
    rests = _rest_cosines(counts, vecs, idf)
    out = []
    for k in range(len(counts)):
        window: Counter[str] = Counter()
        for j in range(max(0, k - 2), min(len(counts), k + 3)):
            if j != k:
                window.update(counts[j])
        out.append((rests[k], _cos(vecs[k], _weights(window, idf)), bests[k]))
    return out
