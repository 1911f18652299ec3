"""Forty-first-session times round (blind tables 166-171): the Commonwealth's fixed days ("Anzac
Day", "Canada Day", "Australia Day", "Waitangi Day", "Remembrance Day", "Bonfire Night") are
their dates; a date a thing has been moved, postponed or set to lies ahead even in the present
perfect or the passive ("has been moved to June 2"), though not in the past perfect; and a
weekday in a title-cased event's name ("the Sunday in the Park concert series") or a chain's
("T.G.I. Friday's") is no time. After tables 172-177: a weekday ending a name before a shop's or
eatery's noun is no time ("The Ruby Tuesday restaurant"). After tables 178-183: "Super Bowl
Sunday" is its day (the first Sunday of February, the second from 2022), the chain's plural
("The TGI Fridays on Main Street") is no set, a schedule verb's "-s" form read as a plural noun
after a singular one is the schedule ("The Mardi Gras parade rolls at 6 p.m. Tuesday"), and a
count after a change verb's "by" is a duration, not a move from the event after it ("extend the
year by three days after the snow closings"). After tables 184-189: a word the tagger reads as
an adverb with a modal of its own is the clause's verb ("The county will furlough 90 workers ...
starting Wednesday"). After tables 190-195: a holiday or its weekend NER folds into a place's
name is still the time ("at Oak Hill Cemetery for Memorial Day", "the Anzac Day dawn service",
"over the Easter weekend"), and a weekday's possessive after "the" opens a name ("The
Wednesday's Child program"); a holiday heading what happened on it names the nearest ("follows
the Bastille Day attack in Nice", nine days after it)."""

from __future__ import annotations

from dateline_helpers import time_values as _times


def test_commonwealth_days_are_their_dates() -> None:
    text = "The RSL will hold a dawn service on Anzac Day at the cenotaph."
    assert _times(text, "2041-03-02") == [("Anzac Day", "2041-04-25")]
    text = "Fireworks over the harbour will mark Canada Day, the city said."
    assert _times(text, "2041-06-20") == [("Canada Day", "2041-07-01")]
    text = "The bonfire on the village green will be lit on Bonfire Night."
    assert _times(text, "2041-10-20") == [("Bonfire Night", "2041-11-05")]


def test_a_date_moved_to_lies_ahead() -> None:
    text = "The school board vote has been moved to March 3, the district said."
    assert _times(text, "2041-04-10") == [("March 3", "2042-03-03")]
    text = "The sentencing was postponed to June 9."
    assert _times(text, "2041-06-20") == [("June 9", "2042-06-09")]


def test_a_past_perfect_move_stays_behind() -> None:
    text = "The hearing had been moved to March 3 before the judge fell ill in April."
    assert _times(text, "2041-05-10")[0] == ("March 3", "2041-03-03")


def test_a_weekday_in_an_event_or_chain_name_is_no_time() -> None:
    text = "Tickets for the Friday on the Green concert series go on sale Monday."
    assert [t for t, _ in _times(text, "2041-05-10")] == ["Monday"]
    text = "Diners lined up outside the new T.G.I. Friday's near the interstate."
    assert _times(text, "2041-05-10") == []


def test_a_weekday_ending_a_shops_name_is_no_time() -> None:
    text = "The Ruby Tuesday restaurant on the bypass closed its doors for good."
    assert _times(text, "2041-05-10") == []


def test_super_bowl_sunday_is_its_day() -> None:
    text = "The sports bar will open early on Super Bowl Sunday."
    assert _times(text, "2019-01-20") == [("Super Bowl Sunday", "2019-02-03")]
    assert _times(text, "2041-01-20") == [("Super Bowl Sunday", "2041-02-10")]


def test_the_chains_plural_is_no_set() -> None:
    text = "The TGI Fridays by the interstate will close at the end of June."
    assert [t for t, _ in _times(text, "2041-05-10")] == ["the end of June"]


def test_a_schedule_verb_read_as_a_plural_noun() -> None:
    text = "The holiday parade rolls at 6 p.m. Tuesday downtown."
    assert _times(text, "2041-12-05") == [("6 p.m. Tuesday", "2041-12-10T18:00")]


def test_a_count_after_a_change_verbs_by_is_a_duration() -> None:
    text = "The board voted to extend the school year by four days after the ice storms."
    assert ("four days", "P4D") in _times(text, "2041-03-01")


def test_a_verb_read_as_an_adverb_keeps_its_modal() -> None:
    text = "The county will furlough 90 workers for two weeks starting Wednesday."
    assert ("Wednesday", "2041-05-15") in _times(text, "2041-05-13")


def test_a_holiday_ner_folds_into_a_place() -> None:
    text = "Scouts placed flags at Riverside Cemetery for Memorial Day."
    assert _times(text, "2041-05-29") == [("Memorial Day", "2041-05-27")]
    text = "Crowds filled the beaches over the Easter weekend, lifeguards said."
    assert _times(text, "2041-04-22") == [("the Easter weekend", "2041-W16-WE")]


def test_a_weekdays_possessive_after_the_opens_a_name() -> None:
    text = "The Wednesday's Child program found homes for 30 children last year."
    assert [t for t, _ in _times(text, "2041-05-10")] == ["last year"]


def test_a_holiday_heading_what_happened_on_it_is_the_nearest() -> None:
    text = "The riot in the capital follows upon the heels of the Bastille Day attack in Lyon."
    assert _times(text, "2041-07-23") == [("Bastille Day", "2041-07-14")]
