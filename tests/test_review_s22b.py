"""Twenty-second-session review of the day's place rules: near misses the new rules took.

A camp is also a side in a contest and a region a company's sales area, so a person's, a
company's or a slogan's name before those nouns is no place; a church named after a town says
nothing of which namesake it means when big towns of that name lie in several countries; and a
British "<Name> County Council" is the unit "County <Name>", not an American county of the same
words; and an adjective before "police" opening a sentence names a kind of force, not a town.
Short synthetic sentences, written for this review.
"""

from __future__ import annotations

import pytest

import dateline


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in dateline.extract(text).places]


@pytest.mark.parametrize(
    "text",
    [
        "The Remain camp said the vote was lost on Friday.",
        "The Trump camp said it would appeal the ruling.",
        "Leaders of the Yes camp met on Sunday.",
        "Sales fell in the Apple region, the company said.",
    ],
)
def test_a_side_or_a_sales_area_is_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families fled Kalma camp after the attack.", "Kalma"),
        ("Aid reached the Zaatari refugee camp on Monday.", "Zaatari"),
        ("Rebels entered the Tigray region on Monday.", "Tigray"),
    ],
)
def test_a_camp_or_region_of_its_own_name_is_still_a_place(text: str, name: str) -> None:
    assert name in [found for found, _ in _places(text)]


def test_a_church_of_a_town_with_namesakes_abroad_is_not_placed() -> None:
    assert _places("Lincoln Cathedral will host the ceremony on Saturday.") == []


def test_a_church_of_a_town_of_one_country_is_placed_there() -> None:
    assert _places("Crowds filled Selby Abbey on Sunday.") == [("Selby Abbey", "GBR")]


def test_a_county_council_named_the_british_way_is_the_british_county() -> None:
    text = "Durham County Council said the road would close. Residents in Durham were warned."
    assert _places(text) == [("Durham County", "GBR"), ("Durham", "GBR")]


def test_an_american_county_council_keeps_its_county() -> None:
    text = "King County Council voted on Monday to fund new buses in Seattle."
    assert _places(text) == [("King County", "USA"), ("Seattle", "USA")]


def test_a_place_without_a_point_is_exported_with_empty_coordinates() -> None:
    from dateline.events.export import to_plover

    record = dateline.extract("Gunmen attacked the village of Qaryat Zubra on Tuesday.")
    unplaced = [p for p in record.places if p.text == "Qaryat Zubra"]
    assert unplaced and unplaced[0].lat is None
    rows = [r for r in to_plover(record) if r["event_loc"]]
    assert rows and rows[0]["event_loc"]["lat"] is None


@pytest.mark.parametrize("word", ["Federal", "National"])
def test_a_kind_of_police_opening_a_sentence_is_no_town(word: str) -> None:
    assert _places(f"{word} police fired tear gas at the crowd on Monday.") == []


def test_a_towns_police_opening_a_sentence_still_name_the_town() -> None:
    assert _places("Norman police said a man was arrested on Monday.") == [("Norman", "USA")]
