"""Twenty-fourth round (c), places: resolution misses the context settles.

"the Clare county town" and "Kerry county councillors" write "county" in lower case, as
Irish and British papers do, so they are County Clare (and its town Ennis) and County Kerry,
not Clare County, Mich.; "near San Juan in western Argentina" places the town in the country
after "in"; "at Winona on the Mississippi" names the river, which must not pull the town to a
namesake in the state; "the Ring of Kerry" names an Irish county no mention covers, which
places a bare "Killarney" in Ireland; "from New York and Toronto" lists cities, so it is the
city, as a list of states names the state.
"""

from __future__ import annotations

import re

import pytest
from dateline_helpers import assert_place_near

import dateline.geo.river_words as river_words
from dateline.geo import resolve


@pytest.mark.parametrize(
    ("sentence", "name", "country", "lat", "lon"),
    [
        ("Shoppers in Ennis, the Clare county town, complained about parking charges.",
         "Ennis", "IRL", 52.84, -8.99),
        ("Shoppers in Ennis, the Clare county town, complained about parking charges.",
         "Clare county", "IRL", 52.86, -8.94),
        ("Kerry county councillors met in Tralee on Monday.",
         "Kerry", "IRL", 52.15, -9.52),
        ("Kent county council voted to close two libraries in Maidstone.",
         "Kent county", "GBR", 51.27, 0.70),
        ("Clare County commissioners met in Harrison on Monday.",
         "Clare County", "USA", 43.92, -84.78),
        ("Vineyards near San Juan in western Argentina lost their harvest to hail.",
         "San Juan", "ARG", -31.54, -68.53),
        ("Floodwaters closed the lock at Winona on the Mississippi on Friday.",
         "Winona", "USA", 44.05, -91.64),
        ("Winona, Miss., will hold its festival on Saturday.",
         "Winona", "USA", 33.48, -89.73),
        ("Two passengers who flew in from New York and Toronto tested positive.",
         "New York", "USA", 40.71, -74.01),
        ("Wildfires burned in New York and Pennsylvania.",
         "New York", "USA", 43.00, -75.50),
    ],
)  # fmt: skip
def test_context_picks_the_namesake(
    sentence: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(sentence, name, country, lat, lon)


def _resolved(text: str, name: str):
    (place,) = resolve(text, [re.search(name, text).span()])
    assert place is not None
    return place


def test_a_landscape_named_for_a_county_places_the_town() -> None:
    place = _resolved("Tour buses leave Killarney each morning for the Ring of Kerry.", "Killarney")
    assert place.country == "IRL"


def test_a_bare_river_is_no_state_when_the_switch_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the river pass off, the state's name pulls the town to its namesake there: the
    pass, not chance, settles it."""
    monkeypatch.setattr(river_words, "RIVER_WORDS", False)
    text = "Floodwaters closed the lock at Winona on the Mississippi on Friday."
    spans = [re.search(n, text).span() for n in ("Winona", "Mississippi")]
    winona, _ = resolve(text, spans)
    assert winona is not None and abs(winona.lat - 33.48) < 1.0
