"""Thirty-first session, places round C (local tables 34-36): a town named bare inside a civic
body's or church's name, as a modifier of a townsman's calling or church, before its officials
or police, as the opening subject closing a named street, or as a school team with a score; a
faith's church, a college's teacher, a firm's officials, a person and a common word stay no
place."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text


def test_a_town_inside_its_city_commission_s_name() -> None:
    assert_place_near(
        "The Vidalia City Commission voted Tuesday to raise water rates.",
        "Vidalia",
        "USA",
        32.2,
        -82.4,
    )


def test_a_federal_commission_names_no_town() -> None:
    assert places_by_text("The Federal Trade Commission voted Tuesday to sue.") == {}
