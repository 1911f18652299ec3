"""Seventeenth-session speaker QA round on real news: a profession names the person just
before it ("the retired neurosurgeon"), a title subject that names one person by title and place
seeds a later "he" ("The former Mexican leader ..., during which he said"), and "leader" is a
head of state's title."""

from __future__ import annotations

from dateline import extract
from dateline.quotes.titles import title_match
from dateline.records import Quote, Record


def _quote(record: Record, words: str) -> Quote:
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def test_a_profession_with_the_is_the_person_just_named() -> None:
    text = (
        "Ben Carson said on Friday that the campaign had played dirty tricks in Iowa.\n\n"
        "Carson has shown little sign of letting the matter go.\n\n"
        "The retired neurosurgeon said the attitude about both situations was similar."
    )
    q = _quote(extract(text), "both situations")
    assert q.speaker_name == "Ben Carson"


def test_a_title_subject_seeds_he() -> None:
    text = (
        "Former Mexican President Felipe Calderon calls the wall stupid.\n\n"
        "The former Mexican leader went on the record recently in an interview with CNBC, "
        "during which he said the wall was useless.\n\n"
        "But the former Mexican president didn't stop there.\n\n"
        '"The first loser of such a policy would be the United States," he continued.'
    )
    record = extract(text)
    assert _quote(record, "was useless").speaker_name == "Felipe Calderon"
    assert _quote(record, "first loser").speaker_name == "Felipe Calderon"


def test_leader_is_a_head_of_state_title_of_the_named_country() -> None:
    record = extract("Former Mexican President Felipe Calderon calls the wall stupid.")
    mexican = title_match("the former Mexican leader", record.entities, frozenset({"mexican"}))
    assert mexican is not None and mexican.name == "Felipe Calderon"
    assert title_match("the Canadian leader", record.entities, frozenset({"canadian"})) is None


def test_a_person_the_tagger_reads_as_a_plural_noun_seeds_he() -> None:
    text = (
        "After all, she argued, Obama got a lot of money from the financial industry, and he "
        "still signed the Dodd-Frank Act.\n\n"
        "Sanders wasn’t impressed.\n\n"
        "“No Wall Street executive has been prosecuted,” he noted."
    )
    q = _quote(extract(text), "No Wall Street executive")
    assert q.speaker_name is not None and q.speaker_name.endswith("Sanders")


def test_a_cue_set_off_by_commas_continues_the_speakers_words() -> None:
    text = (
        "Bernie Sanders won the New Hampshire primary on Tuesday. He said the results were a "
        "win for ordinary voters.\n\n"
        "In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook "
        "acknowledged the former secretary of State and Sanders had split the first two "
        'contests, which is an outcome, he said, "we\'ve long anticipated."'
    )
    q = _quote(extract(text), "long anticipated")
    assert q.speaker_name == "Robby Mook"


def test_a_possessive_source_is_read_as_its_person() -> None:
    text = (
        "During the 2012 election, Mitt Romney largely ran on his ability to jolt the economic "
        "recovery into hyperdrive and accused Obama of bungling the rehabilitation."
    )
    for q in extract(text).quotes:
        assert q.speaker_name not in {"his", "their"}


def test_authorities_are_anonymous() -> None:
    text = (
        "Authorities report that four people have died from typhoid. However, health "
        "authorities deny finding the bacteria in the water."
    )
    record = extract(text)
    assert _quote(record, "four people").anonymous
    assert _quote(record, "the bacteria").anonymous


def test_an_office_after_an_organisation_names_the_person_set_off_after_it() -> None:
    text = (
        'Wisconsin has seen the worst of the outbreak. "If you wash it, it is not going to get '
        'rid of it," said the Center for Food Safety and Nutrition director, Robert Brackett.'
    )
    q = _quote(extract(text), "wash it")
    assert q.speaker_name == "Robert Brackett"


def test_a_title_matches_an_abbreviated_title_and_a_place_before_the_name() -> None:
    text = (
        "Republican candidates made their final pitches on Monday, and New Jersey Gov. Chris "
        "Christie drew the biggest crowd in Manchester.\n\n"
        "Bush: Survive to S.C.\n\n"
        "Jeb Bush hopes his campaign could score a turnaround there. He finished a distant "
        "sixth in Iowa.\n\n"
        "Christie: A closing surge.\n\n"
        "The New Jersey governor said Rubio was a neophyte who memorized talking points."
    )
    q = _quote(extract(text), "neophyte")
    assert q.speaker_name == "Chris Christie"


def test_a_line_break_inside_a_parsed_sentence_starts_a_main_clause() -> None:
    text = (
        "Ted Cruz, Chris Christie Address Heroin Epidemic\n"
        "When asked about the opioid crisis, Ted Cruz said he knows its consequences firsthand.\n"
        "Cruz pivoted to arguing that the epidemic was one more reason to secure the border with "
        "Mexico, in order to prevent traffickers from crossing into the U.S.\n"
        "Chris Christie added that he would approve cross-border enforcement. He also said he "
        "was working with the New Hampshire government on legislation."
    )
    q = _quote(extract(text), "working with the New Hampshire")
    assert q.speaker_name == "Chris Christie"


def test_a_capitalised_role_noun_is_the_person_just_named() -> None:
    text = (
        '"Attacking churches is prohibited in Islamic Sharia," Sheikh Shawky Ibrahim '
        "Abdel-Karim Allam said.\n\n"
        "He called for unity against terrorism.\n\n"
        "The Grand Mufti also extended his condolences to the pope."
    )
    record = extract(text)
    mufti = [q for q in record.quotes if q.source and record.text[q.source.start] == "T"]
    assert [q.speaker_name for q in mufti] == ["Shawky Ibrahim Abdel-Karim Allam"]


def test_a_role_noun_with_a_description_after_it_is_someone_new() -> None:
    text = (
        "President Abdel Fattah El Sisi condemned the attack and declared a period of mourning.\n\n"
        "The Grand Mufti, the highest official of religious law in Egypt, condemned the "
        '"deplorable terrorist attack" on the cathedral.'
    )
    q = _quote(extract(text), "deplorable")
    assert q.speaker_name != "Abdel Fattah El Sisi"


def test_they_after_unnamed_people_is_not_the_institution() -> None:
    text = (
        "Hundreds of demonstrators gathered outside the cathedral Sunday to voice their anger "
        "at police, according to Al-Ahram.\n\n"
        "They called for the resignation of the interior minister."
    )
    q = _quote(extract(text), "resignation")
    assert q.speaker_name != "Al-Ahram"


def test_a_role_noun_is_the_one_person_named_in_its_sentence_in_others_words() -> None:
    text = (
        "FBI Director James Comey coined this term when he attributed rising murder rates to "
        "police officers.\n\n"
        "But, in 2015, it wasn't any more dangerous to be a police officer than in the past.\n\n"
        "When the moderator pointed out that Trump hadn't answered the question, the candidate "
        "said families of people killed by police file lawsuits.\n\n"
        '"They sue," he said.'
    )
    record = extract(text)
    assert _quote(record, "file lawsuits").speaker_name == "Donald Trump"
    assert _quote(record, "They sue").speaker_name == "Donald Trump"


def test_a_role_noun_reaches_two_sentences_back_over_the_same_person() -> None:
    text = (
        "George Lopez On Why Blacks, Latinos Can't Fail On TV.\n\n"
        "Comedian George Lopez stopped by HuffPost Live this year, and spoke briefly about the "
        "abrupt 2009 cancellation of his late night show. Lopez's show was cancelled after a "
        "two-year run. The star noted Latinos and Blacks have a more difficult time on the air."
    )
    q = _quote(extract(text), "more difficult time")
    assert q.speaker_name == "George Lopez"


def test_a_person_said_to_be_dead_is_not_a_later_speaker() -> None:
    text = (
        "In 1977, Donald asked Freddy to be the best man at his wedding, an honor Donald Trump "
        "said he hoped would be good for him. But the drinking continued, and four years later, "
        "Freddy was dead.\n\n"
        '"He would have been an amazing peacemaker if he didn\'t have the problem," he said.'
    )
    q = _quote(extract(text), "amazing peacemaker")
    assert q.speaker_name != "Freddy"
    assert q.speaker_name is None or "Trump" in q.speaker_name


def test_a_share_of_respondents_is_an_anonymous_group() -> None:
    text = (
        "About four out of 10 voters said life would be worse, while nine in 10 said they "
        "thought the economy favors the wealthy."
    )
    q = _quote(extract(text), "favors the wealthy")
    assert q.anonymous
