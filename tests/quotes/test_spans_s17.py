"""Seventeenth-session span round: where a content ends and which pieces it joins.

A quotation opening a paragraph that continues the previous paragraph's quoted speaker is a
further piece of that report; an indirect content ends before a closing ", which ..." gloss; a
speakerless "appears to ..." content takes the cue's subject as its first piece. Each shape was
counted on the first four fifths of PolNeAR train first (see docs/benchmarks.md).
"""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.quotes import find
from dateline.records import Quote, Record


def _content(record: Record, q: Quote) -> str:
    return " | ".join(record.text[p.start : p.end] for p in (q.parts or [q.content]))


def _span(record: Record, span) -> str:
    return record.text[span.start : span.end] if span else ""


def _by_cue(record: Record, cue: str) -> Quote:
    q = next((q for q in record.quotes if _span(record, q.cue) == cue), None)
    assert q is not None, [_content(record, x) for x in record.quotes]
    return q


FLOAT = (
    "Mayor Ann Hale defended the budget on Monday.\n\n"
    '"We will not cut a single teacher," Hale said at the council meeting.\n\n'
    '"The schools come first. They always have, and they always will."\n\n'
    "The council votes next week.\n"
)


@pytest.fixture
def joined(monkeypatch: pytest.MonkeyPatch) -> None:
    """The float join is on by default (``find.JOIN_FLOATS``); these tests hold whatever the
    default says."""
    monkeypatch.setattr(find, "JOIN_FLOATS", True)


@pytest.mark.usefixtures("joined")
def test_a_next_paragraph_quotation_is_a_piece_of_the_report() -> None:
    r = extract(FLOAT)
    q = _by_cue(r, "said")
    assert _content(r, q) == (
        '"We will not cut a single teacher," | '
        '"The schools come first. They always have, and they always will."'
    )
    assert q.kind == "direct"
    assert q.speaker_name == "Ann Hale"
    assert not any(x.cue is None for x in r.quotes)  # the float is no quote of its own


@pytest.mark.usefixtures("joined")
def test_a_quotation_in_other_marks_stays_apart() -> None:
    # Straight quotes after curly ones: most often text pasted from elsewhere.
    text = FLOAT.replace(
        '"We will not cut a single teacher,"', "“We will not cut a single teacher,”"
    )
    r = extract(text)
    assert _content(r, _by_cue(r, "said")) == "“We will not cut a single teacher,”"
    assert any(x.cue is None for x in r.quotes)


@pytest.mark.usefixtures("joined")
def test_a_quotation_after_an_indirect_report_stays_apart() -> None:
    text = FLOAT.replace(
        '"We will not cut a single teacher," Hale said at the council meeting.',
        "Hale said at the council meeting that no teacher would lose a job.",
    )
    r = extract(text)
    q = _by_cue(r, "said")
    assert _content(r, q) == "that no teacher would lose a job"
    assert q.parts is None


def test_a_closing_which_clause_is_the_writers_gloss() -> None:
    r = extract(
        "Hale said the council would repeal the parking ordinance, which was passed in 2010 "
        "by a narrow vote.\n"
    )
    assert _content(r, _by_cue(r, "said")) == "the council would repeal the parking ordinance"


def test_a_which_clause_after_the_quotation_is_cut() -> None:
    r = extract(
        'Hale said the ordinance was "a disgrace to the city," which was passed in 2010 by a '
        "narrow vote.\n"
    )
    assert _content(r, _by_cue(r, "said")) == 'the ordinance was "a disgrace to the city,"'


def test_a_which_clause_inside_the_quotation_stays() -> None:
    r = extract('Hale said the council would vote on the plan, "which was passed in 2010," soon.\n')
    assert "which was passed in 2010" in _content(r, _by_cue(r, "said"))
    r = extract(
        'Hale said they would repeal "the ordinance, which was passed in 2010 by one vote\n'
    )
    assert _content(r, _by_cue(r, "said")).endswith("by one vote")


def test_a_which_clause_before_more_of_the_content_stays() -> None:
    r = extract("Hale said the ordinance, which was passed in 2010, would be repealed next year.\n")
    assert _content(r, _by_cue(r, "said")).endswith("would be repealed next year")


def test_a_raising_cue_takes_its_subject_as_a_piece() -> None:
    r = extract("The new budget appears to favor the suburbs over the city center.\n")
    q = _by_cue(r, "appears")
    assert _content(r, q) == "The new budget | to favor the suburbs over the city center"
    assert q.source is None and q.speaker is None


def test_a_speaker_with_an_infinitive_keeps_the_content_whole() -> None:
    r = extract("The mayor promised to hire forty new teachers next year.\n")
    q = _by_cue(r, "promised")
    assert _content(r, q) == "to hire forty new teachers next year"
    assert _span(r, q.source) == "The mayor"


def test_a_source_ends_where_its_words_stop() -> None:
    # The parse hangs the quotation's verb on "spokesman"; the source must not run into it.
    r = extract(
        "A spokesman for the company declined to comment, instead pointing to the statement it "
        'released on Friday: "We are reviewing the findings and will cooperate fully."\n'
    )
    q = _by_cue(r, "declined")
    assert _span(r, q.source) == "A spokesman for the company"
    assert all('"' not in _span(r, x.source) for x in r.quotes)
