"""Twentieth round, places (third part): a town's school or the city it rings in its opening
apposition, capes and lakes without "the", rivers held to the states they flow through, and
the town a national police force's detachment is named for."""

from __future__ import annotations

from dateline_helpers import places_by_text


def test_a_school_named_for_its_state_places_the_town_in_it() -> None:
    got = places_by_text("Ames, home of Iowa State University, will widen its main street.")
    assert got["Ames"].country == "USA" and 41 < got["Ames"].lat < 43


def test_the_university_of_a_state_places_the_town_in_it() -> None:
    got = places_by_text("Athens, home of the University of Georgia, repaved its downtown.")
    assert got["Athens"].country == "USA"


def test_a_suburb_of_a_named_city_lies_beside_it() -> None:
    got = places_by_text("Gresham, a Portland suburb, hired a new police chief.")
    gresham = got["Gresham"]
    assert gresham.country == "USA" and gresham.lon < -120  # Oregon, not England


def test_a_cape_without_the_places_the_town() -> None:
    got = places_by_text("Chatham, on Cape Cod, closed its beaches for sharks.")
    chatham = got["Chatham"]
    assert chatham.country == "USA" and chatham.lon < -69  # Massachusetts, not Kent


def test_a_lake_beats_a_country_s_other_name() -> None:
    got = places_by_text("Holland, near Lake Michigan, salted its roads.")
    assert got["Holland"].country == "USA"


def test_a_sea_by_the_country_keeps_the_country() -> None:
    got = places_by_text("Holland, near the North Sea, built more dikes.")
    assert got["Holland"].country == "NLD"


def test_a_river_places_the_town_in_a_state_it_flows_through() -> None:
    got = places_by_text("Vancouver, on the Columbia River, opened a new waterfront park.")
    vancouver = got["Vancouver"]
    assert vancouver.country == "USA" and vancouver.lat < 46  # Washington, not B.C.


def test_a_river_picks_its_state_s_namesake_over_a_bigger_one() -> None:
    got = places_by_text("Hannibal, on the Mississippi River, braced for a flood.")
    assert got["Hannibal"].country == "USA" and got["Hannibal"].lon < -90  # Missouri


def test_a_provincial_police_detachment_names_a_town_of_its_province() -> None:
    got = places_by_text("Perth OPP said a driver was charged with impaired driving.")
    assert got["Perth"].country == "CAN"


def test_a_national_police_detachment_names_a_town_of_its_country() -> None:
    got = places_by_text("Kelowna RCMP arrested two men on Friday.")
    assert got["Kelowna"].country == "CAN"


def test_a_saint_s_river_does_not_end_the_apposition() -> None:
    got = places_by_text("Cornwall, on the St. Lawrence River, opened a new marina.")
    assert got["Cornwall"].country == "CAN"  # Ontario, not the English county


def test_an_irish_police_detachment_names_an_irish_town() -> None:
    got = places_by_text("Athlone Garda appealed for witnesses to the crash.")
    assert got["Athlone"].country == "IRL"
