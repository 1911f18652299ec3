"""Twenty-first-session recall round: reports carried by a reputation or a stance noun.

"X is known for Y" reports a reputation: who or what is known and for what, in two pieces and
with no source; "known as Y" still names and "have known him for years" is a duration. Stance
nouns with a preposition ("a critic of X", "doubts about X") are a switch left off: the pairs
marked half the time on the first four fifths of train did not hold on the last fifth.
"""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.quotes import attitudes
from dateline.records import Quote, Record


def _cued(record: Record, cue: str) -> list[Quote]:
    return [q for q in record.quotes if q.cue and record.text[q.cue.start : q.cue.end] == cue]


def _pieces(record: Record, quote: Quote) -> list[str]:
    spans = quote.parts or [quote.content]
    return [record.text[s.start : s.end] for s in spans]


def test_known_for_reports_the_bearer_and_the_reputation() -> None:
    record = extract("The ferry captain is best known for her rescue of two fishermen.\n")
    (quote,) = _cued(record, "known")
    assert _pieces(record, quote) == ["The ferry captain", "her rescue of two fishermen"]
    assert quote.source is None and quote.speaker is None


def test_known_for_after_a_noun_takes_that_noun() -> None:
    record = extract("The band played in Dover, a town known for its summer fairs.\n")
    (quote,) = _cued(record, "known")
    assert _pieces(record, quote) == ["a town", "its summer fairs"]


def test_known_for_a_span_of_time_is_no_reputation() -> None:
    record = extract("The coach said she had known the goalkeeper for years.\n")
    assert not _cued(record, "known")


def test_known_as_still_names() -> None:
    record = extract("The storm struck during the week known as Harvest Week.\n")
    assert not _cued(record, "known")


def test_stance_nouns_are_off_by_default() -> None:
    record = extract("The harbor union, a longtime critic of the port authority, met on Monday.\n")
    assert not _cued(record, "critic")


def test_stance_noun_switch_reports_the_object_with_its_bearer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attitudes, "USE_BARE_OBJECT_NOUNS", True)
    record = extract("The harbor union, a longtime critic of the port authority, met on Monday.\n")
    (quote,) = _cued(record, "critic")
    assert _pieces(record, quote) == ["the port authority"]
    assert record.text[quote.source.start : quote.source.end] == "The harbor union"


def test_stance_noun_a_verb_reports_is_not_reported_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attitudes, "USE_BARE_OBJECT_NOUNS", True)
    record = extract("Voters expressed doubts about the pension plan.\n")
    assert not _cued(record, "doubts")
    (quote,) = _cued(record, "expressed")
    assert _pieces(record, quote) == ["doubts about the pension plan"]
