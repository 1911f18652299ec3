"""Fourteenth-session speaker QA round on real news: a surname the tagger reads as a plural
noun is one person, a capitalised title before a name is that person, plural titles are
unnamed groups, and a content that holds its own source and cue starts after the cue."""

from __future__ import annotations

from dateline import extract
from dateline.records import Quote, Record


def _quote(record: Record, words: str) -> Quote:
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def _content(record: Record, q: Quote) -> str:
    return record.text[q.content.start : q.content.end]


def test_he_after_a_surname_tagged_as_a_plural_noun() -> None:
    text = (
        "Tom Sanders and Ellen Ward met voters in Ohio on Monday.\n\n"
        "Sanders says he would release all his speeches.\n\n"
        "On his health records, he says he would publish them on Friday."
    )
    r = extract(text)
    assert _quote(r, "publish them on Friday").speaker_name == "Tom Sanders"


def test_a_title_before_a_name_is_the_person() -> None:
    text = (
        "There, the district GOP Chairman Chuck Williams declined to name the delegates "
        "but said one was an avowed supporter of the governor."
    )
    q = _quote(extract(text), "avowed supporter")
    assert q.speaker_name == "Chuck Williams"
    assert q.speaker is not None


def test_unnamed_party_leaders_are_an_anonymous_group() -> None:
    r = extract(
        "Local party leaders say the mayor has shown more strength than in the rest of the state."
    )
    q = _quote(r, "more strength")
    assert q.anonymous and q.speaker_name == "Local party leaders"


def test_leaders_named_by_example_are_not_anonymous() -> None:
    text = (
        "Presidential candidates like Donald Trump and Bernie Sanders have vowed to bring back "
        "millions of jobs lost to China."
    )
    q = _quote(extract(text), "bring back")
    assert not q.anonymous


def test_someones_attorneys_are_not_an_anonymous_group() -> None:
    text = "Mr. Lee, whose attorneys said the files contained trade secrets, declined to comment."
    q = _quote(extract(text), "trade secrets")
    assert not q.anonymous


def test_a_relative_clause_content_starts_after_its_cue() -> None:
    text = (
        "The families renewed calls that some of them said were previously unanswered and "
        "dismissed."
    )
    r = extract(text)
    (q,) = [
        q for q in r.quotes if q.source and r.text[q.source.start : q.source.end] == "some of them"
    ]
    assert _content(r, q) == "were previously unanswered and dismissed"


def test_which_he_said() -> None:
    text = (
        "The district saw 30 applicants for delegate slots, which Chuck Williams said were "
        "about evenly split between the two candidates."
    )
    r = extract(text)
    q = _quote(r, "evenly split")
    assert _content(r, q).startswith("were about evenly split")
    assert q.speaker_name == "Chuck Williams"


def test_a_shared_surname_is_the_person_introduced_before_it() -> None:
    text = (
        "Mary Lund campaigned in Ohio on Monday.\n\n"
        "Lund said the plant would stay open.\n\n"
        "Her husband, Peter Lund, spoke at a dinner later that night."
    )
    q = _quote(extract(text), "plant would stay open")
    assert q.speaker_name == "Mary Lund"


def test_a_shared_surname_after_both_were_introduced_stays_as_written() -> None:
    text = (
        "Mary Lund and her husband, Peter Lund, campaigned in Ohio on Monday.\n\n"
        "Lund said the plant would stay open."
    )
    q = _quote(extract(text), "plant would stay open")
    assert q.speaker_name not in ("Mary Lund", "Peter Lund")


def test_a_name_in_apposition_after_a_long_source_phrase() -> None:
    text = (
        "The head of fire department in Shiraz, Mohammad Farokhzadeh, told state television "
        "that a gas leak could be the cause. He said an investigation was underway."
    )
    r = extract(text)
    assert _quote(r, "gas leak").speaker_name == "Mohammad Farokhzadeh"
    assert _quote(r, "investigation was underway").speaker_name == "Mohammad Farokhzadeh"


def test_a_capitalised_title_with_the_name_after_a_comma() -> None:
    text = (
        "The Zimbabwean Health and Child Welfare Secretary, Gerald Gwinji, said on Tuesday that "
        "most of the deaths occurred among religious sects."
    )
    assert _quote(extract(text), "religious sects").speaker_name == "Gerald Gwinji"


def test_history_and_videos_speak_for_no_one() -> None:
    for text, words in [
        ("History says that no party keeps the White House for a third term.", "third term"),
        (
            "Videos of the explosion published by state media show billowing flames and "
            "thick smoke.",
            "smoke",
        ),
        ("Fears mount that the disease will spread to the capital.", "spread"),
    ]:
        r = extract(text)
        q = _quote(r, words)
        assert q.speaker is None and q.speaker_name is None, text
        assert not any(s.kind == "orphan_quote" for s in r.signals), text


def test_a_poll_still_names_its_source() -> None:
    q = _quote(extract("A new poll shows the senator leading by ten points."), "ten points")
    assert q.speaker_name == "A new poll"
