"""Twenty-fourth round, places: towns named by a pair, a team, a council, "for" or nothing else.

Two names joined by "and" that are both towns of the story's region ("Dixon and Rock Falls
will share ..."), a town's possessive before its team's nickname ("Sidney's Yellow Jackets"), a
council joined with a town ("Horowhenua District Council and Levin"), a town after "for" in the
story's region, the town in a round-up's name and a one-word untagged name the gazetteer knows
as one sizeable town only ("trains from Penzance") are towns. A strong short name inside a
longer place name ("Dorado" in "El Dorado") is left to the longer one.
"""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

import dateline.geo.learned_towns as learned_towns
import dateline.geo.locative_frames as locative_frames
import dateline.geo.matching as matching


@pytest.mark.parametrize(
    ("sentence", "name", "country", "lat", "lon"),
    [
        ("Dixon and Rock Falls will share a new ambulance, Lee County officials said.",
         "Dixon", "USA", 41.84, -89.48),
        ("Dixon and Rock Falls will share a new ambulance, Lee County officials said.",
         "Rock Falls", "USA", 41.78, -89.69),
        ("Horowhenua District Council and Levin will share a new water plant.",
         "Levin", "NZL", -40.62, 175.29),
        ("Sidney's Yellow Jackets beat Piqua 14-7 on Friday, Shelby County fans said.",
         "Sidney", "USA", 40.28, -84.16),
        ("The Sidney Round-Up drew 4,000 riders, Cheyenne County officials said.",
         "Sidney", "USA", 41.14, -102.98),
        ("Trains from Penzance were cancelled as gales hit.",
         "Penzance", "GBR", 50.12, -5.54),
        ("El Dorado, the county seat in south Arkansas, opened a new library.",
         "El Dorado", "USA", 33.21, -92.67),
        ("Port Washington, a village on Long Island, opened a new library.",
         "Port Washington", "USA", 40.83, -73.70),
    ],
)  # fmt: skip
def test_new_frames_find_the_town(
    sentence: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, country, lat, lon)


def test_longer_name_keeps_its_first_word() -> None:
    """ "El Dorado" is no Dorado, Puerto Rico, with a stray "El"."""
    assert "Dorado" not in places_by_text(
        "El Dorado, the county seat in south Arkansas, opened a new library."
    )


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Smith and Jones will share the prize, Whiteside County officials said.", "Smith"),
        ("Hope and Faith opened a bakery in Hempstead County.", "Hope"),
        ("The band played for Marshall at the fair in Harrison County, Texas.", "Marshall"),
        ("Johnson's Raiders won the regional title, Butler County fans said.", "Johnson"),
        ("A message to Obama was read at the rally.", "Obama"),
    ],
)
def test_new_frames_add_no_person_or_word(sentence: str, absent: str) -> None:
    """People's names, two common words joined and a given name after "for" stay no place."""
    assert absent not in places_by_text(sentence)


def test_switches_turn_the_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned_towns, "LEARNED_TOWNS", False)  # a stage of its own
    monkeypatch.setattr(locative_frames, "PAIRED_TOWNS", False)
    # (not "Rock Falls": a town's own name ending in "Falls" is read whole by its own rule, and
    # the town listed before it with it; forty-first session)
    assert "Dixon" not in places_by_text(
        "Dixon and Amboy will share a new ambulance, Lee County officials said."
    )
    monkeypatch.setattr(locative_frames, "UNIQUE_TOWNS", False)
    assert "Penzance" not in places_by_text("Trains from Penzance were cancelled as gales hit.")
    monkeypatch.setattr(matching, "LONGER_NAMES", False)
    assert "Dorado" in places_by_text(
        "El Dorado, the county seat in south Arkansas, opened a new library."
    )
