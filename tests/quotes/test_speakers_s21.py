"""Twenty-first-session speaker rules: a bare surname stays with the namesake the article
already calls by it, a person in apposition to a common-noun subject is the next "she", and
neither a name in a relative clause about the subject nor a name modifying a noun is a rival
reading of "he"."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract


def test_a_bare_surname_stays_with_the_namesake_already_called_by_it() -> None:
    record = extract(
        "Maria Delgado ran the shipping firm for a decade. Delgado expanded it into Asia.\n\n"
        "She often travelled with her husband, Tomas Delgado, a retired pilot.\n\n"
        '"We grew because we took risks," Delgado told investors on Monday.'
    )
    assert _speaker(record, _quote(record, "took risks")) == "Maria Delgado"
    assert "Delgado" not in [e.name for e in record.entities]  # no second, bare-named person


def test_a_namesake_named_in_the_same_paragraph_keeps_the_bare_surname() -> None:
    record = extract(
        "Maria Delgado ran the shipping firm for a decade. Delgado expanded it into Asia.\n\n"
        'Tomas Delgado, her husband, met the crew on Monday, and Delgado said, "The ships are '
        'ready."'
    )
    assert _speaker(record, _quote(record, "ships are ready")) != "Maria Delgado"


def test_a_name_in_apposition_to_a_common_noun_subject_is_the_next_she() -> None:
    record = extract(
        "The mayor held a rally downtown. One local nurse, Ellen Park, stopped the mayor on the "
        'way out.\n\n"Please fix the clinic," she told him.'
    )
    assert _speaker(record, _quote(record, "fix the clinic")) == "Ellen Park"


def test_a_name_in_a_relative_clause_about_the_subject_is_no_rival() -> None:
    record = extract(
        "The old guard still praises the governor. Paul Kern, who served as counsel under "
        "Governor Frank Miller, listed the rules the Miller administration followed: "
        '"Good manners were assumed," he said.'
    )
    assert _speaker(record, _quote(record, "manners were assumed")) == "Paul Kern"
