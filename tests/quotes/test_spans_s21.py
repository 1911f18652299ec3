"""Twenty-first-session span round: what a hearsay adverb's claim is made of.

"X reportedly did Y" reports the clause "X did Y" with no source. A scene-setting phrase
before the subject ("In total,", "When the vote was called,"), a trailing adverbial clause
(", leaving ...", "as it nears ...") and a following clause with its own subject frame the
claim and are no part of it; the adverb itself splits the content into two pieces.
"""

from __future__ import annotations

from dateline import extract
from dateline.records import Quote, Record


def _hearsay(record: Record) -> Quote:
    (quote,) = [
        q for q in record.quotes if q.cue and record.text[q.cue.start : q.cue.end] == "reportedly"
    ]
    return quote


def _pieces(record: Record, quote: Quote) -> list[str]:
    spans = quote.parts or [quote.content]
    return [record.text[s.start : s.end] for s in spans]


def test_hearsay_content_is_the_clause_around_the_adverb() -> None:
    record = extract("The harbor minister reportedly resigned on Friday.\n")
    quote = _hearsay(record)
    assert _pieces(record, quote) == ["The harbor minister", "resigned on Friday"]
    assert quote.source is None


def test_leading_scene_setting_phrase_is_no_part_of_the_claim() -> None:
    record = extract(
        "In total, the hackers have reportedly entered more than 100 accounts at the firm.\n"
    )
    assert _pieces(record, _hearsay(record)) == [
        "the hackers have",
        "entered more than 100 accounts at the firm",
    ]


def test_trailing_adverbial_clause_is_no_part_of_the_claim() -> None:
    record = extract(
        "The agency is reportedly preparing charges against the mayor as it nears the end "
        "of its inquiry.\n"
    )
    assert _pieces(record, _hearsay(record))[-1] == "preparing charges against the mayor"


def test_coordinated_verb_phrase_stays_in_the_claim() -> None:
    record = extract(
        "The striker reportedly left the club and signed with a rival team in Spain.\n"
    )
    assert _pieces(record, _hearsay(record))[-1] == (
        "left the club and signed with a rival team in Spain"
    )
