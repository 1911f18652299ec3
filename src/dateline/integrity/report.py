"""The article-level integrity report: a score, the reasons that drive it, and a readable print.

The score starts at 1 and each kind of signal takes away a share that grows with its count and
saturates (five orphan quotes are worse than one, but not five times worse); the reasons are the
three or four kinds that took away most, written as an analyst would say them.
"""

from __future__ import annotations

import math
import re
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


def _snippet(text: str, s: Signal) -> str:
    """A short quotable piece of a signal: its cue in quotes when the detail names one, else the
    span's first words (cut at a word, never mid-word)."""
    cue = re.search(r"'([^']{1,60})'", s.detail)
    if cue and s.kind in (
        "dangling_reference",
        "spun_wording",
        "anonymous_sourcing",
        "orphan_quote",
    ):
        return cue.group(1)
    snippet = " ".join(text[s.start : s.end].split())
    if len(snippet) > 45:
        snippet = snippet[:45].rsplit(" ", 1)[0].rstrip(",;:") + " ..."
    return snippet


def _examples(text: str, signals: Sequence[Signal], n: int = 3) -> str:
    seen: list[str] = []
    for s in signals:
        snippet = _snippet(text, s)
        if snippet and snippet not in seen:
            seen.append(snippet)
    return ", ".join(f"'{x}'" for x in seen[:n])


def _reason(kind: str, signals: Sequence[Signal], text: str) -> str:
    n = len(signals)
    ex = _examples(text, signals)
    plural = "s" if n != 1 else ""
    if kind == "spun_wording":
        return (
            f"The wording looks machine-rewritten ({n} marks): names written out where outlets "
            f"use the short form, odd synonyms or mixed British and US spelling, e.g. {ex}."
        )
    if kind == "orphan_quote":
        verb = "is" if n == 1 else "are"
        return f"{n} quotation{plural} {verb} attributed to no one the article names, e.g. {ex}."
    if kind == "dangling_reference":
        verb = "points" if n == 1 else "point"
        return (
            f"{n} sentence{plural} {verb} back to someone the text just before never "
            f"mentions ({ex}): likely lifted from other reports."
        )
    if kind == "stitched_text":
        return f"It reads as stitched from several reports: {signals[0].detail}."
    if kind == "anonymous_sourcing":
        share = signals[0].detail.split("(")[-1].rstrip(")")
        return f"Unnamed sources carry the story: {share} (e.g. {ex})."
    if kind == "contradiction":
        verb = "contradicts" if n == 1 else "contradict"
        return f"{n} claim{plural} {verb} another in the same article: {signals[0].detail}."
    if kind == "repeated_content":
        return f"{n} claim{plural} repeated with light rewording, e.g. {ex}."
    if kind == "caption_text":
        return f"A photo caption sits in the body text: {ex}."
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


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}
_QUALIFIERS = {"at_most": "up to", "at_least": "at least", "about": "about"}


def _scaled(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.3g} {word}"
    return f"{value:,.0f}" if value >= 1 and value == int(value) else f"{value:,.4g}"


def _plural(unit: str, value: float | None) -> str:
    if value == 1 or unit.endswith("s") or unit in ("people", "police", "staff"):
        return unit
    if unit.endswith("y") and unit[-2:-1] not in "aeiou":
        return unit[:-1] + "ies"
    return unit + "s"


def _amount(f: Figure) -> str:
    """A figure as an analyst writes it: "up to 100,000 troops", "about $1.5 billion", "65%"."""
    if f.value is not None:
        number = _scaled(f.value)
    elif f.low is not None and f.high is not None:
        number = f"{_scaled(f.low)} to {_scaled(f.high)}"
    else:
        number = "?"
    if f.kind == "percent" or f.unit == "%":
        amount = f"{number}%"
    elif f.unit in _SYMBOLS:
        amount = _SYMBOLS[f.unit] + number
    elif f.kind == "money" and f.unit:
        amount = f"{number} {f.unit}"
    elif f.unit:
        amount = f"{number} {_plural(f.unit, f.value if f.value is not None else f.high)}"
    else:
        amount = number
    qual = _QUALIFIERS.get(f.qualifier or "")
    return f"{qual} {amount}" if qual else amount


def _claimed(f: Figure) -> str:
    if f.named_source and f.claimed_by:
        return f"claimed by {f.claimed_by}"
    if f.claimed_by and f.claimed_by.lower() in ("he", "she", "they", "it"):
        return f"claimed by '{f.claimed_by}', whom the article never identifies"
    if f.claimed_by:
        return f"claimed by '{f.claimed_by}' (unnamed)"
    return "no named source"


def _figure_line(f: Figure) -> str:
    """One figure; a count whose measure ends in its own unit reads as one phrase
    ("up to 100,000 Russian troops"), anything else as amount - what it measures."""
    when = f" ({f.time})" if f.time else ""
    amount, what = _amount(f), f" - {f.measures}" if f.measures else ""
    if f.kind == "count" and f.unit and f.measures:
        last = f.measures.split()[-1].lower()
        if last.startswith(f.unit.lower()) and " of " not in f.measures:
            amount = amount.rsplit(" ", 1)[0] + " " + f.measures
            what = ""
    return f"  - {amount}{when}{what}; {_claimed(f)} ['{f.text}' at {f.start}-{f.end}]"


def _contradiction_line(c: dict) -> str:
    about = str(c.get("about") or "")
    if about.startswith("when: "):
        about = f"when they will {about[6:]}"
    claims = " vs ".join(
        f"'{_short(str(x.get('text', '')))}'"
        + (f" ({x['claimed_by']})" if x.get("claimed_by") else "")
        + (f" at {x['start']}-{x['end']}" if "start" in x else "")
        for x in c.get("claims", [])
    )
    return f"  - {about}: {claims}"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " ..."


def render_report(record: Record) -> str:
    """The integrity report of one record as plain text (``dateline extract --report``)."""
    integ = record.integrity or build_integrity(
        record.text, record.signals, record.events, record.figures
    )
    lines = [f"Integrity of {record.id}: {integ.score:.2f} of 1 ({_verdict(integ.score)})"]
    if integ.reasons:
        lines.append("Why:")
        lines += [f"  - {r}" for r in integ.reasons]
    if integ.counts:
        counts = ", ".join(
            f"{k} {v}" for k, v in sorted(integ.counts.items(), key=lambda kv: -kv[1])
        )
        lines.append(f"Signals by kind: {counts}")
    shares = []
    if integ.named_event_share is not None:
        shares.append(f"{integ.named_event_share:.0%} of events")
    if integ.named_figure_share is not None:
        shares.append(f"{integ.named_figure_share:.0%} of figures")
    if shares:
        lines.append("Attributed to a named source: " + " and ".join(shares) + ".")
    if record.figures:
        lines.append("Figures (as claims):")
        lines += [_figure_line(f) for f in record.figures]
    if integ.contradictions:
        lines.append("Contradictions (both sides kept; neither is preferred):")
        lines += [_contradiction_line(c) for c in integ.contradictions]
    flagged = [s for s in record.signals if s.kind != "contradiction"]
    if flagged:
        lines.append("Where:")
        for s in sorted(flagged, key=lambda s: (s.start, s.end)):
            lines.append(f"  [{s.start}-{s.end}] {s.kind}: {s.detail}")
    return "\n".join(lines)
