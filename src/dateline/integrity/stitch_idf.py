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


def idf_cohesion(counts: Sequence[Counter[str]], idf: Mapping) -> list[tuple[float, float, float]]:
    """Per paragraph: IDF cosine with the rest of the article, with the two paragraphs either
    side, and the highest with any single other paragraph (a paragraph of this story usually
    picks up a thread some other paragraph also follows)."""
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    vecs = [_weights(c, idf) for c in counts]
    out = []
    for k, c in enumerate(counts):
        window: Counter[str] = Counter()
        for j in range(max(0, k - 2), min(len(counts), k + 3)):
            if j != k:
                window.update(counts[j])
        best = max((_cos(vecs[k], v) for j, v in enumerate(vecs) if j != k), default=0.0)
        rest = _weights(total - c, idf)
        out.append((_cos(vecs[k], rest), _cos(vecs[k], _weights(window, idf)), best))
    return out
