"""Twelfth round: relative-pronoun sources speak for their noun, "Asked about X" is a question's
topic and no quote, and "Asked what ..., he says" gives its question no source."""

from __future__ import annotations

from dateline_helpers import quotes_in as _quotes
from dateline_helpers import source_text as _src
from dateline_helpers import with_fragment as _with


def test_relative_pronoun_source_names_its_noun(parse) -> None:
    text = "Residents questioned Mayor Tom Berg, who said that the bridge would reopen in May."
    (q,) = [q for q in _with(_quotes(parse, text), text, "bridge") if _src(text, q) == "who"]
    assert q.speaker_name == "Tom Berg"


def test_relative_that_speaker_is_the_noun_without_its_clause(parse) -> None:
    text = 'The company released a marketing video that said, "We will hire the best teachers."'
    (q,) = [q for q in _quotes(parse, text) if q.kind == "direct"]
    assert q.speaker_name == "a marketing video"


def test_asked_about_topic_is_no_quote(parse) -> None:
    text = "Asked about the budget shortfall, the mayor would only say that talks continue."
    quotes = _quotes(parse, text)
    assert not _with(quotes, text, "budget shortfall")
    (q,) = _with(quotes, text, "talks continue")
    assert _src(text, q) == "the mayor"


def test_asked_question_has_no_source(parse) -> None:
    text = "Asked what might surprise people about him, he says he still meets with workers."
    quotes = _quotes(parse, text)
    assert all(q.source is None for q in _with(quotes, text, "surprise people"))
    (q,) = _with(quotes, text, "still meets")
    assert _src(text, q) == "he"


def test_asked_whether_keeps_the_answerers_name_off_the_question(parse) -> None:
    text = 'Asked if the campaign would win Ohio, Priebus said, "Probably."'
    quotes = _quotes(parse, text)
    assert all(q.source is None for q in _with(quotes, text, "win Ohio"))
    (q,) = _with(quotes, text, "Probably")
    assert _src(text, q) == "Priebus"


def test_name_read_as_modal_is_the_source(parse) -> None:
    from spacy.tokens import Doc

    from dateline.quotes.syntax import source_of

    words = ["In", "his", "column", ",", "Will", "wrote", "that", "it", "failed", "."]
    heads = [5, 2, 0, 5, 5, 5, 8, 8, 5, 5]
    deps = ["prep", "poss", "pobj", "punct", "aux", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    tags = ["IN", "PRP$", "NN", ",", "MD", "VBD", "IN", "PRP", "VBD", "."]
    pos = ["ADP", "PRON", "NOUN", "PUNCT", "AUX", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(parse.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    src = source_of(doc[5])
    assert src is not None and src.text == "Will"


def test_participle_on_a_reported_clause_belongs_to_the_reporter(parse) -> None:
    text = "The mayor has indicated she would try to cut taxes, vowing to close the deficit."
    (q,) = _with(_quotes(parse, text), text, "close the deficit")
    assert _src(text, q) == "The mayor"


def test_coordinated_participles_share_the_reporter(parse) -> None:
    text = (
        "Later that day, Berg released a statement saying he would not back the budget and "
        "suggesting that the council should start again."
    )
    quotes = _quotes(parse, text)
    (q,) = _with(quotes, text, "start again")
    assert _src(text, q) == "Berg"
    reported = _with(quotes, text, "back the budget")
    assert reported
    assert not any(text[q.content.start : q.content.end].endswith("and") for q in reported)


def test_question_to_the_reader_is_no_quote(parse) -> None:
    text = "Do you support the new stadium plan? Share this story with your friends."
    assert not _quotes(parse, text)


def test_person_told_is_not_what_was_said(parse) -> None:
    for text in (
        "The senator told NBC News before her appearance on Monday.",
        "Chaffetz and Goodlatte asked the U.S. attorney in Washington on Tuesday.",
    ):
        assert not _quotes(parse, text), text


def test_person_asked_with_what_they_were_asked_stays(parse) -> None:
    text = "Hannity asked Kasich to lay out his path to the nomination."
    (q,) = _with(_quotes(parse, text), text, "lay out his path")
    assert _src(text, q) == "Hannity"


def test_poll_participle_aside_is_not_the_finding(parse) -> None:
    text = (
        "In the new Morning Consult poll, conducted March 11-13, 40 percent of likely "
        "Democratic voters back Sanders."
    )
    (q,) = _with(_quotes(parse, text), text, "40 percent")
    assert text[q.content.start : q.content.end].startswith("40 percent")
    assert _src(text, q) == "the new Morning Consult poll"


def test_short_quotation_right_after_said(parse) -> None:
    text = 'Asked about a recount, Berg said, "Probably." The vote is certified on Monday.'
    (q,) = _with(_quotes(parse, text), text, "Probably")
    assert q.kind == "direct"
    assert _src(text, q) == "Berg"
