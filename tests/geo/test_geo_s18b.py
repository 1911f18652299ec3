"""Eighteenth session, second places round: local-news toponyms ("X Township", "the X area",
AP state abbreviations) and a given name joined to a person named in full."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "township", "state"),
    [
        (
            "The crash happened on Route 9 in Hamilton Township, N.J., deputies said.",
            "Hamilton Township",
            "New Jersey",
        ),
        (
            "The storm knocked out power in Cheltenham Township, Pa., utility officials said.",
            "Cheltenham Township",
            "Pennsylvania",
        ),
    ],
)
def test_a_township_is_named_whole(text: str, township: str, state: str) -> None:
    places = places_by_text(text)
    assert township in places
    assert places[township].country == "USA"
    assert township.split()[0] not in places  # not the bare town name beside it
    assert any(p.name == state for p in places.values())


def test_a_township_ner_takes_whole_stays_whole() -> None:
    places = places_by_text("Ypsilanti Township officials said the bridge would close in June.")
    assert places["Ypsilanti Township"].name == "Ypsilanti"


def test_the_town_area_names_the_town() -> None:
    places = places_by_text(
        "A man from Trenton was taken to a hospital in the Princeton area on Sunday."
    )
    assert places["Princeton"].country == "USA"
    assert places["Trenton"].country == "USA"


def test_the_area_of_a_person_named_in_full_is_no_town() -> None:
    places = places_by_text("Officers in the Jackson area arrested Mike Jackson on Tuesday.")
    assert "Jackson" not in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man from Tacoma, Wash., and a woman from Gary, Ind., were hurt in Tupelo, Miss.",
            {"Wash.": "Washington", "Ind.": "Indiana", "Miss.": "Mississippi"},
        ),
        (
            "MARIETTA, Ga. - A barn burned in Cobb County. The owner lives in Kennesaw, Ga.",
            {"Ga.": "Georgia", "Cobb County": "Cobb County", "Kennesaw": "Kennesaw"},
        ),
    ],
)
def test_ap_state_abbreviations(text: str, expected: dict[str, str]) -> None:
    places = places_by_text(text)
    for words, name in expected.items():
        assert places[words].name == name and places[words].country == "USA"


def test_a_given_name_joined_to_a_full_name_is_that_person() -> None:
    text = (
        "Retired rail workers Brent and Lynnette Hain found the cat near Winnipeg. "
        '"They look the same," Brent told reporters on Sunday.'
    )
    places = places_by_text(text)
    assert "Brent" not in places
    assert places["Winnipeg"].country == "CAN"


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("The film won a prize at the Venice International Film Festival.", "Venice", "ITA"),
        ("The drama won the Cannes Grand Prix prize in May.", "Cannes", "FRA"),
    ],
)
def test_a_town_hosting_an_event_named_after_it(text: str, town: str, country: str) -> None:
    assert places_by_text(text)[town].country == country


def test_a_word_before_festival_is_no_town() -> None:
    assert places_by_text("Fans packed the Jazz Festival on Friday.") == {}


def test_a_person_told_by_their_home_town() -> None:
    places = places_by_text(
        "The young Innisfail skater trained in Red Deer, Alberta. A Sylvan Lake student and an "
        "Olds driver won prizes there."
    )
    for town in ("Innisfail", "Sylvan Lake", "Olds"):
        assert places[town].country == "CAN"
