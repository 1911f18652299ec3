"""Span round of the eighteenth session: a pronoun object that stands for what was reported
("..., which he denied") is the report's content, as PolNeAR marks it; a relative pronoun
that is a verb's subject is still no content."""

from __future__ import annotations

from dateline import extract
from dateline.records import Record


def _by_cue(record: Record) -> dict[str, tuple[str, str | None]]:
    """Each quote's content and source text, keyed by its cue text."""
    text = record.text
    return {
        text[q.cue.start : q.cue.end]: (
            text[q.content.start : q.content.end],
            text[q.source.start : q.source.end] if q.source else None,
        )
        for q in record.quotes
        if q.cue is not None
    }


def test_a_relative_pronoun_object_of_a_cue_is_its_content() -> None:
    r = extract("The report accused the mayor of taking bribes, which he denied on Monday.\n")
    quotes = _by_cue(r)
    assert quotes["denied"] == ("which", "he")
    assert quotes["accused"][0] == "the mayor of taking bribes"


def test_a_demonstrative_object_of_a_cue_is_its_content() -> None:
    r = extract(
        "The union says the company broke the contract. The company has always denied that.\n"
    )
    assert _by_cue(r)["denied"] == ("that", "The company")


def test_a_relative_pronoun_subject_is_no_content() -> None:
    r = extract("Private lenders, which hold most of the debt, said they would wait.\n")
    assert all(r.text[q.content.start : q.content.end] != "which" for q in r.quotes)
