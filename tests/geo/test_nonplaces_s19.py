"""Names that are and are not places: a planet's name is no town unless the text places it
("Mars, Pa.", "the town of Mars"); a region of our own table NER tags ORG is a place."""

from __future__ import annotations

from dateline import extract


def _places(text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in extract(text, id="t").places}


def test_a_planet_after_a_verb_of_going_is_no_town() -> None:
    assert "Earth" not in _places("The crew returned to Earth on Friday after a year in orbit.")


def test_a_planet_is_a_town_with_its_state_after_it() -> None:
    assert _places("Police in Mars, Pa., closed the road on Monday.").get("Mars") == "USA"


def test_a_planet_is_a_town_after_a_place_noun() -> None:
    assert "Mars" in _places("The town of Mars held its first UFO festival.")


def test_a_region_of_our_table_that_ner_calls_an_organisation_is_a_place() -> None:
    record = extract("Patrols were doubled across Teesside.", id="t")
    assert {p.text: p.kind for p in record.places}.get("Teesside") == "region"
