"""Twenty-seventh session: a list's first item is a town, so the next is no unit of its kind."""

from __future__ import annotations

from dateline import extract
from dateline.records import Record


def _places(text: str) -> list[tuple[str, str | None, str]]:
    record = extract(text)
    assert isinstance(record, Record)
    return [(p.name, p.country, p.kind) for p in record.places]


def test_a_town_heading_a_list_makes_no_parish_of_the_next_name() -> None:
    text = "Bus service between London, St. Thomas and Strathroy resumed on Monday after the storm."
    assert ("St. Thomas", "CAN", "city") in _places(text)


def test_a_list_of_states_still_reads_as_states() -> None:
    places = _places("Wildfire smoke drifted over Utah, Washington and Wisconsin this week.")
    assert ("Washington", "USA", "admin1") in places
