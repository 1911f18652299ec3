"""Forty-sixth session, after blind tables 310-315: a town bearing a name as its own in the
state of a city that has the name only as another one takes it ("SAN MIGUEL, Calif.", not San
Diego, once San Miguel); a strong name that opens a longer town's name NER leaves unmarked
yields to it ("A Lafayette Hill woman"); a route's ends after "link" ("will link Bansko with");
a name NER reads as an organisation is no body where it lies "on the Wash"; a town whose own
name opens with "The" ("at The Entrance"); a town's name opening a Romance name is no town
("the Volcan de Fuego"); a town named for its court house ("Cape May Court House"). After
tables 316-321: a name right before "in" and a state the story names is the town of that name
lying in it ("Lakki Marwat in Khyber Pakhtunkhwa"); "au" joins a town's name ("Port au
Choix"). After tables 322-327: an own name in ASCII letters ("Bagcilar" for Bağcılar); the
Forest of Dean; a common word among townsfolk that an Irish county of the sentence holds
("Residents of Tower ... County Cork"); a hyphenated town before its former region
("Chalon-sur-Saône in Burgundy"); a district in apposition; a town's border post."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_same_state_town_takes_a_name_a_city_has_only_as_another() -> None:
    text = (
        "SAN MIGUEL, Calif. — Volunteers repainted the mission's bell tower on Tuesday, and the "
        "town's fire district thanked them."
    )
    assert_place_near(text, "SAN MIGUEL", "USA", 35.75, -120.70)


def test_a_capital_district_keeps_its_own_name() -> None:
    text = "Protesters marched in New Delhi on Sunday against the new farm laws."
    assert places_by_text(text)["New Delhi"].name == "New Delhi"  # not Delhi, a mile off


def test_a_famous_city_keeps_its_own_name() -> None:
    """Guard: passes before and after the change."""
    text = "SAN DIEGO, Calif. — The Navy said on Tuesday that two ships would leave port."
    assert_place_near(text, "SAN DIEGO", "USA", 32.72, -117.16)


def test_a_strong_name_yields_to_the_unmarked_longer_town() -> None:
    text = (
        "A Lafayette Hill woman was hurt Friday when her car hit a utility pole on Ridge Pike, "
        "Whitemarsh Township police said."
    )
    assert_place_near(text, "Lafayette Hill", "USA", 40.09, -75.25)
    assert "Lafayette" not in places_by_text(text)


def test_a_strong_name_before_a_word_naming_no_town_stays() -> None:
    """Guard: passes before and after the change."""
    text = "Police in Chicago Sunday arrested two men after a chase on the Dan Ryan Expressway."
    assert_place_near(text, "Chicago", "USA", 41.85, -87.65)


def test_a_town_linked_by_a_route() -> None:
    text = (
        "A new chairlift will link Bansko with the ski area above it from December, Bulgarian "
        "officials said."
    )
    assert_place_near(text, "Bansko", "BGR", 41.84, 23.49)


def test_a_town_on_a_named_shore_is_no_organisation() -> None:
    text = (
        "Tens of thousands of knot packed the mudflats at Snettisham on the Wash on Saturday "
        "morning."
    )
    assert_place_near(text, "Snettisham", "GBR", 52.88, 0.50)


def test_an_organisation_after_from_stays_no_town() -> None:
    """Guard: passes before and after the change."""
    text = "She earned a doctorate from Harvard on a scholarship, the college said."
    assert "Harvard" not in places_by_text(text)


def test_a_town_whose_own_name_opens_with_the() -> None:
    text = (
        "Lifeguards rescued two children from a rip at The Entrance on Saturday, and Central "
        "Coast council closed the beach."
    )
    assert_place_near(text, "The Entrance", "AUS", -33.34, 151.50)


def test_a_romance_name_opening_with_a_town_is_no_town() -> None:
    text = "Ash from the Volcan de Fuego fell on villages west of the capital on Friday."
    assert "Volcan" not in places_by_text(text)


def test_a_town_named_for_its_court_house() -> None:
    text = "A fire damaged two homes in Cape May Court House on Sunday, the fire marshal said."
    assert_place_near(text, "Cape May Court House", "USA", 39.08, -74.82)


def test_the_white_house_is_no_town_of_that_name() -> None:
    """Guard: passes before and after the change."""
    text = "Reporters waited outside the White House on Friday for the president's statement."
    assert places_by_text(text)["White House"].country == "USA"
    assert abs(places_by_text(text)["White House"].lon - -77.04) < 0.1  # not Tennessee's


def test_a_town_named_right_before_its_state() -> None:
    text = (
        "Shops stayed shut in Lakki Marwat in Khyber Pakhtunkhwa on Saturday after a strike call."
    )
    assert_place_near(text, "Lakki Marwat", "PAK", 32.61, 70.91)


def test_a_people_before_their_state_is_no_town() -> None:
    """Guard: passes before and after the change."""
    text = "Investors in Ohio lost money on Tuesday, and voters in Texas went to the polls."
    assert sorted(places_by_text(text)) == ["Ohio", "Texas"]


def test_a_town_joined_by_au() -> None:
    text = "The ferry to Port au Choix will resume sailings on Monday, the province said."
    assert_place_near(text, "Port au Choix", "CAN", 50.72, -57.36)


def test_an_own_name_written_in_ascii_letters() -> None:
    text = "Police in Bagcilar, an Istanbul district, detained four people on Monday."
    assert places_by_text(text)["Bagcilar"].name == "Bağcılar"


def test_a_town_in_the_forest_of_dean() -> None:
    text = "A bakery in Mitcheldean in the Forest of Dean will close next month after 90 years."
    assert_place_near(text, "Mitcheldean", "GBR", 51.86, -2.49)
    assert_place_near(text, "Forest of Dean", "GBR", 51.8, -2.55)


def test_a_common_word_among_townsfolk_an_irish_county_holds() -> None:
    text = (
        "Residents of Tower objected on Tuesday to 300 new homes, and County Cork councillors "
        "will vote on the plan next month."
    )
    assert_place_near(text, "Tower", "IRL", 51.93, -8.61)


def test_a_hyphenated_town_before_its_former_region() -> None:
    text = "Chalon-sur-Saône in Burgundy will open a new tram line next year, the mayor said."
    assert_place_near(text, "Chalon-sur-Saône", "FRA", 46.78, 4.85)


def test_a_district_in_apposition() -> None:
    text = "Simdega, a hockey-mad district in Jharkhand, will host the national finals next year."
    assert_place_near(text, "Simdega", "IND", 22.62, 84.5)


def test_a_towns_border_post() -> None:
    text = (
        "Trucks waited for two days at the Chirundu border post on Friday, Zimbabwe's revenue "
        "authority said."
    )
    assert_place_near(text, "Chirundu", "ZWE", -16.03, 28.85)
