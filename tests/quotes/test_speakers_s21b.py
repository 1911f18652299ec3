"""Eleventh speaker round (s21b): "the Texan" as a description of a person, a title refers back
to someone named before it, "you" inside a clause addresses no one, a participle after a
reported clause the parser made a second root belongs to the reporter (and that clause is no
sentence of its own for "he"), "the <people> government" is the country the text names, and a
proper noun counted with "a" is a kind of group."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract
from dateline.quotes.pronouns import addressee
from dateline.records import Entity, Span


def test_the_demonym_with_the_is_the_person_just_named() -> None:
    record = extract(
        'Rick Perry campaigned in Iowa on Monday. "We will win this state," Perry said. '
        '"The voters are ready for a fighter," said the Texan.'
    )
    assert _speaker(record, _quote(record, "ready for a fighter")) == "Rick Perry"


def test_a_title_refers_to_no_one_first_named_after_it() -> None:
    record = extract(
        "Former Texas Gov. Rick Perry endorsed Ted Cruz on Monday. Perry said Cruz was the most "
        "consistent conservative. The former governor noted that the voters want an outsider. "
        '"Gov. Scott Walker and Bobby Jindal are out," he said.'
    )
    assert _speaker(record, _quote(record, "voters want an outsider")) == "Rick Perry"


def test_you_inside_a_clause_addresses_no_one(parse) -> None:
    text = "Check out the Baker campaign website, and you will find papers laying out plans."
    doc = parse(text)
    at = text.index("Baker")
    baker = Entity(id="E1", name="Tom Baker", type="PERSON", mentions=[Span(start=at, end=at + 5)])
    you = next(t for t in doc if t.lower_ == "you")
    assert addressee(you, [baker]) is None


def test_a_participle_after_a_second_root_belongs_to_the_reporter() -> None:
    record = extract(
        "The chancellor Mark Pena has been accused of plagiarism. The historian Paul Vidal told "
        'the agency Mr Pena had borrowed paragraphs from his work, describing it as "shameful". '
        'He said: "I am absolutely furious."'
    )
    assert _speaker(record, _quote(record, "shameful")) == "Paul Vidal"
    assert _speaker(record, _quote(record, "absolutely furious")) == "Paul Vidal"


def test_the_government_of_a_people_is_the_country_the_text_names() -> None:
    record = extract(
        "Bird flu has been found at a zoo in the Netherlands. The Dutch government said on "
        "Monday that two owls had died of the virus."
    )
    assert _speaker(record, _quote(record, "two owls had died")) == "Netherlands"


def test_a_proper_noun_counted_with_a_is_no_organisation() -> None:
    record = extract(
        "A conservative super PAC said on Monday that John Smith had misled voters. A "
        "pro-Smith super PAC said it would answer the ad."
    )
    quote = _quote(record, "misled voters")
    assert quote.speaker is None
    assert quote.speaker_name == "A conservative super PAC"
    assert "PAC" not in {e.name for e in record.entities}


def test_quotation_marks_around_a_title_are_no_part_of_its_name() -> None:
    record = extract(
        "The swap was tense, as in the movie ''Bridge of Spies,'' which recounts the trade "
        "for a pilot shot down in 1960."
    )
    assert _quote(record, "the trade for a pilot").speaker_name == "Bridge of Spies"
