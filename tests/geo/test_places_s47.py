"""Forty-seventh session. Before the first tables: islands news names without a town of their
name ("in south Trinidad", "flights to Oahu", "ferries to Gozo"), a town of the island's name
keeping its reading where the story says so ("Trinidad, Cuba"; "Trinidad" in a Bolivian story,
the island weighed by its population), an island of a town's name beside an Interstate read as
the American town, and a journey's start NER reads as an organisation ("from Fnideq to ...
Ceuta"). After tables 340-345: a unit before a town noun ("the Katsina State town"), a town
before "in" and its country or a state by another name, a given name's or stop word's town
after "in"/"at" ("Albert in the Somme", "at Same in the Kilimanjaro region", "the town of
Most"), a site named for a town of the story's country ("The New Amsterdam hospital"), a
people's border ("on the Indian border"). After tables 346-351: Persian "i" in a name ("Qala i
Naw"), a town NER runs on into its river or division ("Noordoewer on the Orange River"). After
tables 352-357: a word NER leaves before a town's name ("Little London"), a site given a town's
name before its unit ("the Tari airstrip in Hela Province"). After tables 358-363: a state
GeoNames names otherwise ("North Darfur"), a town named for its island, a mountain range
("Serra da Estrela"), Australia's state police. After tables 364-369: NER's entity ending on
"on" ("Bentiu on"), an airport read by a common noun ("Sea"), "Kazakh" as a demonym."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_trinidad_in_a_caribbean_story_is_the_island() -> None:
    text = "Residents of Debe in south Trinidad blocked the road on Tuesday to protest flooding."
    assert_place_near(text, "Trinidad", "TTO", 10.45, -61.25)


def test_a_town_of_an_islands_name_keeps_its_country() -> None:
    assert (
        places_by_text("Police in Trinidad, Cuba, arrested two men.")["Trinidad"].country == "CUB"
    )


def test_hawaiian_islands_are_places() -> None:
    text = "Hotels on Maui reopened on Friday, and flights to Oahu resumed."
    assert_place_near(text, "Oahu", "USA", 21.47, -157.98)


def test_mediterranean_islands_are_places() -> None:
    places = places_by_text("Ferries to Gozo and Lesbos were cancelled because of the storm.")
    assert places["Gozo"].country == "MLT"
    assert places["Lesbos"].country == "GRC"


def test_a_journeys_start_is_a_town_where_its_end_lies_near() -> None:
    text = (
        "Dozens of teenagers tried to swim from Fnideq to the Spanish enclave of Ceuta on "
        "Saturday, and the coast guard pulled them out, officials said."
    )
    assert places_by_text(text)["Fnideq"].country == "MAR"


def test_a_degree_from_a_university_stays_no_place() -> None:
    assert "Harvard" not in places_by_text(
        "She earned a degree from Harvard to the surprise of all."
    )


def test_an_island_a_town_shares_its_name_with_yields_to_the_storys_country() -> None:
    text = "Rain in Bolivia's Beni department closed the airport at Trinidad, the regional capital."
    assert places_by_text(text)["Trinidad"].country == "BOL"


def test_a_unit_before_a_town_noun_is_where_the_town_lies() -> None:
    text = "The emir of Daura opened a school in the Katsina State town on Monday."
    assert_place_near(text, "Daura", "NGA", 13.03, 8.32)
    assert places_by_text(text)["Katsina"].country == "NGA"


def test_a_town_before_in_and_its_country() -> None:
    text = "Olive growers in Siwa in Egypt's Western Desert began the harvest on Monday."
    assert_place_near(text, "Siwa", "EGY", 29.2, 25.52)


def test_a_town_before_in_and_a_state_by_another_name() -> None:
    text = "Clan leaders in Rumaitha in Muthanna province signed a truce on Sunday."
    assert_place_near(text, "Rumaitha", "IRQ", 31.53, 45.2)


def test_a_given_names_town_after_in_and_before_its_unit() -> None:
    text = "A bakery in Albert in the Somme will take on 40 staff next year."
    assert_place_near(text, "Albert", "FRA", 50.0, 2.65)


def test_a_stop_words_town_after_at_and_before_its_region() -> None:
    text = "Floods cut the highway at Same in the Kilimanjaro region on Friday."
    assert_place_near(text, "Same", "TZA", -4.07, 37.73)


def test_a_stop_words_town_announced_by_town_of() -> None:
    text = "A tram derailed in the north Bohemian town of Most on Friday, police said."
    assert_place_near(text, "Most", "CZE", 50.5, 13.64)


def test_a_site_named_for_a_town_of_the_storys_country() -> None:
    text = (
        "The New Amsterdam hospital in Berbice added twenty beds on Monday, and the ministry "
        "said fewer patients would be sent to Georgetown."
    )
    assert_place_near(text, "New Amsterdam", "GUY", 6.25, -57.52)


def test_a_peoples_border_says_nothing_of_which_side() -> None:
    text = (
        "Customs officers in Jaleshwar on the Indian border seized smuggled fertiliser on "
        "Monday, officials in Mahottari district said."
    )
    assert places_by_text(text)["Jaleshwar"].country == "NPL"


def test_a_persian_joiner_inside_a_towns_name() -> None:
    text = "Cholera killed six people in Qala i Naw in Badghis province, the ministry said."
    assert_place_near(text, "Qala i Naw", "AFG", 34.99, 63.13)


def test_a_town_run_on_into_its_river_by_ner() -> None:
    text = "Grape farmers at Noordoewer on the Orange River said on Monday that picking had begun."
    assert_place_near(text, "Noordoewer", "NAM", -28.72, 17.62)


def test_a_town_run_on_into_its_division_by_ner() -> None:
    text = "Farmers around Mundemba in Ndian Division say elephants have eaten their crops."
    assert_place_near(text, "Mundemba", "CMR", 4.95, 8.87)


def test_a_word_ner_leaves_before_a_towns_name_completes_it() -> None:
    text = "Westmoreland parish council will rebuild the bridge in Little London after the floods."
    assert_place_near(text, "Little London", "JAM", 18.25, -78.22)


def test_a_direction_before_a_city_stays_its_part() -> None:
    assert places_by_text("Crime fell in West London last year.")["West London"].country == "GBR"


def test_a_site_given_a_towns_name_before_in_and_its_unit() -> None:
    text = "The Kundiawa airstrip in Chimbu Province will close for repairs next month."
    assert places_by_text(text)["Kundiawa"].country == "PNG"


def test_an_institutions_clinic_before_its_state_is_no_town() -> None:
    assert "Harvard" not in places_by_text("He runs the Harvard clinic in Massachusetts.")


def test_a_state_named_otherwise_than_geonames_holds_its_towns() -> None:
    text = "A convoy reached Kebkabiya in North Darfur on Sunday with seed for farmers."
    assert_place_near(text, "Kebkabiya", "SDN", 13.65, 24.08)


def test_a_town_named_for_its_island_before_its_province() -> None:
    text = "A new clinic on Samarai island in Milne Bay will open next year."
    assert_place_near(text, "Samarai", "PNG", -10.61, 150.66)


def test_a_mountain_range_keeps_a_small_town_beside_it() -> None:
    text = (
        "Crews put out a scrub fire near Oliveira do Hospital on Monday, the second this "
        "month in the Serra da Estrela foothills."
    )
    assert_place_near(text, "Oliveira do Hospital", "PRT", 40.36, -7.86)


def test_an_australian_state_police_force_places_a_town() -> None:
    text = "A car was set alight on Tuesday night in Wallsend, and NSW Police said it was arson."
    assert places_by_text(text)["Wallsend"].country == "AUS"


def test_a_town_ner_runs_on_into_the_word_after_it() -> None:
    text = "Floodwater broke through a dyke around Bentiu on Monday, aid agencies said."
    assert_place_near(text, "Bentiu", "SSD", 9.26, 29.8)


def test_a_sentences_opening_common_noun_is_no_airport() -> None:
    text = "Sea erosion has swallowed the coast road at Keta, the district assembly said."
    assert "Sea" not in places_by_text(text)


def test_a_peoples_own_name_places_a_town_in_its_country() -> None:
    text = "Priozersk, on the shore of the lake, will get a new hospital, Kazakh officials said."
    assert places_by_text(text)["Priozersk"].country == "KAZ"
