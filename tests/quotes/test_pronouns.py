"""A pronoun speaker is resolved only when the text supports one reading of it."""

from dateline import extract


def _reports(text: str):
    record = extract(text, published="2024-03-04")
    return [(record.text[q.content.start : q.content.end], q) for q in record.quotes]


def test_pronoun_in_the_next_sentence_takes_the_person_just_named():
    reports = _reports("Anna Berg spoke in Oslo on Monday. She said taxes would not rise.")
    (quote,) = [q for content, q in reports if "taxes" in content]
    assert quote.speaker_name == "Anna Berg"
    assert quote.speaker is not None


def test_lone_candidate_earlier_in_the_same_paragraph_is_taken():
    reports = _reports(
        "Tom Lind arrived in Oslo on Monday. The weather was cold and wet. "
        "He said the talks would resume in April."
    )
    (quote,) = [q for content, q in reports if "talks" in content]
    assert quote.speaker_name == "Tom Lind"


def test_pronoun_paragraphs_after_several_people_stays_unresolved():
    reports = _reports(
        "Anna Berg, the mayor, met Tom Lind, the governor, on Monday in Oslo.\n\n"
        "The council is expected to vote on the plan next week.\n\n"
        "He further noted that taxes would not rise."
    )
    (quote,) = [q for content, q in reports if "taxes" in content]
    assert quote.speaker is None
    assert quote.speaker_name in (None, "He")


TRANSCRIPT = (
    "Ortiz was pressed on the audit at the forum on Tuesday.\n\n"
    '"HALVERSEN: Mayor Ortiz, in March you told the council that the audit was complete.\n\n'
    '"ORTIZ: I stand by what I said."\n'
)


def test_a_transcript_label_speaks_its_own_turn_not_the_person_it_addresses():
    text = (
        "Vance was pressed on the audit at the forum on Tuesday.\n\n"
        '"TAPPER: Secretary Vance, did you mislead the council?\n\n'
        '"VANCE: I stand by what I said."\n'
    )
    reports = _reports(text)
    (turn,) = [q for content, q in reports if content.startswith("Secretary Vance")]
    assert turn.speaker_name == "TAPPER"
    (answer,) = [q for content, q in reports if "stand by" in content]
    assert answer.speaker_name == "Vance"


def test_you_is_the_person_the_turn_addresses_by_name():
    record = extract(TRANSCRIPT, published="2024-03-04")
    (told,) = [q for q in record.quotes if q.source and record.text[q.source.start] == "y"]
    assert told.speaker_name == "Ortiz"


def test_you_with_no_one_addressed_stays_unresolved():
    reports = _reports('Jon Berg spoke on Monday. "You know the plan will fail," a voter said.')
    assert all(q.speaker_name != "Jon Berg" for _, q in reports)


def test_you_after_a_name_that_is_not_addressed_stays_unresolved():
    # No comma after the name: "Jon Berg" is the sentence's subject, not the person addressed.
    # (Not "Jon Berg thinks you said ...": a report nested in his is no attribution of its own.)
    reports = _reports("Jon Berg spoke on Monday. Jon Berg smiled as you said the plan would fail.")
    (quote,) = [q for content, q in reports if content == "the plan would fail"]
    assert quote.speaker_name != "Jon Berg"
