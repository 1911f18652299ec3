from hypothesis import given
from hypothesis import strategies as st

from dateline.clean import classify_line, clean_text

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
    for line in kept:
        assert line.strip() in originals
    for removal in cleaned.removed:
        assert text[removal.start : removal.end] == removal.text
