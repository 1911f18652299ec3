"""Speaker leftovers: "the court" and "the appeals court" are the one court named before,
while a modifier the court's name lacks still reads as a different body."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract

COURT_STORY = (
    "AUSTIN, Texas (AP) — The Texas Court of Criminal Appeals on Tuesday threw out the "
    "conviction of a former county clerk.\n\n"
    "The court said the evidence at trial was too thin to support the verdict.\n\n"
    '"The state did not prove its case," the appeals court wrote in its ruling.\n'
)


def test_the_court_is_the_court_named_before() -> None:
    record = extract(COURT_STORY)
    q = _quote(record, "too thin")
    assert _speaker(record, q) == "Texas Court of Criminal Appeals"


def test_the_appeals_court_is_the_court_whose_name_holds_appeals() -> None:
    record = extract(COURT_STORY)
    q = _quote(record, "did not prove")
    assert _speaker(record, q) == "Texas Court of Criminal Appeals"


def test_a_modifier_outside_the_name_is_another_body() -> None:
    record = extract(
        "The Marlow Tenants Council opened its new office on Friday. Rents are rising. "
        "The city council said the office would help tenants."
    )
    q = _quote(record, "would help tenants")
    assert _speaker(record, q) != "Marlow Tenants Council"
