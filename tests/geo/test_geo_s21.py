"""Twenty-first round, places: rivers of the US, Britain, Ireland, Canada and Australia place
the towns on them, a town placed in a county and a province mid-sentence, British and Irish
county councils, and a film festival written in lower case."""

from __future__ import annotations

from dateline_helpers import places_by_text


def test_a_michigan_river_places_its_town() -> None:
    got = places_by_text("Midland, on the Tittabawassee River, opened a new library.")
    midland = got["Midland"]
    assert midland.country == "USA" and midland.lat > 43  # Michigan, not Texas


def test_a_border_river_of_new_england_places_its_town() -> None:
    got = places_by_text("Dover, on the Piscataqua River, hired a harbor master.")
    dover = got["Dover"]
    assert dover.country == "USA" and dover.lat > 42.5  # New Hampshire, not Kent or Delaware


def test_a_maine_river_places_its_capital() -> None:
    got = places_by_text("Augusta, on the Kennebec River, raised its property taxes.")
    augusta = got["Augusta"]
    assert augusta.country == "USA" and augusta.lat > 44  # Maine, not Georgia


def test_a_georgia_river_beats_the_greek_capital() -> None:
    got = places_by_text("Athens, on the Oconee River, set a curfew.")
    assert got["Athens"].country == "USA"


def test_an_iowa_river_beats_an_ontario_namesake() -> None:
    got = places_by_text("Waterloo, on the Cedar River, braced for floods.")
    assert got["Waterloo"].country == "USA"


def test_a_scottish_river_places_its_town() -> None:
    got = places_by_text("Perth, on the River Tay, opened a museum.")
    assert got["Perth"].country == "GBR"


def test_a_bare_english_river_places_its_city() -> None:
    got = places_by_text("Newcastle, on the Tyne, won the match.")
    assert got["Newcastle"].country == "GBR"


def test_a_maine_river_beats_a_welsh_namesake() -> None:
    got = places_by_text("Bangor, on the Penobscot River, held a fair.")
    assert got["Bangor"].country == "USA"


def test_a_town_in_a_county_and_province_mid_sentence_is_found() -> None:
    got = places_by_text("Crews said Seaforth, in Huron County, Ont., lost power.")
    assert got["Seaforth"].country == "CAN"


def test_a_town_in_a_county_and_province_takes_the_province() -> None:
    got = places_by_text("The mayor of Exeter, in Huron County, Ont., said the plant would close.")
    assert got["Exeter"].country == "CAN"


def test_an_english_county_council_is_the_english_county() -> None:
    got = places_by_text("A spokesman for Durham County Council said the road would close.")
    assert got["Durham County"].country == "GBR"


def test_an_irish_county_council_is_the_irish_county() -> None:
    got = places_by_text("Clare County Council approved the plan.")
    assert got["Clare County"].country == "IRL"


def test_an_american_county_council_in_its_state_stays() -> None:
    got = places_by_text("York County Council in Rock Hill, S.C., met near Fort Mill, S.C.")
    assert got["York County"].country == "USA"


def test_a_county_in_an_english_story_is_the_english_one() -> None:
    got = places_by_text(
        "Flooding hit Newcastle, Sunderland and Gateshead, and Durham County was also affected."
    )
    assert got["Durham County"].country == "GBR"


def test_a_lower_case_film_festival_names_its_town() -> None:
    got = places_by_text("The Sitges film festival showed horror films.")
    assert got["Sitges"].country == "ESP"


def test_a_theme_s_film_festival_names_no_town() -> None:
    assert "Harvest" not in places_by_text("The Harvest film festival drew crowds.")
