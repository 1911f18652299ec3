"""Entity typing and titles fixed in the eleventh session QA round, on synthetic text."""

from __future__ import annotations

from dateline import extract
from dateline.records import Record


def entities(text: str):
    rec = extract(text, published="2017-05-10", stages=["entities"])
    assert isinstance(rec, Record)
    return {e.name: e for e in rec.entities}


def test_daughters_named_after_towns_are_people():
    ents = entities("Obama, joined by his daughters Malia and Sasha, pardoned the turkey.")
    assert ents["Malia"].type == "PERSON" and ents["Sasha"].type == "PERSON"
    assert ents["Malia"].actor is None


def test_a_pay_system_named_after_a_city_carries_no_country():
    ents = entities("Thousands were underpaid by the Phoenix pay system, the union said.")
    assert ents["Phoenix"].type == "PRODUCT" and ents["Phoenix"].actor is None


def test_a_native_is_not_a_title():
    ents = entities("Andrew Brunson, a North Carolina native, has been detained since October.")
    assert ents["Andrew Brunson"].title is None


def test_hyphenated_title_keeps_its_first_part():
    ents = entities("Franco, Spain's long-time dictator, changed the clocks in 1940.")
    assert ents["Franco"].title == "long-time dictator"


def test_a_company_s_chief_executive_is_business():
    ents = entities("Kevin Johnson, the company's new chief executive, said sales rose.")
    k = ents["Kevin Johnson"]
    assert k.title == "new chief executive"
    assert k.actor is not None and k.actor.sector == "BUS"


def test_a_us_state_is_coded_by_the_places_reading_not_a_namesake_town():
    ents = entities("Virginia delegate Beau Correll said he would vote in Cleveland, Ohio.")
    assert ents["Virginia"].actor.country == "USA"
    assert ents["Beau Correll"].actor.country == "USA"


def test_a_small_town_gets_its_country_from_the_places_stage():
    ents = entities("Protesters came from Hanahan, South Carolina, on Sunday.")
    assert ents["Hanahan"].actor is not None and ents["Hanahan"].actor.country == "USA"


def test_a_capital_used_for_its_government_keeps_its_sector():
    ents = entities("Moscow rejected the demands on Monday.")
    assert ents["Moscow"].actor.country == "RUS" and ents["Moscow"].actor.sector == "GOV"


def test_a_bare_given_name_joins_the_one_person_of_that_name():
    ents = entities("Bernie Sanders won in Michigan. Supporters chanted for Bernie.")
    assert "Bernie" not in ents and len(ents["Bernie Sanders"].mentions) == 2


def test_a_given_name_used_as_a_subject_is_the_person_not_the_country():
    ents = entities("Melania Trump spoke on Monday. Melania praised the crowd.")
    assert len(ents["Melania Trump"].mentions) == 2


def test_an_acronym_in_open_parentheses_is_cut_from_the_name():
    ents = entities("The World Health Organisation (WHO) said the WHO would send experts.")
    assert "World Health Organisation" in ents
    assert not any("(" in name for name in ents)
