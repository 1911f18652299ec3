"""Fifteenth-session span round: PolNeAR's boundary rules between reports that share words.

Only the outermost of nested reports is annotated; a chained cue ("continue to warn") is one
report; a closing clause with its own subject and cue is a report of its own; a report in the
gap of a split quotation is no part of the quotation, and the pieces of one speaker's quotation
join across the whole paragraph.
"""

from __future__ import annotations

from dateline import extract
from dateline.records import Quote, Record


def _content(record: Record, q: Quote) -> str:
    return " | ".join(record.text[p.start : p.end] for p in (q.parts or [q.content]))


def _cue(record: Record, q: Quote) -> str:
    return record.text[q.cue.start : q.cue.end] if q.cue else ""


def _contents(record: Record) -> list[str]:
    return [_content(record, q) for q in record.quotes]


def test_a_report_between_the_pieces_of_a_split_quotation_is_kept() -> None:
    r = extract(
        '"I could not stay on," said one former campaign staffer, who said he left on good '
        'terms. "I had to go."'
    )
    assert "he left on good terms" in _contents(r)
    staffer = next(q for q in r.quotes if "I had to go" in _content(r, q))
    assert "left on good terms" not in _content(r, staffer)


def test_a_chained_cue_is_one_report() -> None:
    r = extract("Republicans in Congress continue to warn that the deal was a dangerous mistake.")
    assert _contents(r) == ["that the deal was a dangerous mistake"]
    assert _cue(r, r.quotes[0]) == "warn"


def test_a_report_nested_in_an_indirect_content_is_not_annotated() -> None:
    r = extract("The union leader criticized the mayor for saying that a minimum wage is bad.")
    assert [_cue(r, q) for q in r.quotes] == ["criticized"]
    assert _contents(r) == ["the mayor for saying that a minimum wage is bad"]


def test_a_report_nested_in_a_newspaper_report_is_not_annotated() -> None:
    r = extract("The Globe reported that the governor said the plan would cut taxes.")
    assert _contents(r) == ["that the governor said the plan would cut taxes"]
    assert r.quotes[0].speaker_name == "Globe"


def test_a_closing_clause_with_its_own_subject_is_a_report_of_its_own() -> None:
    r = extract(
        "Two defence officials said the army was considering sending a missile battery to the "
        "region this summer, though they stressed the move would only be temporary."
    )
    assert _contents(r) == [
        "the army was considering sending a missile battery to the region this summer",
        "the move would only be temporary",
    ]
    assert all(q.anonymous for q in r.quotes)


def test_a_message_that_reads_keeps_its_words_in_the_report() -> None:
    r = extract(
        "She retweeted a message from her adviser, Ann Smith, that read: "
        '"Public health emergencies are no place for politics."'
    )
    content = _content(r, r.quotes[0])
    assert content.startswith("a message") and content.endswith('politics."')


def test_a_quotation_joins_its_next_piece_across_a_long_attribution() -> None:
    r = extract(
        '"We will not back down," said Maria Lopez, a city council member who has led the '
        "campaign against the new parking fees in the old harbour district since the spring of "
        'last year. "The fees hurt every small shop on Main Street."'
    )
    assert _contents(r) == [
        '"We will not back down," | "The fees hurt every small shop on Main Street."'
    ]


def test_a_quotation_opening_the_next_paragraph_is_a_further_piece() -> None:
    """The paragraph join never takes in the narration between the pieces."""
    r = extract(
        '"We will not back down," said Maria Lopez, a city council member.\n\n'
        '"The fees hurt every small shop on Main Street."'
    )
    assert _contents(r) == [
        '"We will not back down," | "The fees hurt every small shop on Main Street."'
    ]
