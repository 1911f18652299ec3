"""Thirty-eighth session (blind tables 103-108): a river the story names counts for the states
it flows through ("Parkville ... the Missouri River" is the Missouri town); "CHP" is
California's highway patrol; a big city's name opening a sentence before its police is the city
("Mobile police"), though English also uses the word as an adjective; and a state's, province's
or county's own demonym places the story there ("the Cornish town"). After tables 109-111: a
town opening a sentence whose village board decides is the town ("Slinger will repaint its
water tower ..., the village board decided"); a hyphen-joined town is matched whole
("Lac-Megantic", not Chad's Lac); a demonym of two words counts ("South Korean"), and a people's
or state's demonym places the locative frames' towns as a name does ("police in Jinju", the
gazetteer's Chinju; "the beach at Dunsborough ..., Western Australian officials said"). After
tables 112-114: a bare council's subject that works on the town's own works is the town though
it owns nothing back ("Marion will repave Locust Street ..., the City Council decided"), and a
town set as "the seat of Lake County" is a town. Also: a team's plural nickname after its town
("the Rittman Indians") is no people's demonym, and a big city bearing a name as its own keeps it
from a bigger city that has it only as another name ("Cancun" is Cancún, not Changchun)."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_river_named_counts_for_the_states_it_flows_through() -> None:
    text = "Students at the college in Parkville planted trees along the Missouri River."
    assert_place_near(text, "Parkville", "USA", 39.2, -94.68)
    text = "Farmers in Hatfield grow tobacco in the fields beside the Connecticut River."
    assert_place_near(text, "Hatfield", "USA", 42.37, -72.6)


def test_the_chp_places_a_story_in_california() -> None:
    text = "A tractor-trailer overturned near Guadalupe on Tuesday, the CHP said."
    assert_place_near(text, "Guadalupe", "USA", 34.97, -120.57)


def test_a_big_citys_police_opening_a_sentence_are_the_citys() -> None:
    assert_place_near(
        "Mobile police said the suspect fled on foot.", "Mobile", "USA", 30.69, -88.04
    )
    assert places_by_text("Military police said the suspect fled on foot.") == {}


def test_a_units_own_demonym_places_the_story_there() -> None:
    text = "Crowds filled the market square in Launceston as the Cornish town held its carnival."
    assert_place_near(text, "Launceston", "GBR", 50.64, -4.36)
    text = "Crowds filled the market square in Launceston as the town held its carnival."
    assert_place_near(text, "Launceston", "AUS", -41.44, 147.13)


def test_a_town_whose_village_board_decides_is_the_town() -> None:
    text = "Slinger will paint its new water tower blue next spring, the village board decided."
    assert_place_near(text, "Slinger", "USA", 43.33, -88.29)


def test_a_hyphen_joined_town_is_matched_whole() -> None:
    text = "Volunteers cleaned the lakeshore in Lac-Megantic on Saturday."
    assert_place_near(text, "Lac-Megantic", "CAN", 45.58, -70.88)


def test_a_demonym_places_a_locative_frames_town() -> None:
    text = "South Korean prosecutors in Jinju charged a former mayor on Monday."
    assert_place_near(text, "Jinju", "KOR", 35.19, 128.08)
    text = "A bushfire burned near Denmark on Sunday, Western Australian officials said."
    assert_place_near(text, "Denmark", "AUS", -34.96, 117.35)


def test_a_text_with_no_capitalised_word_has_no_places() -> None:
    assert places_by_text("the bus was late again, and no one was hurt.") == {}


def test_a_bare_councils_subject_working_on_town_works_is_the_town() -> None:
    text = "Marion will repave Locust Street next spring, the City Council decided."
    assert "Marion" in places_by_text(text)
    assert places_by_text("Sandy will lead the office, the City Council said.") == {}


def test_a_town_set_as_the_seat_of_its_county_is_a_town() -> None:
    text = "Lakeview, the seat of Lake County, lost its only grocery store to a fire on Sunday."
    assert_place_near(text, "Lakeview", "USA", 42.19, -120.35)


def test_a_teams_nickname_is_no_demonym_and_a_big_city_keeps_its_own_name() -> None:
    text = "The Rittman Indians beat Orrville 24-21 on Friday night to win the conference."
    assert places_by_text(text)["Rittman"].country == "USA"
    assert_place_near("Two tourists were hurt near Cancun.", "Cancun", "MEX", 21.17, -86.85)
