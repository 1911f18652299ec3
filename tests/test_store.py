import csv
import json

import duckdb
import pyarrow.parquet as pq
import pytest

from dateline.config import Settings
from dateline.engine import ingest
from dateline.ingest import Article
from dateline.store import Store

STORY = (
    "Ministers agree grain deal in Ankara\n\n"
    "Turkish Foreign Minister Mevlut Cavusoglu said on Friday, July 22, 2022, that the deal "
    'would let ships leave Odesa within days. "This is a turning point," Cavusoglu said.'
)


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=STORY.replace("Friday", "Friday" + " " * i)) for i in range(n)]


def test_reingest_does_not_duplicate(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = ingest(_articles(3), store)
        second = ingest(_articles(3), store)
        assert (first.stored, second.stored, second.skipped) == (3, 0, 3)
        forced = ingest(_articles(3), store, force=True)
        assert forced.stored == 3
        counts = store.counts()
    assert counts["articles"] == 3
    with Store(db) as store:
        assert store.counts() == counts


def test_interrupted_ingest_resumes_without_loss_or_duplicates(tmp_path):
    db = tmp_path / "s.duckdb"

    def crashing(articles, after):
        for i, article in enumerate(articles):
            if i == after:
                raise KeyboardInterrupt
            yield article

    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest(crashing(_articles(7), after=5), store, batch_size=2)
    with Store(db) as store:
        assert store.counts()["articles"] == 4  # two whole batches committed
        stats = ingest(_articles(7), store, batch_size=2)
        assert (stats.skipped, stats.stored) == (4, 3)
        ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]
    assert ids == [f"a{i}" for i in range(7)]


def test_errors_are_stored_and_replaced_by_a_later_success(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest([Article(id="x", text="")], store)
        assert store.query("SELECT code FROM errors") == [{"code": "empty_text"}]
        ingest([Article(id="x", text=STORY)], store)
        assert store.counts()["errors"] == 0
        assert store.counts()["articles"] == 1


def test_hostile_ids_and_text_are_bound_not_spliced(tmp_path):
    nasty = "x'); DROP TABLE articles; --"
    with Store(tmp_path / "s.duckdb") as store:
        ingest([Article(id=nasty, text=STORY + " " + nasty)], store)
        (record,) = store.records([nasty])
        assert record.id == nasty
        assert store.query("SELECT count(*) AS n FROM articles WHERE id = ?", [nasty]) == [{"n": 1}]


def test_records_round_trip(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(_articles(1), store)
        (record,) = store.records()
    from dateline import extract

    assert record == extract(_articles(1)[0].text, id="a0")


def test_exports(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(_articles(2), store)
        n = store.export("articles", "parquet", tmp_path / "a.parquet")
        assert n == 2 and pq.read_table(tmp_path / "a.parquet").num_rows == 2
        store.export("entities", "csv", tmp_path / "e.csv")
        rows = list(csv.DictReader((tmp_path / "e.csv").open()))
        assert rows
        assert {"article_id", "name", "country"} <= set(rows[0])
        store.export("articles", "jsonl", tmp_path / "a.jsonl")
        lines = (tmp_path / "a.jsonl").read_text().splitlines()
        assert [json.loads(line)["id"] for line in lines] == ["a0", "a1"]
        with pytest.raises(ValueError):
            store.export("articles; DROP TABLE x", "csv", tmp_path / "x.csv")


def test_migrations_are_recorded_once(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    with Store(db) as store:
        assert store.version() == 5
    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 5


def test_settings_change_the_input_hash(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(_articles(1), store)
        stats = ingest(_articles(1), store, Settings(clean=False))
    assert stats.stored == 1


def test_quotes_are_queryable_by_speaker(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest(_articles(1), store)
        rows = store.quotes_by_speaker("cavusoglu")
        assert store.quotes_by_speaker("Nobody Known") == []
    assert any("turning point" in row["content"] for row in rows)
    assert all("Cavusoglu" in row["speaker_name"] for row in rows)


def test_quotes_by_speaker_can_keep_only_spoken_words(tmp_path):
    text = (
        "Mayor Lena Ruiz said the bridge would reopen on Friday. Ruiz fears that the repairs "
        "will cost more than planned."
    )
    with Store(tmp_path / "s.duckdb") as store:
        ingest([Article(id="r1", text=text)], store)
        every = store.quotes_by_speaker("Ruiz")
        spoken = store.quotes_by_speaker("Ruiz", spoken_only=True)
    assert {row["spoken"] for row in every} == {True, False}
    assert [row["content"] for row in spoken] == ["the bridge would reopen on Friday"]


def test_place_inside_an_organisation_keeps_its_organisation(tmp_path):
    db = tmp_path / "within.duckdb"
    text = "Kentucky State Police closed a road in Ohio on Monday."
    with Store(db) as store:
        ingest([Article(id="k1", text=text)], store)
        rows = store.con.execute("SELECT text, within FROM places ORDER BY start_offset").fetchall()
    assert rows[0] == ("Kentucky", "Kentucky State Police")
    assert ("Ohio", None) in rows


def test_a_new_build_redoes_stored_articles(tmp_path, monkeypatch):
    import dateline.engine as engine

    with Store(tmp_path / "s.duckdb") as store:
        ingest(_articles(1), store)
        assert ingest(_articles(1), store).skipped == 1
        monkeypatch.setattr(engine, "build_fingerprint", lambda: "another build")
        stats = ingest(_articles(1), store)
    assert stats.stored == 1 and stats.skipped == 0


def test_a_timed_out_article_is_stored_as_an_error_and_skipped_on_resume(tmp_path, monkeypatch):
    from dateline.pipeline import STAGES

    real = STAGES["events"]

    def spin_on_marker(analysis) -> None:
        while "Odesa" in analysis.text:
            pass
        real(analysis)

    monkeypatch.setitem(STAGES, "events", spin_on_marker)
    slow = Article(id="slow", text=STORY)
    fast = Article(id="fast", text=STORY.replace("Odesa", "Izmail"))
    with Store(tmp_path / "s.duckdb") as store:
        ingest([fast], store)  # models load here, outside the timed run
        stats = ingest([slow, fast], store, time_limit=0.3)
        assert (stats.failed, stats.skipped) == (1, 1)
        assert [r["code"] for r in store.query("SELECT code FROM errors")] == ["timed_out"]
        # Nothing of the interrupted article is left half-written.
        assert store.query("SELECT id FROM articles") == [{"id": "fast"}]
        for table in ("entities", "quotes", "events"):
            sql = f"SELECT DISTINCT article_id FROM {table}"
            assert {r["article_id"] for r in store.query(sql)} <= {"fast"}
        again = ingest([slow, fast], store, time_limit=0.3)
        assert (again.skipped, again.skipped_rejected, again.failed) == (2, 1, 0)
        # A shorter limit cannot do better: skipped too. A longer one retries it, alone.
        assert ingest([slow, fast], store, time_limit=0.2).skipped == 2
        longer = ingest([slow, fast], store, time_limit=0.4)
        assert (longer.skipped, longer.failed) == (1, 1)
        monkeypatch.setitem(STAGES, "events", real)
        no_limit = ingest([slow, fast], store, time_limit=0)
        assert (no_limit.stored, no_limit.skipped) == (1, 1) and store.counts()["errors"] == 0


def test_warnings_are_stored_with_the_article_and_replaced_with_it(tmp_path):
    from dateline.errors import ArticleWarning

    warned = Article(id="w", text=STORY, warnings=[ArticleWarning("invalid_field", "why")])
    seen = []
    with Store(tmp_path / "s.duckdb") as store:
        stats = ingest([warned], store, on_warning=lambda i, w: seen.append((i, w.reason)))
        assert (stats.stored, stats.warned, seen) == (1, 1, [("w", "why")])
        rows = store.query("SELECT article_id, code, reason FROM warnings")
        assert rows == [{"article_id": "w", "code": "invalid_field", "reason": "why"}]
        assert ingest([warned], store).skipped == 1  # unchanged input: still skipped
        ingest([Article(id="w", text=STORY)], store)  # fixed input: its warnings go
        assert store.counts()["warnings"] == 0


def test_a_record_under_an_older_build_s_id_is_replaced_not_duplicated(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest([Article(id="2024/story", text=STORY), Article(id="other", text=STORY)], store)
        renamed = Article(id="2024/story.txt", text=STORY, replaces="2024/story")
        stats = ingest([renamed], store)
        assert stats.renamed == 1
        ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]
        assert ids == ["2024/story.txt", "other"]
        # A different text under the old id is another article: it is kept.
        ingest([Article(id="old", text=STORY + " More.")], store)
        stats = ingest([Article(id="new.txt", text=STORY, replaces="old")], store)
        assert stats.renamed == 0 and store.counts()["articles"] == 4


def test_an_old_store_opened_read_only_still_counts(tmp_path):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.con.execute("DROP TABLE warnings")
    with Store(db, read_only=True) as store:
        assert store.counts()["warnings"] == 0 and not store.has_table("warnings")
