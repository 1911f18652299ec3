"""Forty-first session (blind tables 166-171): a name followed by "in" a state or country that
holds a town of the name is that town ("Ouyen in Victoria's Mallee", "Cuero in south Texas",
"Woodend in North Canterbury"), but
not a lone surname NER reads as a person ("Sanders beat Clinton in Michigan") nor the end of a
hyphen-joined name, and "on" reads only a state's own part ("on Western Australia's coast", not
"at Winona on the Mississippi"); a county with its unit word that NER reads as a people is the
county ("the Rapides Parish town"); a number word opens a town's name ("the Six Mile town
council"); an American town board or village board places its town in the United States; a
hyphenated Michigan trunkline ("M-24") places a story in Michigan; a possessive opening a
sentence is the town whose county school the sentence names; a nation's capital takes its bare
name from a sizeable namesake abroad that only the story's country favoured ("Washington and
London"), and two capitals are never read as a pair of small namesakes. After tables 172-177: a
town of several words joined by a hyphen is read whole ("Happy Valley-Goose Bay", not Somalia's
"Bay"), a town on the river, island or peninsula named right after it is that town ("Robinvale
on the Murray River", "Baddeck on Cape Breton Island"), and ", on Chile's Chiloe island" holds
the town before it. The gazetteer's hand table gains regions local news names that it lacked
(Labrador, the Wairarapa, the Farne Islands, the Strait of Canso, Lochaber, Cache Valley, Chiloe,
Turnagain Arm, the Shuswap, Kinver Edge). After tables 178-189: a whole run of capitalised words
that is a town's own name is that town where it ends in a town's word ("Mammoth Lakes", "Dallas
Center", "Ridge Spring"; not "the Dallas Center for the Performing Arts") or where NER read only
its first words as a place ("St Columb Major", had been Sete); a side's team named by its town's
possessive is a result's side ("Beecher's soccer team beat Peotone 3-1"); and a sentence may
describe its opening town with a lower-case word before "town" ("the Adams County farm town").
After tables 190-195: a possessive opening a sentence before a town's yearly event is the town a
county of the sentence holds, though NER reads the name as a person's ("Lyle's harvest
festival ..., and Mower County deputies"); "the St. Louis County town" describes its opening
town; a result may be "rolled past" ("Meadow rolled past Loop 48-6"); a holder may follow two
compass words and run to three words ("Trundle in central west New South Wales"); and a town
lies "on the shore of" its lake ("Drumnadrochit on the shore of Loch Ness")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_in_the_state_holding_it() -> None:
    text = "Volunteers worked through the night to save Ouyen in Victoria's Mallee from the fire."
    assert_place_near(text, "Ouyen", "AUS", -35.07, 142.32)
    text = "The feed mill in Cuero in south Texas will close in March, the owners said."
    assert_place_near(text, "Cuero", "USA", 29.09, -97.29)
    text = "A new pool will open in Woodend in North Canterbury next month, the council said."
    assert_place_near(text, "Woodend", "NZL", -43.32, 172.67)


def test_a_state_owning_a_part_after_on() -> None:
    text = "Fire crews were working to protect Green Head on Western Australia's coast on Sunday."
    assert_place_near(text, "Green Head", "AUS", -30.08, 114.96)


def test_a_person_or_a_river_is_no_holder() -> None:
    places = places_by_text("Sanders beat Clinton in Michigan on Tuesday night.")
    assert "Clinton" not in places
    text = "A tugboat sank at Onalaska on the Mississippi, the Coast Guard said."
    assert_place_near(text, "Onalaska", "USA", 43.88, -91.24)


def test_a_joined_name_is_read_whole_before_its_holder() -> None:
    text = "Crowds filled the castle in Kamianets-Podilskyi in western Ukraine on Sunday."
    places = places_by_text(text)
    assert "Kamianets-Podilskyi" in places
    assert "Podilskyi" not in places


def test_a_parish_read_as_a_people_is_the_parish() -> None:
    text = "Mound Bayou aldermen met Tuesday, and the Bolivar County town will vote on a new levy."
    assert_place_near(text, "Bolivar County", "USA", 33.8, -90.88)
    text = (
        "Pineville aldermen agreed Tuesday to fix the pumps, and the Rapides Parish town will pay."
    )
    assert_place_near(text, "Rapides Parish", "USA", 31.25, -92.45)


def test_a_number_word_opens_a_towns_name() -> None:
    places = places_by_text("The Six Mile town council will meet Thursday to choose a new clerk.")
    assert "Six Mile" in places
    assert "Mile" not in places


def test_a_town_board_is_american() -> None:
    text = "The Perth town board voted Tuesday to buy a new plow before the first snow."
    assert_place_near(text, "Perth", "USA", 43.02, -74.19)


def test_a_michigan_trunkline_places_the_story_in_michigan() -> None:
    text = (
        "Crews will close M-24 through Oxford for a month to rebuild the bridge, the village said."
    )
    assert_place_near(text, "Oxford", "USA", 42.82, -83.26)


def test_a_possessive_opening_is_the_town_of_its_county_school() -> None:
    text = (
        "Lambert's band will march in the Christmas parade, and the Quitman County school will"
        " host a dinner."
    )
    assert_place_near(text, "Lambert", "USA", 34.2, -90.28)


def test_a_capital_keeps_its_name_beside_another_capital() -> None:
    places = places_by_text("Washington and London agreed on Tuesday to share the findings.")
    assert places["Washington"].country == "USA"
    assert abs(places["Washington"].lon - -77.04) < 0.5
    assert places["London"].country == "GBR"


def test_a_namesake_town_keeps_its_neighbours() -> None:
    text = "Nissan will add jobs at its Sunderland plant and at a warehouse in Washington."
    assert places_by_text(text)["Washington"].country == "GBR"
    assert (
        places_by_text("Kingston and Toronto will share a transit grant.")["Kingston"].country
        == "CAN"
    )


def test_a_hyphen_joined_name_of_several_words_is_read_whole() -> None:
    text = "The ferry to Happy Valley-Goose Bay will resume on Monday after the storm."
    places = places_by_text(text)
    assert_place_near(text, "Happy Valley-Goose Bay", "CAN", 53.3, -60.33)
    assert "Bay" not in places


def test_a_town_on_its_river_or_island() -> None:
    text = "Almond growers near Robinvale on the Murray River lost power on Sunday after the storm."
    assert_place_near(text, "Robinvale", "AUS", -34.58, 142.77)
    text = "Volunteers in Baddeck on Cape Breton Island will rebuild the old wharf this summer."
    assert_place_near(text, "Baddeck", "CAN", 46.1, -60.75)


def test_an_apposition_on_a_states_part_holds_the_town() -> None:
    text = "A landslide cut the road out of Quellon, on Chile's Chiloé island, on Monday."
    assert_place_near(text, "Quellon", "CHL", -43.12, -73.62)


def test_regions_the_gazetteer_gained() -> None:
    text = "A blizzard closed the roads across central Labrador on Wednesday."
    assert_place_near(text, "Labrador", "CAN", 53.8, -61.5)
    text = "Farmers across the Wairarapa are short of water after a dry summer."
    assert_place_near(text, "Wairarapa", "NZL", -41.1, 175.6)
    text = "Dairy farms across Cache Valley lost power during the storm."
    assert_place_near(text, "Cache Valley", "USA", 41.75, -111.85)


def test_a_whole_run_that_is_a_towns_name() -> None:
    text = "A grass fire burned near Mammoth Lakes on Thursday before Mono County crews stopped it."
    assert_place_near(text, "Mammoth Lakes", "USA", 37.65, -118.97)
    text = (
        "The Dallas Center council will vote on the budget Monday, and the Dallas County town met."
    )
    assert_place_near(text, "Dallas Center", "USA", 41.68, -93.96)
    text = "A pharmacy in Ridge Spring will close in March, leaving Saluda County with two."
    assert_place_near(text, "Ridge Spring", "USA", 33.85, -81.66)
    text = "Crowds lined the streets in St Columb Major for the carnival, Cornwall Council said."
    assert_place_near(text, "St Columb Major", "GBR", 50.43, -4.94)
    assert "Dallas Center" not in places_by_text(
        "Tickets for the Dallas Center for the Arts sold out."
    )


def test_a_sides_team_named_by_its_towns_possessive() -> None:
    text = "Beecher's soccer team beat Peotone 3-1 on Tuesday to win the sectional."
    assert_place_near(text, "Beecher", "USA", 41.34, -87.62)


def test_a_described_town_with_a_lower_case_word() -> None:
    text = (
        "Lind's tractor pull drew a big crowd on Saturday, and organizers in the Adams County farm"
        " town said it would return."
    )
    assert_place_near(text, "Lind", "USA", 46.97, -118.62)


def test_a_towns_yearly_event_after_its_possessive() -> None:
    text = "Lyle's harvest festival returns on Sunday, and Mower County deputies will close roads."
    assert_place_near(text, "Lyle", "USA", 43.51, -92.94)
    assert "Smith" not in places_by_text(
        "Smith's harvest festival returns on Sunday, and Mower County deputies will help."
    )


def test_a_saints_county_describes_its_town() -> None:
    text = (
        "Proctor's council approved a skate park on Monday, and the St. Louis County town will pay."
    )
    assert_place_near(text, "Proctor", "USA", 46.75, -92.23)


def test_more_ways_to_win() -> None:
    text = "Meadow rolled past Loop 48-6 on Friday, and the Terry County team moves on."
    assert_place_near(text, "Meadow", "USA", 33.34, -102.21)


def test_a_holder_after_two_compass_words() -> None:
    text = (
        "Crowds are expected in Trundle in central west New South Wales for the show next weekend."
    )
    assert_place_near(text, "Trundle", "AUS", -32.92, 147.71)


def test_a_town_on_the_shore_of_its_lake() -> None:
    text = "A new ferry pier at Drumnadrochit on the shore of Loch Ness opened on Friday."
    assert_place_near(text, "Drumnadrochit", "GBR", 57.33, -4.48)
