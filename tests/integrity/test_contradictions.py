from dateline.integrity.contradictions import (
    compatible,
    find_contradictions,
    timing_contradictions,
)
from dateline.records import Figure, Record


def _fig(text, value, by, qualifier=None, start=0):
    return Figure(
        start=start,
        end=start + len(text),
        text=text,
        kind="count",
        unit="troop",
        value=value,
        qualifier=qualifier,
        measures="troops",
        claimed_by=by,
    )


def test_compatible_ranges():
    assert compatible(_fig("12,000", 12000, "a"), _fig("about 12,500", 12500, "b", "about"))
    assert not compatible(_fig("12,700", 12700, "a"), _fig("100,000", 100000, "b"))


def test_timing_contradiction(nlp):
    text = (
        "The officials said the radars would be withdrawn when the drills ended. "
        "Later they insisted the radars would be withdrawn when the elections begin in May."
    )
    ((first, second, verb, t1, t2),) = timing_contradictions(nlp(text))
    assert verb == "withdraw" and first.start_char == 0 and second.start_char > 0
    assert t1 == "when the drills ended" and t2.startswith("when the elections begin")


def test_consistent_timing_is_fine(nlp):
    text = (
        "The radars would be withdrawn when the drills ended. "
        "The radars would be withdrawn when the drills ended, officials repeated."
    )
    assert timing_contradictions(nlp(text)) == []


def _record(rid, source, text, fig):
    return Record(id=rid, source=source, text=text, figures=[fig])


def test_across_articles_names_both_sources():
    t1 = (
        "Exercise Zapad will start in September. "
        "Up to 100,000 troops will take part, officials said."
    )
    t2 = "The ministry said 12,700 troops will take part in Zapad in September."
    f1 = _fig("Up to 100,000", 100000, "officials", "at_most", t1.index("Up to"))
    f2 = _fig("12,700", 12700, "The ministry", None, t2.index("12,700"))
    (c,) = find_contradictions([_record("a", "Outlet A", t1, f1), _record("b", "Outlet B", t2, f2)])
    sources = [(x["source"], x["claimed_by"]) for x in c["claims"]]
    assert sources == [("Outlet A", "officials"), ("Outlet B", "The ministry")]
    assert "zapad" in c["shared"]


def test_unrelated_articles_do_not_conflict():
    t1 = "Exercise Zapad will start in September. 100,000 troops will take part."
    t2 = "Flooding in Bavaria: 2,000 troops were sent to help."
    f1 = _fig("100,000", 100000, "x", None, t1.index("100,000"))
    f2 = _fig("2,000", 2000, "y", None, t2.index("2,000"))
    assert find_contradictions([_record("a", None, t1, f1), _record("b", None, t2, f2)]) == []


def test_amounts_of_different_actions_do_not_conflict(nlp):
    from dateline.integrity.contradictions import within_article
    from dateline.integrity.figures import extract_figures

    text = (
        "Nike holds $10.7 billion offshore, a report by Goldman Sachs said. "
        "Nike would owe $3.6 billion in taxes, the company website said."
    )
    doc = nlp(text)
    signals, _ = within_article(extract_figures(doc), doc)
    assert signals == []


def test_dead_and_sheltered_people_are_different_counts(nlp):
    from dateline.integrity.contradictions import within_article
    from dateline.integrity.figures import extract_figures

    text = (
        "At least 180 people were killed in the quake, officials said. "
        "A Red Crescent official said that 16,000 people have been given shelter."
    )
    doc = nlp(text)
    assert within_article(extract_figures(doc), doc)[0] == []
    clash = text.replace("have been given shelter", "were killed")
    doc = nlp(clash)
    (sig,) = within_article(extract_figures(doc), doc)[0]
    assert clash[sig.start : sig.end] == "16,000"


def test_a_projection_does_not_contradict_a_report(nlp):
    from dateline.integrity.contradictions import within_article
    from dateline.integrity.figures import extract_figures

    text = (
        "The city reported 327 deaths, officials said. "
        "The health secretary said the virus could cause up to 2,000 deaths."
    )
    doc = nlp(text)
    assert within_article(extract_figures(doc), doc)[0] == []


def test_counts_for_different_countries_do_not_conflict(nlp):
    from dateline.integrity.contradictions import within_article
    from dateline.integrity.figures import extract_figures

    text = (
        "Zimbabwe's Ministry of Health reported 484 deaths from cholera. "
        "The South African ministry of health confirmed three deaths."
    )
    doc = nlp(text)
    assert within_article(extract_figures(doc), doc)[0] == []
