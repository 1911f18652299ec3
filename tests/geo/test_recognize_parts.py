"""The pieces place recognition was cut into, each on its own (synthetic sentences)."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.geo.blocking import blocked
from dateline.geo.gazetteer import gazetteer
from dateline.geo.listed import coordinated, named_as_town
from dateline.geo.matching import gazetteer_matches
from dateline.geo.mention import Mention
from dateline.geo.ner import ner_places
from dateline.geo.nonplaces import named_people
from dateline.geo.recognize import dateline_span, find_mentions
from dateline.geo.spans import POSITIONAL, case_fit, trim


def _texts(text: str, spans) -> list[str]:
    return [text[s[0] : s[1]] for s in spans]


def test_trim_drops_a_leading_the_and_trailing_punctuation(nlp):
    doc = nlp("They flew to the Netherlands, officials said.")
    assert trim(doc[3:6]).text == "Netherlands"
    assert trim(doc[3:4]) is None


def test_positional_names_are_directions_not_towns():
    assert POSITIONAL.match("Far North")
    assert POSITIONAL.match("Southern District")
    assert not POSITIONAL.match("West Chester")


def test_case_fit_keeps_codes_but_not_a_capitals_word_read_as_a_town():
    gaz = gazetteer()
    assert not [c for c in case_fit("BA", gaz.lookup("BA")) if c.name.lower() == "ba"]
    assert any(c.kind == "country" for c in case_fit("UK", gaz.lookup("UK")))


def test_gazetteer_matches_find_countries_ner_may_miss(nlp):
    text = "Troops from Estonia and Latvia trained near the border on Monday."
    doc = nlp(text)
    ents = list(doc.ents)
    found = _texts(text, gazetteer_matches(doc, ents, named_people(ents)))
    assert "Estonia" in found and "Latvia" in found and "Monday" not in found


def test_gazetteer_matches_mark_a_state_inside_an_agency(nlp):
    text = "The Kentucky State Police arrested two men on Friday."
    doc = nlp(text)
    ents = list(doc.ents)
    hits = gazetteer_matches(doc, ents, named_people(ents))
    within = {text[s:e]: w for s, e, w in hits}
    assert within["Kentucky"] == "Kentucky State Police"


def test_blocked_by_a_person_it_does_not_contain(nlp):
    doc = nlp("Paris Hilton arrived late at the University of Manitoba.")
    person = Span(doc, 0, 2, label="PERSON")
    org = Span(doc, 6, 9, label="ORG")
    assert blocked([person], 0, 1) == (True, None)
    assert blocked([], 0, 1) == (False, None)
    assert blocked([person], 0, 2) == (False, None)  # a span containing the entity
    assert blocked([org], 8, 9, big_name=True) == (False, "University of Manitoba")
    assert blocked([org], 8, 9) == (True, None)


def test_ner_places_keep_known_places_only(nlp):
    text = "Officials in Ohio said the storm moved on."
    doc = nlp(text)
    ents = list(doc.ents)
    assert _texts(text, ner_places(ents, named_people(ents))) == ["Ohio"]


def test_a_name_the_text_calls_a_town_is_one(nlp):
    text = "Police closed roads in the town of Camborne on Sunday."
    doc = nlp(text)
    ents = list(doc.ents)
    assert _texts(text, named_as_town(doc, named_people(ents))) == ["Camborne"]


def test_towns_listed_after_a_place_are_places(nlp):
    text = "The storm moved from Springfield toward Decatur and Champaign overnight."
    doc = nlp(text)
    ents = list(doc.ents)
    start = text.index("Decatur") - len("Springfield toward ")
    m = Mention(start, start + len("Springfield"), "Springfield")
    assert m.text == text[m.start : m.end]
    # "toward" is no list word: nothing is listed after Springfield.
    assert coordinated(doc, ents, named_people(ents), m) == []
    m2 = Mention(text.index("Decatur"), text.index("Decatur") + 7, "Decatur")
    assert "Champaign" in _texts(text, coordinated(doc, ents, named_people(ents), m2))


def test_dateline_span_and_find_mentions_order(nlp):
    text = "SPRINGFIELD, Ill. (AP) - Lawmakers in Chicago and Peoria met on Tuesday."
    assert text[slice(*dateline_span(text))] == "SPRINGFIELD"
    got = [m.text for m in find_mentions(nlp(text))]
    assert got[0] == "SPRINGFIELD" and "Chicago" in got
    starts = [m.start for m in find_mentions(nlp(text))]
    assert starts == sorted(starts)
