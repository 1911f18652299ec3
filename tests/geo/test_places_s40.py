"""Fortieth session (blind tables 136-141): a town followed by "near (across ...) the X line"
lies outside state X and near it, and the story's upper-case dateline of the same name follows
it; the two sides of a result are neighbours ("Clare beat Harrison 14-7": both Michigan towns,
not Harrison, New York; "Holly beat Fenton 28-21" finds Holly); a possessive opening a sentence
is its town when the sentence calls it "the Hempstead County town" ("Hope's old mill"), when an
article opens the sentence ("A Kewanee firm ... the Henry County city") or when it owns a fair's
grounds beside its county; a town opens its "Fest" ("The Lyons Apple Fest"); "a Kalamazoo County
community" is a town's apposition; a kind of firm before "company" or "cooperative" is a
business frame ("A Seneca feed company"); a region abroad that shares a town's name is the town
beside a county holding it ("near Sardinia ... in Brown County"); and a city's other name
("Limerick City and County Council") places the towns around it (table 138's Adare). After
tables 142-147 and 148-153: a town a learned town vouches for is taken in a second pass of the
frames ("Residents of Mount Morgan ..., Rockhampton council said"), a town named beside a river
of its name is no organisation after "at" ("closed at Nipigon ... the Nipigon River"), "An" opens
no town's name ("An Onaga feed company"), and a company is its town's where a county of its
sentence holds the town ("A Reinbeck company ..., and the Grundy County board"). After tables
154-159: a place entity NER runs over a possessive is the place without it ("Cedar Bluff's town
council": Virginia's Cedar Bluff, not Nebraska's Cedar Bluffs), a sentence's "The" opens no
described town's name ("The Milbridge health clinic ..., the Washington County town said"), and
New Zealand's fire service and transport agency place their stories ("Fire and Emergency")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_near_a_state_line_lies_outside_that_state() -> None:
    text = "Police in Lebanon, across the New Hampshire line, arrested two men on Friday."
    assert_place_near(text, "Lebanon", "USA", 43.39, -70.85)


def test_the_dateline_follows_the_town_beyond_the_line() -> None:
    text = (
        "IRON RIVER — The city council in Iron River, near the Wisconsin line, voted Tuesday"
        " to repave Genesee Street."
    )
    places = places_by_text(text)
    assert abs(places["IRON RIVER"].lon - -88.64) < 0.5
    assert abs(places["Iron River"].lon - -88.64) < 0.5


def test_the_sides_of_a_result_are_neighbours() -> None:
    text = "Clare beat Harrison 14-7 on Friday night in the regional final."
    assert_place_near(text, "Harrison", "USA", 44.02, -84.8)
    text = "Holly beat Fenton 28-21 on Friday night."
    assert_place_near(text, "Holly", "USA", 42.79, -83.63)


def test_a_possessive_opening_is_the_town_its_sentence_describes() -> None:
    text = "Hope's old mill will become a museum after the Hempstead County town won a state grant."
    assert_place_near(text, "Hope", "USA", 33.67, -93.59)


def test_a_town_opens_its_fest() -> None:
    text = "The Lyons Apple Fest returns to the Wayne County village this weekend, organisers said."
    assert_place_near(text, "Lyons", "USA", 43.06, -76.99)


def test_a_county_community_is_a_towns_apposition() -> None:
    text = (
        "Climax, a Kalamazoo County community south of Battle Creek, will repave its main street."
    )
    assert_place_near(text, "Climax", "USA", 42.24, -85.33)


def test_a_kind_of_firm_before_company_frames_its_town() -> None:
    text = (
        "A Seneca feed company will add 20 jobs after buying a mill in Nemaha County, the Kansas"
        " Commerce Department said."
    )
    assert_place_near(text, "Seneca", "USA", 39.83, -96.06)


def test_an_article_may_open_the_described_towns_sentence() -> None:
    text = (
        "A Galva firm that makes grain dryers will add 30 jobs, and the Henry County city will"
        " waive its fees."
    )
    assert_place_near(text, "Galva", "USA", 41.17, -90.04)


def test_a_town_owns_its_fairgrounds_beside_its_county() -> None:
    text = (
        "Armour's fairgrounds will hold a tractor pull on Sunday, the Douglas County extension"
        " office said."
    )
    assert_place_near(text, "Armour", "USA", 43.32, -98.35)


def test_a_region_abroad_is_the_town_of_the_county_beside_it() -> None:
    text = (
        "A funnel cloud was spotted near Sardinia on Thursday, and deputies closed State Route 32"
        " in Brown County."
    )
    assert_place_near(text, "Sardinia", "USA", 39.01, -83.81)


def test_an_article_is_no_word_of_a_firms_town() -> None:
    text = "An Onaga seed company will add 25 jobs after buying a warehouse in Pottawatomie County."
    assert_place_near(text, "Onaga", "USA", 39.49, -96.17)


def test_a_company_is_its_towns_where_a_county_of_its_sentence_holds_it() -> None:
    text = (
        "A Dike company that makes trailers will add 30 jobs, and the Grundy County supervisors"
        " approved a tax break on Monday."
    )
    assert_place_near(text, "Dike", "USA", 42.46, -92.63)
    assert "Hershey" not in places_by_text("A Hershey company said it would add 40 jobs.")


def test_a_place_entity_run_over_a_possessive_is_the_place_without_it() -> None:
    text = "Cedar Bluff's mayor said the new park would open in May."
    assert_place_near(text, "Cedar Bluff", "USA", 34.22, -85.61)
    assert places_by_text("White House's staff left early on Friday.") == {}


def test_the_sentences_article_is_no_word_of_a_described_town() -> None:
    text = (
        "The Machias health clinic will add two nurses in the fall, the Washington County town"
        " said."
    )
    assert_place_near(text, "Machias", "USA", 44.72, -67.46)


def test_new_zealands_fire_service_places_its_story() -> None:
    text = "Firefighters fought a scrub fire near Coromandel overnight, Fire and Emergency said."
    assert_place_near(text, "Coromandel", "NZL", -36.76, 175.5)
