"""Seventeenth-session speaker leftovers: possessive sources found at the source-finding depth
(PolNeAR marks "Her" in "Her words: ..." but the clause's subject in "X ran on his ability ...
and accused Y"), an unnamed source named in the next sentence, a definite counted group of
people just named, and a full name the source spells out where NER tagged only the surname."""

from __future__ import annotations

from dateline import extract
from dateline.records import Quote, Record


def _quote(record: Record, words: str) -> Quote:
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def _source(record: Record, q: Quote) -> str | None:
    return record.text[q.source.start : q.source.end] if q.source is not None else None


def test_a_possessive_inside_a_clause_is_its_subject() -> None:
    record = extract(
        "Mitt Romney ran on his ability to fix the economy and accused Barack Obama of "
        "failing the middle class."
    )
    q = _quote(record, "middle class")
    assert _source(record, q) == "Mitt Romney"
    assert q.speaker_name == "Mitt Romney"


def test_a_possessive_owning_the_cue_noun_stays_the_source() -> None:
    record = extract('Mayor Jane Doe visited the plant. Her words: "Don\'t panic."')
    q = _quote(record, "panic")
    assert _source(record, q) == "Her"
    assert q.speaker_name == "Jane Doe"


def test_the_owner_of_a_saying_noun_before_a_copula_is_the_source() -> None:
    record = extract(
        "Senator John Smith spoke in Ohio on Monday. His message was that the plan would fail."
    )
    q = _quote(record, "the plan would fail")
    assert _source(record, q) == "His"
    assert q.speaker_name == "John Smith"


def test_an_unnamed_adviser_is_the_person_the_next_sentence_introduces() -> None:
    record = extract(
        "The White House weighed in last week. In a speech, a top adviser for President Obama "
        "explained why: the benefits are not worth the trouble. Jason Furman, who leads "
        "Mr. Obama's Council of Economic Advisers, said that the gains would be small."
    )
    q = _quote(record, "not worth the trouble")
    assert q.speaker_name == "Jason Furman"
    assert not q.anonymous


def test_a_shared_role_alone_names_no_one() -> None:
    record = extract(
        "A spokesman for the company said the plant would close. Mary Jones, a spokesman for "
        "the union, said that the workers would strike."
    )
    q = _quote(record, "the plant would close")
    assert q.speaker is None
    assert q.anonymous


def test_a_shared_name_alone_names_no_one() -> None:
    record = extract(
        "An aide to Donald Trump said the rally would go ahead. John Doe, a longtime critic "
        "of Mr. Trump, said that the rally was a mistake."
    )
    q = _quote(record, "the rally would go ahead")
    assert q.speaker is None
    assert q.anonymous


def test_the_two_voters_just_named_are_not_anonymous() -> None:
    record = extract(
        'Jim Bennett met Sandra Paradis at the polls. "We are friends," Bennett said. '
        "The two voters acknowledged that the race was close."
    )
    q = _quote(record, "the race was close")
    assert q.speaker_name == "The two voters"
    assert not q.anonymous


def test_two_unnamed_voters_stay_anonymous_when_called_the_two_voters() -> None:
    record = extract(
        "Two voters spoke to reporters at the polls. Jim Bennett was not there. "
        "Sandra Paradis was not there. The two voters acknowledged that the race was close."
    )
    assert _quote(record, "the race was close").anonymous


def test_a_source_spells_out_the_name_ner_cut_to_a_surname() -> None:
    record = extract(
        '"We support free speech," Rosette Pambakian, a company spokeswoman, said. '
        "Pambakian added that spam was banned."
    )
    assert _quote(record, "free speech").speaker_name == "Rosette Pambakian"
    assert _quote(record, "spam was banned").speaker_name == "Rosette Pambakian"


def test_a_title_before_a_surname_is_no_given_name() -> None:
    record = extract('Senator Smith said the bill would pass. "It is a good day," Smith added.')
    assert _quote(record, "the bill would pass").speaker_name == "Smith"
