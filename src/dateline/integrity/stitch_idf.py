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
    return {
        w: (1 + math.log(v)) * math.log((n + 1) / (df.get(w, 1) + 1))
        for w, v in counts.items()
        if v > 0
    }


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    num = sum(v * b.get(w, 0.0) for w, v in a.items())
    den = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return num / den if den else 0.0


def _cos_normed(a: Mapping[str, float], b: Mapping[str, float], na: float, nb: float) -> float:
    """:func:`_cos` of two non-empty vectors with their squared norms given."""
    num = sum(v * b.get(w, 0.0) for w, v in a.items())
    den = math.sqrt(na * nb)
    return num / den if den else 0.0


def _best_matches(vecs: Sequence[Mapping[str, float]]) -> list[float]:
    """Per vector, its highest cosine with any other: only vectors sharing a word with it are
    compared (any other scores exactly 0), so a long article is not quadratic in paragraphs."""
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
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    vecs = [_weights(c, idf) for c in counts]
    bests = _best_matches(vecs)
    out = []
    for k, c in enumerate(counts):
        window: Counter[str] = Counter()
        for j in range(max(0, k - 2), min(len(counts), k + 3)):
            if j != k:
                window.update(counts[j])
        best = bests[k]
        rest = _weights(total - c, idf)
        out.append((_cos(vecs[k], rest), _cos(vecs[k], _weights(window, idf)), best))
    return out
