"""Quotations whose speaker the text does give are attributed; orphan_quote is left for the rest.

Each case is a pattern that used to raise a spurious orphan_quote on news text: a quotation
continuing the previous sentence's speaker, an interrupted quotation, an inverted subject, a
quoted term inside the writer's own sentence, a belief or an expletive "it" rather than a
statement.
"""

from __future__ import annotations

from dateline.quotes import find_quotes, orphan_signals
from dateline.records import Quote


def _run(parse, text: str) -> tuple[list[Quote], list]:
    quotes = find_quotes(parse(text), [])
    return quotes, orphan_signals(quotes, text)


def _one(quotes: list[Quote], text: str, fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in text[q.content.start : q.content.end]]
    assert hits, f"no quote contains {fragment!r}: {quotes}"
    return hits[0]


def test_quotation_after_speakers_sentence_continues_it(parse) -> None:
    text = (
        "Peter Grant said the factory would close in June. "
        '"We tried everything we could to keep the doors open for the workers."'
    )
    quotes, signals = _run(parse, text)
    q = _one(quotes, text, "We tried everything")
    assert q.speaker_name == "Peter Grant"
    assert signals == []


def test_quotation_after_two_speakers_sentence_stays_orphan(parse) -> None:
    text = (
        "Peter Grant said the plant would stay open, but union leaders said it would close. "
        '"We tried everything we could to keep the doors open for the workers."'
    )
    quotes, signals = _run(parse, text)
    q = _one(quotes, text, "We tried everything")
    assert q.speaker_name is None
    assert any(s.start == q.content.start for s in signals)


def test_interrupted_quotation_keeps_its_speaker(parse) -> None:
    text = (
        'Mayor Anna Berg spoke on Monday. "He has said a few things I did not like," she said, '
        '"but I could overlook them because of the other things he stands for."'
    )
    quotes, signals = _run(parse, text)
    q = _one(quotes, text, "a few things I did not like")
    assert q.source is not None and text[q.source.start : q.source.end] == "she"
    assert signals == []


def test_second_quotation_after_cue_continues_speaker(parse) -> None:
    text = (
        "Rents rose again. "
        '"Look at the letter the council sent out after the flood," Hale notes. '
        '"It was very different in tone from what people are used to."'
    )
    quotes, signals = _run(parse, text)
    assert _one(quotes, text, "very different in tone").speaker_name == "Hale"
    assert signals == []


def test_inverted_subject_after_quotation(parse) -> None:
    text = (
        "The harbour was quiet on Sunday. "
        '"We lost the boats and the nets in one single night," said the woman, '
        "who did not want to be named."
    )
    q = _one(find_quotes(parse(text), []), text, "We lost the boats")
    assert q.source is not None and "woman" in text[q.source.start : q.source.end]


def test_opening_mark_typed_as_closing_one(parse) -> None:
    text = (
        "Lawyers disagreed. "
        "“It is very unusual for a campaign,“ said Larry Noble, an election lawyer. "
        "“It is a hard thing to do without stepping over a line.”"
    )
    quotes, _ = _run(parse, text)
    q = _one(quotes, text, "very unusual")
    assert "said" not in text[q.content.start : q.content.end]
    assert q.speaker_name == "Larry Noble"


def test_quoted_term_in_writers_sentence_is_not_a_quotation(parse) -> None:
    text = (
        "The new committee will informally be dubbed the “Defeat the Tax Hike Committee” "
        "and will focus on the city budget."
    )
    quotes, signals = _run(parse, text)
    assert not any("Defeat the Tax" in text[q.content.start : q.content.end] for q in quotes)
    assert signals == []


def test_belief_with_unresolved_pronoun_is_not_an_orphan_quote(parse) -> None:
    text = "The race tightened in May. He knows how important it is to win the state in November."
    _, signals = _run(parse, text)
    assert signals == []


def test_expletive_it_is_not_a_source(parse) -> None:
    text = "Turnout was low. It is fair to say that the weather kept many older voters at home."
    quotes, signals = _run(parse, text)
    assert all(q.source is None for q in quotes)
    assert signals == []


def test_report_inside_a_quotation_is_part_of_it(parse) -> None:
    text = '"Critics say the bridge will never be finished, but they are wrong," Maria Lopez said.'
    quotes = find_quotes(parse(text), [])
    assert len(quotes) == 1 and quotes[0].speaker_name == "Maria Lopez"
