"""Twenty-second round, places (second helper): a county the story names steers its town to
the namesake inside it, and the town the county ("Sheriff's Office", "County Schools"); an
Irish town placed by "Co <county>"; a name right before "River" is the river, not a state that
pulls the story's towns to it. Far counties must not move a famous city the story places."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo.mention import haversine_km


def _near(place, lat: float, lon: float, km: float = 40.0) -> bool:
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("sentence", "town", "lat", "lon"),
    [
        # A famous namesake gives way to the small town of the county named beside it.
        ("Latah County deputies helped Moscow police search the arboretum on Sunday.",
         "Moscow", 46.73, -117.00),
        ("Hall County deputies said the Memphis water tower would be repainted.",
         "Memphis", 34.72, -100.53),
        ("Thomas County deputies said the Boston city hall would close early.",
         "Boston", 30.79, -83.79),
        ("Red River County deputies said the Detroit post office would close.",
         "Detroit", 33.66, -95.27),
        # A county named inside an organisation's name, or bare by its sheriff.
        ("Students in Smyrna went back on Monday, Cobb County Schools said.",
         "Smyrna", 33.88, -84.51),
        ("Moscow police and Latah Sheriff's Office said the suspect fled.",
         "Moscow", 46.73, -117.00),
    ],
)  # fmt: skip
def test_a_named_county_steers_its_town(sentence: str, town: str, lat: float, lon: float) -> None:
    assert _near(places_by_text(sentence)[town], lat, lon)


def test_the_county_moves_too_when_a_town_of_its_sentence_lies_in_a_namesake() -> None:
    places = places_by_text("Phoenix and Talent, the two Jackson County towns, reported cases.")
    assert _near(places["Phoenix"], 42.28, -122.82)
    assert _near(places["Jackson County"], 42.37, -122.89)


def test_a_county_named_before_sheriffs_office_is_the_county() -> None:
    places = places_by_text("Aurora police and Arapahoe Sheriff's Office said the suspect fled.")
    assert places["Arapahoe"].kind == "admin2"
    assert _near(places["Arapahoe"], 39.63, -104.89)


@pytest.mark.parametrize(
    ("sentence", "town", "lat", "lon"),
    [
        # The county is placed elsewhere by its ", State", or by another town of its state.
        ("Phoenix police arrested a man from Jackson County, Mo., on Friday.",
         "Phoenix", 33.45, -112.07),
        ("Phoenix police said the man had lived in Kansas City. Jackson County prosecutors "
         "charged him on Friday.", "Phoenix", 33.45, -112.07),
        ("Phoenix police said the suspect fled to Missouri, where Jackson County deputies "
         "found him.", "Phoenix", 33.45, -112.07),
        # The town is placed by the story: its state, or a neighbour.
        ("Moscow police said the suspect fled Idaho. Latah County deputies found his car.",
         "Moscow", 46.73, -117.00),
        ("Traffic slowed between Memphis and Germantown, and Hall County deputies closed a road.",
         "Memphis", 35.15, -90.05),
        ("Moscow and Kazan braced for snow as Latah County deputies closed a road.",
         "Moscow", 55.75, 37.62),
        ("Russian officials in Moscow said talks would go on as Latah County deputies closed "
         "a road.", "Moscow", 55.75, 37.62),
        # Another paragraph: a county the ranking chose does not reach that far.
        ("Traffic slowed in Memphis on Friday.\n\nHall County deputies closed a road on Saturday.",
         "Memphis", 35.15, -90.05),
    ],
)  # fmt: skip
def test_a_far_county_does_not_move_a_placed_city(
    sentence: str, town: str, lat: float, lon: float
) -> None:
    assert _near(places_by_text(sentence)[town], lat, lon)


@pytest.mark.parametrize(
    ("sentence", "town", "lat", "lon"),
    [
        ("Gardaí in Newbridge, County Kildare, arrested a man on Sunday.", "Newbridge",
         53.18, -6.80),
        ("Police in Newbridge, Caerphilly, said the road was shut.", "Newbridge", 51.67, -3.13),
    ],
)  # fmt: skip
def test_an_irish_town_lies_in_its_co_county(
    sentence: str, town: str, lat: float, lon: float
) -> None:
    assert _near(places_by_text(sentence)[town], lat, lon)


def test_a_name_after_co_is_the_irish_county() -> None:
    places = places_by_text("Flooding hit Ennis, Co. Clare, overnight.")
    assert places["Clare"].country == "IRL"


def test_a_name_before_river_is_the_river_not_a_state() -> None:
    text = "Floods on the Parana River drove families from their homes in Rosario and Santa Fe."
    places = places_by_text(text)
    assert "Parana" not in places
    assert places["Santa Fe"].country == "ARG"


@pytest.mark.parametrize(
    ("sentence", "town", "lat", "lon"),
    [
        ("Students in Iowa City returned on Monday.", "Iowa City", 41.66, -91.53),
        ("Floods hit Texas City on Sunday.", "Texas City", 29.38, -94.90),
        ("Crowds filled Nevada City for the parade.", "Nevada City", 39.26, -121.02),
        # Not the Somali region Bay, nor Bay Village by another name.
        ("Bay County deputies said flooding closed roads in Bay City on Sunday.",
         "Bay City", 43.59, -83.89),
    ],
)  # fmt: skip
def test_a_state_before_city_is_the_town_of_the_whole_name(
    sentence: str, town: str, lat: float, lon: float
) -> None:
    assert _near(places_by_text(sentence)[town], lat, lon)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Farmers near Horsham in the Wimmera lost their crops to frost.", "Horsham", "AUS"),
        ("Farmers near Horsham in the Wimmera lost their crops to frost.", "Wimmera", "AUS"),
        ("Iron ore shipments from the Pilbara rose in March.", "Pilbara", "AUS"),
        # A demonym the country table lacked steers the town to its country.
        ("Protesters marched in Santa Ana, Salvadorean police said.", "Santa Ana", "SLV"),
    ],
)  # fmt: skip
def test_regions_and_demonyms_added_to_the_tables(sentence: str, name: str, country: str) -> None:
    assert places_by_text(sentence)[name].country == country


def test_a_named_area_of_a_county_lies_in_the_county() -> None:
    places = places_by_text("Ducks were found in the Cedar Lake area of Fulton County, Illinois.")
    assert places["Cedar Lake"].kind == "admin2"
    assert _near(places["Cedar Lake"], 40.47, -90.15)


def test_a_big_province_holds_a_town_the_gazetteer_has_only_abroad() -> None:
    places = places_by_text("Police stopped the truck on Highway 11 in Stroud, Ontario, Canada.")
    assert places["Stroud"].country == "CAN"


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("Crowds gathered for the Oshkosh air show on Friday.", "Oshkosh", "USA"),
        ("Jets flew at the Farnborough Airshow on Monday.", "Farnborough", "GBR"),
        # A town whose name is also an English word hosts an air show too.
        ("Thousands watched the Bath air display on Sunday.", "Bath", "GBR"),
    ],
)  # fmt: skip
def test_a_town_hosting_an_air_show_is_found(sentence: str, town: str, country: str) -> None:
    assert places_by_text(sentence)[town].country == country


def test_an_air_show_named_for_no_town_names_no_place() -> None:
    assert places_by_text("The Thunder air show was cancelled.") == {}


def test_a_two_word_town_before_a_possessive_is_found() -> None:
    place = places_by_text("Mount Airy's autumn fair drew thousands on Saturday.")["Mount Airy"]
    assert place.country == "USA"


@pytest.mark.parametrize(
    "sentence",
    [
        "Glen Ellyn's daughter said the plan was sound.",  # a given name first: a person
        "The Post's editors said the story stood.",
        "White House's staff left early on Friday.",  # a landmark's name, not only a town's
    ],
)
def test_a_possessive_that_names_no_town_stays_no_place(sentence: str) -> None:
    assert places_by_text(sentence) == {}
