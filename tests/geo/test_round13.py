"""Thirteenth round: local US news (namesakes of foreign capitals, counties named in a list,
state lists, "X Gov."), demonyms as context, alternate names, and landmark names whose head is
a place's name ("Rose Garden"), on synthetic sentences."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.geo import resolve
from dateline.geo.gazetteer import gazetteer
from dateline.geo.resolve import haversine_km
from dateline.geo.sites import landmark_names as _landmark_names
from dateline.records import Record


def places(text: str):
    rec = extract(text, published="2017-05-10", stages=["entities", "places"])
    assert isinstance(rec, Record)
    return rec.places


def resolved(text: str, *names: str):
    spans = []
    for n in names:
        start = text.index(n, spans[-1][1] if spans else 0)
        spans.append((start, start + len(n)))
    return resolve(text, spans)


def near(place, lat: float, lon: float, km: float = 161) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Police in Paris, Texas, said the man fled.", ("Paris", "Texas"), "USA"),
        (
            "The Lamar County sheriff said the fire started near Paris.",
            ("Lamar County", "Paris"),
            "USA",
        ),
        ("In Kentucky, the town of Paris held a parade.", ("Kentucky", "Paris"), "USA"),
        ("Leaders met in Paris on Monday to discuss the accord.", ("Paris",), "FRA"),
        ("Students rallied in Athens, Ga., on Monday.", ("Athens", "Ga."), "USA"),
        ("Protesters gathered in Athens as lawmakers voted.", ("Athens",), "GRC"),
        ("The University of Idaho in Moscow, Idaho, closed.", ("Moscow", "Idaho"), "USA"),
        ("Moscow said on Tuesday it would respond to the sanctions.", ("Moscow",), "RUS"),
        ("Lebanon, Pa., police said the crash happened on Route 72.", ("Lebanon", "Pa."), "USA"),
        ("Israel struck targets in Lebanon overnight.", ("Israel", "Lebanon"), "LBN"),
    ],
)
def test_namesake_of_a_foreign_capital_follows_the_local_context(text, names, country):
    got = resolved(text, *names)
    target = next(
        p for p, n in zip(got, names, strict=True) if n in ("Paris", "Athens", "Moscow", "Lebanon")
    )
    assert target is not None and target.country == country


def test_demonym_makes_the_capital_win_over_a_namesake_in_a_named_state():
    text = "The senator from Texas flew to Paris on Monday for talks with French officials."
    _, paris = resolved(text, "Texas", "Paris")
    assert paris.country == "FRA"
    bare = "The senator from Texas flew to Paris on Monday."
    assert resolved(bare, "Texas", "Paris")[1].country == "USA"  # the state alone: local


def test_governor_title_makes_the_name_a_state():
    text = "Georgia Gov. Brian Kemp said the plant would reopen."
    (georgia,) = resolved(text, "Georgia")
    assert georgia.kind == "admin1" and georgia.country == "USA"
    text = "New York Governor Andrew Cuomo spoke on Monday."
    assert resolved(text, "New York")[0].kind == "admin1"


def test_bare_names_before_counties_are_the_counties():
    text = "Fire crews from Fulton and DeKalb counties battled the blaze."
    fulton, dekalb = resolved(text, "Fulton", "DeKalb")
    assert fulton.kind == dekalb.kind == "admin2"
    assert near(fulton, 33.75, -84.39, 60) and near(dekalb, 33.75, -84.39, 60)
    text = "Orleans, Jefferson and St. Bernard parishes were flooded."
    got = resolved(text, "Orleans", "Jefferson", "St. Bernard")
    assert all(p.kind == "admin2" and near(p, 29.95, -90.07, 60) for p in got)


def test_a_state_heading_a_list_of_states_is_the_state():
    text = "Officials are investigating cases in Washington, Pennsylvania and California."
    washington, _, _ = resolved(text, "Washington", "Pennsylvania", "California")
    assert washington.kind == "admin1" and near(washington, 47.5, -120.5)
    text = "The company is based in Washington, Pennsylvania, and employs 300 people."
    town, _ = resolved(text, "Washington", "Pennsylvania")
    assert town.kind == "city" and near(town, 40.17, -80.25, 30)
    text = "Talks in Washington and New York ended on Friday."
    assert resolved(text, "Washington", "New York")[0].kind == "city"


def test_two_capitals_span_is_a_postal_code():
    text = "Samples were sent to a NY laboratory for testing."
    (ny,) = resolved(text, "NY")
    assert ny.name == "New York" and ny.kind == "admin1"


def test_town_known_by_the_name_only_as_an_other_name_loses_to_the_bearer():
    # GeoNames lists "Pittsburgh" as an other name of Pittsburg, California.
    text = "He moved from Pittsburgh to Los Angeles and San Diego."
    pittsburgh, _, _ = resolved(text, "Pittsburgh", "Los Angeles", "San Diego")
    assert near(pittsburgh, 40.44, -80.0, 30)


def test_rose_garden_is_no_town():
    found = places("The president spoke in the Rose Garden on Friday.")
    assert all(p.name != "Rose" for p in found)


def test_landmark_head_blocks_the_place_name_at_its_start():
    text = "Protesters marched down Pennsylvania Avenue toward the Capitol."
    assert all(p.name != "Pennsylvania" for p in places(text))
    text = "The rally took place in Lincoln Park in Chicago."
    found = {p.text: p for p in places(text)}
    assert "Lincoln" not in found
    assert near(found["Lincoln Park"], 41.92, -87.65, 20)


def test_known_landmark_and_town_names_stay_whole():
    assert _landmark_names("Crowds filled Tahrir Square.") == [(14, 27, True)]
    found = {p.text: p for p in places("Police in Oak Park, Ill., said two cars collided.")}
    assert near(found["Oak Park"], 41.89, -87.79, 20)


def test_possessor_before_a_site_stays_a_place():
    text = "A tree fell at Whittier's Penn Park on Tuesday."
    assert [(text[a:b], k) for a, b, k in _landmark_names(text)] == [("Penn Park", False)]
    assert any(p.text == "Whittier" for p in places(text))


def test_sites_named_after_their_town_keep_the_town():
    found = [p.text for p in places("Crowds gathered outside Seoul City Hall on Sunday.")]
    assert "Seoul" in found


def test_landmark_carries_its_state_for_context():
    (park,) = [c for c in gazetteer().lookup("Central Park") if c.kind == "landmark"]
    assert park.cc == "US" and park.adm1 == "NY"
    text = "Fans gathered in Times Square and Central Park before heading to Brooklyn."
    _, park_place, _ = resolved(text, "Times Square", "Central Park", "Brooklyn")
    assert park_place.kind == "landmark" and near(park_place, 40.78, -73.97, 5)


def test_small_namesake_town_from_countrystatecity_resolves_when_paired():
    # cities500 knows other Jaspers (Alabama, Indiana, Texas...) but none in South Carolina.
    text = "Officials in Jasper, S.C., said the bridge would reopen."
    jasper, state = resolved(text, "Jasper", "S.C.")
    assert state.name == "South Carolina"
    assert jasper.country == "USA" and near(jasper, 32.42, -81.02, 30)


def test_a_state_alone_is_local_context_unless_a_demonym_says_otherwise():
    text = "Idaho lawmakers said the sanctions against Moscow were overdue."
    assert resolved(text, "Idaho", "Moscow")[1].country == "USA"
    text = (
        "Idaho lawmakers said the sanctions against Moscow were overdue as Russian troops massed."
    )
    assert resolved(text, "Idaho", "Moscow")[1].country == "RUS"


def test_landmark_beside_a_name_counts_as_colocation():
    text = "Officials in Washington said the White House would respond."
    washington, _ = resolved(text, "Washington", "White House")
    assert washington.kind == "city" and near(washington, 38.9, -77.04, 20)


def test_town_named_by_its_legal_form():
    text = "Police in Cherry Hill Township said two cars collided."
    (p,) = resolved(text, "Cherry Hill Township")
    assert p.country == "USA" and near(p, 39.93, -75.03, 20)
    found = [x.text for x in places(text)]
    assert found == ["Cherry Hill Township"]
    text = "The Town of Hempstead board met on Monday."
    (p,) = resolved(text, "Town of Hempstead")
    assert near(p, 40.7, -73.62, 20)


def test_city_of_a_name_is_the_city():
    text = "Officials in the city of Washington said the budget passed."
    (p,) = resolved(text, "Washington")
    assert p.kind == "city" and near(p, 38.9, -77.04, 20)
    text = "He was born in the city of New York."
    (p,) = resolved(text, "New York")
    assert p.kind == "city" and near(p, 40.71, -74.0, 20)


def test_transliteration_skeletons_agree_across_spellings():
    from dateline.geo.names import normalize, skeleton

    assert skeleton(normalize("Menoufia")) == skeleton(normalize("Al Minufiyah")) == "~mnf"
    assert skeleton(normalize("Qandahar")) == skeleton(normalize("Kandahar"))
    assert skeleton(normalize("Ohio")) is None  # too short to tell


def test_other_spelling_of_a_unit_resolves_only_in_a_country_in_context():
    text = "Egypt reported two deaths: one woman was from Menoufia, the other from Cairo."
    _, menoufia, _ = resolved(text, "Egypt", "Menoufia", "Cairo")
    assert menoufia is not None and menoufia.kind == "admin1" and menoufia.country == "EGY"
    text = "The first case was a man from Menoufia, officials said."
    assert resolved(text, "Menoufia") == [None]  # no country in context: left unresolved
    text = "Kenya said tourists troop to Kogelo to visit the family home."
    assert resolved(text, "Kenya", "Kogelo")[1] is None  # "Kigali" is spelled too differently


def test_towns_listed_after_a_found_place_are_places():
    text = "Police in Springfield said the suspect fled toward Decatur and Champaign."
    found = {p.text: p for p in places(text)}
    assert "Champaign" in found
    assert near(found["Springfield"], 39.8, -89.64, 20)  # Illinois, with its neighbours
    text = "Markets are the Netherlands, Scandinavia and Eastern and Southern Europe."
    eastern = [p for p in places(text) if p.text == "Eastern"]
    assert all(p.name == "Eastern Europe" for p in eastern)  # elided head (s26), no listed town


def test_a_person_listed_after_a_place_is_no_place():
    text = "Officials in Decatur and Mayor Julie Moore Wolfe said the roads were closed."
    assert [p.text for p in places(text)] == ["Decatur"]


def test_a_date_after_a_dateline_town_is_no_place():
    text = "HELSINKI, March 3, 2021 - Finland and Estonia agreed to joint patrols."
    assert "March" not in [p.text for p in places(text)]


def test_a_state_named_does_not_pull_a_famous_compatriot_city_to_a_village():
    from dateline import extract

    rec = extract("The senator returned to New York and then to Boston.", stages=["places"])
    boston = next(p for p in rec.places if p.text == "Boston")
    assert abs(boston.lat - 42.36) < 0.5 and abs(boston.lon + 71.06) < 0.5  # Boston, Mass.
    rec = extract("He moved to Boston, N.Y., last year.", stages=["places"])
    boston = next(p for p in rec.places if p.text == "Boston")
    assert abs(boston.lon + 71.06) > 2  # written with its state: the village
