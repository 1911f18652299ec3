"""Thirty-second session: towns no rule claims, accepted by the learned model of
:mod:`dateline.geo.learned_towns` (a town opening its own possessive, its school's team, a
ferry's port, a new clinic's town), while bare names the actor dictionaries know as people or
organisations, a town opening a longer name and a person's words stay no place; "Cruz's Iowa",
read by NER as a person, names no one.

Three expectations of earlier rounds are reversed here: "Frome's public library card fees",
"Alnwick's fair share of funding" and "Yreka's annual festival was a quiet family party" were
asserted to name no place, because no rule's frame covered them; nothing in those sentences names
a person, and each is read as its town now, as a reader would."""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text
from spacy.tokens import Doc, Span

from dateline.config import Settings
from dateline.geo.learned_towns import learned_towns, town_candidates
from dateline.geo.nonplaces import named_people
from dateline.nlp import load


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        (
            "Sandpoint's only movie theater will close in March, its owners said.",
            "Sandpoint",
            "USA",
            48.3,
            -116.6,
        ),
        (
            "The Harlan boys basketball team beat Corbin 61-55 on Friday.",
            "Harlan",
            "USA",
            36.8,
            -83.3,
        ),
        (
            "The Harlan boys basketball team beat Corbin 61-55 on Friday.",
            "Corbin",
            "USA",
            36.9,
            -84.1,
        ),
        (
            "Ferry service from Anacortes to Friday Harbor resumed on Sunday.",
            "Anacortes",
            "USA",
            48.5,
            -122.6,
        ),
        (
            "A new clinic for Tuam will open in the autumn, the health service said.",
            "Tuam",
            "IRL",
            53.5,
            -8.8,
        ),
    ],
)
def test_an_unclaimed_town_in_a_towns_frame_is_a_place(
    text: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(text, name, country, lat, lon)


@pytest.mark.parametrize(
    "text",
    [
        "Obama's cabinet met on Tuesday to discuss the budget.",
        "Rubio's campaign spent heavily on television ads in the final week.",
        "Honda will add 300 jobs at the plant.",
        "The Washington Post reported the story on Sunday.",
        "Apple's new phone goes on sale Friday.",
        # a name the story makes a speaker is no town
        "The index counts 2,400 billionaires, against Forbes's 1,864. Forbes says it tracks more.",
    ],
)
def test_known_people_companies_and_longer_names_stay_no_place(text: str) -> None:
    assert places_by_text(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frome's public library card fees will rise.", "Frome"),
        ("Alnwick's fair share of funding was cut.", "Alnwick"),
        ("Yreka's annual festival was a quiet family party, he said.", "Yreka"),
    ],
)
def test_a_towns_possessive_of_what_a_town_has_names_the_town(text: str, name: str) -> None:
    assert name in places_by_text(text)


def _claimed_nothing(doc: Doc) -> list[bool]:
    return [False] * len(doc.text)


def test_candidates_carry_the_words_around_them() -> None:
    doc = load(Settings().model)("Sandpoint's only movie theater will close in March.")
    found = town_candidates(doc, _claimed_nothing(doc), [])
    (candidate,) = [c for c in found if c.text == "Sandpoint"]
    assert candidate.features["then_possessive"] == 1.0
    assert candidate.features["sentence_start"] == 1.0


def test_a_claimed_name_is_no_candidate() -> None:
    doc = load(Settings().model)("Sandpoint's only movie theater will close in March.")
    taken = [True] * len("Sandpoint") + [False] * (len(doc.text) - len("Sandpoint"))
    assert "Sandpoint" not in [c.text for c in town_candidates(doc, taken, [])]
    assert (0, len("Sandpoint")) not in learned_towns(doc, taken, [])


def test_a_possessive_inside_a_person_entity_names_no_one() -> None:
    nlp = load(Settings().model)
    doc = Doc(nlp.vocab, words=["Cruz", "'s", "Iowa", "bet", "paid", "off"])
    doc[1].tag_ = "POS"
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert "Iowa" not in named_people(list(doc.ents)).surnames


@pytest.mark.parametrize(
    "text",
    [
        "Marion will chair the budget panel next year.",
        "Bishop Auckland's park bench was painted.",
        "Glen Ellyn's daughter said the plan was sound.",
        "Judge Ann Frome ruled on Monday. Frome's public library will close early.",
        "Paddington station was closed after a signal failure.",
    ],
)
def test_a_persons_name_role_or_a_station_is_no_town(text: str) -> None:
    assert places_by_text(text) == {}


def test_a_name_the_story_gives_a_firm_is_no_town() -> None:
    text = "Millbrook's bottling plant will close next year, the Millbrook Company said."
    assert places_by_text(text) == {}
    assert "Millbrook" in places_by_text("Millbrook's bottling plant will close next year.")
