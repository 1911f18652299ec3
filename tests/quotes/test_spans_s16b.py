"""Sixteenth-session second span round: token identity, fronted capitalised cues, a report's
label set off by a comma, and refusals to comment.

Each positive test fails with its rule's switch off (or, for token identity, with ``is``).
"""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.entities.cue_words import cue_form
from dateline.quotes import bounds, contents, cues, find, floating
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.tagged import _phrase
from dateline.quotes.tagger import _governing_cue
from dateline.records import Quote, Record


def _content(record: Record, q: Quote) -> str:
    return " | ".join(record.text[p.start : p.end] for p in (q.parts or [q.content]))


def _span(record: Record, span) -> str:
    return record.text[span.start : span.end] if span else ""


def _quote(record: Record, start: str) -> Quote:
    q = next((q for q in record.quotes if _content(record, q).startswith(start)), None)
    assert q is not None, [_content(record, x) for x in record.quotes]
    return q


# (1) spaCy makes a new Token object on each access: identity is compared by index.


def test_a_span_holding_the_root_is_one_phrase(parse) -> None:
    doc = parse("The mayor of Springfield.")
    assert doc[1].dep_ == "ROOT"
    assert _phrase(doc, (0, len("The mayor of Springfield")))


def test_a_span_holding_the_root_has_no_governing_cue(parse) -> None:
    doc = parse("The council said the budget would pass.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert _governing_cue(doc, 0, len(doc)) is None
    assert _governing_cue(doc, root.i + 1, len(doc) - 1) is not None


# (2) A capitalised cue after a quotation.

TWEETED = '"The plan is a disaster for working families," Tweeted Murphy on Monday.'
NEXT_LINE = (
    "Senator Chris Murphy spoke on Monday.\n"
    '"The plan is a disaster for working families."\n'
    "Added Murphy, in a message to supporters.\n"
)


@pytest.mark.parametrize("switch", [True, False])
def test_a_capitalised_cue_after_a_quotation(monkeypatch, switch: bool) -> None:
    monkeypatch.setattr(cues, "USE_CAPITAL_CUES", switch)
    r = extract(TWEETED)
    q = _quote(r, '"The plan')
    if switch:
        assert _span(r, q.cue) == "Tweeted"
        assert _span(r, q.source) == "Murphy"
        assert q.speaker_name == "Murphy"
    else:
        assert _span(r, q.source) != "Murphy"


def test_a_cue_opening_the_line_after_a_quotation() -> None:
    r = extract(NEXT_LINE)
    q = _quote(r, '"The plan')
    assert _span(r, q.cue) == "Added"
    assert q.speaker_name == "Chris Murphy"


def test_a_capitalised_cue_with_a_title_and_a_common_noun() -> None:
    r = extract('"We will win this fight," Wrote Sen. Elizabeth Warren.')
    assert _span(r, _quote(r, '"We will').source) == "Sen. Elizabeth Warren"
    r = extract('"We will win," Added the senator.')
    assert _span(r, _quote(r, '"We will').source) == "the senator"


def test_capitalised_words_that_are_no_cue_stay(parse) -> None:
    assert cue_form("Hospital") is None  # the cue forms themselves: tests/entities/test_qa_s16b.py
    doc = parse('"We will win." Says Who, a new film, opens on Friday.')
    assert cues.capital_cue(doc, find_quote_spans(doc.text)[0]) is None
    doc = parse('"We will win." Added Murphy, in a message.')
    assert cues.capital_cue(doc, find_quote_spans(doc.text)[0]) is not None


# (3) A report's label set off by a comma is neither a second content nor part of the first.

ALLEGES = (
    "Podvin alleges that he was fired for refusing to work on the campaign, "
    "a claim that the mayor's office strongly disputes."
)


def test_a_claim_appositive_is_no_content_of_its_own() -> None:
    r = extract(ALLEGES)
    cued = [q for q in r.quotes if _span(r, q.cue) == "alleges"]
    assert [_content(r, q) for q in cued] == [
        "that he was fired for refusing to work on the campaign"
    ]
    assert _span(r, cued[0].source) == "Podvin"


def test_the_object_after_a_reported_clause_is_skipped(monkeypatch, parse) -> None:
    doc = parse(ALLEGES)
    verb = doc[1]
    assert verb.lower_ == "alleges"
    names = {name for name, _, _ in contents.frames(verb)}
    assert not any(n.startswith("dobj") for n in names)
    monkeypatch.setattr(contents, "SKIP_CLAUSE_APPOSITIVES", False)
    if any(c.dep_ == "dobj" for c in verb.children):
        assert any(name.startswith("dobj") for name, _, _ in contents.frames(verb))


@pytest.mark.parametrize("switch", [True, False])
def test_a_trailing_claim_label_is_cut(monkeypatch, switch: bool) -> None:
    monkeypatch.setattr(find, "CUT_CLAIM_APPOSITIVES", switch)
    r = extract("Smith says that he was fired for his views, an allegation the company denies.")
    q = _quote(r, "that he was fired")
    assert (_content(r, q) == "that he was fired for his views") is switch


def test_a_claim_label_inside_the_content_stays() -> None:
    r = extract("Smith says that the report, a charge he denies, was false.")
    assert _content(r, _quote(r, "that the report")).endswith("was false")
    assert {"claim", "allegation"} <= bounds._CLAIM_NOUNS


# (4) A refusal to comment reports nothing that a quotation after it continues.

REFUSAL = (
    "A spokesman for the campaign declined to comment.\n"
    '"We are confident the court will rule in our favor."\n'
)


@pytest.mark.parametrize("switch", [True, False])
def test_no_floating_quote_after_a_refusal(monkeypatch, switch: bool) -> None:
    monkeypatch.setattr(floating, "NO_FLOAT_AFTER_REFUSAL", switch)
    r = extract(REFUSAL)
    refusal = _quote(r, "to comment")
    assert _span(r, refusal.cue) == "declined"  # PolNeAR marks the refusal itself
    q = _quote(r, '"We are confident')
    assert (q.speaker_name is None) is switch
    if switch:
        assert any(s.kind == "orphan_quote" for s in r.signals)


def test_a_quotation_after_a_statement_still_floats() -> None:
    r = extract(REFUSAL.replace("declined to comment", "said the ruling was wrong"))
    assert _quote(r, '"We are confident').speaker_name == "A spokesman for the campaign"


def test_a_refusal_is_told_from_a_statement(parse) -> None:
    """The test :data:`find.DROP_REFUSED_QUOTES` applies to a direct quotation's cue."""
    from dateline.quotes.attr import Attr
    from dateline.quotes.candidate import Candidate

    assert find.DROP_REFUSED_QUOTES
    doc = parse('The mayor declined to debate the council, "anytime, anywhere."')
    cue = next(t for t in doc if t.lower_ == "declined")
    start = doc.text.index('"')
    a = Attr(Candidate((start, len(doc.text) - 1), (cue.idx, cue.idx + 8), doc[1], (0, 9), 1.0))
    assert floating.refusal(doc, a)
    said = next(t for t in parse("The mayor said it.") if t.lower_ == "said")
    b = Attr(Candidate((0, 1), (said.idx, said.idx + 4), None, None, 1.0))
    assert not floating.refusal(said.doc, b)
