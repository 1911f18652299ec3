import json

from click.testing import CliRunner

from dateline.cli import main

STORY = (
    "Talks on fishing rights end without a deal\n\n"
    "Norwegian and Icelandic negotiators met in Oslo on Tuesday, January 10, 2023, but failed "
    "to agree on mackerel quotas, the Norwegian fisheries ministry said.\n\n"
    "Share this article\n"
)


def _run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_file_prints_one_json_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = _run(["extract", str(path)])
    assert result.exit_code == 0
    (record,) = _records(result.stdout)
    assert record["id"] == "story"
    assert record["schema"] == "dateline/1"
    assert record["published"] == "2023-01-10"
    assert "Share this article" not in record["text"]


def test_extract_stdin_published_and_no_clean():
    result = _run(["extract", "--published", "2023-02-01", "--no-clean", "-"], input=STORY)
    (record,) = _records(result.stdout)
    assert record["id"] == "stdin"
    assert (record["published"], record["published_source"]) == ("2023-02-01", "given")
    assert record["text"] == STORY


def test_extract_jsonl_reports_bad_lines_and_exits_1(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "text": STORY})
        + "\n{broken\n"
        + json.dumps({"id": "e", "text": ""}),
        encoding="utf-8",
    )
    result = _run(["extract", "--input-format", "jsonl", str(path)])
    assert result.exit_code == 1
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["ok", "in.jsonl:2", "e"]
    assert [r.get("error", {}).get("code") for r in records] == [
        None,
        "malformed_json",
        "empty_text",
    ]
    assert "malformed_json" in result.stderr


def test_ingest_quotes_query_and_export(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": STORY}) + "\n", encoding="utf-8")
    db = str(tmp_path / "news.duckdb")
    result = _run(["ingest", str(src), "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "1 stored" in result.stderr
    again = _run(["ingest", str(src), "--db", db])
    assert "1 unchanged" in again.stderr
    rows = _run(["query", "--db", db, "SELECT id, published FROM articles WHERE id = ?", "n1"])
    assert json.loads(rows.stdout) == {"id": "n1", "published": "2023-01-10"}
    out = tmp_path / "entities.parquet"
    exported = _run(
        ["export", "--db", db, "--table", "entities", "--format", "parquet", "--out", str(out)]
    )
    assert exported.exit_code == 0 and out.exists()


def test_demo_fills_a_store_and_prints_a_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _run(["demo"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "dateline.duckdb").exists()
    assert "Articles" in result.stdout
    again = _run(["demo"])
    assert again.exit_code == 0


ZAPAD = [
    {
        "id": "nato",
        "published": "2017-09-04",
        "text": "Zapad drills worry allies\n\nAs many as 100,000 Russian troops will take part in "
        "the Zapad exercise in September, NATO officials said on Monday.",
    },
    {
        "id": "moscow",
        "published": "2017-09-05",
        "text": "Moscow plays down Zapad\n\nOnly 12,700 troops will take part in the Zapad "
        "exercise in September, the Russian defence ministry said on Tuesday.",
    },
]


def test_contradictions_across_stored_articles_name_both_sources(tmp_path):
    src = tmp_path / "zapad.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in ZAPAD) + "\n", encoding="utf-8")
    db = str(tmp_path / "z.duckdb")
    assert _run(["ingest", str(src), "--db", db]).exit_code == 0
    result = _run(["contradictions", "--db", db])
    (found,) = _records(result.stdout)
    claims = {c["record"]: c for c in found["claims"]}
    assert claims["nato"]["value"] == 100000 and claims["moscow"]["value"] == 12700
    assert "NATO" in claims["nato"]["claimed_by"]


def test_export_plover_writes_one_event_per_line(tmp_path):
    src = tmp_path / "in.jsonl"
    story = (
        "Russia moves missiles west\n\nRussia deployed nuclear-capable Iskander missiles to "
        "Kaliningrad on Monday, the defence ministry in Moscow said."
    )
    src.write_text(json.dumps({"id": "k", "text": story, "published": "2018-02-05"}) + "\n")
    db = str(tmp_path / "k.duckdb")
    _run(["ingest", str(src), "--db", db])
    out = tmp_path / "events.jsonl"
    assert _run(["export", "--db", db, "--format", "plover", "--out", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows
    keys = {"actor", "recipient", "event", "mode", "event_loc", "event_text", "date"}
    assert all(keys <= set(row) for row in rows)
    (deployment,) = [r for r in rows if "Kaliningrad on Monday" in r["event_text"]]
    assert deployment["event"] == "MOBILIZE"
    assert deployment["actor"]["country"] == "RUS"
    assert deployment["event_loc"]["name"] == "Kaliningrad"
    assert deployment["date"] == "2018-02-05"


def test_a_bad_published_warns_and_the_article_is_kept(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "bad-date", "text": STORY, "published": "yesterday-ish"},
        {"id": "bad-title", "text": STORY, "title": {"en": "x"}, "published": "2023-02-01"},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = _run(["extract", str(src)])
    assert result.exit_code == 0
    bad_date, bad_title = _records(result.stdout)
    # No usable date given: inferred from the text, as if none had been given.
    assert (bad_date["published"], bad_date["published_source"]) == ("2023-01-10", "inferred")
    assert (bad_title["title"], bad_title["published"]) == (None, "2023-02-01")
    assert "bad-date: warning: invalid_field: published 'yesterday-ish'" in result.stderr
    assert "bad-title: warning: invalid_field: title is an object" in result.stderr
    db = str(tmp_path / "s.duckdb")
    ingested = _run(["ingest", str(src), "--db", db])
    assert ingested.exit_code == 0
    assert "2 stored" in ingested.stderr and "2 with warnings" in ingested.stderr
    assert "bad-date: warning" in ingested.stderr
    stats = _run(["stats", "--db", db])
    assert "Warnings (kept)" in stats.stdout and "2 warnings" in stats.stdout


def test_time_limit_option_rejects_a_stalled_article_and_goes_on(tmp_path, monkeypatch):
    from dateline.pipeline import STAGES

    real = STAGES["places"]

    def spin(analysis) -> None:
        while "Oslo" in analysis.text:
            pass
        real(analysis)

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(STORY.replace("Oslo", "Bergen"), encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(STORY, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert _run(["ingest", str(tmp_path / "docs" / "a.txt"), "--db", db]).exit_code == 0
    monkeypatch.setitem(STAGES, "places", spin)
    result = _run(["ingest", str(tmp_path / "docs"), "--db", db, "--time-limit", "0.3"])
    assert result.exit_code == 1
    assert "b.txt: timed_out:" in result.stderr and "over 0.3 s" in result.stderr
    assert "1 stored" in result.stderr and "1 failed (1 timed out)" in result.stderr
    extracted = _run(["extract", "--time-limit", "0.3", str(tmp_path / "docs")])
    assert [r["id"] for r in _records(extracted.stdout)] == ["a.txt", "b.txt"]
    assert _records(extracted.stdout)[1]["error"]["code"] == "timed_out"
    assert _run(["ingest", "--time-limit", "-1", "x"]).exit_code == 2


def test_adding_a_file_to_a_folder_resumes_instead_of_redoing(tmp_path):
    folder = tmp_path / "news"
    (folder / "2023").mkdir(parents=True)
    (folder / "x.txt").write_text(STORY, encoding="utf-8")
    (folder / "2023" / "y.txt").write_text(STORY.replace("Oslo", "Bergen"), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    first = _run(["ingest", str(folder), "--db", db])
    assert "2 stored" in first.stderr
    # A sibling with the same stem once renamed x.txt's record: now x.txt is left alone.
    (folder / "x").write_text(STORY.replace("Oslo", "Tromso"), encoding="utf-8")
    second = _run(["ingest", str(folder), "--db", db])
    assert "1 stored, 2 unchanged" in second.stderr
    rows = _run(["query", "--db", db, "SELECT id FROM articles ORDER BY id"]).stdout
    assert [json.loads(line)["id"] for line in rows.splitlines()] == [
        "2023/y.txt",
        "x",
        "x.txt",
    ]


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "dateline", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("dateline, version ")
