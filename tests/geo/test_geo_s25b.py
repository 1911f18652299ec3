"""Twenty-fifth round, second part: a one-word possessive its sentence's state vouches for, a
local side named in a result with its score, and a town right after a river or lake and
"at"/"near". Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.geo import document_places


@pytest.fixture(scope="module")
def places(nlp):
    def read(text: str) -> list[tuple[str, str | None, float | None]]:
        return [(p.text, p.country, p.lat) for p in document_places(nlp(text))]

    return read


def _lat(found: list[tuple[str, str | None, float | None]], name: str) -> list[float | None]:
    return [lat for text, _, lat in found if text == name]


def test_possessive_town_vouched_by_its_state(places) -> None:
    found = places("Tifton's pecan harvest drew buyers from across Georgia on Tuesday.")
    assert [t for t, _, _ in found] == ["Tifton", "Georgia"]
    assert all(country == "USA" for _, country, _ in found)  # the state, not the country


def test_possessive_of_a_person_is_no_town(places) -> None:
    found = places("Smith's campaign drew crowds across Georgia on Tuesday.")
    assert "Smith" not in {t for t, _, _ in found}


def test_side_in_a_result_is_its_town(places) -> None:
    found = places("Brainerd State beat Fergus Falls 5-2 on Saturday.")
    assert _lat(found, "Fergus Falls") and 45 < (_lat(found, "Fergus Falls")[0] or 0) < 47


def test_players_in_a_result_are_no_towns(places) -> None:
    assert places("Federer beat Nadal 6-4 in the final on Sunday.") == []


def test_town_near_a_lake_lies_by_it(places) -> None:
    found = places(
        "Sailboats crowded Lake Pepin near Lake City on Sunday, and Lake City's harbor filled up."
    )
    lats = _lat(found, "Lake City")
    assert len(lats) == 2 and all(44 < (lat or 0) < 45 for lat in lats)  # Minnesota, not Florida


def test_town_at_a_river_lies_on_it(places) -> None:
    found = places("The bridge over the St. Croix at Hudson closed for repairs on Monday.")
    assert 44 < (_lat(found, "Hudson")[0] or 0) < 46  # Wisconsin, not New Jersey
