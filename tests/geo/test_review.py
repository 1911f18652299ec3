"""Review of the thirteenth and fourteenth geo rounds: bugs found and pinned; synthetic
sentences only."""

from __future__ import annotations

import pytest

from dateline import extract


def places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in extract(text).places]


@pytest.mark.parametrize(
    "text",
    [
        "Outside Tahrir Square, protesters gathered on Friday.",
        "Crowds grew on Friday. Near Tahrir Square, police closed the roads.",
        '"Outside Tahrir Square, it was quiet," a witness said.',
    ],
)
def test_a_sentence_s_first_word_does_not_swallow_a_known_landmark(text):
    assert ("Tahrir Square", "EGY") in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Outside Rose Garden, reporters waited on Monday.",
        "Reporters waited in the Rose Garden on Monday.",
    ],
)
def test_an_unknown_landmark_still_hides_the_place_name_at_its_start(text):
    assert places(text) == []
