"""The stitch features computed from article totals equal the per-paragraph definitions."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.integrity.stitch import _cosine, _cosine_with_rest, _key_terms, _weight

_words = st.sampled_from([f"w{i}" for i in range(25)])
_paragraphs = st.lists(
    st.dictionaries(_words, st.integers(1, 4), max_size=10).map(Counter), min_size=1, max_size=8
)


@settings(max_examples=200, deadline=None)
@given(_paragraphs)
def test_totals_give_the_per_paragraph_figures(counts):
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for c in counts:
        total.update(c)
        spread.update(set(c))
    ranked = sorted(spread, key=lambda w: (-spread[w], w))
    total_sq = sum(_weight(v) ** 2 for v in total.values())
    for c in counts:
        others = Counter({w: n - (w in c) for w, n in spread.items() if n - (w in c) >= 2})
        keys = [w for w, _ in sorted(others.items(), key=lambda x: (-x[1], x[0]))[:10]]
        assert _key_terms(ranked, spread, c) == keys
        expected = _cosine(c, total - c)
        assert math.isclose(_cosine_with_rest(c, total, total_sq), expected, abs_tol=1e-12)
