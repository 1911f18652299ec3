import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.clean import classify_line, clean_text, unwrap_lines

ARTICLE = """Ministers meet in Riga over grain exports

Latvian and Polish ministers met in Riga on Monday to discuss grain transit.

"We want the trains moving again," the Polish minister said.

Share with Us - We'd love to hear your story ideas and constructive criticism.

Be proactive - Use the "Flag as Inappropriate" link on each comment to report abusive posts.

  • Marta Kowalska
  •
"""


def test_comment_section_and_commenters_are_removed_and_reported():
    cleaned = clean_text(ARTICLE)
    assert cleaned.text.endswith("the Polish minister said.")
    reasons = [r.reason for r in cleaned.removed]
    assert reasons == ["comment_section", "comment_section", "commenter_name", "bullet_only"]
    for removal in cleaned.removed:
        assert ARTICLE[removal.start : removal.end] == removal.text


def test_news_sentences_mentioning_comments_or_cookies_are_kept():
    text = (
        "The ministry declined to comment on the report.\n\n"
        "Share prices fell 3% after the announcement.\n\n"
        "The bakery sold cookies to the protesters, the owner said."
    )
    assert clean_text(text).text == text
    assert clean_text(text).removed == []


def test_cookie_and_subscription_furniture_is_removed():
    text = "We use cookies to improve your experience.\n\nTroops left the town.\n\nAdvertisement\n"
    cleaned = clean_text(text)
    assert cleaned.text == "Troops left the town."
    assert {r.reason for r in cleaned.removed} == {"cookie_notice", "page_furniture"}


def test_long_prose_line_is_never_boilerplate():
    line = "Share with us " + "the long story of the negotiations " * 20
    assert classify_line(line) is None


@given(
    st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40), max_size=12)
)
def test_cleaning_only_removes_whole_lines(lines):
    text = "\n".join(lines)
    cleaned = clean_text(text)
    kept = [line for line in cleaned.text.split("\n") if line.strip()]
    originals = [line.strip() for line in text.split("\n")]
    runs = {" ".join(originals[i:j]) for i in range(len(originals)) for j in range(i + 1, i + 13)}
    for line in kept:
        assert line.strip() in runs  # an original line, or wrapped ones joined back
    for removal in cleaned.removed:
        assert text[removal.start : removal.end] == removal.text


WRAPPED = """Port strike ends after two weeks
    Dock workers in the northern port voted on Friday to end a strike that had
    stranded hundreds of containers, union leaders said, after the operator agreed
    to raise wages by six per cent over two years.
    "We got most of what we asked for," the union's regional secretary told
    reporters outside the hall. "The members can be proud of this."
    Shipping lines said it would take at least a week to clear the backlog at the
    terminal, which handles a third of the country's grain exports."""


def test_hard_wrapped_lines_are_joined_into_sentences():
    text = clean_text(WRAPPED).text
    assert "a strike that had stranded hundreds of containers" in text
    assert 'secretary told reporters outside the hall. "The members' in text
    # A sentence-final line keeps its newline, and so does the headline.
    assert text.startswith("Port strike ends after two weeks\n")
    assert text.count("\n") == 3


def test_one_paragraph_per_line_is_not_touched():
    web = "\n".join(line.strip() for line in WRAPPED.splitlines()) + "\n"
    paragraphs = " ".join(web.split("\n")[1:4]) + "\n" + " ".join(web.split("\n")[4:6])
    text = "Port strike ends after two weeks\n" + paragraphs
    assert unwrap_lines(text) == text


@given(st.lists(st.text(alphabet='ab .,"', max_size=90), max_size=12))
def test_unwrapping_only_changes_whitespace(lines):
    text = "\n".join(lines)
    assert unwrap_lines(text).split() == text.split()


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Image copyright Getty Images", "page_furniture"),
        ("BEFORE YOU GO.", "page_furniture"),
        ("Copyright 2017 The Associated Press. All rights reserved.", "page_furniture"),
        ("For more, sign up for the What's Working newsletter.", "subscription_prompt"),
        ('<tweet id="8812" user="cityhall">', "markup"),
        ("</tweet>", "markup"),
        ("Copyright lawyers said the case was weak.", None),
        ("Before you go to the polls, read the candidates' plans.", None),
        ("The council used <b>bold</b> print for the notice.", None),
    ],
)
def test_page_furniture_lines(line, reason):
    assert classify_line(line) == reason


PASTED_PAGE = """Home | World | Business | Sport
Floods force thousands from homes in Assam
Updated 3 hours ago

Floods in Assam forced more than 40,000 people from their homes on Monday, officials said.

Read more: Monsoon rains kill 12 in Nepal
Facebook Twitter WhatsApp

12 Comments
Ravi K. 2 hours ago
Government must act now!!
Reply
"""


def test_menus_story_links_timestamps_and_comment_threads_are_removed():
    cleaned = clean_text(PASTED_PAGE)
    assert cleaned.text == (
        "Floods force thousands from homes in Assam\n\n"
        "Floods in Assam forced more than 40,000 people from their homes on Monday, officials said."
    )
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Home | World | Business | Sport"] == "page_furniture"
    assert reasons["Facebook Twitter WhatsApp"] == "share_prompt"
    assert reasons["Government must act now!!"] == "comment_section"


@pytest.mark.parametrize(
    "line",
    [
        "By Ann Lee | Reuters | World",
        "Published May 5, 2023 | 10:02 GMT | Reuters",
        "The attack happened 2 hours ago, police said.",
        "Related talks are due next week: both sides confirmed.",
        "Twitter said it would appeal.",
    ],
)
def test_bylines_datelines_and_prose_are_kept(line):
    assert classify_line(line) is None
