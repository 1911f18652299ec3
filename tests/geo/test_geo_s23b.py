"""Twenty-third round, places (second helper): a place's name that is part of a person's name
("Aden Omar Warsame", "Mr Lincoln") or a brand's ("a Jordan jersey") is no place; a town before
"Abbey", "Minster", "Priory" or "Castle" is the Old World namesake; a one-word town before a
town's own noun ("Ripon's market square") is found when NER misses it."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo.mention import haversine_km


def _near(place, lat: float, lon: float, km: float = 40.0) -> bool:
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # A person's name right after the place's name, no comma or preposition between.
        ("Aden Omar Warsame told reporters the port would reopen on Monday.", "Aden"),
        # A surname after a title written without its dot.
        ("Mr Lincoln told the council the budget was balanced.", "Lincoln"),
        # A given name on merchandise, or a supporter's after an article.
        ("He bought a Jordan jersey at the mall in Denver.", "Jordan"),
        ("Supporters queued for hours, and a Jordan fan said the wait was worth it.", "Jordan"),
    ],
)  # fmt: skip
def test_a_name_part_of_a_persons_or_brands_is_no_place(sentence: str, name: str) -> None:
    assert name not in places_by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Jordan's king met the prime minister in Amman on Tuesday.", "Jordan", "JOR"),
        ("The crash happened near Lincoln, Neb., on Sunday.", "Lincoln", "USA"),
        # A preposition places the name before a person's: a missing comma, not a name.
        ("In Kabul Ghani told reporters the talks would resume.", "Kabul", "AFG"),
        # The merchandise noun modifies another: a factory in the state.
        ("The Georgia shoe factory in Dalton closed on Friday.", "Georgia", "USA"),
        ("Texas Gov. Greg Abbott said the border would stay closed.", "Texas", "USA"),
        ("Fans in Jordan celebrated the win over Iraq.", "Jordan", "JOR"),
    ],
)  # fmt: skip
def test_places_beside_people_and_products_stay(sentence: str, name: str, country: str) -> None:
    assert places_by_text(sentence)[name].country == country


@pytest.mark.parametrize(
    ("sentence", "name", "lat", "lon"),
    [
        ("Tourists queued outside Westminster Abbey on Sunday.", "Westminster Abbey", 51.50, -0.13),
        ("Crowds gathered at York Minster on Sunday.", "York Minster", 53.96, -1.08),
        ("Visitors toured Windsor Castle on Saturday.", "Windsor", 51.48, -0.60),
    ],
)  # fmt: skip
def test_a_town_before_an_old_world_landmark_word_is_the_old_world_town(
    sentence: str, name: str, lat: float, lon: float
) -> None:
    assert _near(places_by_text(sentence)[name], lat, lon)


def test_a_town_in_a_settled_country_keeps_its_reading_without_a_landmark_word() -> None:
    places = places_by_text("Police in Windsor, Ontario, closed the bridge to Detroit.")
    assert places["Windsor"].country == "CAN"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ripon's market square was closed for repairs on Tuesday.", "Ripon"),
        ("Traffic clogged Hexham's town centre on Sunday.", "Hexham"),
    ],
)  # fmt: skip
def test_a_one_word_town_before_its_own_noun_is_found(sentence: str, name: str) -> None:
    assert places_by_text(sentence)[name].kind == "city"


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing's mayor said nothing about the plan.",
        "Smith's residents complained about the noise.",
        "John Ripon said Ripon's residents would vote.",
        "Apple's market square event drew crowds.",
    ],
)
def test_a_firm_or_person_before_a_towns_noun_is_no_town(sentence: str) -> None:
    assert not places_by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # Named after a person: no namesake in the story's state, or no state to judge by.
        ("Lincoln High School students walked out of class in Portland, Ore., on Friday.",
         "Lincoln"),
        ("Students at Kennedy High School in Sacramento, Calif., walked out.", "Kennedy"),
        ("Lincoln High School students walked out of class on Friday.", "Lincoln"),
    ],
)  # fmt: skip
def test_a_school_named_after_a_person_names_no_town(sentence: str, name: str) -> None:
    assert name not in places_by_text(sentence)


def test_a_school_named_after_a_town_of_the_storys_state_keeps_the_town() -> None:
    places = places_by_text("Lincoln High School students marched to the capitol in Omaha, Neb.")
    assert _near(places["Lincoln"], 40.80, -96.67)
