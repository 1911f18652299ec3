"""The pieces of the speaker resolver (seen, titles, groups, pronouns, support), one by one."""

from __future__ import annotations

from dateline.quotes.groups import org_like
from dateline.quotes.mentions import Speaker, describe
from dateline.quotes.pronouns import addressee, compatible
from dateline.quotes.seen import Seen, sentence_numbers
from dateline.quotes.speakers import Antecedents
from dateline.quotes.titles import described_before, title_match, title_places
from dateline.records import Actor, Entity, Span


def _person(eid: str, text: str, name: str, title: str | None = None, **kw) -> Entity:
    """A person entity with one mention per occurrence of ``name`` in ``text``."""
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append(Span(start=at, end=at + len(name)))
        at = text.find(name, at + 1)
    return Entity(id=eid, name=name, type="PERSON", mentions=spans, title=title, **kw)


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_sentence_numbers_count_sentences_in_order(parse):
    doc = parse("Anna Berg spoke on Monday. Tom Lind left. The talks ended.")
    numbers = sentence_numbers(doc)
    assert sorted(numbers.values()) == [0, 1, 2]


def test_seen_knows_what_lies_inside_quotation_marks(parse):
    text = 'Anna Berg said: "Taxes will not rise." Tom Lind left.'
    seen = Seen(parse(text), [])
    assert seen.quoted(text.index("Taxes"))
    assert not seen.quoted(text.index("Lind"))


def test_seen_skips_a_pronoun_and_keeps_a_person_with_stated_gender(parse):
    text = "Mrs. Anna Berg spoke on Monday. She left."
    doc = parse(text)
    seen = Seen(doc, [_person("E1", text, "Anna Berg")])
    seen.add(_token(doc, "She"), Speaker("pronoun", False, pronoun="she"), nested=False)
    seen.add(_token(doc, "Berg"), Speaker("person", False, entity="E1", name="Anna Berg"), False)
    (mention,) = seen.mentions
    assert (mention.sent, mention.gender, mention.spoke) == (0, "f", False)


def test_title_match_needs_the_place_the_title_names():
    text = "Senator Tom Lind of Vermont and Senator Mark Hale of Florida met."
    lind = _person("E1", text, "Tom Lind", title="Vermont senator")
    hale = _person("E2", text, "Mark Hale", title="Florida senator")
    assert title_match("the Florida senator", [lind, hale], frozenset({"florida"})) == hale
    assert title_match("the senator", [lind, hale]) is None


def test_title_match_takes_a_country_word_for_the_actor_country():
    text = "Recep Erdogan spoke."
    ent = _person("E1", text, "Recep Erdogan", title="president", actor=Actor(country="TUR"))
    assert title_match("the Turkish president", [ent], frozenset({"turkish"})) == ent


def test_title_places_are_the_place_words_before_the_title(parse):
    doc = parse("The Florida senator said the bill would pass.")
    assert title_places(_token(doc, "senator")) == frozenset({"florida"})


def test_a_role_noun_used_before_without_a_name_refers_back_to_that_description(parse):
    doc = parse("Lind met the leader of the team. Later the leader said the talks ended.")
    assert described_before(_token(doc, "leader", 1))
    assert not described_before(_token(doc, "leader", 0))


def test_compatible_speakers_per_pronoun():
    person = Speaker("person", False, name="Anna Berg")
    group = Speaker("group", True, name="officials")
    org = Speaker("org", False, name="Acme")
    assert compatible("she")(person) and not compatible("she")(group)
    assert compatible("they")(group) and not compatible("they")(person)
    assert compatible("it")(org) and not compatible("it")(person)
    assert compatible("we") is None


def test_you_is_the_person_named_before_the_comma(parse):
    text = "RAMOS: Secretary Clinton, you sent an e-mail about the deal."
    doc = parse(text)
    ent = _person("E1", text, "Clinton")
    assert addressee(_token(doc, "you"), [ent]) == Speaker(
        "person", False, entity="E1", name="Clinton"
    )
    assert addressee(_token(doc, "you"), []) is None


def test_org_like_takes_an_untagged_capitalised_name_not_a_given_name():
    assert org_like(Speaker("org", False, name="Acme"))
    assert org_like(Speaker("other", False, name="Wealth-X"))
    assert not org_like(Speaker("other", False, name="the firm"))
    assert not org_like(Speaker("org", True, name="Acme"))


def test_describe_reads_common_nouns_titles_and_anonymous_groups(parse):
    text = "Several officials said the plan was dead. The governor said it was not."
    doc = parse(text)
    officials = _token(doc, "officials")
    span = (text.index("Several"), officials.idx + len(officials.text))
    group = describe(officials, span, [])
    assert (group.kind, group.plural, group.anonymous) == ("group", True, True)
    gov = _token(doc, "governor")
    title = describe(gov, (text.index("The governor"), gov.idx + len(gov.text)), [])
    assert (title.kind, title.name) == ("title", "The governor")


def test_describe_takes_the_person_named_in_apposition(parse):
    text = "The mayor's niece, Anna Berg, said the plan was dead."
    doc = parse(text)
    niece = _token(doc, "niece")
    ent = _person("E1", text, "Anna Berg")
    span = (0, niece.idx + len(niece.text))
    assert describe(niece, span, [ent]) == Speaker("person", False, entity="E1", name="Anna Berg")


def test_antecedents_send_a_pronoun_to_the_person_who_just_spoke(parse):
    text = "Anna Berg said taxes would rise. She said the talks ended."
    doc = parse(text)
    ent = _person("E1", text, "Anna Berg")
    ante = Antecedents(doc, [ent])
    berg = Speaker("person", False, entity="E1", name="Anna Berg")
    ante.add(_token(doc, "Berg"), berg, nested=False, spoke=True)
    she = _token(doc, "She")
    assert ante.resolve(she, describe(she, (she.idx, she.idx + 3), [ent])) == berg


def test_antecedents_leave_a_pronoun_with_no_one_before_it_unresolved(parse):
    doc = parse("The weather was cold. She said the talks ended.")
    she = _token(doc, "She")
    ante = Antecedents(doc, [])
    assert ante.resolve(she, Speaker("pronoun", False, pronoun="she")) is None
