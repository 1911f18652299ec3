"""The event-place chooser split into a weight-free plan and a decision (events/location.py).

``choose_place`` is ``decide(plan_place(...), model)``, and the trainer
(scripts/train_event_places.py) scores candidate weights through the same ``decide`` on frozen
plans, so model selection ranks the shipped chooser: its rules (actor and source-side filters,
a deployment's destination, a list's first place, a city part, the main verb's fallback) are
in the plan, not copied into the trainer.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from dateline_helpers import placed_analysis, token_named

from dateline.events import location
from dateline.events.location import Option, PlacePlan, choose_place, decide, plan_place
from dateline.records import Place

MODEL = {"weights": {"good": 4.0}, "bias": -2.0, "threshold": 0.5}


def _place(text: str, start: int) -> Place:
    return Place(start=start, end=start + len(text), text=text, name=text, kind="city")


def _option(text: str, start: int, good: bool) -> Option:
    place = _place(text, start)
    return Option({"bias": 1.0, "good": float(good)}, place, place)


def test_settled_plan_ignores_the_weights() -> None:
    dest = _place("Mali", 20)
    plan = PlacePlan([_option("Bamako", 0, True)], settled=True, place=dest)
    assert decide(plan, MODEL) is dest


def test_a_weak_winner_falls_back_to_the_main_verb() -> None:
    main = PlacePlan([_option("Kirkuk", 30, True)])
    plan = PlacePlan([_option("Baghdad", 0, False)], fallback=lambda: main)
    got = decide(plan, MODEL)
    assert got is not None and got.text == "Kirkuk"
    assert decide(PlacePlan([_option("Baghdad", 0, False)]), MODEL) is None


def test_the_winner_gives_its_outcome_not_its_mention() -> None:
    first = _place("Latvia", 10)
    later = Option({"good": 1.0}, _place("Estonia", 18), first)
    plan = PlacePlan([Option({"good": 0.0}, first, first), later])
    assert decide(plan, MODEL) is first


def test_frozen_plan_builds_the_fallback_once() -> None:
    calls = []

    def build() -> PlacePlan:
        calls.append(1)
        return PlacePlan([_option("Kirkuk", 30, True)])

    frozen = PlacePlan([_option("Baghdad", 0, False)], fallback=build).frozen()
    assert len(calls) == 1
    assert decide(frozen, MODEL).text == "Kirkuk"  # type: ignore[union-attr]
    assert decide(frozen, MODEL).text == "Kirkuk"  # type: ignore[union-attr]
    assert len(calls) == 1


SENTENCES = [
    (
        "A car bomb exploded at a crowded market in Kirkuk on Monday, killing five people.",
        "killing",
    ),
    ("Rebels attacked an army post near Goma and killed four soldiers.", "killed"),
    ("A U.S. airstrike killed ten fighters in Raqqa, officials in Washington said.", "killed"),
    ("NATO placed two battalions led by Canada and Germany in Latvia and Estonia.", "placed"),
    ("The government sent 300 troops to Mali from its base in Chad.", "sent"),
]


@pytest.mark.parametrize(("text", "trigger"), SENTENCES)
def test_choose_place_is_the_decision_over_the_frozen_plan(text: str, trigger: str) -> None:
    model = location._model()
    assert model is not None
    an = placed_analysis(text)
    tok = token_named(an, trigger)
    plan = plan_place(an, tok, [], None, bool(model.get("spacy_too"))).frozen()
    want = choose_place(an, tok, [])
    got = decide(plan, model)
    assert (got and (got.start, got.end)) == (want and (want.start, want.end))


def test_the_actor_and_a_country_modifier_are_never_scored() -> None:
    an = placed_analysis("A U.S. airstrike killed ten fighters in Raqqa on Sunday.")
    plan = plan_place(an, token_named(an, "killed"), [])
    assert [o.mention.text for o in plan.options] == ["Raqqa"]


def test_trainer_scores_a_sentence_as_the_bench_does(trainer) -> None:
    kirkuk = _place("Kirkuk", 30)
    plan = PlacePlan([Option({"good": 1.0}, kirkuk, kirkuk)])
    right = trainer.Group(plan, [(30, 36)], [])
    wrong = trainer.Group(plan, [(0, 6)], [])
    none_right = trainer.Group(PlacePlan(settled=True), [], [])  # no trigger, no gold place
    none_wrong = trainer.Group(PlacePlan(settled=True), [(0, 6)], [])
    assert trainer.accuracy(MODEL, [right, wrong, none_right, none_wrong], 0.5) == 0.5


def test_trainer_trains_on_every_candidate_but_scores_the_chooser(trainer, monkeypatch) -> None:
    text = "A U.S. airstrike killed ten fighters in Raqqa on Sunday."
    an = placed_analysis(text)
    example = SimpleNamespace(locations=[(text.index("Raqqa"), text.index("Raqqa") + 5)])
    monkeypatch.setattr(
        trainer, "analyses", lambda name, examples: [(example, an, token_named(an, "killed"))]
    )
    (group,) = trainer.groups("synthetic", [example], False)
    assert [label for _, label in group.rows] == [0, 1]  # U.S. is a row, not an option
    assert [o.mention.text for o in group.plan.options] == ["Raqqa"]
    model = location._model()
    assert model is not None and group.right(model)
