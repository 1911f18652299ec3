"""Score predicted quotes against gold attributions (PolNeAR-style), as the issue defines it.

A prediction matches a gold quote when their contents overlap by at least half of each one's
length (one-to-one, greedily by overlap). Attribution is right for a matched pair when the
predicted source overlaps the gold source, or both have none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.quotes.brat import GoldAttribution
from dateline.records import Quote

__all__ = ["Tally", "breakdown", "score_doc"]

Spans = tuple[tuple[int, int], ...]


def _chars(spans: Spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b)}


@dataclass
class Tally:
    """Counts summed over documents; properties give the figures."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    attributed: int = 0
    gold_chars: int = 0
    pred_chars: int = 0
    common_chars: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        ap = self.attributed / self.pred if self.pred else 0.0
        ar = self.attributed / self.gold if self.gold else 0.0
        return {
            "content_p": p,
            "content_r": r,
            "content_f1": self._f(p, r),
            "char_p": self.common_chars / self.pred_chars if self.pred_chars else 0.0,
            "char_r": self.common_chars / self.gold_chars if self.gold_chars else 0.0,
            "attr_p": ap,
            "attr_r": ar,
            "attr_f1": self._f(ap, ar),
        }


def _pairs(golds: list[set[int]], preds: list[set[int]]) -> list[tuple[int, int]]:
    scored = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            common = len(g & p)
            if common and common * 2 >= len(g) and common * 2 >= len(p):
                scored.append((common, gi, pi))
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def score_doc(tally: Tally, gold: Sequence[GoldAttribution], pred: Sequence[Quote]) -> None:
    """Add one document's counts to ``tally``."""
    gsets = [_chars(g.content) for g in gold]
    psets = [{i for p in (q.parts or [q.content]) for i in range(p.start, p.end)} for q in pred]
    tally.gold += len(gsets)
    tally.pred += len(psets)
    all_g = set().union(*gsets) if gsets else set()
    all_p = set().union(*psets) if psets else set()
    tally.gold_chars += len(all_g)
    tally.pred_chars += len(all_p)
    tally.common_chars += len(all_g & all_p)
    for gi, pi in _pairs(gsets, psets):
        tally.matched += 1
        g, q = gold[gi], pred[pi]
        if not g.source:
            tally.attributed += q.source is None
        elif q.source is not None:
            src = set(range(q.source.start, q.source.end))
            tally.attributed += bool(src & _chars(g.source))


def _source_class(g: GoldAttribution, q: Quote) -> str:
    if not g.source:
        return "matched, no gold source: " + ("right (none)" if q.source is None else "a source")
    if q.source is None:
        return "matched, source missing"
    hit = set(range(q.source.start, q.source.end)) & _chars(g.source)
    return "matched, source " + ("right" if hit else "wrong")


def breakdown(gold: Sequence[GoldAttribution], pred: Sequence[Quote]) -> Counter[str]:
    """Error classes of one document: matched pairs by source outcome, gold quotes missed
    (no prediction overlaps / overlapping one too short / too long), predictions unmatched."""
    gsets = [_chars(g.content) for g in gold]
    psets = [{i for p in (q.parts or [q.content]) for i in range(p.start, p.end)} for q in pred]
    pairs = dict(_pairs(gsets, psets))
    out: Counter[str] = Counter()
    for gi, g in enumerate(gold):
        if gi in pairs:
            out[_source_class(g, pred[pairs[gi]])] += 1
            continue
        over = [p for p in psets if p & gsets[gi]]
        if not over:
            out["missed, nothing overlaps"] += 1
            continue
        best = max(over, key=lambda p: len(p & gsets[gi]))
        short = 2 * len(best & gsets[gi]) < len(gsets[gi])
        out["missed, overlapping prediction too " + ("short" if short else "long")] += 1
    matched = set(pairs.values())
    for pi, p in enumerate(psets):
        if pi not in matched:
            hit = any(p & g for g in gsets)
            out["spurious, " + ("overlaps a gold quote" if hit else "overlaps nothing")] += 1
    return out
