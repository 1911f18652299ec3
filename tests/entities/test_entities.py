"""Entities stage: NER fixes, merging, titles and actor coding on synthetic sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline import extract
from dateline.entities import code_actor
from dateline.entities.kb import DATA

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "patriot-lithuania.txt"


def _entities(text: str, published: str | None = "2017-06-01"):
    rec = extract(text, published=published, stages=["entities"])
    return rec, rec.entities


def _by_name(entities, name):
    hits = [e for e in entities if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in entities]}"
    return hits[0]


def _texts(rec, entity):
    return [rec.text[m.start : m.end] for m in entity.mentions]


def test_person_variants_and_role_reference_merge():
    text = (
        "US Secretary of Defense Robert Hallam met officials in Warsaw on Monday. "
        "Bob Hallam said the talks went well. The Pentagon chief later flew home, "
        "and Hallam said he would return."
    )
    rec, ents = _entities(text)
    person = _by_name(ents, "Robert Hallam")
    assert person.type == "PERSON"
    assert person.title == "Secretary of Defense"
    assert {"Robert Hallam", "Bob Hallam", "Hallam", "Pentagon chief"} <= set(_texts(rec, person))
    assert person.actor is not None and person.actor.country == "USA"
    assert person.actor.sector == "GOV"


def test_country_aliases_and_metonymic_capital_merge():
    text = (
        "The Russian Federation warned Kazakhstan on Friday. Russia said the move was hostile, "
        "and Moscow threatened a response. Reporters in Kazakhstan waited."
    )
    rec, ents = _entities(text)
    rus = [e for e in ents if e.actor and e.actor.country == "RUS" and e.type == "GPE"]
    assert len(rus) == 1
    assert {"Russian Federation", "Russia", "Moscow"} <= set(_texts(rec, rus[0]))
    assert rus[0].name == "Russia"  # the common name, whatever form the article uses


def test_us_spellings_merge_and_acronym_org_merge():
    text = (
        "The United States and the North Atlantic Treaty Organisation held talks. "
        "US diplomats said NATO would decide. U.S. officials agreed, and USA envoys left."
    )
    rec, ents = _entities(text)
    usa = [e for e in ents if e.type == "GPE" and e.actor and e.actor.country == "USA"]
    assert len(usa) == 1
    assert {"United States", "US", "U.S.", "USA"} <= set(_texts(rec, usa[0]))
    nato = [e for e in ents if "NATO" in _texts(rec, e)]
    assert len(nato) == 1 and "North Atlantic Treaty Organisation" in _texts(rec, nato[0])
    assert nato[0].actor is not None and nato[0].actor.country == "IGO"


def test_weapon_systems_are_not_people():
    text = (
        "The army may deploy a Harpoon missile battery. Officials said the Harpoons would stay "
        "for a month, and Russia moved Tochka-U missiles nearby."
    )
    _, ents = _entities(text)
    assert not [e for e in ents if e.type in {"PERSON", "ORG"} and "Harpoon" in e.name]
    assert not [e for e in ents if e.type in {"PERSON", "ORG"} and "Tochka" in e.name]


def test_title_and_dictionary_coding():
    text = (
        "Estonia's Minister of Finance Marten Kuusk met Dalia Grybauskaite in Vilnius. "
        "Grybauskaite said the budget was sound."
    )
    _, ents = _entities(text, published="2015-03-01")
    kuusk = _by_name(ents, "Marten Kuusk")
    assert kuusk.title == "Minister of Finance"
    assert kuusk.actor is not None and (kuusk.actor.country, kuusk.actor.sector) == ("EST", "GOV")
    dalia = _by_name(ents, "Dalia Grybauskaite")
    assert len(dalia.mentions) == 2
    assert dalia.actor is not None and dalia.actor.country == "LTU"


def test_apposition_title_and_demonym_coding():
    text = (
        "Canadian analyst Paul Brenner said so. Brenner, a veteran investigative journalist, left."
    )
    _, ents = _entities(text)
    paul = _by_name(ents, "Paul Brenner")
    assert paul.title == "analyst"
    assert paul.actor is not None and paul.actor.country == "CAN"


def test_ids_ordered_and_offsets_exact():
    text = "Lithuania thanked Poland. Poland thanked Lithuania."
    rec, ents = _entities(text)
    assert [e.id for e in ents] == [f"E{i + 1}" for i in range(len(ents))]
    firsts = [e.mentions[0].start for e in ents]
    assert firsts == sorted(firsts)
    for e in ents:
        assert e.mentions == sorted(e.mentions, key=lambda m: (m.start, m.end))
        for m in e.mentions:
            assert rec.text[m.start : m.end] in {"Lithuania", "Poland"}


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("US defence officials", "USA", "GOV"),
        ("Russian troops", "RUS", "MIL"),
        ("an American destroyer", "USA", "MIL"),
        ("cyber police", None, "COP"),
        ("Kyiv police", "UKR", "COP"),
        ("Lithuania's Minister of Defense", "LTU", "GOV"),
        ("Mexican authorities", "MEX", "GOV"),
        ("a former CIA official", "USA", "ELI"),
    ],
)
def test_code_actor(phrase, country, sector):
    actor = code_actor(phrase)
    assert actor is not None
    assert (actor.country, actor.sector) == (country, sector)


def test_code_actor_dates_and_nothing():
    assert code_actor("Vladimir Putin", date(2015, 1, 1)).country == "RUS"
    assert code_actor("a cat named Frank") is None
    assert code_actor("") is None
    assert code_actor("we told us") is None


def test_stage_survives_odd_input():
    for text in ["...", "\u00e9\u00e9 !!! ???", "A", "THE US US US", "(((NATO)))"]:
        rec = extract(text, stages=["entities"])
        assert not hasattr(rec, "error"), rec


def test_tables_small_with_licence():
    size = sum(p.stat().st_size for p in DATA.iterdir())
    assert size < 3_000_000
    assert (DATA / "LICENSE.phoenix-dictionaries.txt").exists()


@pytest.mark.skipif(not SEED.exists(), reason="../shared is absent")
def test_seed_article():
    rec = extract(SEED.read_text(encoding="utf-8"), stages=["entities"])
    ents = rec.entities
    mattis = [e for e in ents if "Mattis" in e.name]
    assert len(mattis) == 1
    texts = _texts(rec, mattis[0])
    assert {"James Mattis", "Jim Mattis", "Mattis"} <= set(texts)
    assert texts.count("Mattis") == sum(
        1 for i in range(len(rec.text)) if rec.text.startswith("Mattis", i)
    ) - texts.count("James Mattis") - texts.count("Jim Mattis")
    assert mattis[0].actor is not None and mattis[0].actor.country == "USA"
    gry = [e for e in ents if "Grybauskaite" in e.name]
    assert len(gry) == 1 and gry[0].actor is not None and gry[0].actor.country == "LTU"
    rus = [e for e in ents if "Russian Federation" in _texts(rec, e)]
    assert len(rus) == 1 and "Russia" in _texts(rec, rus[0])
    assert rus[0].actor is not None and rus[0].actor.country == "RUS"
    nato = [e for e in ents if "NATO" in _texts(rec, e)]
    assert len(nato) == 1 and "North Atlantic Treaty Organisation" in _texts(rec, nato[0])
    assert not [e for e in ents if e.type == "PERSON" and "Patriot" in e.name]


def test_hyphenated_name_found_under_dictionary_spelling():
    text = "President Kassym-Jomart Tokayev spoke in Astana. Tokayev said the vote was fair."
    rec, ents = _entities(text, published="2021-03-01")
    person = [e for e in ents if "Tokayev" in e.name]
    assert len(person) == 1 and person[0].type == "PERSON"
    assert {"Kassym-Jomart Tokayev", "Tokayev"} <= set(_texts(rec, person[0]))
    assert person[0].actor is not None and person[0].actor.country == "KAZ"
    assert person[0].actor.sector == "GOV"  # the written title, not the table's dated office


def test_bare_surname_is_not_promoted_to_a_dictionary_person():
    # A dictionary person shares this surname; nothing in the text says it is him.
    text = "Prices rose again on Monday, Konovalov said in an interview."
    _, ents = _entities(text)
    person = [e for e in ents if "Konovalov" in e.name]
    assert len(person) == 1 and person[0].name == "Konovalov"
    assert person[0].actor is None


def test_bare_surname_with_a_fitting_title_is_the_dictionary_person():
    text = "Lithuanian President Grybauskaite said the drills would go ahead."
    _, ents = _entities(text)
    person = [e for e in ents if "Grybauskaite" in e.name]
    assert len(person) == 1 and person[0].name == "Dalia Grybauskaite"
    assert person[0].actor is not None and person[0].actor.country == "LTU"


def test_title_country_from_the_text_office():
    text = (
        "Moldova's defence ministry said troops would join the drills. "
        "Defence Minister Anatolie Nosatai said the exercise was planned long ago."
    )
    _, ents = _entities(text)
    person = _by_name(ents, "Anatolie Nosatai")
    assert person.title == "Defence Minister"
    assert person.actor is not None and person.actor.country == "MDA"


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Canadian Ambassador to the United Nations", "CAN", "GOV"),
        ("Chile's Defense Department", "CHL", None),
        ("ordinary Kazakhs", "KAZ", None),
        ("Two Brazilians", "BRA", None),
        ("the provincial governor's spokesman", None, "GOV"),
        ("spokesman of the defense ministry", None, "GOV"),
        ("Congress Party", None, "PTY"),
        ("Leon Bobb", None, None),
        ("Sen. Feliciano Valencia", None, "LEG"),
        ("Red Crescent Society", None, "NGO"),
    ],
)
def test_code_actor_phrase_structure(phrase, country, sector):
    actor = code_actor(phrase)
    got = (actor.country, actor.sector) if actor else (None, None)
    if sector is None:
        assert got[0] == country
    else:
        assert got == (country, sector)


def test_official_country_name_in_a_headline_is_one_mention():
    text = (
        "Republic of Moldova reports troop movements near its border\n\n"
        "Moldova's defence ministry said on Thursday that it was watching the situation."
    )
    rec, ents = _entities(text)
    (mda,) = [e for e in ents if e.actor and e.actor.country == "MDA" and e.type == "GPE"]
    assert "Republic of Moldova" in set(_texts(rec, mda))
    assert mda.name == "Moldova"


def test_country_sharing_its_code_with_a_part_keeps_its_own_name():
    text = "The United Kingdom and Myanmar signed a trade pact in London on Monday."
    _, ents = _entities(text)
    names = {e.name for e in ents if e.type == "GPE"}
    assert {"United Kingdom", "Myanmar"} <= names and "Wales" not in names
