"""Thirty-fourth session (blind tables 64-66; the town model refitted on tables 1-63): a town
named after a spot "at" or "in" it ("the harbour at Aberporth") and a town followed by a date
("at Aberporth on Sunday") weigh as towns; a town's volunteer fire company or rescue squad is a
town's thing ("Smithsburg's rescue squad"); and the short form of a firm the story names by a
firm's word ("Intelligence", "Holdings", ...) and a name a firm sells or buys ("sold off
Kincardine") are left out."""

from __future__ import annotations

from dateline_helpers import assert_place_near

from dateline.config import Settings
from dateline.geo.learned_towns import _its_own, town_candidates
from dateline.nlp import load


def _features(text: str, name: str) -> dict[str, float]:
    doc = load(Settings().model)(text)
    found = [c for c in town_candidates(doc, [], []) if c.text == name]
    assert found, name
    return found[0].features


def test_a_spot_at_a_town_and_a_date_after_it_weigh_as_a_town() -> None:
    text = "Coastguards were called to the harbour at Aberporth on Sunday after a swimmer tired."
    assert_place_near(text, "Aberporth", "GBR", 52.13, -4.54)
    features = _features(text, "Aberporth")
    assert features["after_site"] == 1.0 and features["then_date"] == 1.0


def test_a_bare_preposition_is_no_spot() -> None:
    features = _features("Lawyers at Aberporth on Sunday filed the papers.", "Aberporth")
    assert features["after_site"] == 0.0


def test_a_towns_volunteer_service_is_a_towns_thing() -> None:
    features = _features("Smithsburg's rescue squad bought a new ambulance.", "Smithsburg")
    assert features["owns_town_thing"] == 1.0
    assert (
        _features("Smithsburg's record company signed a band.", "Smithsburg")["owns_town_thing"]
        == 0.0
    )


def test_the_short_form_of_a_firm_the_story_names_is_no_candidate() -> None:
    text = (
        "Records show that Orbis was formed in March 2011, a year before Orbis Holdings bought it."
    )
    doc = load(Settings().model)(text)
    assert "Orbis" not in [c.text for c in town_candidates(doc, [], [])]


def test_a_name_a_firm_sells_or_buys_is_no_candidate() -> None:
    sold = load(Settings().model)("Last year the company sold off Kincardine to a rival.")
    assert "Kincardine" not in [c.text for c in town_candidates(sold, [], [])]


def test_its_own_clause_ends_at_a_root_that_is_no_verb() -> None:
    # A headline's noun root: the walk up from "its" must stop there (it once climbed forever).
    doc = load(Settings().model)("Why Louisa and its mayor matter")
    assert _its_own(doc[1:2]) is False
