"""Twenty-second-session entity rules: a surname the model tagged as an organisation, after the
person was named in full, is that person; a one-word "person" that starts the story's one
organisation name is that organisation; a role noun is not bound to a title holder named far
back when someone untitled was just named."""

from __future__ import annotations

import pytest
from dateline_helpers import entity_types

import dateline.entities.merge as merge
from dateline import extract
from dateline.entities.mentions import Mention
from dateline.records import Record


def _names_of(record: Record, mention: str) -> set[str]:
    """The entities having a mention written ``mention``."""
    text = record.text
    return {
        e.name for e in record.entities if any(text[m.start : m.end] == mention for m in e.mentions)
    }


def _mention(start: int, label: str, text: str) -> Mention:
    return Mention(start, start + len(text), label, text, start, start + len(text.split()))


def test_a_surname_tagged_as_an_organisation_is_the_person() -> None:
    person = [_mention(0, "PERSON", "Karl Brenner")]
    groups = {("org", "brenner"): [_mention(40, "ORG", "Brenner")]}
    merge._listed_people_as_orgs([person], groups)
    assert not groups
    assert [m.label for m in person] == ["PERSON", "PERSON"]


def test_a_surname_before_the_full_name_or_in_a_firm_stays_apart() -> None:
    early = {("org", "brenner"): [_mention(0, "ORG", "Brenner")]}
    merge._listed_people_as_orgs([[_mention(40, "PERSON", "Karl Brenner")]], early)
    assert early  # named before the person was: may be the firm
    firm = {
        ("org", "brenner"): [_mention(40, "ORG", "Brenner")],
        ("org", "brenner group"): [_mention(60, "ORG", "Brenner Group")],
    }
    merge._listed_people_as_orgs([[_mention(0, "PERSON", "Karl Brenner")]], firm)
    assert ("org", "brenner") in firm


def test_a_surname_that_also_names_a_firm_stays_apart() -> None:
    record = extract(
        "The White House said on Monday that Senator Mary White would attend. The House "
        "passed the bill later."
    )
    assert "House" not in _names_of(record, "White")  # no person swallows the chamber


def test_a_one_word_name_of_an_outlet_is_the_outlet() -> None:
    record = extract(
        "The debate aired on Fox News. Trump attacked Fox repeatedly, and Fox responded in a "
        "statement."
    )
    assert "PERSON" not in entity_types(record).get("Fox", set())


def test_outlet_switch_is_what_moves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "OUTLETS_NAMED_SHORT", False)
    monkeypatch.setattr(merge, "LISTED_PEOPLE_AS_ORGS", False)
    record = extract(
        "The debate aired on Fox News. Trump attacked Fox repeatedly, and Fox responded in a "
        "statement."
    )
    assert "PERSON" in entity_types(record).get("Fox", set())


def test_a_role_is_not_bound_to_a_holder_named_far_back() -> None:
    record = extract(
        "Senator Ann Kolb of Ohio spoke at the fair on Sunday. It rained all afternoon. "
        "Marco Ruiz was quiet at first. Ruiz stopped by his office in Dover to thank "
        "volunteers. Stepping into the room, the senator said he was pleased."
    )
    assert "the senator" not in _names_of(record, "Ann Kolb")
    kolb = next(e for e in record.entities if e.name == "Ann Kolb")
    assert all(record.text[m.start : m.end] != "senator" for m in kolb.mentions)
