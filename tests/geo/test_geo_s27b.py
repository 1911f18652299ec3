"""Twenty-seventh session, places (local table 14's recognition misses): a town's name with a
French article elided onto a later word, a one-word possessive before a service the town runs
or vouched by a county of its sentence, a school's side in a result, and "<Town> Castle"."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.geo.landmark_towns import town_castles


def test_a_town_with_an_elided_article_is_read_whole_in_a_frame() -> None:
    text = "Volunteers from Coeur d'Alene joined the search in the hills above the river on Monday."
    assert_place_near(text, "Coeur d'Alene", "USA", 47.68, -116.78)


def test_a_country_with_an_elided_article_stays_the_country() -> None:
    places = places_by_text("Troops crossed into Cote d'Ivoire on Friday.")
    assert places["Cote d'Ivoire"].kind == "country"


def test_a_one_word_possessive_before_a_service_the_town_runs_is_the_town() -> None:
    text = "Muncie's public works department plowed the main roads first, the mayor's office said."
    assert_place_near(text, "Muncie", "USA", 40.19, -85.39)


def test_a_persons_possessive_before_a_service_is_no_town() -> None:
    text = "Trump's public works plan would cost a trillion dollars, his aides said."
    assert places_by_text(text) == {}


def test_a_county_of_the_sentence_vouches_for_a_one_word_possessive() -> None:
    text = "Gastonia's textile mills reopened after the holiday, Gaston County officials said."
    assert_place_near(text, "Gastonia", "USA", 35.26, -81.19)


def test_a_schools_side_in_a_result_names_its_town() -> None:
    text = "Muncie Central edged Anderson 51-50 on a late free throw."
    assert_place_near(text, "Muncie", "USA", 40.19, -85.39)


def test_a_castle_named_after_its_town_stands_at_the_town() -> None:
    text = "A school trip to Stirling Castle was postponed because of snow."
    assert_place_near(text, "Stirling Castle", "GBR", 56.12, -3.94)
    assert places_by_text(text)["Stirling Castle"].kind == "facility"


def test_a_castles_town_is_the_old_world_town_not_a_namesake_parish() -> None:
    text = "Jousting shows return to Warwick Castle in August."
    assert_place_near(text, "Warwick Castle", "GBR", 52.28, -1.58)


def test_a_castle_named_after_no_sizeable_old_world_town_is_no_town_castle() -> None:
    assert town_castles("Tourists lined up outside Hearst Castle on Friday.") == []
    assert town_castles("the Stirling Castle Trust met") == []
    assert town_castles("she said Great Stirling Castle was shut") == []
