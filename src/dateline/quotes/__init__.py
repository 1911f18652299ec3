"""Stage `quotes`: who said what, as :class:`dateline.records.Quote` records.

``run(analysis)`` finds direct, indirect and mixed quotes in ``analysis.doc``, links each to
its in-text source and to an entity of ``analysis.entities`` when there is one, and flags each
top-level quotation whose speaker the text does not give with an ``orphan_quote`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.quotes.find import find_quotes
from dateline.quotes.orphans import orphan_signals

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["find_quotes", "orphan_signals", "run"]


def run(analysis: Analysis) -> None:
    """Append quotes and orphan-quote signals to the analysis."""
    if analysis.doc is None:
        return
    quotes = find_quotes(analysis.doc, analysis.entities)
    analysis.quotes.extend(quotes)
    analysis.signals.extend(orphan_signals(quotes, analysis.text, analysis.doc))
