"""Forty-eighth session. After tables 370-375: Greece's former prefectures by their English
names ("drought in Laconia"), Guyana's coasts and rivers and Jamaica's harbour ("Paradise, East
Coast Demerara", "the Potaro River", "Kingston Harbour"), a container of three words or a
region of one country ("Victoria, Gozo's capital"), the owner of a possessive after "in"
("Alexandria, in northern Greece's Imathia region") holding a town known by the name only as
another name, a province filed below the first level holding the towns near it ("Concepcion,
Tarlac province"), the South Slavic "dj" ("Arandjelovac"), "the Turkestan region". After tables
376-381: the Maritime provinces' counties and British Columbia's, Quebec's and Newfoundland's
regions ("The Lunenburg County village of Chester", "the West Kootenay city"), an apposition
calling the name a town ("Tonga, a town in ... Cameroon"), a town known by another name placed
by its bearing from another ("Dzerzhinsk, south-west of Minsk"). After tables 382-387: a
South Asian dateline with its date ("DARCHULA, March 3:") or a colon ("Dwarka: ..."), regions
of India's Punjab ("the Malwa district"), hyphenated syllables joined ("Muse" for Mu-se),
Scotland's health boards ("NHS Lanarkshire"), an apposition naming the town's people ("Bella
Vista, a Paraguayan town"), an island's possessive after "on" ("Georgetown, on St Vincent's
windward coast"). After tables 388-393: a name the text calls a village whatever NER made of it
("Tala, a hillside village above Paphos"), a town on a stretch of an island's coast ("Sili, on
the south coast of Savai'i"), South Australia's wine valleys ("the Barossa"). A region named
before the unit holding it is no container ("Tamworth, in the New England region of New South
Wales"); a region of one state holds its towns far from its point ("the Texas Panhandle")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.geo import resolve


def test_a_greek_prefecture_by_its_english_name_places_its_town() -> None:
    text = (
        "Olive growers blocked the main road into Sparta with tractors on Monday, demanding "
        "compensation from the Greek government for a harvest ruined by drought in Laconia."
    )
    places = places_by_text(text)
    assert places["Laconia"].country == "GRC"
    assert_place_near(text, "Sparta", "GRC", 37.07, 22.43)


def test_a_harbour_places_its_village() -> None:
    text = (
        "Fishermen in Port Royal say dredging in Kingston Harbour has driven snapper away from "
        "their usual grounds."
    )
    assert_place_near(text, "Port Royal", "JAM", 17.94, -76.84)


def test_a_guyanese_river_places_its_mining_town() -> None:
    text = "Gold miners in Mahdia say heavy rain has turned the road to the Potaro River to mud."
    assert_place_near(text, "Mahdia", "GUY", 5.27, -59.15)


def test_a_container_of_three_words() -> None:
    text = "A fire destroyed a house at Paradise, East Coast Demerara, on Monday night."
    assert_place_near(text, "Paradise", "GUY", 6.76, -58.0)


def test_an_islands_capital() -> None:
    text = "Shops in Victoria, Gozo's capital, will stay open until midnight on Friday."
    assert_place_near(text, "Victoria", "MLT", 36.04, 14.24)


def test_a_possessive_country_after_in_holds_a_town_of_another_name() -> None:
    text = (
        "Peach growers in Alexandria, in northern Greece's Imathia region, dumped fruit outside "
        "the town hall on Tuesday."
    )
    assert_place_near(text, "Alexandria", "GRC", 40.63, 22.44)


def test_a_province_filed_below_the_first_level_holds_its_towns() -> None:
    text = "Gunmen shot dead a village chief in Concepcion, Tarlac province, north of Manila."
    assert_place_near(text, "Concepcion", "PHL", 15.33, 120.66)


def test_the_south_slavic_dj() -> None:
    text = "Workers at a bottling plant in Arandjelovac, a spa town south of Belgrade, struck."
    assert_place_near(text, "Arandjelovac", "SRB", 44.31, 20.56)


def test_the_turkestan_region() -> None:
    text = "Cotton growers around Zhetisay in the Turkestan region said water was short."
    assert_place_near(text, "Zhetisay", "KAZ", 40.78, 68.33)


def test_a_nova_scotia_county_places_its_village() -> None:
    text = (
        "The Lunenburg County village of Chester will get a new wharf after Ottawa approved "
        "$3.1 million for small craft harbours in Nova Scotia on Thursday."
    )
    places = places_by_text(text)
    assert places["Lunenburg County"].country == "CAN"
    assert_place_near(text, "Chester", "CAN", 44.54, -64.24)


def test_the_kootenays_place_a_british_columbia_city() -> None:
    text = (
        "Nelson city council will ask voters to borrow $8 million for a new fire hall, after "
        "the West Kootenay city's building failed a seismic check."
    )
    assert_place_near(text, "Nelson", "CAN", 49.49, -117.29)


def test_an_apposition_calling_the_name_a_town() -> None:
    text = (
        "Cocoa buyers in Tonga, a town in the Nde division of Cameroon's West region, said heavy "
        "rains had cut the crop."
    )
    assert_place_near(text, "Tonga", "CMR", 4.97, 10.7)


def test_a_town_of_another_name_placed_by_its_bearing() -> None:
    text = "Belarus opened a dairy plant in Dzerzhinsk, south-west of Minsk, on Friday."
    assert_place_near(text, "Dzerzhinsk", "BLR", 53.68, 27.13)


def test_a_region_named_before_its_unit_is_no_container() -> None:
    text = "Tamworth, in the New England region of New South Wales, is hosting its music festival."
    assert_place_near(text, "Tamworth", "AUS", -31.09, 150.93)


def test_a_dateline_with_its_date() -> None:
    text = "DARCHULA, March 3: The suspension bridge over the Mahakali reopened on Monday."
    assert_place_near(text, "DARCHULA", "NPL", 29.83, 80.55)


def test_a_dateline_with_a_colon() -> None:
    text = "Dwarka: More than two lakh pilgrims are expected in the temple town for Janmashtami."
    assert_place_near(text, "Dwarka", "IND", 22.24, 68.97)


def test_a_colon_after_a_word_is_no_dateline() -> None:
    assert "Update" not in places_by_text("Update: The council met on Monday in Leeds.")


def test_a_region_of_punjab_places_its_town() -> None:
    text = (
        "Cotton growers in Mansa say pink bollworm has damaged the crop, and a university has "
        "sent a team of entomologists to the Malwa district."
    )
    assert_place_near(text, "Mansa", "IND", 29.99, 75.39)


def test_hyphenated_syllables_joined() -> None:
    text = "Trucks lined up for miles at Muse, the Shan State town on the Chinese border."
    assert_place_near(text, "Muse", "MMR", 23.99, 97.9)


def test_a_scottish_health_board_places_its_town() -> None:
    text = "A new health centre will open in Blantyre next spring, NHS Lanarkshire said."
    assert_place_near(text, "Blantyre", "GBR", 55.8, -4.09)


def test_an_apposition_naming_the_towns_people() -> None:
    text = (
        "Police seized 12 tonnes of marijuana at a ranch outside Bella Vista, a Paraguayan town "
        "on the Apa river."
    )
    assert_place_near(text, "Bella Vista", "PRY", -22.13, -56.52)


def test_an_islands_possessive_after_on() -> None:
    text = "Vendors in Georgetown, on St Vincent's windward coast, moved back into the market."
    assert_place_near(text, "Georgetown", "VCT", 13.28, -61.12)


def test_a_region_of_one_state_holds_its_towns() -> None:
    text = "Hereford, the feedlot capital of the Texas Panhandle, is short of truck drivers."
    (place,) = resolve(text, [(0, 8)])
    assert place is not None and place.country == "USA"
    assert abs(place.lat - 34.82) < 1.0 and abs(place.lon + 102.4) < 1.0


def test_a_name_called_a_village_whatever_its_tag() -> None:
    text = (
        "Residents of Tala, a hillside village above Paphos, have asked the district officer to "
        "stop lorries from a quarry using the road past the school."
    )
    assert_place_near(text, "Tala", "CYP", 34.84, 32.43)


def test_a_town_on_an_islands_coast() -> None:
    text = (
        "Farmers in Sili, on the south coast of Savai'i, say the river that feeds the village "
        "hydro scheme has run low for weeks."
    )
    assert_place_near(text, "Sili", "WSM", -13.75, -172.4)


def test_a_wine_valley_places_its_town() -> None:
    text = (
        "Winemakers in Clare say the riesling harvest will be down by a third after spring "
        "frosts, though growers in the Barossa to the south escaped with little damage."
    )
    assert_place_near(text, "Clare", "AUS", -33.83, 138.61)


def test_a_headlines_speaker_is_no_dateline() -> None:
    text = (
        "Rubio: I Still Believe Trump Can't Be Trusted with the Codes.\n\n"
        "Marco Rubio still believes that the nominee is unfit, he told reporters on Thursday."
    )
    assert "Rubio" not in places_by_text(text)
