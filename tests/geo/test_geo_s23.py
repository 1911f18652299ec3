"""Twenty-third round, places: towns the small NER model mistypes, read by their frame.

A name placed by a locative frame ("just south of St. Marys"), a town inside its college's,
port's or fair's name ("the Port of Tillamook", "the Sturgeon Falls fall fair") and towns
joined under their councils ("the councils of Hollister and Gilroy") are towns when the
gazetteer has one of that name in the story's region (or, for a long name, a sizeable one).
A person of the story, a common word, a stadium and an owner's possessive are no such town.
"""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

import dateline.geo.locative_frames as locative_frames


@pytest.mark.parametrize(
    ("sentence", "name", "country", "lat", "lon"),
    [
        ("Nursing students at Hollister College held a vigil, San Benito County officials said.",
         "Hollister", "USA", 36.85, -121.40),
        ("Thousands came to the Kingsport rodeo on Saturday, Sullivan County deputies said.",
         "Kingsport", "USA", 36.55, -82.56),
        ("The Sturgeon Falls fall fair opened on Friday in Ontario.",
         "Sturgeon Falls", "CAN", 46.36, -79.92),
        ("Cargo volumes at the Port of Tillamook rose, Oregon officials said.",
         "Tillamook", "USA", 45.46, -123.84),
        ("SUNY Oneonta closed its dorms after the flood, New York officials said.",
         "Oneonta", "USA", 42.45, -75.06),
        ("The councils of Hollister and Gilroy agreed to share a water plant in California.",
         "Gilroy", "USA", 37.01, -121.57),
        ("The crash happened just south of St. Marys on Route 120 in Pennsylvania.",
         "St. Marys", "USA", 41.43, -78.56),
        ("Harness racing returns to Riverton Downs on Monday, Fremont County officials said.",
         "Riverton", "USA", 43.02, -108.38),
        ("Westfield High School's band won the title, the Hamilton County school said.",
         "Westfield", "USA", 40.04, -86.13),
        ("Fans drove from Sault Ste. Marie to the game in Michigan.",
         "Sault Ste. Marie", "USA", 46.50, -84.35),
    ],
)  # fmt: skip
def test_framed_town_is_found_in_the_story_region(
    sentence: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, country, lat, lon)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Police drove to Jordan Henderson's house in Liverpool.", "Jordan"),
        ("The lawyer sent a letter to Smith's lawyer in Texas.", "Smith"),
        ("He returned to Bill Gates last week in Seattle.", "Bill Gates"),
        ("Jim Marshall spoke to Marshall later in Texas.", "Marshall"),
        ("Reporters in Tulsa, Oklahoma, talked to Ada after the meeting.", "Ada"),
        ("She was an aide to Secretary of State Ana Ruiz, Maryland officials said.", "Secretary"),
        ("He earned a doctorate from Harvard before he moved to Boston, Massachusetts.", "Harvard"),
        ("A debate in Congress stalled, Arizona officials said.", "Congress"),
        ("He was moved to University College Hospital in London.", "University"),
        ("He taught at Tufts University in Massachusetts.", "Tufts University"),
        ("Marco Rubio won. Congrats to Rubio, an insider in Iowa said.", "Rubio"),
        ("The pollster Emerson College surveyed voters in New Jersey.", "Emerson"),
        ("The hikers were found safe south of Hope, rescuers said.", None),
        ("Crowds waited at Lincoln Financial Field in Philadelphia.", None),
        ("She is a fan of Paris Hilton, the Chicago woman said.", None),
        ("Students at Texas A&M University in College Station rallied.", None),
    ],
)
def test_frame_adds_no_person_word_or_longer_name(
    monkeypatch: pytest.MonkeyPatch, sentence: str, absent: str | None
) -> None:
    """A person of the story, an owner before "'s", a given name after "to", a common word
    ("south of Hope") and a name a capitalised word runs on from (a stadium) add nothing."""
    found = set(places_by_text(sentence))
    assert absent is None or absent not in found
    monkeypatch.setattr(locative_frames, "LOCATIVE_FRAMES", False)
    assert found == set(places_by_text(sentence))


def test_switch_turns_the_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Cargo volumes at the Port of Tillamook rose, Oregon officials said."
    monkeypatch.setattr(locative_frames, "LOCATIVE_FRAMES", False)
    assert "Tillamook" not in places_by_text(sentence)
