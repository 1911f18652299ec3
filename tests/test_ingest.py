import json

import pytest

from dateline.errors import ArticleRejected
from dateline.ingest import check_language, decode, guess_format, read_inputs, read_jsonl

ENGLISH = (
    "The defence ministers of the two countries met on Monday and agreed that the border "
    "patrols would continue for another year, while the talks on the new treaty would resume "
    "in the spring if both parliaments approved it."
)


def _code(fn, *args):
    with pytest.raises(ArticleRejected) as exc:
        fn(*args)
    return exc.value.code


def test_decode_rejects_binary_invalid_utf8_and_oversize():
    assert _code(decode, b"\x00\x01\x02PK\x03\x04" * 10, 10_000) == "binary_content"
    assert _code(decode, b"caf\x81 \x8d" * 5, 10_000) == "invalid_utf8"
    assert _code(decode, b"a" * 101, 100) == "too_large"


def test_decode_normalises_newlines_and_bom():
    assert decode("\ufeffa\r\nb\rc".encode(), 100) == "a\nb\nc"


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres de la défense des deux pays se sont réunis lundi et ont convenu que les "
        "patrouilles frontalières continueraient pendant une année de plus, tandis que les "
        "négociations sur le nouveau traité reprendraient au printemps.",
        "Министры обороны двух стран встретились в понедельник и договорились о продолжении "
        "пограничного патрулирования ещё на один год.",
        "两国国防部长周一会面，同意边境巡逻再持续一年。",
    ],
)
def test_non_english_is_rejected(text):
    assert _code(check_language, text) == "not_english"


def test_english_and_short_text_pass_the_language_check():
    check_language(ENGLISH)
    check_language("Kyiv, Ukraine")


def test_guess_format():
    assert guess_format("a.html") == "html"
    assert guess_format("a.jsonl") == "jsonl"
    assert guess_format("a.txt", b"  <!DOCTYPE html><html>") == "html"
    assert guess_format("a.txt", b"Plain words") == "text"


def test_jsonl_bad_lines_become_rejected_articles_and_the_rest_goes_on():
    lines = [
        json.dumps({"id": "a", "text": ENGLISH, "published": "2020-01-01"}).encode(),
        b"{not json",
        b"[1, 2]",
        json.dumps({"id": "b"}).encode(),
        json.dumps({"id": "c", "text": 5.5}).encode(),
        b"",
        json.dumps({"text": ENGLISH}).encode(),
    ]
    articles = list(read_jsonl(lines, "in.jsonl", 10_000))
    assert [a.id for a in articles] == ["a", "in.jsonl:2", "in.jsonl:3", "b", "c", "in.jsonl:7"]
    codes = [a.error.code if a.error else None for a in articles]
    assert codes == [
        None,
        "malformed_json",
        "malformed_json",
        "missing_text",
        "invalid_field",
        None,
    ]
    assert articles[0].published == "2020-01-01"


def test_jsonl_html_field_is_extracted():
    html = (
        "<html><head><title>Port strike</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Port strike</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
        "<footer>Copyright 2020</footer></body></html>"
    )
    (article,) = read_jsonl([json.dumps({"id": "h", "html": html}).encode()], "x", 100_000)
    assert article.error is None
    assert "border patrols" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Port strike"


def test_read_inputs_reports_missing_and_huge_files(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # 50 MB of text, written sparsely
        f.truncate(50 * 1024 * 1024)
    articles = list(read_inputs([str(tmp_path / "missing.txt"), str(huge)], max_bytes=5_000_000))
    assert [a.error.code for a in articles] == ["unreadable", "too_large"]


def test_read_inputs_html_file_uses_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Talks</title><meta property="article:published_time" '
        f'content="2019-04-02T10:00:00Z"></head><body><article><p>{ENGLISH}</p>'
        f"<p>{ENGLISH}</p></article></body></html>",
        encoding="utf-8",
    )
    (article,) = read_inputs([str(page)])
    assert article.error is None
    assert article.metadata_published == "2019-04-02"
    assert article.id == "page"
