"""Twenty-third-session speed indexes: each must answer exactly what the scan it replaced did
(the people of a story by surname and given name, the entities overlapping a span, each
token's sentence start)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

import dateline.entities.merge as merge
from dateline.entities.mentions import Mention
from dateline.geo.blocking import overlapping
from dateline.quotes.tagger import _sentence_starts


def _mention(start: int, text: str) -> Mention:
    return Mention(start, start + len(text), "PERSON", text, start, start + len(text.split()))


def test_people_index_finds_groups_by_surname_bare_key_and_given_name() -> None:
    people = merge._People()
    anna = [_mention(0, "Anna Keller")]
    tom = [_mention(20, "Tom Keller")]
    people.add(anna)
    people.add(tom)
    bare = [_mention(40, "Keller")]
    people.add(bare)
    assert people.by_surname("keller") == [anna, tom, bare]
    assert people.all_bare("keller") == [bare]  # the full names are not bare
    assert people.given("anna") == [anna]
    people.join(bare, _mention(60, "Anna Marsh"))  # a group gains a given name as it grows
    assert people.given("anna") == [anna, bare]
    assert people.all_bare("keller") == []
    assert people.groups == [anna, tom, bare]


def test_bare_surnames_join_their_people_through_the_index() -> None:
    text = "Anna Keller spoke. Mrs. Keller left. Tom Vance came. Mr. Vance stayed."
    doc = spacy.blank("en")(text)
    mentions = []
    for name, at in (("Anna Keller", 0), ("Keller", 24), ("Tom Vance", 37), ("Vance", 57)):
        assert text[at : at + len(name)] == name
        span = doc.char_span(at, at + len(name))
        mentions.append(Mention(at, at + len(name), "PERSON", name, span.start, span.end))
    groups = merge.cluster(doc, mentions, [])
    assert [[m.text for m in g] for g in groups] == [
        ["Anna Keller", "Keller"],
        ["Tom Vance", "Vance"],
    ]


def test_overlapping_entities_are_those_a_scan_finds() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Mayor Ann Lee of Dover met the Kent County board in Dover on Monday .")
    doc.ents = [
        Span(doc, 1, 3, "PERSON"),
        Span(doc, 4, 5, "GPE"),
        Span(doc, 7, 9, "GPE"),
        Span(doc, 11, 12, "GPE"),
        Span(doc, 13, 14, "DATE"),
    ]
    ents = list(doc.ents)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            scanned = [e for e in ents if e.start < end and start < e.end]
            assert list(overlapping(ents, start, end)) == scanned


def test_sentence_starts_are_each_tokens_sentence_start() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("The council met. It voted to close the bridge! Was that wise? Residents said no.")
    assert _sentence_starts(doc) == [t.sent.start for t in doc]
