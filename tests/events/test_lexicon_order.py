"""CAMEO pattern matches follow the text, so an event's mode is the same on every run."""

from __future__ import annotations

from dateline.events.lexicon import lexicon


def test_lexicon_patterns_come_in_the_order_their_words_are_written():
    """The mode of an event takes the first pattern found, so the order must follow the text,
    not a set's order (which changes with the process's hash seed)."""
    first_fire = lexicon().with_object("open", ["fire", "artillery"])
    first_artillery = lexicon().with_object("open", ["artillery", "fire"])
    assert first_fire[0] == ("ASSAULT", "firearms")
    assert first_artillery[0] == ("ASSAULT", "heavy-weapons")
