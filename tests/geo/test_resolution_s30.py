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
