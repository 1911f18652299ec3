from dateline.integrity._text import QuoteMask
from dateline.integrity.spelling import spelling_system, to_us
from dateline.integrity.spin import fingerprint_hits, mixed_spelling, spun_wording

SPUN = (
    "USA officials said the North Atlantic Treaty Organisation would hold drills near the "
    "border with the Russian Federation. The Russian Federation has deployed missiles, and "
    "USA backing for the region is strong."
)
CLEAN = (
    "U.S. officials said NATO would hold drills near the border with Russia. Russia has "
    "deployed missiles, and U.S. backing for the region is strong."
)


def test_spun_paragraph_fires_with_offsets():
    signals = [s for s in spun_wording(SPUN, QuoteMask(SPUN)) if "fingerprint" in s.detail]
    texts = {SPUN[s.start : s.end] for s in signals}
    assert "Russian Federation" in texts
    assert "North Atlantic Treaty Organisation" in texts
    assert any(t.startswith("USA") for t in texts)


def test_the_same_story_in_wire_style_raises_nothing():
    assert spun_wording(CLEAN, QuoteMask(CLEAN)) == []


def test_expansion_with_its_acronym_is_house_style():
    text = "The North Atlantic Treaty Organization (NATO) met on Monday."
    assert all(h.end < text.index("(") - 1 or False for h in fingerprint_hits(text)) or not [
        h for h in fingerprint_hits(text) if "atlantic" in h.gram
    ]


def test_quoted_words_are_ignored():
    text = 'The minister said: "The Russian Federation and USA officials disagree."'
    assert fingerprint_hits(text, QuoteMask(text)) == []


def test_mixed_spelling_flags_the_minority_system():
    text = "The air defence exercises began. Defense spending rose, and the defense budget grew."
    (sig,) = mixed_spelling(text, QuoteMask(text))
    assert text[sig.start : sig.end] == "defence"


def test_one_spelling_system_is_fine():
    uk = "The defence ministry will organise the programme at the centre."
    us = "The defense ministry will organize the program at the center."
    assert mixed_spelling(uk, QuoteMask(uk)) == []
    assert mixed_spelling(us, QuoteMask(us)) == []


def test_spelling_tables():
    assert to_us("organisation") == "organization"
    assert spelling_system("favourite") == "uk"
    assert spelling_system("color") == "us"
    assert spelling_system("table") is None


def test_canadian_and_oxford_spelling_is_one_system():
    text = (
        "Provincial ministers were travelling to the capital. The defence minister was "
        "criticizing the federal program and will organize a meeting at the centre."
    )
    assert mixed_spelling(text, QuoteMask(text)) == []


def test_ise_still_clashes_with_ize():
    text = "Officials will organise talks. Critics were criticizing the plan."
    (sig,) = mixed_spelling(text, QuoteMask(text))
    assert text[sig.start : sig.end] in {"organise", "criticizing"}


def test_program_is_written_in_every_style():
    text = "Police vandalised nothing; the government is expanding a program for schools."
    assert mixed_spelling(text, QuoteMask(text)) == []
    assert spelling_system("program") is None


def test_a_stray_closing_quote_does_not_invert_the_mask():
    text = (
        'Few were ill enough to need care." Guards stood at the school. '
        '"Britain recognizes the need," the minister said. Colour posters hung outside.'
    )
    assert QuoteMask(text).inside(text.index("recognizes"))
    assert not QuoteMask(text).inside(text.index("Guards"))
    assert mixed_spelling(text, QuoteMask(text)) == []


def test_shared_ize_forms_break_a_tie_toward_us():
    text = (
        "The air defence drills began. Defense planners organized the move and finalized it. "
        "The defense budget grew, and defence firms waited."
    )
    signals = mixed_spelling(text, QuoteMask(text))
    assert [text[s.start : s.end] for s in signals] == ["defence", "defence"]


def test_house_style_spellings_are_not_fingerprints():
    from dateline.integrity.spin import load_table

    prints = load_table()["fingerprints"]
    assert prints and not any("e-mail" in gram for gram in prints)
    text = "Aides searched her e-mails. The e-mail account was private; e-mails were kept."
    assert fingerprint_hits(text, QuoteMask(text)) == []
