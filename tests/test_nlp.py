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


def test_an_opening_dateline_is_not_part_of_the_first_sentence():
    nlp = load(Settings().model)
    text = (
        "Strike at the port\n\nGDANSK, Poland, March 3, 2021 - Hundreds of crane operators "
        "stopped work on Tuesday.\n\nLVIV (Reuters) \u2014 Sirens sounded overnight."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert "GDANSK, Poland, March 3, 2021 -" in sentences
    assert "Hundreds of crane operators stopped work on Tuesday." in sentences
    assert "LVIV (Reuters) \u2014" in sentences


def test_a_dash_inside_a_sentence_is_no_dateline():
    nlp = load(Settings().model)
    doc = nlp("The NATO summit - held in Vilnius - ended on Wednesday.")
    assert len(list(doc.sents)) == 1


def test_the_dateline_city_does_not_act():
    from dateline import extract

    text = (
        "GDANSK, Poland, March 3, 2021 - Hundreds of dock workers walked off the job in "
        "Gdansk on Tuesday to protest against a plan to cut their wages."
    )
    rec = extract(text)
    actors = [e.actor.text for e in rec.events if e.actor]
    assert actors and not any("GDANSK" in a for a in actors)
