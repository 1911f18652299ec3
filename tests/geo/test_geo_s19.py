"""Nineteenth round, places: towns placed in a county by apposition, "the A district of B"
read in either order, and towns matched only by another name with no support in the story."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo import resolve
from dateline.geo.mention import near
from dateline.geo.revise import COUNTY_TOWN_KM


def resolved(text: str, *names: str):
    """Each name's reading, the spans given in text order (as the places stage gives them)."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    places = {text[s:e]: p for (s, e), p in zip(spans, resolve(text, spans), strict=True)}
    return [places[n] for n in names]


@pytest.mark.parametrize(
    "text",
    [
        "In Essex, a Chittenden County town, the school board voted on Tuesday.",
        "The fire started in Essex, a small town in Chittenden County, late Monday.",
        "The fire started in Essex, in Chittenden County, late Monday.",
        "The fire started in Essex (Chittenden County) late Monday.",
        "Voters in the Chittenden County town of Essex rejected the budget.",
        "Police in Essex, Chittenden County, arrested two men.",
        "Police in Essex, Chittenden County, Vt., arrested two men.",
    ],
)
def test_a_town_placed_in_a_county_lies_in_it(text: str) -> None:
    # The gazetteer has no Essex in Vermont: the county's point, not Essex, Md.
    got = resolved(text, "Essex", "Chittenden County")
    town, county = got
    assert county is not None and county.country == "USA" and abs(county.lat - 44.5) < 0.3
    assert town is not None and near(county, 30)(town)


def test_a_town_placed_in_a_county_keeps_its_own_reading_there() -> None:
    got = places_by_text(
        "Officials in Salem, a town in Washington County, N.Y., said the well was safe."
    )
    salem = got["Salem"]
    assert salem.kind == "city" and salem.geonameid is not None and abs(salem.lon + 73.3) < 0.5


def test_a_listed_county_places_no_town() -> None:
    text = "Storms hit Essex, Chittenden County and Franklin County."
    essex = resolved(text, "Essex", "Chittenden County", "Franklin County")[0]
    assert essex is not None and essex.name == "Essex"


def test_a_county_container_is_the_towns_own_states() -> None:
    # Teton County, Idaho, lies 35 km from Jackson, Wyo.: the container is Wyoming's county.
    got = places_by_text("Police in Jackson, Teton County, arrested two men.")
    assert got["Jackson"].lon == pytest.approx(-110.76, abs=0.1)
    county = got["Teton County"]
    assert near(got["Jackson"], 20)(county)


def test_the_district_of_a_city_lies_in_the_city() -> None:
    # "the A district of B": B is the city, so London is not moved to Hampstead, N.H.
    hampstead, london = resolved(
        "Shops closed in the Hampstead district of London.", "Hampstead", "London"
    )
    assert london is not None and london.country == "GBR" and london.name == "London"
    assert hampstead is not None and hampstead.country == "GBR"


def test_the_city_may_come_first_before_a_district_too() -> None:
    berlin, kreuzberg = resolved(
        "Artists flocked to the Berlin district of Kreuzberg.", "Berlin", "Kreuzberg"
    )
    assert berlin is not None and berlin.name == "Berlin"
    assert kreuzberg is not None and near(berlin, 20)(kreuzberg)


def test_a_suburb_still_follows_its_city() -> None:
    got = places_by_text("He grew up in the Dallas suburb of Plano.")
    assert got["Plano"].country == "USA" and near(got["Dallas"], 50)(got["Plano"])


def test_a_town_read_by_another_name_alone_of_its_country_is_dropped() -> None:
    # "Suba" is another name of Suva (Fiji); among Kenyan towns it is no Fijian city.
    got = places_by_text(
        "Cases were reported in Kisumu, Nakuru and Eldoret, and in Suba, officials in Kenya said."
    )
    assert "Suba" not in got and got["Eldoret"].country == "KEN"


def test_a_famous_exonym_stays_without_support() -> None:
    got = places_by_text("Pilgrims from Jakarta, Karachi and Dhaka reached Mecca on Sunday.")
    assert got["Mecca"].country == "SAU"


def test_a_town_read_by_another_name_stays_where_the_story_names_its_country() -> None:
    got = places_by_text("Trade talks in Basle drew envoys from Bern, Zurich and Geneva.")
    assert got["Basle"].country == "CHE"


def test_a_town_far_from_its_large_countys_point_keeps_its_reading() -> None:
    got = places_by_text("The storm flooded Needles, a city in San Bernardino County, on Friday.")
    assert got["Needles"].kind == "city" and got["Needles"].lon == pytest.approx(-114.6, abs=0.1)


def test_county_town_distance_is_a_county_not_a_state() -> None:
    assert 50 <= COUNTY_TOWN_KM <= 161


def test_resolve_reads_neighbours_in_text_order_whatever_the_spans_order() -> None:
    text = "Abdulkader, from the Cincinnati suburb of West Chester, pleaded guilty."
    spans = [(text.index("West Chester"), text.index("West Chester") + 12)]
    spans.append((text.index("Cincinnati"), text.index("Cincinnati") + 10))
    west_chester, cincinnati = resolve(text, spans)
    assert west_chester is not None and cincinnati is not None
    assert west_chester.text == "West Chester" and near(cincinnati, 80)(west_chester)
