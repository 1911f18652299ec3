"""Twentieth-session span round (recall): constructions PolNeAR marks that no cue found.

- '"...," X said, *referring to* Y': Y is what X spoke of, an attribution of its own whose
  source is X (a gold cue 29 times in 35 on the first four fifths of train); an appositive
  after Y is the writer's gloss, outside the content.
- A trailing "according to X" hung on a second coordinated clause or a participle clause
  sources the whole sentence (the gold content starts at the first clause 30 times in 38).
- "X seems like Y" / "appears like": an impression, subject and likeness in two pieces (gold
  12 / 18); "looks like" stays unmarked (4 / 26).
"""

from __future__ import annotations

from dateline import extract
from dateline.quotes.according import according_candidates
from dateline.records import Quote, Record


def _by_cue(record: Record, cue: str) -> list[Quote]:
    return [q for q in record.quotes if q.cue and record.text[q.cue.start : q.cue.end] == cue]


def _text(record: Record, span: object) -> str:
    return record.text[span.start : span.end]  # type: ignore[attr-defined]


def test_referring_to_after_a_quotation_is_a_report_of_its_speaker() -> None:
    text = (
        'The council met on Monday. "That deal was a mistake from the start," Mayor Ruth '
        'Cole said, referring to the harbor lease. "We will not sign another one."\n'
    )
    record = extract(text)
    (gloss,) = _by_cue(record, "referring to")
    assert _text(record, gloss.content) == "the harbor lease"
    assert gloss.source is not None and "Cole" in _text(record, gloss.source)
    (said,) = _by_cue(record, "said")
    assert said.parts is not None and len(said.parts) == 2  # the quotation keeps both pieces


def test_referring_to_stops_before_an_appositive() -> None:
    text = (
        '"We were betrayed," Senator Paul Moss said on Friday, referring to Tom Reed, '
        "the former budget director.\n"
    )
    record = extract(text)
    (gloss,) = _by_cue(record, "referring to")
    assert _text(record, gloss.content) == "Tom Reed"


def test_referring_without_a_report_before_it_is_no_quote() -> None:
    text = "The museum reopened on Sunday, referring to its old catalogue for the new display.\n"
    assert _by_cue(extract(text), "referring to") == []


def _according_contents(parse, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = parse(text)
    return [text[c.content[0] : c.content[1]] for c in according_candidates(doc)]


def test_according_to_after_a_participle_clause_sources_the_whole_sentence(parse) -> None:
    text = "The index plummeted in minutes, wiping out $136 billion in value, according to Reuters."
    assert _according_contents(parse, text) == [
        "The index plummeted in minutes, wiping out $136 billion in value"
    ]


def test_according_to_after_coordinated_clauses_sources_both(parse) -> None:
    text = (
        "Sales rose by 3 percent in 2014, but declined by 2 percent in 2015, "
        "according to the census office."
    )
    assert _according_contents(parse, text) == [
        "Sales rose by 3 percent in 2014, but declined by 2 percent in 2015"
    ]


def test_according_to_keeps_its_own_clause_when_first(parse) -> None:
    text = "According to the census office, sales rose by 3 percent in 2014."
    assert _according_contents(parse, text) == ["sales rose by 3 percent in 2014"]


def test_seems_like_is_an_impression_in_two_pieces() -> None:
    text = "The council met on Monday. The idea of closing the harbor seems like a fair trade.\n"
    record = extract(text)
    (seems,) = _by_cue(record, "seems")
    assert seems.parts is not None
    assert [_text(record, p) for p in seems.parts] == [
        "The idea of closing the harbor",
        "a fair trade",
    ]
    assert seems.source is None


def test_looks_like_is_no_report() -> None:
    text = "The council met on Monday. The new harbor looks like a fortress.\n"
    assert _by_cue(extract(text), "looks") == []
