"""Thirtieth session, round F (places, table 30): a name whose own officers follow it ("Durango
aldermen", "the Durango City Council", "Hidalgo Mayor ...") is a town's, not a state's or
region's of that name, and a name whose police or fire department follow it is a town's where a
town of the name holds a good share of the unit's people ("Marlborough police": the Mass. city,
not New Zealand's region). On short synthetic sentences, with a country's police, a state's
voters, a mayor somewhere in a state, the region's own produce and a person's name as controls
that must stay as they were."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Durango aldermen approved a new parking plan on Monday night.", "Durango"),
        ("The Durango City Council approved a new parking plan on Monday night.", "Durango"),
        ("Hidalgo Mayor Sergio Coronado cut the ribbon at the new library.", "Hidalgo"),
        ("Quebec City Council voted to widen the road.", "Quebec"),
    ],
)
def test_a_name_before_its_own_officers_is_a_town(text, name):
    assert places_by_text(text)[name].kind == "city"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marlborough police are looking for a driver who hit a parked car.", "Marlborough"),
        ("The Marlborough Fire Department put out a blaze at a garage.", "Marlborough"),
        ("San Marcos police said a teenager was hurt in the crash.", "San Marcos"),
    ],
)
def test_a_big_towns_force_is_the_towns(text, name):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == ("city", "USA")


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Jordan police arrested two men in Amman.", "Jordan", "country", "JOR"),
        ("Washington police arrested a man near the Capitol.", "Washington", "city", "USA"),
        ("Ontario police charged a man with fraud.", "Ontario", "admin1", "CAN"),
        ("Hidalgo police said the driver fled on foot.", "Hidalgo", "admin1", "MEX"),
        ("A Durango mayor was honored.", "Durango", "admin1", "MEX"),
        ("A Marlborough police officer was praised.", "Marlborough", "admin1", "NZL"),
        ("Marlborough wine sales rose this year.", "Marlborough", "admin1", "NZL"),
    ],
)
def test_a_unit_or_country_keeps_its_reading(text, name, kind, country):
    place = places_by_text(text)[name]
    assert (place.kind, place.country) == (kind, country)


def test_a_persons_name_makes_no_place():
    assert places_by_text("Michael Jordan police tribute drew a crowd.") == {}


# A town's whole name that NER reads as an organisation, whose first word names a bigger place.
@pytest.mark.parametrize(
    "text",
    [
        "The old rail depot in Idaho Falls will become a museum.",
        "The old tannery site in Idaho Falls will be cleaned up under a $9 million settlement,"
        " state officials said.",
    ],
)
def test_a_towns_whole_name_is_read_not_its_first_word(text):
    got = places_by_text(text)
    assert "Idaho" not in got, sorted(got)
    assert got["Idaho Falls"].kind == "city"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Columbia Records signed a new band.", "Columbia Records"),
     ("Georgia Pacific will cut 40 jobs at its mill.", "Georgia Pacific")],
)  # fmt: skip
def test_a_firms_name_is_no_town(text, name):
    assert name not in places_by_text(text)


# A river through the states of both a town and a city bearing the town's name only as an
# other name supports them alike: the town bearing it as its own is read.
def test_support_both_share_is_none_for_the_other_name():
    text = "The cannery in Greenwood will close in May, a blow to the Mississippi River town."
    place = places_by_text(text)["Greenwood"]
    assert place.name == "Greenwood", place


def test_a_neighbour_still_places_the_town():
    text = "Crews repaved Main Street in Greenwood and Lee's Summit, Missouri, last week."
    place = places_by_text(text)["Greenwood"]
    assert abs(place.lat - 38.9) < 1 and abs(place.lon + 94.4) < 1, place
