"""Twenty-seventh session, places (local table 15's recognition misses): a lone town whose
namesakes are hamlets, or that the small model tags a date; a river's state setting the story;
an unframed name in a sentence that names the county the town lies in."""

from __future__ import annotations

import spacy
from dateline_helpers import assert_place_near, places_by_text
from spacy.tokens import Doc, Span

from dateline.geo.gazetteer import gazetteer
from dateline.geo.locative_frames import _dominant_town, _feature_state, _misdated


def _one_word_entity(words: list[str], at: int, label: str) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, at, at + 1, label=label)]
    return doc.ents[0]


def test_a_town_tagged_a_date_is_a_mistyping() -> None:
    ent = _one_word_entity(["Snow", "fell", "in", "Bemidji", "overnight"], 3, "DATE")
    assert _misdated(ent)


def test_a_month_tagged_a_date_is_a_date() -> None:
    assert not _misdated(_one_word_entity(["Sales", "fell", "in", "August"], 3, "DATE"))
    assert not _misdated(_one_word_entity(["Shops", "close", "on", "Easter"], 3, "DATE"))


def test_a_month_after_in_is_no_town() -> None:
    assert places_by_text("Sales fell in August, the company said.") == {}


def test_a_town_whose_namesakes_are_hamlets_dominates() -> None:
    town = _dominant_town("Hershey")
    assert town is not None and (town.cc, town.adm1) == ("US", "PA")


def test_namesakes_of_a_like_size_leave_no_dominant_town() -> None:
    assert _dominant_town("Springfield") is None


def test_a_river_of_one_reading_gives_its_state() -> None:
    assert _feature_state(gazetteer().lookup("Lamoille River")) == {("US", "VT")}


def test_a_county_council_vouches_for_a_town_in_no_frame() -> None:
    text = "Plans to give Listowel a second bridge were approved, Kerry County Council said."
    assert_place_near(text, "Listowel", "IRL", 52.45, -9.49)


def test_a_county_council_vouches_for_a_town_typed_an_organisation() -> None:
    text = "Storms left Tralee without power, Kerry County Council said."
    assert_place_near(text, "Tralee", "IRL", 52.27, -9.70)


def test_people_beside_a_county_council_are_no_towns() -> None:
    places = places_by_text("Harris told Kerry County Council that Murphy would not stand.")
    assert set(places) == {"Kerry County"}
