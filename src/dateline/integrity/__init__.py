"""Stage `integrity`: how far can this article be trusted, and why.

``run(analysis)`` appends :class:`dateline.records.Signal` records (offsets into
``analysis.text``) of the kinds ``dangling_reference``, ``repeated_content``, ``spun_wording``,
``stitched_text``, ``anonymous_sourcing``, ``caption_text``, ``boilerplate`` and
``contradiction`` (``orphan_quote`` signals come from the quotes stage and are only counted
here). It also leaves the article's figures (:class:`~dateline.records.Figure`) in
``analysis.scratch["figures"]`` and its report (:class:`~dateline.records.Integrity`) in
``analysis.scratch["integrity"]``, for ``Analysis.to_record`` to copy into the record.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dateline.integrity._text import QuoteMask, body_start, paragraphs
from dateline.integrity.captions import caption_text
from dateline.integrity.contradictions import find_contradictions, within_article
from dateline.integrity.figures import extract_figures
from dateline.integrity.references import dangling_references
from dateline.integrity.repeats import repeated_content
from dateline.integrity.report import build_integrity, render_report
from dateline.integrity.sourcing import anonymous_sourcing, claims, resolve_attribution
from dateline.integrity.spin import spun_wording
from dateline.integrity.stitch import stitched_text
from dateline.records import Removal, Signal

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = [
    "boilerplate_signal",
    "find_contradictions",
    "render_report",
    "run",
    "signals_for",
]


def boilerplate_signal(removed: list[Removal], text_length: int) -> Signal | None:
    """One article-level signal summarising what cleaning removed (it is no longer in the text,
    so the signal sits at the end of the text, with an empty span)."""
    if not removed:
        return None
    reasons = Counter(r.reason for r in removed)
    summary = ", ".join(f"{reason} x{n}" for reason, n in reasons.most_common())
    chars = sum(len(r.text) for r in removed)
    return Signal(
        kind="boilerplate",
        start=text_length,
        end=text_length,
        detail=f"{len(removed)} piece(s) of page furniture removed ({chars} chars): {summary}",
        strength=0.2,
    )


def signals_for(analysis: Analysis) -> tuple[list[Signal], list, list[dict]]:
    """This stage's signals, the figures, and the within-article contradictions."""
    text, doc = analysis.text, analysis.doc
    paras = paragraphs(text)
    mask = QuoteMask(text)
    sents = list(doc.sents) if doc is not None and len(doc) else []
    out: list[Signal] = []
    dangling = dangling_references(doc, paras, mask, analysis.quotes)
    out += dangling
    out += repeated_content(sents, mask, body_start(text, paras))
    out += spun_wording(text, mask)
    out += stitched_text(text, doc, paras, mask, analysis.published)
    out += anonymous_sourcing(claims(doc, analysis.quotes, analysis.events, mask, dangling))
    out += caption_text(text, doc, paras, mask)
    figures = extract_figures(
        doc, analysis.quotes, analysis.events, analysis.times, analysis.entities, dangling
    )
    found, listed = within_article(figures, doc)
    out += found
    bp = boilerplate_signal(analysis.removed, len(text))
    if bp is not None:
        out.append(bp)
    return out, figures, listed


def run(analysis: Analysis) -> None:
    """Append integrity signals; store figures and the report in ``analysis.scratch``."""
    if not analysis.text.strip():
        return
    own, figures, listed = signals_for(analysis)
    analysis.signals.extend(sorted(own, key=lambda s: (s.start, s.end, s.kind)))
    named_events = [
        bool(e.attributed_to)
        and resolve_attribution(e.attributed_to or "", analysis.quotes, analysis.entities)[1]
        for e in analysis.events
    ]
    analysis.scratch["figures"] = figures
    analysis.scratch["integrity"] = build_integrity(
        analysis.text, analysis.signals, analysis.events, figures, listed, named_events
    )
