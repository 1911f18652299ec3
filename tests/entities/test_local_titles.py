"""Local officers' and religious titles, abbreviated ranks, names cut by NER or a line break."""

from __future__ import annotations

from dateline import extract
from dateline.entities import code_actor


def _entities(text: str):
    return extract(text, published="2021-03-01", stages=["entities"]).entities


def _person(entities, name):
    hits = [e for e in entities if e.name == name and e.type == "PERSON"]
    assert hits, f"no person {name!r} in {[(e.name, e.type) for e in entities]}"
    return hits[0]


def test_name_after_a_sheriff_title_is_a_person_with_that_title():
    ents = _entities("Marlow County Sheriff Dana Whitcombe said the road would stay closed.")
    person = _person(ents, "Dana Whitcombe")
    assert person.title == "Sheriff"
    assert person.actor is not None and person.actor.sector == "COP"


def test_the_sheriff_later_is_a_role_reference_to_the_same_person():
    text = (
        "Marlow County Sheriff Dana Whitcombe said the road would stay closed. "
        '"We will reopen it on Friday," the sheriff added.'
    )
    rec = extract(text, published="2021-03-01", stages=["entities", "quotes"])
    assert {q.speaker_name for q in rec.quotes} == {"Dana Whitcombe"}


def test_abbreviated_rank_before_a_name_makes_a_person_and_a_title():
    ents = _entities("Detective Sgt. Owen Faircloth said two men were held overnight.")
    person = _person(ents, "Owen Faircloth")
    assert person.title == "Detective Sgt."


def test_surname_cut_off_by_the_model_rejoins_the_name():
    ents = _entities("Judge Amy Berman Jackson ordered the release of the documents.")
    person = _person(ents, "Amy Berman Jackson")
    assert person.title == "Judge"
    assert not [e for e in ents if e.name == "Jackson"]


def test_two_names_in_a_headline_stay_two_people():
    ents = _entities("Poll: Ted Cruz Ties Hillary Clinton In Iowa\n\nThe poll was taken last week.")
    assert not [e for e in ents if "Clinton" in e.name and "Cruz" in e.name]


def test_name_broken_over_two_lines_is_one_name_without_the_line_break():
    ents = _entities("The rights lawyer John\n   Bonifaz filed the complaint on Monday.")
    names = [e.name for e in ents if e.type == "PERSON"]
    assert "John Bonifaz" in names
    assert all("\n" not in e.name for e in ents)


def test_office_of_a_body_after_a_local_rank_is_not_a_person():
    ents = _entities(
        "The Medical Superintendent of Kibera National Teaching Hospital said beds had run out."
    )
    assert not [e for e in ents if e.type == "PERSON"]


def test_religious_offices_code_the_religious_sector():
    assert code_actor("Egypt's grand mufti").sector == "REL"
    assert code_actor("Egypt's grand mufti").country == "EGY"
    assert code_actor("the pope").sector == "REL"


def _country(phrase: str) -> str | None:
    actor = code_actor(phrase)
    return actor.country if actor is not None else None


def test_a_large_province_codes_its_country_over_a_smaller_foreign_city_of_its_name():
    assert _country("Ontario Premier Dale Morrow") == "CAN"
    assert _country("Sindh police") == "PAK"
    assert _country("Tigray forces") == "ETH"


def test_a_lowercase_word_is_not_a_city_or_province():
    assert _country("nice people") is None
    assert _country("residents along the rivers") is None
    assert _country("Nice police") == "FRA"


def test_descriptor_named_units_and_shared_names_code_no_country():
    assert _country("the Southern District court") is None
    assert _country("Punjab police") is None  # two countries' provinces


def test_title_after_for_is_only_the_office():
    ents = _entities("Moscow kept its support for President Bashar Assad throughout the war.")
    assert _person(ents, "Bashar Assad").title == "President"


def test_an_office_ending_in_a_capitalised_plural_is_a_title():
    ents = _entities("Minister for Foreign Affairs Julie Bishop said the talks would resume.")
    assert _person(ents, "Julie Bishop").title == "Minister for Foreign Affairs"


def test_a_rank_takes_the_sector_of_the_service_named_before_it():
    assert code_actor("Police Lt. Dana Whitcombe").sector == "COP"
    assert code_actor("Navy Capt. Dana Whitcombe").sector == "MIL"


def test_a_name_ending_in_a_known_surname_is_no_city_of_that_name():
    assert _country("Jeb Bush") is None  # not Bush, Egypt
    assert _country("Jeb Bush supporters") is None
    assert _country("Jeb Bush supporters in Iowa") == "USA"
    assert _country("Texas Tech University") == "USA"  # a run inside a longer name
    assert _country("Dana Whitcombe, Taiwan's deputy foreign minister") == "TWN"


def test_police_and_security_agencies_by_acronym():
    assert (_country("the RCMP"), code_actor("the RCMP").sector) == ("CAN", "COP")
    assert (_country("NYPD detectives"), code_actor("NYPD detectives").sector) == ("USA", "COP")
    assert _country("Garda") == "IRL"
    assert _country("who") is None  # a short acronym matches only in capitals


def test_a_byline_name_and_the_next_paragraphs_surname_stay_two_people():
    ents = _entities("Reporting by John Smith\n\nObama said on Monday he would visit Iraq.")
    names = {e.name for e in ents if e.type == "PERSON"}
    assert "John Smith" in names
    assert not [n for n in names if "Smith" in n and "Obama" in n]


def test_a_place_read_two_ways_equally_often_takes_its_first_reading():
    from dateline.entities.kb import Entry
    from dateline.entities.mentions import Mention
    from dateline.entities.stage import _placed

    group = [Mention(0, 4, "GPE", "Gort", 0, 1), Mention(9, 13, "GPE", "Gort", 2, 3)]
    group[0].place_country, group[1].place_country = "IRL", "GBR"
    entry = Entry("city", "Gort", "IRL:::")
    assert _placed(None, group, entry).country == "IRL"
    group.reverse()
    assert _placed(None, group, entry).country == "GBR"
