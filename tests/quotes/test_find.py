"""Each construction of issue 3 on short synthetic news sentences."""

from __future__ import annotations

import pytest
from dateline_helpers import quotes_in as _quotes
from dateline_helpers import source_text as _src
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.quotes import orphan_signals
from dateline.records import Entity, Quote, Span


def _one(quotes: list[Quote], text: str, fragment: str) -> Quote:
    hits = [q for q in quotes if fragment in text[q.content.start : q.content.end]]
    assert hits, f"no quote contains {fragment!r}: {quotes}"
    return hits[0]


def test_direct_quote_with_trailing_cue(parse) -> None:
    text = '"We will not back down on the pension reform," Jane Doe said on Tuesday.'
    q = _one(_quotes(parse, text), text, "back down")
    assert q.kind == "direct"
    assert text[q.content.start : q.content.end].startswith('"We will')
    assert _src(text, q) == "Jane Doe" and q.speaker_name == "Jane Doe"
    assert text[q.cue.start : q.cue.end] == "said"


def test_inverted_cue(parse) -> None:
    text = '"Prices will keep rising through the winter," said Tom Baker, a trader in Leeds.'
    q = _one(_quotes(parse, text), text, "Prices")
    assert q.speaker_name == "Tom Baker"


def test_indirect_speech(parse) -> None:
    text = "Maria Lopez said that the steel plant would close next year."
    q = _one(_quotes(parse, text), text, "plant would close")
    assert q.kind == "indirect" and q.speaker_name == "Maria Lopez"


def test_mixed_quote(parse) -> None:
    text = 'Maria Lopez said the new plan was a "total disaster" for the town.'
    q = _one(_quotes(parse, text), text, "total disaster")
    assert q.kind == "mixed" and q.speaker_name == "Maria Lopez"


def test_according_to(parse) -> None:
    text = "According to the health ministry, forty people were injured in the blast."
    q = _one(_quotes(parse, text), text, "forty people")
    assert _src(text, q) == "the health ministry"


def test_colon_introduced_quote(parse) -> None:
    text = 'The mayor was blunt: "We are ready for the storm and we will rebuild the harbour."'
    q = _one(_quotes(parse, text), text, "ready for the storm")
    assert q.kind == "direct" and _src(text, q) == "The mayor"


def test_multi_sentence_quote_is_one_quotation(parse) -> None:
    text = '"We are ready. We have trained for years for this match," the coach said.'
    quotes = _quotes(parse, text)
    q = _one(quotes, text, "We are ready")
    assert "trained for years" in text[q.content.start : q.content.end]
    assert _src(text, q) == "the coach"


def test_multi_paragraph_quote(parse) -> None:
    text = (
        '"The first part of the statement is long.\n\n'
        '"The second part ends the statement here," Ana Silva said.'
    )
    q = _one(_quotes(parse, text), text, "first part")
    assert "second part" in text[q.content.start : q.content.end]
    assert q.speaker_name == "Ana Silva"


def test_split_quote_joined(parse) -> None:
    text = '"We will open the border," Ana Silva said. "Trade needs to flow again."'
    quotes = [q for q in _quotes(parse, text) if q.kind == "direct"]
    assert (
        len(quotes) == 1 and "Trade needs" in text[quotes[0].content.start : quotes[0].content.end]
    )


def test_floating_quote_continues_previous_speaker(parse) -> None:
    text = (
        '"The factory will stay open until June," Peter Grant said.\n\n'
        '"After that, we will see what the owners decide for the workers."'
    )
    q = _one(_quotes(parse, text), text, "After that")
    assert q.speaker_name == "Peter Grant"
    # The continuing paragraph is the report's second piece, as PolNeAR joins it.
    assert [text[p.start : p.end] for p in q.parts or []] == [
        '"The factory will stay open until June,"',
        '"After that, we will see what the owners decide for the workers."',
    ]


def test_floating_quote_after_two_speakers_stays_orphan(parse) -> None:
    text = (
        "Peter Grant said the factory would stay open. Union leaders said it would close.\n\n"
        '"After that, we will see what the owners decide for the workers."'
    )
    quotes = _quotes(parse, text)
    q = _one(quotes, text, "After that")
    assert q.speaker is None and q.speaker_name is None
    assert any(s.start == q.content.start for s in orphan_signals(quotes))


def test_floating_quote_after_narration_stays_orphan(parse) -> None:
    text = (
        '"The factory will stay open until June," Peter Grant said. The plant employs 400.\n\n'
        '"After that, we will see what the owners decide for the workers."'
    )
    q = _one(_quotes(parse, text), text, "After that")
    assert q.speaker is None and q.speaker_name is None


def test_floating_quote_after_single_indirect_speaker(parse) -> None:
    text = (
        "Peter Grant said the factory would stay open until June.\n\n"
        '"After that, we will see what the owners decide for the workers."'
    )
    q = _one(_quotes(parse, text), text, "After that")
    assert q.speaker_name == "Peter Grant"


@pytest.mark.parametrize("verb", ["warned", "insisted", "stressed", "claimed", "noted", "added"])
def test_cue_verbs_beyond_said(parse, verb: str) -> None:
    text = f"Maria Lopez {verb} that the bridge would not reopen before the election."
    q = _one(_quotes(parse, text), text, "bridge would not reopen")
    assert text[q.cue.start : q.cue.end] == verb and q.speaker_name == "Maria Lopez"


def test_pronoun_speaker_resolved_to_previous_person(parse) -> None:
    text = (
        "Senator John Hale visited the plant in Ohio on Monday.\n\n"
        "He further noted that the jobs there were safe for now."
    )
    q = _one(_quotes(parse, text), text, "jobs there were safe")
    assert _src(text, q) == "He" and q.speaker_name == "John Hale"


def test_pronoun_without_antecedent_stays_unresolved(parse) -> None:
    text = "The storm hit the coast overnight.\n\nIt said the damage was limited to the harbour."
    quotes = _quotes(parse, text)
    q = _one(quotes, text, "damage was limited")
    assert q.speaker is None and q.speaker_name is None
    assert [s.kind for s in orphan_signals(quotes)] == ["orphan_quote"]


def test_surname_resolves_to_entity(parse) -> None:
    text = "Jane Doe arrived in Paris on Monday. Doe added that the talks would resume soon."
    ent = Entity(
        id="E1",
        name="Jane Doe",
        type="PERSON",
        mentions=[Span(start=0, end=8), Span(start=37, end=40)],
    )
    q = _one(_quotes(parse, text, [ent]), text, "talks would resume")
    assert q.speaker == "E1" and q.speaker_name == "Jane Doe"


def test_title_resolves_to_entity_with_that_title(parse) -> None:
    text = "The defence minister said that the exercise would go ahead in July."
    ent = Entity(id="E7", name="Raimo Karo", type="PERSON", mentions=[], title="Defence Minister")
    q = _one(_quotes(parse, text, [ent]), text, "exercise would go ahead")
    assert q.speaker == "E7" and q.speaker_name == "Raimo Karo"


def test_appositive_is_cut_from_source(parse) -> None:
    text = "Carla Stone, a Berlin-based economist, said that inflation had peaked."
    q = _one(_quotes(parse, text), text, "inflation had peaked")
    assert _src(text, q) == "Carla Stone" and q.speaker_name == "Carla Stone"


def test_anonymous_group(parse) -> None:
    text = "Two US defence officials said the talks had stalled over the weekend."
    q = _one(_quotes(parse, text), text, "talks had stalled")
    assert q.anonymous and q.speaker is None
    assert q.speaker_name == "Two US defence officials"


def test_anonymity_clause_and_later_they(parse) -> None:
    text = (
        "Officials, speaking on condition of anonymity, said the ships would leave on Friday. "
        "That would happen before the storm arrived, they said."
    )
    quotes = _quotes(parse, text)
    first = _one(quotes, text, "ships would leave")
    later = _one(quotes, text, "before the storm")
    assert first.anonymous and first.speaker_name == "Officials"
    assert later.anonymous and later.speaker_name == "Officials"
    assert orphan_signals(quotes) == []


@pytest.mark.parametrize(
    "text",
    ["", " ", '"', '"""', "“", "«»", '"a" "b', "He said \u201c", "”said he.“", '\n\n"\n"'],
)
def test_odd_inputs_never_crash(parse, text: str) -> None:
    for q in _quotes(parse, text):
        assert 0 <= q.content.start <= q.content.end <= len(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "‘",
                "’",
                "«",
                "»",
                "'",
                " said ",
                "He",
                " Ann Lee",
                ", ",
                ". ",
                "\n\n",
                ":",
                "that ",
                "according to ",
                "officials",
                " we win",
                "it",
            ]
        ),
        max_size=30,
    )
)
def test_random_quote_soup_never_crashes(parse, pieces: list[str]) -> None:
    text = "".join(pieces)
    quotes = _quotes(parse, text)
    for q in quotes:
        assert 0 <= q.content.start <= q.content.end <= len(text)
        for span in (q.cue, q.source):
            assert span is None or 0 <= span.start <= span.end <= len(text)
    orphan_signals(quotes)


def test_naming_participle_reports_no_one(parse) -> None:
    text = (
        "The navy held drills in the bay, known as Harbour Shield, last week.\n\n"
        "The mayor called the drills a needless provocation."
    )
    quotes = _quotes(parse, text)
    assert not [q for q in quotes if "Harbour Shield" in text[q.content.start : q.content.end]]
    q = _one(quotes, text, "needless provocation")
    assert _src(text, q) == "The mayor"
