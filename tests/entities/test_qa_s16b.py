"""Sixteenth-session entity leftovers: a capitalised cue verb glued to a name, one word typed
LOC in one place and NORP in another, and an office called by its short form ("State")."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.config import DEFAULT_MODEL
from dateline.entities import cue_words, mentions, merge
from dateline.entities.cue_words import cue_form, strip_cue_words
from dateline.nlp import load
from dateline.records import Record

MODEL = DEFAULT_MODEL


def _names(record: Record) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in record.entities:
        out.setdefault(e.name, set()).add(e.type)
    return out


def _mentions(record: Record, name: str) -> list[str]:
    text = record.text
    return [text[m.start : m.end] for e in record.entities if e.name == name for m in e.mentions]


def test_cue_form_needs_an_inflected_capitalised_cue() -> None:
    assert cue_form("Tweeted") == "tweet"
    assert cue_form("Says") == "say"
    assert cue_form("Added") == "add"
    assert cue_form("Say") is None  # a base form opens an imperative
    assert cue_form("Murphy") is None
    assert cue_form("tweeted") is None


CUE_TEXTS = [
    '"We will not stop," Tweeted Murphy. Chris Murphy is a senator from Connecticut.',
    '"It is over."\n\nAdded Jones: "We won." Mike Jones is the mayor of the town.',
    "Maher Tells Critics To Relax\n\nBill Maher said on Friday that his critics should relax.",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_a_glued_cue_verb_is_not_part_of_the_name(text: str) -> None:
    names = _names(extract(text))
    assert not any(w in n for n in names for w in ("Tweeted", "Added", "Tells"))
    people = [n for n, types in names.items() if "PERSON" in types]
    assert len(people) == 1, names


@pytest.mark.parametrize("text", CUE_TEXTS[::2])
def test_without_the_rule_the_cue_stays_glued(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cue_words, "USE_CUE_WORDS", False)
    names = _names(extract(text))
    assert any(w in n for n in names for w in ("Tweeted", "Tells")), names


def test_a_quoted_speaker_after_a_glued_cue_is_the_full_name() -> None:
    r = extract(CUE_TEXTS[0])
    ids = {e.id: e.name for e in r.entities}
    assert [ids.get(q.speaker or "") for q in r.quotes] == ["Chris Murphy"]


def test_a_name_that_only_looks_like_a_cue_is_kept() -> None:
    doc = load(MODEL)("Consumer Reports Finds Few Safe Cars On The Road\n\nIt tested 40 cars.")
    assert strip_cue_words(doc, 0, 2, "ORG") == (0, 2)  # an organisation's name ends so
    assert strip_cue_words(doc, 0, 3, "PERSON") == (0, 1)  # a headline verb ends a name
    text = "Said Jalili, the Iranian negotiator, met the envoys in Geneva on Monday."
    assert "Said Jalili" in _names(extract(text))


BALTIC = (
    "NATO will send troops to the Baltic region next month. Officials said Baltic leaders "
    "had asked for more help. The Baltic countries have small armies."
)


def test_one_word_typed_place_and_people_is_one_entity() -> None:
    r = extract(BALTIC)
    assert [e.type for e in r.entities if e.name == "Baltic"] == ["LOC"]
    assert len(_mentions(r, "Baltic")) == 3


def test_place_and_people_stay_two_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "PLACE_PEOPLES", False)
    r = extract(BALTIC)
    assert len([e for e in r.entities if e.name == "Baltic"]) == 2


def test_people_uses_outnumbering_place_uses_give_a_people() -> None:
    text = (
        "Troops moved into the Baltic region. Baltic leaders met on Monday, and Baltic "
        "voters backed them. Baltic ministers agreed."
    )
    types = [e.type for e in extract(text).entities if e.name == "Baltic"]
    assert len(types) <= 1
    assert types in ([], ["NORP"])


STATE = (
    "The State Department said on Monday that the emails were classified. "
    '"We have reviewed them," State said in a statement.'
)


def test_an_office_short_form_joins_the_office() -> None:
    r = extract(STATE)
    assert _names(r) == {"State Department": {"ORG"}}
    assert _mentions(r, "State Department") == ["State Department", "State"]
    ids = {e.id: e.name for e in r.entities}
    assert {ids.get(q.speaker or "") for q in r.quotes} == {"State Department"}


def test_without_the_rule_state_is_its_own_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge, "SHORT_FORMS", False)
    monkeypatch.setattr(merge, "OUTLETS_NAMED_SHORT", False)  # the s22 rule joins it as well
    assert "State" in _names(extract(STATE))


def test_a_short_form_before_the_full_name_stays_apart() -> None:
    text = "Justice is blind, he said. The Justice Department opened an inquiry on Friday."
    r = extract(text)
    assert _mentions(r, "Justice Department") == ["Justice Department"]


def test_a_place_is_not_a_short_form() -> None:
    text = "The Texas Department said it would act. Texas has many roads."
    r = extract(text)
    assert "Texas" not in _mentions(r, "Texas Department")


GROUP = (
    "Barden now helps lead a program called Sandy Hook Promise. The group said on Monday "
    'that "we have to do better."'
)


def test_a_product_the_next_sentence_calls_the_group_is_an_organisation() -> None:
    r = extract(GROUP)
    assert _names(r).get("Sandy Hook Promise") == {"ORG"}
    ids = {e.id: e.name for e in r.entities}
    assert [ids.get(q.speaker or "") for q in r.quotes] == ["Sandy Hook Promise"]


def test_without_the_rule_the_group_stays_unresolved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "GROUPS_NAMED_AGAIN", False)
    r = extract(GROUP)
    assert [q.speaker for q in r.quotes] == [None]


def test_a_product_followed_by_another_noun_stays_a_product() -> None:
    text = "The army bought the Patriot. The missile can hit jets at long range."
    assert "ORG" not in _names(extract(text)).get("Patriot", set())
