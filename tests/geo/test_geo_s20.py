"""Twentieth round, places: names inside organisations' names as context, a town's police in
its state, other names and exonyms, land nouns, families, events named after famous towns."""

from __future__ import annotations

from dateline_helpers import places_by_text

from dateline.geo.gazetteer import gazetteer
from dateline.geo.revise import _reach, _unit_reach


def test_a_college_name_does_not_pull_a_town_abroad() -> None:
    got = places_by_text("Fans of Wellington College gathered in Hamilton on Sunday.")
    assert got["Hamilton"].country != "NZL"


def test_a_college_name_agreeing_with_a_free_mention_still_counts() -> None:
    got = places_by_text(
        "Students from Otago University marched in Dunedin and Hamilton on Sunday."
    )
    assert got["Hamilton"].country == "NZL"


def test_a_council_names_where_it_governs_and_places_the_story() -> None:
    got = places_by_text("Flooding closed roads in Hamilton, Waikato Council said.")
    assert got["Hamilton"].country == "NZL"


def test_a_towns_police_in_a_state_place_the_town_there() -> None:
    got = places_by_text("Rome police in Georgia said two men were arrested.")
    assert got["Rome"].country == "USA" and got["Georgia"].kind == "admin1"


def test_a_towns_police_abroad_keep_their_town() -> None:
    got = places_by_text("Dallas police in Mexico arrested a suspect on Friday.")
    assert got["Dallas"].country == "USA" and got["Mexico"].kind == "country"


def test_an_unrelated_other_name_yields_to_the_town_bearing_it() -> None:
    got = places_by_text("Fans descended on Brunswick for the game this week.")
    assert got["Brunswick"].country == "USA"


def test_an_exonym_spelled_like_the_city_beats_a_small_foreign_unit() -> None:
    assert places_by_text("A vigil was held in Hanover on Sunday.")["Hanover"].country == "DEU"


def test_a_famous_city_keeps_its_other_name() -> None:
    assert places_by_text("Traders in Bombay sold rice on Monday.")["Bombay"].country == "IND"


def test_a_valley_is_no_airport() -> None:
    got = places_by_text("Farmers in the Skagit valley near Seattle lost their tulips.")
    assert "Skagit" not in got and got["Seattle"].country == "USA"


def test_a_family_after_the_is_no_town() -> None:
    got = places_by_text("The Smiths said they would rebuild the house in Ohio.")
    assert "Smiths" not in got and got["Ohio"].kind == "admin1"


def test_a_county_in_a_council_name_places_no_town_before_it() -> None:
    got = places_by_text(
        "Roads near Chelmsford and Colchester were shut, Essex County Council said."
    )
    assert got["Colchester"].country == "GBR" and got["Chelmsford"].country == "GBR"
    essex = got.get("Essex County")  # no American county in an English story
    assert essex is None or essex.country == "GBR"


def test_an_event_is_named_after_the_famous_town() -> None:
    got = places_by_text("Actors from Newcastle and Maitland headed to the Toronto film festival.")
    assert got["Toronto"].country == "CAN"


def test_a_bare_town_in_the_same_story_stays_local() -> None:
    got = places_by_text("Actors from Newcastle and Maitland headed to Toronto on Monday.")
    assert got["Toronto"].country == "AUS"


def test_a_units_reach_is_the_same_when_cached() -> None:
    unit = next(c for c in gazetteer().lookup("Ohio") if c.kind == "admin1")
    first = _reach(unit)
    assert _reach(unit) == first and _unit_reach.cache_info().hits >= 1
