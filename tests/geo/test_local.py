"""Twelfth round: local-news names (counties, parishes, abbreviated words, sub-national regions)
and GeoNames' own admin-1 points, on synthetic sentences."""

from __future__ import annotations

import sqlite3

from dateline import extract
from dateline.geo import resolve
from dateline.geo.gazetteer import gazetteer
from dateline.geo.names import normalize, variants
from dateline.geo.resolve import haversine_km
from dateline.records import Record


def places(text: str):
    rec = extract(text, published="2017-05-10", stages=["entities", "places"])
    assert isinstance(rec, Record)
    return rec.places


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def near(place, lat: float, lon: float, km: float = 161) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_variants_swap_abbreviated_words_both_ways():
    assert variants(normalize("St. Louis County")) == ["saint louis county"]
    assert variants(normalize("Saint Paul")) == ["st paul"]
    assert variants(normalize("Mt. Vernon")) == ["mount vernon"]
    assert variants(normalize("Ft. Worth")) == ["fort worth"]
    assert variants(normalize("Fulton Co.")) == ["fulton county"]
    assert "fort st john" in variants(normalize("Fort Saint John"))
    assert variants(normalize("Paris")) == []


def test_cook_county_illinois_is_near_chicago():
    text = "Officials in Cook County, Illinois, said the roads were closed."
    county, state = resolve(text, [span(text, "Cook County"), span(text, "Illinois")])
    assert county.kind == "admin2" and county.country == "USA"
    assert near(county, 41.88, -87.63, 50)
    assert state.kind == "admin1"


def test_calif_abbreviation_names_california():
    text = "He grew up in Orange County, Calif., and moved east."
    county, state = resolve(text, [span(text, "Orange County"), span(text, "Calif.")])
    assert state.name == "California" and state.kind == "admin1"
    assert near(county, 33.7, -117.8, 60)


def test_co_abbreviation_is_a_county():
    text = "Deputies said the crash happened in Fulton Co. late Sunday."
    (p,) = resolve(text, [span(text, "Fulton Co.")])
    assert p is not None and p.kind == "admin2"


def test_saint_spelled_out_finds_st_louis():
    text = "Saint Louis police said the man was arrested downtown."
    (p,) = resolve(text, [span(text, "Saint Louis")])
    assert p.country == "USA" and near(p, 38.63, -90.2, 30)


def test_st_louis_county_is_the_county_not_the_city():
    text = "Police in St. Louis County said the suspect fled."
    (p,) = places(text)
    assert text[p.start : p.end] == "St. Louis County" and p.kind == "admin2"


def test_county_and_parish_names_are_found_in_text():
    text = "Residents of Orleans Parish and Jefferson Parish were told to leave."
    found = [text[p.start : p.end] for p in places(text)]
    assert found == ["Orleans Parish", "Jefferson Parish"]


def test_county_span_leaves_out_a_leading_the():
    text = "The Fulton County jail in Atlanta was full on Monday."
    found = {text[p.start : p.end]: p for p in places(text)}
    assert "Fulton County" in found and "The Fulton County" not in found
    assert near(found["Fulton County"], 33.75, -84.39, 60)


def test_county_takes_the_state_named_in_the_dateline():
    text = "HAGERSTOWN, Md. -- Washington County commissioners voted to raise fees."
    found = {text[p.start : p.end]: p for p in places(text)}
    assert near(found["Washington County"], 39.64, -77.72, 60)


def test_company_co_is_not_a_county():
    text = "The Jones Co. said profits rose in the third quarter."
    assert places(text) == []


def test_long_island_is_new_york_not_the_bahamas():
    text = "Flooding closed schools across Long Island on Friday."
    (p,) = resolve(text, [span(text, "Long Island")])
    assert near(p, 40.8, -73.2, 100)


def test_southern_california_is_a_region():
    text = "Wildfires burned across Southern California this week."
    (p,) = places(text)
    assert p.kind == "region" and near(p, 34.0, -117.6, 100)


def test_admin1_point_is_geonames():
    """The shipped point of a listed state is GeoNames' own (admin1_points.tsv)."""
    rows = gazetteer().lookup("New York")
    state = next(c for c in rows if c.kind == "admin1" and c.cc == "US")
    assert state.geonameid == 5128638
    assert haversine_km(state.lat, state.lon, 43.00035, -75.4999) < 1


def test_admin1_points_table_ids_are_admin1_units():
    path = gazetteer().path
    table = path.with_name("admin1_points.tsv")
    ids = [
        int(line.split("\t")[0])
        for line in table.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    kinds = {gid: kind for gid, kind in db.execute("SELECT gid, kind FROM places")}
    assert ids and all(kinds.get(gid) == "admin1" for gid in ids)


def test_abbreviated_state_after_a_town_is_a_place():
    text = "They bought a home in Barrie, Ont., last spring."
    found = {text[p.start : p.end]: p for p in places(text)}
    assert found["Ont."].name == "Ontario" and found["Ont."].kind == "admin1"


def test_leading_the_is_not_part_of_a_landmark():
    text = "The Kremlin said on Monday it would respond."
    (p,) = places(text)
    assert text[p.start : p.end] == "Kremlin" and near(p, 55.75, 37.62, 5)


def test_the_hague_keeps_its_article():
    text = "The Hague hosted the talks."
    (p,) = places(text)
    assert text[p.start : p.end] == "The Hague"


def test_spaced_dash_in_a_person_entity_blocks_nothing():
    text = "Two states were won by Mr Trump - Wisconsin and Pennsylvania. Wisconsin may recount."
    found = [text[p.start : p.end] for p in places(text)]
    assert found.count("Wisconsin") == 2


def test_arabic_governorate_without_its_article():
    text = "Fighting continued in Anbar on Sunday."
    (p,) = resolve(text, [span(text, "Anbar")])
    assert p.kind == "admin1" and p.country == "IRQ"


def test_white_house_is_the_landmark_not_casablanca():
    text = "The White House said the talks would go on."
    (p,) = resolve(text, [span(text, "White House")])
    assert near(p, 38.8977, -77.0365, 5)


def test_nsw_alone_is_new_south_wales():
    text = "Restrictions were placed on horses in NSW on Saturday."
    (p,) = resolve(text, [span(text, "NSW")])
    assert p.name == "New South Wales" and p.kind == "admin1"


def test_dotted_initialism_is_not_a_country_code():
    text = "She flew to L.A. on Monday."
    (p,) = resolve(text, [span(text, "L.A.")])
    assert p.name == "Los Angeles" and p.country == "USA"


def test_ap_and_postal_state_forms_both_work():
    for text, needle in (("Albany, N.Y., police", "N.Y."), ("Albany, NY police", "NY")):
        _, state = resolve(text, [span(text, "Albany"), span(text, needle)])
        assert state.name == "New York" and state.kind == "admin1"


def test_part_of_a_city_resolves_to_the_city():
    text = "Police in North Dallas said the store was robbed."
    (p,) = resolve(text, [span(text, "North Dallas")])
    assert p.name == "Dallas" and near(p, 32.78, -96.8, 30)


def test_greater_x_is_not_a_state_elsewhere():
    text = "Buses in Greater Manchester were late."
    (p,) = resolve(text, [span(text, "Greater Manchester")])
    assert p.country == "GBR" and near(p, 53.48, -2.24, 30)


def test_dateline_town_is_a_place_however_small():
    text = "MARIETTA -- Cobb County police arrested a man on Tuesday."
    found = {text[p.start : p.end]: p for p in places(text)}
    assert near(found["MARIETTA"], 33.95, -84.55, 30)


def test_dateline_new_york_is_the_city():
    text = "NEW YORK (AP) — Stocks fell on Monday."
    (p,) = resolve(text, [span(text, "NEW YORK")])
    assert p.kind == "city" and near(p, 40.71, -74.0, 20)


def test_no_dateline_without_a_dash():
    text = "BREAKING: markets closed early."
    assert places(text) == []
