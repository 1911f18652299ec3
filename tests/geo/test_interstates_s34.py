"""Thirty-fourth session (blind table 67): a town named beside a primary Interstate is read in a
state that Interstate crosses ("a subdivision east of Interstate 35" in Buda is the Texas town,
not Budapest's Buda); a world city keeps its own reading, and the pass has its switch."""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

from dateline.geo import interstates
from dateline.geo.gazetteer import gazetteer

_BUDA = "Buda's planning board approved a 200-home subdivision off Interstate 35 on Tuesday."


def test_a_town_beside_an_interstate_is_read_in_a_state_it_crosses() -> None:
    assert_place_near(_BUDA, "Buda", "USA", 30.08, -97.84)


def test_a_world_city_keeps_its_reading_beside_an_interstate() -> None:
    text = "Flights from Paris landed late on Friday, and traffic on Interstate 95 backed up."
    assert places_by_text(text)["Paris"].country == "FRA"


def test_the_switch_turns_the_pass_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interstates, "INTERSTATES", False)
    assert places_by_text(_BUDA)["Buda"].country != "USA"


def test_every_state_of_the_table_is_a_us_state_on_file() -> None:
    codes = {code for states in interstates.INTERSTATE_STATES.values() for code in states.split()}
    on_file = {
        c.adm1
        for code in codes
        for c in gazetteer().lookup(code, abbrev=True)
        if c.kind == "admin1" and c.cc == "US"
    }
    assert codes == on_file
