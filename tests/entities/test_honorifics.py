"""The one table of gendered honorifics, and the entities stage keeping people apart by it."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.entities.honorifics import HONORIFIC_SEX, honorific_before, sex_before, sex_of


def _before(text: str, name: str) -> tuple[str | None, str | None]:
    at = text.index(name)
    return honorific_before(text, at), sex_before(text, at)


@pytest.mark.parametrize(
    ("text", "name", "written", "sex"),
    [
        ("Mr. Clinton spoke first.", "Clinton", "Mr.", "m"),
        ("Mrs Clinton spoke first.", "Clinton", "Mrs", "f"),
        ("Ms. Lee declined to comment.", "Lee", "Ms.", "f"),
        ("Miss Hart won the race.", "Hart", "Miss", "f"),
        ("Mister Rogers taught children.", "Rogers", "Mister", "m"),
        ("Madame Chiang toured the country.", "Chiang", "Madame", "f"),
        ("MRS. CLINTON WINS", "CLINTON", "MRS.", "f"),
        ("said Mr.\nSmith, who left early.", "Smith", "Mr.", "m"),
    ],
)
def test_honorifics_before_a_surname(text, name, written, sex):
    assert _before(text, name) == (written, sex)


@pytest.mark.parametrize(
    ("text", "name", "written", "sex"),
    [
        ("Sir Keir Starmer visited Leeds.", "Keir", "Sir", "m"),  # before a given name
        ("Dame Judi Dench opened the play.", "Judi", "Dame", "f"),
        ("Lord Cameron flew to Kyiv.", "Cameron", "Lord", "m"),  # a peer's title
        ("Lady Gaga sang the anthem.", "Gaga", "Lady", "f"),  # a stage name is still a woman's
    ],
)
def test_titles_of_rank_state_a_sex_too(text, name, written, sex):
    assert _before(text, name) == (written, sex)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Madam Secretary, we need answers," Kerry said.', "Kerry"),  # addresses an office
        ("Madam Secretary Clinton arrived.", "Clinton"),  # the title, not the honorific, is next
        ("They met the lady Smith had hired.", "Smith"),  # lowercase: a noun
        ("Dr. Lee and Mx Park disagreed.", "Lee"),  # ungendered
        ("Dr. Lee and Mx Park disagreed.", "Park"),
        ("HMr Smith left.", "Smith"),  # inside a word
        ("Mr Smith left.", "Mr"),  # nothing before the text
    ],
)
def test_no_honorific_right_before(text, name):
    assert _before(text, name) == (None, None)


def test_sex_of_reads_only_the_table():
    assert sex_of("Mrs.") == "f" and sex_of("lord") == "m"
    assert sex_of("Senator") is None and sex_of("") is None
    assert set(HONORIFIC_SEX.values()) == {"m", "f"}


def test_out_of_range_offsets_do_not_fail():
    assert honorific_before("", 0) is None
    assert honorific_before("Mr ", -3) is None


def _people(text: str) -> list[list[str]]:
    rec = extract(text, published="2020-01-01", stages=["entities"])
    return [[text[m.start : m.end] for m in e.mentions] for e in rec.entities if e.type == "PERSON"]


def _with_mention_at(text: str, at: int) -> list[str]:
    rec = extract(text, published="2020-01-01", stages=["entities"])
    hit = [e for e in rec.entities if any(m.start == at for m in e.mentions)]
    assert len(hit) == 1
    return [text[m.start : m.end] for m in hit[0].mentions]


def test_a_honorific_the_parser_kept_in_the_name_keeps_two_people_apart():
    text = (
        "Mr Lee met Mrs Lee on Monday. Mr Lee said the deal was done. Mrs Lee said she was pleased."
    )
    mr = _with_mention_at(text, text.index("Lee"))
    assert "Mrs Lee" not in mr and len(mr) == 2


def test_a_bare_surname_after_lord_does_not_join_lady():
    text = (
        "Lord Grant opened the debate on Monday. Lady Grant, his wife, watched from the "
        "gallery. Lord Grant said the bill was flawed. Lady Grant said she agreed."
    )
    lord = _with_mention_at(text, text.index("Grant"))
    assert "Lady Grant" not in lord


def test_sir_before_a_given_name_still_joins_the_full_name():
    text = "Sir Keir Starmer spoke in Leeds on Monday. Later Sir Keir said the plan would work."
    people = _people(text)
    assert ["Keir Starmer", "Keir"] in people and len(people) == 1
