"""Event places (dateline.events.location) on short synthetic sentences, one per behaviour."""

from __future__ import annotations

import pytest
from dateline_helpers import event_place as _place
from dateline_helpers import placed_analysis as _analysis

from dateline.events import location
from dateline.events.location import candidates, choose_place, features


def test_weights_are_shipped() -> None:
    model = location._model()
    assert model is not None and model["weights"] and 0 < model["threshold"] < 1


def test_clause_initial_locative_phrase() -> None:
    assert _place("In Nablus, a Palestinian man was shot by soldiers on Saturday.", "shot") == (
        "Nablus"
    )


def test_city_of_phrase_gives_the_named_city() -> None:
    assert _place("Police shot a protester in the city of Aleppo on Friday.", "shot") == "Aleppo"


def test_the_specific_place_beats_its_region() -> None:
    text = "A car bomb exploded in the West Bank city of Nablus on Monday."
    assert _place(text, "exploded") == "Nablus"


def test_captured_town_is_the_place() -> None:
    assert _place("Rebels captured the town of Goma after heavy fighting.", "captured") == "Goma"


def test_actor_is_never_the_place() -> None:
    assert _place("Germany criticised the sanctions on Tuesday.", "criticised") is None


def test_deployment_happens_at_its_destination() -> None:
    assert _place("France sent troops to Mali in 2013.", "sent") == "Mali"


def test_list_of_places_gives_the_first() -> None:
    text = "NATO placed four battalions in Latvia, Estonia, Lithuania and Poland."
    assert _place(text, "placed") == "Latvia"


def test_source_location_is_not_the_event_place() -> None:
    text = "Troops killed two militants, officials in Washington said."
    assert _place(text, "killed") is None


def test_place_of_the_other_clause_is_not_taken() -> None:
    text = "Protesters marched through Paris while police in London watched."
    assert _place(text, "marched") == "Paris"


def test_no_place_mention_gives_none() -> None:
    assert _place("The soldiers shot two men on Tuesday.", "shot") is None


def test_candidates_fall_back_to_spacy_entities() -> None:
    an = _analysis("Gunmen attacked a convoy near Kandahar.")
    an.places.clear()
    assert an.doc is not None
    trig = next(t for t in an.doc if t.text == "attacked")
    assert [p.text for p in candidates(an, trig)] == ["Kandahar"]
    assert candidates(an, trig)[0].kind == "mention"


def test_features_name_the_preposition() -> None:
    an = _analysis("Thousands of people protested in Madrid against the measures.")
    assert an.doc is not None
    trig = next(t for t in an.doc if t.text == "protested")
    places = candidates(an, trig)
    feats = features(trig, places[0], places, [], [])
    assert feats["prep=in"] == 1.0 and feats["up=0"] == 1.0


def test_rule_without_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(location, "_model", lambda: None)
    assert _place("The minister met his counterpart in Vilnius on Wednesday.", "met") == "Vilnius"
    assert _place("Pressure from Moscow grew as the army attacked.", "attacked") is None


@pytest.mark.parametrize("text", ["!!! ...", "Gunmen attacked.", "In , , attacked ( ) ."])
def test_odd_input_never_crashes(text: str) -> None:
    an = _analysis(text)
    assert an.doc is not None
    for tok in an.doc:
        choose_place(an, tok, [(0, len(text))])


def test_headline_place_is_not_the_lead_event_place() -> None:
    an = _analysis("Troops in Kabul\nGunmen attacked a convoy.")  # spaCy parses it as one
    assert an.doc is not None
    trig = next(t for t in an.doc if t.text == "attacked")
    assert "Kabul" not in [p.text for p in candidates(an, trig)]
