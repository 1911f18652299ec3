"""Twenty-second-session span round: where an object's wide reading ends.

"X criticized *the council for its slow response*" reports the object with the verb's other
complements; a prepositional phrase that only sets the scene of the report (where, when, by
what means: "in an interview", "at a news conference", "through a spokesman") is the
writer's and ends that wide reading.
"""

from __future__ import annotations

from dateline import extract
from dateline.quotes.contents import frames
from dateline.records import Record


def _contents(record: Record, cue: str) -> list[str]:
    return [
        record.text[q.content.start : q.content.end]
        for q in record.quotes
        if q.cue and record.text[q.cue.start : q.cue.end] == cue
    ]


def test_place_of_the_report_is_no_part_of_the_object() -> None:
    record = extract(
        "The senator recounted the meeting in an interview with a local radio station.\n"
    )
    assert _contents(record, "recounted") == ["the meeting"]


def test_complement_stays_and_the_setting_after_it_goes() -> None:
    record = extract(
        "The police described the suspect as dangerous at a news conference on Friday.\n"
    )
    assert _contents(record, "described") == ["the suspect as dangerous"]


def test_complement_of_the_verb_still_widens_the_object() -> None:
    record = extract("The governor criticized the council for its slow response.\n")
    assert _contents(record, "criticized") == ["the council for its slow response"]


def test_means_of_the_report_ends_the_wide_reading(parse) -> None:
    doc = parse("The mayor denied the allegations through a spokesman on Tuesday.")
    (denied,) = [t for t in doc if t.text == "denied"]
    spans = [
        doc[start:end].text for frame, start, end in frames(denied) if frame.startswith("dobj")
    ]
    assert spans and not any("spokesman" in span for span in spans)
