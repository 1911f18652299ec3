"""Sixteenth-session second round (places): US local-news conventions (state and city
nicknames, bare and joined county names), the first round's leftovers and an analyst's reading
of ten PolNeAR train articles; each general cause is checked on synthetic sentences."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text, places_in

from dateline.geo import resolve


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Voters in the Bluegrass State went to the polls on Tuesday.",
            "Bluegrass State",
            "Kentucky",
        ),
        ("The Lone Star State executed two prisoners, officials said.", "Lone Star State", "Texas"),
        ("Republicans in the Empire State lost three House seats.", "Empire State", "New York"),
        ("Farmers across the Show-Me State face a drought.", "Show-Me State", "Missouri"),
        (
            "Lawmakers in the Golden State's capital passed a climate bill.",
            "Golden State",
            "California",
        ),
        ("Tourists flocked to the Sunshine State despite the storm.", "Sunshine State", "Florida"),
    ],
)
def test_state_nicknames_are_the_states(text: str, name: str, state: str) -> None:
    got = places_by_text(text)[name]
    assert (got.name, got.kind, got.country) == (state, "admin1", "USA")
    assert got.geonameid is not None


def test_city_nicknames_are_the_cities() -> None:
    got = places_by_text("He left the Big Apple for the Windy City in 2019.")
    assert got["Big Apple"].name == "New York City"
    assert got["Windy City"].name == "Chicago"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Without "the", or before a capitalised word, the words name a team, building or firm.
        ("The Golden State Warriors beat Cleveland on Sunday.", "Golden State"),
        ("Tourists climbed the Empire State Building on Monday.", "Empire State"),
        ("Golden State beat the Cavaliers again.", "Golden State"),
        ("He banked at First State Bank for years.", "First State"),
    ],
)
def test_nickname_words_in_other_names(text: str, absent: str) -> None:
    assert absent not in places_by_text(text)


def test_nickname_span_resolves_when_given() -> None:
    text = "Turnout in the Hoosier State was high."
    start = text.index("Hoosier")
    (got,) = resolve(text, [(start, start + len("Hoosier State"))])
    assert got is not None and got.name == "Indiana"


@pytest.mark.parametrize(
    ("text", "name", "lat"),
    [
        ("Insiders inside the Beltway were surprised by the vote.", "Beltway", 38.9),
        ("Storms hit the Florida Panhandle on Monday.", "Florida Panhandle", 30.6),
        ("Wheat farmers in the Texas Panhandle lost their crops.", "Texas Panhandle", 35.4),
    ],
)
def test_us_regions(text: str, name: str, lat: float) -> None:
    assert places_by_text(text)[name].lat == pytest.approx(lat, abs=0.5)


def test_bare_county_after_its_full_name() -> None:
    got = places_in(
        "Deputies in Broward County arrested two men. The sheriff in Broward said more "
        "arrests would follow."
    )
    assert [p.text for p in got] == ["Broward County", "Broward"]
    assert got[1].name == "Broward County" and got[1].kind == "admin2"


def test_bare_county_keeps_its_town_and_its_people() -> None:
    got = places_by_text("Fires burned in Orange County. Residents of Orange fled on Monday.")
    assert got["Orange"].kind == "city"  # Orange is a town in Orange County
    text = "Officials in Jefferson County met. Thomas Jefferson wrote it. Jefferson said so."
    assert [p.text for p in places_in(text)] == ["Jefferson County"]


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [
        ("The Miami-Dade school board met on Monday.", "Miami-Dade", "Miami-Dade County"),
        ("Officials in Prince George's said they would appeal.", "Prince George's", None),
    ],
)
def test_joined_county_names(text: str, name: str, county: str | None) -> None:
    got = places_by_text(text)
    assert got[name].kind == "admin2"
    assert got[name].name == (county or "Prince George's County")
    assert "Miami" not in got


def test_institution_named_like_a_far_town_takes_its_town() -> None:
    got = places_by_text(
        "Officials in Haiti and Port-au-Prince said many people are flooding the St. Nicolas "
        "hospital, which is the main medical facility in St. Marc, for treatment."
    )
    site = got["St. Nicolas"]
    assert (site.kind, site.country, site.geonameid) == ("facility", "HTI", None)
    assert site.lat == got["St. Marc"].lat


def test_institution_named_like_a_far_town_without_its_town_is_unresolved() -> None:
    got = places_by_text(
        "Officials in Haiti and Port-au-Prince spoke. Patients at the St. Nicolas hospital "
        "were evacuated."
    )
    assert "St. Nicolas" not in got
    assert got["Port-au-Prince"].country == "HTI"


def test_treaty_named_after_a_city_is_never_a_namesake_town() -> None:
    got = places_by_text(
        "It is a war crime under the Rome Statute, officials in Elgin, Illinois, said."
    )
    assert "Rome" not in got or got["Rome"].country == "ITA"
    got = places_by_text("The Kyoto Protocol was discussed by the mayor of Aurora, Illinois.")
    assert "Kyoto" not in got or got["Kyoto"].country == "JPN"


def test_region_of_the_story_country_wins() -> None:
    got = places_by_text(
        "The cases are in the Central Plateau and Artibonite regions north of "
        "Port-au-Prince, Haiti."
    )
    assert got["Central Plateau"].country == "HTI"
    assert got["Artibonite"].country == "HTI"


def test_directional_part_in_a_foreign_country_is_dropped() -> None:
    got = places_by_text(
        "Floods hit Central Kasai and Port-au-Prince, where officials in Haiti said the "
        "roads to Gonaives were closed."
    )
    assert all(p.country == "HTI" for p in got.values())


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Barca beat Real Madrid 3-1 in Barcelona on Sunday.", "Madrid", "Barcelona"),
        ("Leeds United lost to Inter Milan in Milan.", "Leeds", "Milan"),
        ("Paris Saint-Germain fans gathered in Lyon.", "Paris", "Lyon"),
    ],
)
def test_football_clubs_named_by_a_city(text: str, absent: str, present: str) -> None:
    got = places_by_text(text)
    assert absent not in got
    assert present in got


def test_dateline_city_is_the_city_and_carries_over() -> None:
    got = places_in(
        "NEW YORK (AP) — President Barack Obama opened a push to end a grueling primary "
        "fight. The president traveled to New York for Democratic Party fundraisers. "
        "Sen. Kirsten Gillibrand, Democrat of New York, agreed."
    )
    assert [(p.text, p.kind) for p in got] == [
        ("NEW YORK", "city"),
        ("New York", "city"),
        ("New York", "admin1"),
    ]


def test_sentence_opener_the_story_writes_in_lower_case() -> None:
    text = "There has been talk of Democratic unity lately. Unity doesn't mean Sanders quits."
    assert places_in(text) == []
    text = "Party unity matters in the United States. Unity doesn't mean Sanders quits."
    assert [p.text for p in places_in(text)] == ["United States"]


def test_names_in_a_wire_credit_line_are_people() -> None:
    got = places_by_text(
        "The United States has been lobbying. China has lobbied on the other side. (Reporting "
        "by Paige Lim in Singapore and Ben Blanchard in Beijing; Editing by Raju Gopalakrishnan "
        "and Lincoln Feast.)"
    )
    assert "Lincoln" not in got
    assert "Singapore" in got and "Beijing" in got


def test_latina_is_a_people() -> None:
    got = places_by_text("Sotomayor called herself a wise Latina in a speech in Berkeley.")
    assert "Latina" not in got
    assert "Berkeley" in got


def test_syndrome_named_for_a_city() -> None:
    got = places_in("She called it a political Stockholm Syndrome, speaking in Oslo.")
    assert [p.text for p in got] == ["Oslo"]


def test_possessive_of_a_person_is_no_county() -> None:
    got = places_by_text("The lawyer for King's estate spoke to reporters in Brooklyn.")
    assert list(got) == ["Brooklyn"]


def test_bare_county_of_the_home_state() -> None:
    got = places_by_text(
        "Voters in Fairfax and Loudoun backed the measure, officials in Richmond, Virginia, said."
    )
    assert got["Loudoun"].name == "Loudoun County"
    assert got["Richmond"].kind == "city"


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "TALLAHASSEE, Fla. -- Storms hit the Panhandle on Monday, officials in Pensacola, "
            "Florida, said.",
            "Panhandle",
            "Florida Panhandle",
        ),
        (
            "Tourists flocked to the Keys, officials in Miami, Florida, said.",
            "Keys",
            "Florida Keys",
        ),
        ("Wheat farmers across the Panhandle lost crops, Texas officials said.", "Panhandle", None),
    ],
)
def test_part_of_a_named_state(text: str, name: str, region: str | None) -> None:
    got = places_by_text(text)
    assert got[name].name == (region or "Texas Panhandle")
    assert got[name].kind == "region"


def test_part_of_two_named_states_stays_unread() -> None:
    got = places_by_text("The Panhandle of Texas and the Panhandle of Florida differ.")
    assert "Panhandle" not in got


def test_city_over_a_smaller_foreign_namesake_unit() -> None:
    got = places_by_text("Fans of the club flew to Munich from Manchester.")
    assert got["Manchester"].country == "GBR"


def test_county_in_a_firm_name() -> None:
    got = places_by_text("The eggs came from Wright County Egg, a farm in Galt, Iowa.")
    assert "Wright County" not in got
    assert "Wright County" in places_by_text("Officials in Wright County said the farm was safe.")


def test_party_of_a_court_case_is_no_place() -> None:
    got = places_in(
        "In Fisher v. University of Texas, the court ruled. ''In Fisher,'' Dean Amar said in "
        "Austin, Texas."
    )
    assert "Fisher" not in [p.text for p in got]
    got = places_by_text("In Texas v. United States, judges in New Orleans ruled for Texas.")
    assert got["Texas"].kind == "admin1"


def test_event_held_in_new_york_is_the_city() -> None:
    got = places_by_text("Sanders held a big rally in New York to court young voters.")
    assert got["New York"].kind == "city"


def test_place_known_only_as_a_county() -> None:
    got = places_by_text(
        "Trump carried Florida statewide, but lost a band of southeastern counties, including "
        "Miami-Dade and Broward, by 38 percentage points."
    )
    assert got["Broward"].name == "Broward County"
    assert got["Miami-Dade"].name == "Miami-Dade County"
