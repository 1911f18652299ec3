"""Flatten a :class:`Record` into rows of the store's child tables (column order as in SQL)."""

from __future__ import annotations

from typing import Any

from dateline.records import Entity, Event, EventParty, Place, Record, Span, Time

CHILD_TABLES = (
    "removed",
    "entities",
    "mentions",
    "quotes",
    "places",
    "times",
    "events",
    "signals",
    "figures",
)

Row = tuple[Any, ...]


def _cut(text: str, span: Span | None) -> tuple[int | None, int | None, str | None]:
    if span is None:
        return None, None, None
    return span.start, span.end, text[span.start : span.end]


def _party(party: EventParty | None) -> Row:
    if party is None:
        return (None,) * 4
    return party.entity, party.text, party.country, party.sector


def _place(place: Place | None) -> Row:
    if place is None:
        return (None,) * 5
    return place.name, place.lat, place.lon, place.geonameid, place.country


def _time(time: Time | None) -> Row:
    if time is None:
        return (None,) * 3
    return time.value, time.start_date, time.end_date


def _entity_rows(record: Record) -> tuple[list[Row], list[Row]]:
    entities, mentions = [], []
    for e in record.entities:
        actor = e.actor
        entities.append(
            (
                record.id,
                e.id,
                e.name,
                e.type,
                e.title,
                actor.country if actor else None,
                actor.sector if actor else None,
                len(e.mentions),
            )
        )
        mentions.extend((record.id, e.id, *_cut(record.text, m)) for m in e.mentions)
    return entities, mentions


def _quote_rows(record: Record, by_id: dict[str, Entity]) -> list[Row]:
    rows = []
    for q in record.quotes:
        speaker = by_id.get(q.speaker or "")
        actor = speaker.actor if speaker else None
        rows.append(
            (
                record.id,
                q.id,
                q.kind,
                *_cut(record.text, q.content),
                *_cut(record.text, q.cue),
                *_cut(record.text, q.source),
                q.speaker,
                q.speaker_name,
                actor.country if actor else None,
                actor.sector if actor else None,
                q.anonymous,
                q.spoken,
            )
        )
    return rows


def _event_row(record: Record, ev: Event) -> Row:
    return (
        record.id,
        ev.id,
        ev.type,
        ev.mode,
        *_party(ev.actor),
        *_party(ev.recipient),
        *_place(ev.place),
        *_time(ev.time),
        ev.status,
        ev.attributed_to,
        *_cut(record.text, ev.trigger),
        *_cut(record.text, ev.sentence),
        ev.confidence,
    )


def rows_for(record: Record) -> dict[str, list[Row]]:
    """Rows to insert per child table for one record."""
    entities, mentions = _entity_rows(record)
    by_id = {e.id: e for e in record.entities}
    return {
        "removed": [(record.id, r.start, r.end, r.text, r.reason) for r in record.removed],
        "entities": entities,
        "mentions": mentions,
        "quotes": _quote_rows(record, by_id),
        "places": [
            (
                record.id,
                i,
                p.start,
                p.end,
                p.text,
                p.name,
                p.lat,
                p.lon,
                p.geonameid,
                p.country,
                p.kind,
                p.within,
            )
            for i, p in enumerate(record.places)
        ],
        "times": [
            (record.id, i, t.start, t.end, t.text, t.value, t.start_date, t.end_date, t.kind, t.mod)
            for i, t in enumerate(record.times)
        ],
        "events": [_event_row(record, ev) for ev in record.events],
        "signals": [
            (record.id, i, s.kind, s.start, s.end, s.detail, s.strength)
            for i, s in enumerate(record.signals)
        ],
        "figures": [
            (
                record.id,
                i,
                f.start,
                f.end,
                f.text,
                f.kind,
                f.unit,
                f.value,
                f.low,
                f.high,
                f.qualifier,
                f.time,
                f.measures,
                f.claimed_by,
                f.named_source,
            )
            for i, f in enumerate(record.figures)
        ],
    }
