"""``stitched_text``: signs that an article was assembled from several reports.

Three independent signs, each anchored where it shows:
- one person named two ways ("James Mattis" ... "Jim Mattis"): copy from different reports;
- a paragraph that shares almost nothing with the rest of the article (a topic or source switch
  lifted from elsewhere): little of its content vocabulary, none of the article's key terms and
  none of its names recur, its neighbours cohere with each other better than with it, or it
  follows another outlet's house style (quotation marks, "U.S.", "Mr.");
- a weekday that does not match its date ("Tuesday, May 10, 2017"), or a full date after the
  article's publication date: the paragraph was written for another day.
The first and third live in :mod:`~dateline.integrity.stitch_names` and
:mod:`~dateline.integrity.stitch_dates`; this module finds the second and joins all three.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from dateline.integrity._index import content_lemmas
from dateline.integrity._text import Paragraph, QuoteMask, body_start
from dateline.integrity.house_style import bare_surnames, style_clashes
from dateline.integrity.stitch_dates import date_mismatches
from dateline.integrity.stitch_idf import IDF_FEATURES, idf_cohesion
from dateline.integrity.stitch_names import NICKNAMES, name_variants
from dateline.nlp import text_of
from dateline.records import Signal

__all__ = [
    "FEATURES",
    "NICKNAMES",
    "date_mismatches",
    "eligible",
    "foreign_probability",
    "name_variants",
    "paragraph_features",
    "stitched_text",
    "topic_switches",
]

_POS = frozenset(["NOUN", "PROPN", "VERB", "ADJ"])  # as lemma_counts picks them


def _content(
    doc: Doc, start: int, end: int, ents: Sequence[Span] | None = None
) -> tuple[set[str], set[str]]:
    """Content lemmas and name heads of ``doc[start:end]``; ``ents`` is ``doc.ents`` read once
    by the caller (``Span.ents`` rebuilds every entity of the doc on each call)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set(), set()
    words = set(content_lemmas(doc, span.start, span.end, _POS))
    inside = span.ents if ents is None else _ents_within(ents, span)
    names = {e.text.split()[-1].lower() for e in inside if e.label_ in ("PERSON", "ORG", "GPE")}
    return words, names


def _ents_within(ents: Sequence[Span], span: Span) -> list[Span]:
    """The entities lying wholly inside ``span``, as ``span.ents`` gives them."""
    out = []
    for e in ents[bisect_left(ents, span.start, key=lambda e: e.start) :]:
        if e.start >= span.end:
            break
        if e.end <= span.end:
            out.append(e)
    return out


FEATURES = (
    "share_rest",
    "sim_prev",
    "sim_next",
    "bridge",
    "new_names",
    "log_size",
    "unintroduced",
    "cos_rest",
    "key_terms",
    "new_weekday",
    "style_clash",
    "bare_surnames",
    "bridge_cos",
    "cos_window",
    *IDF_FEATURES,
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _counts(doc: Doc, start: int, end: int) -> Counter[str]:
    """:func:`lemma_counts` of ``doc[start:end]`` (widened to whole tokens), from the columns
    read once per document."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Counter()
    return Counter(content_lemmas(doc, span.start, span.end, _POS))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of sublinear term counts (1 + log tf): repeated words count, but not linearly."""
    return _weighted_cosine(_weighted(a), _weighted(b))


_Weighted = tuple[bool, dict[str, float], float]


def _weighted(counts: Counter[str]) -> _Weighted:
    """What :func:`_cosine` computes of one side: whether it is empty, its sublinear weights
    and their squared norm (each paragraph's are found once, not once per neighbour)."""
    weights = {w: _weight(v) for w, v in counts.items() if v > 0}
    return not counts, weights, sum(v * v for v in weights.values())


def _weighted_cosine(a: _Weighted, b: _Weighted) -> float:
    """:func:`_cosine` of two sides already weighed (the same sums, in the same order)."""
    if a[0] or b[0]:
        return 0.0
    wb = b[1]
    num = sum(v * wb.get(w, 0.0) for w, v in a[1].items())
    den = math.sqrt(a[2] * b[2])
    return num / den if den else 0.0


def _cohesion(
    doc: Doc, paras: Sequence[Paragraph], counts: Sequence[Counter[str]]
) -> list[tuple[float, ...]]:
    """Per paragraph: cosine with the rest of the article; share of the article's key terms
    (the ten content words most paragraphs use, counted without this one) it contains; whether
    it names a weekday the rest never does while the rest names others; how much more its two
    neighbours share with each other than with it; cosine with the two paragraphs either side."""
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for c in counts:
        total.update(c)
        spread.update(set(c))
    # Whole-article figures, found once: per paragraph only its own words are taken out.
    ranked = sorted(spread, key=lambda w: (-spread[w], w))
    total_sq = sum(_weight(v) ** 2 for v in total.values())
    days = [set(_WEEKDAY.findall(text_of(doc)[p.start : p.end])) for p in paras]
    day_count = Counter(d for ds in days for d in ds)
    weighted = [_weighted(c) for c in counts]
    nothing = _weighted(Counter())
    out = []
    for k, c in enumerate(counts):
        keys = _key_terms(ranked, spread, c)
        key_share = sum(1 for w in keys if w in c) / len(keys) if keys else 0.0
        rest_days = {d for d, n in day_count.items() if n - (d in days[k]) > 0}
        new_day = float(bool(days[k]) and bool(rest_days) and not days[k] & rest_days)
        mine = weighted[k]
        prev = weighted[k - 1] if k > 0 else nothing
        nxt = weighted[k + 1] if k + 1 < len(counts) else nothing
        bridge = _weighted_cosine(prev, nxt) - max(
            _weighted_cosine(mine, prev), _weighted_cosine(mine, nxt)
        )
        window: Counter[str] = Counter()
        for j in range(max(0, k - 2), min(len(counts), k + 3)):
            if j != k:
                window.update(counts[j])
        rest_cos = _cosine_with_rest(c, total, total_sq)
        out.append(
            (rest_cos, key_share, new_day, bridge, _weighted_cosine(mine, _weighted(window)))
        )
    return out


def _weight(count: int) -> float:
    """A sublinear term count (1 + log tf), as :func:`_cosine` weighs words."""
    return 1 + math.log(count)


def _key_terms(ranked: list[str], spread: Counter[str], c: Counter[str], n: int = 10) -> list[str]:
    """The ``n`` words most other paragraphs use (at least two; ties by the word): the first
    such words of the article's ranking that this paragraph lacks, and its own words counted
    one paragraph lower, ranked together."""
    picked: list[tuple[int, str]] = []
    for w in ranked:
        if w in c:
            continue
        if spread[w] < 2 or len(picked) == n:
            break
        picked.append((spread[w], w))
    picked += [(spread[w] - 1, w) for w in c if spread[w] - 1 >= 2]
    return [w for _, w in sorted(picked, key=lambda x: (-x[0], x[1]))[:n]]


def _cosine_with_rest(c: Counter[str], total: Counter[str], total_sq: float) -> float:
    """:func:`_cosine` of a paragraph's counts with the rest of the article's (``total`` less
    ``c``), from the article's totals: only the paragraph's own words change."""
    wa = {w: _weight(v) for w, v in c.items() if v > 0}
    rest = {w: total[w] - c[w] for w in c}
    num = sum(v * (_weight(rest[w]) if rest[w] > 0 else 0.0) for w, v in wa.items())
    rest_sq = total_sq - sum(_weight(total[w]) ** 2 for w in c)
    rest_sq += sum(_weight(n) ** 2 for n in rest.values() if n > 0)
    left = len(total) - sum(1 for n in rest.values() if n <= 0)
    if not wa or left == 0:
        return 0.0
    den = math.sqrt(sum(v * v for v in wa.values()) * max(rest_sq, 0.0))
    return num / den if den else 0.0


def _sim(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def paragraph_features(
    doc: Doc, paras: Sequence[Paragraph], idf: dict | None = None
) -> list[list[float]]:
    """Per paragraph: how much it shares with the rest of the article and with its neighbours.

    ``bridge`` is how much the two neighbours share with each other beyond what they share with
    this paragraph: high when a paragraph was dropped between two that belonged together.
    ``idf`` is the document-frequency table (default: the one stored with the model).
    """
    ents = list(doc.ents)
    contents = [_content(doc, p.start, p.end, ents) for p in paras]
    vocab = [w | n for w, n in contents]
    unintroduced = _unintroduced(doc, paras)
    counts = [_counts(doc, p.start, p.end) for p in paras]
    cohesion = _cohesion(doc, paras, counts)
    rare = idf_cohesion(counts, _model().get("idf", {}) if idf is None else idf)
    totals: Counter[str] = Counter()
    for v in vocab:
        totals.update(v)
    rows = []
    for k, v in enumerate(vocab):
        prev = vocab[k - 1] if k > 0 else set()
        nxt = vocab[k + 1] if k + 1 < len(vocab) else set()
        share = sum(1 for w in v if totals[w] > 1) / len(v) if v else 1.0
        s_prev, s_next = _sim(v, prev), _sim(v, nxt)
        bridge = _sim(prev, nxt) - max(s_prev, s_next)
        names = contents[k][1]
        new_names = sum(1 for n in names if totals[n] == 1) / len(names) if names else 0.0
        style = min(len(style_clashes(text_of(doc), paras, k)), 3)
        bare = min(bare_surnames(text_of(doc), paras, k), 3)
        size = math.log1p(len(v))
        own = [share, s_prev, s_next, bridge, new_names, size, unintroduced[k]]
        near = cohesion[k]
        rows.append([*own, *near[:3], float(style), float(bare), *near[3:], *rare[k]])
    return rows


def _unintroduced(doc: Doc, paras: Sequence[Paragraph]) -> list[float]:
    """Per paragraph: people named by surname alone who are never named in full in the article.

    Copy lifted from the middle of another report carries its surnames ("Haley said") without
    the full-name introduction that came earlier in the original.
    """
    full: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            full.add(ent[-1].text.lower())
    counts = [0.0] * len(paras)
    starts = [p.start for p in paras]
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() not in full:
            k = max(0, bisect_right(starts, ent.start_char) - 1)
            counts[k] += 1.0
    return [min(c, 3.0) for c in counts]


@lru_cache(maxsize=1)
def _model() -> dict:
    path = resources.files("dateline") / "data" / "integrity" / "stitch_model.json"
    try:
        return json.loads(path.read_text(encoding="utf8"))
    except FileNotFoundError:
        return {"weights": [-8.0, 0, 0, 0, 0, 0], "bias": 0.0, "threshold": 0.99}


def _tree_value(tree: dict, row: Sequence[float]) -> float:
    """Walk one regression tree (parallel arrays, as scikit-learn stores them; -1 is a leaf)."""
    node = 0
    left, right = tree["left"], tree["right"]
    while left[node] != -1:
        go_left = row[tree["feature"][node]] <= tree["threshold"][node]
        node = left[node] if go_left else right[node]
    return tree["value"][node]


def foreign_probability(row: Sequence[float], model: dict | None = None) -> float:
    """Probability that a paragraph was lifted from another report: boosted trees when the model
    has them (cohesion interacts with paragraph size and names), else a logistic model."""
    model = model or _model()
    if "trees" in model:
        z = model["init"] + model["rate"] * sum(_tree_value(t, row) for t in model["trees"])
    else:
        z = model["bias"] + sum(w * x for w, x in zip(model["weights"], row, strict=False))
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))


_AUTHOR_NOTE = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,4}(?:is|was|are|teaches|writes|covers)\s|contributed to this report"
)


def eligible(
    text: str, paras: Sequence[Paragraph], k: int, row: Sequence[float], mask: QuoteMask
) -> bool:
    """Paragraphs worth judging: not the headline or lead (the first body paragraph, or the
    second paragraph when the first is a one-line lede the headline test takes for a title:
    together they set the topic), not tiny, not mostly quotation, not the closing author note
    ("Jane Roe is a professor of ...") that sits apart from any article's topic."""
    p = paras[k]
    if k == 0 or p.start <= body_start(text, paras) or row[5] < _model().get("min_log_size", 2.0):
        return False
    if mask.quoted_share(p.start, p.end) > 0.5:
        return False
    return not (k == len(paras) - 1 and _AUTHOR_NOTE.search(text[p.start : p.end]))


def topic_switches(doc: Doc | None, paras: Sequence[Paragraph], mask: QuoteMask) -> list[Signal]:
    """Paragraphs a small model (trained on stitched PolNeAR train) calls foreign."""
    if doc is None or len(paras) < 4:
        return []
    model = _model()
    out = []
    for k, (p, row) in enumerate(zip(paras, paragraph_features(doc, paras), strict=True)):
        if not eligible(text_of(doc), paras, k, row, mask):
            continue
        prob = foreign_probability(row, model)
        if prob < model["threshold"]:
            continue
        out.append(
            Signal(
                kind="stitched_text",
                start=p.start,
                end=p.end,
                detail=_switch_detail(row, style_clashes(text_of(doc), paras, k)),
                strength=round(prob, 2),
            )
        )
    return out


def _switch_detail(row: Sequence[float], clashes: Sequence[str]) -> str:
    detail = (
        f"this paragraph shares {row[0]:.0%} of its content words and names with the rest of the "
        f"article and {max(row[1], row[2]):.0%} with its neighbours"
    )
    if clashes:
        detail += f", and writes {', '.join(clashes)} differently from the rest"
    return detail + ": a topic or source switch, as when a paragraph of another report is pasted in"


def stitched_text(
    text: str,
    doc: Doc | None,
    paras: Sequence[Paragraph],
    mask: QuoteMask,
    published: date | None,
) -> list[Signal]:
    return [
        *name_variants(doc),
        *topic_switches(doc, paras, mask),
        *date_mismatches(text, published, doc),
    ]
