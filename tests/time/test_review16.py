"""Review of the sixteenth session (times): "in N weeks" after a verb is a date ahead even when a
superlative or "first" opens the subject; a record's own "in N years" still looks back."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb between "first"/a superlative and "in": the verb's "in", a date ahead.
        ("The first shipments will arrive in two weeks.", [("in two weeks", "2024-W12")]),
        ("The first flights will resume in three weeks.", [("in three weeks", "2024-W13")]),
        ("The largest ships will dock in two weeks.", [("in two weeks", "2024-W12")]),
        ("The first batch arrives in two weeks.", [("in two weeks", "2024-W12")]),
        # Controls: "in" on the record itself, its noun, or a participle of that noun.
        (
            "The jobless rate is now its lowest in 33 years.",
            [("now", "PRESENT_REF"), ("33 years", "P33Y")],
        ),
        ("It was the first time in two decades that he lost.", [("two decades", "P2DE")]),
        ("It is the worst drought in 50 years.", [("50 years", "P50Y")]),
        ("Sales fell to the lowest level seen in 20 years.", [("20 years", "P20Y")]),
    ],
)
def test_record_in_years_needs_the_record_phrase(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _times(text, "2024-03-05") == expected
