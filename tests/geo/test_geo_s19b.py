"""Nineteenth round (second part), places in local news: a state a school is named for, a
town stated with a dotted state after a possessive organisation, a town an organisation is
in, a town opening a local body's name, a town NER read as an organisation after a
preposition of place, and towns stated in a province they lie far from."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo import resolve


def resolved(text: str, *names: str):
    """Each name's reading, the spans given in text order (as the places stage gives them)."""
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    places = {text[s:e]: p for (s, e), p in zip(spans, resolve(text, spans), strict=True)}
    return [places[n] for n in names]


def in_us_state(place, state_code_lat: float, lon: float, km: float = 300) -> bool:
    from dateline.geo.mention import haversine_km

    return haversine_km(place.lat, place.lon, state_code_lat, lon) < km


@pytest.mark.parametrize(
    "text",
    [
        "University of Georgia researchers in Rome found a new beetle.",
        "Georgia Tech engineers tested the bridge in Rome on Friday.",
        "Researchers at Georgia State University studied a clinic in Rome.",
    ],
)
def test_a_state_a_school_is_named_for_places_the_story_town(text: str) -> None:
    got = places_by_text(text)
    assert got["Georgia"].kind == "admin1" and got["Georgia"].country == "USA"
    assert got["Rome"].country == "USA" and in_us_state(got["Rome"], 34.3, -85.2, 30)


def test_a_school_of_a_states_name_abroad_stays_abroad() -> None:
    got = places_by_text("A professor at the University of Georgia in Batumi spoke on Monday.")
    assert got["Georgia"].country == "GEO" and got["Batumi"].country == "GEO"


def test_a_state_school_pairs_with_a_namesake_town_of_its_state() -> None:
    got = places_by_text("Washington State University students in Vancouver held a rally.")
    assert got["Vancouver"].country == "USA"


def test_a_possessive_state_that_is_also_a_country_owns_its_town() -> None:
    got = places_by_text("Georgia's Rome police said the man fled on foot.")
    assert got["Georgia"].kind == "admin1" and got["Georgia"].country == "USA"
    assert got["Rome"].country == "USA" and got["Rome"].kind == "city"


def test_a_country_owning_its_own_town_stays_the_country() -> None:
    got = places_by_text("Georgia's Batumi port reopened on Monday.")
    assert got["Georgia"].country == "GEO" and got["Batumi"].country == "GEO"


@pytest.mark.parametrize(
    "text",
    [
        "Hanover Health's clinic in Jordan, Mont., hired 20 nurses.",
        "The clinic in Jordan, Mont., hired 20 nurses, Hanover Health said.",
    ],
)
def test_a_country_named_town_with_a_dotted_state_is_the_town(text: str) -> None:
    got = places_by_text(text)
    assert got["Jordan"].country == "USA" and got["Jordan"].kind == "city"


def test_countries_listed_stay_countries() -> None:
    got = places_by_text("Envoys from China, Japan and Korea met on Monday.")
    assert {got[n].kind for n in ("China", "Japan")} == {"country"}


@pytest.mark.parametrize(
    "text",
    [
        "Oberlin College in Oberlin said tuition would rise.",
        "A software firm based in Ithaca hired 40 workers.",
    ],
)
def test_the_town_an_organisation_is_in_is_found(text: str) -> None:
    town = "Oberlin" if "Oberlin" in text else "Ithaca"
    got = places_by_text(text)
    assert got[town].country == "USA" and got[town].kind == "city"


@pytest.mark.parametrize(
    ("text", "town", "lat"),
    [
        ("The Hudson school board in Summit County, Ohio, approved the plan.", "Hudson", 41.2),
        ("The Westfield Public Library in Hampden County, Mass., will close.", "Westfield", 42.1),
        ("The Millbrook Board of Education met on Monday in Alabama.", "Millbrook", 32.5),
    ],
)
def test_a_town_opening_a_local_bodys_name_is_the_town(text: str, town: str, lat: float) -> None:
    got = places_by_text(text)
    assert got[town].country == "USA" and abs(got[town].lat - lat) < 0.3


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Students at Aberystwyth University marched through Aberystwyth on Saturday.",
         "Aberystwyth"),
        ("Students at Clemson University marched through Clemson on Saturday.", "Clemson"),
        ("Students at Iowa State University marched through Ames on Saturday.", "Ames"),
    ],
)  # fmt: skip
def test_a_town_after_a_preposition_of_place_is_the_town(text: str, town: str) -> None:
    # NER calls the bare town an organisation or a person here.
    assert places_by_text(text)[town].kind == "city"


@pytest.mark.parametrize(
    "text",
    [
        "Democrats in Congress voted against the bill.",
        "Voters had little confidence in Clinton, Hillary Clinton's aides said.",
        "Parents worried about the mill near Franklin Elementary and near Franklin.",
    ],
)
def test_an_institution_or_person_after_in_is_no_town(text: str) -> None:
    got = places_by_text(text)
    assert not {"Congress", "Clinton", "Franklin"} & set(got)


def test_a_town_stated_in_a_province_it_lies_far_from_takes_the_provinces_point() -> None:
    # Kiziltepe lies in Mardin, some 300 km from Hakkari's towns (within 500 km).
    town, unit = resolved("Floods hit Kiziltepe, Hakkari province, on Monday.", "Kiziltepe",
                          "Hakkari")  # fmt: skip
    assert unit.kind == "admin1" and (town.lat, town.lon) == (unit.lat, unit.lon)


def test_a_town_in_a_province_named_after_it_pairs_with_it() -> None:
    town, unit = resolved("Floods hit Gevas and Kiziltepe in Van province.", "Kiziltepe", "Van")
    assert unit.kind == "admin1" and (town.lat, town.lon) == (unit.lat, unit.lon)
    (gevas,) = resolved("Floods hit Gevas in Van province on Monday.", "Gevas")
    assert gevas.kind == "city" and gevas.country == "TUR"


def test_a_town_stated_in_its_own_province_keeps_its_reading() -> None:
    town, _ = resolved("Troops entered Kut in Wasit province on Monday.", "Kut", "Wasit")
    assert town.kind == "city" and town.country == "IRQ"
