from datetime import date

from dateline.integrity.stitch import date_mismatches, name_variants


def test_one_person_named_two_ways(nlp):
    text = (
        "Defense chief James Walker visited the base on Monday. Officials praised the visit. "
        "Later, Jim Walker met the troops."
    )
    (sig,) = name_variants(nlp(text))
    assert text[sig.start : sig.end] == "Jim Walker"
    assert "James Walker" in sig.detail


def test_formal_full_name_is_not_a_seam(nlp):
    text = "Joseph R. Biden spoke first. Later, Joe Biden took questions from reporters."
    assert name_variants(nlp(text)) == []


def test_different_people_with_one_surname(nlp):
    text = "Hillary Clinton spoke first. Later, Bill Clinton took questions from reporters."
    assert name_variants(nlp(text)) == []


def test_weekday_that_does_not_match_its_date():
    text = "The meeting took place on Tuesday, May 10, 2017, in the capital."
    (sig,) = date_mismatches(text, None)
    assert text[sig.start : sig.end] == "Tuesday, May 10, 2017"
    assert "Wednesday" in sig.detail


def test_matching_weekday_is_fine():
    text = "The meeting took place on Wednesday, May 10, 2017, in the capital."
    assert date_mismatches(text, date(2017, 5, 11)) == []


def test_full_date_after_publication():
    text = "The treaty was signed on March 3, 2019."
    (sig,) = date_mismatches(text, date(2017, 5, 11))
    assert "after the article's date" in sig.detail


def test_model_matches_the_features(nlp):
    from dateline.integrity._text import paragraphs
    from dateline.integrity.stitch import FEATURES, _model, paragraph_features

    model = _model()
    assert model["features"] == list(FEATURES) and len(model["weights"]) == len(FEATURES)
    text = "Voters lined up early.\n\nThe polls opened at seven.\n\nTurnout was high."
    rows = paragraph_features(nlp(text), paragraphs(text))
    assert len(rows) == 3 and all(len(r) == len(FEATURES) for r in rows)
