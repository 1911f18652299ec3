"""Event places, twenty-second session: who-not-where mentions (own synthetic sentences)."""

from __future__ import annotations

from dateline_helpers import event_place as _place
from dateline_helpers import placed_analysis as _analysis

from dateline.events.location import actor_spans


def _actor_texts(text: str, trigger: str) -> list[str]:
    an = _analysis(text)
    assert an.doc is not None
    trig = next(t for t in an.doc if t.text == trigger)
    return [text[s:e] for s, e in actor_spans(trig)]


def test_places_in_the_actors_locative_phrase_are_not_actors() -> None:
    text = "Street battles in the cities of Mosul and Kirkuk killed twelve people on Monday."
    actors = _actor_texts(text, "killed")
    assert actors and not any("Mosul" in a or "Kirkuk" in a for a in actors)


def test_place_of_an_eventive_subject_is_the_event_place() -> None:
    text = "Street battles in the cities of Mosul and Kirkuk killed twelve people on Monday."
    assert _place(text, "killed") == "Mosul"


def test_coordinated_named_actors_stay_actors() -> None:
    text = "France and Germany criticised the new tariffs on Tuesday."
    assert set(_actor_texts(text, "criticised")) == {"France", "Germany"}
    assert _place(text, "criticised") is None


def test_country_modifying_a_thing_is_not_the_place() -> None:
    assert _place("Three fighters were killed in a U.S. airstrike on Tuesday.", "killed") is None


def test_country_modifying_a_place_noun_is_the_place() -> None:
    text = "Two soldiers were wounded and one was captured on an Iraq battlefield."
    assert _place(text, "captured") == "Iraq"


def test_source_in_an_according_to_phrase_is_not_the_place() -> None:
    text = "A militant leader was killed on Sunday, according to local sources in Mosul."
    assert _place(text, "killed") is None


def test_trailing_participle_takes_the_main_verbs_place() -> None:
    text = "Two days ago an air raid struck the Idlib governorate, killing fifty people."
    assert _place(text, "killing") == "Idlib"
