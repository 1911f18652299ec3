"""The cue model's training labels and the readings a refit must not decide.

Only a verb's best-fitting proposal is a positive example (the addressee-and-clause reading of
"told X that Y" overlaps the gold clause by half too); a hedge with an empty "it" and a clause
is a sourceless report whatever the refit scores; a proposal ending in a date is marked so
the model can learn that the gold leaves the report's setting out.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline import extract
from dateline.quotes.brat import GoldAttribution, GoldDoc
from dateline.quotes.syntax import features, frames, source_of

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_quotes.py"


def _trainer():
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_quotes_s24", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOLD = "Governor Lena Ruiz told lawmakers on Thursday that the toll road would be finished."


def _told_examples(parse, best_only: bool) -> list[tuple[str, int]]:
    doc = parse(TOLD)
    clause = TOLD.index("that the toll")
    cue = TOLD.index("told")
    gold = GoldDoc(
        "synthetic",
        TOLD,
        [GoldAttribution(((clause, len(TOLD) - 1),), ((cue, cue + 4),), ((0, 18),))],
    )
    told = next(t for t in doc if t.text == "told")
    rows = _trainer().examples(gold, doc, best_only)
    return [
        (" ".join(f for f in feats if f.startswith("frame=")), y)
        for feats, y, i in rows
        if i == told.i
    ]


def test_only_the_best_fitting_proposal_is_positive(parse) -> None:
    rows = _told_examples(parse, best_only=True)
    assert [frame for frame, y in rows if y] == ["frame=ccomp"]
    assert any(frame == "frame=dobj:wide" and not y for frame, y in rows)


def test_the_old_labels_took_every_proposal_that_overlaps_by_half(parse) -> None:
    rows = _told_examples(parse, best_only=False)
    assert {frame for frame, y in rows if y} >= {"frame=ccomp", "frame=dobj:wide"}


def test_the_clause_told_is_the_content_not_the_addressee() -> None:
    r = extract(TOLD)
    (q,) = [q for q in r.quotes if r.text[q.cue.start : q.cue.end] == "told"]
    assert r.text[q.content.start : q.content.end].startswith("that the toll road")


@pytest.mark.parametrize(
    "text",
    [
        "It seems the strike at the port will drag on into the spring.",
        "It appears that the ferry company has dropped its appeal.",
    ],
)
def test_an_it_hedge_with_a_clause_is_a_sourceless_report(text: str) -> None:
    r = extract(text)
    hedges = [q for q in r.quotes if r.text[q.cue.start : q.cue.end] in ("seems", "appears")]
    assert len(hedges) == 1
    assert hedges[0].source is None and hedges[0].speaker_name is None


def test_a_hedge_with_a_named_subject_is_left_to_the_model(parse) -> None:
    from dateline.quotes.syntax import _hedge

    doc = parse("The mayor seems certain that the bridge will open.")
    seems = next(t for t in doc if t.text == "seems")
    assert not _hedge(seems, source_of(seems))


def test_a_proposal_ending_in_a_date_is_marked(parse) -> None:
    doc = parse("The coach criticised the referees on Saturday.")
    verb = next(t for t in doc if t.text == "criticised")
    marked = {
        frame
        for frame, start, end in frames(verb)
        if f"ends_time|{frame}" in features(verb, frame, start, end, source_of(verb))
    }
    assert "dobj:wide" in marked
    assert "dobj" not in marked
