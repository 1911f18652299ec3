"""Twenty-second round, places: a one-word town NER leaves untagged or reads as a person,
organisation or nationality, placed by a locative frame ("between X and Y", "south of X",
"X's mayor", "X-based", "from X"); and a person's possessive that stays the person's."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("A slip on State Highway 5 south of Taupo closed the road on Sunday.", "Taupo", "NZL"),
        ("Commuters from Lorain packed the trains on Monday.", "Lorain", "USA"),
        ("The storm cut power to homes. Lorain's mayor asked for patience.", "Lorain", "USA"),
        ("A Kokomo-based maker of tyres cut 40 jobs.", "Kokomo", "USA"),
        ("Crews closed the road between Marion and Kokomo on Tuesday.", "Marion", "USA"),
        ("Crews closed the road between Marion and Kokomo on Tuesday.", "Kokomo", "USA"),
        ("Floods hit Kokomo and the rest of Howard County on Monday.", "Kokomo", "USA"),
        ("Crews closed the road between Ripon and Harrogate on Tuesday.", "Ripon", "GBR"),
        ("Crews closed the road between Ripon and Harrogate on Tuesday.", "Harrogate", "GBR"),
        ("A magnitude 4.8 earthquake shook Ukiah and the rest of Mendocino County.", "Ukiah",
         "USA"),
        ("An earthquake shook Lorain and the rest of the county.", "Lorain", "USA"),
        ("The river crested near Kokomo's Riverside Park.", "Kokomo", "USA"),
    ],
)  # fmt: skip
def test_a_framed_town_ner_missed_is_found(sentence: str, town: str, country: str) -> None:
    assert places_by_text(sentence)[town].country == country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In Norman's view, the plan was sound.", "Norman"),
        ("Jackson's lawyer said the appeal would be filed.", "Jackson"),
        ("He said officials would not Bend the rules for anyone.", "Bend"),
        ("Sidney Poitier starred in the film.", "Sidney"),
        ("Reporters from Lorain Smith's campaign asked. Smith said no.", "Lorain"),
        ("Marion Jones said she would run again. In Marion's view, the race was fair.",
         "Marion"),
        ("Smith and the rest of the team left for the airport.", "Smith"),
        ("He lives near Lorain's home, Smith said.", "Lorain"),
    ],
)  # fmt: skip
def test_a_person_or_word_stays_no_place(sentence: str, name: str) -> None:
    assert name not in places_by_text(sentence)
