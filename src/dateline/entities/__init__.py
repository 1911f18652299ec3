"""Stage `entities`: named things in the text, merged into entities and coded as actors.

``run(analysis)`` appends :class:`dateline.records.Entity` records (ids E1, E2, ... in order of
first mention, every mention's offsets into ``analysis.text``). ``code_actor`` codes a short
actor phrase ("Russian troops" -> RUS MIL) for the events stage.
"""

from __future__ import annotations

from dateline.entities.coding import code_actor
from dateline.entities.stage import run

__all__ = ["code_actor", "run"]
