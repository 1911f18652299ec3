"""Forty-fourth session (blind tables 256-261): an unplaced English noun that a mid-sized city
of a country that does not name towns in English bears ("Louisville Metro police",
"Commonwealth lawmakers in Kentucky") is the noun where the story's other places all lie in
another country; a town written with its "The" is the town whose own name has it ("The
Woodlands Township", not Woodlands, Singapore); and a landmark NER reads as a person ("near
Rathfarnham Castle") names no one whose given name its first word would be. After tables
262-267: "across" is a preposition of place ("Snow fell across Gurjaani"), and a traffic
rotary is a town's site ("at the Armdale rotary"). After tables 268-273: a longer name whose first
words are a town's own is left whole ("the San Gabriel Valley", not San, Mali). After tables
274-279: a town's name NER split after its first word is read whole ("Indian Springs Village",
not Springs, South Africa); and a compass word before a fort's name makes the town that bears
both ("North Fort Myers", not the fort read as Fort Myers)."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.geo import resolve


def test_a_metro_government_is_no_foreign_city() -> None:
    text = "Louisville Metro police said the man was found Tuesday near Shively."
    assert "Metro" not in places_by_text(text)
    assert_place_near(text, "Louisville", "USA", 38.25, -85.76)


def test_a_transit_agency_named_metro_is_no_foreign_city() -> None:
    text = "Riders on Metro Transit in Minneapolis waited an hour for buses on Monday."
    assert "Metro" not in places_by_text(text)


def test_a_states_own_name_for_itself_is_no_foreign_city() -> None:
    text = "Commonwealth lawmakers in Kentucky passed the pension bill on Thursday."
    assert "Commonwealth" not in places_by_text(text)


def test_a_noted_city_named_like_a_word_stays() -> None:
    """Guard: passes before and after the change."""
    text = "A Nice attack survivor spoke to students in Chicago on Monday."
    assert_place_near(text, "Nice", "FRA", 43.70, 7.27)


def test_a_noun_named_city_placed_by_a_preposition_stays() -> None:
    """Guard: passes before and after the change."""
    text = "The exporter ships coffee from Metro to ports near Chicago, the company said."
    assert_place_near(text, "Metro", "IDN", -5.11, 105.31)


def test_a_town_named_with_the_is_read_with_it() -> None:
    text = "The Woodlands Township board voted on Tuesday to raise the tax rate."
    assert_place_near(text, "The Woodlands Township", "USA", 30.16, -95.49)


def test_a_city_named_with_the_stays() -> None:
    """Guard: passes before and after the change."""
    text = "Officials in The Hague said the court would rule in March."
    assert_place_near(text, "The Hague", "NLD", 52.08, 4.30)


def test_a_landmark_read_as_a_person_names_no_one() -> None:
    text = (
        "Residents in Rathfarnham have objected to plans for 300 apartments near Rathfarnham "
        "Castle, and Dublin planners will decide next month."
    )
    assert_place_near(text, "Rathfarnham", "IRL", 53.30, -6.28)


def test_a_town_across_which_weather_fell() -> None:
    text = "Snow fell across Gurjaani in the Kakheti region of Georgia overnight."
    assert_place_near(text, "Gurjaani", "GEO", 41.74, 45.80)


def test_a_town_names_its_rotary() -> None:
    text = "A truck overturned at the Armdale rotary on Friday, and Halifax police closed lanes."
    assert_place_near(text, "Armdale", "CAN", 44.64, -63.63)


def test_a_town_across_which_weather_fell_already_framed() -> None:
    """Guard: passes before and after the change."""
    text = "Hail flattened vineyards across Telavi in eastern Georgia on Sunday, growers said."
    assert_place_near(text, "Telavi", "GEO", 41.92, 45.47)


def test_a_town_known_only_by_its_census_centre() -> None:
    text = "Police in Simsbury, Conn., arrested a man on Tuesday."
    start = text.index("Simsbury")
    (found,) = resolve(text, [(start, start + len("Simsbury"))])
    assert found is not None
    assert found.country == "USA" and abs(found.lat - 41.88) < 0.2


def test_a_valley_named_for_a_town_is_no_foreign_first_word() -> None:
    text = "A hospital in Duarte will add 400 jobs in the San Gabriel Valley city, officials said."
    assert "San" not in places_by_text(text)
    assert_place_near(text, "Duarte", "USA", 34.14, -117.98)


def test_a_town_whose_whole_name_ner_reads_stays_whole() -> None:
    """Guard: passes before and after the change."""
    text = "Police in San Angelo arrested a man on Tuesday."
    assert_place_near(text, "San Angelo", "USA", 31.46, -100.44)


def test_a_town_name_ner_split_after_its_first_word() -> None:
    text = (
        "Indian Springs Village council members voted on Tuesday to raise the sewer fee, the "
        "Shelby County town's clerk said."
    )
    assert "Springs Village" not in places_by_text(text)
    assert_place_near(text, "Indian Springs Village", "USA", 33.36, -86.75)


def test_a_hyphen_joined_region_keeps_its_parts() -> None:
    """Guard: passes before and after the change."""
    text = "He said other Asia-Pacific nations like Malaysia and Vietnam are also at risk."
    names = places_by_text(text)
    assert "Asia" in names and "Pacific" in names


def test_a_town_named_for_a_forts_compass_side() -> None:
    text = "Deputies said six golf carts were stolen from a mobile home park in North Fort Myers."
    assert "Fort Myers" not in places_by_text(text)
    assert_place_near(text, "North Fort Myers", "USA", 26.67, -81.88)
