"""Twenty-fifth round: plural place nouns over a list, a lower-case "county" after a name, a
dateline's capitals repeated in mixed case, and a common-word town its sentence's county vouches
for. Sentences written for these tests."""

from __future__ import annotations


def test_plural_noun_announces_every_listed_name(places) -> None:
    found = places("Shells fell on the besieged villages of Umm Tarza and Kfar Dalil near Hama.")
    assert {"Umm Tarza", "Kfar Dalil"} <= set(found)


def test_plural_noun_with_three_names(places) -> None:
    found = places("Heavy snow cut off the mountain towns of Haris, Ahar and Varzaqan on Friday.")
    assert {"Haris", "Ahar", "Varzaqan"} <= set(found)


def test_lower_case_county_after_a_name(places) -> None:
    found = places("Mudslides buried forty homes in Maoxian county on Saturday.")
    assert found.get("Maoxian", (None,))[0] == "city"


def test_state_before_lower_case_county_is_the_state(places) -> None:
    found = places("He spent a month in a Texas county jail before the hearing.")
    assert found.get("Texas") == ("admin1", "USA")
    assert not any("county" in name for name in found)


def test_irish_county_named_with_lower_case_county_stays(places) -> None:
    found = places("Shoppers in Ennis, the Clare county town, complained about parking.")
    assert any(name.startswith("Clare") for name in found)


def test_capitalised_county_name_still_a_county(places) -> None:
    found = places("Deputies in Texas County, Missouri, closed the bridge.")
    assert found.get("Texas County") == ("admin2", "USA")


def test_dateline_town_repeated_in_mixed_case(places) -> None:
    text = "TORRINGTON — The mayor unveiled a grant for Torrington businesses that fix their signs."
    found = places(text)
    assert "Torrington" in found


def test_common_word_town_vouched_by_county_of_its_sentence(places) -> None:
    text = (
        "The peach festival returned to Hope on Saturday, and Hempstead County deputies said "
        "it ran late."
    )
    assert places(text).get("Hope") == ("city", "USA")


def test_county_of_another_sentence_does_not_vouch(places) -> None:
    text = (
        "The peach festival returned to Hope on Saturday. Hempstead County deputies said it "
        "ran late."
    )
    assert "Hope" not in places(text)


def test_county_of_another_state_does_not_vouch(places) -> None:
    text = "The bus returned to Hope on Saturday, and Marin County deputies said it ran late."
    assert "Hope" not in places(text)


def test_person_named_like_the_town_stays_a_person(places) -> None:
    text = "Thanks to Hope Williams, the Hempstead County shelter stayed open."
    assert "Hope" not in places(text)
