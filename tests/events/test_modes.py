"""PLOVER modes: codebook cue words, and modes filled for more roots by classify_pair."""

from __future__ import annotations

import pytest

from dateline.events import classify_pair
from dateline.events.classify import MODES
from dateline.events.modes import CUES, cue_mode


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def test_cue_modes_are_codebook_modes() -> None:
    for root, cues in CUES.items():
        assert {mode for mode, _ in cues} <= set(MODES[root]), root


@pytest.mark.parametrize(
    ("root", "text", "mode"),
    [
        ("PROTEST", "Prisoners went on hunger strike on Monday.", "hunger"),
        ("PROTEST", "Dock workers went on strike over pay.", "strike"),
        ("ASSAULT", "A suicide bomber struck a market.", "suicide-attack"),
        ("ASSAULT", "Police fired tear gas at the crowd.", "crowd-control"),
        ("COERCE", "The government imposed a curfew in the capital.", "curfew"),
        ("CONSULT", "The two leaders spoke by telephone.", "phone"),
        ("RETREAT", "Both sides agreed to a ceasefire.", "ceasefire"),
        ("SANCTION", "The court convicted three officials.", "convict"),
        ("THREATEN", "The junta threatened to curb press freedoms.", "rights"),
    ],
)
def test_cue_mode(root: str, text: str, mode: str) -> None:
    assert cue_mode(root, text) == mode


def test_no_cue_no_mode() -> None:
    assert cue_mode("PROTEST", "The minister visited Paris.") is None
    assert cue_mode("AGREE", "They agreed to a ceasefire.") is None  # AGREE has no modes


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "want"),
    [
        (
            "Government forces shelled rebel positions near Aleppo with artillery.",
            "Government forces",
            "rebel positions",
            ("ASSAULT", "heavy-weapons"),
        ),
        (
            "The foreign ministers met on the sidelines of the NATO summit in Brussels.",
            "The foreign ministers",
            None,
            ("CONSULT", "multilateral"),
        ),
        (
            "The opposition demanded the resignation of the prime minister.",
            "The opposition",
            "the prime minister",
            ("REQUEST", "change"),
        ),
    ],
)
def test_classify_pair_fills_mode(text: str, actor: str, recipient: str | None, want) -> None:
    r_span = _span(text, recipient) if recipient else None
    assert classify_pair(text, _span(text, actor), r_span) == want
