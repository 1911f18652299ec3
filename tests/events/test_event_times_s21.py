"""An event's time is its own predicate's: not a coordinated verb's, a reason's or a compared
clause's.

The nearest-time fallback once dated "had pledged to back him" by "sounded equivocal this week"
(another conjunct), a nominal trigger by the matrix verb's year; a time inside a "for" phrase
dated the verb the phrase hangs from ("apologized for the remark on Monday"), and a compared
clause took the main clause's time. Sentences are synthetic, parsed as the pipeline parses them.
"""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import dated_analysis, token_named

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events import timing
from dateline.pipeline import Analysis
from dateline.records import Time


@pytest.fixture(scope="module")
def parse():
    return _nlp.load(Settings().model)


def _analysis(parse, text: str) -> Analysis:
    return dated_analysis(parse, text, date(2016, 3, 9))


_trigger = token_named


def _time(parse, text: str, word: str) -> Time | None:
    analysis = _analysis(parse, text)
    trigger = _trigger(analysis, word)
    return timing.time_for(analysis, trigger.sent, trigger)


def test_a_coordinated_verb_keeps_its_time_to_itself(parse) -> None:
    text = "The mayor had promised to back the plan, but sounded doubtful this week."
    assert _time(parse, text, "back") is None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Meanwhile, the governor visited the Denver area to campaign over the weekend.",
            "visited",
            "the weekend",
        ),
        (
            "The mayor refused to talk to reporters as she left the hall on Monday and went home.",
            "refused",
            "Monday",
        ),
    ],
)
def test_a_time_below_the_event_still_dates_it(parse, text: str, word: str, expected: str) -> None:
    time = _time(parse, text, word)
    assert time is not None and time.text == expected


def test_the_fallback_skips_the_matrix_year_of_a_noun_it_talks_about(parse) -> None:
    text = (
        "This year, the governor has sought to present himself as the party's heir, while"
        " raising questions about the senator's criticisms of the court."
    )
    analysis = _analysis(parse, text)
    trigger = _trigger(analysis, "criticisms")
    anchors = [trigger]  # the nominal alone, as when the parse gives it no verb to hang from
    assert timing.nearest_time(analysis, trigger.sent, trigger, anchors) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The governor apologized for his campaign's suggestion to voters on Monday that"
            " the rival was quitting the race.",
            "apologized",
        ),
        ("The mayor rebuked the council for voting last week to close the library.", "rebuked"),
        ("Critics will not give the minister credit for any gains in 2015.", "give"),
    ],
)
def test_a_time_inside_a_for_phrase_dates_the_reason(parse, text: str, word: str) -> None:
    assert _time(parse, text, word) is None


def test_a_time_outside_the_for_phrase_still_dates_the_event(parse) -> None:
    time = _time(parse, "The union called on Tuesday for a strike at the plant.", "called")
    assert time is not None and time.text == "Tuesday"


def test_a_compared_clause_does_not_take_the_main_clauses_time(parse) -> None:
    text = "The chief executive made more last year than his workers could earn in their careers."
    assert _time(parse, text, "earn") is None
    made = _time(parse, text, "made")
    assert made is not None and made.text == "last year"


def test_a_for_phrase_whose_object_is_the_time_or_the_event_keeps_it(parse) -> None:
    scheduled = _time(parse, "The judge scheduled the hearing for March 1.", "scheduled")
    assert scheduled is not None and scheduled.text == "March 1"
    text = "The rebels were blamed for the attack on the base in March."
    attack = _time(parse, text, "attack")
    assert attack is not None and attack.text == "March"
