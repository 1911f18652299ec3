"""Thirtieth session, round I (places, tables 32-33): a town's own name whole that NER's place
entity stops short of, its last word untagged ("Dallas Center", NER's "Dallas" and a bare
"Center"), is that town, not the bigger place its first word names; and a county whose name
opens with an article, written joined or apart ("LaSalle Parish", "DeWitt County"), has the
readings of both spellings, so the town its sentence names lies in the right one. On short
synthetic sentences, with a team's and a paper's names and a town named with no county as
controls that stay as they were."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    "text",
    [
        "A new clinic opened in Dallas Center on Monday, the county said.",
        "Hundreds of runners are expected in Dallas Center this weekend for the pancake breakfast.",
    ],
)
def test_a_towns_whole_name_past_the_entity_is_read(text):
    got = places_by_text(text)
    assert "Dallas" not in got, sorted(got)
    place = got["Dallas Center"]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        ("Fans in Detroit cheered as the Detroit Lions won on Sunday.", "Detroit", "Detroit Lions"),
        ("He spoke to the Boston Globe in Boston on Monday.", "Boston", "Boston Globe"),
    ],
)
def test_a_teams_or_papers_name_is_no_town(text, kept, absent):
    got = places_by_text(text)
    assert kept in got and absent not in got, sorted(got)


# A county spelled joined where the gazetteer lists it apart: its town is the one inside it.
@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("LaSalle Parish deputies said a man was arrested in Jena on Friday.", "Jena", 31.7, -92.1),
        (
            "DeWitt County board members meeting in Clinton on Tuesday voted to repave two roads.",
            "Clinton",
            40.2,
            -89.0,
        ),
    ],
)
def test_a_countys_article_joined_or_apart_places_its_town(text, name, lat, lon):
    place = places_by_text(text)[name]
    assert abs(place.lat - lat) < 0.5 and abs(place.lon - lon) < 0.5, place


def test_a_town_with_no_county_keeps_its_reading():
    place = places_by_text("Police in Jena said a tram hit a car on Tuesday.")["Jena"]
    assert place.country == "DEU", place
