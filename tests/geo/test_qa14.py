"""Fourteenth-session QA round (places): general causes found reading PolNeAR train, TR-News
and GeoVirus articles, each checked on short synthetic sentences."""

from __future__ import annotations

from dateline_helpers import places_by_text, places_in

from dateline.geo import resolve


def spans(text: str, *names: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for n in names:
        start = text.index(n, pos)
        out.append((start, start + len(n)))
        pos = start + len(n)
    return out


def test_a_lone_feature_word_after_a_capitalised_word_is_no_place():
    got = places_by_text(
        "Sailors anchored in Waiheke Bay near Auckland. Dams of the Ohio Valley Authority."
    )
    assert "Bay" not in got and "Valley" not in got
    assert got["Auckland"].country == "NZL"


def test_a_feature_word_with_its_unit_word_stays():
    got = places_by_text("Storms flooded Bay County, Florida, on Monday.")
    assert got["Bay County"].kind == "admin2" and got["Florida"].kind == "admin1"


def test_saints_that_name_a_church_are_no_towns():
    text = (
        "A bomb hit the chapel of St. Anne and St. Joachim beside St. George's Greek Orthodox "
        "Cathedral in Alexandria, Egypt."
    )
    got = places_by_text(text)
    assert not any(t.startswith("St.") for t in got)
    assert got["Egypt"].country == "EGY"


def test_a_compass_word_before_a_province_keeps_the_province():
    text = "Measles spread through West Kasai and Kasai province, the Congo's health ministry said."
    got = resolve(text, spans(text, "West Kasai", "Kasai", "Congo"))
    assert [p.country for p in got if p is not None][:2] == ["COD", "COD"]


def test_a_compass_word_before_a_sea_is_the_sea():
    text = "Warships patrolled the Western Pacific, officials in Hawaii and Texas said."
    got = resolve(text, spans(text, "Western Pacific", "Hawaii", "Texas"))
    assert got[0] is not None and got[0].kind == "sea"


def test_north_eastern_is_not_part_of_an_eastern_province():
    text = "Cholera reached the North Eastern province and Nairobi, in Kenya."
    got = resolve(text, spans(text, "North Eastern", "Nairobi", "Kenya"))
    assert got[0] is None or got[0].name != "Eastern Province"


def test_a_town_unknown_in_its_stated_state_takes_the_state_not_a_far_namesake():
    text = "MILLBROOK, Mo. - A man from Millbrook, Missouri, was arrested on Friday near Columbia."
    got = places_by_text(text)
    assert got["MILLBROOK"].country == "USA"
    # Never the Millbrook of another country or a far state: the state's own point.
    assert got["Millbrook"].name in ("Missouri", "Millbrook")
    if got["Millbrook"].name == "Millbrook":
        assert abs(got["Millbrook"].lat - 38.5) < 3


def test_a_suburb_list_is_not_a_foreign_unit():
    text = "Police searched homes in Bentley Park, Trinity Beach and Edmonton, near Cairns."
    got = places_by_text(text)
    assert [got[n].country for n in ("Bentley Park", "Edmonton", "Cairns")] == ["AUS"] * 3
    assert got["Bentley Park"].name == "Bentley Park"
    # The feature word joins a name the gazetteer knows whole; "Trinity" is no Jersey parish.
    assert got["Trinity Beach"].country == "AUS" and "Trinity" not in got


def test_a_name_before_an_unknown_feature_word_is_no_place():
    got = places_by_text("A yachtie spotted the otter in Motuihe Bay near Auckland.")
    assert "Motuihe" not in got and got["Auckland"].country == "NZL"


def test_a_place_named_with_what_it_is_then_where():
    got = places_by_text("Donors met at the Deer Valley resort in Utah in the summer of 2012.")
    assert got["Deer Valley"].country == "USA" and got["Deer Valley"].lat > 37


def test_new_york_is_the_city_when_the_sentence_speaks_of_the_city():
    got = places_in(
        "The tenant lives in a Brooklyn apartment. Rents in New York doubled, and the mayor of "
        "New York blamed landlords."
    )
    ny = [p for p in got if p.text == "New York"]
    assert ny and all(p.kind == "city" for p in ny)


def test_new_york_is_the_state_when_the_sentence_speaks_of_the_state():
    got = places_in("The state of New York sued the firm, and New York's governor hailed the deal.")
    assert all(p.kind == "admin1" for p in got if p.text == "New York")
    listed = places_in("Cases were found in New York City, Long Island, New York, and New Jersey.")
    assert [p.kind for p in listed if p.text == "New York"] == ["admin1"]


def test_a_place_opening_a_title_is_no_place():
    text = (
        "TV revivals.\nShe starred in Orange Is the New Black. ''Hawaii Five-0,'' the 1960s "
        "procedural, was filmed in Hawaii."
    )
    got = places_in(text)
    assert [p.text for p in got] == ["Hawaii"] and got[0].start > text.index("filmed")


def test_a_part_named_with_its_city_possessive_lies_in_the_city():
    got = places_by_text("Police sealed off Cairo's Abbasiya neighbourhood on Sunday.")
    assert got["Abbasiya"].country == "EGY"


def test_a_stray_foreign_village_in_a_one_country_story_is_dropped():
    text = (
        "Police in London, Manchester and Leeds raised security after a man was taken ill in "
        "a sushi bar near Piccadilly, and Britain's health agency tested him in Birmingham."
    )
    got = places_by_text(text)
    assert "Piccadilly" not in got or got["Piccadilly"].country == "GBR"
    assert got["Leeds"].country == "GBR"


def test_hand_table_landmarks_and_regions_from_political_news():
    got = places_by_text(
        "From his office above Pearl Harbor, he said lawmakers on Capitol Hill and farmers in "
        "California's Central Valley agreed."
    )
    assert got["Pearl Harbor"].kind == "landmark" and got["Capitol Hill"].kind == "landmark"
    assert got["Central Valley"].kind == "region" and got["Central Valley"].country == "USA"
