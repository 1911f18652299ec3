"""Nineteenth-session speaker rules: a name in apposition that NER called an organisation, a
"Mrs"-without-full-stop surname, "the Senate minority leader" is no head of state, a party in a
title must agree with the party the text gives a person, a pronoun coordinated after the
speaker's own words, and bare relative words as sources."""

from __future__ import annotations

import spacy
from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker
from spacy.tokens import Doc

from dateline import extract
from dateline.quotes.resolution import _name_before_who
from dateline.records import Entity, Span


def test_an_apposed_name_after_an_office_is_the_speaker() -> None:
    record = extract(
        "Bird flu was found in ducks near Malmo on Tuesday. Sweden's Minister of Agriculture, "
        "Ann-Christin Nykvist, said at a press conference that the discovery was serious."
    )
    assert _speaker(record, _quote(record, "discovery was serious")) == "Ann-Christin Nykvist"


def test_an_apposed_given_name_after_a_common_noun_is_the_speaker() -> None:
    record = extract(
        "The team plays on Friday. One Republican presidential hopeful, Carly Fiorina, says she "
        "plans to root for the visitors."
    )
    assert _speaker(record, _quote(record, "root for the visitors")) == "Carly Fiorina"


def test_mrs_without_a_full_stop_joins_the_full_name() -> None:
    record = extract(
        "Hillary Clinton tweeted a picture of signs near her home. Mrs Clinton described them "
        'as "heartwarming". Governor Nikki Haley was named ambassador on Wednesday. Mrs Haley '
        'said she was "moved" to accept.'
    )
    assert _speaker(record, _quote(record, "heartwarming")) == "Hillary Clinton"
    assert _speaker(record, _quote(record, "moved")) == "Nikki Haley"


def test_mr_and_mrs_without_full_stops_stay_apart() -> None:
    record = extract(
        "Bill Clinton and Hillary Clinton arrived in Iowa. Mr Clinton said the crowd was "
        "large. Mrs Clinton said the economy was strong."
    )
    assert _speaker(record, _quote(record, "crowd was large")) == "Bill Clinton"
    assert _speaker(record, _quote(record, "economy was strong")) == "Hillary Clinton"


def test_the_senate_minority_leader_is_no_president() -> None:
    record = extract(
        "President Obama spoke on Monday. Harry M. Reid blasted the bill in a recent interview. "
        '"It is one of the worst machinations I have ever seen," the Senate minority leader said.'
    )
    assert _speaker(record, _quote(record, "worst machinations")) == "Harry M. Reid"


def test_a_party_in_a_title_must_agree_with_the_party_the_text_gives() -> None:
    record = extract(
        "Donald Trump, the Republican nominee, spoke in Iowa on Monday. The Democratic "
        "front-runner said the wall would never be built."
    )
    assert _speaker(record, _quote(record, "never be built")) is None
    record = extract(
        "Democratic front-runner Hillary Clinton spoke in Iowa on Monday. The Democratic "
        "front-runner said the wall would never be built."
    )
    assert _speaker(record, _quote(record, "never be built")) == "Hillary Clinton"


def test_he_after_the_speakers_words_and_but_is_the_speaker() -> None:
    record = extract(
        "Harry M. Reid spoke to reporters on Tuesday. Reid said both Rubio and Cruz are "
        '"non-entities in the Senate," but he gave the Texan a compliment: "He is very smart."'
    )
    assert _speaker(record, _quote(record, "very smart")) == "Harry M. Reid"


def test_who_after_a_name_and_an_aside_is_that_person() -> None:
    # "Sanders, meanwhile, who ...", the tagger calling "Sanders" a plural noun: the person
    # entity on the word before the aside is who "who" is
    words = ["Sanders", ",", "meanwhile", ",", "who", "sits", "at", "zero", "."]
    pos = ["NOUN", "PUNCT", "ADV", "PUNCT", "PRON", "VERB", "ADP", "NUM", "PUNCT"]
    spaces = [False, True, False, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos)
    sanders = Entity(id="E1", name="Bernie Sanders", type="PERSON", mentions=[Span(start=0, end=7)])
    found = _name_before_who(doc[4], [sanders])
    assert found is not None and found.text == "Sanders"
    assert _name_before_who(doc[4], []) is None


def test_a_bare_relative_word_names_no_speaker() -> None:
    record = extract(
        "Mills forwards an email with the subject line “Photo gone viral!” that includes an "
        "image of the senator."
    )
    for q in record.quotes:
        assert (q.speaker_name or "").lower() not in {"that", "which", "who"}
