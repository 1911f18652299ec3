"""Twenty-eighth session, places (local table 20's misses): the town a quake or a storm
strikes, whatever NER tags it; a town opening its sentence before its own site's noun."""

from __future__ import annotations

from dateline_helpers import assert_place_near


def test_the_town_a_quake_rocks_is_taken() -> None:
    assert_place_near(
        "A moderate earthquake rocked Blenheim on Friday afternoon, residents said.",
        "Blenheim",
        "NZL",
        -41.5,
        173.96,
    )


def test_the_town_an_earthquake_jolts_is_taken() -> None:
    assert_place_near(
        "A magnitude 3.6 earthquake jolted Whakatane before dawn, GeoNet said.",
        "Whakatane",
        "NZL",
        -37.95,
        176.99,
    )


def test_a_town_opening_its_sentence_before_its_harbour_is_the_town() -> None:
    assert_place_near(
        "Maryport harbour will close to pleasure boats while the lock gates are mended.",
        "Maryport",
        "GBR",
        54.71,
        -3.49,
    )


def test_a_town_opening_its_sentence_before_its_library_is_the_town() -> None:
    assert_place_near(
        "Kendal library will open on Sundays from next month, the council said.",
        "Kendal",
        "GBR",
        54.33,
        -2.75,
    )
