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
