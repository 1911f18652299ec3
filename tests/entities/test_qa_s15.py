"""Fifteenth-session entity fixes from the speaker QA round: a merge that respects the sex an
honorific or a common given name states, office words inside a name, a firm named like a person
before the person is introduced, and surnames the tagger misread."""

from __future__ import annotations

from dateline_helpers import people_mentions as _people

from dateline import extract
from dateline.entities.given_names import given_sex


def test_given_sex_reads_only_full_names_with_a_listed_given_name() -> None:
    assert given_sex("Hillary Clinton") == "f"
    assert given_sex("Bill Clinton") == "m"
    assert given_sex("Clinton") is None
    assert given_sex("Jordan Smith") is None  # borne by both: not listed


def test_mrs_joins_the_woman_not_the_man_of_one_surname() -> None:
    text = (
        "Hillary Clinton spoke in Ohio. Former President Bill Clinton spoke in Iowa. "
        "Later, Mrs. Clinton met donors."
    )
    people = _people(extract(text))
    assert people["Hillary Clinton"] == ["Hillary Clinton", "Clinton"]
    assert people["Bill Clinton"] == ["Bill Clinton"]


def test_mr_stays_apart_from_the_only_full_name_a_woman_bears() -> None:
    people = _people(extract("Hillary Clinton spoke in Ohio. Mr. Clinton met donors."))
    assert people["Hillary Clinton"] == ["Hillary Clinton"]
    assert "Mr. Clinton" in people


def test_a_given_name_of_unknown_sex_leaves_the_honorific_unmerged() -> None:
    people = _people(extract("Ted Cruz met Rafael Cruz in Iowa. Later, Mr. Cruz met donors."))
    assert people["Ted Cruz"] == ["Ted Cruz"]


def test_an_office_word_inside_a_person_span_is_a_title() -> None:
    r = extract("Assemblywoman Claudia Tenney won the primary on Tuesday.")
    ent = next(e for e in r.entities if e.type == "PERSON")
    assert ent.name == "Claudia Tenney"
    assert ent.title == "Assemblywoman"


def test_an_office_word_before_a_known_surname_is_a_title() -> None:
    text = "Vikram Amar teaches law. In class, Dean Amar said the court had changed."
    people = _people(extract(text))
    assert people["Vikram Amar"] == ["Vikram Amar", "Amar"]


def test_an_office_word_before_an_unknown_surname_is_a_given_name() -> None:
    people = _people(extract("Dean Baker, an economist, said the figures were weak."))
    assert "Dean Baker" in people


def test_a_bare_surname_before_the_person_is_named_is_the_like_named_firm() -> None:
    text = (
        "Rankings of the rich vary widely.\n\n"
        "Bloomberg says its reporting found the fortune is intact.\n\n"
        "The tycoon blamed Michael R. Bloomberg for the figure. Bloomberg L.P. declined to "
        "comment."
    )
    r = extract(text)
    assert _people(r)["Michael R. Bloomberg"] == ["Michael R. Bloomberg"]
    firm = [e for e in r.entities if e.name == "Bloomberg"]
    assert firm and firm[0].type == "ORG"


def test_a_bare_surname_before_the_full_name_without_such_a_firm_joins_the_person() -> None:
    text = (
        "Critics gathered early.\n\n"
        "Carson said he would run again.\n\n"
        "Ben Carson spoke in Iowa on Monday."
    )
    assert _people(extract(text))["Ben Carson"] == ["Carson", "Ben Carson"]


def test_a_surname_the_parser_read_as_an_adverb_is_a_mention() -> None:
    text = (
        "The chairman, Rex Early, spoke first. "
        "Informed of the result, Early described it as news to him."
    )
    assert _people(extract(text))["Rex Early"] == ["Rex Early", "Early"]


def test_a_name_span_does_not_end_in_a_preposition() -> None:
    r = extract('Juan "Chico" Manriquez of Oakland carried one of the photos.')
    assert 'Juan "Chico" Manriquez' in _people(r)


def test_a_given_name_read_as_a_place_is_the_person() -> None:
    text = (
        '"Quality is good," says Conrad Rijnhout of VerDi Import.\n'
        "According to Conrad, the Asian market is growing."
    )
    r = extract(text)
    assert _people(r)["Conrad Rijnhout"] == ["Conrad Rijnhout", "Conrad"]
