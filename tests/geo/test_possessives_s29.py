"""Twenty-ninth session, round A (places): a town's possessive or modifier before what the town
owns or holds (tables 21-23): a bare apostrophe after a final s, a town's festival or
capitalised event, its council, selectboard or school committee, its school's side, and "a
<age> <town> man", each on short synthetic sentences, with people's and common words that
must stay no place."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


def _country_of(text: str, name: str) -> str:
    got = places_by_text(text)
    assert name in got, sorted(got)
    return got[name].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Wells' Christmas market drew record crowds on Sunday.", "Wells", "GBR"),
        ("Pershore's annual plum festival returns in August.", "Pershore", "GBR"),
        ("Kendal's Torchlight Carnival went ahead despite the rain.", "Kendal", "GBR"),
    ],
)
def test_a_towns_festival_or_market_names_the_town(text, name, country):
    assert _country_of(text, name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Montpelier's selectboard voted to repave the square.", "Montpelier", "USA"),
        ("Quincy's school committee approved a new contract for bus drivers.", "Quincy", "USA"),
        ("Port Macquarie's council has voted to build a new boat ramp.", "Port Macquarie", "AUS"),
        ("Wausau's girls basketball team won its opener on Friday.", "Wausau", "USA"),
    ],
)
def test_a_towns_council_or_school_side_names_the_town(text, name, country):
    assert _country_of(text, name) == country


def test_a_man_named_by_his_town_in_police_copy():
    text = "A 28-year-old Wausau man was charged with drunken driving."
    assert _country_of(text, "Wausau") == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Smith's festival drew a crowd.",
        "Watson's annual festival raised money for the hospice.",
        "Lynn's mother said the school was closed.",
        "Jones' boys were late again.",
        "Coach Mike Palmer said Palmer's girls basketball team would rebound.",
        "A 30-year-old Black man was shot in the leg, police said.",
        "A Catholic family sued the school.",
    ],
)
def test_a_persons_possessive_or_a_common_word_stays_no_place(text):
    assert places_by_text(text) == {}
