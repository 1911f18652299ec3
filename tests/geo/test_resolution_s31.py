"""Thirty-first session, round B (places, tables 34-36). A town bearing a name as its own
beats a bigger city of the same state that has the name only as another name when a state
follows the name ("Totowa, N.J.": not Paterson, whose old other name it is), since the state
supports both alike. On short synthetic sentences, with the bigger cities' own names as
controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "NORTHAMPTON, Pa. — The school board voted Tuesday to close an elementary school.",
            "NORTHAMPTON",
            "Northampton",
        ),
        (
            "TOTOWA, N.J. — A warehouse fire sent smoke over Route 46 on Friday, officials said.",
            "TOTOWA",
            "Totowa",
        ),
        ("Puyallup, Wash., will open its fair a week early this year.", "Puyallup", "Puyallup"),
    ],
)
def test_a_towns_own_name_beats_a_bigger_citys_other_name_in_its_state(text, name, town):
    assert places_by_text(text)[name].name == town


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Allentown, Pa., will host the parade on Saturday.", "Allentown"),
        ("Paterson, N.J., opened a new library on Monday.", "Paterson"),
        ("Tacoma, Wash., will widen its port road.", "Tacoma"),
    ],
)
def test_the_bigger_city_keeps_its_own_name(text, name):
    assert places_by_text(text)[name].name == name
