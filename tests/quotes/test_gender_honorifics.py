"""The gender quotes read for "he"/"she": the entities' honorific table plus title words."""

from __future__ import annotations

import pytest

from dateline.quotes.gender import entity_gender, gender_before
from dateline.quotes.names import HONORIFICS
from dateline.records import Entity, Span


def _at(text: str, name: str) -> str | None:
    return gender_before(text, text.index(name))


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Mr. Obama said no.", "Obama", "m"),
        ("Madame Chiang toured the country.", "Chiang", "f"),  # the table's, new to quotes
        ("Mister Rogers waved.", "Rogers", "m"),
        ("Sir Keir Starmer spoke.", "Keir", "m"),
        ("Lady Gaga sang.", "Gaga", "f"),
        ("MR. SMITH LEFT", "SMITH", "m"),
        ("Congresswoman Lee objected.", "Lee", "f"),  # title words on top
        ("the first lady Melania Trump", "Melania", "f"),  # lowercase: a title word
        ("the spokesman, John Kirby, said", "John", "m"),
        ('"Madam Secretary, we need answers," Kerry said.', "Kerry", None),
        ('"Thank you, madam," Kerry said.', "Kerry", None),  # addressed, not the speaker
        ('"Yes, sir," Smith said.', "Smith", None),
        ("mr smith left", "smith", None),  # lowercase: no honorific
        ("Dr. Lee said no.", "Lee", None),
    ],
)
def test_gender_before(text, name, gender):
    assert _at(text, name) == gender


def _person(text: str, *names: str) -> Entity:
    """A person entity with each name's last mention in ``text``."""
    spans = [Span(start=text.rindex(n), end=text.rindex(n) + len(n)) for n in names]
    return Entity(id="E1", name=names[0], type="PERSON", mentions=spans)


def test_an_honorific_inside_the_name_gives_the_gender():
    text = "Lady Gaga sang the anthem before the game."
    assert entity_gender(text, _person(text, "Lady Gaga")) == "f"


def test_conflicting_honorifics_give_no_gender():
    text = "Madame Lee spoke first. Later Mr. Lee spoke."
    ent = _person(text, "Madame Lee", "Lee")  # the last "Lee" is Mr. Lee
    assert entity_gender(text, ent) is None


def test_quotes_strip_every_honorific_of_the_table():
    assert {"Mr", "Mrs", "Ms", "Miss", "Mister", "Madam", "Madame", "Sir", "Lady"} <= set(
        HONORIFICS
    )
