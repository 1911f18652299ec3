"""Constructions added in the ninth round: asides, doubled-apostrophe marks, headline labels,
subjects of "is likely to say"."""

from __future__ import annotations

from dateline_helpers import quotes_in as _quotes
from dateline_helpers import source_text as _src
from dateline_helpers import with_fragment as _with

from dateline.quotes.marks import find_quote_spans
from dateline.records import Quote


def _pieces(text: str, q: Quote) -> list[str]:
    return [text[p.start : p.end] for p in (q.parts or [q.content])]


def test_aside_cue_reports_the_clause_on_both_sides(parse) -> None:
    text = "In her district, Karen Holt said, most farmers are selling their land to developers."
    (q,) = _with(_quotes(parse, text), text, "farmers")
    assert _src(text, q) == "Karen Holt"
    rest = "most farmers are selling their land to developers"
    assert _pieces(text, q) == ["In her district", rest]


def test_aside_with_pronoun_source(parse) -> None:
    text = "The harbour, he added, will reopen to fishing boats next spring."
    (q,) = _with(_quotes(parse, text), text, "reopen")
    assert _src(text, q) == "he"
    assert _pieces(text, q) == ["The harbour", "will reopen to fishing boats next spring"]


def test_relative_clause_between_commas_is_no_aside(parse) -> None:
    text = "The mayor, who said little at the meeting, left the hall before the vote."
    assert not _with(_quotes(parse, text), text, "left the hall")


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''We will rebuild the bridge,'' the minister said. ''It's the town's lifeline.''"
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["''We will rebuild the bridge,''", "''It's the town's lifeline.''"]
    assert [(s.lead, s.tail) for s in find_quote_spans(text)] == [(2, 2), (2, 2)]


def test_apostrophes_in_words_are_no_marks() -> None:
    assert find_quote_spans("The farmers' union and the workers' council met on Monday.") == []


def test_doubled_apostrophe_quote_is_attributed(parse) -> None:
    text = (
        "''The bridge has been closed for far too long,'' said Anna Berg, a council member. "
        "''We are losing customers every week.''"
    )
    quotes = _quotes(parse, text)
    (q,) = _with(quotes, text, "bridge has been closed")
    assert q.kind == "direct" and _src(text, q) == "Anna Berg"
    assert text[q.content.start : q.content.start + 6] == "''The "


def test_headline_label_names_the_speaker(parse) -> None:
    text = (
        "Farmers union: New tariffs will ruin small dairy producers.\n\n"
        "The union met on Monday in Leeds."
    )
    (q,) = _with(_quotes(parse, text), text, "tariffs")
    assert _src(text, q) == "Farmers union"
    assert text[q.content.start : q.content.end] == "New tariffs will ruin small dairy producers"


def test_headline_label_without_a_speaker(parse) -> None:
    heads = ("The Latest: Storm closes the coastal road", "Officials said on Monday: roads shut")
    for head in heads:
        text = head + ".\n\nThe road reopened later in the day."
        quotes = _quotes(parse, text)
        assert not [q for q in quotes if q.cue and text[q.cue.start : q.cue.end] == ":"]


def test_label_only_in_the_headline(parse) -> None:
    text = (
        "Storm closes the coastal road.\n\n"
        "Farmers union: New tariffs will ruin small dairy producers in the north."
    )
    quotes = _quotes(parse, text)
    assert not [q for q in quotes if q.cue and text[q.cue.start : q.cue.end] == ":"]


def test_subject_of_likely_to_say(parse) -> None:
    text = "Rural voters were more likely to say that the economy is getting worse."
    (q,) = _with(_quotes(parse, text), text, "economy")
    assert _src(text, q) == "Rural voters"


def _be_report(parse, text: str, subject: str) -> bool:
    from dateline.quotes.find import _writers_own
    from dateline.quotes.syntax import Candidate

    doc = parse(text)
    cue = next(t for t in doc if t.lemma_ == "be")
    src = next(t for t in doc if t.text == subject)
    c = Candidate((0, 1), (cue.idx, cue.idx + len(cue.text)), src, (src.idx, src.idx + 1), 1.0)
    return _writers_own(doc, c)


def test_abstract_subject_of_be_is_no_speaker(parse) -> None:
    assert _be_report(parse, "The idea is that donors can still give money.", "idea")
    assert not _be_report(parse, "Her argument is that the tax would hurt farmers.", "argument")
    assert not _be_report(parse, "Critics are sure that the tax would hurt farmers.", "Critics")


def test_perfect_conjunct_takes_the_first_subject(parse) -> None:
    text = "Maria Lopez opposes the new road, and has promised that she would block its funding."
    (q,) = _with(_quotes(parse, text), text, "block its funding")
    assert _src(text, q) == "Maria Lopez"


def test_bare_participle_still_has_no_speaker(parse) -> None:
    text = "Asked whether the plant would close, the mayor said the talks would continue."
    (q,) = _with(_quotes(parse, text), text, "plant would close")
    assert q.source is None


def test_attempt_to_verb_takes_the_subject(parse) -> None:
    text = "On Monday Mr. Stone made a third attempt to deflect the criticism of his plan."
    (q,) = _with(_quotes(parse, text), text, "criticism")
    assert _src(text, q) == "Mr. Stone"


def test_poll_finding_but_not_standing_in_the_polls(parse) -> None:
    text = "In a new Gallup poll, 52 percent of voters backed the tax plan."
    (q,) = _with(_quotes(parse, text), text, "52 percent")
    assert _src(text, q) == "a new Gallup poll"
    text = "The governor has been mired in single digits in the polls since March."
    assert not [q for q in _quotes(parse, text) if q.cue and text[q.cue.start : q.cue.end] == "in"]


def test_coordinated_cue_ends_the_content_and_has_the_speaker(parse) -> None:
    text = "She said the plan would fail and warned that prices would rise."
    quotes = _quotes(parse, text)
    (first,) = _with(quotes, text, "plan would fail")
    assert text[first.content.start : first.content.end] == "the plan would fail"
    (second,) = _with(quotes, text, "prices would rise")
    assert _src(text, second) == "She"


def test_coordinated_verb_that_reports_nothing_stays_in_the_content(parse) -> None:
    text = "He said that the mayor resigned and moved to Leeds."
    (q,) = _with(_quotes(parse, text), text, "mayor resigned")
    assert text[q.content.start : q.content.end].endswith("moved to Leeds")


def test_relative_clause_reports_only_what_follows_it(parse) -> None:
    text = (
        "The walkout was called by the dockers' union, whose spokeswoman Ana Kovac said the "
        "action would last until the ministry dropped the plan."
    )
    quotes = _quotes(parse, text)
    assert not _with(quotes, text, "walkout")
    (q,) = _with(quotes, text, "action would last")
    assert "Ana Kovac" in (_src(text, q) or "")


def test_participle_after_a_reported_clause_belongs_to_the_reporter(parse) -> None:
    text = "The harbour master said the fog would lift by noon, adding that ferries would run."
    (q,) = _with(_quotes(parse, text), text, "ferries would run")
    assert _src(text, q) == "The harbour master"
