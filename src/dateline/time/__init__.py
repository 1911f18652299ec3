"""Times: find time expressions and normalise them against the reference date.

Stage contract: ``run(analysis)`` appends :class:`dateline.records.Time` records to
``analysis.times`` (offsets into ``analysis.text``), using ``analysis.published`` as the
reference date. Not implemented yet: the list stays empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["run"]


def run(analysis: Analysis) -> None:
    """Append the article's normalised time expressions to ``analysis.times``."""
