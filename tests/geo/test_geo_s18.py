"""Eighteenth round, places: former first-level units, serotypes, capitals NER reads as people,
other names of big towns, the two Congos and the shared list-of-units pattern."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

from dateline.geo import resolve
from dateline.geo.recognize import _COUNTY_LIST


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.rindex(n), text.rindex(n) + len(n)) for n in names]


def resolved(text: str, *names: str):
    return resolve(text, spans(text, *names))


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Floods hit Hedmark and Oppland counties in Norway on Sunday.", "Hedmark", "NOR"),
        ("Snow closed passes in Rhône-Alpes, near Lyon, France.", "Rhône-Alpes", "FRA"),
        ("Rebels raided villages in Orientale province, Congo's army said.", "Orientale", "COD"),
        (
            "Cholera spread to Western Province, Kenya, on Monday.",
            "Western Province",
            "KEN",
        ),
    ],
)
def test_former_first_level_units_resolve(text: str, name: str, country: str) -> None:
    got = resolved(text, name, *[w for w in ("Norway", "France", "Congo", "Kenya") if w in text])
    assert got[0] is not None and got[0].country == country and got[0].kind == "admin1"


def test_a_region_known_without_its_unit_word_takes_it() -> None:
    got = resolved("Drought hit Rift Valley Province and Nyanza in Kenya.", "Rift Valley Province")
    assert got[0] is not None and got[0].country == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak of Salmonella Newport sickened 40 people in Ohio, the CDC said.",
        "Tests found serotype Newport in samples sent to labs in Ohio.",
    ],
)
def test_a_salmonella_serotype_is_no_place(text: str) -> None:
    got = places_by_text(text)
    assert "Newport" not in got and got["Ohio"].kind == "admin1"


def test_a_town_named_after_its_serotype_stays() -> None:
    assert places_by_text("Officials in Newport said the outbreak began in Ohio.")["Newport"]


def test_a_capital_ner_reads_as_a_person_in_a_story_naming_its_country() -> None:
    got = places_by_text("Fighting continued in Sana on Tuesday, Yemen's state news agency said.")
    assert (got["Sana"].name, got["Sana"].country) == ("Sanaa", "YEM")


def test_a_capital_named_as_a_person_elsewhere_stays_a_person() -> None:
    got = places_by_text("The award went to Victoria Smith, who lives in Seychelles.")
    assert "Victoria" not in got


def test_a_big_town_s_former_name_does_not_outrank_the_state_s_own_town() -> None:
    got = places_by_text("Litchfield police said the barn fire on Route 202 was in Connecticut.")
    assert (got["Litchfield"].name, got["Litchfield"].country) == ("Litchfield", "USA")
    assert abs(got["Litchfield"].lat - 41.75) < 0.5


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Ebola struck in Ituri, in the northern part of Congo.", ("Ituri", "Congo"), "COD"),
        ("Rebels clashed with troops near Goma in eastern Congo.", ("Goma", "Congo"), "COD"),
        ("Protests spread in Brazzaville, the capital of Congo.", ("Brazzaville", "Congo"), "COG"),
    ],
)
def test_a_bare_congo_follows_its_context(text: str, names: tuple[str, ...], country: str) -> None:
    got = resolved(text, *names)[-1]
    assert got is not None and got.country == country


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Roads closed in Bourbon and Harrison counties.", "Bourbon and Harrison"),
        (
            "Crews worked in Orleans, Jefferson and St. Bernard parishes.",
            "Orleans, Jefferson and St. Bernard",
        ),
        ("Rain fell on Fulton,  DeKalb or Cobb counties.", "Fulton,  DeKalb or Cobb"),
    ],
)
def test_county_lists_share_the_containers_pattern(text: str, listed: str) -> None:
    hit = _COUNTY_LIST.search(text)
    assert hit is not None and hit.group(1) == listed


@pytest.mark.parametrize(
    ("text", "quarter", "town"),
    [
        (
            "The shooting happened in the Tenderloin neighborhood of San Francisco, police said.",
            "Tenderloin",
            "San Francisco",
        ),
        ("Water ran out in Kibera, a district of Nairobi, on Monday.", "Kibera", "Nairobi"),
    ],
)
def test_a_town_s_quarter_the_gazetteer_lacks_takes_the_town_s_point(
    text: str, quarter: str, town: str
) -> None:
    got = places_by_text(text)
    assert got[quarter].kind == "neighbourhood" and got[quarter].geonameid is None
    assert (got[quarter].lat, got[quarter].lon) == (got[town].lat, got[town].lon)


def test_a_numbered_district_is_no_quarter() -> None:
    got = places_by_text("Voters in the Fifth district of Paris went to the polls.")
    assert "Fifth" not in got and got["Paris"].country == "FRA"


def test_a_town_placed_by_its_bearing_from_another_is_a_town() -> None:
    got = places_by_text("Deputies answered a call in Harrison, north of Chattanooga, on Friday.")
    assert got["Harrison"].country == "USA" and abs(got["Harrison"].lat - 35.1) < 0.3


def test_a_unit_named_by_position_is_found_in_a_story_naming_its_country() -> None:
    got = places_by_text("Shiite protesters rallied in the Eastern Province of Saudi Arabia.")
    assert got["Eastern Province"].country == "SAU"


def test_a_unit_named_by_position_takes_the_story_s_country() -> None:
    got = places_by_text("Cases rose in Rift Valley Province and Western Province, in Kenya.")
    assert got["Western Province"].country == "KEN"


def test_a_town_a_person_is_told_by_is_a_town() -> None:
    got = places_by_text("The Lewiston man was arrested on Friday after a chase.")
    assert got["Lewiston"].country == "USA"


def test_a_surname_before_man_is_no_town() -> None:
    got = places_by_text("A Clinton man said Hillary Clinton would win the state.")
    assert "Clinton" not in got


def test_a_nearby_town_stays_the_neighbour_not_the_famous_namesake() -> None:
    got = places_by_text(
        "Residents of Paris, Texas, and nearby Clarksville were told to boil water."
    )
    assert abs(got["Clarksville"].lat - 33.6) < 0.3 and abs(got["Clarksville"].lon + 95.0) < 0.3
