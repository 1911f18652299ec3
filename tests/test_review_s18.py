"""Eighteenth session, review of the session's change: place rules that fired wider than they
say (schools before "student", theme festivals, a sentence's first word in a quarter's name,
"Townships"), and "the Welches" as a family like "the Obamas"."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline import extract
from dateline.geo.recognize import _TOWNSHIP_WORD


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Harvard student said the rally in Boston was peaceful.", "Harvard"),
        ("A Marine veteran told reporters in Denver that he was angry.", "Marine"),
        ("The Stanford student was arrested in Palo Alto, police said.", "Stanford"),
    ],
)
def test_a_school_or_service_before_a_person_noun_is_no_town(text: str, name: str) -> None:
    places = places_by_text(text)
    assert name not in places
    assert places  # the town the sentence does name stays


def test_a_home_town_before_a_person_noun_stays_a_town() -> None:
    places = places_by_text("A Sylvan Lake student and an Olds driver won prizes in Red Deer.")
    assert places["Sylvan Lake"].country == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "The Harvest Festival drew thousands to the park on Saturday.",
        "Organisers of the Heritage Festival said it was their biggest year.",
        "She ran the Christmas Marathon last year.",
        "The Rock Festival was cancelled because of the storm.",
    ],
)
def test_a_festival_named_after_a_theme_names_no_town(text: str) -> None:
    assert places_by_text(text) == {}


def test_a_festival_named_after_its_town_names_the_town() -> None:
    places = places_by_text("The drama won the Cannes Grand Prix prize last spring.")
    assert places["Cannes"].country == "FRA"


def test_a_sentence_opening_preposition_is_no_part_of_a_quarter() -> None:
    places = places_by_text("In Kibera, a district of Nairobi, residents queued for water.")
    assert places["Kibera"].kind == "neighbourhood"
    assert "In Kibera" not in places


def test_the_township_word_is_a_whole_word() -> None:
    assert _TOWNSHIP_WORD.match(" Township, N.J.")
    assert _TOWNSHIP_WORD.match(" Twp. officials")
    assert not _TOWNSHIP_WORD.match(" Townships")


def test_a_family_by_its_plural_surname_in_es_is_they() -> None:
    record = extract(
        "Martin Welch and his wife opened the farm to visitors in June. The Welches cut back "
        "the tours this year, and they said the farm needed more time with their children."
    )
    text = record.text
    q = next(q for q in record.quotes if "more time" in text[q.content.start : q.content.end])
    assert q.speaker_name == "Welches"
