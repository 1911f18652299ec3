from dateline.integrity.figures import extract_figures
from dateline.integrity.numbers import parse_number


def test_parse_number():
    assert parse_number("one and a half billion") == 1.5e9
    assert parse_number("100,000") == 100_000
    assert parse_number("$2.5bn") == 2.5e9
    assert parse_number("a dozen") == 12
    assert parse_number("hundreds") is None


def _figs(nlp, text):
    return {f.text: f for f in extract_figures(nlp(text))}


def test_money_with_time_and_claimant(nlp):
    text = (
        "He recalled that the three states spent about one and a half billion dollars on "
        "military expenditures in 2016."
    )
    f = next(f for f in extract_figures(nlp(text)) if f.kind == "money")
    assert f.value == 1.5e9 and f.unit == "USD" and f.qualifier == "about"
    assert f.time == "2016"
    assert "expenditures" in (f.measures or "")
    assert f.claimed_by == "He" and f.named_source is False


def test_estimate_with_no_named_source(nlp):
    text = "As many as 100,000 troops are expected to take part."
    f = next(iter(extract_figures(nlp(text))))
    assert f.value == 100_000 and f.qualifier == "at_most" and f.unit == "troop"
    assert f.claimed_by is None and not f.named_source


def test_named_claimant(nlp):
    text = "Defence minister Petra Holm said 4,000 soldiers would be deployed."
    f = next(iter(extract_figures(nlp(text))))
    assert f.value == 4000 and f.unit == "soldier"
    assert f.claimed_by is not None and "Petra Holm" in f.claimed_by and f.named_source


def test_percentage_and_years_are_not_counts(nlp):
    figs = extract_figures(nlp("Turnout rose to 65 percent in 2016."))
    assert [(f.kind, f.value) for f in figs] == [("percent", 65.0)]


def test_compact_money_is_read(nlp):
    figs = extract_figures(nlp("The deal is worth $4.5bn, the company said."))
    money = [f for f in figs if f.kind == "money"]
    assert money and money[0].value == 4.5e9 and money[0].unit == "USD"


def test_incidental_small_counts_are_not_figures(nlp):
    text = (
        "He recalled that these three Baltic countries spent $1.5 billion on defense. "
        "The two women spoke for five minutes. In one tweet, she thanked her four children."
    )
    figs = extract_figures(nlp(text))
    assert [f.kind for f in figs] == ["money"]


def test_small_counts_of_forces_and_hedged_counts_are_figures(nlp):
    text = (
        "NATO has placed four multinational battalions in the region. "
        "Hackers targeted systems in at least two states. Officials said 25 countries joined."
    )
    figs = {f.text: f for f in extract_figures(nlp(text))}
    assert figs["four"].unit == "battalion"
    assert figs["at least two"].qualifier == "at_least"
    assert figs["25"].value == 25
