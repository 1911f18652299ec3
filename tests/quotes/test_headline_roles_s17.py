"""A title-case headline's role source ("Union Chief Says ...") takes the person the body
names in that office, since the headline is read from a parse of its own."""

from __future__ import annotations

from dateline import extract
from dateline.records import Quote, Record

HEAD = "Teachers Union Chief Says Strike Will Go Ahead Next Week.\n\n"


def _headline_quote(record: Record) -> Quote:
    end = record.text.index("\n")
    q = next((q for q in record.quotes if q.content.end <= end), None)
    assert q is not None, [record.text[x.content.start : x.content.end] for x in record.quotes]
    return q


def test_a_headline_chief_is_the_head_the_body_names() -> None:
    r = extract(
        HEAD + "The head of the state teachers union, Maria Ortega, said on Monday that the "
        "walkout would begin as planned.\n\nParents were told to make other plans.\n"
    )
    q = _headline_quote(r)
    assert r.text[q.source.start : q.source.end] == "Teachers Union Chief"
    assert q.speaker_name == "Maria Ortega" and q.speaker is not None


def test_a_headline_chief_stays_unresolved_when_no_body_source_holds_the_office() -> None:
    r = extract(
        HEAD + "Maria Ortega, a teacher at Lincoln High School, said on Monday that the "
        "walkout would begin as planned.\n\nParents were told to make other plans.\n"
    )
    q = _headline_quote(r)
    assert q.speaker is None
