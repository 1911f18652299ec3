"""Twenty-fifth-session sources: a passive cue with no agent names no source ("she's seen as",
"is expected to"), but no other passive ("were reassured that"); a gerund
on a passive verb speaks for the passive subject ("was criticized for saying"); a passive
participle tagged as an adjective still controls its infinitive ("was pressed to explain"); a
subject the parser hung on the phrase before a finite verb ("... and his office announced");
a tagged source inside a relative clause the cue is not in ("Lee, whose plan upset members
of her party, ..., citing ...")."""

from __future__ import annotations

import pytest
from dateline_helpers import source_text
from spacy.tokens import Doc

import dateline.quotes.sources as sources
from dateline import extract


def _word(doc: Doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Amid the anger at city hall, she's seen as part of the problem.", "seen", "she"),
        ("The minister is widely expected to resign before the summer.", "expected", "minister"),
        ("While it's assumed the plan will pass, the vote is close.", "assumed", "it"),
    ],
)
def test_a_passive_cue_without_an_agent_has_no_source(
    parse, text: str, cue: str, source: str
) -> None:
    doc = parse(text)
    verb = _word(doc, cue)
    assert any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children), "parsed otherwise"
    assert sources.passive_cue(verb, _word(doc, source))


def test_a_feeling_or_an_agent_keeps_the_passive_source(parse) -> None:
    felt = parse("Residents were reassured that the water was safe to drink.")
    assert not sources.passive_cue(_word(felt, "reassured"), _word(felt, "Residents"))
    agent = parse("The claim was denied by the mayor on Friday.")
    assert not sources.passive_cue(_word(agent, "denied"), _word(agent, "mayor"))


def test_a_passive_cue_clears_the_tagged_source_end_to_end() -> None:
    record = extract(
        "Ann Lee has served on the council for a decade.\n\n"
        "Amid the anger at city hall, she's seen as 'part of the problem.'"
    )
    text = record.text
    quote = next(
        (q for q in record.quotes if "the problem" in text[q.content.start : q.content.end]), None
    )
    assert quote is not None, "no quote found for the passive cue"
    assert source_text(text, quote) is None


def test_passive_cues_unsourced_off_keeps_the_source(
    parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "PASSIVE_CUES_UNSOURCED", False)
    doc = parse("The minister is widely expected to resign before the summer.")
    assert not sources.passive_cue(_word(doc, "expected"), _word(doc, "minister"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The pastor was criticized for saying that the flood was a punishment.", "pastor"),
        ("The mayor was praised by voters after promising that taxes would fall.", "mayor"),
    ],
)
def test_a_gerund_on_a_passive_verb_speaks_for_its_subject(parse, text: str, speaker: str) -> None:
    saying = next(t for t in parse(text) if t.tag_ == "VBG")
    assert saying.dep_ == "pcomp", "parsed otherwise"
    assert sources.source_of(saying).text == speaker


def test_passive_gerunds_off_gives_the_agent(parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "PASSIVE_GERUNDS", False)
    doc = parse("The mayor was praised by voters after promising that taxes would fall.")
    promising = _word(doc, "promising")
    assert promising.dep_ == "pcomp", "parsed otherwise"
    assert sources.source_of(promising).text == "voters"


def _pressed(parse) -> Doc:
    """'Eric Lee was pressed to explain the gap' with "pressed" tagged as an adjective, as the
    tagger sometimes reads it."""
    vocab = parse("x").vocab
    words = ["Eric", "Lee", "was", "pressed", "to", "explain", "the", "gap", "."]
    return Doc(
        vocab,
        words=words,
        tags=["NNP", "NNP", "VBD", "JJ", "TO", "VB", "DT", "NN", "."],
        pos=["PROPN", "PROPN", "AUX", "ADJ", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        deps=["compound", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
        heads=[1, 3, 3, 3, 5, 3, 7, 5, 3],
        lemmas=["Eric", "Lee", "be", "pressed", "to", "explain", "the", "gap", "."],
    )


def test_a_participle_tagged_as_an_adjective_controls_its_infinitive(parse) -> None:
    doc = _pressed(parse)
    assert sources.source_of(doc[5]).text == "Lee"


def test_passive_adjectives_off_gives_none(parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "PASSIVE_ADJECTIVES", False)
    assert sources.source_of(_pressed(parse)[5]) is None


def _lost(parse) -> Doc:
    """'Talks stalled over Zika and his office did not respond.': the parser may hang
    "office" on "Zika" as a conjunct and leave "respond" with no subject."""
    vocab = parse("x").vocab
    words = ["Talks", "stalled", "over", "Zika", "and", "his", "office", "did", "not", "respond"]
    return Doc(
        vocab,
        words=[*words, "."],
        tags=["NNS", "VBD", "IN", "NNP", "CC", "PRP$", "NN", "VBD", "RB", "VB", "."],
        pos=[
            "NOUN",
            "VERB",
            "ADP",
            "PROPN",
            "CCONJ",
            "PRON",
            "NOUN",
            "AUX",
            "PART",
            "VERB",
            "PUNCT",
        ],
        deps=["nsubj", "ROOT", "prep", "pobj", "cc", "poss", "conj", "aux", "neg", "dep", "punct"],
        heads=[1, 1, 1, 2, 3, 6, 3, 9, 9, 1, 9],
        lemmas=[
            "talk",
            "stall",
            "over",
            "Zika",
            "and",
            "his",
            "office",
            "do",
            "not",
            "respond",
            ".",
        ],
    )


def test_a_subject_hung_on_the_phrase_before_is_the_source(parse) -> None:
    doc = _lost(parse)
    assert sources.source_of(doc[9]).text == "office"


def test_lost_subjects_off_gives_none(parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "LOST_SUBJECTS", False)
    assert sources.source_of(_lost(parse)[9]) is None


RELATIVE = (
    "Ann Lee, whose plan has upset even members of her own party, last year proposed a new "
    "tax on landlords, citing fears of a housing shortage."
)


def test_a_tagged_source_in_another_relative_clause_gives_way(parse) -> None:
    doc = parse(RELATIVE)
    citing, members = _word(doc, "citing"), _word(doc, "members")
    own = sources.source_of(citing)
    assert own is not None and own.text == "Lee", "parsed otherwise"
    assert sources.relative_clause_source(citing, members).text == "Lee"


def test_other_relative_sources_off_keeps_the_tagged_one(
    parse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "OTHER_RELATIVE_SOURCES", False)
    doc = parse(RELATIVE)
    assert sources.relative_clause_source(_word(doc, "citing"), _word(doc, "members")) is None


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The mayor, who opened the campaign with a speech denouncing the council, will "
            "not attend.",
            "denouncing",
            "who",
        ),
        (
            "The union began a new push last week, with radio ads casting the mayor as a friend "
            "of landlords.",
            "casting",
            "union",
        ),
        ("The council replied to letters asking about the budget.", "asking", "letters"),
    ],
)
def test_a_medium_speaks_for_whoever_used_it(parse, text: str, cue: str, speaker: str) -> None:
    verb = _word(parse(text), cue)
    assert verb.dep_ == "acl" and verb.head.dep_ == "pobj", "parsed otherwise"
    assert sources.source_of(verb).text == speaker


def test_medium_users_off_gives_the_medium(parse, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MEDIUM_USERS", False)
    text = "The mayor, who opened the campaign with a speech denouncing the council, left."
    assert sources.source_of(_word(parse(text), "denouncing")).text == "speech"
