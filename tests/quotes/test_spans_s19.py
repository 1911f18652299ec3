"""Nineteenth-session span round (precision): what a cue's "of"/"about" phrase is.

'"...," X said *of Y*': when the cue reports a quotation, Y names what the quotation is about,
and PolNeAR seldom marks it as a second content (3 of 23 on the first four fifths of train).
A cue with no other report, and a question's topic ("was asked about Y"), keep it.
"""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.quotes import find
from dateline.records import Record


def _contents(record: Record) -> list[str]:
    return [record.text[q.content.start : q.content.end] for q in record.quotes]


@pytest.fixture(autouse=True)
def topic_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "DROP_TOPIC_PHRASES", True)


def test_said_of_after_a_quotation_is_no_second_content() -> None:
    text = (
        'The mayor was blunt on Tuesday. "It was a total failure," Mayor Ruth Cole said of '
        "the flood response.\n"
    )
    assert _contents(extract(text)) == ['"It was a total failure,"']


def test_said_about_inside_a_split_quotation_is_no_second_content() -> None:
    text = (
        "Council member Dana Reyes spoke after the vote.\n\n"
        '"It is going to cost well over a million dollars," Reyes said about the money spent '
        'on the stadium. "We should have asked the voters first."\n'
    )
    assert "the money spent on the stadium" not in _contents(extract(text))


def test_the_topic_stays_when_the_rule_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "DROP_TOPIC_PHRASES", False)
    text = '"It was a total failure," Mayor Ruth Cole said of the flood response.\n'
    assert "the flood response" in _contents(extract(text))


def test_an_about_phrase_with_no_other_report_stays() -> None:
    text = "Ruth Cole joked about moving to Canada if the levy fails.\n"
    assert _contents(extract(text)) == ["moving to Canada if the levy fails"]


def test_a_question_topic_stays() -> None:
    text = "Mayor Ruth Cole was asked about the flood response. She said she would not resign.\n"
    assert "the flood response" in _contents(extract(text))
