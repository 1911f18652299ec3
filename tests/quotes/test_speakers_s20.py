"""Twentieth-session speaker rules: a bare name NER tagged only once, the person a "who" clause
or a possessed subject is about, "the officer known as Bob", a report that spoke keeps "it" from
an earlier institution, and the subject of a fronted clause as the main clause's "he"."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract


def test_a_bare_name_ner_tagged_once_is_that_person_again() -> None:
    record = extract(
        'Clinton sat down with MSNBC\'s "The Evening Show" on Thursday. The conversation ended '
        'with Maddow asking Clinton about a running mate. "In any other year they would be '
        'short-listed," Maddow said of the list.'
    )
    assert _speaker(record, _quote(record, "short-listed")) == "Maddow"


def test_the_person_a_who_clause_is_about_is_the_next_he() -> None:
    record = extract(
        "Senator Bernie Sanders has drawn huge crowds describing a country run by bankers. Such "
        "gloom has exasperated Mr. Obama, who has gotten less credit for the recovery. He "
        "acknowledged that the promise had failed."
    )
    assert _speaker(record, _quote(record, "promise had failed")) == "Barack Obama"


def test_the_owner_of_a_subject_thing_is_a_later_he() -> None:
    record = extract(
        '"They are worried," said Sara Fagen, a strategist. After the attack, Mr. Obama\'s '
        "style tended toward the intellectual. He took over in hard times. But he made clear "
        "on Tuesday night that he intends to use his pulpit."
    )
    assert _speaker(record, _quote(record, "intends to use his pulpit")) == "Barack Obama"


def test_a_source_known_as_a_name_is_that_person() -> None:
    record = extract(
        'The scene in the film is untrue, officials say. "There never was an order," said the '
        "base chief known as Bob, speaking publicly for the first time. The base chief stayed "
        'in Libya. "We were there to find out who attacked us," he said.'
    )
    assert _speaker(record, _quote(record, "never was an order")) == "Bob"
    assert _speaker(record, _quote(record, "who attacked us")) == "Bob"


def test_it_after_a_report_spoke_is_not_the_earlier_country() -> None:
    record = extract(
        "The U.K. also reports that it has stockpiled 14 million doses. The report cautions that "
        'vaccines "will not be available in the first wave." It also states that councils can '
        "handle only 48,000 deaths."
    )
    assert _quote(record, "48,000 deaths").speaker is None


def test_he_after_a_fronted_clause_is_that_clause_subject() -> None:
    record = extract(
        "Pastor Joseph Brown plans to recruit volunteers. Although Mr. Brown does not plan to "
        "endorse Mr. Cruz from his pulpit, he says that the caucus matters."
    )
    assert _speaker(record, _quote(record, "caucus matters")) == "Joseph Brown"


def test_a_capitalised_common_word_opening_a_sentence_is_no_person() -> None:
    record = extract(
        "The watchdog asked for the records in 2012. Staff soon alerted the chief of staff to "
        "the request. The inspector general found that the chief of staff tasked a member of "
        "her staff to follow up."
    )
    quote = _quote(record, "tasked a member")
    assert quote.speaker_name != "Staff"
