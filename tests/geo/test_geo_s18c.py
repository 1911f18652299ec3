"""Eighteenth round, places leftovers: a district of a province stays in the province's
country; a quarter the gazetteer has near its town takes its own reading."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    "text",
    [
        "Fighting flared in the Nawa district of Helmand province, Afghan officials said.",
        "Troops cleared Nawa, a district of Helmand province, on Sunday.",
    ],
)
def test_a_district_of_a_province_stays_in_its_country(text: str) -> None:
    got = places_by_text(text)
    assert got["Helmand"].country == "AFG"
    assert got["Nawa"].country == "AFG"  # not Naha, Japan
    assert got["Nawa"].kind == "district" and got["Nawa"].geonameid is None


def test_a_quarter_the_gazetteer_has_near_its_town_is_itself() -> None:
    got = places_by_text("Police said the Wembley district of London was calm on Friday.")
    wembley = got["Wembley"]
    assert wembley.geonameid is not None and wembley.kind == "city"
    assert wembley.country == "GBR"
    assert (wembley.lat, wembley.lon) != (got["London"].lat, got["London"].lon)


def test_a_quarter_the_gazetteer_lacks_stays_at_its_towns_point() -> None:
    got = places_by_text("Kibera, a district of Nairobi, flooded after the storm.")
    assert got["Kibera"].kind == "neighbourhood" and got["Kibera"].geonameid is None
    assert got["Kibera"].country == "KEN"


def test_a_quarter_named_like_a_distant_town_keeps_its_host() -> None:
    got = places_by_text("Shots rang out in Chicago's Englewood neighborhood on Friday.")
    englewood = got["Englewood"]
    assert englewood.country == "USA"
    assert (
        abs(englewood.lat - got["Chicago"].lat) < 1 and abs(englewood.lon - got["Chicago"].lon) < 1
    )
