"""The layout both stages read lives in one neutral module, and the old import paths still work."""

import subprocess
import sys

import dateline.integrity._text as integrity_text
import dateline.integrity.references as references
import dateline.quotes.marks as marks
import dateline.text_layout as layout


def _loaded_after(statement: str) -> set[str]:
    """The dateline stage packages a fresh interpreter has loaded after ``statement``."""
    code = f"{statement}; import sys; print(' '.join(m for m in sys.modules if m.count('.') == 1))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return {m for m in out.split() if m.startswith("dateline.")}


def test_old_import_paths_name_the_same_objects() -> None:
    for name in ("Paragraph", "QuoteMask", "body_start", "paragraphs", "sentence_paragraph"):
        assert getattr(integrity_text, name) is getattr(layout, name)
    assert references.reach_start is layout.reach_start
    assert marks.inch_mark is layout.inch_mark


def test_the_inch_sign_is_read_among_the_quote_finders_closing_marks() -> None:
    """The layout module keeps its own copy of the closing and ambiguous double marks."""
    assert set(layout._INCH_MARKS) == marks._CLOSE | marks._AMBIG


def test_the_layout_module_imports_neither_stage() -> None:
    loaded = _loaded_after("import dateline.text_layout")
    assert not loaded & {"dateline.quotes", "dateline.integrity"}


def test_importing_the_quotes_stage_leaves_the_integrity_stage_unloaded() -> None:
    assert "dateline.integrity" not in _loaded_after("import dateline.quotes")


def test_a_pronoun_reaches_past_a_bare_quote_but_not_into_the_headline(parse) -> None:
    text = (
        "Talks Stall In Vienna\n\nThe ministers met on Monday.\n\n"
        '"Nothing moved," one said.\n\nThey said little else.'
    )
    doc = parse(text)
    paras = layout.paragraphs(text)
    mask = layout.QuoteMask(text)
    ministers = text.index("The ministers")
    assert layout.reach_start(doc, paras, mask, text.index("They")) == ministers
    assert layout.reach_start(doc, paras, mask, ministers) == ministers
