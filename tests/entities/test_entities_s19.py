"""Nineteenth-session entity rules: a leading "Mrs"/"Mr" without a full stop is no part of the
name, a title does not run back past an honorific nor into an aside of place or a plural, "the
DNC" stays an organisation when it speaks, and apposed or speaking given names are people."""

from __future__ import annotations

from dateline import extract


def _entity(text: str, name: str):  # type: ignore[no-untyped-def]
    record = extract(text)
    return next(e for e in record.entities if e.name == name)


def test_mrs_is_not_part_of_the_name() -> None:
    record = extract("Nikki Haley spoke on Tuesday. Mrs Haley said she was moved.")
    names = {e.name for e in record.entities if e.type == "PERSON"}
    assert names == {"Nikki Haley"}


def test_no_title_runs_back_past_mr() -> None:
    ent = _entity(
        "Donald Trump won the vote. Both women are former critics of Mr Trump, aides said.",
        "Donald Trump",
    )
    assert ent.title is None


def test_an_aside_of_place_is_no_title() -> None:
    record = extract("Maria Okonjo, then in college, did not approve of the plan.")
    ent = next(e for e in record.entities if e.type == "PERSON")
    assert ent.title is None


def test_a_plural_after_the_name_is_no_title() -> None:
    ent = _entity("Talks stalled over Janet Moreau, officials said on Monday.", "Janet Moreau")
    assert ent.title is None


def test_the_dnc_saying_stays_an_organisation() -> None:
    record = extract("In a statement on Saturday, the DNC said the actions were unacceptable.")
    dnc = next(e for e in record.entities if e.name == "DNC")
    assert dnc.type == "ORG"


def test_an_apposed_name_after_an_office_is_a_person() -> None:
    record = extract("Sweden's Minister of Agriculture, Ann-Christin Nykvist, spoke on Monday.")
    ent = next(e for e in record.entities if "Nykvist" in e.name)
    assert ent.type == "PERSON"


def test_the_title_before_sir_is_kept_without_the_honorific() -> None:
    ent = _entity(
        "The prime minister has an admirer in British diplomat Sir Peter Halvorsen.",
        "Peter Halvorsen",
    )
    assert ent.title == "diplomat"
