"""PLOVER-style rows (one JSON object per event) for ``dateline export --format plover``.

Field names follow the PLOVER/POLECAT event JSON: actor/recipient with country and sector,
event, mode, event_loc, event_text and date, plus dateline's status, attribution and
evidence offsets so every row can be checked against the article.
"""

from __future__ import annotations

from dateline.records import Event, EventParty, Record

__all__ = ["to_plover"]


def _party(p: EventParty | None) -> dict | None:
    if p is None:
        return None
    return {"text": p.text, "entity": p.entity, "country": p.country, "sector": p.sector}


def _date(event: Event, record: Record) -> str | None:
    t = event.time
    if t is not None:
        for value in (t.start_date, t.value):
            if value and value[:4].isdigit():
                return value
    return record.published


def _attribution(event: Event, record: Record) -> dict | None:
    ref = event.attributed_to
    if ref is None:
        return None
    for q in record.quotes:
        if q.id == ref:
            return {"quote": q.id, "speaker": q.speaker, "speaker_name": q.speaker_name,
                    "anonymous": q.anonymous}  # fmt: skip
    for e in record.entities:
        if e.id == ref:
            return {"entity": e.id, "speaker_name": e.name}
    return {"id": ref}


def to_plover(record: Record) -> list[dict]:
    """One PLOVER-style dict per event of ``record``."""
    rows = []
    for ev in record.events:
        loc = None
        if ev.place is not None:
            p = ev.place
            loc = {"name": p.name, "text": p.text, "lat": p.lat, "lon": p.lon,
                   "geonameid": p.geonameid, "country": p.country}  # fmt: skip
        rows.append(
            {
                "id": f"{record.id}-{ev.id}",
                "article_id": record.id,
                "url": record.url,
                "date": _date(ev, record),
                "event": ev.type,
                "mode": ev.mode,
                "actor": _party(ev.actor),
                "recipient": _party(ev.recipient),
                "event_loc": loc,
                "event_text": record.text[ev.sentence.start : ev.sentence.end].strip(),
                "trigger": record.text[ev.trigger.start : ev.trigger.end],
                "status": ev.status,
                "attributed_to": _attribution(ev, record),
                "confidence": ev.confidence,
                "time_text": ev.time.text if ev.time else None,
                "sentence": {"start": ev.sentence.start, "end": ev.sentence.end},
            }
        )
    return rows
