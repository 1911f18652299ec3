"""Seventeenth-session entity fixes from the speaker QA round: a one-word name the text calls
"it" is an organisation, a name never runs across a line break beside a headline nor past a
headline's verb, "Neither" is no part of a name, a surname with a lowercase particle ("de Jong")
is a bare surname, and a short given name ("Sandy") is the long one ("Sandra")."""

from __future__ import annotations

from dateline_helpers import entity_types as _types
from dateline_helpers import people_mentions as _people
from spacy.tokens import Span

from dateline import extract
from dateline.config import Settings
from dateline.entities.mentions import collect_mentions
from dateline.nlp import load


def test_a_name_the_text_calls_it_twice_is_an_organisation() -> None:
    text = (
        "For years, Twitter has positioned itself as an open town square.\n\n"
        "Twitter has now made clear that it was stepping up its fight against extremists.\n\n"
        "The company said it had suspended 125,000 accounts since mid-2015. It said it had "
        "expanded the teams that review reports."
    )
    record = extract(text)
    assert _types(record)["Twitter"] == {"ORG"}
    speakers = [q.speaker_name for q in record.quotes]
    assert speakers[-2:] == ["Twitter", "Twitter"]


def test_a_person_called_he_is_not_made_an_organisation() -> None:
    text = (
        "Sanders said it was a good night for the campaign. Sanders said its message had "
        "carried the state.\n\nSanders said he would keep fighting."
    )
    assert "PERSON" in _types(extract(text))["Sanders"]


def test_a_name_is_cut_at_a_line_break_beside_a_headline() -> None:
    text = (
        "Ted Cruz spoke first at the debate on Saturday.\n"
        "Cruz: It's All CNN's Fault\n"
        "Ted Cruz apologized for his campaign's message to caucusgoers.\n"
        "Cruz said the network had reported it first."
    )
    people = _people(extract(text))
    assert not any("Fault" in name for name in people)
    assert "Ted Cruz" in people


def test_neither_is_no_part_of_a_name() -> None:
    doc = load(Settings().model)("Neither Cruz nor Christie mentioned the federal grants.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 4, "PERSON")]
    assert [m.text for m in collect_mentions(doc)] == ["Cruz", "Christie"]


def test_a_surname_with_a_particle_joins_the_full_name() -> None:
    text = (
        "British Columbia Finance Minister Michael de Jong met his counterparts on Sunday.\n\n"
        "De Jong noted that the projections were optimistic. The offer was a disappointment, "
        "de Jong said."
    )
    people = _people(extract(text))
    assert people["Michael de Jong"] == ["Michael de Jong", "De Jong", "de Jong"]
    assert "de Jong" not in people


def test_a_short_given_name_joins_the_long_one() -> None:
    text = (
        "Sandra Paradis, 78, arrived at her polling place in the afternoon.\n\n"
        "Jim Bennett and Sandy Paradis stood in front of the school on Tuesday.\n\n"
        "Paradis said she would not vote for the front-runner."
    )
    people = _people(extract(text))
    assert "Sandy Paradis" in people["Sandra Paradis"]
    assert "Paradis" in people["Sandra Paradis"]


def test_an_organisation_tagged_once_is_found_where_it_is_written_again() -> None:
    doc = load(Settings().model)(
        "The department sent a letter to Uber this week.\n\n"
        "Uber said it did not need a permit. Uber's cars need a human, he said."
    )
    first = next(t.i for t in doc if t.text == "Uber")
    doc.ents = [Span(doc, first, first + 1, "ORG")]
    found = [m.text for m in collect_mentions(doc) if m.label == "ORG"]
    assert found == ["Uber", "Uber", "Uber"]


def test_a_headline_verb_after_a_known_surname_ends_the_name() -> None:
    doc = load(Settings().model)(
        "Donald Trump spoke in Manchester on Saturday.\n\n"
        "10:01PM Trump Wants To Do Things 'A Hell Of A Lot Worse Than Waterboarding'"
    )
    trump = [t.i for t in doc if t.text == "Trump"]
    doc.ents = [
        Span(doc, trump[0] - 1, trump[0] + 1, "PERSON"),
        Span(doc, trump[1], trump[1] + 2, "PERSON"),
    ]
    assert doc[trump[1] + 1].tag_ in {"NNPS", "VBZ", "VBD"}
    assert [m.text for m in collect_mentions(doc) if m.label == "PERSON"] == [
        "Donald Trump",
        "Trump",
    ]


def test_a_capitalised_given_name_particle_is_no_surname_particle() -> None:
    """A capitalised "Van" is a given name: Van Jones is never the bare "Jones" of Doug Jones."""
    people = _people(
        extract(
            "Former Obama adviser Van Jones spoke on Monday. Senator Doug Jones said the bill "
            "would pass."
        )
    )
    assert "Van Jones" in people and "Doug Jones" in people
