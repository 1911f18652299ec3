"""The stage inside the pipeline: records, signals, and no dependence on the entities stage."""

from __future__ import annotations

from dateline import extract
from dateline.config import Settings
from dateline.records import Record

TEXT = (
    "Storm Hits Coast\n\n"
    '"We lost everything in one night," fisherman Tom Reyes said on Sunday.\n\n'
    "Officials, speaking on condition of anonymity, said the harbour would reopen in May.\n\n"
    "The storm destroyed forty boats and two piers.\n\n"
    '"Nobody knows how long this will take to rebuild, not even the engineers."'
)


def _record(stages: list[str]) -> Record:
    rec = extract(TEXT, stages=stages, settings=Settings(check_language=False))
    assert isinstance(rec, Record)
    return rec


def test_quotes_stage_without_entities() -> None:
    rec = _record(["quotes"])
    names = {q.speaker_name for q in rec.quotes}
    assert "Tom Reyes" in names
    assert [q.id for q in rec.quotes] == [f"Q{k}" for k in range(1, len(rec.quotes) + 1)]
    anon = [q for q in rec.quotes if q.anonymous]
    assert anon and anon[0].speaker_name == "Officials"


def test_orphan_quote_signal_in_record() -> None:
    rec = _record(["entities", "quotes"])
    orphans = [s for s in rec.signals if s.kind == "orphan_quote"]
    assert len(orphans) == 1
    assert TEXT[orphans[0].start : orphans[0].end].startswith('"Nobody knows')


def test_speaker_links_to_entity_when_entities_ran() -> None:
    rec = _record(["entities", "quotes"])
    q = next(q for q in rec.quotes if q.speaker_name and "Reyes" in q.speaker_name)
    if q.speaker is not None:
        assert q.speaker in {e.id for e in rec.entities}
