"""Eleventh speaker round (s21b) entity rule: a one-word name the text counts with "a" and never
writes bare is a common noun ("a super PAC", "a Brit"), and a title-case phrase the text also
writes in lower case is one too; a name also written bare ("Congress passed") stays a name."""

from __future__ import annotations

from dateline import extract


def test_a_name_counted_with_a_and_never_bare_is_a_common_noun() -> None:
    record = extract(
        "Super PAC targets Smith.\n\nA pro-Jones super PAC said on Monday that John Smith had "
        "misled voters. The super PAC will spend $1 million on ads."
    )
    names = {e.name for e in record.entities}
    assert "PAC" not in names and "Super PAC" not in names
    assert "John Smith" in names


def test_a_name_also_written_bare_stays_a_name() -> None:
    record = extract(
        "Mary Jones said a divided Congress would fail. Congress passed the bill on Friday, "
        "and the Senate will vote next week."
    )
    assert "Congress" in {e.name for e in record.entities if e.type == "ORG"}


def test_a_first_name_between_a_title_and_the_name_is_part_of_the_name() -> None:
    record = extract(
        "Saudi Prince Khalid Bin Omar said on Monday that he would sell his stake. Prince "
        "Khalid said the deal was fair."
    )
    people = {e.name: e.title for e in record.entities if e.type == "PERSON"}
    assert "Khalid Bin Omar" in people
    assert people["Khalid Bin Omar"] == "Prince"
    quote = next(q for q in record.quotes if "deal was fair" in record.text[q.content.start :])
    assert quote.speaker_name == "Khalid Bin Omar"
