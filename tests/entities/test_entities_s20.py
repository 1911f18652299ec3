"""Twentieth-session entity rules: capitals NER typed a place or person that spell the initials
of an organisation the story names are that organisation, and so is a name apposed to an
organisation noun; brackets and soft hyphens are no part of a name."""

from __future__ import annotations

from dateline import extract


def test_initials_of_a_named_organisation_are_that_organisation() -> None:
    record = extract(
        "The National Rifle Association says the new rules are weak. Chris Cox, who runs the "
        "NRA's lobbying arm, says they will fail. The NRA is not saying what it will do next."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["National Rifle Association"] == "ORG"
    assert "NRA" not in types  # one entity, under its full name
    quote = next(q for q in record.quotes if "saying what" in record.text[q.content.start :])
    assert quote.speaker_name == "National Rifle Association"


def test_an_editors_brackets_and_a_soft_hyphen_are_no_part_of_a_name() -> None:
    record = extract(
        "We will release our records the same way that Secretary [Hillary] Clinton has, Sanders "
        'said. "We are ready," said spokesman Doug \xadAndres.'
    )
    names = {e.name for e in record.entities if e.type == "PERSON"}
    assert {"Hillary Clinton", "Doug Andres"} <= names


def test_a_name_apposed_to_an_organisation_noun_is_that_organisation() -> None:
    record = extract(
        "In London, Robey Warshaw, a firm founded in 2014 by two bankers, is advising the "
        "brewer. Caltrans, the state transportation agency, said the road would close. Caltrans "
        "said it would reopen on Monday. Jane Smith, a company spokeswoman, said it was fine."
    )
    types = {e.name: e.type for e in record.entities}
    assert types["Robey Warshaw"] == "ORG"
    assert types["Caltrans"] == "ORG"
    assert types["Jane Smith"] == "PERSON"
