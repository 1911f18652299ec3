"""Forty-second session (blind tables 196-201): a whole town's name that NER reads as an
organisation outranks a word of it matched alone inside that organisation ("a Pike Creek Valley
woman", not the feature word "Valley"); a county GeoNames files as a town is a container
("Simcoe, Norfolk County": Ontario's single-tier county, not Massachusetts'); a town of four
hyphen-joined words is read whole ("Saint-Jean-Port-Joli", not "Saint-Jean"); a town whose own
name ends in "'s" keeps it where it owns nothing ("at St. John's on Friday"), though not before a
noun it owns ("St. Paul's mayor") nor where an institution bears the name; "the Orange County
hamlet" describes its opening town; and "Victorian" before the state's own bodies ("the
Victorian government") places a story in Victoria, Australia, where the era's word does not.
After tables 202-213: an air station the gazetteer files is read by its name ("RAF Coningsby");
a town in one sentence with a bay lies by it ("in Villas ... as Delaware Bay rose"); NER's
organisation running a town into "on" and its holder ("Robe on South Australia's Limestone
Coast") is no organisation's; a longer name written without its accents is the town's own
("Ramnicu Valcea"); a name whose words a lower-case link joins is read whole ("Kyle of
Lochalsh"); and a town's own "The" is part of its span ("in The Pinery"). After tables 214-219:
a town followed by "in" a region of the gazetteer's hand table that it lies in is that town
("Corrigin in the Wheatbelt"), and an English village's "parish council" is a town's body.
After tables 220-225: a landmark's name running on into a town's is the town ("a woman from Log
Lane Village", no lane); a town's first word NER tags a number is part of it ("a Half Moon Bay
woman", not Somalia's "Bay"); and a British county after "in" holds the town before it ("Mere in
Wiltshire")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_whole_town_name_outranks_a_word_of_it_read_inside_an_organisation() -> None:
    text = (
        "Police said a Pike Creek Valley man was charged on Tuesday after a crash on Limestone "
        "Road near Wilmington."
    )
    assert_place_near(text, "Pike Creek Valley", "USA", 39.73, -75.70)


def test_a_county_filed_as_a_town_holds_its_towns() -> None:
    text = "The junior team will play its home games in Simcoe, Norfolk County said on Monday."
    assert_place_near(text, "Simcoe", "CAN", 42.83, -80.30)


def test_a_town_of_four_hyphen_joined_words_is_read_whole() -> None:
    text = "Carvers from across Quebec came to Saint-Jean-Port-Joli for the summer show."
    assert_place_near(text, "Saint-Jean-Port-Joli", "CAN", 47.21, -70.27)


def test_a_towns_own_possessive_name_where_it_owns_nothing() -> None:
    text = "The ferry from St. John's was cancelled on Friday because of the storm."
    assert_place_near(text, "St. John's", "CAN", 47.56, -52.71)
    text = "The locks at St. Peter's on Cape Breton Island will reopen in May."
    assert_place_near(text, "St. Peter's", "CAN", 45.66, -60.87)


def test_a_possessive_before_what_it_owns_stays_a_possessive() -> None:
    """Guard: passes before and after the change."""
    place = places_by_text("St. Paul's mayor will visit the plant on Tuesday.")["St. Paul"]
    assert place.lat is not None and 44 < place.lat < 46


def test_a_hamlet_described_later_in_its_sentence() -> None:
    text = (
        "The Pine Bush wrestling team beat Goshen 40-21 on Friday night, and the Orange County "
        "hamlet's fans packed the gym."
    )
    assert_place_near(text, "Pine Bush", "USA", 41.61, -74.30)


def test_the_victorian_government_places_a_story_in_victoria() -> None:
    text = "The Victorian government will rebuild the hospital in Mortlake next year."
    assert_place_near(text, "Mortlake", "AUS", -38.08, 142.81)


def test_a_victorian_building_is_no_state() -> None:
    """Guard: the era's word places nothing (passes before and after the change)."""
    places = places_by_text("The Victorian mansion in Mortlake was sold on Friday.")
    assert places["Mortlake"].country == "GBR"


# After tables 202-213.


def test_an_air_station_named_for_its_village() -> None:
    text = "Typhoon jets took off from RAF Coningsby on Monday for a NATO exercise."
    assert_place_near(text, "RAF Coningsby", "GBR", 53.09, -0.17)


def test_a_town_and_a_bay_in_one_sentence_lie_together() -> None:
    text = (
        "High tides flooded streets in Villas on Tuesday as Delaware Bay rose over the bulkheads."
    )
    assert_place_near(text, "Villas", "USA", 39.03, -74.94)


def test_a_town_and_its_holder_read_as_one_organisation() -> None:
    text = "The mayor of Robe on South Australia's Limestone Coast said rents had risen."
    assert_place_near(text, "Robe", "AUS", -37.16, 139.76)


def test_a_longer_name_written_without_its_accents() -> None:
    text = "Police in Ramnicu Valcea arrested two men on Friday."
    assert_place_near(text, "Ramnicu Valcea", "ROU", 45.10, 24.37)


def test_a_town_whose_words_a_lower_case_link_joins() -> None:
    text = "Police in Kyle of Lochalsh closed the road on Sunday."
    assert_place_near(text, "Kyle of Lochalsh", "GBR", 57.28, -5.71)


def test_a_towns_own_article_is_part_of_its_span() -> None:
    text = "Deputies in The Pinery found the stolen car on Monday."
    assert_place_near(text, "The Pinery", "USA", 39.46, -104.73)


# After tables 214-219.


def test_a_town_in_the_region_named_after_it() -> None:
    text = "Shearers around Corrigin in the Wheatbelt said the frost cut yields by half."
    assert_place_near(text, "Corrigin", "AUS", -32.33, 117.87)


def test_an_english_villages_parish_council() -> None:
    text = "Yoxall parish council will ask Staffordshire County Council for a new crossing."
    assert_place_near(text, "Yoxall", "GBR", 52.77, -1.79)


# After tables 220-225.


def test_a_landmarks_name_running_on_into_a_towns() -> None:
    text = "Deputies said a woman from Log Lane Village was hurt in a crash near Brush on Friday."
    assert_place_near(text, "Log Lane Village", "USA", 40.27, -103.83)


def test_a_towns_first_word_ner_tagged_a_number() -> None:
    text = "A Half Moon Bay woman won the pumpkin weigh-off on Monday."
    assert_place_near(text, "Half Moon Bay", "USA", 37.46, -122.43)


def test_a_town_in_the_english_county_holding_it() -> None:
    text = "Police closed the A30 near Mere in Wiltshire after a crash on Monday."
    assert_place_near(text, "Mere", "GBR", 51.09, -2.27)
