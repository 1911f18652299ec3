"""Thirty-ninth session (blind tables 118-123 and the misses of 103-117): a British or Irish
county-sized unit or named region places a story as a county does ("Paignton Zoo ..., the Torbay
charity said"; "the fells above Ambleside ... the Lake District"); a town opens its grammar
school's, academy's, valley hospital's, area school board's, festival's and show's names ("Ripon
Grammar School", "Sonoma Valley Hospital", "the Kutztown Folk Festival"), also after "The" ("The
Perth General Hospital"); a town's own body after its name is the town's ("The Pound town
council", "Rector firefighters"), a common word's too where a county of the sentence holds it;
a town's own name may hold an institution's word ("Annapolis Royal") or a French particle ("Lac
du Bonnet"); a town is set in apposition as "a Wyoming County village at ..." or "in
Connecticut's northwest corner"; a sentence's opening name that it calls "the Latah County town"
is that town; a city known by another name is taken in a named country from 20,000 people
("near Samcheok"); and a county whose own name opens with "County" is found ("County Durham").
After tables 124-126:
a British nation's police force or public body places a story in that nation ("Gwent Police",
"CalMac"), a town of unknown size in the gazetteer may be a framed town's reading, and a town
opens its free public library's name ("the Dexter Free Public Library", no newspaper's). After
tables 127-129: a town crowds fill is in a weak frame ("Tourists crowded Melgar"). After tables
130-132: a town joined by "upon" is found whole ("Upton upon Severn"), a town opens its castle's
name ("Harlech Castle"), and a seat of unknown size lies in a named country as a sizeable town."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_british_unit_or_region_places_a_framed_town() -> None:
    text = "Paignton Zoo will open a new gorilla house next spring, the Torbay charity said."
    assert_place_near(text, "Paignton", "GBR", 50.44, -3.57)
    text = (
        "Stranded walkers were brought down from the fells above Ambleside, as heavy rain"
        " swept across the Lake District."
    )
    assert_place_near(text, "Ambleside", "GBR", 54.43, -2.96)


def test_a_town_opens_its_schools_and_hospitals_names() -> None:
    text = "Ripon Grammar School will build a new sports hall, North Yorkshire Council said."
    assert_place_near(text, "Ripon", "GBR", 54.14, -1.53)
    text = "Kendal Academy will open a sixth form next year, Cumbria County Council said."
    assert_place_near(text, "Kendal", "GBR", 54.33, -2.75)
    text = "Sonoma Valley Hospital will add ten beds, Sonoma County supervisors said."
    assert_place_near(text, "Sonoma", "USA", 38.29, -122.46)
    text = "The Perth General Hospital will open a new wing, Lanark County officials said."
    assert_place_near(text, "Perth", "CAN", 44.9, -76.25)


def test_a_town_opens_its_school_boards_festivals_and_shows_names() -> None:
    text = "The Mars Area School Board voted to start classes later, parents in Butler County said."
    assert_place_near(text, "Mars", "USA", 40.7, -80.01)
    text = "The Kutztown Folk Festival drew large crowds this weekend, Berks County officials said."
    assert_place_near(text, "Kutztown", "USA", 40.52, -75.78)
    text = (
        "The John Smith Memorial fair drew large crowds this weekend, Berks County officials said."
    )
    assert "John" not in places_by_text(text)


def test_a_towns_own_body_names_the_town() -> None:
    text = "The Pound town council voted to ask Wise County to help run its water plant."
    assert_place_near(text, "Pound", "USA", 37.12, -82.6)
    text = "Rector firefighters fought a barn fire for six hours, Clay County officials said."
    assert_place_near(text, "Rector", "USA", 36.26, -90.29)


def test_a_towns_own_name_may_hold_an_institution_word_or_a_particle() -> None:
    text = "The ferry to Annapolis Royal was cancelled on Monday, the Nova Scotia government said."
    assert_place_near(text, "Annapolis Royal", "CAN", 44.74, -65.52)
    text = "Lac du Bonnet's council voted to build a new arena on the Winnipeg River."
    assert_place_near(text, "Lac du Bonnet", "CAN", 50.25, -96.06)


def test_a_town_set_in_apposition_by_its_county_or_state() -> None:
    text = "Castile, a Wyoming County village at the edge of the gorge, will build a fire hall."
    assert_place_near(text, "Castile", "USA", 42.63, -78.05)
    text = "Canaan, in Connecticut's northwest corner, will hold its railroad festival on Saturday."
    assert_place_near(text, "Canaan", "USA", 42.03, -73.33)


def test_a_sentences_opening_name_it_calls_a_county_town_is_that_town() -> None:
    text = "Potlatch will get a new library after the Latah County town won a state grant."
    assert_place_near(text, "Potlatch", "USA", 46.92, -116.9)


def test_a_common_word_tagged_a_person_is_the_town_of_the_county_beside() -> None:
    text = "A flood warning was issued for Fossil on Tuesday, and Wheeler County opened a shelter."
    assert_place_near(text, "Fossil", "USA", 45.0, -120.22)


def test_a_city_by_another_name_in_a_named_country() -> None:
    text = "Fishing boats sheltered near Samcheok as the typhoon neared South Korea's east coast."
    assert_place_near(text, "Samcheok", "KOR", 37.44, 129.17)


def test_a_county_whose_own_name_opens_with_county_is_found() -> None:
    text = "Floods closed roads across County Durham on Sunday, police said."
    assert_place_near(text, "County Durham", "GBR", 54.71, -1.68)


def test_a_british_nations_force_or_body_places_a_framed_town() -> None:
    text = "Firefighters were called to a shop fire in Ystrad Mynach on Monday, Gwent Police said."
    assert_place_near(text, "Ystrad Mynach", "GBR", 51.64, -3.24)
    text = "Sailings between Mallaig and Armadale were cancelled on Friday, CalMac said."
    assert_place_near(text, "Mallaig", "GBR", 57.0, -5.83)


def test_a_town_opens_its_free_public_librarys_name() -> None:
    text = "The Dexter Free Public Library will close for a month, the Penobscot County town said."
    assert_place_near(text, "Dexter", "USA", 45.02, -69.29)
    assert places_by_text("Editors at the Detroit Free Press said the paper would cut jobs.") == {}


def test_a_town_crowds_fill_is_framed() -> None:
    text = "Tourists crowded Melgar over the holiday weekend, Colombian officials said."
    assert_place_near(text, "Melgar", "COL", 4.2, -74.64)


def test_a_town_joined_by_upon_is_found_whole() -> None:
    text = "Floodwater closed the old bridge at Upton upon Severn on Monday, the council said."
    assert_place_near(text, "Upton upon Severn", "GBR", 52.06, -2.22)


def test_a_town_opens_its_castles_name() -> None:
    text = "Harlech Castle will reopen to visitors next month, Gwynedd council said."
    assert_place_near(text, "Harlech", "GBR", 52.86, -4.11)


def test_a_seat_of_unknown_size_in_a_named_country_is_framed() -> None:
    text = "A bus overturned near Khanewal on Friday, injuring nine people, Pakistani police said."
    assert_place_near(text, "Khanewal", "PAK", 30.3, 71.93)
