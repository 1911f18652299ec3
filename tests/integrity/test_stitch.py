from datetime import date

from dateline.integrity.stitch import date_mismatches, name_variants


def test_one_person_named_two_ways(nlp):
    text = (
        "Defense chief James Walker visited the base on Monday. Officials praised the visit. "
        "Later, Jim Walker met the troops."
    )
    (sig,) = name_variants(nlp(text))
    assert text[sig.start : sig.end] == "Jim Walker"
    assert "James Walker" in sig.detail


def test_formal_full_name_is_not_a_seam(nlp):
    text = "Joseph R. Biden spoke first. Later, Joe Biden took questions from reporters."
    assert name_variants(nlp(text)) == []


def test_different_people_with_one_surname(nlp):
    text = "Hillary Clinton spoke first. Later, Bill Clinton took questions from reporters."
    assert name_variants(nlp(text)) == []


def test_weekday_that_does_not_match_its_date():
    text = "The meeting took place on Tuesday, May 10, 2017, in the capital."
    (sig,) = date_mismatches(text, None)
    assert text[sig.start : sig.end] == "Tuesday, May 10, 2017"
    assert "Wednesday" in sig.detail


def test_matching_weekday_is_fine():
    text = "The meeting took place on Wednesday, May 10, 2017, in the capital."
    assert date_mismatches(text, date(2017, 5, 11)) == []


def test_past_event_dated_after_publication(nlp):
    text = "The treaty was signed on March 3, 2019."
    (sig,) = date_mismatches(text, date(2017, 5, 11), nlp(text))
    assert text[sig.start : sig.end] == "March 3, 2019"
    assert "after the article's date" in sig.detail


def test_scheduled_future_date_is_fine(nlp):
    for text in (
        "The next election is scheduled for Nov. 6, 2018, officials said.",
        "Leaders will meet at the summit on June 3, 2018, in Singapore.",
    ):
        assert date_mismatches(text, date(2017, 5, 11), nlp(text)) == [], text


def test_future_date_without_parse_is_not_judged():
    assert date_mismatches("The treaty was signed on March 3, 2019.", date(2017, 5, 11)) == []


def test_day_first_date_with_wrong_weekday():
    text = "The vote was held on Tuesday 10 May 2017 in the capital."
    (sig,) = date_mismatches(text, None)
    assert text[sig.start : sig.end] == "Tuesday 10 May 2017"


def test_model_matches_the_features(nlp):
    from dateline.integrity._text import paragraphs
    from dateline.integrity.stitch import FEATURES, _model, paragraph_features

    model = _model()
    assert model["features"] == list(FEATURES)
    used = {f for tree in model.get("trees", []) for f in tree["feature"] if f >= 0}
    assert used and max(used) < len(FEATURES)
    text = "Voters lined up early.\n\nThe polls opened at seven.\n\nTurnout was high."
    rows = paragraph_features(nlp(text), paragraphs(text))
    assert len(rows) == 3 and all(len(r) == len(FEATURES) for r in rows)


def test_tree_model_probability():
    from dateline.integrity.stitch import foreign_probability

    # One stump: feature 0 <= 0.5 goes left (+2), else right (-2).
    tree = {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [0, -2, -2]}
    tree |= {"threshold": [0.5, -2.0, -2.0], "value": [0.0, 2.0, -2.0]}
    model = {"init": 0.0, "rate": 1.0, "trees": [tree]}
    assert foreign_probability([0.1], model) > 0.85
    assert foreign_probability([0.9], model) < 0.15


def test_closing_author_note_is_not_judged():
    from dateline.integrity._text import QuoteMask, paragraphs
    from dateline.integrity.stitch import eligible

    text = (
        "Schools reopen.\n\nThe district hired forty new teachers for the autumn term this year."
        "\n\nParents welcomed the smaller classes and the new bus routes across the county."
        "\n\nAnna Reyes is a retired teacher and a fellow at the Civic Writing Project in Ohio."
    )
    paras, mask = paragraphs(text), QuoteMask(text)
    row = [0.0] * 5 + [3.0]
    assert not eligible(text, paras, 3, row, mask)
    assert eligible(text, paras, 2, row, mask)
    assert not eligible(text, paras, 0, row, mask)


_BOARD = [
    "The Harlow County school board voted on Tuesday to close two elementary schools, ending "
    "months of debate over falling enrollment and a growing budget gap.",
    "Board members approved the plan 5-2 after a four-hour meeting in which dozens of parents "
    "asked them to keep the schools open for at least another year.",
    "Superintendent Maria Delgado said enrollment in the district has fallen by nearly 900 "
    "students since 2010, leaving many classrooms half empty and the budget short.",
    "Under the plan, students from Oak Ridge Elementary and Mill Creek Elementary will move to "
    "three nearby schools next fall, and the district will sell both buildings.",
    "Delgado said the closures would save the district about $2.4 million a year, money she said "
    "would go toward teacher salaries and smaller classes at the remaining schools.",
    "Parents at the meeting said the closures would mean longer bus rides for their children and "
    "the loss of schools that had anchored their neighborhoods for decades.",
    "Board member Tom Reese, who voted against the plan, said the district should have waited for "
    "a new enrollment study before closing any elementary schools.",
    "The board will hold two public meetings next month on bus routes and on how students from "
    "the closed schools will be assigned to their new classrooms.",
]
_PASTED = (
    "The Senate Armed Services Committee heard testimony on Thursday from Gen. Paul Hendricks, "
    "who warned that the Air Force was running short of pilots and spare parts for its aging "
    "fleet of refueling tankers."
)


def _switches(nlp, paras: list[str]) -> tuple[str, list]:
    from dateline.integrity._text import QuoteMask, paragraphs
    from dateline.integrity.stitch import topic_switches

    text = "\n\n".join(paras) + "\n"
    return text, topic_switches(nlp(text), paragraphs(text), QuoteMask(text))


def test_pasted_paragraph_is_a_topic_switch(nlp):
    text, found = _switches(nlp, [*_BOARD[:4], _PASTED, *_BOARD[4:]])
    assert [text[s.start : s.end] for s in found] == [_PASTED]
    assert "topic or source switch" in found[0].detail


def test_coherent_article_has_no_topic_switch(nlp):
    assert _switches(nlp, _BOARD)[1] == []


def test_rare_shared_words_weigh_more_than_common_ones():
    from collections import Counter

    from dateline.integrity.stitch_idf import idf_cohesion

    idf = {"n": 100, "df": {"say": 95, "official": 80, "tanker": 2, "pilot": 3}}
    paras = [
        Counter(["tanker", "pilot", "say"]),
        Counter(["tanker", "pilot", "official"]),
        Counter(["say", "official", "budget"]),
    ]
    rest, window, best = zip(*idf_cohesion(paras, idf), strict=True)
    assert rest[0] > rest[2] and best[0] > best[2]
    assert all(0.0 <= v <= 1.0 + 1e-9 for v in (*rest, *window, *best))


def test_document_frequencies_keep_words_of_several_articles(nlp):
    from dateline.integrity.stitch_idf import document_frequencies

    docs = [nlp("Pilots flew tankers."), nlp("Pilots rested."), nlp("Tankers refuelled jets.")]
    table = document_frequencies(docs)
    assert table["n"] == 3
    assert table["df"].get("pilot") == 2 and "jet" not in table["df"]


def test_empty_paragraph_list_has_no_cohesion():
    from dateline.integrity.stitch_idf import idf_cohesion

    assert idf_cohesion([], {}) == []


def test_own_dateline_overrides_a_wrong_publication_date(nlp):
    text = (
        "DENVER, CO--(Newswire - June 20, 2015) - Acme Corp. said it bought a warehouse. "
        "On June 3, 2015, the company signed the agreement."
    )
    assert date_mismatches(text, date(2015, 4, 2), nlp(text)) == []
    late = text.replace("June 3, 2015", "August 30, 2015")
    (sig,) = date_mismatches(late, date(2015, 4, 2), nlp(late))
    assert late[sig.start : sig.end] == "August 30, 2015"


def test_the_paragraph_after_a_one_line_lede_is_not_judged():
    from dateline.integrity._text import QuoteMask, paragraphs
    from dateline.integrity.stitch import eligible

    text = (
        "Detectives have charged a woman with fraud.\n"
        "Police say the offences took place in February and involved bank details.\n"
        "A man from Essex was charged with conspiracy to defraud and money laundering.\n"
        "Both will appear at the magistrates court on December 14, officers said."
    )
    paras, row = paragraphs(text), [0.0] * 5 + [9.0] + [0.0] * 11
    assert not eligible(text, paras, 1, row, QuoteMask(text))
    assert eligible(text, paras, 2, row, QuoteMask(text))
