"""The pieces cut out of the integrity checks, each on its own (synthetic sentences)."""

from __future__ import annotations

from dateline.integrity import stitch
from dateline.integrity.numbers import _number_words, parse_number
from dateline.integrity.repeats import _repeat, _sketch
from dateline.integrity.stitch_dates import date_mismatches
from dateline.integrity.stitch_names import NICKNAMES, _person_surnames, name_variants


def test_stitch_re_exports_its_signs():
    assert stitch.name_variants is name_variants
    assert stitch.date_mismatches is date_mismatches
    assert stitch.NICKNAMES is NICKNAMES
    assert NICKNAMES["Jim"] == NICKNAMES["James"] != NICKNAMES["Robert"]


def test_person_surnames_include_possessives(nlp):
    doc = nlp("Defense Secretary James Mattis spoke. Later, Angela Merkel's aides left.")
    names = _person_surnames(doc)
    assert "Mattis" in names


def test_a_wrong_weekday_is_flagged_and_a_right_one_is_not():
    wrong = "The talks opened on Tuesday, May 10, 2017, in Vienna."
    right = "The talks opened on Wednesday, May 10, 2017, in Vienna."
    assert [s.kind for s in date_mismatches(wrong, None)] == ["stitched_text"]
    assert date_mismatches(right, None) == []


def test_number_words_drop_signs_and_and():
    assert _number_words("$3.5 million") == ["3.5", "million"]
    assert _number_words("one hundred and twenty-one") == ["one", "hundred", "twenty", "one"]
    assert parse_number("one hundred and twenty-one") == 121
    assert parse_number("hundreds") is None


def test_repeat_needs_shared_rare_words():
    first = "Patriot troops arrived in Vilnius on Tuesday for an exercise."
    second = "On Tuesday, troops with Patriot arrived in Vilnius for the exercise."
    text = f"{first} {second}"
    a = {"troop", "arrive", "vilnius", "tuesday", "exercise", "patriot"}
    earlier = (0, len(first), a, _sketch(a))
    later = (len(first) + 1, len(text), set(a), _sketch(a))
    rare = dict.fromkeys(a, 1)
    common = dict.fromkeys(a, 5)
    signal = _repeat(earlier, later, False, text, rare)
    assert signal is not None and signal.start == len(first) + 1 and signal.strength == 1.0
    assert _repeat(earlier, later, False, text, common) is None
    # A later sentence that says "also" adds a parallel fact (unless the earlier one did too).
    assert _repeat(earlier, later, True, text, rare) is None
    other = {"budget", "vote", "senate", "delay", "monday", "bill"}
    assert _repeat(earlier, (later[0], later[1], other, _sketch(other)), False, text, rare) is None
