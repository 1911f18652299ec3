"""Twelfth-session speaker QA round on real news: who a relative "who" is after a place
phrase, names cut to their source span, paragraph quotations after a speaker's closing words,
and named groups as the antecedents of "they"."""

from __future__ import annotations

from dateline_helpers import quotes_in as _quotes

from dateline import extract
from dateline.quotes.find import _Attr, _function_word
from dateline.quotes.syntax import Candidate
from dateline.records import Quote


def _by_content(text: str, quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in text[q.content.start : q.content.end])


def test_who_after_a_place_phrase_is_the_person(parse) -> None:
    text = (
        '"That may worry people here," said Alan Berger, a dentist from Englewood, New Jersey, '
        "who said he is friendly with the family but took issue with the plan."
    )
    q = _by_content(text, _quotes(parse, text), "friendly with the family")
    assert q.speaker_name == "Alan Berger"


def test_who_after_a_plain_noun_is_unchanged(parse) -> None:
    text = "Residents of Dover, who said they feared the flood, left on Monday."
    q = _by_content(text, _quotes(parse, text), "feared the flood")
    assert q.speaker_name and q.speaker_name.startswith("Residents")


def test_speaker_name_stays_inside_the_source_span() -> None:
    text = (
        "Donald Trump spoke to reporters on Monday.\n\n"
        '"A lot will have to do with Israel," Trump told The Associated Press of the talks.'
    )
    r = extract(text)
    q = _by_content(text, r.quotes, "A lot will have")
    assert q.speaker_name == "Donald Trump"


def test_paragraph_quotation_after_a_speakers_closing_words_is_theirs(parse) -> None:
    text = (
        '"He started out by insulting people," Barkley said. "This is the United States. '
        'Do we have issues? Of course we have issues."\n\n'
        '"Then you have these people who love that. Your life is hard because of you."\n\n'
        "Barkley votes in Alabama."
    )
    q = _by_content(text, _quotes(parse, text), "Then you have")
    assert q.speaker_name == "Barkley"


def test_paragraph_quotation_after_an_unquoted_paragraph_stays_orphan(parse) -> None:
    text = (
        '"He started out by insulting people," Barkley said. The crowd then left the hall '
        "in silence.\n\n"
        '"Then you have these people who love that. Your life is hard because of you."'
    )
    q = _by_content(text, _quotes(parse, text), "Then you have")
    assert q.speaker is None and q.speaker_name is None


def test_they_after_two_named_people_as_subject(parse) -> None:
    text = (
        "Richard Alba and Nancy Foner, sociologists in New York, just published a book. "
        "They argue that Europe puts hurdles in the way of immigrants."
    )
    q = _by_content(text, _quotes(parse, text), "Europe puts hurdles")
    assert q.speaker_name == "Richard Alba and Nancy Foner"


def test_they_after_a_mixed_coordination_stays_unresolved(parse) -> None:
    text = (
        "Congress and the news media are among the groups that still stand in line. "
        "The family cut back the ritual because they said it was demanding."
    )
    q = _by_content(text, _quotes(parse, text), "it was demanding")
    assert q.speaker_name != "Congress and the news media"


def _attr(text: str, content: str) -> _Attr:
    start = text.index(content)
    return _Attr(Candidate((start, start + len(content)), None, None, None, 1.0))


def test_a_lone_function_word_is_no_content(parse) -> None:
    text = "The bank took on projects, which private lenders still considered too risky."
    doc = parse(text)
    assert _function_word(doc, _attr(text, "which"))
    assert not _function_word(doc, _attr(text, "projects"))
    assert not _function_word(doc, _attr(text, "too risky"))


def test_lets_hope_is_no_report(parse) -> None:
    text = "Critics fear the worst. And let's hope it stays that way."
    quotes = _quotes(parse, text)
    assert not any("stays that way" in text[q.content.start : q.content.end] for q in quotes)
