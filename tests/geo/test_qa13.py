"""Thirteenth-session QA round (places): general causes found reading PolNeAR train, TR-News
and GeoVirus articles, each checked on short synthetic sentences."""

from __future__ import annotations

from dateline_helpers import places_by_text

from dateline.geo.resolve import find_container


def test_a_foreign_unit_or_city_inside_an_organisation_name_is_dropped():
    text = (
        "Officials in Louisville, Kentucky, said the Louisville Metro Council and doctors at "
        "Northwestern University studied the outbreak in Indiana."
    )
    got = places_by_text(text)
    assert "Metro" not in got and "Northwestern" not in got
    assert got["Kentucky"].country == "USA" and got["Indiana"].kind == "admin1"


def test_a_unit_inside_an_organisation_name_stays_when_its_country_is_in_the_story():
    got = places_by_text("The Kentucky State Police said a farm near Lexington was searched.")
    assert got["Kentucky"].within == "Kentucky State Police"


def test_a_surname_heading_administration_is_not_a_town():
    got = places_by_text("He opposed the Bush administration on trade while in Vermont.")
    assert "Bush" not in got and "Vermont" in got


def test_dotted_initials_are_not_a_small_town_s_other_name():
    got = places_by_text("Reform of the V.A. was debated in Washington; he moved to L.A. later.")
    assert "V.A." not in got and got["L.A."].name == "Los Angeles"


def test_portuguese_joiner_keeps_the_whole_state_name():
    got = places_by_text("Cases rose in Santa Catarina and Rio Grande do Sul last week.")
    assert got["Rio Grande do Sul"].kind == "admin1" and "Sul" not in got


def test_a_bare_country_name_is_the_country_not_its_namesake_province():
    got = places_by_text("The frogs spread from Colombia into eastward Panama, near Torti.")
    assert got["Panama"].kind == "country"


def test_a_country_container_is_the_country_not_its_capital():
    got = places_by_text("The factory moved from Chicago to Salinas, Mexico.")
    assert got["Mexico"].kind == "country"


def test_a_container_after_in():
    text = "Austin, in Scott County, Indiana, was the centre of the outbreak."
    span = find_container(text, text.index(","), 0)
    assert span is not None and text[span[0] : span[1]] == "Scott County"


def test_a_sentence_final_dot_is_not_part_of_a_full_state_name():
    for text, state in [
        ("He grew up in Brooklyn, New York.", "New York"),
        ("A farm near Ames, Iowa.", "Iowa"),
        ("She lives in Louisville, Ky.", "Ky."),
        ("They met in Raleigh, N.C.", "N.C."),
        ("A deputy in Brevard County, Fla.", "Fla."),
    ]:
        comma = text.index(",")
        span = find_container(text, comma, text.rindex(" ", 0, comma) + 1)
        assert span is not None and text[span[0] : span[1]] == state


def test_another_name_inside_an_unknown_longer_place_name_is_not_that_place():
    # "Island" is Iceland's name in Icelandic; "Plum Island" is not in the gazetteer.
    got = places_by_text("The virus was studied at the Plum Island lab in New York.")
    assert "Island" not in got and "New York" in got


def test_a_state_abbreviation_with_its_dot_is_the_state():
    got = places_by_text("He was shot by an off-duty Brevard County, Fla., deputy sheriff.")
    assert got["Fla."].name == "Florida"
