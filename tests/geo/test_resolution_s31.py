"""Thirty-first session, round B (places, tables 34-36). A town bearing a name as its own
beats a bigger city of the same state that has the name only as another name when a state
follows the name ("Totowa, N.J.": not Paterson, whose old other name it is), since the state
supports both alike. A state's own agency named by its short name ("asked TxDOT for a light",
"SCDOT", "MassDOT") places a town name several states share in that state. A "<Name> County
Council" is the Irish or British county of the bare name where no American county of the name
has a council ("Essex County Council", not New Jersey's Essex County). On short synthetic
sentences, with the bigger cities' own names, a name several states' agencies share ("MDOT"),
a person named Bart, a story naming no agency and American county councils and boards as
controls."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "NORTHAMPTON, Pa. — The school board voted Tuesday to close an elementary school.",
            "NORTHAMPTON",
            "Northampton",
        ),
        (
            "TOTOWA, N.J. — A warehouse fire sent smoke over Route 46 on Friday, officials said.",
            "TOTOWA",
            "Totowa",
        ),
        ("Puyallup, Wash., will open its fair a week early this year.", "Puyallup", "Puyallup"),
    ],
)
def test_a_towns_own_name_beats_a_bigger_citys_other_name_in_its_state(text, name, town):
    assert places_by_text(text)[name].name == town


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Allentown, Pa., will host the parade on Saturday.", "Allentown"),
        ("Paterson, N.J., opened a new library on Monday.", "Paterson"),
        ("Tacoma, Wash., will widen its port road.", "Tacoma"),
    ],
)
def test_the_bigger_city_keeps_its_own_name(text, name):
    assert places_by_text(text)[name].name == name


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("Paris officials said TxDOT will rebuild the overpass next spring.", "Paris", 33.7, -95.6),
        (
            "Greenville's council asked SCDOT for a new signal on Main Street.",
            "Greenville",
            34.9,
            -82.4,
        ),
        ("Springfield's council asked MassDOT to fix the rotary.", "Springfield", 42.1, -72.6),
    ],
)
def test_a_state_agency_places_a_shared_town_name(text, name, lat, lon):
    place = places_by_text(text)[name]
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Paris officials said the overpass will be rebuilt next spring.", "Paris", "FRA"),
        ("Springfield's council asked MDOT to fix the road.", "Springfield", "USA"),
        ("Bart Simpson asked Springfield's mayor for a skate park.", "Springfield", "USA"),
    ],
)
def test_no_agency_or_a_shared_one_places_nothing(text, name, country):
    place = places_by_text(text)[name]
    assert place.country == country
    assert abs(place.lat - 42.1) > 1.0  # never Massachusetts's Springfield by chance


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Essex County Council will close two libraries in Chelmsford.", "Essex County", "GBR"),
        (
            "Hampshire County Council will cut bus routes near Winchester.",
            "Hampshire County",
            "GBR",
        ),
        ("York County Council approved a new road near Rock Hill.", "York County", "USA"),
        ("Clare County commissioners approved a road near Harrison.", "Clare County", "USA"),
    ],
)
def test_a_county_council_is_the_county_of_its_country(text, name, country):
    place = places_by_text(text)[name]
    assert (place.kind in ("admin1", "admin2"), place.country) == (True, country)
