"""Eighteenth-session entity rule: a bare surname the tables list as one person's stays that
person's when someone else of the surname is named in full only later."""

from __future__ import annotations

from dateline import extract


def _people(text: str) -> dict[str, list[str]]:
    record = extract(text)
    return {
        e.name: [text[m.start : m.end] for m in e.mentions]
        for e in record.entities
        if e.type == "PERSON"
    }


def test_a_listed_surname_before_a_namesake_is_not_the_namesake() -> None:
    people = _people(
        "President Obama greeted guests at the holiday party on Friday. The first lady, "
        "Michelle Obama, stood beside him."
    )
    michelle = people.get("Michelle Obama", [])
    assert michelle == ["Michelle Obama"]
    assert any(
        name != "Michelle Obama" and "Obama" in mentions for name, mentions in people.items()
    )


def test_a_listed_surname_after_its_own_full_name_still_joins_it() -> None:
    people = _people(
        "Barack Obama spoke in Chicago on Monday. Obama thanked the volunteers who organised it."
    )
    assert people.get("Barack Obama") == ["Barack Obama", "Obama"]
