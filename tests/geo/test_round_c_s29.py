"""Twenty-ninth session, round C (places, table 24): a town's name with lower-case particles
inside ("Terre du Lac") is the town, not a strong place its last word alone names (Chad's Lac
region). On short synthetic sentences, with the region itself and a person's name that must
stay as they were."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers cleaned the beach near Terre du Lac on Saturday morning.",
        "The fair in Terre du Lac drew a crowd.",
    ],
)
def test_a_name_with_a_particle_is_the_town_not_its_last_word(text):
    got = places_by_text(text)
    assert "Lac" not in got, sorted(got)
    assert got["Terre du Lac"].country == "USA"


def test_the_last_word_alone_still_names_its_place():
    got = places_by_text("Flooding closed roads in the Lac region of Chad.")
    assert got["Lac"].country == "TCD"


def test_a_persons_particle_makes_no_place():
    assert places_by_text("Sheriff Marie du Pont said the ice was thin near the dam.") == {}
