"""Thirty-first session, round A (places): a town's possessive before what the town owns
(tables 34-36): a "Fort" town's name stopping at its possessive, a longer name NER reads as a
person before a town's own noun heading its phrase, a fair after the word for what it shows,
a town's saleyards, and a works named for its town, each on short synthetic sentences, with
people's and firms' possessives and the adjective "fair" that must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _place(text: str, name: str):
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name]


def test_a_fort_towns_name_stops_at_its_possessive():
    place = _place("Fort Dodge's only grocery store closed last week.", "Fort Dodge")
    assert place.country == "USA"
    assert place.lon is not None and -95 < place.lon < -93


def test_a_fort_without_a_possessive_keeps_its_reading():
    assert "Fort Bragg" in places_by_text("Soldiers returned to Fort Bragg on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "County officials said Bishop Auckland's park would reopen.",
        "Residents said Shepton Mallet's cattle market would close.",
    ],
)
def test_a_longer_name_read_as_a_person_before_a_towns_own_noun(text):
    name = text.split(" said ")[1].split("'s")[0]
    assert _place(text, name).country == "GBR"


@pytest.mark.parametrize(
    "text",
    [
        "Bishop Auckland's park bench was painted.",
        "Dolan Gray's park would reopen.",
        "Councillor Ann Harborough said Market Harborough's cattle market would stay.",
    ],
)
def test_a_persons_longer_possessive_stays_no_place(text):
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Alnwick's book fair opens on Friday.", "Alnwick", "GBR"),
        ("Gunnedah's saleyards sold 5,000 head of cattle.", "Gunnedah", "AUS"),
    ],
)
def test_a_towns_fair_or_saleyards_names_the_town(text, name, country):
    assert _place(text, name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Apple's fair share of taxes was debated.",
        "Smith's very fair price won praise.",
    ],
)
def test_the_adjective_fair_vouches_for_no_town(text):
    assert places_by_text(text) == {}


def test_a_works_named_for_its_town():
    place = _place("Elyria's assembly plant will add a shift.", "Elyria")
    assert place.country == "USA"
    assert place.lon is not None and -83 < place.lon < -81


@pytest.mark.parametrize(
    "text",
    [
        "Boeing's assembly plant in Everett will close.",
        "Hershey's packing plant will close, the Hershey Company said.",
    ],
)
def test_a_firms_works_stays_no_place_of_the_firms_name(text):
    owner = text.split("'s", 1)[0]
    assert owner not in places_by_text(text)
