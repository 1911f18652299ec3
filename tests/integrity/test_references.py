from dateline.integrity._text import QuoteMask, paragraphs
from dateline.integrity.references import dangling_references


def _dangling(nlp, text):
    return dangling_references(nlp(text), paragraphs(text), QuoteMask(text))


def test_it_said_without_an_institution_is_dangling(nlp):
    text = (
        "Rain fell across the valley on Monday.\n\n"
        "It said the dam was safe, but farmers worry about the harvest."
    )
    (sig,) = _dangling(nlp, text)
    assert text[sig.start : sig.end].startswith("It said the dam")
    assert sig.kind == "dangling_reference"


def test_it_said_after_a_ministry_is_fine(nlp):
    text = (
        "The health ministry published new figures on Monday.\n\n"
        "It said the number of cases had fallen."
    )
    assert _dangling(nlp, text) == []


def test_he_further_noted_after_a_paragraph_about_no_one(nlp):
    text = (
        "The talks on grain exports resumed in Geneva.\n\n"
        "Prices of wheat have risen for a third month.\n\n"
        "He further noted that the new terms were not binding."
    )
    (sig,) = _dangling(nlp, text)
    assert "He further noted" in text[sig.start : sig.end]


def test_he_added_after_a_named_person_is_fine(nlp):
    text = (
        "Finance Minister Maria Lopez presented the budget on Tuesday.\n\n"
        "She added that taxes would not rise."
    )
    assert _dangling(nlp, text) == []


def test_they_said_after_officials_is_fine(nlp):
    text = (
        "US officials met their counterparts in Brussels.\n\n"
        "The meeting would happen again in June, they said."
    )
    assert _dangling(nlp, text) == []


def test_they_said_with_no_group_is_dangling(nlp):
    text = (
        "The river flooded the valley overnight.\n\n"
        "The water would recede before the weekend, they said."
    )
    (sig,) = _dangling(nlp, text)
    assert "they said" in text[sig.start : sig.end]


def test_expletive_it_is_never_flagged(nlp):
    text = (
        "Rain fell again.\n\n"
        "It is clear that the roads will stay closed. It was said that no one knew."
    )
    assert _dangling(nlp, text) == []


def test_pronouns_inside_quotes_are_not_checked(nlp):
    text = 'Floods closed the road.\n\n"He said it would be fine," the farmer complained.'
    assert _dangling(nlp, text) == []


def test_a_signature_line_names_the_next_pronoun(nlp):
    text = (
        "The debate ran late.\n\n- Sanders.\n\n"
        "Sanders exaggerates when he says he helped write the health act."
    )
    assert _dangling(nlp, text) == []


def test_a_lone_surname_the_tagger_misreads_is_still_a_person(nlp):
    text = (
        "The debate ran late.\n\nOleksiak is a strong athlete who won four medals at the Games.\n\n"
        "It is something never done before by any athlete.\n\n"
        "She also captured four medals at the world championships."
    )
    assert _dangling(nlp, text) == []


def test_a_publishers_abstract_is_not_narration(nlp):
    text = (
        "Climate deal signed;\nEffects could be profound.\n\nABSTRACT.\n\n"
        "Unless countries act, they say, the world could suffer.\n\nFULL TEXT.\n\n"
        "Leaders signed the climate deal in Paris on Friday. Experts warned it is not enough."
    )
    assert _dangling(nlp, text) == []


def test_an_inch_mark_does_not_close_a_quotation(nlp):
    text = (
        "Rubio spoke in Virginia on Monday.\n\n"
        "“His hands are the size of someone who is 5’2”. You know what they say about men "
        "with small hands? You can’t trust them,” Rubio said."
    )
    assert QuoteMask(text).inside(text.index("You know"))
    assert _dangling(nlp, text) == []


def test_doubled_apostrophes_quote_like_a_double_mark(nlp):
    """The New York Times archive writes ''...'' for quotation marks: a pronoun inside such a
    quotation is the speaker's word, not the writer's narration."""
    text = (
        "The mayor spoke to reporters at the harbor on Monday.\n\n"
        "''Ships leave on time. They said the port would close, and it never did,'' he said."
    )
    mask = QuoteMask(text)
    assert mask.inside(text.index("They said"))
    assert not mask.inside(text.index("he said"))
    assert _dangling(nlp, text) == []


def test_two_backticks_open_a_quotation():
    text = "``We stayed,'' she said, ``and they left.''"
    spans = [text[a:b] for a, b in QuoteMask(text).spans]
    assert spans == ["``We stayed,''", "``and they left.''"]
