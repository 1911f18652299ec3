"""Twenty-fourth-session precision round: a clause that ends at a semicolon or colon before
the reporting clause is the writer's own, not the report's words
(:func:`dateline.quotes.filters.before_clause_break`). On the first four fifths of PolNeAR
train (rules only) it dropped 15 contents, 1 of them matched; on the last fifth (tagger on) 5,
none matched.
"""

from __future__ import annotations

from dateline_helpers import quote_triples

from dateline import extract
from dateline.quotes.attr import Attr
from dateline.quotes.candidate import Candidate
from dateline.quotes.filters import before_clause_break


def test_a_clause_before_a_semicolon_is_not_the_next_clauses_report() -> None:
    record = extract(
        "The bridge was never finished; the city engineer argued that the money had run out.\n"
    )
    assert quote_triples(record) == [("that the money had run out", "argued", "the city engineer")]


def test_a_clause_before_a_semicolon_is_dropped_with_a_bare_complement_too() -> None:
    record = extract("The vote was delayed; a spokesman insisted the delay was routine.\n")
    assert quote_triples(record) == [("the delay was routine", "insisted", "a spokesman")]


def test_a_report_after_a_colon_keeps_its_own_words() -> None:
    record = extract("The plan failed to win support: the council said the costs were too high.\n")
    assert quote_triples(record) == [("the costs were too high", "said", "the council")]


def test_a_labels_words_are_not_before_a_break(parse) -> None:
    text = "JANE DOE: Voters want a new bridge."
    doc = parse(text)
    words = Attr(
        Candidate(content=(10, 35), cue=(8, 9), source_token=doc[1], source=(0, 8), weight=1)
    )
    assert not before_clause_break(doc, words)


def test_content_after_its_cue_is_not_before_a_break(parse) -> None:
    text = "The mayor said: the bridge will open."
    doc = parse(text)
    report = Attr(
        Candidate(content=(16, 36), cue=(10, 14), source_token=doc[1], source=(0, 9), weight=1)
    )
    assert not before_clause_break(doc, report)
