"""Stage `geo`: appends :class:`dateline.records.Place` records to ``analysis.places``.

Stage contract: ``run(analysis)`` reads what earlier stages left on the analysis (the spaCy
``analysis.doc`` over ``analysis.text``, entities, places, times, ...) and appends its own
records, offsets into ``analysis.text``. Not implemented yet: the list stays empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["run"]


def run(analysis: Analysis) -> None:
    """Append this stage's records to the analysis."""
