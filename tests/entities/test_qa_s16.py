"""Sixteenth-session entity fixes from the speaker QA round: a surname past a generational
suffix, the tables' reading of a bare surname among several people of that name, the one person
named in full before a bare surname, full names typed as things, places and parties the model
once typed as people, event nouns after a person's surname, and surnames inside other names."""

from __future__ import annotations

from dateline_helpers import entity_types as _types
from dateline_helpers import people_mentions as _people

from dateline import extract
from dateline.entities.surnames import surname


def test_surname_passes_a_generational_suffix() -> None:
    assert surname("Luther Stan Pate IV") == "Pate"
    assert surname("Harry Hurt III") == "Hurt"
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Pate") == "Pate"
    assert surname("") == ""


def test_a_bare_surname_joins_a_full_name_with_a_suffix() -> None:
    text = (
        "The donor, Luther Stan Pate IV, gave $10,000 to the campaign. "
        "Pate said he had not spoken with the candidate in a year."
    )
    people = _people(extract(text))
    assert people["Luther Stan Pate IV"] == ["Luther Stan Pate IV", "Pate"]


def test_the_tables_reading_of_a_bare_surname_picks_the_full_name() -> None:
    text = (
        "Donald J. Trump spoke in Iowa on Monday. His former wife, Ivana Trump, stayed in "
        "New York. Mr. Trump said the rally was a success."
    )
    people = _people(extract(text))
    assert "Trump" in people["Donald J. Trump"]
    assert "Donald Trump" not in people
    assert people["Ivana Trump"] == ["Ivana Trump"]


def test_a_bare_surname_is_the_one_person_named_in_full_before_it() -> None:
    text = (
        "Bill Clinton spoke in Ohio on Monday. Mr. Clinton said the economy was strong. "
        "Later in the week, Chelsea Clinton visited a school."
    )
    people = _people(extract(text))
    assert people["Bill Clinton"][:2] == ["Bill Clinton", "Clinton"]


def test_a_full_name_typed_as_a_thing_is_the_person_its_surname_names() -> None:
    text = (
        "An email from Neera Tanden reached the office on Monday. "
        "Tanden said she had worked on the campaign in 2008."
    )
    people = _people(extract(text))
    assert people["Neera Tanden"] == ["Neera Tanden", "Tanden"]


def test_a_one_word_person_the_article_reads_as_a_place_elsewhere_is_the_place() -> None:
    text = (
        "Refugees have settled in Clarkston for decades. Luay Sami came from Iraq in 2011. "
        "He got a job, and Clarkston became his home. The mayor of Clarkston welcomed him."
    )
    types = _types(extract(text))
    assert "PERSON" not in types.get("Clarkston", set())


def test_a_one_word_person_the_article_reads_as_a_party_elsewhere_is_the_party() -> None:
    text = (
        "Republican leaders met on Tuesday. House Speaker Paul Ryan said the plan was wrong. "
        "The Wisconsin Republican says the courts will decide."
    )
    types = _types(extract(text))
    assert "PERSON" not in types.get("Republican", set())


def test_a_persons_surname_before_an_event_noun_stays_a_person() -> None:
    text = (
        "Bill Clinton spoke in Ohio on Monday. Aides said the Clinton operation was ready. "
        "Mr. Clinton said he would return in March."
    )
    types = _types(extract(text))
    assert "EVENT" not in types.get("Clinton", set())


def test_a_known_surname_inside_another_name_is_no_person() -> None:
    text = "It is a Wall Street ritual. The Wall Street banks cut jobs again this year."
    assert "Street" not in _people(extract(text))


def test_a_headline_verb_ends_a_name() -> None:
    text = "Maria Hinojosa Explained Why She Felt Invisible As A Child.\n\nShe spoke in May."
    names = {e.name for e in extract(text).entities}
    assert not any("Explained" in n for n in names)


def test_a_full_name_typed_as_a_person_elsewhere_is_a_person() -> None:
    text = (
        "An email from Neera Tanden reached the office. Later, Neera Tanden said she had "
        "worked on the campaign, and Tanden recounted the dinner."
    )
    types = _types(extract(text))
    assert types.get("Neera Tanden") == {"PERSON"}
