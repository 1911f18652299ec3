"""One event per act: a headline and the lead that repeats it ("Finland and Estonia agree to
joint patrols" / "Finland and Estonia agreed on Wednesday to run joint patrols") are one
event, or an analyst counting events counts every headlined act twice."""

from __future__ import annotations

from dateline.records import Event, EventParty

__all__ = ["merge_repeats"]


def _party(p: EventParty | None) -> tuple | None:
    if p is None:
        return None
    return (p.entity,) if p.entity else (p.country, p.sector, " ".join(p.text.lower().split()))


def _fits(a: Event, b: Event) -> bool:
    """Same act: same type, mode, parties and status, and no time or place that disagree."""
    if (a.type, a.mode, a.status) != (b.type, b.mode, b.status):
        return False
    if _party(a.actor) != _party(b.actor) or _party(a.recipient) != _party(b.recipient):
        return False
    if a.time and b.time and a.time.value != b.time.value:
        return False
    return not (a.place and b.place and a.place.name != b.place.name)


def _detail(e: Event) -> int:
    return (e.time is not None) + (e.place is not None) + (e.mode is not None)


def merge_repeats(events: list[Event]) -> list[Event]:
    """Keep, of each repeated act, the report that says most (the first on a tie), with the
    time and place the others add; ids renumbered V1, V2... in text order."""
    groups: list[list[Event]] = []
    for e in events:
        home = next((g for g in groups if all(_fits(e, o) for o in g)), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    kept = []
    for g in groups:
        best = max(g, key=_detail)  # max keeps the first of equals
        time = best.time or next((o.time for o in g if o.time), None)
        place = best.place or next((o.place for o in g if o.place), None)
        kept.append(best.model_copy(update={"time": time, "place": place}))
    kept.sort(key=lambda e: e.trigger.start)
    return [e.model_copy(update={"id": f"V{i}"}) for i, e in enumerate(kept, start=1)]
