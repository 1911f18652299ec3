"""Thirtieth session, places round C (local tables 27-29): a big city's name in ASCII letters
("Walbrzych" for Wałbrzych); a town's crews or residents "from" it; a shore town "off" which a
boat founders or a named water lies; where a crossing of a named water starts."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, gazetteer


def _quality(name: str, town: str) -> int:
    return next(c.quality for c in gazetteer().lookup(name) if c.name == town)


def test_a_name_in_ascii_letters_is_the_town_s_own() -> None:
    assert _quality("Walbrzych", "Wałbrzych") == OFFICIAL
    assert _quality("Tromso", "Tromsø") == OFFICIAL


def test_another_name_stays_another_name() -> None:
    assert _quality("Munchen", "Munich") == ALTERNATE


def test_a_big_city_written_in_ascii_letters_after_in() -> None:
    assert_place_near(
        "Bus services in Walbrzych were cut on Sunday after a pay dispute.",
        "Walbrzych",
        "POL",
        50.8,
        16.3,
    )
    assert_place_near(
        "Dockworkers in Tromso stopped work for two hours on Thursday.", "Tromso", "NOR", 69.6, 19.0
    )


def test_a_town_s_crews_from_it() -> None:
    assert "Grafton" in places_by_text("Fire crews from Grafton were called to a shed fire.")
    assert "Grafton" in places_by_text("Rescuers from Grafton searched the river on Friday.")


def test_crews_from_a_person_or_a_firm_are_no_town_s() -> None:
    text = "Michael Grafton said fire crews from Grafton were not needed."
    assert "Grafton" not in places_by_text(text)
    assert "Ausgrid" not in places_by_text("Crews from Ausgrid restored power on Friday.")


def test_a_letter_or_help_from_a_person_stays_a_person() -> None:
    text = "Sam Jordan wrote a letter from Jordan to the council."
    assert "Jordan" not in places_by_text(text)
    text = "We received help from Kempsey, the firm's founder Tom Kempsey said."
    assert "Kempsey" not in places_by_text(text)


def test_a_shore_town_off_which_a_boat_sinks() -> None:
    assert_place_near(
        "A fishing boat sank off Kincardine on Sunday, Ontario police said.",
        "Kincardine",
        "CAN",
        44.2,
        -81.6,
    )


def test_any_other_off_is_no_frame() -> None:
    text = "Ontario police said the firm sold off Kincardine last year."
    assert "Kincardine" not in places_by_text(text)


def test_where_a_crossing_of_a_named_water_starts() -> None:
    assert_place_near(
        "A barge that carries grain across Lake Erie from Conneaut stopped running on Friday.",
        "Conneaut",
        "USA",
        41.9,
        -80.6,
    )
    assert_place_near(
        "The car ferry that hauls freight across Lake Michigan from Manistee ended its season.",
        "Manistee",
        "USA",
        44.2,
        -86.3,
    )
