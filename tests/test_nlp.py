from dateline.config import Settings
from dateline.nlp import load


def test_a_blank_line_always_ends_a_sentence():
    nlp = load(Settings().model)
    doc = nlp("Navy may send warships amid tension\n\nTwo diplomats said the plan was ready.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == [
        "Navy may send warships amid tension",
        "Two diplomats said the plan was ready.",
    ]


def test_a_single_line_break_does_not_split_a_sentence():
    nlp = load(Settings().model)
    doc = nlp("The minister said the talks\nwould resume in April.")
    assert len(list(doc.sents)) == 1


def test_the_model_is_loaded_once():
    assert load(Settings().model) is load(Settings().model)
