"""Nineteenth-session span round two: leftovers the speaker round saw.

Discourse connectives built on "say" report nothing; a short title-case name in quotation marks
in a noun phrase's slot is no quotation; a capitalised "Tweeted" after a name and its
apposition is a cue; "who" after a description in apposition goes with the name; a surname
the tagger reads as an adverb after "said" is the speaker.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline import extract
from dateline.quotes import find
from dateline.quotes.contents import _misread_relative
from dateline.records import Quote, Record

SAYING = ("said", "say")


def _text(record: Record, span: object) -> str | None:
    return None if span is None else record.text[span.start : span.end]  # type: ignore[attr-defined]


def _contents(record: Record) -> list[str]:
    return [record.text[q.content.start : q.content.end] for q in record.quotes]


def _quote_with(record: Record, words: str) -> Quote:
    return next(q for q in record.quotes if words in record.text[q.content.start : q.content.end])


@pytest.mark.parametrize(
    "sentence",
    [
        "That said, the mayor still expects a deal by Friday.",
        "Having said that, nobody knows when the vote will come.",
        "That being said, the budget is tight this year.",
        "Needless to say, the plan failed in the end.",
        "Suffice it to say the mayor was angry.",
    ],
)
def test_discourse_connectives_report_nothing(sentence: str) -> None:
    record = extract(f"The council met on Monday. {sentence}\n")
    assert [_text(record, q.cue) for q in record.quotes if _text(record, q.cue) in SAYING] == []


def test_that_said_inside_a_quotation_stays_the_speakers() -> None:
    record = extract('The council met on Monday. The senator said, "That said, we will win."\n')
    assert _contents(record) == ['"That said, we will win."']
    assert record.quotes[0].speaker_name == "The senator"


def test_title_names_in_quotation_marks_are_no_quotes() -> None:
    text = (
        "After the storm the mayor spoke on Sunday on CBS’s “State of the Union,” where she "
        "defended the plan. Bill Moss was part of the “Gang of Six,” which wrote the bill.\n"
    )
    contents = _contents(extract(text))
    assert "“State of the Union,”" not in contents
    assert "“Gang of Six,”" not in contents


def test_title_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "DROP_TITLE_NAMES", False)
    text = "Bill Moss was part of the “Gang of Six,” which wrote the bill.\n"
    assert "“Gang of Six,”" in _contents(extract(text))


def test_a_chant_after_a_preposition_stays() -> None:
    text = "Fans broke into chants of “Go Team Go” as she spoke.\n"
    assert "“Go Team Go”" in _contents(extract(text))


def test_capitalised_tweeted_after_a_name_and_apposition_is_the_cue() -> None:
    text = (
        "The group answered quickly. “Not fair but we can live with it!” Jones, the head of "
        "Fair Play USA, Tweeted on Friday with a photo of the rally.\n"
    )
    record = extract(text)
    quote = _quote_with(record, "Not fair")
    assert _text(record, quote.cue) == "Tweeted"
    assert quote.speaker_name == "Jones"


def test_who_after_an_apposition_goes_with_the_name() -> None:
    text = (
        "Dinner went badly. ''Paul put Eddie down quite a bit,'' said Maria Lentz, then the "
        "girlfriend of Eddie's best friend, who was at the dinner and recalled Paul's habit of "
        "picking fights.\n"
    )
    record = extract(text)
    quote = _quote_with(record, "habit of picking fights")
    assert quote.speaker_name == "Maria Lentz"


def test_surname_read_as_adverb_after_said_is_the_speaker() -> None:
    text = (
        "“Having the lists and two staff who know them is valuable,” said Skelly, explaining "
        "he worked closely with the county clerk.\n"
    )
    record = extract(text)
    for words in ("Having the lists", "he worked closely"):
        quote = _quote_with(record, words)
        assert _text(record, quote.source) == "Skelly"
        assert quote.speaker_name == "Skelly"


def test_a_who_clause_hung_on_said_as_its_complement_is_no_content() -> None:
    words = ["said", "his", "friend", ",", "Dan", "Pruitt", ",", "who", "remembered", "it"]
    heads = [0, 2, 0, 2, 5, 2, 5, 8, 0, 8]
    deps = ["ROOT", "poss", "nsubj", "punct", "compound", "appos", "punct", "nsubj", "ccomp"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=[*deps, "dobj"])
    assert _misread_relative(doc[0], doc[8])
    plain = Doc(
        vocab, words=["said", "who", "won"], heads=[0, 2, 0], deps=["ROOT", "nsubj", "ccomp"]
    )
    assert not _misread_relative(plain[0], plain[2])  # 'said who won': a question, no comma before


def test_which_he_said_keeps_its_content() -> None:
    record = extract(
        "The mayor defended the new budget, which he said was fair to every district.\n"
    )
    assert "was fair to every district" in _contents(record)
