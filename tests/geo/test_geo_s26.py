"""Twenty-sixth round: a phone number's area code places a local story in its state or
province, a list opened by "the provinces of" names first-level units, and a direction word
coordinated before a shared head ("Central and South America") stands for its own area, and
"X county of Y province" names X placed in Y. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.geo import document_places, resolve
from dateline.geo.area_codes import phone_units


def _read(text: str, name: str) -> tuple[str, str | None, float, float]:
    start = text.index(name)
    place = resolve(text, [(start, start + len(name))])[0]
    assert place is not None
    return place.name, place.country, place.lat, place.lon


CALL = "A fire damaged a warehouse in London overnight, police said. Anyone with information"


def test_area_code_places_a_bare_city_in_its_province() -> None:
    _, country, _, _ = _read(f"{CALL} is asked to call police at 519-555-0143.", "London")
    assert country == "CAN"


def test_without_a_phone_number_london_is_england() -> None:
    _, country, _, _ = _read(f"{CALL} is asked to call police.", "London")
    assert country == "GBR"


def test_toll_free_number_places_nothing() -> None:
    _, country, _, _ = _read(f"{CALL} is asked to call 1-800-555-0143.", "London")
    assert country == "GBR"
    assert phone_units("Call 1-888-555-0100 or (877) 555-0199.") == {}


def test_parenthesised_area_code_picks_the_state_namesake() -> None:
    text = "The blues festival returns to Charleston this weekend. Tickets: (304) 555-0188."
    _, country, lat, lon = _read(text, "Charleston")
    assert country == "USA" and 37.5 < lat < 39.0 and -82.5 < lon < -81.0  # West Virginia


def test_dotted_phone_number_is_read() -> None:
    assert set(phone_units("Call the fairgrounds at 903.555.0110 for times.")) == {"phone:Texas"}


def test_dates_and_number_runs_are_no_phone_numbers() -> None:
    assert phone_units("The vote was 519-301 and the 2016-2017 budget rose 4.5 percent.") == {}


def test_listed_after_the_provinces_of_is_a_province() -> None:
    text = "Floods hit the provinces of Coast, Nyanza and Western, officials in Nairobi said."
    name, country, _, _ = _read(text, "Western")
    assert (name, country) == ("Western Province", "KEN")


def test_regions_of_a_list_keep_their_units() -> None:
    text = "Cholera spread through the regions of Kayes, Sikasso and Mopti in Mali this month."
    _, country, _, _ = _read(text, "Sikasso")
    assert country == "MLI"


@pytest.fixture(scope="module")
def places(nlp):
    def read(text: str) -> dict[str, tuple[str, str | None]]:
        return {p.text: (p.name, p.country) for p in document_places(nlp(text))}

    return read


def test_elided_continent_part_is_found_and_named(places) -> None:
    found = places("Coffee prices rose across Central and South America after the frost.")
    assert found.get("Central") == ("Central America", None)


def test_elided_country_of_a_divided_pair(places) -> None:
    found = places("Envoys from North and South Korea met at the border village on Tuesday.")
    assert found.get("North") == ("North Korea", "PRK")


def test_elided_state_of_a_pair(places) -> None:
    found = places("Hurricane warnings covered North and South Carolina by Thursday night.")
    assert found.get("North") == ("North Carolina", "USA")


def test_gold_span_of_an_elided_region_resolves_under_its_full_name() -> None:
    text = "Demand fell in Eastern and Western Europe as the winter stayed mild."
    name, _, _, _ = _read(text, "Eastern")
    assert name == "Eastern Europe"


def test_direction_word_without_a_shared_head_is_no_place(places) -> None:
    found = places("Traffic moved north and south of the bridge once the crash was cleared.")
    assert not found


def test_county_of_a_province_names_the_county(places) -> None:
    found = places("Mudslides injured six herders in Puge county of Sichuan province on Monday.")
    assert "Puge" in found and "Sichuan" in found


def test_district_of_a_province_names_the_district(places) -> None:
    found = places("A roadside bomb hit a patrol in Zhari district of Kandahar province.")
    assert "Zhari" in found and "Kandahar" in found


def test_the_noun_of_a_name_still_announces_the_later_name(places) -> None:
    found = places("Fighters entered the Kurdish village of Ranya before dawn.")
    assert "Ranya" in found and "Kurdish" not in found
