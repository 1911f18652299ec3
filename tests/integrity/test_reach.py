"""The quotes stage and the dangling-reference check agree on how far "they said" reaches."""

from dateline import extract
from dateline.integrity._text import QuoteMask, paragraphs
from dateline.integrity.references import dangling_references

_OFFICIALS = "US officials said on Monday that the deployment may become permanent.\n\n"
_PRONOUN = ("they", "They")
_THEY = "That would likely happen before the drills began, they said.\n"


def _speaker_and_flags(text: str) -> tuple[str | None, set[str]]:
    rec = extract(text)
    (q,) = [q for q in rec.quotes if q.source and text[q.source.start : q.source.end] in _PRONOUN]
    flags = {s.kind for s in rec.signals if s.start <= q.source.start < s.end}
    flags |= {s.kind for s in rec.signals if s.start == q.content.start}
    return q.speaker_name, flags & {"orphan_quote", "dangling_reference"}


def test_they_said_in_the_next_paragraph_is_the_officials():
    assert _speaker_and_flags(_OFFICIALS + _THEY) == ("US officials", set())


def test_they_said_after_a_paragraph_about_something_else_is_no_one_in_both_stages():
    text = _OFFICIALS + "If the move is finalized, the battery would stay for a month.\n\n" + _THEY
    assert _speaker_and_flags(text) == (None, {"orphan_quote", "dangling_reference"})


def test_a_group_the_quotes_stage_resolved_is_not_dangling(nlp):
    text = "Gamers said that the console was too expensive.\n\nThey also said prices rose."
    assert dangling_references(nlp(text), paragraphs(text), QuoteMask(text)) != []  # alone
    assert _speaker_and_flags(text) == ("Gamers", set())


def test_a_quotation_with_its_attribution_does_not_break_the_reach(nlp):
    text = (
        "Two economists said last week that migrants do well.\n\n"
        '"There are many differences between the two countries," Ms. Roe told reporters.\n\n'
        "Still, they said the gap was closing."
    )
    assert dangling_references(nlp(text), paragraphs(text), QuoteMask(text)) == []


def test_a_narrative_paragraph_between_breaks_the_reach(nlp):
    text = (
        "Two economists said last week that migrants do well.\n\n"
        "The country took in more migrants than ever before in its history last year.\n\n"
        "Still, they said the gap was closing."
    )
    (sig,) = dangling_references(nlp(text), paragraphs(text), QuoteMask(text))
    assert "they said" in text[sig.start : sig.end]


def test_she_does_not_reach_into_the_headline():
    text = (
        "Mayor Ann Cole Wins Third Term In Landslide\n\n"
        "She said the new budget would fix every road in the city by next spring.\n\n"
        "The city council meets on Monday to discuss the plan."
    )
    rec = extract(text)
    (q,) = [q for q in rec.quotes if q.source and text[q.source.start : q.source.end] == "She"]
    assert q.speaker_name is None
    assert {"orphan_quote", "dangling_reference"} <= {s.kind for s in rec.signals}
