"""Nineteenth session, review of the session's change: a party beside a person's name is read
only from title words or "(R-Texas)"/"(D-Nev.)" ("(I-Vt.)", "Democratic lawmakers criticized
Trump" and "Trump, a foe of Democratic ideas," give none), "the country's leader" is still
its president, and a person span that trims to nothing does not crash."""

from __future__ import annotations

import spacy
from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from dateline import extract
from dateline.config import Settings
from dateline.entities.mentions import _trim
from dateline.nlp import load
from dateline.quotes.titles import person_parties
from dateline.records import Entity, Span


def _person(text: str, name: str, ident: str = "E1") -> Entity:
    start = text.index(name)
    span = Span(start=start, end=start + len(name))
    return Entity(id=ident, name=name, type="PERSON", mentions=[span])


def test_an_independent_can_be_the_democratic_candidate() -> None:
    record = extract(
        "Hillary Clinton spoke in New York on Monday. Sen. Bernie Sanders (I-Vt.) spoke in "
        'Iowa. "We are going to win this," the Democratic presidential candidate told '
        "supporters in Des Moines."
    )
    assert _speaker(record, _quote(record, "going to win this")) == "Bernie Sanders"


def test_a_clause_between_a_party_and_a_name_gives_no_party() -> None:
    nlp = load(Settings().model)
    text = "Democratic lawmakers criticized Donald Trump on Monday."
    assert person_parties(nlp(text), [_person(text, "Donald Trump")]) == {}
    text = "Republican presidential front-runner Donald Trump spoke on Monday."
    assert person_parties(nlp(text), [_person(text, "Donald Trump")]) == {"E1": {"R"}}
    text = "Donald Trump, a foe of Democratic ideas, spoke on Monday."
    assert person_parties(nlp(text), [_person(text, "Donald Trump")]) == {}
    text = "Donald Trump, the Republican nominee, spoke on Monday."
    assert person_parties(nlp(text), [_person(text, "Donald Trump")]) == {"E1": {"R"}}
    text = "Sen. Ted Cruz (R-Texas) spoke, and so did Sen. Bernie Sanders (I-Vt.)."
    people = [_person(text, "Ted Cruz"), _person(text, "Bernie Sanders", "E2")]
    found = person_parties(nlp(text), people)
    assert found == {"E1": {"R"}}


def test_a_person_span_of_only_a_determiner_trims_to_nothing() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["He", "met", "the"])
    assert _trim(TokenSpan(doc, 2, 3, label="PERSON")) == (3, 3)


def test_the_countrys_leader_is_still_its_president() -> None:
    # "the Senate minority leader" names a lesser office; a possessive only says whose leader
    record = extract(
        "President Emmanuel Macron spoke in Paris on Monday. An aide, Jean Dupont, stood "
        'nearby. "We are ready," the country\'s leader told reporters.'
    )
    assert _speaker(record, _quote(record, "We are ready")) == "Emmanuel Macron"


def test_an_exonym_in_a_list_of_the_worlds_cities_stays_a_place() -> None:
    """The stray-other-name pass is for stories set in one other country, not world lists."""
    from dateline import extract

    record = extract("Fans marched in Seville, London, Paris and Berlin on Saturday.", id="t")
    assert {p.text: p.country for p in record.places}.get("Seville") == "ESP"
