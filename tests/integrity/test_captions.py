from dateline.integrity._text import QuoteMask, paragraphs
from dateline.integrity.captions import caption_score, caption_text

CAPTION = (
    "Trade Minister Anna Berg, second from left, speaks with Finance Minister Olav Dahl during "
    "a meeting at the parliament in Oslo, Norway, Wednesday, May 10, 2017."
)


def test_caption_in_the_body_is_found(nlp):
    text = f"Talks on fishing quotas resumed.\n\n{CAPTION}\n\nThe two sides will meet again."
    (sig,) = caption_text(text, nlp(text), paragraphs(text), QuoteMask(text))
    assert text[sig.start : sig.end] == CAPTION


def test_ordinary_sentence_is_not_a_caption(nlp):
    text = "Trade Minister Anna Berg met Finance Minister Olav Dahl on Wednesday in Oslo."
    assert caption_score(text, nlp(text)) == 0.0


def test_photo_credit_alone_is_enough():
    assert caption_score("Voters line up outside a school. (AP Photo/Jane Doe)") > 0.5
