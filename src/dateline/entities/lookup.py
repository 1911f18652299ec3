"""Find the entity behind a span of text: the bridge other stages use into ``entities``."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.records import Entity

__all__ = ["entity_at", "mention_index"]


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
