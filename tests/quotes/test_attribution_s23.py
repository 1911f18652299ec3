"""Twenty-third-session sources: a signature whose dash the tokenizer glues to the name
("-Mayor Ann Lee"), the object of a control verb as an infinitive's speaker ("led some to
speculate"), and a relative clause that misleads the tagged source ("the governor, who ...,
vetoed")."""

from __future__ import annotations

import pytest
from dateline_helpers import quote_with, source_text

import dateline.quotes.resolution as resolution
import dateline.quotes.sources as sources
from dateline import extract

GLUED = (
    "Heard at the town meeting.\n\n"
    '"We will rebuild the bridge before the winter comes."\n\n'
    "-Mayor Anne Dupont, speaking in Springfield.\n\n"
    '"Nobody asked the farmers what they wanted."\n\n'
    "-Tom Baker, Ohio.\n"
)


def test_a_signature_with_a_glued_dash_gives_the_source() -> None:
    record = extract(GLUED)
    assert source_text(record.text, quote_with(record, "rebuild the bridge")) == (
        "Mayor Anne Dupont"
    )
    assert source_text(record.text, quote_with(record, "Nobody asked")) == "Tom Baker"


def test_without_signed_lines_the_glued_signatures_give_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resolution, "SIGNED_LINES", False)
    record = extract(GLUED)
    assert source_text(record.text, quote_with(record, "rebuild the bridge")) is None


def _verb(parse, text: str, word: str):
    return next(t for t in parse(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The report prompted some to speculate that the mayor would resign.",
            "speculate",
            "some",
        ),
        (
            "The attack prompted officials to warn that more violence was likely.",
            "warn",
            "officials",
        ),
        ("The mayor was pressed to explain the delay to the council.", "explain", "mayor"),
    ],
)
def test_an_infinitive_speaks_for_the_control_verbs_object(
    parse, text: str, cue: str, speaker: str
) -> None:
    assert sources.source_of(_verb(parse, text, cue)).text == speaker


def test_use_to_and_raising_verbs_keep_the_subject(parse) -> None:
    used = "The senator used the hearing to attack the plan."
    assert sources.source_of(_verb(parse, used, "attack")).text == "senator"
    record = extract("The mayor is expected to announce that she will run again.")
    assert source_text(record.text, quote_with(record, "she will run")) == "The mayor"


def test_object_control_off_gives_the_subject(parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "OBJECT_CONTROL", False)
    text = "The attack prompted officials to warn that more violence was likely."
    assert sources.source_of(_verb(parse, text, "warn")).text == "attack"


def test_a_relative_clause_does_not_lend_its_pronoun_to_the_main_verb(parse) -> None:
    text = "The governor, who opposes the tax, vetoed the bill on Friday."
    doc = parse(text)
    vetoed = next(t for t in doc if t.text == "vetoed")
    who = next(t for t in doc if t.text == "who")
    assert sources.relative_clause_source(vetoed, who).text == "governor"
    governor = next(t for t in doc if t.text == "governor")
    assert sources.relative_clause_source(vetoed, governor) is None


def test_a_relative_clause_cue_keeps_its_pronoun(parse) -> None:
    text = "The senator shared a stage with tenants who raised concerns about rents."
    doc = parse(text)
    raised = next(t for t in doc if t.text == "raised")
    senator = next(t for t in doc if t.text == "senator")
    activists = next(t for t in doc if t.text == "tenants")
    assert sources.relative_clause_source(raised, senator).text == "who"
    assert sources.relative_clause_source(raised, activists) is None  # the antecedent stays


def test_relative_clause_sources_off_keeps_the_tagged_one(
    parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "RELATIVE_CLAUSE_SOURCES", False)
    doc = parse("The governor, who opposes the tax, vetoed the bill on Friday.")
    vetoed = next(t for t in doc if t.text == "vetoed")
    who = next(t for t in doc if t.text == "who")
    assert sources.relative_clause_source(vetoed, who) is None


MODAL_NAME = (
    "The columnist was not impressed by the debate.\n\n"
    "\u201cThe eruption of trouble abroad is a reminder that the voters pick a commander in chief "
    "this year, and it should end the hopes of the weakest candidates,\u201d Will wrote."
)


def test_a_name_read_as_a_modal_before_a_participle_is_the_source(parse) -> None:
    wrote = _verb(parse, MODAL_NAME, "wrote")
    if wrote.tag_ != "VBN" or not any(c.text == "Will" and c.tag_ == "MD" for c in wrote.children):
        pytest.skip("the parser read this sentence otherwise")
    assert sources.source_of(wrote).text == "Will"


def test_modal_names_before_participles_off_gives_none(
    parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MODAL_NAMES_BEFORE_PARTICIPLES", False)
    wrote = _verb(parse, MODAL_NAME, "wrote")
    if wrote.tag_ != "VBN":
        pytest.skip("the parser read this sentence otherwise")
    assert sources.source_of(wrote) is None
