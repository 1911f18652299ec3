"""The shared Doc's verb lemmas keep a final "e" the rule lemmatiser drops ("hoping": "hope")."""

import pytest
import spacy

from dateline.config import Settings
from dateline.nlp import FINAL_E_LEMMAS, final_e_mends, load


def _verb_lemmas(text: str) -> dict[str, str]:
    doc = load(Settings().model)(text)
    return {t.lower_: t.lemma_ for t in doc if t.pos_ == "VERB"}


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The mayor is hoping the bridge reopens by spring.", "hoping", "hope"),
        ("The council hoped the levy would pass.", "hoped", "hope"),
        ("She hopes the court rules quickly.", "hopes", "hope"),
        ("The vote was slated for next week.", "slated", "slate"),
        ("Protesters were raging outside the ministry.", "raging", "rage"),
        ("The airline scraped together enough crews to fly.", "scraped", "scrape"),
        ("The unions are waging a long strike.", "waging", "wage"),
        ("Officials rated the damage as severe.", "rated", "rate"),
    ],
)
def test_a_verb_keeps_its_final_e(text: str, word: str, lemma: str) -> None:
    assert _verb_lemmas(text)[word] == lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Rabbits were hopping across the runway.", "hopping", "hop"),
        ("The choir was singing outside the town hall.", "singing", "sing"),
        ("The government scrapped the tax last year.", "scrapped", "scrap"),
    ],
)
def test_a_doubled_or_ambiguous_form_is_left_alone(text: str, word: str, lemma: str) -> None:
    assert _verb_lemmas(text)[word] == lemma


def test_only_spelling_that_belongs_to_the_e_verb_is_mended() -> None:
    verbs = frozenset({"hop", "hope", "sing", "singe", "rout", "route", "pass", "passe"})
    exceptions = {"hopped": ["hop"], "hopping": ["hop"], "singes": ["singe"]}
    mends = final_e_mends(verbs, exceptions)
    # "hop" doubles: "hoped" and "hoping" are "hope"'s.
    assert {"hopes", "hoped", "hoping"} <= set(mends)
    assert mends["hoping"] == ("hop", "hope")
    # "sing" and "rout" do not double: "singing" and "routed" may be theirs; "routes" is not.
    assert not {"singing", "singed", "routed", "routing"} & set(mends)
    assert mends["routes"] == ("rout", "route")
    # "pass" takes "-es" itself; a form the exceptions list is the lemmatiser's own answer.
    assert "passes" not in mends
    assert "singes" not in mends


def test_a_pipeline_without_a_lemmatiser_gets_no_mender() -> None:
    nlp = load(Settings().model)
    assert nlp.pipe_names.index(FINAL_E_LEMMAS) == nlp.pipe_names.index("lemmatizer") + 1
    blank = spacy.blank("en")
    blank.add_pipe(FINAL_E_LEMMAS)
    doc = blank("They were hoping for rain.")
    assert [t.lemma_ for t in doc] == [""] * len(doc)
