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


def test_malformed_optional_fields_warn_and_keep_the_article():
    rows = [
        {"id": "a", "text": ENGLISH, "published": "yesterday-ish"},
        {"id": "b", "text": ENGLISH, "published": "2017-13-45"},
        {"id": "c", "text": ENGLISH, "published": 20170510},
        {"id": "d", "text": ENGLISH, "title": ["a", "list"], "url": 5.5, "source": True},
        {"id": ["not", "an", "id"], "text": ENGLISH},
        {"id": "f", "text": ENGLISH, "published": "2017-05-10", "title": "Fine"},
        {"id": "g", "text": 7, "title": ["bad"]},
        {"id": "h", "published": "2017-05-10"},
    ]
    lines = [json.dumps(r).encode() for r in rows]
    articles = {a.id: a for a in read_jsonl(lines, "feed.jsonl", 100_000)}
    assert list(articles) == ["a", "b", "c", "d", "feed.jsonl:5", "f", "g", "h"]
    for key in ("a", "b", "c"):
        article = articles[key]
        assert article.error is None and article.text == ENGLISH and article.published is None
        (warning,) = article.warnings
        assert warning.code == "invalid_field" and "not a valid full date" in warning.reason
    assert "'2017-13-45'" in articles["b"].warnings[0].reason
    d = articles["d"]
    assert (d.error, d.title, d.url, d.source) == (None, None, None, None)
    assert [w.reason.split(" ", 1)[0] for w in d.warnings] == ["title", "url", "source"]
    assert "a list" in d.warnings[0].reason and "a boolean" in d.warnings[2].reason
    assert "feed.jsonl:5" in articles["feed.jsonl:5"].warnings[0].reason
    assert articles["f"].warnings == [] and articles["f"].published == "2017-05-10"
    # The text itself still decides: not a string, or missing, rejects the row.
    assert articles["g"].error.code == "invalid_field"
    assert articles["h"].error.code == "missing_text"


def test_a_blank_published_is_no_date_and_no_warning():
    line = json.dumps({"id": "a", "text": ENGLISH, "published": "  "}).encode()
    (article,) = read_jsonl([line], "f.jsonl", 100_000)
    assert article.published is None and article.warnings == []


def test_folder_ids_are_the_relative_path_and_do_not_move_when_files_are_added(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "story.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "brief.txt").write_text(ENGLISH, encoding="utf-8")
    before = [a.id for a in read_inputs([str(tmp_path)])]
    assert before == ["2024/story.txt", "brief.txt"]
    # A sibling with the same stem used to rename "brief" to "brief.txt": now nothing moves.
    (tmp_path / "brief.html").write_text(f"<html><body><p>{ENGLISH}</p></body></html>")
    (tmp_path / "2024" / "story").write_text(ENGLISH, encoding="utf-8")
    after = [a.id for a in read_inputs([str(tmp_path)])]
    assert set(before) <= set(after) and len(set(after)) == len(after) == 4
    assert "2024/story" in after


def test_folder_files_know_the_id_older_builds_gave_them(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b").write_text(ENGLISH, encoding="utf-8")  # now holds the old id of b.txt
    articles = {a.id: a for a in read_inputs([str(tmp_path)])}
    assert articles["a.txt"].replaces == "a"
    assert articles["b.txt"].replaces is None and articles["b"].replaces is None
    (single,) = read_inputs([str(tmp_path / "a.txt")])
    assert (single.id, single.replaces) == ("a", None)


def test_a_page_whose_text_extraction_stalls_times_out_alone(tmp_path, monkeypatch):
    from dateline.ingest import _readers

    real = _readers.html_to_article

    def spin(html, id, **fields):
        while "STALL" in html:
            pass
        return real(html, id, **fields)

    def broken(html, id, **fields):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(_readers, "html_to_article", spin)
    page = "<html><body><article><p>{}</p></article></body></html>"
    (tmp_path / "a.html").write_text(page.format("STALL " + ENGLISH), encoding="utf-8")
    (tmp_path / "b.html").write_text(page.format(ENGLISH), encoding="utf-8")
    a, b = read_inputs([str(tmp_path)], time_limit=0.3)
    assert a.error.code == "timed_out" and "HTML" in a.error.reason
    assert b.error is None and ENGLISH in b.text
    monkeypatch.setattr(_readers, "html_to_article", broken)
    (c,) = read_inputs([str(tmp_path / "b.html")])
    assert c.error.code == "html_no_text" and "parser bug" in c.error.reason


@pytest.mark.parametrize("seconds", [-1.0, float("inf")])
def test_an_html_page_with_a_negative_or_endless_limit_has_no_limit(tmp_path, seconds):
    page = tmp_path / "a.html"
    page.write_text(f"<html><body><article><p>{ENGLISH}</p></article></body></html>")
    (article,) = read_inputs([str(page)], time_limit=seconds)
    assert article.error is None and ENGLISH in article.text


def test_two_feeds_of_one_name_keep_their_id_less_lines_apart(tmp_path):
    (tmp_path / "today").mkdir()
    (tmp_path / "archive").mkdir()
    for folder in ("today", "archive"):
        line = json.dumps({"text": f"{ENGLISH} ({folder})"}) + "\n"
        (tmp_path / folder / "feed.jsonl").write_text(line, encoding="utf-8")
    given, in_folder = str(tmp_path / "today" / "feed.jsonl"), str(tmp_path / "archive")
    for order in ([given, in_folder], [in_folder, given]):
        ids = [a.id for a in read_inputs(order)]
        assert len(set(ids)) == 2, ids  # one id would keep only one of the two articles
