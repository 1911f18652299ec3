"""Twenty-first round, places (second part): a sentence's opening town set by a compass bearing,
a "where" clause, "home of", "the gateway to" or "the county town"; a town's namesake that lies
the stated way from its anchor; lakes, valleys and bays; "a few miles from the border with";
a region placed in a state; a town ranked in a country; a given-name town after "in"."""

from __future__ import annotations

import pytest
import spacy
from dateline_helpers import places_by_text
from spacy.tokens import Span

from dateline.geo.listed import misread_towns
from dateline.geo.nonplaces import named_people


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("Brunswick, across the marsh from St. Simons Island, dredged its harbor.", "Brunswick",
         "USA"),
        ("Annapolis, home of the Naval Academy, will host the parade.", "Annapolis", "USA"),
        ("Tralee, the Kerry county town, will host the festival.", "Tralee", "IRL"),
        ("Banff, the gateway to the Rocky Mountains, ran out of hotel rooms.", "Banff", "CAN"),
        ("Bowling Green, south of Toledo, will repave its main street.", "Bowling Green", "USA"),
        ("Ingersoll, east of London along Highway 401, won the award.", "Ingersoll", "CAN"),
        ("Queenscliff, where the ferry from Sorrento docks, will get a new pier.", "Queenscliff",
         "AUS"),
        ("Calais, a few miles from the border with New Brunswick, opened a new bridge.",
         "Calais", "USA"),
    ],
)  # fmt: skip
def test_an_opening_town_with_a_locative_apposition_is_found(
    sentence: str, town: str, country: str
) -> None:
    assert places_by_text(sentence)[town].country == country


def test_a_person_before_an_apposition_stays_a_person() -> None:
    assert "Smith" not in places_by_text("Smith, a former mayor, said the council would vote.")
    got = places_by_text("Tom Marshall met voters on Monday. Marshall, outside Austin, told them.")
    assert "Marshall" not in got and got["Austin"].country == "USA"


def test_a_bearing_from_a_namesake_city_moves_both_names() -> None:
    got = places_by_text("Exeter, north of London, opened a new arena.")
    assert got["Exeter"].country == "CAN" and got["London"].country == "CAN"


def test_a_stated_distance_and_bearing_move_both_names() -> None:
    got = places_by_text("Dorchester, 15 km east of London, won the award.")
    assert got["Dorchester"].country == "CAN" and got["London"].country == "CAN"


def test_a_bearing_the_anchor_already_fits_keeps_the_anchor() -> None:
    got = places_by_text("Windsor, west of London, hosted the wedding.")
    assert got["Windsor"].country == "GBR" and got["London"].country == "GBR"


def test_a_small_lake_places_its_town() -> None:
    got = places_by_text("Naples, at the south end of Canandaigua Lake, held a grape festival.")
    assert got["Naples"].country == "USA" and got["Canandaigua Lake"].kind == "lake"


def test_a_valley_places_its_town_in_its_state() -> None:
    got = places_by_text("Lexington, in the Shenandoah Valley, opened a museum.")
    lexington = got["Lexington"]
    assert lexington.country == "USA" and lexington.lon > -80.0  # Virginia, not Kentucky


def test_a_canadian_bay_places_its_town() -> None:
    got = places_by_text("Campbellton, on Chaleur Bay, lost its mill.")
    assert got["Campbellton"].name == "Campbellton" and got["Campbellton"].country == "CAN"


def test_a_region_placed_in_a_state_is_not_its_foreign_namesake() -> None:
    got = places_by_text("Ashford, in the New England region of New South Wales, had frost.")
    assert got["Ashford"].country == "AUS"
    assert "New England" not in got  # not the US region


def test_a_town_ranked_in_a_country_of_two_names() -> None:
    got = places_by_text("Police in Arima, Trinidad's third city, arrested two men.")
    assert got["Trinidad"].country == "TTO" and got["Arima"].country == "TTO"


def test_the_capital_of_a_country_called_by_half_its_name() -> None:
    got = places_by_text("Police in Kingstown, the capital of St. Vincent, arrested two men.")
    assert got["St. Vincent"].country == "VCT" and got["Kingstown"].country == "VCT"


def test_a_ranked_city_is_the_city_not_its_province() -> None:
    got = places_by_text("Police in Santa Cruz, Bolivia's largest city, arrested two men.")
    assert got["Santa Cruz"].kind == "city" and got["Santa Cruz"].country == "BOL"


def test_a_state_capital_keeps_its_state() -> None:
    got = places_by_text("Police in Atlanta, Georgia's capital, arrested two men.")
    assert got["Georgia"].kind == "admin1" and got["Atlanta"].country == "USA"


def test_a_given_name_town_after_in_is_the_town() -> None:
    got = places_by_text("Police in Marshall said a Longview man was arrested.")
    assert got["Marshall"].country == "USA"


def test_a_given_name_of_the_story_after_in_stays_a_person() -> None:
    got = places_by_text("Tom Marshall met voters on Monday. Voters have lost faith in Marshall.")
    assert "Marshall" not in got


def test_a_given_name_opening_a_school_name_is_the_school() -> None:
    got = places_by_text("Parents at Franklin Elementary were worried. Cases near Franklin rose.")
    assert "Franklin" not in got


def test_a_county_town_names_its_county() -> None:
    got = places_by_text("Tralee, the Kerry county town, will host the festival.")
    assert got["Kerry"].kind == "admin1" and got["Kerry"].country == "IRL"
    got = places_by_text("Ennis, the county town of Clare, will host the festival.")
    assert got["Clare"].country == "IRL" and got["Ennis"].country == "IRL"


def test_a_town_ner_reads_as_an_organisation_again_after_in() -> None:
    nlp = spacy.blank("en")
    doc = nlp("A Grand Prairie AirHogs player living in Grand Prairie paid more rent.")
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 7, 9, label="ORG")]
    people = named_people(list(doc.ents))
    found = misread_towns(doc, list(doc.ents), people)
    assert [doc.text[s:e] for s, e in found] == ["Grand Prairie"]


def test_the_town_a_bearing_is_taken_from_is_found_too() -> None:
    got = places_by_text("Wingham, north of Clinton, opened a rink.")
    assert got["Wingham"].country == "CAN" and got["Clinton"].country == "CAN"
