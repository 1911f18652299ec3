from dateline.integrity import boilerplate_signal, render_report, run
from dateline.integrity.report import build_integrity
from dateline.records import Record, Removal, Signal


def test_score_falls_with_signals_and_reasons_explain_it():
    text = "x" * 200
    clean = build_integrity(text, [])
    assert clean.score == 1.0 and clean.reasons == []
    sigs = [Signal(kind="orphan_quote", start=0, end=10, detail="q")] * 3 + [
        Signal(kind="spun_wording", start=20, end=30, detail="f")
    ]
    bad = build_integrity(text, sigs)
    assert bad.score < 0.8
    assert bad.counts == {"orphan_quote": 3, "spun_wording": 1}
    assert any("quotation" in r for r in bad.reasons)


def test_boilerplate_signal_summarises_removals():
    removed = [
        Removal(start=0, end=5, text="Share", reason="share_prompt"),
        Removal(start=9, end=20, text="Flag abuse", reason="comment_section"),
    ]
    sig = boilerplate_signal(removed, 42)
    assert sig is not None and sig.start == sig.end == 42
    assert "2 piece(s)" in sig.detail and "comment_section" in sig.detail
    assert boilerplate_signal([], 42) is None


def test_render_report_is_plain_text():
    rec = Record(
        id="a1",
        text="It said the plan was ready.",
        signals=[Signal(kind="dangling_reference", start=0, end=27, detail="'It said': no one")],
    )
    out = render_report(rec)
    assert out.startswith("Integrity of a1:")
    assert "dangling_reference" in out and "[0-27]" in out


def test_run_stores_figures_and_report(analysis):
    a = analysis("Officials said 3,000 soldiers would arrive.\n\nIt said the plan was ready.")
    run(a)
    assert a.scratch["integrity"].counts.get("dangling_reference") == 1
    assert a.scratch["figures"][0].value == 3000


def test_run_survives_odd_input(analysis):
    for text in ["...", '"""', "\n\n\n", "$ % 12", "He said."]:
        a = analysis(text)
        run(a)
        assert 0.0 <= a.scratch.get("integrity", build_integrity(text, [])).score <= 1.0
    a = analysis("Plain text.")
    a.doc = None
    run(a)


def test_figures_read_as_claims():
    from dateline.records import Figure

    figs = [
        Figure(
            start=0,
            end=18,
            text="As many as 100,000",
            kind="count",
            unit="troop",
            value=100_000,
            qualifier="at_most",
            measures="Russian troops",
        ),
        Figure(
            start=30,
            end=60,
            text="about one and a half billion dollars",
            kind="money",
            unit="USD",
            value=1.5e9,
            qualifier="about",
            time="2016",
            measures="military spending",
            claimed_by="He",
        ),
    ]
    out = render_report(Record(id="a2", text="x" * 80, figures=figs))
    assert "up to 100,000 Russian troops; no named source" in out
    assert "about $1.5 billion (2016) - military spending; claimed by 'He'" in out
