from dateline.integrity._text import QuoteMask, paragraphs
from dateline.integrity.references import dangling_references
from dateline.integrity.sourcing import anonymous_sourcing, claims, is_anonymous_source

ANON = (
    "US officials said the plan was ready. Diplomats, speaking on condition of anonymity, said "
    "talks had stalled. Sources said the deal was off. Officials said more troops would come. "
    "Mayor Ann Cole said the city was calm."
)
NAMED = (
    "Mayor Ann Cole said the plan was ready. Police chief Tom Reyes said talks had stalled. "
    "Governor Lee Park said the deal was off. US officials said more troops would come."
)


def _signals(nlp, text):
    return anonymous_sourcing(claims(nlp(text), [], [], QuoteMask(text)))


def test_mostly_unnamed_sources_fire(nlp):
    signals = _signals(nlp, ANON)
    assert len(signals) >= 4
    assert all(s.kind == "anonymous_sourcing" for s in signals)
    assert "of 5 attributed claims" in signals[0].detail


def test_mostly_named_sources_do_not(nlp):
    assert _signals(nlp, NAMED) == []


def test_anonymous_source_phrases():
    assert is_anonymous_source("US officials")
    assert is_anonymous_source("sources")
    assert not is_anonymous_source("Ann Cole")


def test_a_pronoun_that_refers_to_nothing_is_unresolved_not_unnamed(nlp):
    text = ANON.replace("Mayor Ann Cole said", "He said")
    doc = nlp(text)
    mask = QuoteMask(text)
    dangling = dangling_references(doc, paragraphs(text), mask)
    found = claims(doc, [], [], mask, dangling)
    details = [s.detail for s in anonymous_sourcing(found)]
    assert any(d.startswith("unresolved pronoun 'He'") for d in details)
    assert sum(d.startswith("unnamed source") for d in details) == 4


def test_one_signal_per_unnamed_source_mention():
    from dateline.integrity.sourcing import Claim

    found = [
        Claim((0, 40), (30, 39), False, "officials"),
        Claim((0, 40), (30, 39), False, "officials"),
        Claim((41, 80), (70, 79), False, "diplomats"),
        Claim((81, 120), (110, 119), False, "sources"),
        Claim((121, 160), (150, 159), False, "officials"),
    ]
    signals = anonymous_sourcing(found)
    assert [(s.start, s.end) for s in signals] == [(30, 39), (70, 79), (110, 119), (150, 159)]
