"""Twenty-second-session source spans: an inverted subject the parser reads as the verb's
object ('"...," added Molloy'), a participle hanging inside the reported clause ('said X will
have to choose, saying ...'), and a signature line with a description after the name
("- Ann Lee, a judge.")."""

from __future__ import annotations

import pytest
from dateline_helpers import quote_with, source_text
from spacy.tokens import Token

import dateline.quotes.resolution as resolution
import dateline.quotes.sources as sources
from dateline import extract

# A no-break space before the verb is where the parser reads the name as its object.
INVERTED = (
    "Lawmakers met on Wednesday.\n\n"
    "\u201cIf anyone wonders why the review is late, the problems in this report are Exhibit "
    "A,\u201d\u00a0added Molloy."
)


def _added(parse) -> Token:
    return next(t for t in parse(INVERTED) if t.text == "added")


def test_an_inverted_subject_read_as_object_is_the_source(parse) -> None:
    verb = _added(parse)
    assert [c.dep_ for c in verb.children if c.text == "Molloy"] == ["dobj"]
    assert sources.source_of(verb).text == "Molloy"
    record = extract(INVERTED)
    assert source_text(record.text, quote_with(record, "the review is late")) == "Molloy"


def test_the_inverted_subject_rule_is_what_finds_it(
    parse,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sources, "INVERTED_SUBJECTS", False)
    assert sources.source_of(_added(parse)) is None


def test_an_addressee_after_told_is_no_inverted_subject(parse) -> None:
    doc = parse('"We will fight on,"\u00a0told reporters on Friday.')
    verb = next(t for t in doc if t.text == "told")
    assert sources.source_of(verb) is None


def test_a_subject_inside_a_quotation_is_not_taken_back() -> None:
    record = extract('"The bridge will close," said a spokesman for the county on Friday.')
    q = quote_with(record, "The bridge will close")
    assert source_text(record.text, q) in ("a spokesman", "a spokesman for the county")


PARTICIPLE = (
    "Alongside the union's calls for action, even a senior council aide said Moreno will have "
    'to choose whose side she is on, saying, "At some point, she is going to have to come out '
    'on where she stands on the contract."'
)


def test_a_participle_inside_the_reported_clause_goes_to_the_reporter() -> None:
    record = extract(PARTICIPLE)
    assert "aide" in (source_text(record.text, quote_with(record, "At some point")) or "")


def test_the_climb_is_what_moves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "CLIMB_REPORTED_CLAUSE", False)
    record = extract(PARTICIPLE)
    assert "aide" not in (source_text(record.text, quote_with(record, "At some point")) or "")


SIGNED = (
    "Overheard at the county fair.\n\n"
    '"The best pie I have eaten in twenty years, and I have judged a lot of pies."\n\n'
    "- Martha Ellison, a judge from Dayton.\n\n"
    '"We drove six hours to be here and it was worth every mile."\n\n'
    "- Peter Okafor, writing after the parade."
)


def test_a_signature_with_a_description_gives_the_source() -> None:
    record = extract(SIGNED)
    text = record.text
    assert source_text(text, quote_with(record, "best pie")) == "Martha Ellison"
    assert source_text(text, quote_with(record, "six hours")) == "Peter Okafor"


def test_signed_lines_off_leaves_them_unsourced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolution, "SIGNED_LINES", False)
    record = extract(SIGNED)
    assert source_text(record.text, quote_with(record, "best pie")) is None
