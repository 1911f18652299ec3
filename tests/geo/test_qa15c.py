"""Fifteenth-session third round (places): US and Canadian state abbreviations of every style,
county context, a news outlet's edition before a place, and an analyst's QA round; each cause is
checked on short synthetic sentences."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

# (town, USPS code, state, a traditional or AP abbreviation)
_STATES = [
    ("Anchorage", "AK", "Alaska", "Alas."),
    ("Tucson", "AZ", "Arizona", "Ariz."),
    ("Fresno", "CA", "California", "Cal."),
    ("Hilo", "HI", "Hawaii", "Haw."),
    ("Boise", "ID", "Idaho", "Ida."),
    ("Topeka", "KS", "Kansas", "Kans."),
    ("Bangor", "ME", "Maine", "Me."),
    ("Omaha", "NE", "Nebraska", "Nebr."),
    ("Roswell", "NM", "New Mexico", "N.Mex."),
    ("Fargo", "ND", "North Dakota", "N.Dak."),
    ("Eugene", "OR", "Oregon", "Oreg."),
    ("Erie", "PA", "Pennsylvania", "Penn."),
    ("Scranton", "PA", "Pennsylvania", "Penna."),
    ("Sioux Falls", "SD", "South Dakota", "S.Dak."),
    ("Waco", "TX", "Texas", "Tex."),
    ("Provo", "UT", "Utah", "Ut."),
    ("Wheeling", "WV", "West Virginia", "W. Va."),
    ("Kenosha", "WI", "Wisconsin", "Wisc."),
    ("Madison", "WI", "Wisconsin", "Wis."),
    ("Peoria", "IL", "Illinois", "Ill."),
    ("Tupelo", "MS", "Mississippi", "Miss."),
    ("Casper", "WY", "Wyoming", "Wyo."),
]
_PROVINCES = [
    ("Calgary", "AB", "Alberta", "Alta."),
    ("Kamloops", "BC", "British Columbia", "B.C."),
    ("Brandon", "MB", "Manitoba", "Man."),
    ("Gander", "NL", "Newfoundland and Labrador", "Nfld."),
    ("Truro", "NS", "Nova Scotia", "N.S."),
    ("Barrie", "ON", "Ontario", "Ont."),
    ("Sherbrooke", "QC", "Quebec", "Que."),
    ("Saskatoon", "SK", "Saskatchewan", "Sask."),
]


@pytest.mark.parametrize(("town", "code", "state", "abbr"), _STATES + _PROVINCES)
def test_a_state_abbreviation_after_a_town_is_its_container(town, code, state, abbr):
    country = "CAN" if (town, code, state, abbr) in _PROVINCES else "USA"
    got = places_by_text(f"Police in {town}, {abbr}, said a man was arrested on Monday.")
    assert got[town].country == country
    assert got[abbr].name == state


@pytest.mark.parametrize(("town", "code", "state", "abbr"), _STATES + _PROVINCES)
def test_a_postal_code_after_a_comma_is_its_state(town, code, state, abbr):
    got = places_by_text(f"Police in {town}, {code} said a man was arrested on Monday.")
    assert got[code].name == state
    assert got[town].country == ("CAN" if code in {p[1] for p in _PROVINCES} else "USA")


def test_a_traditional_abbreviation_moves_a_town_to_its_state():
    got = places_by_text("A vigil was held in Portland, Me., on Sunday night.")
    assert got["Portland"].lat > 43 and got["Portland"].lon > -71  # Maine, not Oregon
    got = places_by_text("Residents of Santa Fe, N.Mex., gathered at the capitol.")
    assert got["Santa Fe"].country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "He said it was time to leave, Me. Smith added.",
        "The film, Penn. and Teller said, was fine.",
    ],
)
def test_an_abbreviation_needs_a_town_before_it(text):
    got = places_by_text(text)
    assert "Me." not in got and "Penn." not in got


def test_a_postal_code_without_a_comma_is_no_state():
    got = places_by_text("The report was IN the news, and OK by the council in Boston.")
    assert set(got) <= {"Boston"}


@pytest.mark.parametrize(
    ("text", "town", "lat", "lon"),
    [
        ("Voters in Lebanon, in Warren County, rejected the school levy.", "Lebanon", 39.4, -84.2),
        ("The sheriff of Warren County said deputies found the car in Lebanon.", "Lebanon", 39.4,
         -84.2),
    ],
)  # fmt: skip
def test_a_town_lies_in_the_county_the_story_names(text, town, lat, lon):
    got = places_by_text(text)
    assert abs(got[town].lat - lat) < 1.0 and abs(got[town].lon - lon) < 1.0
    assert got["Warren County"].country == "USA"


@pytest.mark.parametrize(
    ("text", "town", "lat"),
    [
        ("The fire started near Clinton in Anderson County, Tenn., on Sunday.", "Clinton", 36.1),
        ("The crash happened near Lebanon in Warren County on Sunday.", "Lebanon", 39.4),
        ("Deputies found the truck near Marion, in Grant County, on Friday.", "Marion", 40.6),
    ],
)
def test_a_name_before_in_county_is_a_town_of_that_county(text, town, lat):
    got = places_by_text(text)
    assert got[town].country == "USA" and abs(got[town].lat - lat) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton spoke on Monday. Clinton in Polk County said the plan would work.",
        "Sheriff John Jackson in Jackson County said the road was closed.",
        "Smith in Polk County said he would run again.",
    ],
)
def test_a_person_before_in_county_stays_a_person(text):
    got = places_by_text(text)
    assert set(got) == {"Polk County"} or set(got) == {"Jackson County"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("POLITICO Florida reported the vote on Tuesday.", "Florida"),
        ("The story first ran in Politico Europe last week.", "Europe"),
        ("According to Patch New Jersey, the school closed.", "Jersey"),
        ("Sky News Australia aired the debate on Sunday.", "Australia"),
        ("He told NBC New Jersey that the subway was unsafe.", "Jersey"),
    ],
)
def test_a_place_after_a_news_outlet_is_its_edition(text, gone):
    got = places_by_text(text)
    assert not any(gone in name for name in got)


def test_a_station_named_after_its_city_sits_there():
    got = places_by_text("He told CBC Toronto that the clinic was full.")
    assert got["Toronto"].country == "CAN"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A senior official told Reuters Iran had agreed to the talks.", "Iran"),
        ("An official told CNN Russia was ready to talk.", "Russia"),
        ("He works for CNN in Atlanta.", "Atlanta"),
        ("Fox News reported from Iran on Monday.", "Iran"),
    ],
)
def test_a_place_opening_a_reported_clause_stays(text, kept):
    assert kept in places_by_text(text)


def test_a_bare_county_lies_in_the_story_s_home_state():
    got = places_by_text(
        "PARIS, Mo. - Farmers in Missouri said the drought was the worst in years. Linn County"
        " was hit hardest, officials in Missouri said, and Monroe County asked for aid."
    )
    assert abs(got["Linn County"].lat - 39.8) < 0.5 and abs(got["Linn County"].lon + 93.1) < 0.5
    assert abs(got["Monroe County"].lon + 92.0) < 0.5  # Missouri's, not Indiana's


def test_a_county_the_story_places_elsewhere_keeps_its_reading():
    got = places_by_text(
        "Officials in Missouri and Kansas met. Police said Monroe County deputies found the car"
        " near Bloomington, Indiana, and Indiana officials agreed."
    )
    assert abs(got["Monroe County"].lon + 86.5) < 0.5


def test_a_person_like_name_before_a_state_is_a_town_of_that_state():
    got = places_by_text("He is survived by his son, Leonard of Ada, Oklahoma, and a daughter.")
    assert got["Ada"].country == "USA" and abs(got["Ada"].lat - 34.8) < 0.3


def test_a_list_of_states_stays_a_list():
    got = places_by_text("Voters in Georgia, Alabama and Texas went to the polls on Tuesday.")
    assert {got[s].kind for s in ("Georgia", "Alabama", "Texas")} == {"admin1"}


def test_a_found_country_keeps_its_span_before_a_sentence_dot():
    got = places_by_text("The lab in Guildford, Surrey, UK. The labs in Pirbright were shut.")
    assert "UK" in got and "UK." not in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cases rose in Nyanza Province and North Eastern Province, Kenya said.", "Nyanza"),
        ("Kenyan officials in Coast Province said Mombasa was calm.", "Coast Province"),
    ],
)
def test_kenya_s_former_provinces(text, name):
    got = places_by_text(text)
    hit = next(p for t, p in got.items() if t.startswith(name))
    assert hit.country == "KEN"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Deputies found the car in Harrison, a village west of Cincinnati.", "Harrison"),
        ("The fire spread to Middleton, a suburb of Madison, on Sunday.", "Middleton"),
    ],
)
def test_a_name_in_apposition_to_a_town_word_is_a_town(text, town):
    assert places_by_text(text)[town].country == "USA"


def test_a_town_word_modifying_a_noun_makes_no_town():
    assert "Harrison" not in places_by_text("He met John Harrison, a city councilman, on Monday.")


def test_a_breed_is_no_place():
    got = places_by_text("Cattle prices rose as Angus bulls sold well. Texas cattle ranchers met.")
    assert "Angus" not in got and got["Texas"].kind == "admin1"
