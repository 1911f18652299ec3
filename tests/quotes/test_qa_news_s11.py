"""Eleventh round (QA on real news): speaker names in full, quoted words as no source,
fronted adverbials as no content, and source spans cut at dangling words and line breaks."""

from __future__ import annotations

import re

from dateline_helpers import quotes_in as _quotes
from dateline_helpers import source_text as _src

from dateline.quotes import find_quotes
from dateline.quotes.find import _Attr, _quoted_source
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.names import clean_name, fullest
from dateline.quotes.syntax import Candidate
from dateline.records import Entity, Span


def _person(eid: str, name: str) -> Entity:
    return Entity(id=eid, name=name, type="PERSON", mentions=[])


def test_clean_name_drops_titles_and_trailing_lowercase() -> None:
    assert clean_name("Fire Marshal Doug Logan") == "Doug Logan"
    assert clean_name("MLA Sandra Jansen") == "Sandra Jansen"
    assert clean_name("Harlan later") == "Harlan"
    assert clean_name("Mrs") == "Mrs"
    assert clean_name("Secretary of State") == "Secretary of State"


def test_fullest_takes_the_one_full_name_ending_in_the_surname() -> None:
    people = [_person("E1", "Ruth Okafor"), _person("E2", "Tom Brandt")]
    assert fullest("Okafor", people).id == "E1"
    assert fullest("Mrs Okafor", people).id == "E1"
    assert fullest("Tom Brandt", people) is None  # already in full


def test_fullest_leaves_a_surname_two_people_share() -> None:
    people = [_person("E1", "Ruth Okafor"), _person("E2", "Daniel Okafor")]
    assert fullest("Okafor", people) is None


def test_fullest_ignores_suffixes_and_lowercase_phrases() -> None:
    people = [_person("E1", "Brent R. Harlan Jr."), _person("E2", "a city spokesperson")]
    assert fullest("Harlan", people).id == "E1"
    assert fullest("spokesperson", people) is None


def test_surname_speaker_gets_the_full_name_of_the_article(parse) -> None:
    text = (
        "County Sheriff Brent Harlan said the fire was set on purpose.\n"
        '"We will find who did this," said Harlan.'
    )
    at = text.index("Brent")
    people = [Entity(id="E1", name="Brent Harlan", type="PERSON", mentions=[])]
    people[0].mentions.append(Span(start=at, end=at + len("Brent Harlan")))
    (q,) = [q for q in find_quotes(parse(text), people) if q.kind == "direct"]
    assert (q.speaker, q.speaker_name) == ("E1", "Brent Harlan")


def _attr(text: str, content: str, cue: str, source: str) -> _Attr:
    def at(piece: str) -> tuple[int, int]:
        return text.index(piece), text.index(piece) + len(piece)

    return _Attr(Candidate(at(content), at(cue), None, at(source), 1.0))


def test_quoted_words_are_no_source(parse) -> None:
    text = 'He yelled "Long live the king," continuing: "We are the sons of rebels."'
    doc, marks = parse(text), find_quote_spans(text)
    bad = _attr(text, '"We are the sons of rebels."', "continuing", "Long live the king")
    good = _attr(text, '"We are the sons of rebels."', "continuing", "He")
    assert _quoted_source(doc, bad, marks)
    assert not _quoted_source(doc, good, marks)


def test_quoted_line_is_not_its_own_source(parse) -> None:
    text = 'She read the posts aloud.\n"Another useless clown goes home."\n"Dead meat."'
    doc, marks = parse(text), find_quote_spans(text)
    own = _attr(text, '"Another useless clown goes home."', "goes", "Another useless clown")
    assert _quoted_source(doc, own, marks)


def test_wordless_source_is_none(parse) -> None:
    text = 'The vice-president said the rules "do not apply" to the cars.'
    doc, marks = parse(text), find_quote_spans(text)
    assert _quoted_source(doc, _attr(text, "the rules", "said", "-"), marks)


def test_fronted_adverbial_is_no_content(parse) -> None:
    text = (
        "Hickam said he feared for his safety\n"
        "During his trial, Hickam told the court he had bought a knife."
    )
    texts = [text[q.content.start : q.content.end] for q in _quotes(parse, text)]
    assert "During his trial" not in texts
    assert any("bought a knife" in t for t in texts)


def test_complement_after_cue_is_kept(parse) -> None:
    text = "The reporter asked Jones if the project was still in his plans."
    texts = [text[q.content.start : q.content.end] for q in _quotes(parse, text)]
    assert any("still in his plans" in t for t in texts)


def test_source_stops_before_a_dangling_article(parse) -> None:
    text = '"They are overjoyed," said Mike Warren an\n attorney with the project.'
    (q,) = _quotes(parse, text)
    assert _src(text, q) == "Mike Warren"


def test_source_stays_on_its_own_line(parse) -> None:
    text = "Source: Aviation Authority\nCity Airport told passengers that fog would delay flights."
    (q,) = _quotes(parse, text)
    assert "\n" not in (_src(text, q) or "")


def test_to_say_as_subject_is_no_report(parse) -> None:
    text = (
        "Ramos burst onto the stage in 1990.\nTo say he was a gifted speaker is an understatement."
    )
    assert not [q for q in _quotes(parse, text) if "gifted" in text[q.content.start :]]


def test_wanting_to_say_is_still_a_report(parse) -> None:
    text = "Ramos said he wanted to say that the plan had failed."
    texts = [text[q.content.start : q.content.end] for q in _quotes(parse, text)]
    assert any("plan had failed" in t for t in texts)


def test_capitalised_office_alone_is_a_title_not_a_name(parse) -> None:
    text = "Sweden's Minister of Agriculture said the outbreak was under control."
    (q,) = _quotes(parse, text)
    assert q.speaker_name == "Sweden's Minister of Agriculture"


def test_unpunctuated_appositive_name_stays_in_the_source(parse) -> None:
    text = "Bank economist Benjamin Tolan predicts softer markets in the year ahead."
    srcs = [_src(text, q) for q in _quotes(parse, text)]
    assert "Bank economist Benjamin Tolan" in srcs


def test_punctuated_appositive_is_cut_from_the_source(parse) -> None:
    text = "Wayne Madsen, a Washington-based author, said the talks had failed."
    (q,) = _quotes(parse, text)
    assert _src(text, q) == "Wayne Madsen"


def test_source_loses_a_trailing_comma(parse) -> None:
    text = (
        '"The law is old," a fellow judge, who did not want to be named because they are not '
        "authorized to speak, told reporters."
    )
    for q in _quotes(parse, text):
        assert not (_src(text, q) or "x").endswith(",")


def test_quoted_line_is_not_the_source_of_the_line_before(parse) -> None:
    text = 'The posts read:\n"Now you have two clowns."\n"Another useless clown goes home."'
    doc, marks = parse(text), find_quote_spans(text)
    other = _attr(text, '"Now you have two clowns."', "goes", "Another useless clown")
    assert _quoted_source(doc, other, marks)


def test_source_nested_in_the_same_quotation_stays(parse) -> None:
    text = '"Smith told me the deal was off," Jones said.'
    doc, marks = parse(text), find_quote_spans(text)
    nested = _attr(text, "the deal was off", "told", "Smith")
    assert not _quoted_source(doc, nested, marks)


def _people(text: str, *names: str) -> list[Entity]:
    """Person entities with a mention at each occurrence of their surname (as linked)."""
    out = []
    for k, name in enumerate(names, start=1):
        surname = name.split()[-1]
        spans = [Span(start=m.start(), end=m.end()) for m in re.finditer(surname, text)]
        out.append(Entity(id=f"E{k}", name=name, type="PERSON", mentions=spans))
    return out


def test_she_chain_from_a_subject_across_paragraphs(parse) -> None:
    text = (
        'Maria Lenz said it is fine to "admit you do not know."\n'
        "Lenz grew up in the 1970s in a small town. She was married and moved to the city.\n"
        '"It was terrifying. I had so much anxiety," she recalled.'
    )
    (q,) = [
        q
        for q in find_quotes(parse(text), _people(text, "Maria Lenz"))
        if "terrifying" in text[q.content.start : q.content.end]
    ]
    assert q.speaker_name == "Maria Lenz"


def test_chain_stops_at_another_named_subject(parse) -> None:
    text = (
        'Maria Lenz said it is fine to "admit you do not know."\n'
        "Ortiz grew up in the 1970s in a small town. She was married and moved to the city.\n"
        '"It was terrifying. I had so much anxiety," she recalled.'
    )
    people = _people(text, "Maria Lenz")
    (q,) = [
        q
        for q in find_quotes(parse(text), people)
        if "terrifying" in text[q.content.start : q.content.end]
    ]
    assert q.speaker_name != "Maria Lenz"
