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
