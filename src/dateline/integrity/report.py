"""The article-level integrity report: a score, the reasons that drive it, and a readable print.

The score starts at 1 and each kind of signal takes away a share that grows with its count and
saturates (five orphan quotes are worse than one, but not five times worse); the reasons are the
three or four kinds that took away most, written as an analyst would say them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from dateline.records import Event, Figure, Integrity, Record, Signal

__all__ = ["PENALTIES", "build_integrity", "render_report"]

# kind -> (largest share of the score it can take, how many signals reach ~63% of that).
PENALTIES: dict[str, tuple[float, float]] = {
    "spun_wording": (0.30, 3.0),
    "orphan_quote": (0.25, 2.0),
    "dangling_reference": (0.25, 2.0),
    "stitched_text": (0.25, 2.0),
    "contradiction": (0.20, 1.0),
    "anonymous_sourcing": (0.20, 3.0),
    "repeated_content": (0.15, 1.0),
    "caption_text": (0.05, 1.0),
    "boilerplate": (0.03, 1.0),
}
_DEFAULT = (0.05, 2.0)


def _penalty(kind: str, count: int) -> float:
    cap, scale = PENALTIES.get(kind, _DEFAULT)
    return cap * (1 - math.exp(-count / scale))


def _examples(text: str, signals: Sequence[Signal], n: int = 3) -> str:
    seen: list[str] = []
    for s in signals:
        snippet = text[s.start : s.end].strip()
        if len(snippet) > 40:
            snippet = snippet[:37].rstrip() + "..."
        if snippet and snippet not in seen:
            seen.append(snippet)
    return ", ".join(f"'{x}'" for x in seen[:n])


def _reason(kind: str, signals: Sequence[Signal], text: str) -> str:
    n = len(signals)
    ex = _examples(text, signals)
    plural = "s" if n != 1 else ""
    if kind == "spun_wording":
        return f"Machine-reworded wording ({n} marks), e.g. {ex}."
    if kind == "orphan_quote":
        return f"{n} quotation{plural} with no identifiable speaker."
    if kind == "dangling_reference":
        return f"{n} sentence{plural} refer to someone or something never introduced, e.g. {ex}."
    if kind == "stitched_text":
        return f"Signs of text stitched from several reports: {signals[0].detail}."
    if kind == "anonymous_sourcing":
        share = signals[0].detail.split("(")[-1].rstrip(")")
        return f"Unnamed sources carry the story: {share}."
    if kind == "contradiction":
        return f"{n} claim{plural} contradict{'s' if n == 1 else ''} another: {signals[0].detail}."
    if kind == "repeated_content":
        return f"{n} claim{plural} repeated with light rewording, e.g. {ex}."
    if kind == "caption_text":
        return f"A photo caption was pasted into the body: {ex}."
    if kind == "boilerplate":
        return f"Web page furniture was removed: {signals[0].detail}."
    return f"{n} {kind} signal{plural}."


def _share(named: int, total: int) -> float | None:
    return round(named / total, 2) if total else None


def build_integrity(
    text: str,
    signals: Sequence[Signal],
    events: Sequence[Event] = (),
    figures: Sequence[Figure] = (),
    contradictions: Sequence[dict] = (),
    named_event: Sequence[bool] | None = None,
) -> Integrity:
    by_kind: dict[str, list[Signal]] = {}
    for s in signals:
        by_kind.setdefault(s.kind, []).append(s)
    penalties = {k: _penalty(k, len(v)) for k, v in by_kind.items()}
    score = 1.0
    for p in penalties.values():
        score *= 1 - p
    top = sorted(penalties, key=lambda k: -penalties[k])[:4]
    reasons = [_reason(k, by_kind[k], text) for k in top if penalties[k] >= 0.02]
    named_ev = (
        list(named_event) if named_event is not None else [bool(e.attributed_to) for e in events]
    )
    return Integrity(
        score=round(max(0.0, min(1.0, score)), 2),
        reasons=reasons,
        counts=dict(Counter(s.kind for s in signals)),
        named_event_share=_share(sum(named_ev), len(named_ev)),
        named_figure_share=_share(sum(f.named_source for f in figures), len(figures)),
        contradictions=list(contradictions),
    )


def _verdict(score: float) -> str:
    if score >= 0.8:
        return "no strong warning signs"
    if score >= 0.5:
        return "read with care"
    return "low: treat its claims as unverified"


def _money(f: Figure) -> str:
    if f.value is None:
        return f"{f.low:,.0f}-{f.high:,.0f}" if f.low is not None and f.high is not None else "?"
    return f"{f.value:,.0f}" if f.value >= 1 else f"{f.value:g}"


def render_report(record: Record) -> str:
    """The integrity report of one record as plain text (``dateline extract --report``)."""
    integ = record.integrity or build_integrity(
        record.text, record.signals, record.events, record.figures
    )
    lines = [f"Integrity of {record.id}: {integ.score:.2f} ({_verdict(integ.score)})"]
    if integ.reasons:
        lines.append("Why:")
        lines += [f"  - {r}" for r in integ.reasons]
    if integ.counts:
        counts = ", ".join(
            f"{k} {v}" for k, v in sorted(integ.counts.items(), key=lambda kv: -kv[1])
        )
        lines.append(f"Signals: {counts}")
    shares = []
    if integ.named_event_share is not None:
        shares.append(f"{integ.named_event_share:.0%} of events")
    if integ.named_figure_share is not None:
        shares.append(f"{integ.named_figure_share:.0%} of figures")
    if shares:
        lines.append("Attributed to a named source: " + " and ".join(shares) + ".")
    if record.figures:
        lines.append("Figures:")
        for f in record.figures:
            unit = f" {f.unit}" if f.unit else ""
            qual = f" ({f.qualifier.replace('_', ' ')})" if f.qualifier else ""
            when = f", {f.time}" if f.time else ""
            what = f" - {f.measures}" if f.measures else ""
            who = (
                f.claimed_by
                if f.named_source
                else (f"{f.claimed_by} (not a named source)" if f.claimed_by else "no named source")
            )
            lines.append(f"  - '{f.text}' = {_money(f)}{unit}{qual}{when}{what}; claimed by {who}")
    if integ.contradictions:
        lines.append("Contradictions:")
        for c in integ.contradictions:
            claims = " vs ".join(
                f"'{x.get('text', '')[:60]}'"
                + (f" ({x['claimed_by']})" if "claimed_by" in x else "")
                for x in c.get("claims", [])
            )
            lines.append(f"  - {c.get('about')}: {claims}")
    flagged = [s for s in record.signals if s.kind != "contradiction"]
    if flagged:
        lines.append("Where:")
        for s in flagged:
            lines.append(f"  [{s.start}-{s.end}] {s.kind}: {s.detail}")
    return "\n".join(lines)
