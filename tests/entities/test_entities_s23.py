"""Twenty-third-session entity rule: a dash glued to a capitalised word ("-Mayor Anne Dupont",
"--Tom Baker", a bullet "-Lower taxes") is punctuation, split off by the tokenizer, so no name
keeps it; hyphens inside words and before numbers stay as they were."""

from __future__ import annotations

import pytest

from dateline import extract
from dateline.config import Settings
from dateline.nlp import load

SIGNED = (
    "Heard at the harbour meeting on Tuesday.\n\n"
    '"We will dredge the channel before the storms come." -Mayor Anne Dupont\n\n'
    '"Nobody asked the fishermen what they wanted." --Senator Tom Baker\n'
)


def _words(text: str) -> list[str]:
    return [t.text for t in load(Settings().model)(text)]


def test_no_entity_name_keeps_a_glued_dash() -> None:
    record = extract(SIGNED)
    names = [e.name for e in record.entities]
    assert not [n for n in names if n.startswith("-")]
    text = record.text
    mentions = [text[m.start : m.end] for e in record.entities for m in e.mentions]
    assert not [m for m in mentions if m.startswith("-")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-Mayor Anne Dupont", ["-", "Mayor", "Anne", "Dupont"]),
        ("--Tom Baker", ["--", "Tom", "Baker"]),
        ("She wrote: -Lower taxes.", ["She", "wrote", ":", "-", "Lower", "taxes", "."]),
    ],
)
def test_a_dash_glued_to_a_capital_is_its_own_token(text: str, words: list[str]) -> None:
    assert _words(text) == words


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("It fell to -5 degrees.", "-5"),
        ("The pre-Election poll.", "pre"),
        ("a -lower bid", "-lower"),
    ],
)
def test_other_hyphens_stay_as_they_were(text: str, kept: str) -> None:
    assert kept in _words(text)
