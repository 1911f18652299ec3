"""Twenty-ninth session, round C (places, table 24): a town's name with lower-case particles
inside ("Terre du Lac") is the town, not a strong place its last word alone names (Chad's Lac
region); three neighbouring towns listed as a sentence's subject are all towns, whatever NER
made of them; a name a big city has only among its other names is the town bearing it as its
own when the town's council or mayor follows ("the Zion City Council"). On short synthetic
sentences, with the region itself, a person's name, lists of people, a respelled or shortened
city's own council and a city's other name outside a civic frame that must stay as they
were."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text, places_in


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


@pytest.mark.parametrize(
    "text",
    [
        "The Smyrna Town Council approved a new budget on Tuesday.",
        "Batavia's mayor said the new water plant will open in March.",
        "The Canton City Council voted to repave Main Street.",
    ],
)
def test_a_towns_own_council_reads_its_own_name_not_a_citys_other_name(text):
    (place,) = places_in(text)
    assert place.country == "USA", place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Odessa City Council met as shelling continued.", "UKR"),
        ("Pilgrims prayed in Zion on Sunday.", "ISR"),
        ("Newcastle City Council will shut two swimming pools on Tyneside this winter.", "GBR"),
    ],
)
def test_a_respelled_or_shortened_citys_council_or_a_bare_other_name_stays(text, country):
    place = places_in(text)[0]
    assert place.country == country, place
