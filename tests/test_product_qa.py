"""The product path as an analyst meets it from the shell: folders of mixed inputs, bad
arguments, interrupted ingests, queries and exports. Each test pins a problem once found."""

import codecs
import csv
import io
import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import ingest
from dateline.errors import ArticleRejected
from dateline.ingest import Article, decode, guess_format, html_to_article, read_inputs, read_jsonl
from dateline.store import Store

STORY = (
    "Dock strike closes port\n\n"
    'Dock workers in Rotterdam went on strike on Thursday, the union said. "No pay, no work," '
    "said union leader José Müller."
)


def _run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def _empty_store(tmp_path) -> str:
    db = str(tmp_path / "s.duckdb")
    Store(db).close()
    return db


# -- ingest -----------------------------------------------------------------------------------


def test_a_folder_is_read_file_by_file_with_unique_ids(tmp_path):
    (tmp_path / "2023").mkdir()
    (tmp_path / "2024").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "2023" / "story.txt").write_text("first", encoding="utf-8")
    (tmp_path / "2024" / "story.txt").write_text("second", encoding="utf-8")
    (tmp_path / "2024" / "brief.txt").write_text("third", encoding="utf-8")
    (tmp_path / ".git" / "config").write_text("hidden", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", encoding="utf-8")
    articles = list(read_inputs([str(tmp_path)]))
    assert [(a.id, a.text) for a in articles] == [
        ("2023/story.txt", "first"),
        ("2024/brief.txt", "third"),
        ("2024/story.txt", "second"),
    ]


def test_files_with_the_same_name_keep_apart_and_a_file_keeps_its_short_id(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(folder, encoding="utf-8")
    (tmp_path / "y.txt").write_text("y", encoding="utf-8")
    paths = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), str(tmp_path / "y.txt")]
    ids = [a.id for a in read_inputs(paths)]
    assert len(set(ids)) == 3 and ids[2] == "y"
    assert [a.id for a in read_inputs([str(tmp_path / "y.txt")] * 2)] == ["y", "y"]


def test_windows_1252_text_is_read_not_lost():
    raw = "Le maire de Montréal a parlé à la presse \u2013 “café”.".encode("cp1252")
    assert decode(raw, 10_000) == "Le maire de Montréal a parlé à la presse \u2013 “café”."
    with pytest.raises(ArticleRejected) as exc:
        decode(b"bad \x81 byte", 10_000)
    assert exc.value.code == "invalid_utf8" and "0x81" in exc.value.reason


def test_utf16_with_a_byte_order_mark_is_text_not_binary():
    text = "Ministers met in Kyiv on Monday,\r\nofficials said."
    assert decode(text.encode("utf-16"), 10_000) == text.replace("\r\n", "\n")
    assert decode(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), 10_000).startswith("Minis")
    with pytest.raises(ArticleRejected) as exc:
        decode(codecs.BOM_UTF16_LE + b"\x00\x00" * 50, 10_000)
    assert exc.value.code == "binary_content"


def test_jsonl_text_of_the_wrong_type_says_so():
    lines = [
        json.dumps({"id": "n", "text": 12345}).encode(),
        json.dumps({"id": "l", "text": ["a", "list"]}).encode(),
        b'{"id": "cut", "text": "broken\n',
    ]
    n, l_, cut = read_jsonl(lines, "feed.jsonl", 10_000)
    assert (n.error.code, l_.error.code, cut.error.code) == (
        "invalid_field",
        "invalid_field",
        "malformed_json",
    )
    assert "text is a number" in n.error.reason and "text is a list" in l_.error.reason
    assert "Unterminated string starting at (line 3, column 23)" in cut.error.reason


def test_jsonl_on_stdin_or_without_suffix_is_recognised():
    assert guess_format("-", b'{"id": "a", "text": "x"}\n') == "jsonl"
    assert guess_format("feed", b'\xef\xbb\xbf{"id": 1}') == "jsonl"
    assert guess_format("-", b"Ministers met on Monday.") == "text"


def test_a_copyright_year_is_not_a_publication_date():
    body = "<p>Officials met in Geneva on Monday and agreed to continue the talks next week.</p>"
    page = (
        f"<html><head><title>Talks</title></head><body><article>{body * 3}</article>"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    )
    assert html_to_article(page, "p").metadata_published is None
    dated = page.replace("<head>", '<head><meta property="article:published_time" '
                         'content="2023-05-02T10:00:00Z">')  # fmt: skip
    assert html_to_article(dated, "p").metadata_published == "2023-05-02"


# -- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_bad_published_option_is_a_usage_error(tmp_path, command):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run([command, "--published", "yesterday", str(path)])
    assert result.exit_code == 2
    assert "not a full date" in result.stderr and result.stdout == ""


def test_read_commands_explain_a_missing_database(tmp_path):
    missing = str(tmp_path / "none.duckdb")
    for args in (
        ["query", "--db", missing, "SELECT 1"],
        ["quotes", "--db", missing, "--speaker", "x"],
        ["export", "--db", missing, "--out", str(tmp_path / "x.csv"), "--format", "csv"],
        ["contradictions", "--db", missing],
    ):
        result = _run(args)
        assert result.exit_code == 2, args
        assert "no database at" in result.stderr and "dateline ingest" in result.stderr
    assert not (tmp_path / "none.duckdb").exists()


def test_bad_sql_and_writes_are_messages_not_tracebacks(tmp_path):
    db = _empty_store(tmp_path)
    for sql, params in (
        ("SELECT * FROM nope", []),
        ("DELETE FROM articles", []),
        ("SELECT ?, ?", ["only one"]),
    ):
        result = _run(["query", "--db", db, sql, *params])
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert result.stderr.startswith("Error: ")
    with Store(db, read_only=True) as store:
        assert store.version() >= 1


def test_query_parameters_are_bound(tmp_path):
    db = _empty_store(tmp_path)
    hostile = "x'); DROP TABLE articles; --"
    result = _run(["query", "--db", db, "SELECT ? AS p, count(*) AS n FROM articles", hostile])
    assert json.loads(result.stdout) == {"p": hostile, "n": 0}


def _store_quote(db: str, speaker: str, quote_id: str = "Q1", spoken: bool | None = None) -> None:
    with Store(db) as store:
        columns = [r[0] for r in store.con.execute("DESCRIBE quotes").fetchall()]
        row = {c: None for c in columns} | {
            "article_id": "a",
            "quote_id": quote_id,
            "kind": "direct",
            "content": "We have had enough",
            "speaker_name": speaker,
            "anonymous": False,
            "spoken": spoken,
        }
        marks = ", ".join("?" * len(columns))
        store.con.execute(f"INSERT INTO quotes VALUES ({marks})", [row[c] for c in columns])


def test_speaker_search_is_literal_and_ignores_case_and_accents(tmp_path):
    db = _empty_store(tmp_path)
    _store_quote(db, "José Müller")
    found = lambda name: _records(_run(["quotes", "--db", db, "--speaker", name]).stdout)  # noqa: E731
    assert [q["speaker_name"] for q in found("muller")] == ["José Müller"]
    assert len(found("JOSÉ")) == 1
    assert found("%") == [] and found("_") == []


def test_speaker_search_can_keep_only_spoken_words(tmp_path):
    db = _empty_store(tmp_path)
    _store_quote(db, "Lena Ruiz", "Q1", spoken=True)
    _store_quote(db, "Lena Ruiz", "Q2", spoken=False)
    _store_quote(db, "Lena Ruiz", "Q3", spoken=None)

    def found(*extra: str) -> list[dict]:
        return _records(_run(["quotes", "--db", db, "--speaker", "ruiz", *extra]).stdout)

    assert sorted(q["quote_id"] for q in found()) == ["Q1", "Q2", "Q3"]
    assert [q["quote_id"] for q in found("--spoken-only")] == ["Q1"]


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_export_to_stdout_and_to_a_missing_folder(tmp_path):
    db = _empty_store(tmp_path)
    _store_quote(db, 'Ann "Nan" Lee, Jr.\nsecond line')
    result = _run(["export", "--db", db, "--table", "quotes", "--format", "csv", "--out", "-"])
    assert result.exit_code == 0
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["speaker_name"] == 'Ann "Nan" Lee, Jr.\nsecond line'
    missing = str(tmp_path / "no" / "such" / "q.csv")
    bad = _run(["export", "--db", db, "--format", "csv", "--out", missing])
    assert bad.exit_code == 2 and "does not exist" in bad.stderr
    for fmt in ("csv", "plover"):
        folder = _run(["export", "--db", db, "--format", fmt, "--out", str(tmp_path)])
        assert folder.exit_code == 2 and "it is a folder" in folder.stderr


def test_an_interrupted_ingest_says_what_was_kept_and_how_to_resume(tmp_path, monkeypatch):
    import dateline.engine as engine

    def interrupted(articles, store, settings, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "ingest", interrupted)
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run(["ingest", str(path), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 130
    assert "interrupted" in result.stderr and "same command to resume" in result.stderr


def test_a_write_stopped_midway_leaves_no_half_batch(tmp_path, monkeypatch):
    from dateline.records import ArticleError, ErrorRecord

    error = ArticleError(code="empty_text", reason="r")
    errors = [ErrorRecord(id=f"e{i}", error=error) for i in range(2)]
    with Store(tmp_path / "s.duckdb") as store:
        calls = []

        def insert(result, input_hash):
            calls.append(result.id)
            if len(calls) == 2:
                raise KeyboardInterrupt
            Store._insert_error(store, result, input_hash)

        monkeypatch.setattr(store, "_insert_error", insert)
        with pytest.raises(KeyboardInterrupt):
            store.write([(e, "h") for e in errors])
        assert store.counts()["errors"] == 0
        monkeypatch.undo()
        store.write([(e, "h") for e in errors])
        assert store.counts()["errors"] == 2


def test_duplicate_ids_in_one_input_are_counted(tmp_path):
    articles = [Article(id="d", text=""), Article(id="d", text=" "), Article(id="e", text="")]
    with Store(tmp_path / "s.duckdb") as store:
        stats = ingest(articles, store, batch_size=2)
    assert (stats.seen, stats.duplicates, stats.failed) == (3, 1, 2)


def test_an_unknown_model_is_one_message(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run(["extract", "--model", "no_such_pipeline_xyz", str(path)])
    assert result.exit_code == 2 and "not installed" in result.stderr
    assert "Traceback" not in result.output


def test_no_clean_offsets_index_the_input_as_written(tmp_path):
    path = tmp_path / "crlf.txt"
    text = STORY.replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (record,) = _records(_run(["extract", "--no-clean", str(path)]).stdout)
    assert record["text"] == text
    spans = [(q["content"]["start"], q["content"]["end"]) for q in record["quotes"]]
    assert any(text[start:end] == '"No pay, no work,"' for start, end in spans)
    (cleaned,) = _records(_run(["extract", str(path)]).stdout)
    assert "\r" not in cleaned["text"]
    assert decode(text.encode(), 10_000, exact=True) == text


def test_published_option_does_not_override_a_page_s_own_date(tmp_path):
    body = "<p>Officials met in Geneva on Monday and agreed to continue the talks next week.</p>"
    (tmp_path / "page.html").write_text(
        '<html><head><title>Talks</title><meta property="article:published_time" '
        f'content="2023-05-02T10:00:00Z"></head><body><article>{body * 3}</article></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "plain.txt").write_text(STORY, encoding="utf-8")
    result = _run(["extract", "--published", "2020-01-01", str(tmp_path)])
    published = {r["id"]: r["published"] for r in _records(result.stdout)}
    assert published == {"page.html": "2023-05-02", "plain.txt": "2020-01-01"}


def test_stats_summarises_a_store_even_an_empty_one(tmp_path):
    db = _empty_store(tmp_path)
    result = _run(["stats", "--db", db])
    assert result.exit_code == 0 and "0 articles, 0 rejected" in result.stdout


def test_query_returns_json_columns_as_objects(tmp_path):
    db = _empty_store(tmp_path)
    sql = """SELECT '{"a": [1, "é"]}'::JSON AS j, 'x' AS s"""
    result = _run(["query", "--db", db, sql])
    assert json.loads(result.stdout) == {"j": {"a": [1, "é"]}, "s": "x"}


def test_a_rerun_says_how_many_unchanged_inputs_are_still_rejected(tmp_path):
    articles = [Article(id="e", text=""), Article(id="b", text=" ")]
    with Store(tmp_path / "s.duckdb") as store:
        ingest(articles, store)
        again = ingest(articles, store)
    assert (again.skipped, again.skipped_rejected, again.failed) == (2, 2, 0)


# -- review of the session's product changes ---------------------------------------------------


def test_share_button_lines_are_classified_without_catastrophic_backtracking():
    import time

    from dateline.clean import classify_line

    started = time.perf_counter()
    assert classify_line("Facebook  " * 30 + "?") is None  # hung before: 2**30 ways to fail
    assert classify_line("x " * 40 + "z") is None
    assert time.perf_counter() - started < 1.0
    assert classify_line("Facebook | Twitter | E-mail |") == "share_prompt"
    assert classify_line("Facebook Twitter Copy link:") == "share_prompt"


def test_same_named_files_under_two_given_folders_keep_apart(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(folder, encoding="utf-8")
        (tmp_path / folder / "x.html").write_text(folder, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("y", encoding="utf-8")
    articles = list(read_inputs([str(tmp_path / "a"), str(tmp_path / "b")]))
    ids = [a.id for a in articles]
    assert len(set(ids)) == len(ids) == 5
    # The first folder's files keep their own ids; the second's clash, so take the path given.
    assert ids[:3] == ["x.html", "x.txt", "y.txt"]
    assert (tmp_path / "b" / "x.txt").as_posix() in ids


def test_exports_are_ordered_even_where_the_first_two_columns_tie(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as store:
        columns = [r[0] for r in store.con.execute("DESCRIBE mentions").fetchall()]
        marks = ", ".join("?" * len(columns))
        for start in (30, 10, 20):
            row = {c: None for c in columns} | {
                "article_id": "a",
                "entity_id": "E1",
                "start_offset": start,
                "end_offset": start + 4,
            }
            store.con.execute(f"INSERT INTO mentions VALUES ({marks})", [row[c] for c in columns])
    out = tmp_path / "m.csv"
    args = ["export", "--db", db, "--table", "mentions", "--format", "csv", "--out", str(out)]
    assert _run(args).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [int(r["start_offset"]) for r in rows] == [10, 20, 30]


def test_id_less_lines_of_two_feeds_of_one_name_keep_apart(tmp_path):
    line = json.dumps({"text": "Ministers met in Kyiv on Monday."}) + "\n"
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "feed.jsonl").write_text(line, encoding="utf-8")
    ids = [a.id for a in read_inputs([str(tmp_path)])]
    assert ids == ["2023/feed.jsonl:1", "2024/feed.jsonl:1"]
    assert [a.id for a in read_inputs([str(tmp_path / "2023" / "feed.jsonl")])] == ["feed.jsonl:1"]
