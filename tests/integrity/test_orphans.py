"""What counts as an orphan quote: only sayings, and only where the text gives no speaker.

Quotes are built by hand (not found by the quotes stage) so that each test exercises one
integrity rule of :mod:`dateline.quotes.orphans`.
"""

from __future__ import annotations

from dateline.quotes.orphans import orphan_signals
from dateline.records import Quote, Span


def _q(text: str, content: str, *, kind="direct", cue=None, source=None, name=None, n=1):
    start = text.index(content)

    def at(word: str | None) -> Span | None:
        if word is None:
            return None
        i = text.index(word, start + len(content) if kind == "direct" else 0)
        return Span(start=i, end=i + len(word))

    return Quote(
        id=f"Q{n}",
        kind=kind,
        content=Span(start=start, end=start + len(content)),
        cue=at(cue),
        source=at(source),
        speaker_name=name,
    )


def _fired(text: str, quotes: list[Quote], doc=None) -> list[str]:
    return [text[s.start : s.end] for s in orphan_signals(quotes, text, doc)]


def test_unattributed_quotation_is_an_orphan():
    text = 'The port reopened.\n\n"We will rebuild the harbour wall before the winter storms."\n'
    q = _q(text, '"We will rebuild the harbour wall before the winter storms."')
    assert _fired(text, [q]) == [text[q.content.start : q.content.end]]


def test_scare_quote_is_not_a_quotation():
    text = 'The mayor called the plan a "bold step" for the city.\n'
    assert _fired(text, [_q(text, '"bold step"')]) == []


def test_quote_with_a_cue_that_is_not_saying():
    text = 'He admires the general as a "strong leader who gets things done", comparing him.'
    q = _q(text, '"strong leader who gets things done"', cue="comparing")
    assert _fired(text, [q]) == []


def test_quotation_continuing_a_named_speakers_paragraph():
    text = (
        'Mayor Ana Ruiz spoke on Monday. "The bridge will be finished in May," Ruiz said.\n\n'
        '"After that we will start on the second road to the coast and the old market."\n'
    )
    first = _q(text, '"The bridge will be finished in May,"', cue="said", name="Ana Ruiz")
    second = _q(
        text, '"After that we will start on the second road to the coast and the old market."', n=2
    )
    assert _fired(text, [first, second]) == []


def test_quotation_after_an_orphan_paragraph_stays_orphan():
    text = (
        'The harbour was quiet.\n\n"We will rebuild the harbour wall before the storms."\n\n'
        '"The fishing fleet will return in the spring, as it always has done."\n'
    )
    first = _q(text, '"We will rebuild the harbour wall before the storms."')
    second = _q(text, '"The fishing fleet will return in the spring, as it always has done."', n=2)
    assert len(_fired(text, [first, second])) == 2


def test_transcript_turn_and_signed_quotation_name_their_speaker():
    text = (
        'Part of the interview follows.\n\n"KING: What will you do about the budget next year?"\n\n'
        "“I am afraid of what the new tax will do to small farms like ours.” ― Rosa Delgado\n"
    )
    turn = _q(text, '"KING: What will you do about the budget next year?"')
    signed = _q(text, "“I am afraid of what the new tax will do to small farms like ours.”", n=2)
    assert _fired(text, [turn, signed]) == []


def test_pronoun_with_a_person_before_it_is_not_an_orphan(nlp):
    text = (
        "Governor Tom Hale visited the flooded town on Monday.\n\n"
        "He said the state would pay for the new levee.\n"
    )
    q = _q(text, "the state would pay for the new levee", kind="indirect", cue="said", source="He")
    assert _fired(text, [q], nlp(text)) == []


def test_pronoun_with_nothing_before_it_is_an_orphan(nlp):
    text = (
        "Floods hit the valley towns again this spring.\n\n"
        "Rain fell for nine days and the river rose fast.\n\n"
        "He said the state would pay for the new levee.\n"
    )
    q = _q(text, "the state would pay for the new levee", kind="indirect", cue="said", source="He")
    assert _fired(text, [q], nlp(text)) == ["the state would pay for the new levee"]


def test_next_quotation_of_a_speaker_in_the_same_paragraph():
    text = (
        'The crowd cheered. "This is our year!" Councillor Ada Berg shouted to the crowd. '
        '"The whole county is watching us tonight."\n'
    )
    first = _q(text, '"This is our year!"', name="Ada Berg")
    second = _q(text, '"The whole county is watching us tonight."', n=2)
    assert _fired(text, [first, second]) == []


def test_quotation_introduced_by_a_colon_paragraph():
    text = (
        "The report ends with a warning from the inspector:\n\n"
        '"The dam was not built to the plans and it will not survive a large flood."\n'
    )
    q = _q(text, '"The dam was not built to the plans and it will not survive a large flood."')
    assert _fired(text, [q]) == []


def test_it_after_a_letter_is_not_an_orphan(nlp):
    text = (
        "The mayor asked the campaign to stop.\n\n"
        "The city sent a letter on Thursday. It says the advert used the police badge unlawfully.\n"
    )
    q = _q(text, "the advert used the police badge unlawfully", kind="indirect", cue="says")
    q = q.model_copy(
        update={"source": Span(start=text.index("It says"), end=text.index("It says") + 2)}
    )
    assert _fired(text, [q], nlp(text)) == []


def test_it_with_no_institution_before_it_is_an_orphan(nlp):
    text = (
        "Rain fell for nine days.\n\n"
        "The river rose fast. It says the advert used the police badge unlawfully.\n"
    )
    q = _q(text, "the advert used the police badge unlawfully", kind="indirect", cue="says")
    q = q.model_copy(
        update={"source": Span(start=text.index("It says"), end=text.index("It says") + 2)}
    )
    assert len(_fired(text, [q], nlp(text))) == 1
