"""Twentieth round, places (second part): towns opening a sentence beside a river, lake, bay or
county; rivers, bays and islands of our own table; a town's apposition placing it; counties
stated in a Canadian province; English counties inside police forces' names."""

from __future__ import annotations

from dateline_helpers import places_by_text, places_in


def test_a_sentence_opening_town_beside_a_river_is_a_place() -> None:
    got = places_by_text("Paducah, on the Tennessee River, reopened its floodwall museum.")
    assert got["Paducah"].country == "USA"


def test_a_river_named_for_a_state_is_not_the_state() -> None:
    got = places_by_text("Paducah, on the Tennessee River, reopened its floodwall museum.")
    assert "Tennessee" not in got and "Tennessee River" not in got  # rivers are read, not listed


def test_a_state_name_after_the_is_the_river() -> None:
    assert places_in("Barges stalled along the Mississippi after the drought.") == []


def test_a_state_name_going_on_into_a_longer_name_stays_the_state() -> None:
    got = places_by_text("Flooding hit the Ohio Valley on Monday.")
    assert got["Ohio"].kind == "admin1"


def test_a_county_seat_apposition_opens_on_a_town_the_tagger_missed() -> None:
    got = places_by_text("Hilo, the Hawaii County seat, was struck by a tsunami warning.")
    assert got["Hilo"].country == "USA" and got["Hilo"].lat < 25


def test_a_county_seat_places_the_town_in_that_county() -> None:
    got = places_by_text("Albany, the Dougherty County seat, got a federal grant.")
    albany = got["Albany"]
    assert albany.country == "USA" and albany.lat < 35  # Georgia, not New York


def test_a_lake_beside_a_town_pulls_it_to_the_lakeside_namesake() -> None:
    got = places_by_text("Hamilton, at the western end of Lake Ontario, is a steel town.")
    assert got["Hamilton"].country == "CAN"


def test_a_bay_of_our_table_places_its_town() -> None:
    got = places_by_text("Monterey, on Monterey Bay, will host a jazz festival.")
    assert got["Monterey"].country == "USA" and got["Monterey Bay"].kind == "bay"


def test_a_city_across_the_river_pulls_the_town_near_it() -> None:
    got = places_by_text("Windsor, across the river from Detroit, held a vote.")
    assert got["Windsor"].country == "CAN"


def test_new_zealands_islands_are_regions_that_place_their_towns() -> None:
    got = places_by_text("Blenheim, at the top of the South Island, lost power.")
    assert got["South Island"].country == "NZL" and got["South Island"].kind == "region"
    assert got["Blenheim"].country == "NZL"


def test_a_state_in_the_towns_own_apposition_places_it() -> None:
    got = places_by_text("Lebanon, in southern Illinois, held a parade.")
    assert got["Lebanon"].country == "USA"


def test_a_region_of_one_state_places_a_county_seat() -> None:
    got = places_by_text("Walton, in the Catskills, elected a mayor.")
    assert got["Catskills"].country == "USA"


def test_a_county_in_a_canadian_province_lies_there() -> None:
    got = places_by_text("Fans in Huron County, Ont., cheered the team.")
    assert got["Huron County"].country == "CAN" and got["Ont."].country == "CAN"


def test_a_county_name_never_reads_as_its_namesake_city() -> None:
    got = places_by_text("Crowds filled the fairgrounds in Perth County, Ont., on Saturday.")
    assert got["Perth County"].country == "CAN" and "Perth" not in got


def test_an_english_county_in_a_police_forces_name_is_the_county() -> None:
    got = places_by_text("Sussex Police said the seafront in Brighton would be closed.")
    assert got["Sussex"].country == "GBR" and got["Brighton"].country == "GBR"


def test_a_sentence_opening_name_set_beside_a_time_is_no_town() -> None:
    got = places_by_text("Obama, on Tuesday, spoke in Ohio.")
    assert set(got) == {"Ohio"}


def test_a_state_name_modifying_a_noun_after_the_stays_the_state() -> None:
    got = places_by_text("Lawmakers said the Missouri bill must clear one more vote.")
    assert got["Missouri"].kind == "admin1"


def test_a_county_in_a_state_spelled_out_keeps_its_own_reading() -> None:
    got = places_by_text("Farmers in Calvert County, Maryland, planted early.")
    assert got["Calvert County"].kind == "admin2" and got["Calvert County"].country == "USA"


def test_a_given_name_town_in_a_forces_county_is_the_town() -> None:
    got = places_by_text("Lancashire Police said the pier in Preston was closed.")
    assert got["Preston"].country == "GBR"


def test_a_town_crowds_fill_is_a_place_whatever_ner_reads() -> None:
    got = places_by_text("Fans packed Goderich for the regatta in Huron County, Ont.")
    assert got["Goderich"].country == "CAN"
