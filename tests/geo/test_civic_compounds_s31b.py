"""Thirty-first session, round E (places, tables 37-39): a town named bare in local copy's
civic compounds. A town opening its sentence as the subject of municipal business its bare
mayor or manager voices ("Sandpoint will build a fire station ..., the mayor said"), when it
owns something back or works on a town's own building. On short synthetic sentences, with
persons and firms as controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sandpoint will build a second fire station next to the library, the mayor said.",
            "Sandpoint",
        ),
        (
            "Bowling Green will open its new aquatic center in June, the mayor said.",
            "Bowling Green",
        ),
        (
            "Kalispell will move its records office into City Hall this spring, the city manager "
            "told the council.",
            "Kalispell",
        ),
    ],
)
def test_a_town_its_bare_mayor_voices_is_a_place(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    "text",
    [
        "Johnson will lead the new housing department, the mayor said.",
        "Johnson will speak at City Hall on Monday, the mayor said.",
        "Kroger will open its new store on Main Street, the mayor said.",
        "Walmart will open a store on the bypass next year, the mayor said.",
    ],
)
def test_a_person_or_firm_the_mayor_speaks_of_stays_no_place(text):
    assert places_by_text(text) == {}
