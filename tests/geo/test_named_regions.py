"""A name called a region, oblast or governorate is the admin unit, not its namesake capital."""

from __future__ import annotations

from dateline_helpers import places_in


def _kinds(text: str, name: str) -> list[str]:
    return [p.kind for p in places_in(text) if p.text == name]


def test_region_of_x_is_the_unit():
    text = "Russia moved missiles to the country's westernmost region of Kaliningrad last year."
    assert _kinds(text, "Kaliningrad") == ["admin1"]


def test_x_region_is_the_unit_and_the_bare_name_stays_the_city():
    text = "Floods hit the Puno region of Peru. Residents of Puno fled to higher ground."
    assert _kinds(text, "Puno") == ["admin1", "city"]


def test_a_us_state_is_never_a_region():
    text = "Traffic in the Washington region was heavy on Monday, officials in Virginia said."
    assert _kinds(text, "Washington") == ["city"]
