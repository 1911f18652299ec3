"""The steps of :func:`dateline.events.candidates.candidates` and of the actor search in
:mod:`dateline.events.parties`, each on one short synthetic sentence."""

from __future__ import annotations

from spacy.tokens import Token

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events import candidates as steps
from dateline.events.parties import _by_agents, _climb, _subjects
from dateline.ingest import Article
from dateline.pipeline import STAGES, Analysis


def _analysis(text: str) -> Analysis:
    settings = Settings(clean=False, check_language=False)
    an = Analysis(article=Article(id="t", text=text), settings=settings, text=text)
    an.doc = _nlp.load(settings.model)(text)
    for stage in ("entities", "places", "times", "quotes"):
        STAGES[stage](an)
    return an


def _tok(an: Analysis, word: str) -> Token:
    assert an.doc is not None
    return next(t for t in an.doc if t.text == word)


def _kinds(an: Analysis) -> dict[str, str]:
    return {e.id: e.type for e in an.entities}


def _parties(an: Analysis, trig: Token) -> steps._Parties:
    found = steps._actors(an, trig.sent, trig, _kinds(an))
    assert found is not None
    heads, actors, arg_span, phrases = found
    recips = steps._recipients(an, trig.sent, trig, heads)
    p = steps._Parties(heads, actors, arg_span, phrases, recips)
    steps._settle_roles(an, trig, p)
    return p


def test_conjoined_subjects_are_all_actors() -> None:
    an = _analysis("Germany and France sent troops to Lithuania on Monday.")
    trig = _tok(an, "sent")
    heads, named, _ = steps._actor_heads(trig.sent, trig)
    assert [h.text for h in heads] == ["Germany", "France"] and named is None
    found = steps._actors(an, trig.sent, trig, _kinds(an))
    assert found is not None
    assert [a[1].country for a in found[1]] == ["DEU", "FRA"]
    assert found[2] == (0, len("Germany"))


def test_pronoun_subject_takes_the_person_before() -> None:
    an = _analysis("Angela Merkel arrived in Paris on Monday. She met officials there.")
    trig = _tok(an, "met")
    heads, named, _ = steps._actor_heads(trig.sent, trig)
    assert [h.text for h in heads] == ["She"]
    assert named is not None and named.text == "Merkel"


def test_no_actor_gives_no_parties() -> None:
    an = _analysis("Heavy rain fell on the capital.")
    trig = _tok(an, "fell")
    assert steps._actors(an, trig.sent, trig, _kinds(an)) is None


def test_giver_of_what_is_received_acts() -> None:
    an = _analysis("Ukraine received weapons from Poland.")
    p = _parties(an, _tok(an, "received"))
    assert [a[1].country for a in p.actors] == ["POL"]
    assert p.recipient is not None and p.recipient.country == "UKR"


def test_reciprocal_actors_are_each_others_partners() -> None:
    an = _analysis("Finland and Estonia agreed to run joint patrols in the Baltic Sea.")
    p = _parties(an, _tok(an, "agreed"))
    assert p.partners is not None
    assert [x.country for x in p.partners] == ["EST", "FIN"]
    assert p.recipient is None and p.r_span == p.actors[1][2]


def test_a_view_on_an_issue_is_no_event_but_towards_a_party_is() -> None:
    an = _analysis("I oppose abortion.")
    trig = _tok(an, "oppose")
    assert steps._no_event(trig, "ACCUSE", None)
    other = _analysis("Ukraine received weapons from Poland.")
    party = _parties(other, _tok(other, "received")).recipient
    assert not steps._no_event(trig, "ACCUSE", party)


def test_complement_climbs_to_the_verb_that_shares_its_subject() -> None:
    an = _analysis("The ministers agreed to meet in Geneva.")
    climbed = _climb(_tok(an, "meet"))
    assert climbed is not None and climbed[0] == "xcomp" and climbed[1].text == "agreed"
    assert _climb(_tok(an, "agreed")) is None


def test_passive_agent_acts_only_for_its_own_verb() -> None:
    an = _analysis("The embassy was attacked by rebels.")
    trig = _tok(an, "attacked")
    assert [t.text for t in _by_agents(trig, trig, False)] == ["rebels"]
    assert _subjects(trig, trig, False) == []
    other = _analysis("The consul left the city.")
    assert _by_agents(trig, _tok(other, "left"), False) == []
