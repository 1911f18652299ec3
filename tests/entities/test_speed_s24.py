"""Twenty-fourth-session speed work on the mention passes: the word index and the counted and
speaking names read token arrays instead of building a Token or Span per word; these pin the
results those passes gave before."""

from __future__ import annotations

from dateline.config import Settings
from dateline.entities._norm import TOKEN_RE, norm_token
from dateline.entities.mentions import (
    Mention,
    _counted_names,
    _make,
    _speaking_names,
    _words_of,
)
from dateline.nlp import load, text_of


def _doc(text: str):
    return load(Settings().model)(text)


def _words_by_char_span(doc) -> list[tuple[str, str, int, int]]:
    """The word index as it was built before: one ``doc.char_span`` per word."""
    out = []
    for m in TOKEN_RE.finditer(text_of(doc)):
        text = m.group()
        for suffix in ("'s", "’s", "'", "’"):
            text = text.removesuffix(suffix) if len(text) > len(suffix) + 1 else text
        k = norm_token(text)
        span = doc.char_span(m.start(), m.start() + len(text), alignment_mode="expand")
        if k and span is not None and len(span):
            out.append((text, k, span.start, span.end))
    return out


def test_hyphenated_given_name_is_one_word_over_three_tokens() -> None:
    doc = _doc("President Kassym-Jomart Tokayev’s  visit\n\nended on Friday.")
    words = _words_of(doc)
    hyphenated = next(w for w in words if w[0] == "Kassym-Jomart")
    assert [t.text for t in doc[hyphenated[2] : hyphenated[3]]] == ["Kassym", "-", "Jomart"]
    assert ("Tokayev", "tokayev", 4, 5) in words  # the possessive ending left out


def test_word_index_matches_span_lookup() -> None:
    for text in (
        "  The U.S. envoy met O’Brien’s aides -- and Smith' staff -- in São Paulo.\n",
        '"We\'re done," said Jean-Luc Moreau of the Paris-based group.',
        "A-",
    ):
        doc = _doc(text)
        assert _words_of(doc) == _words_by_char_span(doc)


def _one_word_org(doc, word: str) -> list[Mention]:
    return [_make(doc, t.i, t.i + 1, "ORG") for t in doc if t.text == word][:1]


def test_name_counted_with_an_article_is_a_common_noun() -> None:
    doc = _doc("A conservative Watchdog said on Monday that the vote was rigged.")
    assert _counted_names(doc, _one_word_org(doc, "Watchdog")) == {"Watchdog"}


def test_name_also_used_bare_stays_a_name() -> None:
    doc = _doc("A conservative Watchdog filed suit. Watchdog later said it would appeal.")
    assert _counted_names(doc, _one_word_org(doc, "Watchdog")) == set()


def test_unknown_name_speaking_in_two_sentences_is_a_person() -> None:
    doc = _doc(
        "The harbour will close for repairs. Quenneville said the work would take a year. "
        "The council agreed on Tuesday. Quenneville told reporters that boats could wait."
    )
    names = {m.text for m in _speaking_names(doc, set())}
    assert names == {"Quenneville"}
