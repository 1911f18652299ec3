"""An event's time skips times that describe another noun and spans the times stage rejected.

The fallbacks of :func:`dateline.events.timing.time_for` once took "the Feb. 9 primary" for the
date of an accusation, an age ("Martha Lowe, 68") or "annual" for a date; these tests run the
fallbacks on synthetic sentences, parsed as the pipeline parses them.
"""

from __future__ import annotations

from datetime import date

import pytest
from dateline_helpers import dated_analysis, extract_record, token_named
from dateline_helpers import trigger_text as _trig

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events import timing
from dateline.pipeline import Analysis


@pytest.fixture(scope="module")
def parse():
    return _nlp.load(Settings().model)


def _analysis(parse, text: str) -> Analysis:
    return dated_analysis(parse, text, date(2016, 1, 20))


_trigger = token_named


def _fallbacks(analysis: Analysis, word: str):
    trigger = _trigger(analysis, word)
    anchors = timing._time_anchors(trigger)
    sent = trigger.sent
    return (
        timing.nearest_time(analysis, sent, trigger, anchors),
        timing.raw_date_time(analysis, sent, trigger, anchors),
    )


def test_a_date_inside_the_object_of_ahead_of_is_not_the_events(parse) -> None:
    analysis = _analysis(parse, "The senator criticized the governor ahead of the Feb. 9 primary.")
    trigger = _trigger(analysis, "criticized")
    assert timing.time_for(analysis, trigger.sent, trigger) is None
    assert _fallbacks(analysis, "criticized") == (None, None)


def test_a_possessive_year_dates_its_noun_not_the_event(parse) -> None:
    analysis = _analysis(parse, "A group that opposed the mayor spoke during this year's race.")
    assert _fallbacks(analysis, "opposed")[0] is None


def test_a_nominal_trigger_takes_the_date_that_premodifies_it(parse) -> None:
    analysis = _analysis(parse, "The Feb. 9 vote split the party.")
    trigger = _trigger(analysis, "vote")
    time = timing.time_for(analysis, trigger.sent, trigger)
    assert time is not None and time.value == "2016-02-09"


def test_an_argument_noun_keeps_its_year_but_an_occasion_lends_its_day(parse) -> None:
    bill = _analysis(parse, "The senator criticized his rival for backing the 1994 crime bill.")
    trigger = _trigger(bill, "criticized")
    assert timing.time_for(bill, trigger.sent, trigger) is None
    hall = _analysis(parse, "At a Tuesday town hall in Ohio, the senator criticized his rival.")
    trigger = _trigger(hall, "criticized")
    time = timing.time_for(hall, trigger.sent, trigger)
    assert time is not None and time.text == "Tuesday"


def test_an_occasion_the_event_takes_as_object_lends_its_date(parse) -> None:
    analysis = _analysis(parse, "The governor attended the 2005 wedding of his oldest friend.")
    trigger = _trigger(analysis, "attended")
    time = timing.time_for(analysis, trigger.sent, trigger)
    assert time is not None and time.value == "2005"


def test_a_time_after_a_noun_the_event_happens_at_is_kept(parse) -> None:
    analysis = _analysis(
        parse, "The mayor denounced the plan at a town hall meeting in Toledo on Monday night."
    )
    trigger = _trigger(analysis, "denounced")
    time = timing.time_for(analysis, trigger.sent, trigger)
    assert time is not None and time.text == "Monday night"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Martha Lowe, 68, a retired nurse in Dayton, backed the governor in the primary.",
            "backed",
        ),
        ("The company agreed to pay an annual fee to the consultants.", "agreed"),
    ],
)
def test_a_date_the_times_stage_rejected_is_no_time(parse, text: str, word: str) -> None:
    analysis = _analysis(parse, text)
    assert not analysis.times
    trigger = _trigger(analysis, word)
    assert timing.raw_date_time(analysis, trigger.sent, trigger, [trigger]) is None
    assert timing.time_for(analysis, trigger.sent, trigger) is None


def test_whole_pipeline_dates_the_attack_not_the_primary() -> None:
    rec = extract_record(
        "Rebels attacked the northern town on Sunday, days ahead of the March 3 election.",
        "2016-02-29",
    )
    attacked = [e for e in rec.events if _trig(rec, e) == "attacked"]
    assert attacked and attacked[0].time is not None, rec.events
    assert attacked[0].time.text == "Sunday"


def test_the_time_of_a_main_clause_does_not_date_its_relative_clause(parse) -> None:
    analysis = _analysis(
        parse, "In 2013, hackers spread false reports of blasts that had injured the president."
    )
    trigger = _trigger(analysis, "injured")
    assert timing.time_for(analysis, trigger.sent, trigger) is None


def test_a_where_clause_shares_the_time_of_its_head_clause(parse) -> None:
    analysis = _analysis(
        parse, "The talks moved on Sunday to Geneva, where the envoys met for hours."
    )
    trigger = _trigger(analysis, "met")
    time = timing.time_for(analysis, trigger.sent, trigger)
    assert time is not None and time.text == "Sunday"
