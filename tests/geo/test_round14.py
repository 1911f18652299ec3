"""Fourteenth round: the article's own country decides a bare name of a big city (London,
Ont.; Perth and Newcastle, Australia; London stays London in British and world stories),
"X-based" names a city, and a big city named as a container ("Queens, New York"); synthetic
sentences only."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline import extract
from dateline.geo import resolve
from dateline.geo.resolve import dominant_country
from dateline.records import Record


def resolved(text: str, *names: str):
    spans = []
    for n in names:
        start = text.index(n, spans[-1][1] if spans else 0)
        spans.append((start, start + len(n)))
    return resolve(text, spans)


def countries(text: str, *names: str) -> dict[str, str | None]:
    """The country of each named mention's reading (the last mention of a repeated name)."""
    return {
        n: (p.country if p is not None else None)
        for n, p in zip(names, resolved(text, *names), strict=True)
    }


def test_canadian_local_story_with_ont_keeps_every_london_in_ontario():
    text = (
        "Police in London, Ont., arrested two men on Sunday. Later the London police chief "
        "said the investigation would continue."
    )
    got = resolved(text, "London", "Ont.", "London")
    assert [p.country for p in got] == ["CAN", "CAN", "CAN"]
    assert got[2].lat == pytest.approx(43.0, abs=0.3)


def test_canadian_local_story_end_to_end():
    text = (
        "Police in London, Ont., arrested two men on Sunday. Later the London police chief "
        "said the investigation would continue."
    )
    rec = extract(text, published="2017-05-10", stages=["entities", "places"])
    assert isinstance(rec, Record)
    londons = [p for p in rec.places if p.text == "London"]
    assert londons and all(p.country == "CAN" for p in londons)


def test_ontario_and_toronto_before_london():
    text = (
        "The Ontario government announced new funding for hospitals in Toronto. In London, "
        "the mayor welcomed the money."
    )
    assert countries(text, "Ontario", "Toronto", "London")["London"] == "CAN"


def test_canadian_cities_alone_make_canada_the_home_country():
    # No province named: only the dominant country (two cities of three names) decides.
    text = "Flights from Vancouver and Calgary were cancelled. In London, the airport reopened."
    assert countries(text, "Vancouver", "Calgary", "London")["London"] == "CAN"


def test_a_country_named_twice_pulls_a_local_story_there():
    text = (
        'Protesters at a London rally urged Canada to take in more refugees from Aleppo. "Canada '
        'must act," an organizer said as fighting in Syria went on.'
    )
    got = countries(text, "London", "Canada", "Aleppo", "Canada", "Syria")
    assert got["London"] == "CAN"


def test_a_country_named_once_does_not_move_london():
    text = "Canada's health minister spoke on Monday. Hospitals in London said they would add beds."
    assert countries(text, "Canada", "London")["London"] == "GBR"


def test_a_small_rival_reading_does_not_hold_a_name_against_the_home_country():
    # "Brent" reads as the London borough, but four names say Canada: Edmonton, Alberta.
    text = (
        "The Melville, Sask., team travelled from Winnipeg to Edmonton on Sunday. Its coach, "
        "from Brent, said Saskatchewan fans came too."
    )
    names = ("Melville", "Sask.", "Winnipeg", "Edmonton", "Brent", "Saskatchewan")
    assert countries(text, *names)["Edmonton"] == "CAN"


@pytest.mark.parametrize(
    ("text", "names", "target", "country"),
    [
        (
            "Fire crews in Perth battled a blaze on Sunday. Western Australia's premier said "
            "Newcastle and Sydney had sent help.",
            ("Perth", "Western Australia", "Newcastle", "Sydney"),
            "Newcastle",
            "AUS",
        ),
        (
            "Police in Perth made an arrest. Fremantle and Mandurah residents were warned.",
            ("Perth", "Fremantle", "Mandurah"),
            "Perth",
            "AUS",
        ),
        (
            "Residents of Newcastle and Maitland were told to boil water, Sydney officials said.",
            ("Newcastle", "Maitland", "Sydney"),
            "Newcastle",
            "AUS",
        ),
        (
            "Newcastle fans travelled from Sunderland and Durham for the match.",
            ("Newcastle", "Sunderland", "Durham"),
            "Newcastle",
            "GBR",
        ),
    ],
)
def test_australian_and_british_namesakes(text, names, target, country):
    assert countries(text, *names)[target] == country


def test_uk_story_keeps_london():
    text = (
        "The Scottish government met in Edinburgh while MPs in London debated the bill. "
        "Manchester council leaders objected."
    )
    assert countries(text, "Edinburgh", "London", "Manchester")["London"] == "GBR"


def test_world_story_keeps_london_paris_and_berlin():
    text = "Leaders met in Paris on Monday before travelling to Berlin. London said it would join."
    assert countries(text, "Paris", "Berlin", "London") == {
        "Paris": "FRA",
        "Berlin": "DEU",
        "London": "GBR",
    }


def test_several_countries_have_no_home_country():
    text = "Ministers from Canada, Australia and India met in London on Monday."
    assert countries(text, "Canada", "Australia", "India", "London")["London"] == "GBR"


def test_dominant_country_needs_a_clear_majority_of_two_or_more():
    assert dominant_country(Counter({"CA": 2, "SY": 1})) == "CA"
    assert dominant_country(Counter({"CA": 1})) is None
    assert dominant_country(Counter({"CA": 2, "SY": 2})) is None
    assert dominant_country(Counter()) is None


def test_state_context_still_keeps_the_famous_compatriot():
    text = "New York officials said the storm moved toward Boston."
    assert resolved(text, "New York", "Boston")[1].lat == pytest.approx(42.36, abs=0.3)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A New York-based fund bought the building.", "New York", "city"),
        ("A Texas-based firm bought the building.", "Texas", "admin1"),
        ("A Virginia-based firm bought the building.", "Virginia", "admin1"),
        ("A Mexico-based rival bid for it.", "Mexico", "country"),
    ],
)
def test_based_in_names_a_big_city_only(text, name, kind):
    (got,) = resolved(text, name)
    assert got is not None and got.kind == kind and got.country in ("USA", "MEX")


@pytest.mark.parametrize(
    ("text", "inner", "kind"),
    [
        ("Students at a school in Queens, New York, fell ill.", "Queens", "city"),
        ("Funeral homes across Brooklyn, New York. The company denied it.", "Brooklyn", "city"),
        ("The bridge in Albany, New York, was closed.", "Albany", "admin1"),
    ],
)
def test_container_names_the_big_city_the_place_lies_in(text, inner, kind):
    got = resolved(text, inner, "New York")
    assert got[1] is not None and got[1].kind == kind and got[1].country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officials said the People's Republic of China reported cases.", "People's", "CHN"),
        ("An outbreak hit the Democratic Republic of the Congo on Monday.", "Democratic", "COD"),
        ("Canada's Ontario government said it would help.", "Ontario", "CAN"),
        ("Floods hit KwaZulu-Natal on Monday.", "KwaZulu", "ZAF"),  # inner capital
    ],
)
def test_long_country_names_are_found_whole(text, name, country):
    rec = extract(text, published="2017-05-10", stages=["entities", "places"])
    assert isinstance(rec, Record)
    hit = [p for p in rec.places if p.text.startswith(name)]
    assert hit and hit[0].country == country
