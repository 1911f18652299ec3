"""Forty-third session (blind tables 226-231): "the borough of X" calls X a town, as "the town
of X" does, though X is a common word NER reads as an organisation ("The borough of Export");
NER's person tag does not count after the nouns of a town's own people and streets ("told
residents of Shirley to boil their water", where a county of the sentence holds the town); a
state named as a line or border places the towns just beyond it in the story's region
("around Tulelake near the Oregon line"); and a town opening its sentence inside its own event's
name is read there too ("Whitstable Oyster Festival returns", "Cowes Week opens")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_the_borough_of_a_common_word_is_that_town() -> None:
    text = (
        "The borough of Export will repave Washington Avenue, and Westmoreland County will pay "
        "half."
    )
    assert_place_near(text, "Export", "USA", 40.42, -79.63)


def test_no_person_has_residents() -> None:
    text = (
        "Officers told residents of Shirley to boil their water after a main broke, Middlesex "
        "County health officials said."
    )
    assert_place_near(text, "Shirley", "USA", 42.54, -71.65)


def test_a_street_named_for_a_person_after_residents_of_is_no_town() -> None:
    """Guard: passes before and after the change."""
    text = (
        "Residents of Shirley Avenue complained about the noise, Middlesex County officials said."
    )
    assert not any(name.startswith("Shirley") for name in places_by_text(text))


def test_a_town_just_beyond_a_state_line_the_story_names() -> None:
    text = "Irrigators around Tulelake near the Oregon line said on Friday that the canal ran dry."
    assert_place_near(text, "Tulelake", "USA", 41.96, -121.48)


def test_a_town_opening_its_events_name_at_the_head_of_a_sentence() -> None:
    text = (
        "Whitstable Oyster Festival returns in July, and Canterbury City Council said trains from "
        "Faversham would be busy."
    )
    assert_place_near(text, "Whitstable", "GBR", 51.36, 1.03)
    text = (
        "Cowes Week opens on Saturday, and the Isle of Wight Council said ferries from "
        "Southampton would be full."
    )
    assert_place_near(text, "Cowes", "GBR", 50.76, -1.30)


def test_a_linked_town_name_ending_in_a_saints_abbreviation() -> None:
    text = "A Marine on St. Croix woman won the pie contest at the fair, Washington County said."
    assert_place_near(text, "Marine on St. Croix", "USA", 45.20, -92.77)


def test_a_county_in_the_apposition_outranks_a_river_of_several_states() -> None:
    text = (
        "The small city of Glenview, on a bluff above the Ohio River in Jefferson County, hired a "
        "new clerk."
    )
    assert_place_near(text, "Glenview", "USA", 38.31, -85.65)


def test_a_state_in_the_apposition_still_decides_before_its_rivers() -> None:
    """Guard: passes before and after the change."""
    text = (
        "Cairo, at the southern tip of Illinois where the Ohio meets the Mississippi, is shrinking."
    )
    assert_place_near(text, "Cairo", "USA", 37.01, -89.18)


def test_an_island_towns_whole_name() -> None:
    text = "Fishermen on Deer Isle hauled their boats out early as the gale built."
    assert_place_near(text, "Deer Isle", "USA", 44.22, -68.68)


def test_the_first_part_of_a_states_name_places_its_towns() -> None:
    text = "A mining firm said it would drill near Buchans in central Newfoundland next summer."
    assert_place_near(text, "Buchans", "CAN", 48.82, -56.86)


def test_a_framed_name_opening_with_an_accented_capital() -> None:
    text = "Police closed roads around Šilutė in western Lithuania after the river rose."
    assert_place_near(text, "Šilutė", "LTU", 55.35, 21.48)


def test_a_towns_site_after_the_article_opening_its_sentence() -> None:
    text = "The Red Creek library in Wayne County will close for repairs in May."
    assert_place_near(text, "Red Creek", "USA", 43.25, -76.72)
    assert_place_near(text, "Wayne County", "USA", 43.14, -77.10)


def test_a_towns_event_after_lower_case_words_keeps_its_town() -> None:
    """Guard: passes before and after the change."""
    text = (
        "Organisers of the Corbridge show say a record number of sheep have been entered, in the "
        "Tyne Valley village west of Hexham."
    )
    assert_place_near(text, "Corbridge", "GBR", 54.97, -2.02)


def test_californias_fire_agency_places_its_story() -> None:
    places = places_by_text("Cal Fire crews contained a grass fire near Potrero on Tuesday.")
    assert "Cal" not in places
    assert_place_near(
        "CAL FIRE crews stopped a fire near Campo on Wednesday.", "Campo", "USA", 32.61, -116.47
    )


def test_a_name_opening_with_a_given_name_that_ner_reads_as_no_person() -> None:
    text = "Smoke from a house fire in Otis Orchards, east of Spokane, closed a road on Monday."
    assert_place_near(text, "Otis Orchards", "USA", 47.71, -117.08)


def test_a_linked_name_opening_with_hyphen_joined_words() -> None:
    text = "Trucks waited at Channel-Port aux Basques for the evening ferry to North Sydney."
    assert_place_near(text, "Channel-Port aux Basques", "CAN", 47.57, -59.14)
    assert_place_near(text, "North Sydney", "CAN", 46.21, -60.25)


def test_a_town_apposed_to_a_described_kind_of_town() -> None:
    text = (
        "Big surf shut the beaches of Pichilemu, the Chilean surf town south of Santiago, for a "
        "third day."
    )
    assert_place_near(text, "Pichilemu", "CHL", -34.38, -72.00)


def test_a_towns_pier_after_the_article_opening_its_sentence() -> None:
    text = (
        "The Cayucos pier will reopen to anglers on Friday, San Luis Obispo County officials said."
    )
    assert_place_near(text, "Cayucos", "USA", 35.44, -120.89)
