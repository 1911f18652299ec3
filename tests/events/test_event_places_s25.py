"""Event places, twenty-fifth session: a city part's name over its city, and coordinated verbs
sharing their place (own synthetic sentences)."""

from __future__ import annotations

import pytest
from dateline_helpers import event_place as _place
from dateline_helpers import placed_analysis as _analysis

from dateline.events.location import _main_verb


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        (
            "A car bomb exploded on Monday in the Karrada neighbourhood of Baghdad.",
            "exploded",
            "Karrada",
        ),
        ("Gunmen killed a shopkeeper on Friday in Mogadishu's Hodan district.", "killed", "Hodan"),
        (
            "A mortar round killed two boys in the Mansour district in western Baghdad.",
            "killed",
            "Mansour",
        ),
    ],
)
def test_city_part_wins_over_its_city(text: str, trigger: str, want: str) -> None:
    assert _place(text, trigger) == want


def test_city_named_alone_stays_the_place() -> None:
    text = "A car bomb exploded on Monday in a crowded market in central Baghdad."
    assert _place(text, "exploded") == "Baghdad"


def test_region_naming_a_city_is_not_a_city_part() -> None:
    text = "Soldiers shot dead a teenager on Sunday in the West Bank city of Hebron."
    assert _place(text, "shot") == "Hebron"


def test_coordinated_verb_falls_back_on_the_earlier_verb() -> None:
    an = _analysis("The blast struck a checkpoint on Tuesday and also killed a police officer.")
    assert an.doc is not None
    killed = next(t for t in an.doc if t.text == "killed")
    main = _main_verb(killed)
    assert main is not None and main.text == "struck"


def test_coordinated_verb_takes_the_earlier_verbs_place() -> None:
    text = "The blast struck a checkpoint in Kandahar on Tuesday and also killed a police officer."
    assert _place(text, "killed") == "Kandahar"


def test_coordinated_verb_keeps_its_own_place() -> None:
    text = "Rebels attacked a convoy in Goma and later captured a village near Bunia."
    assert _place(text, "captured") == "Bunia"
