"""Each fast path of the speaker resolver and the entities stage gives what the direct
computation it replaces gives (bisection and per-document indexes, no timing)."""

from __future__ import annotations

import pytest

from dateline.quotes.names import _full, _surname, clean_name, namesakes
from dateline.quotes.resolution import _Nesting
from dateline.quotes.seen import Seen
from dateline.records import Entity

TEXTS = [
    'Mayor Ana Ruiz said on Monday: "We will not wait."  "It is late," she added.\n\n'
    "Ruiz, who spoke in Kyiv-based offices, said \u201cthe plan\u201d works.",
    "  Leading spaces.  Two  spaces, a tab\tand a new line\nend",
    "\u201cNo,\u201d said Kassym-Jomart Tokayev's aide.  'Yes' \"unbalanced",
]


@pytest.mark.parametrize("text", TEXTS)
def test_quoted_matches_a_scan(parse, text):
    seen = Seen(parse(text), [])
    marks = seen._quote_marks()
    for pos in range(-1, len(text) + 2):
        assert seen.quoted(pos) == any(a < pos < b for a, b in marks), pos


def test_quoted_with_overlapping_spans(parse):
    seen = Seen(parse("x" * 40), [])
    seen._marks = [(5, 30), (8, 12), (2, 6), (20, 25), (33, 34)]
    for pos in range(-1, 42):
        assert seen.quoted(pos) == any(a < pos < b for a, b in seen._marks), pos


def test_nesting_matches_a_scan(parse):
    doc = parse('He said: "They told me, as she said, that it works," and left. "Fine," I said.')
    toks = list(doc)
    contents = [
        ((doc[3].idx, doc[16].idx), toks[1]),
        ((doc[8].idx + 1, doc[12].idx), doc[10]),  # a start inside a token
        ((doc[18].idx, doc[21].idx), None),
        ((doc[20].idx, len(doc.text)), doc[24]),
    ]
    indexed, scanned = _Nesting(doc, contents, index_from=0), _Nesting(doc, contents)
    assert indexed._covers and not scanned._covers
    for tok in [*toks, toks[1], doc[10], contents[1][1], contents[3][1]]:
        want = any(
            c[0] <= tok.idx < c[1] and src is not None and src.i != tok.i for c, src in contents
        )
        assert indexed(tok) == want and scanned(tok) == want, tok.i


def _direct_namesakes(name: str, entities: list[Entity]) -> list[Entity]:
    words = clean_name(name).split()
    while len(words) > 1 and words[0].lower() in {"de", "van", "von"}:
        words.pop(0)
    if len(words) != 1 or not words[0][:1].isupper():
        return []
    hits: dict[str, Entity] = {}
    for e in entities:
        full = clean_name(e.name).split()
        if e.type in ("PERSON", "PER") and _full(full) and _surname(full) == words[0].lower():
            hits.setdefault(" ".join(full), e)
    return list(hits.values())


def test_namesakes_match_a_scan():
    people = [
        "Hillary Clinton",
        "Bill Clinton",
        "Mayor Ana Ruiz",
        "Ana Ruiz",
        "Clinton",
        "Martin Luther King Jr.",
        "Ludwig van Beethoven",
        "Secretary of State",
    ]
    entities = [
        Entity(id=f"E{i}", name=n, type="PERSON", mentions=[]) for i, n in enumerate(people)
    ]
    entities.append(Entity(id="O", name="Clinton Foundation", type="ORG", mentions=[]))
    for name in ["Clinton", "Ruiz", "Mrs. Clinton", "King", "Beethoven", "State", "nobody"]:
        assert namesakes(name, entities) == _direct_namesakes(name, entities), name


GAP_TEXT = (
    'The mayor spoke. "One. Two. Three," she said. Then more.\n\n'
    '"Four." "Five." He left. "Six," they said. Done.'
)


def test_narrative_gap_and_sentence_start_match_a_scan(parse):
    doc = parse(GAP_TEXT)
    seen = Seen(doc, [])
    numbers = sorted(set(seen._sent_of.values()))
    seen.narrative_gap(0, 5)  # finds the quoted sentences
    quoted = seen._quoted_sents
    assert quoted  # some sentences lie wholly inside quotation marks
    for first in range(-2, len(numbers) + 3):
        for last in range(first, len(numbers) + 3):
            want = last - first
            if want > 1:
                want -= sum(1 for k in range(first + 1, last) if k in quoted)
            assert seen.narrative_gap(first, last) == want, (first, last)
    for number in range(-1, len(numbers) + 2):
        want = next((s.start_char for s in doc.sents if seen._sent_of.get(s.start) == number), 0)
        assert seen._sentence_start(number) == want, number


def test_indexed_entities_cover_as_a_scan_does(parse):
    from dateline.quotes.mentions import IndexedEntities, entity_on
    from dateline.records import Span

    doc = parse("Ana Ruiz met Bob Lee and the United Nations in New York on Monday, Ruiz said.")

    def spans(*pairs: tuple[int, int]) -> list[Span]:
        return [Span(start=a, end=b) for a, b in pairs]

    entities = [
        Entity(id="E1", name="Ana Ruiz", type="PERSON", mentions=spans((0, 8), (67, 71))),
        Entity(id="E2", name="Bob Lee", type="PERSON", mentions=spans((13, 20))),
        Entity(id="E3", name="the United Nations", type="ORG", mentions=spans((25, 43))),
        Entity(id="E4", name="United Nations", type="ORG", mentions=spans((29, 43))),
        Entity(id="E5", name="Lee", type="PERSON", mentions=spans((17, 20), (4, 8))),
        Entity(id="E6", name="nothing", type="ORG", mentions=[]),
    ]
    indexed = IndexedEntities(entities)
    assert list(indexed) == entities and len(indexed) == 6 and indexed[1:3] == entities[1:3]
    found = 0
    for tok in doc:
        want = entity_on(entities, tok)
        assert entity_on(indexed, tok) == want, tok.text
        found += want is not None
    assert found >= 8
    assert entity_on(indexed, doc[1]) is entities[0]  # the first entity covering it


def test_repeated_surnames_match_a_scan(parse):
    from dateline.entities import mentions as em

    doc = parse(
        "Ana Ruiz and Bob Lee met. Ruiz said LEE was late. Lee, who left, and ruiz agreed. "
        "Informed of it, Ruiz described it. Ruizes came."
    )
    ms = em.collect_mentions(doc)
    full = [m for m in ms if m.label == "PERSON" and " " in m.text]
    assert full
    covered = {i for m in full for i in range(m.tok_start, m.tok_end)}
    surnames = {em.key(em.surname(m.text)) for m in full}
    want = []
    for t in doc:
        if t.i in covered or not t.text[:1].isupper():
            continue
        if em.key(t.text) in surnames and (em._name_like(t) or em.lost_subject(t)):
            want.append((t.i, t.i + 1))
    got = em._repeated_surnames(doc, full, set(covered))
    assert [(m.tok_start, m.tok_end) for m in got] == want
    assert want
    assert em._repeated_surnames(doc, [], set()) == []


@pytest.mark.parametrize("attr", ["ORTH", "LOWER", "DEP", "POS"])
def test_tokens_where_matches_a_scan(parse, attr):
    from dateline.entities._spans import tokens_where

    doc = parse(TEXTS[0] + " The Mayor said the mayor was the mayor's aide.")
    name = {"ORTH": "text", "LOWER": "lower_", "DEP": "dep_", "POS": "pos_"}[attr]
    for keep in (lambda w: w[:1].isupper(), lambda w: w in {"mayor", "nsubj", "said", "PROPN"}):
        want = [t.i for t in doc if keep(getattr(t, name))]
        assert tokens_where(doc, attr, keep) == want
    assert tokens_where(parse(""), attr, bool) == []


def test_token_offsets_match_the_tokens(parse):
    from dateline.entities._spans import token_offsets

    doc = parse(TEXTS[2] + " H\u00e9l\u00e8ne  \u00e9t\u00e9")
    assert token_offsets(doc) == ([t.idx for t in doc], [len(t.text) for t in doc])
    assert token_offsets(parse("")) == ([], [])
