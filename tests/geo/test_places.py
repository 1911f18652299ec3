"""Places stage and resolve(): the known failures of geoparsers, on synthetic sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import extract
from dateline.geo import resolve
from dateline.geo.resolve import haversine_km
from dateline.records import Record

SEED = Path(__file__).resolve().parents[3] / "shared/examples/patriot-lithuania.txt"


def places(text: str):
    rec = extract(text, published="2017-05-10", stages=["entities", "places"])
    assert isinstance(rec, Record)
    return rec.places


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def near(place, lat: float, lon: float, km: float = 161) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_oklahoma_is_the_state_not_a_pennsylvania_town():
    text = "Storms swept across Oklahoma on Tuesday, officials said."
    (p,) = resolve(text, [span(text, "Oklahoma")])
    assert p.kind == "admin1" and p.country == "USA"
    assert near(p, 35.5, -97.5, 300)


def test_bangor_maine_is_not_northern_ireland():
    text = "The mill in Bangor, Maine, will close next month, the company said."
    (p, state) = resolve(text, [span(text, "Bangor"), span(text, "Maine")])
    assert p.country == "USA" and near(p, 44.80, -68.77, 30)
    assert state.kind == "admin1"


def test_bangor_alone_later_keeps_the_paired_reading():
    text = "Police in Bangor, Maine, made an arrest. Bangor has seen three such cases."
    first, later = resolve(text, [span(text, "Bangor"), span(text, "Bangor", 1)])
    assert later.geonameid == first.geonameid and later.country == "USA"


def test_long_beach_ca_is_california_not_australia():
    text = "The port of Long Beach, CA, reported record volumes."
    (p,) = resolve(text, [span(text, "Long Beach")])
    assert p.country == "USA" and near(p, 33.77, -118.19, 30)


def test_city_state_pair_in_the_stage():
    found = places("A fire broke out in Long Beach, Calif., late on Friday.")
    lb = next(p for p in found if p.text == "Long Beach")
    assert lb.country == "USA" and near(lb, 33.77, -118.19, 30)


def test_demonyms_are_not_places_in_the_stage():
    text = (
        "European ministers met as Lithuanian soil hosted Russian drills watched by "
        "American officials."
    )
    assert [p.text for p in places(text)] == []


def test_demonym_span_resolves_to_country_when_asked():
    text = "Lithuanian officials spoke."
    (p,) = resolve(text, [span(text, "Lithuanian")])
    assert p.country == "LTU" and p.kind == "country"
    text = "European leaders met."
    (p,) = resolve(text, [span(text, "European")])
    assert p.kind == "continent" and p.name == "Europe"


def test_unresolvable_name_does_not_empty_the_result():
    text = "Troops moved from Qwzxvbnk to Vilnius and then to Latvia."
    res = resolve(text, [span(text, "Qwzxvbnk"), span(text, "Vilnius"), span(text, "Latvia")])
    assert res[0] is None
    assert res[1].country == "LTU" and res[2].country == "LVA"


def test_person_named_in_full_is_not_a_place():
    text = "Michael Jordan visited the school. Jordan said he was proud."
    assert all(p.text != "Jordan" for p in places(text))


def test_training_area_is_a_facility_with_namesake_coordinates():
    text = "The minister visited Adazi Training Area near Riga in Latvia."
    found = {p.text: p for p in places(text)}
    fac = found["Adazi Training Area"]
    assert fac.kind == "facility" and fac.country == "LVA"
    assert near(fac, 57.07, 24.32, 60)


def test_regions_and_seas_from_the_hand_table():
    text = "Warships sailed in the Black Sea while drills went on in the Baltic region."
    found = {p.text: p for p in places(text)}
    assert found["Black Sea"].kind == "sea"
    assert found["Baltic region"].kind == "region"


def test_washington_based_is_the_capital():
    text = "Madsen, a Washington-based author, criticised the plan."
    found = {p.text: p for p in places(text)}
    assert near(found["Washington"], 38.9, -77.04, 30)


def test_empty_and_odd_input_never_crash():
    assert resolve("", []) == []
    assert len(resolve("x", [(0, 1)])) == 1
    assert resolve("Paris", [(0, 5), (3, 3)])[1] is None
    for text in ["...", "!!! ??? ,,,", "A" * 50, "The. The. The,, , ; Lithuania ;;"]:
        places(text)


def test_context_picks_the_local_reading():
    text = (
        "Flooding hit Rapides Parish in Louisiana. In Alexandria, the river rose; "
        "Alexandria officials opened shelters."
    )
    res = resolve(text, [span(text, "Louisiana"), span(text, "Alexandria")])
    assert res[1].country == "USA" and near(res[1], 31.31, -92.45, 60)


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared (development data)")
def test_seed_article_places():
    found = places(SEED.read_text())
    by_name = {}
    for p in found:
        by_name.setdefault(p.text, p)
    expect = {
        "Vilnius": (54.69, 25.28),
        "Kaliningrad": (54.71, 20.51),
        "Lithuania": (55.3, 23.9),
        "Pabrade Training Area": (54.98, 25.76),
        "Baltic region": (56.5, 24.0),
        "Latvia": (56.9, 24.6),
        "Estonia": (58.6, 25.0),
        "Poland": (52.1, 19.4),
        "Turkey": (39.0, 35.0),
        "Belarus": (53.7, 28.0),
    }
    for name, (lat, lon) in expect.items():
        assert name in by_name, name
        assert near(by_name[name], lat, lon, 250), (name, by_name[name])
    assert by_name["Pabrade Training Area"].kind == "facility"
    assert not {"Lithuanian", "Russian"} & set(by_name)


def test_small_town_followed_by_its_state_is_found():
    found = {p.text: p for p in places("Two mills closed in Bangor, Maine, on Monday.")}
    assert found["Bangor"].country == "USA" and near(found["Bangor"], 44.80, -68.77, 30)


def test_kaliningrad_with_russian_context_is_the_city_or_its_region():
    text = "Moscow moved missiles to Kaliningrad, Russia's exclave, last year."
    found = {p.text: p for p in places(text)}
    assert found["Kaliningrad"].country == "RUS" and near(found["Kaliningrad"], 54.71, 20.51, 60)


def test_state_code_after_a_dateline_city_is_the_state():
    text = "LOUISVILLE, KY--(Newswire) The company said sales rose in Kentucky."
    louisville, ky = resolve(text, [span(text, "LOUISVILLE"), span(text, "KY")])
    assert louisville.country == "USA"
    assert ky.kind == "admin1" and ky.country == "USA" and ky.name == "Kentucky"


def test_county_name_is_the_county_in_the_state_named():
    text = "Two men were held in the Laurel County jail, Kentucky police said."
    (p,) = resolve(text, [span(text, "Laurel County")])
    assert p.kind == "admin2" and near(p, 37.1, -84.1, 60)


def test_county_follows_the_state_context_over_population():
    text = "Farms in Iowa were hit; Dallas County and Polk County reported losses."
    _, p = resolve(text, [span(text, "Iowa"), span(text, "Dallas County")])
    assert p.kind == "admin2" and near(p, 41.7, -94.0, 60)


def test_country_point_is_geonames_own():
    text = "Officials in Canada said the talks would resume."
    (p,) = resolve(text, [span(text, "Canada")])
    # GeoNames' point for Canada (id 6251999) is 60.1,-113.6, far west of the landmass centroid.
    assert p.geonameid == 6251999 and near(p, 60.11, -113.64, 5)


def test_unlisted_country_point_falls_back_to_its_landmass():
    text = "Officials in Botswana said the talks would resume."
    (p,) = resolve(text, [span(text, "Botswana")])
    assert p.country == "BWA" and near(p, -22.3, 24.7)


def test_airport_named_by_its_short_form():
    text = "Flights out of Gatwick Airport were cancelled as snow hit southern England."
    (p,) = resolve(text, [span(text, "Gatwick Airport")])
    assert p.kind == "airport" and p.country == "GBR" and near(p, 51.15, -0.19, 20)


def test_airport_found_by_the_stage():
    text = "Passengers were stranded at Toronto Pearson International Airport on Monday."
    found = {p.text: p for p in places(text)}
    p = found["Toronto Pearson International Airport"]
    assert p.country == "CAN" and near(p, 43.68, -79.63, 20)


def test_lakes_and_unions_from_the_hand_table():
    text = "Algae spread across Lake Erie, and the European Union promised help."
    erie, eu = resolve(text, [span(text, "Lake Erie"), span(text, "European Union")])
    assert erie.kind == "lake" and near(erie, 42.2, -81.2, 100)
    assert eu.kind == "bloc"


def test_a_bloc_is_not_found_as_a_place_by_name_alone():
    assert [p.text for p in places("EU officials said the rules would change.")] == []


def test_first_part_of_a_two_part_province_name():
    text = "Fishermen in Newfoundland said the season was poor."
    (p,) = resolve(text, [span(text, "Newfoundland")])
    assert p.country == "CAN" and p.kind == "admin1"


def test_learned_ranker_is_opt_in_and_runs(monkeypatch, tmp_path):
    """With weights that copy the hand score, the learned path agrees with the default."""
    import json

    from dateline.geo import rank

    text = "Flooding hit Rapides Parish in Louisiana. In Alexandria, the river rose."
    spans = [span(text, "Louisiana"), span(text, "Alexandria")]
    default = resolve(text, spans)
    coef = [1.0 if f == "heur_gap" else 0.0 for f in rank.FEATURES]
    ones = [1.0] * len(rank.FEATURES)
    weights = {"features": list(rank.FEATURES), "mean": [0.0] * len(ones), "scale": ones}
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps({**weights, "coef": coef, "intercept": 0.0}))
    monkeypatch.setenv("DATELINE_GEO_RANKER", str(path))
    assert rank.ranker() is not None
    learned = resolve(text, spans)
    assert [p.geonameid for p in learned] == [p.geonameid for p in default]
    monkeypatch.setenv("DATELINE_GEO_RANKER", "on")
    assert rank.ranker() is not None  # the shipped weights load and match the features
    assert resolve(text, spans)[1].country == "USA"


def test_neighbouring_towns_pick_the_local_reading():
    text = "Police in London said a man from St. Thomas was arrested near Strathroy on Friday."
    london, _, _ = resolve(text, [span(text, n) for n in ("London", "St. Thomas", "Strathroy")])
    assert london.country == "CAN" and near(london, 42.98, -81.23, 30)


def test_world_capitals_stay_world_capitals():
    text = "The prime minister spoke in London before flying to Paris and Berlin."
    res = resolve(text, [span(text, n) for n in ("London", "Paris", "Berlin")])
    assert [p.country for p in res] == ["GBR", "FRA", "DEU"]


def test_shipped_gazetteer_uses_every_geonames_country_point():
    """The hand table and the built gazetteer agree (a rebuild was not forgotten)."""
    from importlib import resources

    from dateline.geo.gazetteer import gazetteer

    table = resources.files("dateline") / "data" / "geo" / "country_points.tsv"
    rows = [ln.split("\t") for ln in table.read_text().splitlines() if ln[:1] not in ("#", "")]
    assert len(rows) >= 80
    gaz = gazetteer()
    for cc, lat, lon in rows:
        (country,) = [c for c in gaz.lookup(cc, True) if c.kind == "country" and c.cc == cc]
        assert abs(country.lat - float(lat)) < 1e-3 and abs(country.lon - float(lon)) < 1e-3, cc


def test_unit_word_falls_back_to_the_bare_admin_name():
    text = "Snow closed roads across Akita Prefecture, and Karak district saw floods."
    akita, karak = resolve(text, [span(text, "Akita Prefecture"), span(text, "Karak district")])
    assert akita.kind == "admin1" and akita.country == "JPN"
    assert karak is not None and karak.kind in ("admin1", "admin2") and karak.country == "JOR"


def test_place_inside_an_organisation_name_is_marked():
    text = "Kentucky State Police said two troopers were hurt near Bowling Green on Friday."
    found = {p.text: p for p in places(text)}
    assert found["Kentucky"].kind == "admin1"
    assert found["Kentucky"].within == "Kentucky State Police"


def test_state_in_a_list_of_states_is_not_a_town_of_the_next():
    text = "Cases were found in Georgia, Oklahoma, Pennsylvania, Wisconsin and California."
    (ok,) = resolve(text, [span(text, "Oklahoma")])
    assert ok.kind == "admin1" and near(ok, 35.5, -97.5, 250)
    found = {p.text: p for p in places(text)}
    assert found["Oklahoma"].kind == "admin1"


def test_town_followed_by_its_state_still_pairs():
    text = "Police in Bangor, Maine, said the road was closed."
    (bangor,) = resolve(text, [span(text, "Bangor")])
    assert bangor.country == "USA" and near(bangor, 44.8, -68.8)


def test_state_word_picks_the_state_over_the_capital():
    text = (
        "Officials in Washington said on Monday that a cow from a Washington state farm was sick. "
        "Another case was found in the state of Washington last year."
    )
    dc, farm, state = resolve(
        text, [span(text, "Washington"), span(text, "Washington", 1), span(text, "Washington", 2)]
    )
    assert farm.kind == "admin1" and state.kind == "admin1" and near(farm, 47.5, -120.5, 250)
    assert dc.kind == "city"


def test_list_item_takes_the_kind_of_the_item_before_it():
    text = "Cases were reported in Oregon, Utah, Washington and Wisconsin."
    (wa,) = resolve(text, [span(text, "Washington")])
    assert wa.kind == "admin1" and near(wa, 47.5, -120.5, 250)


def test_former_country_names_resolve_to_todays_country():
    text = "Ebola was first seen in Zaire in 1976; tea from Ceylon was shipped to Rhodesia."
    zaire, ceylon, rhodesia = resolve(
        text, [span(text, "Zaire"), span(text, "Ceylon"), span(text, "Rhodesia")]
    )
    assert (zaire.country, ceylon.country, rhodesia.country) == ("COD", "LKA", "ZWE")


def test_province_that_dwarfs_its_namesake_city_is_the_province():
    text = "Turning right on a red light has been legal in Quebec since 2003, the minister said."
    (qc,) = resolve(text, [span(text, "Quebec")])
    assert qc.kind == "admin1" and qc.country == "CAN"
    text = "Shelling hit Aleppo again on Sunday, residents said."
    (aleppo,) = resolve(text, [span(text, "Aleppo")])
    assert aleppo.kind == "city"
