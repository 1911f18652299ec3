"""Twenty-first-session review: faults found in the round's speaker, entity and event-time
rules, each shown on short synthetic news items written for the fix."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.records import Record


def _speaker(record: Record, content: str) -> str | None:
    """The entity name of the speaker of the quote whose content holds ``content``."""
    names = {e.id: e.name for e in record.entities}
    for q in record.quotes:
        if content in record.text[q.content.start : q.content.end]:
            return names.get(q.speaker) if q.speaker else None
    raise AssertionError(f"no quote holds {content!r}")


@pytest.mark.parametrize("people", ["French", "Dutch", "Japanese", "British"])
def test_the_people_of_a_demonym_without_plural_is_no_person_before(people: str) -> None:
    # "the Texan" is one person; "the French" is the people, not the farmer named before.
    text = (
        f"Jean Dupont, a farmer, met the envoys on Monday. "
        f'"We will not accept this deal," said the {people}.'
    )
    assert _speaker(extract(text), "accept this deal") == people


def test_one_demonym_still_refers_to_the_person_before() -> None:
    text = 'Senator Ted Cruz met voters in Houston on Monday. "We will win this," said the Texan.'
    assert _speaker(extract(text), "win this") == "Ted Cruz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's or province's government is not the country's
        ("The Texas government said the border would close. The United States sent troops.", None),
        ("The Quebec government said the law would pass. Canada disagreed.", None),
        # a people's government is its country's, as before
        (
            "The Dutch government said it would send troops. The Netherlands has 300 there.",
            "Netherlands",
        ),
    ],
)
def test_the_government_of_a_state_is_no_country(text: str, expected: str | None) -> None:
    record = extract(text)
    assert _speaker(record, "would") == expected


def test_a_name_counted_once_stays_a_name_after_a_title() -> None:
    # "a Kennedy" (one of the family) does not make "Senator Kennedy" a common noun
    text = (
        "Voters said they wanted a Kennedy on the ticket. "
        "Senator Kennedy said on Monday he would not run."
    )
    record = extract(text)
    assert any(e.type == "PERSON" and e.name.endswith("Kennedy") for e in record.entities)
    assert _speaker(record, "would not run") is not None


def test_a_counted_common_noun_still_loses_its_name() -> None:
    text = "A conservative super PAC said it would spend $10 million. The PAC backs the senator."
    assert not any(e.name == "PAC" for e in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Protesters marched in Paris for the third day on Sunday.", "Sunday"),
        ("Protesters marched in Paris for a fifth straight week in March.", "March"),
    ],
)
def test_a_count_of_occasions_is_no_reason(text: str, when: str) -> None:
    # "for the third day" counts the marches; the time below it still dates the march
    record = extract(text)
    marched = [
        ev for ev in record.events if record.text[ev.trigger.start : ev.trigger.end] == "marched"
    ]
    assert marched and marched[0].time is not None and marched[0].time.text == when


def test_a_reason_still_keeps_its_own_time() -> None:
    record = extract("The minister apologized on Tuesday for the remark he made on Monday.")
    times = [ev.time.text for ev in record.events if ev.time is not None]
    assert "Monday" not in times
