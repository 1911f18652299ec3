"""Sixteenth-session span round: reports that spaCy's parse of the sentence hides.

A title-case headline is parsed as the sentence it is; a stance adjective with a clause and a
noun of saying with its owner and object are reports; the shapes the gold does not mark most of
the time stay unreported.
"""

from __future__ import annotations

from dateline import extract
from dateline.quotes.headline import is_title_case, truecase
from dateline.records import Quote, Record


def _content(record: Record, q: Quote) -> str:
    return " | ".join(record.text[p.start : p.end] for p in (q.parts or [q.content]))


def _span(record: Record, span) -> str:
    return record.text[span.start : span.end] if span else ""


def _by_content(record: Record) -> dict[str, Quote]:
    return {_content(record, q): q for q in record.quotes}


HEADLINE = (
    "Mayor Hale Slams Council And The Unions In Heated Budget Debate\n\n"
    "Mayor Ann Hale told the city council on Monday that budget cuts were off the table. "
    "Hale said the council would vote on the plan next week.\n"
)


def test_truecasing_follows_the_body() -> None:
    line, body = HEADLINE.split("\n", 1)
    assert is_title_case(line)
    assert not is_title_case("Mayor says budget cuts are off the table")
    assert truecase(line, body) == "Mayor Hale slams council and the unions in heated budget debate"
    assert truecase("Hale Tells Council No", body).startswith("Hale tells council")


def test_a_title_case_headline_reports_its_speaker() -> None:
    r = extract(HEADLINE)
    q = next((q for q in r.quotes if _span(r, q.cue) == "Slams"), None)
    assert q is not None, _by_content(r)
    assert _content(r, q).startswith("Council And The Unions")
    assert _span(r, q.source) == "Mayor Hale"
    assert q.speaker_name == "Ann Hale"
    assert [x.id for x in r.quotes] == [f"Q{k}" for k in range(1, len(r.quotes) + 1)]
    assert "that budget cuts were off the table" in _by_content(r)


def test_a_sentence_case_headline_is_left_to_the_article_parse() -> None:
    text = HEADLINE.replace(
        "Mayor Hale Slams Council And The Unions In Heated Budget Debate",
        "Mayor says budget cuts are off",
    )
    r = extract(text)
    assert any(_span(r, q.cue) == "says" for q in r.quotes)


def test_a_stance_adjective_with_a_clause_is_a_report() -> None:
    r = extract("The voters were acutely aware that their candidate might be kept offstage.")
    q = _by_content(r).get("that their candidate might be kept offstage")
    assert q is not None, _by_content(r)
    assert _span(r, q.cue) == "aware"
    assert _span(r, q.source) == "The voters"
    assert q.spoken is False


def test_make_sure_is_an_action_not_a_stance() -> None:
    r = extract("The clerks make sure that every ballot is counted twice.")
    assert not any(_span(r, q.cue) == "sure" for q in r.quotes)


def test_an_owned_attack_on_someone_is_a_report() -> None:
    r = extract("Senator Lane's attacks on the governor grew sharper during the week.")
    q = _by_content(r).get("the governor")
    assert q is not None, _by_content(r)
    assert _span(r, q.cue) == "attacks"
    assert _span(r, q.source) == "Senator Lane"


def test_an_attack_taken_by_a_verb_is_the_verbs_report() -> None:
    r = extract("Senator Lane stepped up his attacks on the governor on Tuesday.")
    assert not any(_span(r, q.cue) == "attacks" for q in r.quotes)


def test_an_unowned_attack_is_no_report() -> None:
    r = extract("The attacks on the convoy continued through the night.")
    assert not any(_span(r, q.cue) == "attacks" for q in r.quotes)


def test_a_mixed_content_before_its_cue_joins_the_next_quotation() -> None:
    r = extract(
        'Yet the mayor is also a "change agent," Cole said. "That is exactly what people want '
        'right now, so he is well placed for the election."'
    )
    assert len(r.quotes) == 1, _by_content(r)
    q = r.quotes[0]
    assert _content(r, q).startswith('Yet the mayor is also a "change agent,"')
    assert _content(r, q).endswith('well placed for the election."')
    assert q.speaker_name == "Cole"


def test_a_quotation_after_another_speakers_sentence_stays_apart() -> None:
    r = extract(
        'Yet the mayor is also a "change agent," Cole said. Lee shook her head. "That is not '
        'what people want right now, and he knows it."'
    )
    cole = next(q for q in r.quotes if _span(r, q.cue) == "said")
    assert "not what people want" not in _content(r, cole)


def test_a_trailing_modifier_with_its_own_report_ends_the_content() -> None:
    r = extract(
        "They cited the case of Rook 7, a group of hackers who officials say is tied to a "
        "foreign intelligence service."
    )
    cited = next(q for q in r.quotes if _span(r, q.cue) == "cited")
    assert _content(r, cited) == "the case of Rook 7"
    say = next(q for q in r.quotes if _span(r, q.cue) == "say")
    assert _span(r, say.source) == "officials"


def test_a_trailing_modifier_without_a_report_stays_in_the_content() -> None:
    r = extract("They cited the case of Rook 7, a group of hackers based in a small port town.")
    cited = next(q for q in r.quotes if _span(r, q.cue) == "cited")
    assert _content(r, cited).endswith("based in a small port town")
