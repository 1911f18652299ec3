"""Sixteenth-session speaker leftovers: a title-case subhead's bare role noun is the person the
body soon names with that noun ("Anchor Expressed Fear ..." -> "news anchor Ilia Calderón")."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.quotes import resolution
from dateline.records import Record

INTRO = "Here are the moments that stood out in television news this year.\n\n12\n"
HEADLINE = INTRO + (
    "Anchor Says Her Daughter Will Face Prejudice\n\n"
    "The network's nightly news anchor Maria Lopez said on Monday that her daughter would "
    "face prejudice. She wrote a letter to her viewers."
)


def _speakers(record: Record) -> list[str | None]:
    ids = {e.id: e.name for e in record.entities}
    return [ids.get(q.speaker or "") for q in record.quotes]


def test_a_headline_role_noun_is_the_person_the_body_names_with_it() -> None:
    speakers = _speakers(extract(HEADLINE))
    assert speakers and set(speakers) == {"Maria Lopez"}


def test_without_the_rule_the_headline_role_stays_unnamed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resolution, "HEADLINE_ROLES", False)
    assert None in _speakers(extract(HEADLINE))


def test_a_body_person_without_the_noun_is_not_taken() -> None:
    text = INTRO + (
        "Anchor Says Her Daughter Will Face Prejudice\n\n"
        "Maria Lopez, a teacher, said on Monday that the school would close."
    )
    r = extract(text)
    sources = [r.text[q.source.start : q.source.end] for q in r.quotes if q.source]
    ids = {e.id: e.name for e in r.entities}
    for q in r.quotes:
        if q.source and r.text[q.source.start : q.source.end] == "Anchor":
            assert ids.get(q.speaker or "") != "Maria Lopez", sources


def test_a_role_noun_outside_a_headline_is_not_sent_forward() -> None:
    text = (
        'An anchor said the show would end. "It is over," the producer added.\n\n'
        "The network's nightly news anchor Maria Lopez said on Monday she would stay."
    )
    r = extract(text)
    ids = {e.id: e.name for e in r.entities}
    first = min(r.quotes, key=lambda q: q.content.start)
    assert ids.get(first.speaker or "") != "Maria Lopez"
