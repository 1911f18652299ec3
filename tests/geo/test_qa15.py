"""Fifteenth-session QA round (places): general causes found reading PolNeAR train, TR-News
and GeoVirus articles, each checked on short synthetic sentences."""

from __future__ import annotations

from dateline_helpers import places_by_text, places_in


def test_a_famous_city_over_a_town_the_story_does_not_place():
    got = places_by_text(
        "The president spoke in Springfield, Illinois, and later in Chicago. We are saddened by "
        "the madness of Orlando or Nice, he said."
    )
    assert got["Nice"].country == "FRA"


def test_a_big_city_over_a_small_namesake_of_a_far_state():
    text = (
        "Protesters marched in Philadelphia on Monday, mirroring the street scene last week in "
        "Cleveland, which hosted the convention. Police in Philadelphia made heavy use of bikes. "
        + "Delegates arrived from many places. "
        * 12
        + "Delegates came from Flint, Mich., and from Oregon. A teacher from El Paso, Texas, said "
        "the mood was calm."
    )
    got = places_by_text(text)
    assert got["Cleveland"].country == "USA" and got["Cleveland"].lat > 40


def test_a_town_its_state_places_nearby_stays():
    got = places_by_text(
        "The first Thanksgiving was held in Plymouth. A good harvest led Massachusetts "
        "colonists to feast."
    )
    assert got["Plymouth"].country == "USA"


def test_a_suburb_named_with_its_state_stays_local():
    got = places_by_text("Crews worked near Edmonton, a suburb of Cairns in Queensland, on Monday.")
    assert got["Edmonton"].country == "AUS"


def test_a_saints_hospital_is_no_town():
    got = places_by_text(
        "Doctors at St. Paul's Hospital in downtown Vancouver treated 30 people. Officials at "
        "St. Paul's say the night was the worst."
    )
    assert not any(t.startswith("St.") for t in got)
    assert got["Vancouver"].country == "CAN"


def test_a_side_of_a_city_lies_in_that_city():
    got = places_by_text("He will build his library on the South Side of Chicago.")
    assert got["South Side"].name == "Chicago"


def test_a_side_alone_far_from_the_storys_towns_is_unresolved():
    got = places_by_text(
        "Her family was priced out of an apartment on the Lower East Side in 2009."
    )
    assert "East Side" not in got


def test_a_suburb_lies_near_its_city():
    for text in (
        "Abdulkader, from the Cincinnati suburb of West Chester, pleaded guilty.",
        "He lives in West Chester, a suburb of Cincinnati, with his wife.",
    ):
        got = places_by_text(text)
        assert abs(got["West Chester"].lat - got["Cincinnati"].lat) < 0.5


def test_a_town_with_its_state_keeps_its_own_reading():
    got = places_by_text("He lives in West Chester, Pennsylvania, with his wife.")
    assert got["West Chester"].name == "West Chester" and got["West Chester"].lat < 40.5


def test_position_words_before_a_country_are_no_foreign_unit():
    got = places_by_text("Three people died in a caravan park in Cornwall in South West England.")
    assert "South West" not in got and got["England"].country == "GBR"


def test_a_company_named_like_a_region_is_no_place():
    got = places_by_text(
        "Stocks rose on results from the retailer Amazon. Amazon reported sales of $30 billion."
    )
    assert "Amazon" not in got


def test_the_region_with_its_article_stays():
    got = places_by_text("Fires are spreading across the Amazon, where farmers clear land.")
    assert got["Amazon"].country == "BRA"


def test_a_given_name_ner_reads_as_a_person_is_no_city():
    places = places_in(
        "Tillerson has ties to Russian President Vladimir Putin. \"Being a 'friend of Vladimir' "
        'is not an attribute I am hoping for," the senator wrote.'
    )
    assert not any(p.text == "Vladimir" for p in places)


def test_central_valley_follows_its_country():
    got = places_by_text(
        "Coffee farms in Costa Rica have struggled. Growers in the Central Valley, near San Jose, "
        "lost their crops."
    )
    assert got["Central Valley"].country == "CRI"
    got = places_by_text(
        "Farmers in the Central Valley of California fear the drought near Fresno."
    )
    assert got["Central Valley"].country == "USA"


def test_a_meeting_or_stay_in_new_york_is_the_city():
    for text in (
        "Tillerson, who met with Trump in New York Saturday, is a favourite.",
        "Ms. Brainard said at a New York conference in February that rates matter.",
        "Instead, Gore was in New York anchoring coverage of the convention.",
    ):
        assert places_by_text(text)["New York"].kind == "city", text


def test_new_york_with_state_words_stays_the_state():
    for text in (
        "Zephyr Teachout, a New York congressional candidate, won her primary.",
        "He was in New York when Gov. Cuomo signed the bill.",
    ):
        assert places_by_text(text)["New York"].kind == "admin1", text


def test_a_name_the_text_calls_a_town_is_a_town():
    got = places_by_text(
        "Fire crews were alerted to a caravan park in the town of Camborne on Saturday."
    )
    assert got["Camborne"].country == "GBR"


def test_a_settlement_word_opens_no_persons_name():
    got = places_by_text(
        "The situation in SOS Children's Village Malakal is also stable, but cholera is still "
        "spreading. Aid groups have returned to work in both Darfur and Malakal."
    )
    assert got["Malakal"].country == "SSD"


def test_an_oil_benchmark_is_no_town():
    got = places_by_text("Brent crude, used to price international oils, fell 24 cents in London.")
    assert "Brent" not in got and got["London"].country == "GBR"
    assert places_by_text("Texas crude rose on Friday.")["Texas"].kind == "admin1"


def test_a_town_one_studied_at_is_the_university_town():
    got = places_by_text(
        "The admiral graduated from the Naval Academy in Annapolis, Md., and studied at Oxford "
        "before serving in the Persian Gulf."
    )
    assert got["Oxford"].country == "GBR"
    got = places_by_text("She studied at Oxford, Miss., before moving to Jackson.")
    assert got["Oxford"].country == "USA"


def test_a_unit_ner_calls_a_people_is_a_unit_before_its_unit_word():
    got = places_by_text(
        "The army evacuated people from parts of the Punjab province of Pakistan on Monday."
    )
    assert got["Punjab"].country == "PAK" and got["Punjab"].kind == "admin1"


def test_the_river_is_no_town_of_its_name():
    got = places_by_text("The dam will flood land along the Peace River in northeastern B.C.")
    assert "Peace River" not in got and got["B.C."].country == "CAN"
    got = places_by_text("The family lives in Peace River, Alberta.")
    assert got["Peace River"].country == "CAN"
