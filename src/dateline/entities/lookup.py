"""Find the entity behind a span of text: the bridge other stages use into ``entities``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from dateline.records import Entity

__all__ = ["EntityLocator", "entity_at", "mention_index"]


def mention_index(entities: Sequence[Entity]) -> list[tuple[int, int, Entity]]:
    """Every mention as (start, end, entity), sorted by start."""
    return sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda t: t[:2])


def entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping ``[start, end)`` most, or None."""
    best, best_overlap = None, 0
    for e in entities:
        for m in e.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = e, overlap
    return best


class EntityLocator:
    """:func:`entity_at` over one article's entities, their mentions indexed once: the events
    stage asks thousands of times on a long article, where a scan per question is quadratic.
    Same answers: the most overlapping mention, the first in the entities' order on a tie."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = entities
        rows = [
            (m.start, m.end, rank, e)
            for rank, (e, m) in enumerate((e, m) for e in entities for m in e.mentions)
        ]
        rows.sort(key=lambda r: r[0])
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._longest = max((r[1] - r[0] for r in rows), default=0)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)`` most, or None."""
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, end)
        best, best_key = None, (0, 0)
        for m_start, m_end, rank, ent in self._rows[lo:hi]:
            key = (min(end, m_end) - max(start, m_start), -rank)
            if key[0] > 0 and key > best_key:
                best, best_key = ent, key
        return best
