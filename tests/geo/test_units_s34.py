"""Thirty-fourth session (blind tables 60 and 64): a county filed without a first-level code
(ISO 3166-2's Welsh and English counties, French departments) speaks for the GeoNames unit that
holds it, so a town named beside it is read there ("Flintshire ... Holywell" is the Welsh
Holywell, not the bigger one in Hertfordshire); and a fort's name that opens a school's is the
town's ("Fort Valley State University"), not a military post's; and a name set beside "the
<Region> market town" is that town (table 68)."""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

from dateline.geo.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("name", "country", "holder"),
    [
        ("Flintshire", "GB", "WLS"),
        ("Kent", "GB", "ENG"),
        ("Fife", "GB", "SCT"),
        ("Isère", "FR", "84"),
    ],
)
def test_a_unit_filed_without_a_code_knows_the_unit_holding_it(
    name: str, country: str, holder: str
) -> None:
    units = [c for c in gazetteer().lookup(name) if c.kind == "admin1" and c.cc == country]
    assert [gazetteer().holder(c) for c in units if not c.adm1] == [holder]


def test_a_geonames_unit_has_no_holder() -> None:
    wales = [c for c in gazetteer().lookup("Wales") if c.kind == "admin1"]
    assert wales and all(gazetteer().holder(c) == "" for c in wales)


def test_a_town_beside_a_welsh_county_is_read_in_wales() -> None:
    text = (
        "Flintshire council will shut two libraries next spring, and the branch on Holywell's "
        "high street is expected to be the first to go."
    )
    assert_place_near(text, "Holywell", "GBR", 53.27, -3.22)


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "Fort Valley State University named a new provost on Friday.",
            "Fort Valley",
            32.55,
            -83.89,
        ),
        ("Fort Scott Community College will add a welding course.", "Fort Scott", 37.84, -94.71),
    ],
)
def test_a_forts_name_opening_a_schools_is_the_town(
    text: str, name: str, lat: float, lon: float
) -> None:
    assert_place_near(text, name, "USA", lat, lon)


def test_a_military_post_is_still_read_whole() -> None:
    places = places_by_text("Soldiers from Fort Leonard Wood will train near the river.")
    assert "Fort Leonard Wood" in places


def test_a_town_apposed_as_a_regions_market_town_is_a_town() -> None:
    text = "Moffat, the Dumfries and Galloway market town, will host a sheep fair in June."
    assert_place_near(text, "Moffat", "GBR", 55.33, -3.44)
