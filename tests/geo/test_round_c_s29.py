"""Twenty-ninth session, round C (places, table 24): a town's name with lower-case particles
inside ("Terre du Lac") is the town, not a strong place its last word alone names (Chad's Lac
region); three neighbouring towns listed as a sentence's subject are all towns, whatever NER
made of them. On short synthetic sentences, with the region itself, a person's name and lists
of people that must stay as they were."""

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cedar Falls, Waverly and Waterloo have agreed to pool their snowplows this winter.",
            "Cedar Falls",
        ),
        ("Sheridan, Buffalo and Gillette will each get a new clinic next year.", "Sheridan"),
    ],
)
def test_three_neighbouring_towns_opening_a_sentence_are_towns(text, name):
    got = places_by_text(text)
    assert name in got, sorted(got)
    assert got[name].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Tom, Anna and Lucy will sing at the church on Sunday.",
        "Smith, Jones and Brown were arrested after the brawl.",
    ],
)
def test_a_list_of_people_opening_a_sentence_stays_no_place(text):
    assert places_by_text(text) == {}
