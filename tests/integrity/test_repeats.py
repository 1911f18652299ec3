from dateline.integrity._text import QuoteMask
from dateline.integrity.repeats import repeated_content


def _repeats(nlp, text):
    return repeated_content(list(nlp(text).sents), QuoteMask(text))


def test_light_rewording_is_found(nlp):
    text = (
        "Officials said a radar unit could be sent to the region during exercises in July "
        "that focus on coastal defence, known as Northern Shield. "
        "The drills, named Northern Shield, focus on coastal defense."
    )
    (sig,) = _repeats(nlp, text)
    assert text[sig.start : sig.end].startswith("The drills, named Northern Shield")
    assert "repeats the claim at 0-" in sig.detail


def test_related_but_different_sentences_are_not_repeats(nlp):
    text = (
        "The council approved a new budget for schools on Monday. "
        "Teachers in the district welcomed the extra money for books. "
        "The council will vote on a transport plan in March."
    )
    assert _repeats(nlp, text) == []


def test_quotes_repeating_are_left_alone(nlp):
    text = (
        '"We will build the bridge across the river by next summer," the mayor said. '
        '"We will build the bridge across the river by next summer."'
    )
    assert _repeats(nlp, text) == []


def test_a_title_case_headline_restated_by_the_lede_is_no_repeat(nlp):
    from dateline.integrity._text import body_start, paragraphs

    text = (
        "Mayor Wins Harbor City Primary Election.\n\n"
        "The mayor won the Harbor City primary election on Tuesday, beating two rivals.\n"
        "Turnout was low across the city."
    )
    body = body_start(text, paragraphs(text))
    assert body == text.index("The mayor")
    assert repeated_content(list(nlp(text).sents), QuoteMask(text), body) == []


def test_an_abstract_before_full_text_is_not_the_body():
    from dateline.integrity._text import body_start, paragraphs

    text = (
        "Ferry sinks;\nRescue under way.\n\nABSTRACT.\n\nA ferry sank off the coast.\n\n"
        "FULL TEXT.\n\nA ferry sank off the coast on Monday, officials said."
    )
    assert text[body_start(text, paragraphs(text)) :].strip().startswith("A ferry sank off")
    assert body_start(text, paragraphs(text)) > text.index("ABSTRACT")


def test_a_verbatim_repeat_of_common_words_is_found(nlp):
    line = "It takes 1,237 delegates to win the Republican nomination for president."
    text = (
        f"{line} Trump won Florida on Tuesday. {line} Kasich won Ohio on Tuesday. "
        f"The race goes on to Arizona next week. {line}"
    )
    signals = _repeats(nlp, text)
    assert len(signals) == 2
    assert all(text[s.start : s.end] == line for s in signals)


def test_a_parallel_fact_marked_also_is_no_repeat(nlp):
    text = (
        "Urine samples taken from the pigs were tested, and the results came back positive for "
        "melamine. Samples from the feed given to the pigs were tested, and those results also "
        "came back positive for melamine."
    )
    assert _repeats(nlp, text) == []
