"""Stage `events`: PLOVER-coded "who did what to whom", with status, attribution and evidence.

``run(analysis)`` appends :class:`dateline.records.Event` records (ids V1, V2...) after the
entities, places, times and quotes stages, one per act (a headline's act that the lead repeats
is counted once); ``classify_pair`` types one marked pair;
``to_plover`` turns a record's events into PLOVER-style JSON rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.classify import classify_pair
from dateline.events.export import to_plover

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["classify_pair", "run", "to_plover"]


def run(analysis: Analysis) -> None:
    """Append this stage's records to the analysis."""
    from dateline.events.detect import detect_events
    from dateline.events.repeats import merge_repeats

    analysis.events.extend(merge_repeats(detect_events(analysis)))
